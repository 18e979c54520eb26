"""Update the Qt Linguist sources and build the compiled translations.

    python tools/build_translations.py            # update .ts from ui/, then build .qm
    python tools/build_translations.py --release  # only build .qm (what the build and tests run)
    python tools/build_translations.py --update   # only update .ts

- `--update` runs pyside6-lupdate over every .py file under ui/ and rewrites
  resources/translations/ui_vi.ts (every string) and ui_en.ts (plural forms only: the
  English source strings serve as they are). New strings appear "unfinished": translate
  them in Qt Linguist (pyside6-linguist) or the .ts XML; tests/ui/test_translations.py fails
  while any shipped .ts has unfinished entries.
- `--release` runs pyside6-lrelease on every resources/translations/*.ts, writing the .qm
  beside it (gitignored). That includes qtbase_vi.ts: Qt's own strings that the
  application shows (dialog buttons, context menus), which Qt ships no Vietnamese for; it
  is maintained by hand and never passed to lupdate.

The application runs without .qm files (English source strings, with a warning in the log),
so a forgotten build is visible but not fatal.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
UI_SOURCES = ROOT / "ui"
# language → extra lupdate options
UI_CATALOGUES = {"vi": [], "en": ["-pluralonly"]}


def qt_tool(name: str) -> str:
    """pyside6-<name> from the running interpreter's environment, else from PATH."""
    candidates = [
        Path(sys.executable).parent / f"pyside6-{name}",
        Path(sys.executable).parent / f"pyside6-{name}.exe",
    ]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def update_sources() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in UI_SOURCES.rglob("*.py"))
    for language, options in UI_CATALOGUES.items():
        ts = TRANSLATIONS / f"ui_{language}.ts"
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *options,
                *sources,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="only update the .ts sources")
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.update or not args.release:
        update_sources()
    if args.release or not args.update:
        for qm in release():
            print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
