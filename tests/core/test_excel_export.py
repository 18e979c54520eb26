"""Export, template and the command line: round trips change nothing; text never runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import python_calamine
from sqlalchemy import select

from surplus_assets.cli import main
from surplus_assets.db.models import Asset, AuditEvent
from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
from surplus_assets.exchange.xlsx_export import export_assets
from surplus_assets.exchange.xlsx_template import write_template
from surplus_assets.services import Services, open_services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import load_demo


def _assets(services: Services) -> list[tuple[Any, ...]]:
    with services.db.read() as session:
        return sorted(tuple(r) for r in session.execute(select(Asset.__table__)).all())


def test_round_trip_export_import_changes_nothing(services: Services, tmp_path: Path) -> None:
    load_demo(services.context, services.units, count=400, seed=3)
    services.catalogue.create({
        "name": "=HYPERLINK(\"http://x\")", "kind": "equipment", "quantity": 1,
        "current_unit_id": "2025:C00004", "notes": "+84 912\n-dòng hai", "serial_number": "@1",
    })  # fmt: skip
    before = _assets(services)
    path = tmp_path / "all.xlsx"
    assert export_assets(services, AssetQuery(), path) == 401
    job = SpreadsheetImport(services, path)
    job.open()
    report = job.validate()
    assert report.problems == []
    assert report.counts == {"add": 0, "update": 0, "unchanged": 401, "rejected": 0}
    summary = job.commit(report)
    assert (summary.unchanged, summary.updated, summary.added) == (401, 0, 0)
    assert _assets(services) == before


def test_export_writes_text_never_formulas_with_formats_and_totals(
    services: Services, tmp_path: Path
) -> None:
    for name in ("=1+2", "+SUM(A1)", "-2+3", "@cmd", "Bình thường"):
        services.catalogue.create({"name": name, "kind": "equipment", "quantity": 2,
                                   "cost_budget": "1.500.000", "remaining_value": 1000,
                                   "current_unit_id": "2025:C00004"})  # fmt: skip
    path = tmp_path / "x.xlsx"
    export_assets(services, AssetQuery(kinds=("equipment",)), path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "Máy móc, thiết bị"
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["Mã tài sản", "Tên tài sản *", "Loại tài sản *"]
    name_column = headers.index("Tên tài sản *") + 1
    cost_column = headers.index("Nguyên giá (nguồn ngân sách)") + 1
    names = {sheet.cell(r, name_column).value: sheet.cell(r, name_column)
             for r in range(2, sheet.max_row + 1)}  # fmt: skip
    for risky in ("=1+2", "+SUM(A1)", "-2+3", "@cmd"):
        assert names[risky].data_type == "s" and names[risky].quotePrefix
    total_row = sheet.max_row
    assert sheet.cell(total_row, name_column).value == "Tổng cộng"
    assert sheet.cell(total_row, cost_column).value == 7_500_000  # 5 × 1.500.000
    assert sheet.cell(2, cost_column).number_format == "#,##0"
    raw = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    assert "=1+2" in [row[name_column - 1] for row in raw.to_python()]


def test_template_has_lists_validation_and_imports_clean(services: Services, tmp_path: Path
                                                          ) -> None:  # fmt: skip
    path = tmp_path / "mau.xlsx"
    write_template(path, services.units, "2025:P01")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Hướng dẫn", "Danh mục", "Nhà, đất", "Nhà công vụ",
                               "Xe ô tô", "Máy móc, thiết bị"]  # fmt: skip
    cars = book["Xe ô tô"]
    assert cars.freeze_panes == "A2"
    assert "Biển kiểm soát *" in [c.value for c in cars[1]]
    formulas = {dv.formula1 for dv in cars.data_validations.dataValidation}
    assert any("'Danh mục'!$A$2" in f for f in formulas)  # asset kinds
    lists = book["Danh mục"]
    assert [lists.cell(r, 1).value for r in range(2, 6)] == [
        "Trụ sở làm việc, cơ sở nhà đất",
        "Nhà công vụ",
        "Xe ô tô",
        "Máy móc, thiết bị và tài sản khác",
    ]
    headers = [c.value for c in cars[1]]
    for header, value in (
        ("Tên tài sản *", "Xe Toyota"),
        ("Đơn vị hiện nay *", "Phường Ba Đình"),
        ("Nhãn hiệu, số loại *", "Toyota Innova"),
        ("Biển kiểm soát *", "29A-123.45"),
    ):
        cars.cell(2, headers.index(header) + 1, value)
    book.save(path)
    job = SpreadsheetImport(services, path)
    sheets = job.open()
    assert [s.name for s in sheets] == ["Nhà, đất", "Nhà công vụ", "Xe ô tô",
                                        "Máy móc, thiết bị"]  # fmt: skip
    report = job.validate()
    assert report.problems == [] and report.counts["add"] == 1
    job.commit(report)
    (row,) = services.catalogue.list_rows(AssetQuery())
    assert (row.kind, row.name, row.current_unit_id) == ("car", "Xe Toyota", "2025:C00004")


def test_cli_import_dry_run_json_errors_and_exit_codes(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
                    "Bàn,Thiết bị,Phường Ba Đình,1\nGhế,Thiết bị,Phường Ba Đình,không\n",
                    encoding="utf-8")  # fmt: skip
    errors = tmp_path / "loi.xlsx"
    code = main(["--db", database_url, "import", str(path), "--json", "--errors", str(errors)])
    assert code == 1
    result = json.loads(capsys.readouterr().out)
    assert (result["written"], result["added"], result["rejected"]) == (False, 1, 1)
    (problem,) = result["problems"]
    assert (problem["row"], problem["column"], problem["header"]) == (3, "D", "Số lượng")
    marked = openpyxl.load_workbook(errors)
    assert marked["Lỗi"]["F2"].value == problem["message"]
    assert marked["in"]["D2"].fill.start_color.rgb.endswith("FFC7CE")
    assert main(["--db", database_url, "import", str(path), "--skip-invalid"]) == 1
    assert "Đã nhập: 1 thêm mới" in capsys.readouterr().out
    assert main(["--db", database_url, "import", str(path), "--dry-run", "--json"]) == 1
    again = json.loads(capsys.readouterr().out)
    assert (again["added"], again["unchanged"], again["written"]) == (1, 0, False)
    out = tmp_path / "out.xlsx"
    assert main(["--db", database_url, "export", "--out", str(out), "--kind", "equipment"]) == 0
    assert "Đã xuất 1 tài sản" in capsys.readouterr().out
    template = tmp_path / "t.xlsx"
    assert main(["--db", database_url, "template", "--out", str(template)]) == 0
    assert template.stat().st_size > 10_000


def test_bulk_import_keeps_the_audit_chain(services: Services, tmp_path: Path) -> None:
    from surplus_assets.services.audit import iter_chain_problems

    services.catalogue.create({"name": "Trước", "kind": "equipment", "quantity": 1,
                               "current_unit_id": "2025:C00004"})  # fmt: skip
    path = tmp_path / "a.csv"
    path.write_text(
        "Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
        + "".join(f"Bàn {i},equipment,Phường Ba Đình,{i + 1}\n" for i in range(50)),
        encoding="utf-8",
    )
    job = SpreadsheetImport(services, path)
    job.open()
    job.commit(job.validate())
    services.catalogue.create({"name": "Sau", "kind": "equipment", "quantity": 1,
                               "current_unit_id": "2025:C00004"})  # fmt: skip
    with services.db.read() as session:
        assert list(iter_chain_problems(session)) == []
        actions = [e.action for e in session.scalars(
            select(AuditEvent).order_by(AuditEvent.origin_seq))]  # fmt: skip
    assert actions == ["create"] + ["create"] * 50 + ["import", "create"]


def test_imported_assets_are_stored_and_found_as_the_editor_stores_them(
    services: Services, sqlite_template: Path, tmp_path: Path
) -> None:
    """Export from one register, import into an empty one: every stored column (search text,
    sort key, money, areas, coordinates) equals what the editor wrote, and search finds it."""
    unit = "2025:C00004"
    services.catalogue.create({
        "name": "Trụ sở UBND xã Hòa Bình (cũ)", "kind": "land", "current_unit_id": unit,
        "legacy_unit_id": "pre2025:C00004", "address": "Số 1 phố Huế", "land_area": "1.234,5",
        "land_use_office": "1000,25", "latitude": "21.028511", "longitude": 105.85,
        "cost_budget": "1.500.000.000", "year_in_use": 1999, "notes": "dòng một\ndòng hai",
    })  # fmt: skip
    services.catalogue.create({
        "name": "Xe tải Hino", "kind": "car", "current_unit_id": unit, "car_brand": "Hino",
        "licence_plate": "29C-123.45", "load_tonnes": "2,5", "seats": 3,
        "condition": "damaged", "status": "reviewing",
    })  # fmt: skip
    services.catalogue.create({
        "name": "Máy tính Dell", "kind": "equipment", "current_unit_id": unit, "quantity": 12,
        "serial_number": "SN-1", "category": "Máy tính", "notes": "a\x07b",
    })  # fmt: skip
    path = tmp_path / "all.xlsx"
    export_assets(services, AssetQuery(), path)
    target_path = tmp_path / "target.sqlite3"
    target_path.write_bytes(sqlite_template.read_bytes())
    target = open_services(f"sqlite:///{target_path}")
    try:
        job = SpreadsheetImport(target, path)
        job.open()
        summary = job.commit(job.validate())
        assert (summary.added, summary.rejected) == (3, 0)
        bookkeeping = {"id", "created_at", "updated_at", "created_by", "updated_by",
                       "origin_id"}  # fmt: skip
        columns = [c for c in Asset.__table__.columns if c.name not in bookkeeping]

        def stored(opened: Services) -> list[tuple[Any, ...]]:
            with opened.db.read() as session:
                return sorted(tuple(r) for r in session.execute(select(*columns)).all())

        expected = stored(services)
        # XML cannot hold control characters: the export leaves them out.
        expected = [tuple("ab" if v == "a\x07b" else v for v in row) for row in expected]
        assert stored(target) == expected
        found = target.catalogue.search_ids(AssetQuery(text="hoa binh"))
        assert len(found) == 1
        assert len(target.catalogue.search_ids(AssetQuery(text="29C-123"))) == 1
    finally:
        target.close()
