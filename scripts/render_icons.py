"""Render the app icon's PNG sizes from `resources/icons/recovery-journal.svg`.

16 and 32 px come from `recovery-journal-small.svg`, the same drawing with bolder lines and no writing, which
stays readable in a task bar. Run after changing either SVG: `python scripts/render_icons.py`.
Desktops, installers and the Flatpak want fixed-size PNGs beside the SVG; rendering them with Qt's own SVG
renderer keeps them identical to what the app itself draws, with no extra tool to install.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "recovery-journal.svg"
SMALL_SOURCE = ICONS / "recovery-journal-small.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = frozenset({16, 32})


def png_path(size: int) -> Path:
    return ICONS / f"recovery-journal-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderers = {source: QSvgRenderer(str(source)) for source in (SOURCE, SMALL_SOURCE)}
    for source, renderer in renderers.items():
        if not renderer.isValid():
            print(f"Could not read {source}", file=sys.stderr)
            return 1
    for size in SIZES:
        target = png_path(size)
        renderer = renderers[SMALL_SOURCE if size in SMALL_SIZES else SOURCE]
        if not render(renderer, size).save(str(target)):
            print(f"Could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
