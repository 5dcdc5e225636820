"""Rows decode exactly as `json.loads` would: the same values and types, and the same refusals."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.core.storage import row_json

_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    return a == b


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.booleans())
def test_any_value_the_journal_writes_reads_back_as_json_reads_it(value: object, ascii_only: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only, separators=(",", ":")).encode("utf-8")
    assert _same(row_json.loads(data), json.loads(data.decode("utf-8")))


@pytest.mark.parametrize(
    "text",
    [
        b'{"a":NaN}',
        b'{"a":Infinity}',
        b'{"a":1e400}',
        b'{"a":"\\ud800"}',
        b'{"a":1,"a":2}',
        b'{"a":123456789012345678901234567890}',
        b'{"a":-0.0}',
        b' {"a":[]} ',
    ],
)
def test_texts_json_accepts_and_a_strict_decoder_might_not_read_the_same(text: bytes) -> None:
    assert _same(row_json.loads(text), json.loads(text.decode("utf-8")))


@pytest.mark.parametrize("text", [b'{"a":"\xff"}', b'{"a":1}x', b"", b"{", b'{"a":}'])
def test_what_json_refuses_is_refused_with_a_value_error(text: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(text.decode("utf-8"))
    with pytest.raises(ValueError):
        row_json.loads(text)
