"""Every core string shown to users has a Vietnamese translation with the same placeholders."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from extract_messages import catalogue, core_messages  # noqa: E402

from surplus_assets import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"\{(\w+)")


def test_every_core_message_is_translated_to_vietnamese() -> None:
    translated = catalogue("vi")
    missing = [f"{places[0]}: {message}" for message, places in core_messages().items()
               if message not in translated]  # fmt: skip
    assert missing == [], "run tools/extract_messages.py --po and translate:\n" + "\n".join(
        missing)  # fmt: skip


def test_translations_keep_their_placeholders() -> None:
    wrong = [
        message for message, translation in catalogue("vi").items()
        if set(PLACEHOLDER.findall(message)) != set(PLACEHOLDER.findall(translation))
    ]  # fmt: skip
    assert wrong == []


def test_language_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_language", "vi")
    assert i18n._("Car") == "Xe ô tô"
    i18n.set_language("en")
    assert i18n._("Car") == "Car"
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_po_parser_handles_continuations_and_fuzzy() -> None:
    text = (
        'msgid ""\nmsgstr "Language: vi\\n"\n\n'
        '#, fuzzy\nmsgid "A"\nmsgstr "ignored"\n\n'
        'msgid "Long "\n"message"\nmsgstr "Thông "\n"điệp \\"dài\\""\n'
    )
    assert i18n.parse_po(text) == {"Long message": 'Thông điệp "dài"'}


def test_each_message_is_translated_in_one_catalogue_only() -> None:
    """Two .po files translating the same string would diverge; one of them silently wins."""
    from surplus_assets.i18n import parse_po

    owners: dict[str, list[str]] = {}
    for po in sorted((ROOT / "resources" / "translations" / "vi").glob("*.po")):
        for message in parse_po(po.read_text(encoding="utf-8")):
            owners.setdefault(message, []).append(po.name)
    assert {m: files for m, files in owners.items() if len(files) > 1} == {}
