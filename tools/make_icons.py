"""Render the app icon's PNG sizes and Windows .ico from resources/icons/moovdesk.svg.

`python tools/make_icons.py` (rerun after editing the SVG). Desktop menus and window managers
that cannot draw SVG, and the Windows shortcut and bundle, need bitmaps: they are made here with
Qt's own SVG renderer, offscreen, so no display and no extra tool is needed. `--check` changes
nothing and exits with 1 when a committed file differs from what the SVG gives.

The .ico holds every size as a PNG-compressed entry (the format Windows reads since Vista).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "moovdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"moovdesk-{size}.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, PySide str
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    images = b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def expected_files() -> dict[Path, bytes]:
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    pngs = {size: render_png(renderer, size) for size in SIZES}
    files = {ICONS / png_name(size): png for size, png in pngs.items()}
    files[ICONS / "moovdesk.ico"] = ico_bytes(pngs)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, change nothing")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    stale = []
    for path, data in expected_files().items():
        if path.is_file() and path.read_bytes() == data:
            continue
        if args.check:
            stale.append(path)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    for path in stale:
        print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
