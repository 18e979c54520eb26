"""Build resources/data/admin_units.json, the administrative-units reference data.

Source: the MIT-licensed PyPI package `vietnamadminunits` 1.0.4 (data/dataset.db: the 34
provinces and 3,321 communes in force since 2025-07-01 and the 63 provinces, 696 districts and
10,035 communes before; data/converter_2025.json: legacy province and commune -> new unit).
The package is a build-time input only: the application ships the generated JSON.

Rebuild (from the repository root):

    /work/venv/bin/pip install --no-deps vietnamadminunits==1.0.4
    /work/venv/bin/python tools/build_units.py            # writes the JSON and the licence
    /work/venv/bin/python tools/build_units.py --check    # exit 1 if the committed file is stale

`--source DIR` reads an unpacked wheel instead (DIR holds vietnamadminunits/ and its
.dist-info/). `--no-deps` because the package's runtime dependencies (shapely, geopy...) are not
needed: the data is located through importlib.metadata, which finds the installed files without
importing the package (importing it would pull those dependencies in).

Decisions on the source's quirks (each is counted and printed while building):
- The legacy table has 10,040 rows: 10,035 communes plus 5 island districts without communes
  (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo; ward columns empty). Those 5 become
  districts only; the converter's keys for them ("<province>_<district>_") give their
  successors (see below).
- The type word is taken from the name's prefix, not the type column, where they disagree
  (4 current communes, e.g. "Phường Việt Hòa" typed "Xã"): the name is what the resolutions
  publish. Prefixes written "Thị Trấn", "Thành Phố", "Thị Xã" get the usual capitalisation.
- short_name is the name without its type word, except numbered units ("Phường 1", "Quận 10"),
  whose short name is the full name as in the source; the source's disambiguating suffixes
  ("Yên Viên (Thị trấn)") are not carried over.
- District successors: the new province(s) that received the district's communes (by each
  commune's successors), the default being the one that received most. The 5 island districts
  without communes became special zones (đặc khu) directly, as the converter says: each has
  that đặc khu as its default successor and its province's successor as a second, non-default
  one (otherwise the 5 đặc khu would have no predecessor at all).
Any other inconsistency (unknown key, a commune mapped twice or not at all, a wrong count, not
exactly one default successor) stops the build with exit status 1.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "data"
OUT_JSON = OUT_DIR / "admin_units.json"
OUT_LICENCE = OUT_DIR / "LICENSE-vietnamadminunits.txt"

PACKAGE, VERSION = "vietnamadminunits", "1.0.4"
EVENT_ID = "2025-07-01"
EVENT = {
    "id": EVENT_ID,
    "effective_date": EVENT_ID,
    "name": "Sắp xếp đơn vị hành chính năm 2025",
    "legal_basis": "Nghị quyết số 202/2025/QH15 của Quốc hội; các nghị quyết của Ủy ban Thường"
    " vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025",
}
EXPECTED = {"2025 provinces": 34, "2025 communes": 3321, "pre2025 provinces": 63,
            "pre2025 source rows": 10040, "pre2025 communes": 10035}  # fmt: skip
# Longest first so that "Thành phố X" is not read as type "Thành".
UNIT_TYPES = sorted(["Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Thị trấn", "Phường",
                     "Xã", "Đặc khu"], key=len, reverse=True)  # fmt: skip

Row = list[Any]


class BuildError(Exception):
    """The source data is inconsistent; the message lists every problem found."""


@dataclass
class Build:
    units: dict[str, Row] = field(default_factory=dict)
    successions: set[tuple[str, str, str, bool]] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    notes: Counter[str] = field(default_factory=Counter)

    def add_unit(self, row: Row) -> None:
        old = self.units.setdefault(row[0], row)
        if old != row:
            self.problems.append(f"unit {row[0]} read twice with different data: {old} / {row}")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def split_name(name: str, source_type: str | None, build: Build) -> tuple[str, str, str]:
    """(name, short_name, unit_type) with the type word read from the name's prefix."""
    name = nfc(name)
    for unit_type in UNIT_TYPES:
        if name.casefold().startswith(unit_type.casefold() + " "):
            if not name.startswith(unit_type + " "):
                build.notes["type word capitalised in name"] += 1
                name = unit_type + name[len(unit_type) :]
            if source_type is not None and nfc(source_type) != unit_type:
                build.notes["type column disagrees with name (name kept)"] += 1
                print(f"  type column says {source_type!r}, name {name!r}: {unit_type!r} kept")
            rest = name[len(unit_type) + 1 :]
            return name, (name if rest.isdigit() else rest), unit_type
    raise BuildError(f"no known type word at the start of {name!r}")


