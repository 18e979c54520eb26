"""The command line as a user runs it: output, JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from surplus_assets.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def db(database_url: str) -> str:
    return database_url


def test_init_reports_the_reorganised_units(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0
    assert "34 tỉnh, thành phố, 3321 xã, phường, đặc khu" in out


def test_units_find_without_diacritics(capsys: pytest.CaptureFixture[str], db: str) -> None:
    found = run_json(capsys, "--db", db, "units", "find", "hoa binh", "--current")
    assert found and all(u["name"].endswith("Hòa Bình") for u in found[:5])
    assert {u["province"] for u in found[:5]} >= {"Tỉnh Phú Thọ", "Thành phố Hải Phòng"}
    code, _, _ = run(capsys, "--db", db, "units", "find", "khong ton tai xyz")
    assert code == 1


def test_units_convert_lists_every_receiving_commune(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    [result] = run_json(capsys, "--db", db, "units", "convert", "pre2025:C00025")
    assert result["divided"] is True
    assert [c["name"] for c in result["current"] if c["default"]] == ["Phường Giảng Võ"]
    assert len(result["current"]) == 3
    code, out, _ = run(capsys, "--db", db, "units", "convert", "Phúc Xá")
    assert code == 0 and "→ Phường Hồng Hà" in out


def test_demo_then_list_shows_all_four_kinds(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "demo", "--assets", "1000", "--seed", "1")
    assert code == 0 and "1000" in out
    assets = run_json(capsys, "--db", db, "assets", "list")
    assert len(assets) == 1000
    assert {a["kind"] for a in assets} == {"land", "housing", "car", "equipment"}
    assert all(a["current_unit"] and a["legacy_unit"] for a in assets)
    code, _, err = run(capsys, "--db", db, "demo", "--assets", "10")
    assert code == 1 and "dữ liệu mẫu" in err


def test_each_demo_asset_has_its_creation_in_its_history(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert run(capsys, "--db", db, "demo", "--assets", "60", "--seed", "4")[0] == 0
    listed = run_json(capsys, "--db", db, "assets", "list", "--sort", "code")
    one_of_each_kind = {row["kind"]: row["code"] for row in listed}
    assert len(one_of_each_kind) == 4
    for code in one_of_each_kind.values():
        shown = run_json(capsys, "--db", db, "assets", "show", code)
        [created] = shown["history"]
        assert created["action"] == "create" and created["comment"] == "Dữ liệu mẫu"
        assert created["actor_name"] == "Hệ thống"  # the application, named in Vietnamese
        after = created["after"]
        assert (after["code"], after["name"]) == (code, shown["name"])
        assert len(after["buildings"]) == len(shown["buildings"])
    code, out, err = run(capsys, "--db", db, "audit", "verify")
    assert code == 0, err
    assert "61" in out  # 60 creations and the load itself, in one unbroken chain


def test_demo_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        assert run(capsys, "--db", url, "demo", "--assets", "300", "--seed", "7")[0] == 0
        dumps.append(run_json(capsys, "--db", url, "assets", "list", "--sort", "code"))
    assert dumps[0] == dumps[1]
    other = f"sqlite:///{tmp_path / 'c'}.sqlite3"
    run(capsys, "--db", other, "demo", "--assets", "300", "--seed", "8")
    assert run_json(capsys, "--db", other, "assets", "list", "--sort", "code") != dumps[0]


def test_assets_add_show_and_refusals(capsys: pytest.CaptureFixture[str], db: str) -> None:
    added = run_json(
        capsys, "--db", db, "assets", "add", "--kind", "land", "--name", "Trụ sở xã cũ",
        "--legacy-unit", "pre2025:C00001", "--current-unit", "Phường Hồng Hà",
        "--address", "Số 1 Nghĩa Dũng", "--land-area", "1.500,75",
        "--building", "name=Nhà làm việc;floors=2;floor_area=600",
    )  # fmt: skip
    assert added["land_area"] == "1500.75" and added["current_unit_id"] == "2025:C00097"
    code, out, _ = run(capsys, "--db", db, "assets", "show", added["code"])
    assert code == 0 and "Trụ sở xã cũ" in out and "Nhà làm việc" in out and "create" in out

    code, out, err = run(
        capsys, "--db", db, "assets", "add", "--kind", "land", "--name", "X",
        "--current-unit", "2025:C00199", "--legacy-unit", "pre2025:C00001",
        "--address", "Y", "--land-area", "-3",
    )  # fmt: skip
    assert code == 1
    assert "land_area" in err and "Không được là số âm" in err
    assert "current_unit_id" in err and "Phường Hồng Hà" in err
    assert len(run_json(capsys, "--db", db, "assets", "list")) == 1


def test_english_messages_on_request(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, out, _ = run(capsys, "--lang", "en", "--db", db, "init")
    assert code == 0 and "34 provinces" in out


def test_demo_if_empty_only_fills_a_new_database(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    assert run(capsys, "--db", db, "demo", "--if-empty", "--assets", "20")[0] == 0
    assert len(run_json(capsys, "--db", db, "assets", "list")) == 20
    code, out, _ = run(capsys, "--db", db, "demo", "--if-empty", "--assets", "20")
    assert code == 0 and "đã được sử dụng" in out
    assert len(run_json(capsys, "--db", db, "assets", "list")) == 20
