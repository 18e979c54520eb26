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
from pathlib import Path

from screenshot_session import OUT as SHOTS
from screenshot_session import ROOT, screenshot_session

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
    with screenshot_session("vi", demo_assets=50, prefix="surplus-assets-guide-") as shots:
        from ui.dialogs.about_dialog import AboutDialog
        from ui.help import open_help

        services = shots.open_services()
        viewer = open_help("sign-dialog")
        assert viewer is not None, "the guide was not found"
        viewer.resize(1180, 720)
        shots.save(viewer, "help-viewer")
        viewer.close()
        about = AboutDialog(shots.context(services, require_sign_in=False))
        about.resize(760, 520)
        about.show()
        shots.save(about, "about-dialog")
        about.tabs.setCurrentIndex(2)
        shots.save(about, "about-dialog-notices")
        about.close()
        services.close()


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