def locate_source(source_dir: Path | None) -> metadata.Distribution:
    """The vietnamadminunits distribution, installed or unpacked in source_dir."""
    if source_dir is None:
        dist = metadata.distribution(PACKAGE)
    else:
        found = list(metadata.distributions(name=PACKAGE, path=[str(source_dir)]))
        if not found:
            raise BuildError(f"no {PACKAGE} .dist-info in {source_dir}")
        dist = found[0]
    if dist.version != VERSION:
        raise BuildError(f"{PACKAGE} {dist.version} found, {VERSION} expected: "
                         f"pip install --no-deps {PACKAGE}=={VERSION}")  # fmt: skip
    return dist


def source_file(dist: metadata.Distribution, relative: str) -> Path:
    path = Path(str(dist.locate_file(relative)))
    if not path.is_file():
        raise BuildError(f"{relative} missing from {PACKAGE} at {path}")
    return path


def read_rows(db: Path, table: str) -> list[sqlite3.Row]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        return list(conn.execute(f"SELECT * FROM {table}"))  # fixed table names


def province_unit(era: str, row: sqlite3.Row, build: Build) -> str:
    pid = f"{era}:P{row['provinceCode']}"
    name, short, unit_type = split_name(row["province"], None, build)
    abolished = EVENT_ID if era == "pre2025" else None
    build.add_unit([pid, era, "province", row["provinceCode"], name, short, unit_type, None, pid,
                    abolished])  # fmt: skip
    return pid


@dataclass
class Current:
    communes: dict[tuple[str, str], str] = field(default_factory=dict)  # (pkey, wkey) -> id
    provinces: dict[str, str] = field(default_factory=dict)  # provinceKey -> province id


def read_current(rows: list[sqlite3.Row], build: Build) -> Current:
    """Add the 2025 units and index them by the converter's keys."""
    current = Current()
    for row in rows:
        pid = province_unit("2025", row, build)
        current.provinces[row["provinceKey"]] = pid
        cid = f"2025:C{row['wardCode']}"
        name, short, unit_type = split_name(row["ward"], row["wardType"], build)
        build.add_unit([cid, "2025", "commune", row["wardCode"], name, short, unit_type, pid, pid,
                        None])  # fmt: skip
        key = (row["provinceKey"], row["wardKey"])
        if current.communes.setdefault(key, cid) != cid:
            build.problems.append(f"2025 commune key {key} is not unique")
    return current


@dataclass
class Legacy:
    communes: dict[str, str] = field(default_factory=dict)  # converter key -> commune id
    empty_districts: dict[str, str] = field(default_factory=dict)  # converter key -> district
    province_of_key: dict[str, str] = field(default_factory=dict)  # provinceKey -> province id
    district_of: dict[str, str] = field(default_factory=dict)  # commune id -> district id


def read_legacy(rows: list[sqlite3.Row], build: Build) -> Legacy:
    legacy = Legacy()
    for row in rows:
        pid = province_unit("pre2025", row, build)
        legacy.province_of_key[row["provinceKey"]] = pid
        did = f"pre2025:D{row['districtCode']}"
        name, short, unit_type = split_name(row["district"], row["districtType"], build)
        build.add_unit([did, "pre2025", "district", row["districtCode"], name, short, unit_type,
                        pid, pid, EVENT_ID])  # fmt: skip
        key = f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey'] or ''}"
        if row["wardCode"] is None:
            legacy.empty_districts[key] = did
            print(f"  legacy district without communes: {name} ({did})")
            continue
        cid = f"pre2025:C{row['wardCode']}"
        name, short, unit_type = split_name(row["ward"], row["wardType"], build)
        build.add_unit([cid, "pre2025", "commune", row["wardCode"], name, short, unit_type, did,
                        pid, EVENT_ID])  # fmt: skip
        if legacy.communes.setdefault(key, cid) != cid:
            build.problems.append(f"legacy commune key {key} is not unique")
        legacy.district_of[cid] = did
    return legacy


