"""Importing the sheets people really make: every quirk, every value that lands, every message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from surplus_assets.db.models import Asset
from surplus_assets.errors import ConcurrencyError
from surplus_assets.exchange.data_rows import data_rows
from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
from surplus_assets.services import Services
from surplus_assets.services.audit import iter_chain_problems

LEGACY = "pre2025:C00004"  # Phường Trúc Bạch (Ba Đình, Hà Nội), went whole into Ba Đình
CURRENT = "2025:C00004"  # Phường Ba Đình


def _messy_workbook(path: Path) -> None:
    """Title rows, a two-row header with merged cells, a numbering row, diacritic-free and
    English headers, an extra column, blank rows, numbers as text in both styles, dates, a
    heading row and a totals row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Thiết bị"
    sheet["A1"] = "DANH SÁCH TÀI SẢN DÔI DƯ SAU SẮP XẾP"
    sheet.merge_cells("A1:K1")
    sheet["A2"] = "(Kèm theo Công văn số 12/STC)"
    top = [
        "STT",
        "Ten tai san",
        "Xã cũ",
        "Huyện cũ",
        "So luong",
        "Nguyên giá",
        None,
        "Gia tri con lai",
        "Ngày đưa vào sử dụng",
        "Ghi chú nội bộ",
        "Condition",
    ]
    sub = [None, None, None, None, None, "Ngân sách", "Nguồn khác", None, None, None, None]
    sheet.append([])
    sheet.append(top)
    sheet.append(sub)
    sheet.merge_cells("F4:G4")
    for letter in "ABCDEHIJK":
        sheet.merge_cells(f"{letter}4:{letter}5")
    sheet.append([f"({i})" for i in range(1, 12)])
    sheet.append(["I.", "I. Máy móc văn phòng"])
    sheet.append(
        [
            1,
            "Máy tính Dell",
            "Phường Trúc Bạch",
            "Quận Ba Đình",
            "3",
            "12.000.000",
            "1,500,000",
            5000000,
            "15/03/2010",
            "kho 2",
            "Degraded",
        ]
    )
    sheet.append([])
    sheet.append(
        [
            2,
            "Máy chiếu Epson",
            "Trúc Bạch",
            "Ba Đình",
            2.0,
            24500000.0,
            None,
            "1 234 567",
            dt.datetime(2012, 6, 1),
            None,
            "tốt",
        ]
    )
    sheet.append(
        [
            3,
            "Máy in hỏng",
            "Trúc Bạch",
            "Ba Đình",
            "2,5",
            "12,5",
            "abc",
            -5,
            "31/02/2020",
            None,
            "xấu lắm",
        ]
    )
    sheet.append([4, "Tủ sắt", "Phường Trúc Bạc", "Ba Đình", 1, 1, 0, 0, None, None, None])
    sheet.append([None, "Tổng cộng", None, None, 6, 48500000, 1500000, 6234567])
    book.save(path)


