"""Translations of core strings (validation messages, report and CLI text).

Source strings are English; Vietnamese is the default language. Catalogues are ordinary
gettext .po files, one per topic, in resources/translations/<lang>/ (editable with Poedit),
read directly at first use, so no compile step is needed in a checkout or a bundle.
tests/core/test_i18n.py checks that every _() string in the core has a Vietnamese entry.

Use `_("Unknown unit: {name}").format(name=...)`: whole sentences with named placeholders,
never sentences glued together from translated fragments.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from surplus_assets.paths import resource_path

DEFAULT_LANGUAGE = "vi"
SUPPORTED_LANGUAGES = ("vi", "en")
_language = os.environ.get("SURPLUS_ASSETS_LANG", DEFAULT_LANGUAGE)
# A language forced for the current thread/task only (documents written in Vietnamese whatever
# the interface language); a context variable, so a report built in a GUI worker thread does
# not switch the GUI thread's messages.
_forced: ContextVar[str | None] = ContextVar("forced_language", default=None)

_ENTRY = re.compile(r'^(msgid|msgstr|msgctxt)\s+(".*")\s*$')
_CONTINUATION = re.compile(r'^(".*")\s*$')


def _unquote(quoted: str) -> str:
    """The text of a quoted .po string. Without a backslash there is nothing to unescape
    (a quote inside would be escaped), and slicing is ~20x faster than literal_eval: the
    catalogue is parsed while the application starts."""
    inner = quoted[1:-1]
    return inner if "\\" not in inner else str(ast.literal_eval(quoted))


def parse_po(text: str) -> dict[str, str]:
    """msgid → msgstr of a .po file (fuzzy and empty translations left out)."""
    catalogue: dict[str, str] = {}
    current: dict[str, str] = {}
    key: str | None = None
    fuzzy = False

    def flush() -> None:
        msgid, msgstr = current.get("msgid"), current.get("msgstr")
        if msgid and msgstr and not fuzzy:
            catalogue[msgid] = msgstr

    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        if not line or line.startswith("#"):
            if key == "msgstr":
                flush()
                current, key, fuzzy = {}, None, fuzzy if not current else False
            continue
        if m := _ENTRY.match(line):
            if m.group(1) in ("msgid", "msgctxt") and key == "msgstr":
                flush()
                current, fuzzy = {}, False
            key = m.group(1)
            current[key] = _unquote(m.group(2))
        elif (m := _CONTINUATION.match(line)) and key:
            current[key] += _unquote(m.group(1))
    if key == "msgstr":
        flush()
    return catalogue


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    catalogue: dict[str, str] = {}
    folder = resource_path(f"translations/{language}")
    for path in sorted(folder.glob("*.po")):
        catalogue.update(parse_po(path.read_text(encoding="utf-8")))
    return catalogue


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def current_language() -> str:
    return _forced.get() or _language


@contextmanager
def language_for_document(language: str) -> Iterator[None]:
    """Within the block, _() and current_language() use `language` in this thread only."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    token = _forced.set(language)
    try:
        yield
    finally:
        _forced.reset(token)


def _(message: str) -> str:
    """Translate a core string into the current language (English if missing)."""
    return _catalogue(current_language()).get(message, message)


def N_(message: str) -> str:  # noqa: N802 (the gettext convention)
    """Mark a string for translation where it is defined; translate it with _() where shown."""
    return message
