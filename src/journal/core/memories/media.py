"""Which files may be attached: PNG, JPEG, WebP and PDF, up to 25 MB, recognised by their bytes.

The check here is structural and cheap (signature, the container's own framing); decoding the
pixels happens only when a picture is shown, in the app, behind Qt's size limits. A file that is
not one of these, or whose framing is broken, is refused in words that never repeat its content.
"""

from __future__ import annotations

import struct
import zlib

from journal.core.errors import BadInputError, InputProblem
from journal.core.memories.model import MediaType

MAX_BYTES = 25 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"


def sniff(data: bytes) -> MediaType | None:
    if data.startswith(_PNG):
        return MediaType.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return MediaType.WEBP
    if data[:1024].lstrip(b"\r\n\t \x00\xef\xbb\xbf").startswith(b"%PDF-"):
        return MediaType.PDF
    return None


def check_attachable(data: bytes, field: str = "file") -> MediaType:
    """The file's type if it may be attached; BadInputError (naming `field`) if not."""
    if len(data) > MAX_BYTES:
        raise BadInputError(field, InputProblem.ATTACHMENT_TOO_LARGE)
    if not data:
        raise BadInputError(field, InputProblem.EMPTY_FILE)
    kind = sniff(data)
    if kind is None:
        raise BadInputError(field, InputProblem.NOT_SUPPORTED_TYPE)
    problem = {
        MediaType.PNG: _png_problem,
        MediaType.JPEG: _jpeg_problem,
        MediaType.WEBP: _webp_problem,
        MediaType.PDF: _pdf_problem,
    }[kind](data)
    if problem:
        raise BadInputError(field, problem, media_type=kind.extension[1:].upper())
    return kind


def png_chunks(data: bytes) -> list[tuple[bytes, int, int]] | None:
    """(type, start, end) of every chunk (start at its length field), or None if the framing is broken."""
    position, found = len(_PNG), []
    while position + 12 <= len(data):
        (length,) = struct.unpack_from(">I", data, position)
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if length > len(data) or end > len(data):
            return None
        if zlib.crc32(data[position + 4 : end - 4]) != struct.unpack_from(">I", data, end - 4)[0]:
            return None
        found.append((kind, position, end))
        position = end
        if kind == b"IEND":
            return found
    return None


def _png_problem(data: bytes) -> InputProblem | None:
    chunks = png_chunks(data)
    if chunks is None or not chunks or chunks[0][0] != b"IHDR":
        return InputProblem.BROKEN_STRUCTURE
    if not any(kind == b"IDAT" for kind, _, _ in chunks):
        return InputProblem.HOLDS_NO_PICTURE
    return None


def jpeg_segments(data: bytes) -> list[tuple[int, int, int]] | None:
    """(marker, start, end) of each segment before the image data, then (SOS, start, len); None if broken."""
    position, found = 2, []
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill bytes
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        if length < 2 or position + 2 + length > len(data):
            return None
        if marker == 0xDA:  # start of scan: the compressed picture follows to the end
            found.append((marker, position, len(data)))
            return found
        found.append((marker, position, position + 2 + length))
        position += 2 + length
    return None


def _jpeg_problem(data: bytes) -> InputProblem | None:
    segments = jpeg_segments(data)
    if segments is None or segments[-1][0] != 0xDA:
        return InputProblem.BROKEN_STRUCTURE
    if not any(0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) for marker, _, _ in segments):
        return InputProblem.HOLDS_NO_PICTURE
    return None


def webp_chunks(data: bytes) -> list[tuple[bytes, int, int]] | None:
    """(fourcc, start, end) of every RIFF chunk (end includes the pad byte); None if the framing is broken."""
    if len(data) < 12:
        return None
    (riff_size,) = struct.unpack_from("<I", data, 4)
    if riff_size + 8 != len(data):
        return None
    position, found = 12, []
    while position + 8 <= len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack_from("<I", data, position + 4)
        end = position + 8 + length + (length & 1)
        if end > len(data):
            return None
        found.append((kind, position, end))
        position = end
    return found if position == len(data) else None


def _webp_problem(data: bytes) -> InputProblem | None:
    chunks = webp_chunks(data)
    if not chunks or not any(kind in (b"VP8 ", b"VP8L", b"ANMF", b"ANIM") for kind, _, _ in chunks):
        return InputProblem.BROKEN_STRUCTURE
    return None


def _pdf_problem(data: bytes) -> InputProblem | None:
    if b"%%EOF" not in data[-2048:]:
        return InputProblem.INCOMPLETE_FILE
    return None