def test_messy_sheet_lands_every_value_and_reports_every_bad_cell(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "messy.xlsx"
    _messy_workbook(path)
    job = SpreadsheetImport(services, path)
    (plan,) = job.open()
    assert plan.header_row_numbers == [4, 5]
    assert plan.sheet_kind == "equipment"
    targets = {plan.headers[c]: t for c, t in plan.mapping.items()}
    assert targets == {
        "STT": "row_number", "Ten tai san": "name", "Xã cũ": "legacy_unit_id",
        "Huyện cũ": "legacy_district", "So luong": "quantity",
        "Nguyên giá Ngân sách": "cost_budget", "Nguyên giá Nguồn khác": "cost_other",
        "Gia tri con lai": "remaining_value", "Ngày đưa vào sử dụng": "year_in_use",
        "Condition": "condition",
    }  # fmt: skip
    report = job.validate()
    assert report.counts == {"add": 2, "update": 0, "unchanged": 0, "rejected": 2}
    assert report.skipped_rows == 3  # the heading, the blank row and the totals row
    found = {(p.row, p.column): (p.value, p.message) for p in report.problems}
    assert found == {
        (11, "E"): ("2,5", "“2,5” không phải là số nguyên. Cách viết được chấp nhận: số nguyên "
                    "như 1200, 1.200 (kiểu Việt Nam) hoặc 1,200 (kiểu tiếng Anh)."),
        (11, "F"): ("12,5", "“12,5” có phần lẻ, nhưng số tiền VND phải là số đồng chẵn. Cách "
                    "viết được chấp nhận: 1.234.567 hoặc 1 234 567 (kiểu Việt Nam) và "
                    "1,234,567 (kiểu tiếng Anh), số đồng chẵn, có thể kèm ₫, đ hoặc VND ở "
                    "cuối."),
        (11, "G"): ("abc", "“abc” không phải là số. Cách viết được chấp nhận: 1.234.567 hoặc "
                    "1 234 567 (kiểu Việt Nam) và 1,234,567 (kiểu tiếng Anh), số đồng chẵn, "
                    "có thể kèm ₫, đ hoặc VND ở cuối."),
        (11, "H"): (-5.0, "Không được là số âm."),
        (11, "I"): ("31/02/2020", "“31/02/2020” không phải là ngày có thật: tháng 2 năm 2020 "
                    "không có ngày 31. Hãy viết ngày theo dạng ngày/tháng/năm với năm đủ bốn chữ "
                    "số, ví dụ 05/03/2026 (hoặc 5/3/2026, 05-03-2026, 05.03.2026, 2026-03-05)."),
        (11, "K"): ("xấu lắm", "Hãy chọn một trong: Tốt, Xuống cấp, Hư hỏng, Không sử dụng được."),
        (12, "C"): ("Phường Trúc Bạc", "Không có xã cũ “Phường Trúc Bạc”. Gần giống nhất: "
                    "Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội."),
    }  # fmt: skip
    assert all(p.sheet == "Thiết bị" for p in report.problems)
    with services.db.read() as session:
        assert session.scalars(select(Asset)).all() == []  # nothing written before commit

    summary = job.commit(report, skip_invalid=True)
    assert (summary.added, summary.rejected, summary.written) == (2, 2, True)
    with services.db.read() as session:
        rows = {a.name: a for a in session.scalars(select(Asset))}
    dell, epson = rows["Máy tính Dell"], rows["Máy chiếu Epson"]
    assert (dell.kind, dell.legacy_unit_id, dell.current_unit_id, dell.province_id) == (
        "equipment",
        LEGACY,
        CURRENT,
        "2025:P01",
    )
    assert (dell.quantity, dell.cost_budget, dell.cost_other, dell.remaining_value) == (
        3,
        12_000_000,
        1_500_000,
        5_000_000,
    )
    assert (dell.year_in_use, dell.condition, dell.notes, dell.status) == (
        2010,
        "degraded",
        None,
        "surplus",
    )
    assert (epson.quantity, epson.cost_budget, epson.cost_other, epson.remaining_value) == (
        2,
        24_500_000,
        0,
        1_234_567,
    )
    assert (epson.year_in_use, epson.condition) == (2012, "good")
    assert dell.code.startswith("TB-") and epson.code.startswith("TB-")
    history = services.catalogue.history(dell.id)
    assert [h.action for h in history] == ["create"]
    assert "messy.xlsx" in (history[0].comment or "")
    with services.db.read() as session:
        assert list(iter_chain_problems(session)) == []


def test_reimport_updates_by_code_and_counts(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "\ufeffMã tài sản;Tên tài sản;Loại tài sản;Đơn vị hiện tại;Số lượng;Nguyên giá\n"
        "TB-X-1;Bàn họp;Thiết bị;Phường Ba Đình;2;1.000.000\n"
        "TB-X-2;Ghế;equipment;2025:C00004;10;200000\n",
        encoding="utf-8",
    )
    first = SpreadsheetImport(services, path)
    first.open()
    summary = first.commit(first.validate())
    assert (summary.added, summary.updated, summary.unchanged) == (2, 0, 0)
    path.write_text(
        "Mã tài sản,Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng,Nguyên giá\n"
        "TB-X-1,Bàn họp,Thiết bị,Phường Ba Đình,3,1.000.000\n"
        "TB-X-2,Ghế,equipment,2025:C00004,10,200000\n"
        "TB-X-3,Tủ,equipment,Phường Ba Đình,1,\n",
        encoding="utf-8",
    )
    second = SpreadsheetImport(services, path)
    second.open()
    report = second.validate()
    assert report.counts == {"add": 1, "update": 1, "unchanged": 1, "rejected": 0}
    summary = second.commit(report)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
    record = services.catalogue.get("TB-X-1")
    assert (record.values["quantity"], record.version) == (3, 2)
    assert [h.action for h in services.catalogue.history(record.id)] == ["create", "update"]
    assert services.catalogue.count_assets() == 3


def test_code_taken_after_the_check_refuses_the_whole_import(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "Mã tài sản,Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
        "TB-X-1,Bàn họp,equipment,Phường Ba Đình,2\nTB-X-2,Ghế,equipment,Phường Ba Đình,10\n",
        encoding="utf-8",
    )
    job = SpreadsheetImport(services, path)
    job.open()
    report = job.validate()
    assert report.counts["add"] == 2
    # Someone records TB-X-2 between the check and the import.
    services.catalogue.create({"code": "TB-X-2", "name": "Tủ", "kind": "equipment",
                               "current_unit_id": CURRENT, "quantity": 1})  # fmt: skip
    with pytest.raises(ConcurrencyError, match=r"^1 tài sản đã được người khác sửa .*\(TB-X-2\)"):
        job.commit(report)
    assert services.catalogue.count_assets() == 1
    assert services.catalogue.get("TB-X-2").values["name"] == "Tủ"
    with services.context.db.read() as session:
        assert list(iter_chain_problems(session)) == []


def test_nothing_is_written_when_one_row_is_bad(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
        "Bàn,equipment,Phường Ba Đình,1\nGhế,equipment,Phường Ba Đình,0\n",
        encoding="utf-8",
    )
    job = SpreadsheetImport(services, path)
    job.open()
    report = job.validate()
    summary = job.commit(report)
    assert not summary.written
    assert [(p.row, p.column, p.message) for p in report.problems] == [
        (3, "D", "Phải từ 1 trở lên.")
    ]
    assert services.catalogue.count_assets() == 0


def test_divided_commune_lists_candidates(services: Services, tmp_path: Path) -> None:
    divided = next(
        u for u in services.units.units.values()
        if u.level == "commune" and not u.is_current
        and len(services.units.current_for(u.id)) > 1
    )  # fmt: skip
    path = tmp_path / "divided.csv"
    path.write_text(f"Tên tài sản,Loại tài sản,Mã xã cũ,Số lượng\nBàn,equipment,"
                    f"{divided.code},1\n", encoding="utf-8")  # fmt: skip
    job = SpreadsheetImport(services, path)
    job.open()
    problems = job.validate().problems
    (problem,) = problems
    candidates = [services.units.label(s.unit.id) for s in services.units.current_for(divided.id)]
    assert problem.header == "Đơn vị hiện nay"
    assert "bị chia tách" in problem.message
    assert all(c in problem.message for c in candidates)


def test_legacy_encoded_text_is_reported(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "tcvn3.csv"
    path.write_text("Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
                    "Trô së cò,equipment,Phường Ba Đình,1\n", encoding="utf-8")  # fmt: skip
    job = SpreadsheetImport(services, path)
    job.open()
    problems = job.validate().problems
    (problem,) = problems
    assert (problem.row, problem.column) == (2, "A")
    assert "TCVN3" in problem.message and "Trụ sở cũ" in problem.message


@pytest.mark.parametrize("header", ["Ten tai san", "TÊN TÀI SẢN", "Asset name", "Tên tài sản"])
def test_header_spellings(services: Services, tmp_path: Path, header: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"{header},Loai tai san,Don vi hien tai,Quantity\nBàn,equipment,"
                    "Phường Ba Đình,1\n", encoding="utf-8")  # fmt: skip
    job = SpreadsheetImport(services, path)
    (plan,) = job.open()
    assert sorted(plan.mapping.values()) == ["current_unit_id", "kind", "name", "quantity"]
    assert job.validate().counts["add"] == 1


def test_area_in_both_styles(services: Services, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Trụ sở, nhà đất"
    sheet.append(["Tên tài sản", "Đơn vị hiện tại", "Địa chỉ", "Diện tích đất (m²)"])
    sheet.append(["Trụ sở A", "Phường Ba Đình", "Số 1", "1.234,5"])
    sheet.append(["Trụ sở B", "Phường Ba Đình", "Số 2", "1,234.56"])
    sheet.append(["Trụ sở C", "Phường Ba Đình", "Số 3", 250.75])
    path = tmp_path / "land.xlsx"
    book.save(path)
    job = SpreadsheetImport(services, path)
    job.open()
    job.commit(job.validate())
    with services.db.read() as session:
        areas = {n: a for n, a in session.execute(select(Asset.name, Asset.land_area))}
    assert areas == {"Trụ sở A": Decimal("1234.50"), "Trụ sở B": Decimal("1234.56"),
                     "Trụ sở C": Decimal("250.75")}  # fmt: skip


def test_header_row_chosen_by_hand(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "two-tables.csv"
    path.write_text(
        "Tên tài sản,Loại tài sản,Ghi chú\nBảng cũ,equipment,không nhập\n"
        "Tên tài sản,Loại tài sản,Đơn vị hiện tại,Số lượng\n"
        "Bàn,equipment,Phường Ba Đình,2\n",
        encoding="utf-8",
    )
    job = SpreadsheetImport(services, path)
    (plan,) = job.open()
    assert plan.header_row_numbers == [3]  # the row naming the most fields
    plan = job.set_header_rows(plan.name, 1)
    assert (plan.header_row_numbers, plan.data_start) == ([1], 1)
    assert sorted(plan.mapping.values()) == ["kind", "name", "notes"]
    assert [n for n, _cells in data_rows(plan)] == [2, 3, 4]
    plan = job.set_header_rows(plan.name, 3)
    assert sorted(plan.mapping.values()) == ["current_unit_id", "kind", "name", "quantity"]
    assert [n for n, _cells in data_rows(plan)] == [4]
    assert job.validate().counts["add"] == 1
