"""Qt's image reader and QtPdf, fed malformed pictures and letters from memory: None, never a crash."""

from __future__ import annotations

import pytest

from helpers.pictures import mutations, pdf_letter, qt_picture
from journal.core.memories.model import MediaType
from journal.drawing.pictures import PdfPages, decode_image, first_page_or_picture

CASES = 150
# libjpeg and friends describe the damage they find as warnings; that is the expected outcome here.
pytestmark = pytest.mark.qt_log_level_fail("CRITICAL")


@pytest.mark.parametrize("fmt", ["png", "jpeg", "webp"])
def test_mutated_pictures_decode_or_give_none(qapp, fmt: str) -> None:
    original = qt_picture(fmt, 120, 90)
    assert decode_image(original) is not None
    for data in mutations(11, original, CASES):
        image = decode_image(data, 64)
        assert image is None or (0 < image.width() <= 64 and 0 < image.height() <= 64)


def test_mutated_letters_render_or_give_none(qapp) -> None:
    original = pdf_letter()
    assert PdfPages(original).count == 1
    for data in mutations(13, original, CASES):
        image = first_page_or_picture(data, MediaType.PDF, 100)
        assert image is None or image.width() <= 100


def test_random_bytes_and_empty_input(qapp) -> None:
    assert decode_image(b"") is None
    assert decode_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50) is None
    assert PdfPages(b"").count == 0
    assert PdfPages(b"%PDF-1.4\n%%EOF").count == 0
