"""Administrative units: reference data loading, lookup and legacy → current conversion.

The units (about 13,400 rows) are small enough to keep in memory once per process; lookups
and conversions then cost no query. The database copy exists for foreign keys and joins.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, insert, select, update

from surplus_assets.db.database import Database
from surplus_assets.db.models import AdminUnit, MergerEvent, Setting, UnitSuccession, table_of
from surplus_assets.domain.text import collation_key, fold, search_terms
from surplus_assets.paths import resource_path

CURRENT_ERA = "2025"
REFERENCE_VERSION_KEY = "reference_data_version"
_VERSION_FIELD = re.compile(r'"data_version"\s*:\s*"([^"]+)"')


class Unit(NamedTuple):
    """An administrative unit (a tuple: the registry builds ~14,000 of them at each start,
    three times faster than frozen dataclasses)."""

    id: str
    era: str
    level: str
    code: str
    name: str
    short_name: str
    unit_type: str
    parent_id: str | None
    province_id: str | None
    abolished_by: str | None
    name_folded: str = ""
    sort_key: str = ""

    @property
    def is_current(self) -> bool:
        return self.abolished_by is None


@dataclass(frozen=True)
class Merger:
    """A reorganisation event: when it took effect and under which legal basis."""

    id: str
    name: str
    effective_date: date
    legal_basis: str


@dataclass(frozen=True)
class Successor:
    unit: Unit
    is_default: bool


def load_reference_file() -> dict[str, Any]:
    path = resource_path("data/admin_units.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def shipped_data_version() -> str:
    """The shipped file's data_version, read from its header without parsing 2 MB of JSON
    (tools/build_units.py writes the header first)."""
    with resource_path("data/admin_units.json").open(encoding="utf-8") as stream:
        match = _VERSION_FIELD.search(stream.read(4096))
    if match is None:
        return str(load_reference_file()["data_version"])
    return match.group(1)


def ensure_reference_data(db: Database) -> bool:
    """Load or refresh the shipped units into the database; True if anything was written.

    Costs one query when the database already holds the shipped version.
    """
    with db.read() as session:
        stored = session.get(Setting, REFERENCE_VERSION_KEY)
        stored_version = stored.value if stored else None
    if stored_version == shipped_data_version():
        return False
    data = load_reference_file()
    unit_rows = [
        {
            "id": u[0], "era": u[1], "level": u[2], "code": u[3], "name": u[4],
            "short_name": u[5], "unit_type": u[6], "parent_id": u[7], "province_id": u[8],
            "abolished_by": u[9], "name_folded": fold(u[4]), "name_sort": collation_key(u[5]),
        }
        for u in data["units"]
    ]  # fmt: skip
    with db.write() as session:
        existing = set(session.scalars(select(AdminUnit.id)))
        known_events = set(session.scalars(select(MergerEvent.id)))
        for event in data["events"]:
            if event["id"] not in known_events:
                session.execute(insert(MergerEvent), [{
                    "id": event["id"], "name": event["name"],
                    "effective_date": _date(event["effective_date"]),
                    "legal_basis": event["legal_basis"],
                }])  # fmt: skip
        # Parents first: rows are inserted in level order so foreign keys always resolve.
        order = {"province": 0, "district": 1, "commune": 2}
        new_rows = sorted(
            (r for r in unit_rows if r["id"] not in existing), key=lambda r: order[r["level"]]
        )
        if new_rows:
            session.execute(insert(AdminUnit), new_rows)
        changed = [r for r in unit_rows if r["id"] in existing]
        if changed:
            session.execute(
                update(table_of(AdminUnit)).where(AdminUnit.id == bindparam("b_id")),
                [{**r, "b_id": r["id"]} for r in changed],
            )
        session.execute(delete(UnitSuccession))
        session.execute(insert(UnitSuccession), [
            {"event_id": s[0], "from_unit_id": s[1], "to_unit_id": s[2], "is_default": s[3]}
            for s in data["successions"]
        ])  # fmt: skip
        session.merge(Setting(key=REFERENCE_VERSION_KEY, value=data["data_version"]))
    return True


def _date(text: str) -> date:
    return date.fromisoformat(text)


class UnitRegistry:
    """In-memory view of all units and successions of one database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _read_units(self, *where: Any) -> list[Unit]:
        # Core rows, not ORM objects: all ~14,000 take ~0.1 s, once per process.
        units_table = table_of(AdminUnit)
        with self.db.read() as session:
            return [Unit(*row) for row in session.execute(select(
                units_table.c.id, units_table.c.era, units_table.c.level, units_table.c.code,
                units_table.c.name, units_table.c.short_name, units_table.c.unit_type,
                units_table.c.parent_id, units_table.c.province_id, units_table.c.abolished_by,
                units_table.c.name_folded, units_table.c.name_sort,
            ).where(*where))]  # fmt: skip

    @property
    def loaded(self) -> bool:
        """Whether every unit is in memory (the first use of most methods reads them)."""
        return "_data" in self.__dict__

    @cached_property
    def _data(self) -> tuple[dict[str, Unit], dict[str, list[Successor]], dict[str, list[str]]]:
        links_table = table_of(UnitSuccession)
        units = {unit.id: unit for unit in self._read_units()}
        with self.db.read() as session:
            links = session.execute(
                select(links_table.c.from_unit_id, links_table.c.to_unit_id,
                       links_table.c.is_default)
            ).all()  # fmt: skip
        successors: dict[str, list[Successor]] = defaultdict(list)
        predecessors: dict[str, list[str]] = defaultdict(list)
        for from_id, to_id, is_default in links:
            successors[from_id].append(Successor(units[to_id], bool(is_default)))
            predecessors[to_id].append(from_id)
        for items in successors.values():
            items.sort(key=lambda s: (not s.is_default, s.unit.sort_key))
        return units, dict(successors), dict(predecessors)

    @property
    def units(self) -> dict[str, Unit]:
        return self._data[0]

    @cached_property
    def _mergers(self) -> dict[str, Merger]:
        events = table_of(MergerEvent)
        with self.db.read() as session:
            rows = session.execute(select(events.c.id, events.c.name, events.c.effective_date,
                                          events.c.legal_basis))  # fmt: skip
            return {row[0]: Merger(*row) for row in rows}

    def merger(self, event_id: str | None) -> Merger | None:
        """The reorganisation event `event_id` (a unit's abolished_by), or None."""
        return self._mergers.get(event_id) if event_id else None

    def get(self, unit_id: str) -> Unit | None:
        return self.units.get(unit_id)

    def successors(self, unit_id: str) -> list[Successor]:
        return self._data[1].get(unit_id, [])

    def predecessors(self, unit_id: str) -> list[Unit]:
        return [self.units[i] for i in self._data[2].get(unit_id, [])]

    def children(self, unit_id: str) -> list[Unit]:
        found = [u for u in self.units.values() if u.parent_id == unit_id]
        return sorted(found, key=lambda u: u.sort_key)

    def provinces(self, *, current: bool = True) -> list[Unit]:
        if self.loaded:
            found = [
                u for u in self.units.values()
                if u.level == "province" and u.is_current == current
            ]  # fmt: skip
        else:  # the asset list's filter at start-up: these few rows, not the whole registry
            columns = table_of(AdminUnit).c
            era = columns.abolished_by.is_(None) if current else columns.abolished_by.isnot(None)
            found = self._read_units(columns.level == "province", era)
        return sorted(found, key=lambda u: u.sort_key)

    def count(self, level: str, *, current: bool = True) -> int:
        return sum(1 for u in self.units.values() if u.level == level and u.is_current == current)

    def find(
        self,
        query: str,
        *,
        current: bool | None = None,
        levels: tuple[str, ...] = (),
        within: str | None = None,
        limit: int | None = 50,
    ) -> list[Unit]:
        """Units whose name or official code matches, ignoring case and diacritics.

        Every word of the query must appear in the unit's name ("hoa binh" finds "Xã Hòa
        Bình"); a query of digits matches official codes exactly. Whole-name matches come
        first, then current units, then by Vietnamese alphabetical order.
        """
        terms = search_terms(query)
        if not terms:
            return []
        is_code = len(terms) == 1 and terms[0].isdigit()
        folded_query = " ".join(terms)
        hits: list[tuple[tuple[int, int, str], Unit]] = []
        for unit in self.units.values():
            if current is not None and unit.is_current != current:
                continue
            if levels and unit.level not in levels:
                continue
            if within and unit.province_id != within and unit.id != within:
                continue
            if is_code:
                if terms[0].zfill(len(unit.code)) != unit.code:  # "97" finds commune 00097
                    continue
                rank = 0
            else:
                full = unit.name_folded
                if not all(term in full for term in terms):
                    continue
                rank = 0 if full == folded_query or full.endswith(" " + folded_query) else 1
            hits.append(((rank, 0 if unit.is_current else 1, unit.sort_key), unit))
        hits.sort(key=lambda item: item[0])
        found = [unit for _, unit in hits]
        return found[:limit] if limit else found

    def current_for(self, legacy_unit_id: str) -> list[Successor]:
        """The current unit(s) that received a legacy unit, following every later event."""
        result: list[Successor] = []
        frontier = [Successor(self.units[legacy_unit_id], True)]
        seen: set[str] = set()
        while frontier:
            item = frontier.pop(0)
            if item.unit.id in seen:
                continue
            seen.add(item.unit.id)
            if item.unit.is_current:
                result.append(item)
                continue
            for nxt in self.successors(item.unit.id):
                frontier.append(Successor(nxt.unit, item.is_default and nxt.is_default))
        return result

    def labels(self, unit_ids: Iterable[str]) -> dict[str, str]:
        """label() of each of `unit_ids` known: from memory once the registry is read, before
        that in one query (the asset list's rows at start-up: decision 0005). Units have at
        most two levels above them (commune, district, province)."""
        wanted = set(unit_ids)
        if self.loaded or not wanted:
            return {unit_id: self.label(unit_id) for unit_id in wanted if unit_id in self.units}
        unit, parent, grandparent = (table_of(AdminUnit).alias(name) for name in ("u", "p", "g"))
        statement = select(unit.c.id, unit.c.name, parent.c.name, grandparent.c.name).select_from(
            unit.outerjoin(parent, parent.c.id == unit.c.parent_id)
            .outerjoin(grandparent, grandparent.c.id == parent.c.parent_id)
        ).where(unit.c.id.in_(wanted))  # fmt: skip
        with self.db.read() as session:
            return {row[0]: ", ".join(name for name in row[1:] if name)
                    for row in session.execute(statement)}  # fmt: skip

    def label(self, unit_id: str | None, *, with_parent: bool = True) -> str:
        """ "Phường Hồng Hà, Thành phố Hà Nội" (legacy: with district and province)."""
        if unit_id is None:
            return ""
        unit = self.units.get(unit_id)
        if unit is None:
            return unit_id
        if not with_parent:
            return unit.name
        parts = [unit.name]
        parent = self.units.get(unit.parent_id) if unit.parent_id else None
        while parent is not None:
            parts.append(parent.name)
            parent = self.units.get(parent.parent_id) if parent.parent_id else None
        return ", ".join(parts)
