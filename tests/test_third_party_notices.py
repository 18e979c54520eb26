"""THIRD_PARTY_NOTICES.md names every bundled component and is current with the lock."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import third_party_notices as notices  # noqa: E402


def test_every_locked_runtime_package_is_listed() -> None:
    text = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip().lower() for line in text.splitlines()
            if line.startswith("| ") and not line.startswith("| component")}  # fmt: skip
    missing = [name for name, _ in notices.locked_packages() if name.lower() not in rows]
    assert missing == []
    for must in ("pyside6-essentials", "reportlab", "pyhanko", "sqlalchemy"):
        assert must in rows
    assert "LGPL-3.0" in text and "Open Font License" in text and "vietnamadminunits" in text


@pytest.mark.skipif(
    sys.platform != "linux",
    reason="generated where CI runs: platform-only "
    "packages (e.g. pywin32-ctypes) are installed on their own platform only",
)
def test_notices_are_current() -> None:
    current = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert current == notices.render(), "run python tools/third_party_notices.py"


def test_licence_texts_shipped_for_qt_are_present() -> None:
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        text = (ROOT / "resources" / "licenses" / name).read_text(encoding="utf-8")
        assert "GNU" in text and "Version 3" in text
