"""Small pictures for the memories tests, made here so no binary file is checked in.

`gps_exif()` is a real EXIF block (little-endian TIFF) with an orientation and a GPS position
whose bytes (`GPS_NEEDLE`) are unique, so a test can prove they are gone.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Iterator

GPS_NEEDLE = struct.pack("<IIIIII", 51, 1, 30, 1, 987_654_321, 1_000_000)  # 51° 30' 987.654321"


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(*, text: bytes = b"", exif: bytes = b"", size: int = 4, noise: bytes = b"") -> bytes:
    """A size×size RGB PNG; `text` goes in a tEXt chunk, `exif` in eXIf, `noise` in an ancillary chunk."""
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes((x * 40 + y * 7) % 256 for x in range(3 * size)) for y in range(size))
    out = b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
    if text:
        out += png_chunk(b"tEXt", b"Comment\x00" + text)
    if exif:
        out += png_chunk(b"eXIf", exif)
    if noise:
        out += png_chunk(b"zzZz", noise)
    return out + png_chunk(b"IDAT", zlib.compress(rows)) + png_chunk(b"IEND", b"")


def gps_exif() -> bytes:
    """TIFF: IFD0 (orientation 6, GPS pointer) then a GPS IFD (latitude ref 'N', latitude, longitude)."""
    ifd0_at = 8
    ifd0 = struct.pack("<H", 2)
    gps_at = ifd0_at + 2 + 2 * 12 + 4
    ifd0 += struct.pack("<HHIHH", 0x0112, 3, 1, 6, 0) + struct.pack("<HHII", 0x8825, 4, 1, gps_at) + b"\0\0\0\0"
    values_at = gps_at + 2 + 3 * 12 + 4
    gps = struct.pack("<H", 3)
    gps += struct.pack("<HHI4s", 1, 2, 2, b"N\0\0\0")
    gps += struct.pack("<HHII", 2, 5, 3, values_at)
    gps += struct.pack("<HHII", 4, 5, 3, values_at + 24)
    gps += b"\0\0\0\0"
    values = GPS_NEEDLE + struct.pack("<IIIIII", 0, 1, 7, 1, 123_456_789, 1_000_000)
    return b"II*\x00" + struct.pack("<I", ifd0_at) + ifd0 + gps + values


def qt_picture(fmt: str, width: int = 64, height: int = 48) -> bytes:
    """A real JPEG or WebP (or PNG) encoded by Qt, for tests that decode what they store."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixelColor(x, y, QColor((x * 4) % 256, (y * 5) % 256, 150))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt.upper(), 90)
    buffer.close()
    return bytes(array.data())


def jpeg_with_gps() -> bytes:
    plain = qt_picture("jpeg")
    exif = b"Exif\x00\x00" + gps_exif()
    return plain[:2] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + plain[2:]


def webp_with_gps() -> bytes:
    plain = qt_picture("webp")
    body = plain[12:]
    exif = gps_exif()
    chunk = b"EXIF" + struct.pack("<I", len(exif)) + exif + (b"\0" if len(exif) % 2 else b"")
    body = body + chunk
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def pdf_letter(text: str = "A letter") -> bytes:
    """A one-page PDF with a line of text, written by hand (offsets computed)."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def mutations(seed: int, data: bytes, count: int) -> Iterator[bytes]:
    """`count` damaged copies of `data`: bytes changed, cut, inserted, or set to extreme lengths."""
    rng = random.Random(seed)
    for _ in range(count):
        mutated = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            choice = rng.random()
            if choice < 0.4 and mutated:
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            elif choice < 0.6:
                mutated = mutated[: rng.randrange(len(mutated) + 1)]
            elif choice < 0.8:
                at = rng.randrange(len(mutated) + 1)
                mutated[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            elif len(mutated) > 8:
                at = rng.randrange(len(mutated) - 4)
                mutated[at : at + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff"])
        yield bytes(mutated)
