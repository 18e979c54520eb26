"""Recognising Vietnamese text typed in the pre-Unicode TCVN3 (ABC) and VNI encodings.

Old spreadsheets were typed with .VnTime (TCVN3) or VNI-Times fonts: the letters are stored as
Latin-1 characters that only those fonts draw as Vietnamese, so "Trụ sở" arrives as "Trô së"
(TCVN3) and "Việt Nam" as "Vieät Nam" (VNI). Such text must not be stored as it is. The import
reports each cell with the reading it probably means, so the user can convert the sheet
(for example with Unikey's converter) and import it again.

Detection: text containing Latin-1 characters that Vietnamese never uses is decoded both ways;
an encoding is reported when its decoding is plain Vietnamese (no such characters left).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from surplus_assets.domain.text import fold

# TCVN3 (ABC), lower-case letters: the .VnTimeH fonts draw capitals from the same codes.
_TCVN3_LOWER = (
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî" "ïóñòô"
    "\xadõøö÷ù" "úýûüþ" "¡¢§£¤¥¦"
)  # fmt: skip
_UNICODE_LOWER = (
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đèéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ" "ùúủũụ"
    "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ"
)  # fmt: skip
TCVN3_TABLE = str.maketrans(dict(zip(_TCVN3_LOWER, _UNICODE_LOWER, strict=True)))

# VNI-Windows: a base letter followed by a mark character (or a few single characters).
_VNI_MARKS = {
    "ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "Ø": "\u0300", "Ù": "\u0301", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323",
}  # fmt: skip
# After a, e, o: "â" adds a circumflex; "à á å ã ä" add a circumflex and a tone.
_VNI_CIRCUMFLEX = {"â": "", "à": "\u0300", "á": "\u0301", "å": "\u0309", "ã": "\u0303",
                   "ä": "\u0323"}  # fmt: skip
# After a: "ê" adds a breve; "è é ú ü ë" add a breve and a tone.
_VNI_BREVE = {"ê": "", "è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303",
              "ë": "\u0323"}  # fmt: skip
_VNI_SINGLE = {
    "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "ô": "ơ", "ö": "ư", "î": "ỵ", "ñ": "đ",
    "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Ô": "Ơ", "Ö": "Ư", "Î": "Ỵ", "Ñ": "Đ",
}  # fmt: skip
_VNI_PAIR = re.compile(r"([aeoAEO])([âàáåãäÂÀÁÅÃÄ])|([aA])([êèéúüëÊÈÉÚÜË])")
_VNI_TONE = re.compile(r"([^\W\d_])([øùûõïØÙÛÕÏ])")

# Latin-1 letters that Vietnamese uses; any other character from U+00A0 to U+00FF in a
# Vietnamese word is the mark of a legacy encoding.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_SUSPECT = re.compile("[\u00a1-\u00ff]")


@dataclass(frozen=True)
class LegacyText:
    encoding: str  # "TCVN3" or "VNI"
    original: str
    reading: str  # the text decoded to Unicode (NFC)


def _foreign_count(text: str) -> int:
    return sum(1 for ch in _SUSPECT.findall(text) if ch not in _VIETNAMESE_LATIN1)


def decode_tcvn3(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(TCVN3_TABLE))


def decode_vni(text: str) -> str:
    def pair(match: re.Match[str]) -> str:
        if match.group(1):
            base, mark = match.group(1), match.group(2)
            return base + "\u0302" + _VNI_CIRCUMFLEX[mark.lower()]
        base, mark = match.group(3), match.group(4)
        return base + "\u0306" + _VNI_BREVE[mark.lower()]

    text = _VNI_PAIR.sub(pair, text)
    text = "".join(_VNI_SINGLE.get(ch, ch) for ch in text)
    text = _VNI_TONE.sub(lambda m: m.group(1) + _VNI_MARKS[m.group(2)], text)
    return unicodedata.normalize("NFC", text)


_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?"
)


def _plausible(original: str, reading: str) -> bool:
    """Every word the decoding changed reads as a Vietnamese syllable ("Müller" does not)."""
    before = original.split()
    after = reading.split()
    if len(before) != len(after):
        return False
    changed = [fold(b2) for b1, b2 in zip(before, after, strict=True) if b1 != b2]
    return bool(changed) and all(_SYLLABLE.fullmatch(word.strip(".,;:()-/")) for word in changed)


def detect_legacy(text: str) -> LegacyText | None:
    """The legacy encoding `text` was probably typed in, with its reading; None if Unicode."""
    if not _SUSPECT.search(text) or _foreign_count(text) == 0:
        return None
    # VNI first: its mark characters follow a vowel and disappear into it, which TCVN3 text
    # (one character per letter) does not do.
    for name, decoder in (("VNI", decode_vni), ("TCVN3", decode_tcvn3)):
        reading = decoder(text)
        if _foreign_count(reading) == 0 and _plausible(text, reading):
            return LegacyText(name, text, reading)
    return None
