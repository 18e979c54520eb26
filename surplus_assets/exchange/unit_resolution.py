"""Administrative units named in a spreadsheet: by official code, or by name with the province
and district columns telling apart the many communes that share a name.

Unknown names get the closest names of the same era (within the province when one is given)
as suggestions. Results are cached per distinct cell text, since a sheet names the same few
hundred communes over and over.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from surplus_assets.domain.text import fold, nfc
from surplus_assets.i18n import _
from surplus_assets.services.units import Unit, UnitRegistry

CURRENT_ERA = "2025"
LEGACY_ERA = "pre2025"
_LEVEL_LETTER = {"province": "P", "district": "D", "commune": "C"}
_CODE_LENGTH = {2: "province", 3: "district", 5: "commune"}
# Type words people write before a name, folded, with the unit types they stand for.
_TYPE_PREFIXES = (
    ("thanh pho", "thanh pho"), ("tp", "thanh pho"), ("thi tran", "thi tran"),
    ("tt", "thi tran"), ("thi xa", "thi xa"), ("tx", "thi xa"), ("dac khu", "dac khu"),
    ("phuong", "phuong"), ("p", "phuong"), ("xa", "xa"), ("x", "xa"), ("huyen", "huyen"),
    ("h", "huyen"), ("quan", "quan"), ("q", "quan"), ("tinh", "tinh"),
)  # fmt: skip
_PUNCT = re.compile(r"[.,;:]+")


@dataclass(frozen=True)
class Resolution:
    unit_id: str | None
    message: str | None = None  # why it failed, with candidates or suggestions


def _split_type(text: str) -> tuple[str | None, str]:
    """ "X. Hòa Bình" → ("xa", "hoa binh")."""
    folded = " ".join(_PUNCT.sub(" ", fold(text)).split())
    for prefix, unit_type in _TYPE_PREFIXES:
        if folded.startswith(prefix + " ") and len(folded) > len(prefix) + 1:
            return unit_type, folded[len(prefix) + 1 :]
    return None, folded


class UnitResolver:
    def __init__(self, units: UnitRegistry) -> None:
        self.units = units
        self._by_short: dict[tuple[str, str, str], list[Unit]] = defaultdict(list)
        for unit in units.units.values():
            self._by_short[(unit.era, unit.level, fold(unit.short_name))].append(unit)
        self._cache: dict[tuple[object, ...], Resolution] = {}

    def _by_code(self, code: str, era: str, levels: tuple[str, ...]) -> Unit | None:
        digits = code.strip().removesuffix(".0")
        if not digits.isdigit():
            return None
        for level in levels:
            length = {v: k for k, v in _CODE_LENGTH.items()}[level]
            if len(digits) > length:
                continue
            unit = self.units.get(f"{era}:{_LEVEL_LETTER[level]}{digits.zfill(length)}")
            if unit is not None:
                return unit
        return None

    def _named(self, text: str, era: str, levels: tuple[str, ...]) -> list[Unit]:
        unit_type, short = _split_type(text)
        found: list[Unit] = []
        for level in levels:
            found += self._by_short.get((era, level, short), [])
            if unit_type is None:
                continue
            # "Thành phố Hà Nội" may be stored with its type inside the short name.
            found += self._by_short.get((era, level, f"{unit_type} {short}"), [])
        return list(dict.fromkeys(found))

    def province(self, text: str, *, current: bool) -> Unit | None:
        era = CURRENT_ERA if current else LEGACY_ERA
        found = self._by_code(text, era, ("province",)) or None
        if found:
            return found
        named = self._named(text, era, ("province",))
        return named[0] if len(named) == 1 else None

    def resolve(
        self,
        text: str,
        *,
        current: bool,
        province: str = "",
        district: str = "",
    ) -> Resolution:
        key = (text, current, province, district)
        if key not in self._cache:
            self._cache[key] = self._resolve(text, current, province, district)
        return self._cache[key]

    def _resolve(self, text: str, current: bool, province: str, district: str) -> Resolution:
        era = CURRENT_ERA if current else LEGACY_ERA
        levels = ("commune", "province") if current else ("commune", "district", "province")
        direct = self.units.get(text.strip())
        if direct is not None and direct.era == era:
            return Resolution(direct.id)
        coded = self._by_code(text, era, levels)
        if coded is not None:
            return Resolution(coded.id)
        found = self._named(text, era, levels)
        province_unit = self.province(province, current=current) if province else None
        if province_unit is not None:
            found = [u for u in found if u.province_id == province_unit.id or u == province_unit]
        if district and not current:
            district_units = self._named(district, era, ("district",))
            ids = {d.id for d in district_units}
            narrowed = [u for u in found if u.parent_id in ids or u.id in ids]
            found = narrowed or found
        if len(found) > 1:  # "Yên Dương" and "Yến Dương" fold alike: exact spelling first
            spelled = nfc(text).casefold()
            exact = [u for u in found if spelled in (u.name.casefold(), u.short_name.casefold())]
            found = exact or found
        unit_type, _short = _split_type(text)
        if unit_type is not None and len(found) > 1:
            typed = [u for u in found if fold(u.unit_type) == unit_type]
            found = typed or found
        if len(found) > 1:
            # A commune and the province of the same name: the commune is meant.
            communes = [u for u in found if u.level == "commune"]
            found = communes if len(communes) == 1 else found
        if len(found) == 1:
            return Resolution(found[0].id)
        if found:
            places = "; ".join(self.units.label(u.id) for u in found[:8])
            return Resolution(
                None,
                _(
                    '"{name}" names several units: {places}. Add the province (and for former '
                    "units the district) in their columns, or give the official code."
                ).format(name=text, places=places),
            )
        districts = self._named(district, era, ("district",)) if district and not current else []
        return Resolution(None, self._unknown(text, current, era, province_unit, districts))

    def _unknown(
        self, text: str, current: bool, era: str, province: Unit | None, districts: list[Unit]
    ) -> str:
        _type, short = _split_type(text)
        parents = {d.id for d in districts}
        pool = {
            fold(u.short_name): u
            for u in self.units.units.values()
            if u.era == era and u.level == "commune"
            and (province is None or u.province_id == province.id)
            and (not parents or u.parent_id in parents)
        }  # fmt: skip
        close = difflib.get_close_matches(short, list(pool), n=3, cutoff=0.6)
        if current:
            message = _('Unknown current commune "{name}".').format(name=text)
        else:
            message = _('Unknown former commune "{name}".').format(name=text)
        if close:
            names = "; ".join(self.units.label(pool[c].id) for c in close)
            return message + " " + _("Closest matches: {names}.").format(names=names)
        return message + " " + _("Check the spelling, or give the official code.")
