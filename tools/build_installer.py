"""Build the one-folder bundle (GUI SurplusAssets + CLI surplus-assets-cli) with PyInstaller.

    python3 tools/build_installer.py              # Linux, macOS
    py tools\\build_installer.py                  # Windows
    python3 tools/build_installer.py --archive    # also pack the folder for distribution

From a clean checkout: sets up .venv with the locked development dependencies
(requirements/dev.lock, which includes PyInstaller) through tools/dev.py, compiles the
translations (.qm), runs PyInstaller on build.spec, and prints the bundle's size and the
build time. The result is dist/SurplusAssets-<version>/; `--archive` adds a .zip (Windows)
or .tar.gz (elsewhere: keeps the symbolic links of the Qt libraries) beside it.
`--python` builds with another interpreter that has the dev dependencies (the smoke test
passes its own). docs/installer.md describes the bundle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from surplus_assets import APP_NAME, __version__  # noqa: E402

BUNDLE_NAME = f"{APP_NAME}-{__version__}"


def bundle_size(folder: Path) -> int:
    """Bytes of the files in `folder` (symbolic links count as links, not as their targets)."""
    total = 0
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def build(python: Path, dist: Path, work: Path, clean: bool) -> Path:
    subprocess.run(
        [str(python), str(ROOT / "tools" / "build_translations.py"), "--release"],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    command = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec"),
    ]  # fmt: skip
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def archive(bundle: Path) -> Path:
    kind = "zip" if sys.platform == "win32" else "gztar"
    packed = shutil.make_archive(str(bundle), kind, root_dir=bundle.parent, base_dir=bundle.name)
    return Path(packed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", type=Path, help="interpreter with the dev dependencies "
                        "(default: .venv, created from requirements/dev.lock)")  # fmt: skip
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--archive", action="store_true", help="also write a .zip / .tar.gz")
    args = parser.parse_args(argv)

    python = args.python
    if python is None:
        sys.path.insert(0, str(ROOT / "tools"))
        from dev import ensure_environment

        python = ensure_environment("dev.lock")
    started = time.monotonic()
    bundle = build(python, args.dist.resolve(), args.work.resolve(), args.clean)
    seconds = time.monotonic() - started
    print(f"bundle: {bundle}")
    print(f"bundle size: {bundle_size(bundle) / 2**20:.1f} MiB")
    print(f"build time: {seconds:.0f} s")
    if args.archive:
        packed = archive(bundle)
        print(f"archive: {packed} ({packed.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
