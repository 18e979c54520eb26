"""The shipped administrative-units reference data (resources/data/admin_units.json)."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from typing import Any

import pytest

from surplus_assets.paths import resource_path

Unit = list[Any]
ID_PATTERN = {
    ("2025", "province"): r"2025:P\d{2}",
    ("2025", "commune"): r"2025:C\d{5}",
    ("pre2025", "province"): r"pre2025:P\d{2}",
    ("pre2025", "district"): r"pre2025:D\d{3}",
    ("pre2025", "commune"): r"pre2025:C\d{5}",
}
ID, ERA, LEVEL, CODE, NAME, SHORT, TYPE, PARENT, PROVINCE, ABOLISHED = range(10)


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    with resource_path("data/admin_units.json").open(encoding="utf-8") as f:
        loaded: dict[str, Any] = json.load(f)
    return loaded


@pytest.fixture(scope="module")
def units(data: dict[str, Any]) -> dict[str, Unit]:
    return {row[ID]: row for row in data["units"]}


@pytest.fixture(scope="module")
def successors(data: dict[str, Any]) -> dict[str, dict[str, bool]]:
    out: dict[str, dict[str, bool]] = defaultdict(dict)
    for _event, old, new, default in data["successions"]:
        out[old][new] = default
    return out


def count(units: dict[str, Unit], era: str, level: str) -> int:
    return sum(1 for u in units.values() if u[ERA] == era and u[LEVEL] == level)


def test_header_names_source_version_and_event(data: dict[str, Any]) -> None:
    assert data["format"] == 1
    assert data["data_version"] == "vietnamadminunits-1.0.4"
    assert data["source"]["licence"] == "MIT"
    assert [e["effective_date"] for e in data["events"]] == ["2025-07-01"]
    assert resource_path("data/LICENSE-vietnamadminunits.txt").read_text().startswith("MIT")


def test_counts_before_and_after_2025(units: dict[str, Unit]) -> None:
    assert count(units, "2025", "province") == 34
    assert count(units, "2025", "commune") == 3321
    assert count(units, "pre2025", "province") == 63
    assert count(units, "pre2025", "district") == 696
    # The source's 10,040 legacy rows include 5 island districts that had no communes.
    assert count(units, "pre2025", "commune") == 10035
    assert len(units) == 34 + 3321 + 63 + 696 + 10035


def test_ids_follow_the_scheme_and_are_sorted(data: dict[str, Any]) -> None:
    ids = [row[ID] for row in data["units"]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for row in data["units"]:
        assert len(row) == 10
        assert re.fullmatch(ID_PATTERN[row[ERA], row[LEVEL]], row[ID]), row
        assert row[ID].endswith(row[CODE])
        assert row[ABOLISHED] == ("2025-07-01" if row[ERA] == "pre2025" else None)


def test_parents_and_provinces_exist_at_the_right_level(units: dict[str, Unit]) -> None:
    parent_level = {"province": None, "district": "province", "commune": "district"}
    for row in units.values():
        province = units[row[PROVINCE]]
        assert province[LEVEL] == "province" and province[ERA] == row[ERA]
        if row[LEVEL] == "province":
            assert row[PARENT] is None and row[PROVINCE] == row[ID]
            continue
        parent = units[row[PARENT]]
        expected = "province" if row[ERA] == "2025" else parent_level[row[LEVEL]]
        assert parent[LEVEL] == expected and parent[ERA] == row[ERA], row
        assert parent[PROVINCE] == row[PROVINCE]


def test_every_legacy_unit_has_exactly_one_default_successor(
    data: dict[str, Any], units: dict[str, Unit], successors: dict[str, dict[str, bool]]
) -> None:
    for event, old, new, _default in data["successions"]:
        assert event == "2025-07-01"
        assert units[old][ERA] == "pre2025" and units[new][ERA] == "2025"
    legacy = [u for u in units.values() if u[ERA] == "pre2025"]
    assert all(list(successors[u[ID]].values()).count(True) == 1 for u in legacy)
    for u in legacy:
        if u[LEVEL] != "district":  # provinces and communes go to their own level
            assert {units[n][LEVEL] for n in successors[u[ID]]} == {u[LEVEL]}
    has_predecessor = {new for _e, _o, new, _d in data["successions"]}
    assert all(uid in has_predecessor for uid, u in units.items() if u[ERA] == "2025")


def test_divided_communes_have_several_successors(
    units: dict[str, Unit], successors: dict[str, dict[str, bool]]
) -> None:
    divided = [old for old, new in successors.items() if old.startswith("pre2025:C") and
               len(new) > 1]  # fmt: skip
    assert len(divided) == 471
    # Phường Ngọc Khánh (Ba Đình) was shared between Giảng Võ (main part), Ngọc Hà and Láng.
    ngoc_khanh = successors["pre2025:C00025"]
    assert units["pre2025:C00025"][NAME] == "Phường Ngọc Khánh"
    assert {units[n][NAME]: d for n, d in ngoc_khanh.items()} == {
        "Phường Giảng Võ": True, "Phường Ngọc Hà": False, "Phường Láng": False,
    }  # fmt: skip
    # Undivided: Phường Phúc Xá went wholly into Phường Hồng Hà.
    assert successors["pre2025:C00001"] == {"2025:C00097": True}


def test_known_provinces_and_districts(
    units: dict[str, Unit], successors: dict[str, dict[str, bool]]
) -> None:
    assert units["2025:P01"][NAME : TYPE + 1] == ["Thành phố Hà Nội", "Hà Nội", "Thành phố"]
    assert units["pre2025:P17"][NAME] == "Tỉnh Hòa Bình"
    assert successors["pre2025:P17"] == {"2025:P25": True}  # Hòa Bình merged into Phú Thọ
    assert units["2025:P25"][NAME] == "Tỉnh Phú Thọ"
    hoa_binh = [u for u in units.values() if u[SHORT] == "Hòa Bình" and u[ERA] == "2025"]
    assert len(hoa_binh) >= 5 and {u[TYPE] for u in hoa_binh} == {"Phường", "Xã"}
    # Quận Ba Đình's communes all stayed in Hà Nội.
    assert successors["pre2025:D001"] == {"2025:P01": True}
    # Côn Đảo had no communes and became a special zone of Hồ Chí Minh City.
    assert units["pre2025:D755"][NAME] == "Huyện Côn Đảo"
    assert successors["pre2025:D755"] == {"2025:C26732": True, "2025:P79": False}
    assert units["2025:C26732"][NAME : TYPE + 1] == ["Đặc khu Côn Đảo", "Côn Đảo", "Đặc khu"]


def test_names_are_nfc_and_start_with_their_type_word(units: dict[str, Unit]) -> None:
    types = {"Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Thị trấn", "Phường", "Xã",
             "Đặc khu"}  # fmt: skip
    for row in units.values():
        for text in row[NAME : TYPE + 1]:
            assert unicodedata.normalize("NFC", text) == text and text == text.strip()
        assert row[TYPE] in types and row[NAME].startswith(row[TYPE] + " "), row
        assert row[NAME].endswith(row[SHORT]) and "(" not in row[SHORT], row
