"""Turning an attachment's bytes into pictures, in memory only, behind limits.

Images are read from a QBuffer by QImageReader with an allocation limit and a pixel limit, so a
hostile file (a decompression bomb, a broken header) gives None, never a crash or a huge
allocation. PDF letters are read by QtPdf from a QBuffer too: no temporary file, ever.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from journal.core.memories.model import MediaType

MAX_PIXELS = 100_000_000  # 100 megapixels: more than any phone camera
ALLOCATION_LIMIT_MB = 512
PREVIEW_SIDE = 192


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # honours the EXIF orientation that location removal keeps
    return reader, buffer


def decode_image(data: bytes, longest_side: int | None = None) -> QImage | None:
    """The picture (scaled while decoding if `longest_side`), or None if it cannot be read safely."""
    reader, _buffer = _reader(data)
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return None
    if size.width() * size.height() > MAX_PIXELS:
        return None
    if longest_side is not None and max(size.width(), size.height()) > longest_side:
        reader.setScaledSize(size.scaled(longest_side, longest_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image


class PdfPages:
    """A PDF letter opened from memory; `render(page, width)` draws one page."""

    def __init__(self, data: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document = QPdfDocument()
        self._document.load(self._buffer)
        ok = self._document.status() == QPdfDocument.Status.Ready and self._document.pageCount() > 0
        self.count = self._document.pageCount() if ok else 0

    def render(self, page: int, width: int) -> QImage | None:
        if not 0 <= page < self.count:
            return None
        points: QSizeF = self._document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return None
        width = max(16, min(width, 4000))
        height = max(16, min(int(width * points.height() / points.width()), 6000))
        image = self._document.render(page, QSize(width, height))
        if image.isNull():
            return None
        # Pages are transparent where nothing is printed; show them on paper white in both themes.
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
        return paper


def first_page_or_picture(data: bytes, media_type: MediaType, longest_side: int) -> QImage | None:
    if media_type is MediaType.PDF:
        return PdfPages(data).render(0, longest_side)
    return decode_image(data, longest_side)


def preview_bytes(image: QImage) -> bytes:
    """A small JPEG of `image` for the sealed preview cache (made and kept in memory only)."""
    scaled = image.scaled(
        PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)  # type: ignore[call-overload]  # PySide6 takes a str at run time
    buffer.close()
    return bytes(array.data())
