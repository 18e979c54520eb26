"""Which register field each spreadsheet column holds: guessed from the headers, editable.

Targets are the fields of domain.asset_kinds.FIELDS plus a few helper columns that only an
import needs (row numbers to ignore, province and district names that tell apart communes of
the same name, official unit codes). Each target is known by its label in Vietnamese and
English and by the names people really give the column; all are compared folded (no
diacritics, lower case, punctuation as spaces), so "Nguyên giá (đồng)", "NGUYEN GIA" and
"Original cost" all find their field.

A mapping the user confirmed is remembered per header set (the folded headers, hashed) in a
JSON file in the user data folder, not in the database: it is a personal preference of the
person who receives that sheet layout, it needs neither the settings permission nor an audit
event, and it survives switching between databases.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from surplus_assets.domain.asset_kinds import FIELDS
from surplus_assets.domain.text import fold
from surplus_assets.i18n import _, _catalogue
from surplus_assets.paths import data_dir

# Helper columns (not register fields).
ROW_NUMBER = "row_number"
CURRENT_PROVINCE = "current_province"
LEGACY_DISTRICT = "legacy_district"
LEGACY_PROVINCE = "legacy_province"
CURRENT_UNIT_CODE = "current_unit_code"
LEGACY_UNIT_CODE = "legacy_unit_code"
HELPER_LABELS = {
    ROW_NUMBER: "Row number",
    CURRENT_PROVINCE: "Province (current)",
    LEGACY_DISTRICT: "Former district",
    LEGACY_PROVINCE: "Former province",
    CURRENT_UNIT_CODE: "Current unit code",
    LEGACY_UNIT_CODE: "Former unit code",
}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("ma tai san", "ma ts", "ma", "so hieu tai san", "asset code", "code", "asset id"),
    "name": ("ten tai san", "ten", "ten tai san doi du", "danh muc tai san", "name",
             "asset name", "ten tai san cong"),
    "kind": ("loai tai san", "loai", "nhom tai san", "kind", "asset kind", "asset type", "type"),
    "legacy_unit_id": ("don vi cu", "xa cu", "xa phuong cu", "xa phuong thi tran cu",
                       "don vi truoc sap xep", "don vi hanh chinh cu", "former unit",
                       "legacy unit", "legacy commune", "old commune", "don vi cu xa phuong"),
    "current_unit_id": ("don vi hien tai", "xa moi", "xa phuong moi", "don vi moi",
                        "xa phuong dac khu", "don vi hanh chinh moi", "current unit",
                        "new commune", "don vi quan ly hien tai", "xa phuong hien tai"),
    "custodian": ("co quan quan ly", "don vi dang quan ly", "don vi su dung", "custodian",
                  "holding agency", "co quan don vi quan ly"),
    "address": ("dia chi", "dia chi tai san", "address", "vi tri"),
    "latitude": ("vi do", "latitude", "lat"),
    "longitude": ("kinh do", "longitude", "lon", "lng"),
    "year_in_use": ("nam dua vao su dung", "nam su dung", "nam dua vao sd", "year in use",
                    "year put into use", "ngay dua vao su dung"),
    "cost_budget": ("nguyen gia ngan sach", "nguyen gia nguon ngan sach", "nguyen gia",
                    "nguon ngan sach", "ngan sach", "original cost", "original cost budget",
                    "cost"),
    "cost_other": ("nguyen gia nguon khac", "nguon khac", "original cost other sources",
                   "original cost other"),
    "remaining_value": ("gia tri con lai", "gtcl", "remaining value", "net book value"),
    "status": ("trang thai", "trang thai xu ly", "tinh trang xu ly", "status"),
    "current_use": ("hien trang su dung", "muc dich su dung hien tai", "hien trang",
                    "current use"),
    "condition": ("tinh trang", "tinh trang tai san", "chat luong", "condition"),
    "notes": ("ghi chu", "notes", "note", "remarks"),
    "land_area": ("dien tich dat", "dien tich khuon vien", "dien tich", "land area", "area"),
    "land_certificate": ("giay chung nhan", "so giay chung nhan", "gcn qsdd",
                         "giay chung nhan quyen su dung dat", "quyet dinh giao dat",
                         "land certificate"),
    "car_brand": ("nhan hieu", "hieu xe", "nhan hieu xe", "brand", "make and model"),
    "licence_plate": ("bien so", "bien kiem soat", "bien so xe", "licence plate",
                      "license plate", "plate"),
    "seats": ("so cho", "so cho ngoi", "seats"),
    "load_tonnes": ("tai trong", "trong tai", "load"),
    "origin_country": ("nuoc san xuat", "xuat xu", "country of origin"),
    "manufacture_year": ("nam san xuat", "year of manufacture", "model year"),
    "engine_capacity_cc": ("dung tich xi lanh", "dung tich dong co", "engine capacity"),
    "user_title": ("chuc danh su dung", "chuc danh su dung xe", "user title"),
    "category": ("danh muc", "nhom", "chung loai", "category"),
    "quantity": ("so luong", "sl", "quantity", "qty"),
    "count_unit": ("don vi tinh", "dvt", "unit of count", "unit", "uom"),
    "serial_number": ("so serial", "so seri", "serial", "serial number", "so hieu"),
    "purchase_year": ("nam mua", "nam mua sam", "year of purchase", "purchase year"),
    ROW_NUMBER: ("stt", "so thu tu", "tt", "no", "#", "row"),
    CURRENT_PROVINCE: ("tinh", "tinh thanh pho", "tinh moi", "tinh thanh", "province"),
    LEGACY_DISTRICT: ("huyen", "huyen cu", "quan huyen", "quan huyen cu", "district",
                      "former district"),
    LEGACY_PROVINCE: ("tinh cu", "tinh thanh cu", "former province", "old province"),
    CURRENT_UNIT_CODE: ("ma don vi hien tai", "ma xa moi", "ma dvhc moi", "ma don vi moi",
                        "current unit code"),
    LEGACY_UNIT_CODE: ("ma don vi cu", "ma xa cu", "ma dvhc cu", "former unit code"),
}  # fmt: skip

MATCH_THRESHOLD = 0.84
MAX_HEADER_LENGTH = 80
_PUNCTUATION = re.compile(r"[^\w]+")
_UNIT_WORDS = re.compile(r"\b(m2|m²|vnd|vnđ|dong|đồng|trieu dong|cm3|cm³|tan)\b")
MAPPINGS_FILE = "import-mappings.json"
MAX_REMEMBERED = 200


def normalise_header(text: object) -> str:
    """ "Nguyên giá (đồng)" → "nguyen gia": folded, punctuation and unit words removed."""
    folded = fold(str(text or "")).replace("²", "2").replace("³", "3")
    folded = _PUNCTUATION.sub(" ", folded)
    folded = _UNIT_WORDS.sub(" ", folded)
    return " ".join(folded.split())


def target_label(target: str) -> str:
    """The label shown for a target in the mapping step (and used as template header)."""
    for spec in FIELDS:
        if spec.name == target:
            return spec.label()
    return _(HELPER_LABELS[target])


def all_targets() -> list[str]:
    return [spec.name for spec in FIELDS] + list(HELPER_LABELS)


@cache
def _known_names(language_key: str) -> dict[str, tuple[str, ...]]:
    """Every normalised name of every target: synonyms, English and Vietnamese labels."""
    vietnamese = _catalogue("vi")
    names: dict[str, tuple[str, ...]] = {}
    sources = {spec.name: spec.label_source for spec in FIELDS} | HELPER_LABELS
    for target in all_targets():
        source = sources[target]
        found = {normalise_header(s) for s in SYNONYMS.get(target, ())}
        found.add(normalise_header(source))
        found.add(normalise_header(vietnamese.get(source, source)))
        names[target] = tuple(sorted(n for n in found if n))
    return names


@cache
def _exact_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for target, names in _known_names("all").items():
        for name in names:
            index.setdefault(name, target)
    return index


@cache
def candidate_targets(header: str) -> tuple[tuple[str, float], ...]:
    """(target, score) pairs at or above the threshold for one normalised header, best first.

    Cached: header rows are scanned many times while the header is being located.
    """
    if not header:
        return ()
    exact = _exact_index().get(header)
    found: dict[str, float] = {exact: 1.0} if exact else {}
    if len(header) > MAX_HEADER_LENGTH:  # a title or a data cell, not a column name
        return tuple(found.items())
    matcher = difflib.SequenceMatcher(None)
    matcher.set_seq2(header)  # indexed once, compared with every known name
    # Deletes the header's characters: what is left of a name can match nothing, a bound on
    # quick_ratio computed in C (headers are scanned over 30 rows of data cells).
    absent = str.maketrans("", "", "".join(set(header)))
    for target, names in _known_names("all").items():
        if target in found:
            continue
        best = 0.0
        for name in names:
            total = len(name) + len(header)
            if 2 * min(len(name), len(header)) / total < MATCH_THRESHOLD:
                continue
            if 2 * (len(name) - len(name.translate(absent))) / total < MATCH_THRESHOLD:
                continue
            matcher.set_seq1(name)
            if matcher.quick_ratio() < MATCH_THRESHOLD:
                continue
            best = max(best, matcher.ratio())
        if best >= MATCH_THRESHOLD:
            found[target] = best
    return tuple(sorted(found.items(), key=lambda kv: -kv[1]))


@dataclass(frozen=True)
class ColumnGuess:
    column: int  # 0-based
    header: str  # as shown in the sheet (joined over header rows)
    target: str | None
    score: float


def guess_mapping(headers: Sequence[str]) -> list[ColumnGuess]:
    """One target per column at most and one column per target, best matches first."""
    normalised = [normalise_header(h) for h in headers]
    pairs: list[tuple[float, int, str]] = []
    for column, header in enumerate(normalised):
        for target, score in candidate_targets(header):
            pairs.append((score, column, target))
    pairs.sort(key=lambda p: (-p[0], p[1]))
    chosen: dict[int, tuple[str, float]] = {}
    used: set[str] = set()
    for score, column, target in pairs:
        if column in chosen or target in used:
            continue
        chosen[column] = (target, score)
        used.add(target)
    return [
        ColumnGuess(i, str(h or ""), *(chosen.get(i) or (None, 0.0))) for i, h in enumerate(headers)
    ]


def header_set_key(headers: Sequence[str]) -> str:
    normalised = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


class MappingMemory:
    """Confirmed mappings per header set, in a JSON file of the user data folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / MAPPINGS_FILE

    def _load(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError, OSError):
            return {}
        return data if isinstance(data, dict) else {}

    def recall(self, headers: Sequence[str]) -> dict[int, str] | None:
        entry = self._load().get(header_set_key(headers))
        if not isinstance(entry, dict) or not isinstance(entry.get("mapping"), dict):
            return None
        known = set(all_targets())
        mapping = entry["mapping"]
        assert isinstance(mapping, dict)
        return {
            int(column): str(target)
            for column, target in mapping.items()
            if str(column).isdigit() and target in known and int(column) < len(headers)
        }

    def remember(self, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
        data = self._load()
        data[header_set_key(headers)] = {
            "headers": [str(h) for h in headers],
            "mapping": {str(c): t for c, t in sorted(mapping.items())},
            "used_at": datetime.now(UTC).isoformat(),
        }
        if len(data) > MAX_REMEMBERED:  # forget the least recently used layouts
            ordered = sorted(data.items(), key=lambda kv: str(kv[1].get("used_at", "")))
            data = dict(ordered[-MAX_REMEMBERED:])
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.path)
