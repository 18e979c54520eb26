"""Where things are: bundled resources and the user's data, settings and log directories.

One locator for a source checkout, an installed wheel and the PyInstaller bundle:
- source checkout and bundle: `resources/` sits beside the `surplus_assets` package
  (build.spec copies it there, and in a bundle `__file__` points inside `sys._MEIPASS`);
- installed wheel: pyproject maps `resources/` to the `surplus_assets.resources` package.

Portable mode: a file named `portable.txt` next to the executable (frozen) or at the
checkout root keeps data and settings in a `data/` folder beside it, for USB-stick use.
SURPLUS_ASSETS_HOME overrides everything (tests and admins use it).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path, PurePosixPath

from surplus_assets import APP_NAME

PORTABLE_MARKER = "portable.txt"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE_DIR.parent / "resources", _PACKAGE_DIR / "resources"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError(f"resources/ not found beside {_PACKAGE_DIR}")


def resource_path(relative: str) -> Path:
    """The path of a bundled resource; refuses names that would escape resources/."""
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"invalid resource name: {relative!r}")
    return resources_dir().joinpath(*parts)


def _install_root() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return _PACKAGE_DIR.parent


def portable_root() -> Path | None:
    root = _install_root()
    return root / "data" if (root / PORTABLE_MARKER).exists() else None


def data_dir() -> Path:
    """Database, attachment store, backups: created on first use."""
    override = os.environ.get("SURPLUS_ASSETS_HOME")
    if override:
        path = Path(override)
    elif (portable := portable_root()) is not None:
        path = portable
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    if os.environ.get("SURPLUS_ASSETS_HOME") or portable_root() is not None:
        path = data_dir() / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "surplus_assets.sqlite3"


def attachment_store_dir() -> Path:
    return data_dir() / "attachments"


def backup_dir() -> Path:
    return data_dir() / "backups"


def shipped_document(relative: str) -> Path | None:
    """A document shipped beside the package: the user guide (`docs/user-guide/...`),
    `LICENSE`, `THIRD_PARTY_NOTICES.md`, or the bundle's `build_info.json`.

    In a source checkout they sit at the repository root, beside `surplus_assets/`; build.spec
    copies them to the same place in the bundle (`sys._MEIPASS`). An installed wheel carries
    none of them: None then, and the caller says so instead of failing.
    """
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"invalid document name: {relative!r}")
    path = _PACKAGE_DIR.parent.joinpath(*parts)
    return path if path.exists() else None
