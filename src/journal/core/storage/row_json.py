"""A sealed row's JSON, decoded quickly: msgspec's decoder, and the standard library's for anything it refuses.

Unlocking decodes every row of the journal. On ten years of long notes `json.loads` is two thirds of
what the hardware needs for an unlock at all (about 67 of 101 ms at 10,950 days, against 16 ms for
reading the rows and 21 ms for opening them); msgspec's decoder (C, strict JSON, well kept) reads the
same bytes in about a fifth of json's time, straight from bytes.

A row must read exactly as it always did, so whatever msgspec refuses goes to `json.loads`: the
texts json accepts and msgspec does not (NaN, a lone surrogate escape, a number beyond a float's
range) decode as before, and what both refuse raises json's own `ValueError`, as before.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_decode = msgspec.json.Decoder().decode


def loads(data: bytes) -> Any:
    """`json.loads(data.decode("utf-8"))`, the same result and the same errors, faster."""
    try:
        return _decode(data)
    except msgspec.DecodeError:
        return json.loads(data.decode("utf-8"))
