"""Every string a user can see is translated in the languages we ship."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"\{\w+\}|%L?n|%\d")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_the_shipped_catalogues_exist() -> None:
    assert {p.name for p in SHIPPED} >= {"ui_vi.ts", "ui_en.ts", "qtbase_vi.ts"}


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_no_unfinished_or_empty_translation(ts: Path) -> None:
    problems = []
    for context, source, message in messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: {source!r}")
        for form in forms:
            missing = set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(form or ""))
            if missing and form:
                problems.append(f"{context}: {source!r} loses {sorted(missing)}")
    assert problems == []


def test_vietnamese_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """A string added in ui/ without running tools/build_translations.py --update fails here."""
    copy = tmp_path / "ui_vi.ts"
    shutil.copy(TRANSLATIONS / "ui_vi.ts", copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    current = {(c, s) for c, s, _ in messages(copy)}
    committed = {(c, s) for c, s, _ in messages(TRANSLATIONS / "ui_vi.ts")}
    assert current - committed == set(), "run tools/build_translations.py --update"