def read_successions(converter: dict[str, Any], current: Current,
                     legacy: Legacy, build: Build) -> None:  # fmt: skip
    """Province and commune successions from converter_2025.json, checked on the way."""
    new_province_of_old: dict[str, str] = {}
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        new_id = current.provinces.get(new_key)
        if new_id is None:
            raise BuildError(f"DICT_PROVINCE names unknown 2025 province {new_key}")
        for old_key in old_keys:
            if old_key not in legacy.province_of_key or old_key in new_province_of_old:
                build.problems.append(f"DICT_PROVINCE: legacy province {old_key} unknown or twice")
                continue
            new_province_of_old[old_key] = new_id
            build.successions.add((EVENT_ID, legacy.province_of_key[old_key], new_id, True))
    for old_key in legacy.province_of_key.keys() - new_province_of_old.keys():
        build.problems.append(f"legacy province {old_key} has no successor in DICT_PROVINCE")

    targets: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # old converter key -> new
    for pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, old_keys in wards.items():
            for old_key in old_keys:
                targets[old_key].append((_new_commune(current, pkey, ward_key), True))
    divided = 0
    for pkey, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, news in olds.items():
            divided += old_key not in targets
            for new in news:
                new_id = _new_commune(current, pkey, new["newWardKey"])
                targets[old_key].append((new_id, bool(new["isDefaultNewWard"])))
    build.notes["divided legacy communes (2+ successors)"] = divided

    for old_key, news in sorted(targets.items()):
        if old_key in legacy.empty_districts:
            # An island district that became a special zone (đặc khu) directly.
            if len(news) != 1 or not news[0][1]:
                build.problems.append(f"commune-less district {old_key}: successors {news}")
            build.successions.add((EVENT_ID, legacy.empty_districts[old_key], news[0][0], True))
            continue
        old_id = legacy.communes.get(old_key)
        if old_id is None:
            build.problems.append(f"converter names unknown legacy commune {old_key}")
            continue
        if len({n for n, _ in news}) != len(news) or sum(d for _, d in news) != 1:
            build.problems.append(f"{old_id} ({old_key}): successors {news} are repeated or do "
                                  "not have exactly one default")  # fmt: skip
        province_successor = new_province_of_old.get(old_key.split("_")[0])
        for new_id, default in news:
            if build.units[new_id][8] != province_successor:
                build.problems.append(f"{old_id} -> {new_id} is outside {province_successor}, "
                                      "its province's successor")  # fmt: skip
            build.successions.add((EVENT_ID, old_id, new_id, default))
    for old_key in sorted(legacy.communes.keys() - targets.keys()):
        build.problems.append(f"legacy commune {old_key} is missing from the converter")
    build.notes["commune-less districts absent from the converter"] = len(
        legacy.empty_districts.keys() - targets.keys()
    )
    _district_successions(legacy, new_province_of_old, build)


def _new_commune(current: Current, pkey: str, ward_key: str) -> str:
    cid = current.communes.get((pkey, ward_key))
    if cid is None:
        raise BuildError(f"converter names unknown 2025 commune {pkey}/{ward_key}")
    return cid


def _district_successions(legacy: Legacy, new_province_of_old: dict[str, str],
                          build: Build) -> None:  # fmt: skip
    received: dict[str, Counter[str]] = defaultdict(Counter)  # district -> new province: communes
    commune_successors: dict[str, set[str]] = defaultdict(set)
    for _, old_id, new_id, _ in build.successions:
        if old_id in legacy.district_of:
            commune_successors[old_id].add(build.units[new_id][8])
    for commune_id, provinces in commune_successors.items():
        received[legacy.district_of[commune_id]].update(provinces)
    old_province_key = {pid: key for key, pid in legacy.province_of_key.items()}
    special_zone_of = {old for _, old, new, _ in build.successions if old in build.units
                       and build.units[old][2] == "district"}  # fmt: skip
    for did in sorted(u for u, row in build.units.items() if row[2] == "district"):
        follow = new_province_of_old[old_province_key[build.units[did][8]]]
        counts = received.get(did) or Counter({follow: 1})
        # Most communes first; on a tie the successor of the district's own province, then id.
        ranked = sorted(counts, key=lambda p: (-counts[p], p != follow, p))
        for new_pid in ranked:
            # A district that became a special zone keeps that zone as its default successor.
            default = new_pid == ranked[0] and did not in special_zone_of
            build.successions.add((EVENT_ID, did, new_pid, default))


