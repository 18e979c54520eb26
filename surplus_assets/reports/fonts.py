"""Embedded Liberation Serif for every report, registered before reportlab picks defaults.

reportlab copies its default font name (Helvetica, a non-embedded base-14 font) into
`reportlab.lib.styles` and the graphics defaults when those modules are first imported, and a
bare Canvas starts in it too. `register_fonts()` therefore registers the four TTFs, makes them
a family and sets `rl_config.canvas_basefontname` and the graphics default font first; every
report module calls it before importing anything else from reportlab, so `pdffonts` lists
only embedded Liberation Serif subsets.
"""

from __future__ import annotations

from pathlib import Path

from surplus_assets.paths import resource_path

REGULAR = "LiberationSerif"
BOLD = "LiberationSerif-Bold"
ITALIC = "LiberationSerif-Italic"
BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
STAMP_FONT_FILE = "SAStampSerif-Regular.ttf"  # 1000 units per em, for pyHanko's stamp

_registered = False


def font_path(file_name: str) -> Path:
    return resource_path(f"fonts/{file_name}")


def stamp_font_path() -> Path:
    return font_path(STAMP_FONT_FILE)


def register_fonts() -> None:
    """Register Liberation Serif with reportlab and make it the default (idempotent)."""
    global _registered
    if _registered:
        return
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    pdfmetrics.registerFontFamily(
        REGULAR,
        normal=REGULAR,
        bold=BOLD,
        italic=ITALIC,
        boldItalic=BOLD_ITALIC,
        baseFontFor="canvas graphics",
    )
    rl_config.canvas_basefontname = REGULAR
    rl_config.defaultGraphicsFontName = REGULAR
    # Compress streams with zlib only: the pure-Python ASCII85 pass reportlab adds by default
    # costs ~1 s on a 100-page report and only makes the file larger.
    rl_config.useA85 = 0
    _registered = True


register_fonts()
