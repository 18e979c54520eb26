"""Hostile and wrong files are refused with a clear message, and the database stays the same."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from surplus_assets.db.models import Asset, AuditEvent
from surplus_assets.exchange.file_safety import OLE2_MAGIC, UnsafeFileError
from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport
from surplus_assets.services import Services


def _dump(services: Services) -> list[tuple[Any, ...]]:
    with services.db.read() as session:
        assets = [tuple(row) for row in session.execute(select(Asset.__table__)).all()]
        events = [tuple(row) for row in session.execute(select(AuditEvent.__table__)).all()]
    return sorted(assets, key=str) + sorted(events, key=str)


def _valid_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Tên tài sản", "Loại tài sản", "Đơn vị hiện tại", "Số lượng"])
    sheet.append(["Bàn", "equipment", "Phường Ba Đình", 1])
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _rezip(original: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info.filename, replace.get(info.filename, source.read(info)))
    return out.getvalue()


def _zip_bomb() -> bytes:
    return _rezip(_valid_xlsx(), {"xl/worksheets/sheet1.xml": b"<a>" + b" " * 50_000_000})


def _entity_expansion() -> bytes:
    lol = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    return _rezip(_valid_xlsx(), {"xl/worksheets/sheet1.xml": lol})


def _far_cell() -> bytes:
    sheet = (
        b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        b'.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x'
        b'</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>y</t></is>'
        b"</c></row></sheetData></worksheet>"
    )
    return _rezip(_valid_xlsx(), {"xl/worksheets/sheet1.xml": sheet})


def _password_protected() -> bytes:
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 100
    directory += "EncryptedPackage".encode("utf-16-le")
    return OLE2_MAGIC + b"\x00" * 504 + directory + b"\x00" * 2000


CASES = {
    "zip_bomb.xlsx": (_zip_bomb, "bom zip"),
    "entities.xlsx": (_entity_expansion, "kiểu tài liệu XML trong xl/worksheets/sheet1.xml"),
    "far_cell.xlsx": (_far_cell, "1048576 dòng và 16384 cột"),
    "report.xlsx": (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "đó là PDF"),
    "notes.xlsx": (lambda: "Tên tài sản,Loại\nBàn,equipment\n".encode(), "đó là một tệp văn bản"),
    "locked.xlsx": (_password_protected, "được bảo vệ bằng mật khẩu"),
    "old.xls": (lambda: OLE2_MAGIC + b"\x00" * 3000, "Excel 97-2003"),
    "truncated.xlsx": (lambda: _valid_xlsx()[:-300], "bị hỏng hoặc không đầy đủ"),
    "book.csv": (_valid_xlsx, "có đuôi .csv nhưng là sổ tính Excel"),
    "latin1.csv": (lambda: "Tên\nBàn\n".encode("cp1258"), "không phải văn bản UTF-8"),
    "empty.xlsx": (lambda: b"", "trống"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_files_are_refused_and_nothing_changes(
    services: Services, tmp_path: Path, name: str
) -> None:
    services.catalogue.create({"name": "Có sẵn", "kind": "equipment", "quantity": 1,
                               "current_unit_id": "2025:C00004"})  # fmt: skip
    before = _dump(services)
    build, expected = CASES[name]
    path = tmp_path / name
    path.write_bytes(build())
    job = SpreadsheetImport(services, path)
    with pytest.raises(UnsafeFileError) as refused:
        job.open()
        job.commit(job.validate())
    assert expected in refused.value.message
    assert name in refused.value.message
    assert _dump(services) == before


def test_the_valid_file_behind_the_hostile_ones_imports(services: Services, tmp_path: Path
                                                         ) -> None:  # fmt: skip
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_valid_xlsx())
    job = SpreadsheetImport(services, path)
    job.open()
    assert job.commit(job.validate()).added == 1
