"""Malformed files never crash the checks or the location remover: a refusal in words, or a clean result."""

from __future__ import annotations

import pytest

from helpers.pictures import gps_exif, jpeg_with_gps, mutations, pdf_letter, png, webp_with_gps
from journal.core.errors import BadInputError
from journal.core.memories.location import strip_location
from journal.core.memories.media import check_attachable

CASES = 300


@pytest.mark.parametrize(
    "make",
    [lambda: png(exif=gps_exif(), text=b"hi"), jpeg_with_gps, webp_with_gps, pdf_letter],
    ids=["png", "jpeg", "webp", "pdf"],
)
def test_mutated_files_are_refused_or_cleaned_never_crash(make) -> None:
    original = make()
    for seed, data in enumerate(mutations(7, original, CASES)):
        try:
            kind = check_attachable(data)
        except BadInputError:
            continue
        stripped = strip_location(data, kind)
        assert isinstance(stripped.data, bytes), seed
