"""Copy Liberation Serif from Debian's fonts-liberation2 into resources/fonts/ and build the
1000-units-per-em copy that pyHanko's signature stamp needs.

Run: python tools/build_fonts.py [--source /usr/share/fonts/truetype/liberation2]

Why a rescaled copy: pyHanko (0.38) writes glyph widths of an embedded TrueType stamp font
without scaling them to the PDF's 1000-unit text space, so a 2048-upem font such as
Liberation comes out letter-spaced. Rescaling the copy to 1000 upem makes the widths right.

The OFL (condition 3) forbids a Modified Version to use a Reserved Font Name ("Liberation",
and Google's "Tinos"), so the rescaled copy is renamed "SA Stamp Serif".
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
DEBIAN_SOURCE = Path("/usr/share/fonts/truetype/liberation2")
DEBIAN_COPYRIGHT = Path("/usr/share/doc/fonts-liberation2/copyright")
STAMP_FAMILY = "SA Stamp Serif"
STAMP_FILE = "SAStampSerif-Regular.ttf"


def ofl_text_from_debian(copyright_file: Path) -> str:
    """The copyright notice and licence paragraph of the font files, de-indented."""
    text = copyright_file.read_text(encoding="utf-8")
    block = text.split("\n\nFiles: debian/*", 1)[0]
    copyright_lines = re.search(r"Copyright:\n((?: .*\n)+?)License:", block)
    licence = block.split("License: SIL-OFL-1.1\n", 1)[1]
    lines = []
    for raw in licence.splitlines():
        line = raw[1:] if raw.startswith(" ") else raw
        lines.append("" if line == "." else line)
    body = "\n".join(lines).replace(" ? in part or in whole ?", " — in part or in whole —")
    notices = "\n".join(
        line.strip() for line in (copyright_lines.group(1) if copyright_lines else "").splitlines()
    )
    return f"{notices}\n\n{body.strip()}\n"


def build_stamp_font(source: Path, target: Path) -> None:
    font = TTFont(source)
    scale_upem(font, 1000)
    if "FFTM" in font:  # FontForge timestamps: subsetters drop it with a warning
        del font["FFTM"]
    names = font["name"]
    full = f"{STAMP_FAMILY} Regular"
    postscript = STAMP_FAMILY.replace(" ", "") + "-Regular"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(
                STAMP_FAMILY, record.nameID, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 4:
            names.setName(full, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            names.setName(
                f"{postscript};1000upem", 3, record.platformID, record.platEncID, record.langID
            )
        elif record.nameID == 6:
            names.setName(postscript, 6, record.platformID, record.platEncID, record.langID)
    font.save(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEBIAN_SOURCE)
    parser.add_argument("--copyright", type=Path, default=DEBIAN_COPYRIGHT)
    args = parser.parse_args()
    FONTS.mkdir(parents=True, exist_ok=True)
    for style in STYLES:
        shutil.copyfile(
            args.source / f"LiberationSerif-{style}.ttf", FONTS / f"LiberationSerif-{style}.ttf"
        )
    (FONTS / "OFL.txt").write_text(ofl_text_from_debian(args.copyright), encoding="utf-8")
    build_stamp_font(FONTS / "LiberationSerif-Regular.ttf", FONTS / STAMP_FILE)
    print(f"fonts written to {FONTS}")


if __name__ == "__main__":
    main()
