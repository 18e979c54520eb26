"""Generate the application icon files from resources/icons/surplus-assets.svg.

    python tools/build_icons.py

Qt's SVG renderer (QtSvg, in PySide6-Essentials) rasterises the source at each size;
Pillow packs the sizes into the Windows .ico and the macOS .icns. The outputs are
committed (the build does not need to run this): surplus-assets.png (256 px, the window
icon), surplus-assets.ico (16-256 px) and surplus-assets.icns (16-512 px).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "surplus-assets.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(size: int) -> bytes:
    """The SVG rendered at size x size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    images = {
        size: Image.open(io.BytesIO(render_png(size))).convert("RGBA")
        for size in sorted({*ICO_SIZES, *ICNS_SIZES})
    }
    images[256].save(ICONS / "surplus-assets.png", optimize=True)
    # Pillow writes each requested size from the images given (best match), so pass the
    # renders themselves: small sizes drawn at their size are sharper than downscales.
    images[256].save(
        ICONS / "surplus-assets.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[512].save(
        ICONS / "surplus-assets.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != 512],
    )
    for name in ("surplus-assets.png", "surplus-assets.ico", "surplus-assets.icns"):
        print(f"wrote {(ICONS / name).relative_to(ROOT)} ({(ICONS / name).stat().st_size} bytes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
