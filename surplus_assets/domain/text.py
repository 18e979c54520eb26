"""Vietnamese text: NFC normalisation, diacritic folding for search, collation for sorting.

Data arrives in NFC and NFD (and legacy encodings, detected in exchange.legacy_encoding);
everything stored is NFC. Search compares folded text, so "hoa binh" finds "Hòa Bình" and
"Hoà Bình" (the old and new tone placements fold the same). Sorting follows the Vietnamese
dictionary instead of code points: syllable by syllable, the letters in alphabet order
(a ă â b c d đ e ê ... o ô ơ ... u ư ...), then the syllable's tone (none, huyền, hỏi, ngã,
sắc, nặng); then case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")


def _one_line(text: str) -> str:
    """`text` with every run of whitespace made one space, stripped.

    Most text has single spaces only, which the substitution would replace one by one: a
    printable text (whose only whitespace can be " ") without two spaces in a row is returned
    as it is, stripped, in a fraction of the time (imports do this to millions of cells)."""
    if "  " not in text and text.isprintable():
        return text.strip()
    return _SPACES.sub(" ", text).strip()


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
# Markers of the key, all below any character a text keeps (control characters are dropped):
# levels are separated by _SEP; a syllable's letters end with _END_LETTERS, then its tones
# follow (_TONE_BASE + rank), then _END_SYLLABLE, so that a syllable without a tone sorts
# before the same letters with one, and both before a longer syllable.
_SEP = "\u0001"
_END_LETTERS = "\u0002"
_END_SYLLABLE = "\u0003"
_TONE_BASE = 0x10


def nfc(text: str) -> str:
    """Unicode NFC without surrounding whitespace (line breaks inside are kept)."""
    return unicodedata.normalize("NFC", text).strip()


def single_line(text: str) -> str:
    """NFC with every run of whitespace, line breaks included, made one space."""
    return _one_line(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)  # imports fold the same kinds, units and labels on every row
def fold(text: str) -> str:
    """Lower-case, without diacritics, đ → d, single spaces: the form search compares.

    Marks are removed after lower-casing, which can add one ("İ" → i + dot above), and the
    result is NFC again so that letters NFD splits apart without marks (Hangul) stay whole.
    NFC Latin text (all Vietnamese) takes a per-character table with the same result, ten
    times faster: imports fold the search text of 100,000 rows.
    """
    if text.isascii():
        return _one_line(text.lower())
    lowered = text.lower()
    if unicodedata.is_normalized("NFC", text):
        mapped = lowered.translate(_FOLD_TABLE)
        if mapped.isascii():
            return _one_line(mapped)
    return _fold_slow(text)


def fold_unique(text: str) -> str:
    """fold() without its memo, for a text that will not come again (a record's search text):
    the same result, without pushing out of the memo the names that do repeat."""
    return fold.__wrapped__(text)


def _fold_slow(text: str) -> str:
    lowered = unicodedata.normalize("NFD", text).lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", lowered)
    stripped = "".join(ch for ch in decomposed if not _is_mark(ch))
    return _one_line(unicodedata.normalize("NFC", stripped))


def _fold_table() -> dict[int, str]:
    """Precomposed lower-case Latin letters → their folded ASCII letter (à → a, đ → d)."""
    table: dict[int, str] = {}
    # Only Latin letters fold to one ASCII letter: Latin-1, Extended-A/B and Extended
    # Additional (every Vietnamese letter). Scanning U+00C0-U+1FFF gives the same 247
    # entries 40 times slower, at every start of the application.
    latin = (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00))
    for code in latin:
        char = chr(code)
        if char.lower() != char:
            continue
        folded = _fold_slow(char)
        if len(folded) == 1 and folded.isascii() and folded.isalnum():
            table[code] = folded
    return table


def _is_mark(ch: str) -> bool:
    """A combining mark (including the few with combining class 0, such as U+034F)."""
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me")


# ASCII maps to itself explicitly: str.translate is twice as fast when no lookup misses.
_FOLD_TABLE: dict[int, str | int] = {**{code: code for code in range(128)}, **_fold_table()}


def search_terms(query: str) -> list[str]:
    """The folded words of a search box entry."""
    return [term for term in fold(query).split(" ") if term]


def _split_letter(base: str, marks: str) -> tuple[str, int]:
    """A decomposed character as (Vietnamese letter, tone rank)."""
    if base in "đĐ":
        return "đ", 0
    letter = base.lower()
    tone = 0
    for mark in marks:
        kind = _LETTER_MARKS.get(mark)
        if kind is not None:
            letter = unicodedata.normalize("NFC", letter + mark)
        elif mark in _TONE_ORDER:
            tone = _TONE_ORDER[mark]
    return letter, tone


def _clusters(text: str) -> list[tuple[str, str, int]]:
    """(base character, Vietnamese letter, tone rank) for each character of NFD `text`."""
    decomposed = unicodedata.normalize("NFD", text)
    clusters: list[tuple[str, str, int]] = []
    i = 0
    while i < len(decomposed):
        base = decomposed[i]
        i += 1
        marks = ""
        while i < len(decomposed) and unicodedata.combining(decomposed[i]):
            marks += decomposed[i]
            i += 1
        if ord(base) < 0x20:  # control characters would clash with the key's markers
            continue
        letter, tone = _split_letter(base, marks)
        clusters.append((base, letter, tone))
    return clusters


@lru_cache(maxsize=65536)  # names repeat a lot (equipment models, "Trụ sở UBND xã ...")
def collation_key(text: str) -> str:
    """A string whose ordinary ordering is Vietnamese dictionary order of `text`.

    Dictionaries compare syllable by syllable: first the letters of a syllable in alphabet
    order, then its tone, and only then the next syllable ("ba mươi" < "bà con" < "bác").
    A syllable is a run of letters and digits; the tone of a syllable is the tone mark it
    carries, wherever it sits ("Hòa" and "Hoà", the old and new placements, weigh the same).
    Case (lower first) decides next, and the NFC text last, so that only equal texts (up to
    NFC and whitespace) have equal keys and sorting is a total order.
    """
    line = single_line(text)
    stream: list[str] = []
    cases: list[str] = []
    syllable: list[str] = []
    tones: list[str] = []

    def end_syllable() -> None:
        if syllable:
            stream.extend(syllable)
            stream.append(_END_LETTERS)
            stream.extend(tones)
            stream.append(_END_SYLLABLE)
            syllable.clear()
            tones.clear()

    for base, letter, tone in _clusters(line):
        cases.append("1" if base.isupper() else "0")
        if base.isalnum():
            syllable.append(_PRIMARY.get(letter, letter))
            if tone:
                tones.append(chr(_TONE_BASE + tone))
        else:
            end_syllable()
            stream.append(base)
    end_syllable()
    return "".join(stream) + _SEP + "".join(cases) + _SEP + line
