"""Vietnamese text: NFC normalisation, diacritic folding for search, collation for sorting.

Data arrives in NFC and NFD (and legacy encodings, detected in exchange.legacy_encoding);
everything stored is NFC. Search compares folded text, so "hoa binh" finds "Hòa Bình" and
"Hoà Bình" (the old and new tone placements fold the same). Sorting follows the Vietnamese
alphabet (a ă â b c d đ e ê ... o ô ơ ... u ư ...), then tones (none, huyền, hỏi, ngã, sắc,
nặng), then case, instead of code points.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Combining marks that make a different letter (primary level) in Vietnamese.
_LETTER_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
# Tone marks (secondary level), in dictionary order after the unmarked tone.
_TONE_ORDER = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
# Primary weights: digits sort before letters; letters get weights in a private range so that
# the key is an ordinary string comparable by the database.
_PRIMARY = {letter: chr(0xE100 + i) for i, letter in enumerate(_ALPHABET)}
_PRIMARY.update({str(d): chr(0xE000 + d) for d in range(10)})
_SEP = "\u0001"


def nfc(text: str) -> str:
    """Unicode NFC without surrounding whitespace (line breaks inside are kept)."""
    return unicodedata.normalize("NFC", text).strip()


def single_line(text: str) -> str:
    """NFC with every run of whitespace, line breaks included, made one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ → d, single spaces: the form search compares."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def search_terms(query: str) -> list[str]:
    """The folded words of a search box entry."""
    return [term for term in fold(query).split(" ") if term]


def _split_letter(base: str, marks: str) -> tuple[str, int]:
    """A decomposed character as (Vietnamese letter, tone rank)."""
    letter = base.lower()
    tone = 0
    for mark in marks:
        kind = _LETTER_MARKS.get(mark)
        if kind is not None:
            letter = unicodedata.normalize("NFC", letter + mark)
        elif mark in _TONE_ORDER:
            tone = _TONE_ORDER[mark]
    return letter, tone


def collation_key(text: str) -> str:
    """A string whose ordinary ordering is Vietnamese dictionary order of `text`."""
    decomposed = unicodedata.normalize("NFD", single_line(text))
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = ""
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            marks += decomposed[i]
            i += 1
        if base in "đĐ":
            letter, tone = "đ", 0
        else:
            letter, tone = _split_letter(base, marks)
        primary.append(_PRIMARY.get(letter, letter))
        tones.append(chr(0x30 + tone))
        cases.append("1" if base.isupper() else "0")
    return "".join(primary) + _SEP + "".join(tones) + _SEP + "".join(cases)
