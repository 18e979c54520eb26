"""Regenerate every image of the user guide (docs/user-guide/images/) offscreen.

    python tools/take_guide_screenshots.py [--skip-existing-tools]

1. Runs the screenshot tools of each part of the application, each on its own throw-away
   demo database (take_screenshots, take_proposal_screenshots, take_report_screenshots,
   take_exchange_screenshots, take_safety_screenshots, render_report_screenshots) and the
   import wizard's test with SURPLUS_ASSETS_SCREENSHOTS=1; they write docs/screenshots/.
2. Shoots what only the guide shows: the help viewer and the About dialog.
3. Copies every image the guide's Markdown refers to from docs/screenshots/ into
   docs/user-guide/images/ (as 256-colour PNGs, for the bundle's size budget), and fails
   naming any image no tool produced.
Look at every PNG afterwards: a cut-off label at 1366x768 is a bug.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
GUIDE = ROOT / "docs" / "user-guide"
IMAGES = GUIDE / "images"
TOOLS = [
    "take_screenshots.py",
    "take_proposal_screenshots.py",
    "take_report_screenshots.py",
    "take_exchange_screenshots.py",
    "take_safety_screenshots.py",
    "render_report_screenshots.py",
]
IMAGE_LINK = re.compile(r"!\[[^\]]*\]\(\.\./images/([^)\s]+)\)")
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def run_part_tools() -> None:
    for tool in TOOLS:
        print(f"running {tool}", flush=True)
        subprocess.run([sys.executable, f"tools/{tool}"], cwd=ROOT, check=True)
    env = dict(os.environ, SURPLUS_ASSETS_SCREENSHOTS="1", QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/ui/test_import_wizard.py"],
        cwd=ROOT, check=True, env=env,
    )  # fmt: skip


def shoot_help_and_about() -> None:
    """The help viewer at a section and the About dialog, Vietnamese, on a demo database."""
    home = Path(tempfile.mkdtemp(prefix="surplus-assets-guide-"))
    (home / "screen.json").write_text(SCREEN)
    os.environ.update(
        SURPLUS_ASSETS_HOME=str(home),
        QT_QPA_PLATFORM=f"offscreen:configfile={home / 'screen.json'}",
    )
    sys.path.insert(0, str(ROOT))
    subprocess.run(
        [sys.executable, "-m", "surplus_assets", "demo", "--assets", "50"], cwd=ROOT, check=True
    )
    from PySide6.QtWidgets import QApplication

    from surplus_assets import i18n
    from surplus_assets.services import open_services
    from ui.app_context import AppContext
    from ui.dialogs.about_dialog import AboutDialog
    from ui.help import open_help
    from ui.preferences import open_settings
    from ui.translations import install_translators

    app = QApplication([])
    i18n.set_language("vi")
    translators = install_translators(app, "vi")
    services = open_services(None)
    context = AppContext(
        settings=open_settings(home / "settings.ini"),
        log_path=home / "logs" / "surplus_assets.log",
        database_label=services.database_label,
        language="vi",
    )

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            app.thread().msleep(20)

    viewer = open_help("sign-dialog")
    assert viewer is not None, "the guide was not found"
    viewer.resize(1180, 720)
    settle()
    viewer.grab().save(str(SHOTS / "help-viewer.png"))
    viewer.close()
    about = AboutDialog(context)
    about.resize(760, 520)
    about.show()
    settle()
    about.grab().save(str(SHOTS / "about-dialog.png"))
    about.tabs.setCurrentIndex(2)
    settle()
    about.grab().save(str(SHOTS / "about-dialog-notices.png"))
    about.close()
    services.close()
    del translators


def referenced_images() -> set[str]:
    names: set[str] = set()
    for page in GUIDE.rglob("*.md"):
        names.update(IMAGE_LINK.findall(page.read_text(encoding="utf-8")))
    return names


def copy_guide_images() -> list[str]:
    IMAGES.mkdir(parents=True, exist_ok=True)
    wanted = referenced_images()
    missing = sorted(name for name in wanted if not (SHOTS / name).is_file())
    if missing:
        raise SystemExit(f"no tool produced these guide images: {missing}")
    for stale in IMAGES.glob("*.png"):
        if stale.name not in wanted:
            stale.unlink()
    for name in sorted(wanted):
        save_compact(SHOTS / name, IMAGES / name)
    return sorted(wanted)


def save_compact(source: Path, target: Path) -> None:
    """Copy a screenshot as a 256-colour PNG: a third of the size, no visible loss on a
    window's flat colours; the guide ships in the bundle, which has a size budget."""
    from PIL import Image

    with Image.open(source) as image:
        palette = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        palette.save(target, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-existing-tools", action="store_true",
                        help="only the help viewer, About and the copy")  # fmt: skip
    args = parser.parse_args()
    if not args.skip_existing_tools:
        run_part_tools()
    # The guide's own shots run in a child process: a clean QApplication and environment.
    subprocess.run([sys.executable, __file__, "--help-and-about-only"], cwd=ROOT, check=True)
    copied = copy_guide_images()
    print(f"{len(copied)} guide images in {IMAGES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--help-and-about-only"]:
        shoot_help_and_about()
        sys.exit(0)
    sys.exit(main())
