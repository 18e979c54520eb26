"""Vietnamese text: NFC, folding for search, dictionary collation."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from surplus_assets.domain.text import collation_key, fold, nfc, search_terms, single_line

VIETNAMESE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
TONES = "\u0300\u0309\u0303\u0301\u0323"


@st.composite
def vietnamese_words(draw: st.DrawFn) -> str:
    """Words of Vietnamese letters, some with a tone mark, in NFC."""
    letters = draw(st.lists(st.sampled_from(VIETNAMESE_LETTERS), min_size=1, max_size=8))
    word = "".join(letter + draw(st.sampled_from(["", "", *TONES])) for letter in letters)
    return unicodedata.normalize("NFC", word)


vietnamese_text = st.lists(vietnamese_words(), min_size=1, max_size=4).map(" ".join)


def test_nfc_and_single_line() -> None:
    nfd = unicodedata.normalize("NFD", " Hòa Bình\n")
    assert nfc(nfd) == "Hòa Bình" and len(nfc(nfd)) == 8
    assert single_line("  Xã  Hòa\n\tBình ") == "Xã Hòa Bình"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hòa Bình", "hoa binh"),
        ("Hoà Bình", "hoa binh"),  # old tone placement
        ("ĐƯỜNG Đắk Lắk", "duong dak lak"),
        ("Nguyễn  Thị\nỞ", "nguyen thi o"),
        ("Sở Tài chính", "so tai chinh"),
        ("İstanbul", "istanbul"),  # "İ" lower-cases to i + combining dot
        ("a\u034fb", "ab"),  # a mark with combining class 0 (grapheme joiner)
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_search_terms_find_text_without_diacritics() -> None:
    assert search_terms("  HOA   bình ") == ["hoa", "binh"]
    assert all(term in fold("UBND xã Hòa Bình") for term in search_terms("hoa binh"))


@given(st.text())
def test_fold_ignores_normalisation_form(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert fold(nfc(nfd)) == fold(unicodedata.normalize("NFC", text))


@given(st.text())
def test_fold_leaves_no_marks_and_no_d_stroke(text: str) -> None:
    folded = fold(text)
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", folded))
    assert "đ" not in folded and "Đ" not in folded
    assert fold(folded) == folded


def ordered(words: list[str]) -> None:
    """Each word sorts strictly before the next."""
    keys = [collation_key(word) for word in words]
    for i in range(len(words) - 1):
        assert keys[i] < keys[i + 1], f"{words[i]!r} should sort before {words[i + 1]!r}"


def test_alphabet_order() -> None:
    ordered(["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
             "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"])  # fmt: skip
    ordered(["d", "dz", "đ", "đa"])  # đ after every d word
    ordered(["1", "9", "a"])


def test_tone_order() -> None:
    ordered(["a", "à", "ả", "ã", "á", "ạ"])
    ordered(["ma", "mà", "mả", "mã", "má", "mạ", "mác", "mạc", "mắc"])


def test_case_comes_after_letters_and_tones() -> None:
    ordered(["hòa", "Hòa", "hoá"])
    ordered(["an", "An", "ăn"])


def test_old_and_new_tone_placement_fold_and_collate_together() -> None:
    assert fold("Hòa Bình") == fold("Hoà Bình")
    old, new = collation_key("Hoà Bình"), collation_key("Hòa Bình")
    assert old != new  # different texts, so not equal keys ...
    # ... but nothing sorts between them.
    for other in ["Hòa An", "Hoa Bình", "Hòa Bính", "Hóa Bình", "Hòa Bình A", "Hoa Binh"]:
        assert (collation_key(other) < old) == (collation_key(other) < new), other


def test_dictionary_order_of_a_word_list() -> None:
    # Dictionaries compare syllable by syllable: every "ba ..." before "bà".
    dictionary = [
        "a", "à", "ả", "ã", "á", "ạ", "ác", "ăn", "ăn uống", "ắt", "âm", "ấm",
        "ba", "Ba Đình", "ba mươi", "Ba Vì", "bà", "bà con", "Bà Rịa", "bá", "Bá Thước",
        "bác", "bạc", "bắc", "Bắc Giang", "bấc", "bé", "bê", "bi", "bo", "bò", "bô", "bơ",
        "bu", "bư", "ca", "cam", "câm", "da", "dê", "đa", "Đà Nẵng", "đắk", "Đắk Lắk",
        "đê", "Đồng Nai", "ôm", "ơn", "ung", "ưng", "xã Hòa Bình", "xã Hòa Bình Đông",
        "xã Hòa Lạc", "yên", "Yên Bái",
    ]  # fmt: skip
    shuffled = dictionary[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=collation_key) == dictionary
    ordered(dictionary)


def test_punctuation_and_spaces_sort_before_letters() -> None:
    ordered(["ba", "ba vi", "ba-vi", "bai"])
    ordered(["Lô 1", "Lô 1A", "Lô A"])


@given(vietnamese_text)
def test_collation_ignores_normalisation_form(text: str) -> None:
    assert collation_key(unicodedata.normalize("NFD", text)) == collation_key(text)


@given(st.text(), st.text())
@example("a", "ä")
@example("Hòa", "Hoà")
@example("a  b", " a b")
def test_collation_key_equal_only_for_equal_text(a: str, b: str) -> None:
    assert (collation_key(a) == collation_key(b)) == (single_line(a) == single_line(b))


@given(st.lists(vietnamese_text, min_size=2, max_size=6))
def test_collation_is_a_total_order_compatible_with_sorting(words: list[str]) -> None:
    once = sorted(words, key=collation_key)
    assert sorted(reversed(words), key=collation_key) == once  # no ties between texts
    assert sorted(once, key=collation_key) == once


@given(vietnamese_words(), vietnamese_words())
def test_primary_letters_decide_before_tones(a: str, b: str) -> None:
    """Two single syllables with different letters (tones removed) sort as their letters do."""

    def letters(word: str) -> str:
        decomposed = unicodedata.normalize("NFD", word.lower())
        return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONES))

    if letters(a) != letters(b):
        assert (collation_key(a) < collation_key(b)) == (
            collation_key(letters(a)) < collation_key(letters(b))
        )
