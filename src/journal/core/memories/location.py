"""Removing where a picture was taken, keeping every pixel byte as it was.

Cameras and phones write GPS positions in EXIF (a small TIFF inside the file) and sometimes in
XMP. Re-encoding the picture would drop them too, but changes the picture; instead this edits the
container: the EXIF GPS directory and every value it points to are overwritten with zeros in
place (offsets stay valid, so orientation and the rest of EXIF still read), and XMP packets are
removed whole. JPEG (APP1), PNG (eXIf, XMP text chunks) and WebP (EXIF, XMP chunks) are handled.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from journal.core.memories.media import jpeg_segments, png_chunks, webp_chunks
from journal.core.memories.model import MediaType

_GPS_POINTER = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_XMP_JPEG = (b"http://ns.adobe.com/xap/1.0/\x00", b"http://ns.adobe.com/xmp/extension/\x00")
_PNG_TEXT = (b"tEXt", b"iTXt", b"zTXt")
_PNG_DROPPED_KEYWORDS = (b"XML:com.adobe.xmp", b"Raw profile type exif", b"Raw profile type xmp")


@dataclass(frozen=True, slots=True)
class Stripped:
    data: bytes
    found_location: bool  # a GPS position (or XMP that may hold one) was there and is gone


def strip_location(data: bytes, media_type: MediaType) -> Stripped:
    """`data` without GPS EXIF and XMP; unchanged (and found_location False) if it had neither."""
    if media_type is MediaType.JPEG:
        return _strip_jpeg(data)
    if media_type is MediaType.PNG:
        return _strip_png(data)
    if media_type is MediaType.WEBP:
        return _strip_webp(data)
    return Stripped(data, False)


def erase_gps(tiff: bytearray, base: int = 0) -> bool:
    """Zero the GPS directory of the TIFF at `tiff[base:]` and everything it points to; True if it held any."""
    end = len(tiff)
    if base + 8 > end or bytes(tiff[base : base + 2]) not in (b"II", b"MM"):
        return False
    order = "<" if tiff[base : base + 2] == b"II" else ">"

    def u16(at: int) -> int:
        return int(struct.unpack_from(order + "H", tiff, at)[0])

    def u32(at: int) -> int:
        return int(struct.unpack_from(order + "I", tiff, at)[0])

    ifd0 = base + u32(base + 4)
    if ifd0 + 2 > end:
        return False
    gps = None
    for entry in range(u16(ifd0)):
        at = ifd0 + 2 + 12 * entry
        if at + 12 > end:
            return False
        if u16(at) == _GPS_POINTER:
            gps = base + u32(at + 8)
    if gps is None or gps + 2 > end:
        return False
    count = u16(gps)
    found = count > 0
    for entry in range(count):
        at = gps + 2 + 12 * entry
        if at + 12 > end:
            break
        size = _TYPE_SIZES.get(u16(at + 2), 1) * u32(at + 4)
        if size > 4:
            start = base + u32(at + 8)
            stop = min(end, start + size)
            if base <= start < stop:
                tiff[start:stop] = bytes(stop - start)
    stop = min(end, gps + 2 + 12 * count + 4)
    tiff[gps:stop] = bytes(stop - gps)  # an empty directory: count 0, no next directory
    return found


def _strip_jpeg(data: bytes) -> Stripped:
    segments = jpeg_segments(data)
    if segments is None:
        return Stripped(data, False)
    pieces: list[bytes | memoryview] = [data[:2]]
    view = memoryview(data)
    found = changed = False
    for marker, start, stop in segments:
        if marker == 0xE1 and data[start + 4 : start + 10] == b"Exif\x00\x00":
            edited = bytearray(view[start:stop])
            if erase_gps(edited, 10):
                found = changed = True
                pieces.append(bytes(edited))
                continue
        elif marker == 0xE1 and data[start + 4 : start + 40].startswith(_XMP_JPEG):
            found |= b"GPS" in data[start:stop]
            changed = True
            continue
        pieces.append(view[start:stop])  # the picture data itself is never copied or changed
    return Stripped(b"".join(pieces), found) if changed else Stripped(data, False)


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _strip_png(data: bytes) -> Stripped:
    chunks = png_chunks(data)
    if chunks is None:
        return Stripped(data, False)
    out = bytearray(data[:8])
    found = False
    for kind, start, stop in chunks:
        body = data[start + 8 : stop - 4]
        if kind == b"eXIf":
            edited = bytearray(body)
            if erase_gps(edited):
                found = True
                out += _png_chunk(kind, bytes(edited))
                continue
        elif kind in _PNG_TEXT and body.split(b"\x00", 1)[0] in _PNG_DROPPED_KEYWORDS:
            found |= b"GPS" in body or body.startswith(b"Raw profile type exif")
            continue
        out += data[start:stop]
    out += data[chunks[-1][2] :]
    return Stripped(bytes(out), found)


def _strip_webp(data: bytes) -> Stripped:
    chunks = webp_chunks(data)
    if chunks is None:
        return Stripped(data, False)
    body = bytearray()
    found = dropped_xmp = False
    for kind, start, stop in chunks:
        chunk = bytearray(data[start:stop])
        if kind == b"EXIF":
            offset = 14 if chunk[8:14] == b"Exif\x00\x00" else 8
            found |= erase_gps(chunk, offset)
        elif kind == b"XMP ":
            found |= b"GPS" in chunk
            dropped_xmp = True
            continue
        body += chunk
    if dropped_xmp and body[:4] == b"VP8X" and len(body) > 8:
        body[8] &= ~0x04 & 0xFF  # the "has XMP" flag
    return Stripped(b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + bytes(body), found)