def check(build: Build) -> None:
    """Counts, references and the one-default rule over the finished data."""
    count = Counter(f"{row[1]} {row[2]}s" for row in build.units.values())
    for label, expected in EXPECTED.items():
        if label.endswith("rows"):
            continue
        if count[label] != expected:
            build.problems.append(f"{label}: {count[label]}, expected {expected}")
    for row in build.units.values():
        for ref in (row[7], row[8]):
            if ref is not None and ref not in build.units:
                build.problems.append(f"{row[0]} refers to unknown unit {ref}")
        for text in row[4:7]:
            if unicodedata.normalize("NFC", text) != text:
                build.problems.append(f"{row[0]}: {text!r} is not NFC")
    defaults: Counter[str] = Counter()
    has_successor: set[str] = set()
    for _, old_id, new_id, default in build.successions:
        if build.units[old_id][1] != "pre2025" or build.units[new_id][1] != "2025":
            build.problems.append(f"succession {old_id} -> {new_id} does not go pre2025 -> 2025")
        defaults[old_id] += default
        has_successor.add(new_id)
    for uid, row in build.units.items():
        if row[1] == "pre2025" and defaults[uid] != 1:
            build.problems.append(f"{uid} has {defaults[uid]} default successors, expected 1")
        if row[1] == "2025" and uid not in has_successor:
            build.problems.append(f"2025 unit {uid} {row[4]} has no predecessor")
    build.notes.update({f"units: {k}": v for k, v in count.items()})
    build.notes["successions"] = len(build.successions)


def render(build: Build) -> str:
    """The JSON text: a readable header, then one unit or succession per line, sorted."""

    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    source = {"package": PACKAGE, "version": VERSION, "licence": "MIT",
              "url": f"https://pypi.org/project/{PACKAGE}/"}  # fmt: skip
    units = ",\n    ".join(line(build.units[uid]) for uid in sorted(build.units))
    successions = ",\n    ".join(line(list(s)) for s in sorted(build.successions))
    return (
        "{\n"
        '  "format": 1,\n'
        f'  "data_version": "{PACKAGE}-{VERSION}",\n'
        f'  "source": {json.dumps(source, ensure_ascii=False)},\n'
        f'  "events": [\n    {json.dumps(EVENT, ensure_ascii=False)}\n  ],\n'
        f'  "units": [\n    {units}\n  ],\n'
        f'  "successions": [\n    {successions}\n  ]\n'
        "}\n"
    )


def build_data(dist: metadata.Distribution) -> tuple[str, Build]:
    build = Build()
    db = source_file(dist, f"{PACKAGE}/data/dataset.db")
    current_rows = read_rows(db, "admin_units")
    legacy_rows = read_rows(db, "admin_units_legacy")
    if len(legacy_rows) != EXPECTED["pre2025 source rows"]:
        build.problems.append(f"admin_units_legacy has {len(legacy_rows)} rows, expected 10040")
    current = read_current(current_rows, build)
    legacy = read_legacy(legacy_rows, build)
    converter = json.loads(source_file(dist, f"{PACKAGE}/data/converter_2025.json").read_text())
    read_successions(converter, current, legacy, build)
    check(build)
    if build.problems:
        raise BuildError("\n".join(build.problems))
    return render(build), build


def licence_file(dist: metadata.Distribution) -> Path:
    for name in dist.files or []:
        if name.name.upper().startswith("LICENSE") and ".dist-info" in str(name):
            return Path(str(dist.locate_file(name)))
    raise BuildError(f"no LICENSE in the {PACKAGE} .dist-info")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, help="an unpacked wheel instead of the install")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    try:
        dist = locate_source(args.source)
        text, build = build_data(dist)
        licence = licence_file(dist).read_text(encoding="utf-8")
    except (BuildError, metadata.PackageNotFoundError) as exc:
        print(f"build_units: FAILED\n{exc}", file=sys.stderr)
        return 1
    for note, value in sorted(build.notes.items()):
        print(f"  {note}: {value}")
    if args.check:
        stale = [p.name for p, want in ((OUT_JSON, text), (OUT_LICENCE, licence))
                 if not p.is_file() or p.read_text(encoding="utf-8") != want]  # fmt: skip
        print(f"stale: {', '.join(stale)}" if stale else "up to date")
        return 1 if stale else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_JSON.write_text(text, encoding="utf-8", newline="\n")
    shutil.copyfile(licence_file(dist), OUT_LICENCE)
    print(f"wrote {OUT_JSON.relative_to(ROOT)} ({OUT_JSON.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
