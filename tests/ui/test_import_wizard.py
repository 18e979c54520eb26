"""The import wizard driven from the File menu to the summary, as an officer uses it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from surplus_assets.db.models import Asset
from surplus_assets.services import Services
from tests.core.proposal_helpers import make_team
from tests.ui.signed_in import signed_in_window
from ui.dialogs.import_wizard import ImportWizard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LEGACY = "pre2025:C00004"  # Phường Trúc Bạch (Ba Đình, Hà Nội)


@pytest.fixture(autouse=True)
def background_jobs_finish() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def messy_workbook(path: Path) -> None:
    """A title, headers without diacritics, a column no guess matches (“Kí hiệu máy”),
    a blank row, a totals row and a misspelt former commune."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Thiết bị"
    rows = {
        1: ["DANH SÁCH MÁY MÓC, THIẾT BỊ DÔI DƯ"],
        3: ["STT", "Ten tai san", "Xa cu", "So luong", "Nguyen gia", "Kí hiệu máy"],
        4: [1, "Máy tính Dell", "Phường Trúc Bạch", 3, "12.000.000", "DELL-7090"],
        5: [2, "Máy chiếu Epson", "Trúc Bạch", "2", 5000000, "EPS-X41"],
        7: [3, "Tủ sắt", "Phường Trúc Bạc", 1, 0, "TS-1"],
        8: [None, "Tổng cộng", None, 6, 17000000],
    }
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            sheet.cell(number, column, value)
    book.save(path)


def next_page(qtbot: QtBot, wizard: ImportWizard, page_id: int) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled)
    button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=15_000)


def shoot(wizard: ImportWizard, name: str, screenshots: bool) -> None:
    if screenshots:
        wizard.grab().save(str(SCREENSHOTS / f"import-wizard-{name}.png"))


@pytest.fixture
def officer(services: Services) -> Services:
    return make_team(services).officer


def test_wizard_from_file_choice_to_summary(
    qtbot: QtBot, context, language, officer: Services, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    screenshots = bool(os.environ.get("SURPLUS_ASSETS_SCREENSHOTS"))  # refresh docs/screenshots
    source = tmp_path / "thiet-bi.xlsx"
    messy_workbook(source)
    window = signed_in_window(qtbot, context, officer, "Nguyễn Văn An")
    assert window.import_action.isVisible()
    window.import_action.trigger()
    wizard: ImportWizard = window.import_wizard
    qtbot.waitExposed(wizard)
    wizard.resize(1180, 700)
    wizard.file_page.path_edit.setText(str(source))
    shoot(wizard, "1-file", screenshots)

    next_page(qtbot, wizard, ImportWizard.MAPPING)
    mapping = wizard.mapping_page
    assert mapping.header_spin.value() == 3
    unmapped = mapping.unmapped.text()
    assert "F “Kí hiệu máy”" in unmapped  # listed, never skipped silently
    combo = mapping.findChild(type(mapping.sheet_combo), "mapping_F")
    combo.setCurrentIndex(combo.findData("serial_number"))  # mapped by hand
    assert "Kí hiệu máy" not in mapping.unmapped.text()
    assert wizard.job.sheet("Thiết bị").mapping[5] == "serial_number"
    shoot(wizard, "2-columns", screenshots)

    next_page(qtbot, wizard, ImportWizard.PREVIEW)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: "Thiết bị" in preview.tables)
    table = preview.tables["Thiết bị"]
    assert table.rowCount() == 3  # blank and totals rows left out
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.item(0, headers.index("Tên tài sản")).text() == "Máy tính Dell"
    shoot(wizard, "3-preview", screenshots)

    next_page(qtbot, wizard, ImportWizard.CHECK)
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=15_000)
    problems = [(p.row, p.column, p.value) for p in check.model.problems]
    assert problems == [(7, "C", "Phường Trúc Bạc")]
    assert "Phường Trúc Bạch" in check.model.problems[0].message  # the closest match
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    errors = tmp_path / "loi.xlsx"
    monkeypatch.setattr("ui.file_dialogs.ask_save_path", lambda *a: (errors, ""))
    check.save_button.click()
    qtbot.waitUntil(errors.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "loi.xlsx" in check.saved.text())
    saved = openpyxl.load_workbook(errors)["Thiết bị"]
    bad = next(c for row in saved.iter_rows() for c in row if c.value == "Phường Trúc Bạc")
    assert bad.column_letter == "C"
    assert bad.fill.start_color.rgb.endswith("FFC7CE")
    assert "Phường Trúc Bạch" in bad.comment.text
    shoot(wizard, "4-check", screenshots)

    check.skip_invalid.click()
    next_page(qtbot, wizard, ImportWizard.CONFIRM)
    confirm_text = wizard.confirm_page.text.text()
    assert "2" in confirm_text and "1" in confirm_text
    shoot(wizard, "5-confirm", screenshots)
    with qtbot.waitSignal(wizard.imported, timeout=15_000):
        wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY)
    figures = {k: label.text() for k, label in wizard.summary_page.figures.items()}
    assert figures == {"added": "2", "updated": "0", "unchanged": "0", "rejected": "1"}
    shoot(wizard, "6-summary", screenshots)

    with officer.db.read() as session:
        stored = {a.name: (a.serial_number, a.quantity, a.legacy_unit_id)
                  for a in session.scalars(select(Asset))}  # fmt: skip
    assert stored == {"Máy tính Dell": ("DELL-7090", 3, LEGACY),
                      "Máy chiếu Epson": ("EPS-X41", 2, LEGACY)}  # fmt: skip
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_refused_file_is_explained_on_the_first_page(
    qtbot: QtBot,
    context,
    language,
    officer: Services,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    fake = tmp_path / "bang-ke.xlsx"
    fake.write_bytes(b"%PDF-1.7\n" + b"x" * 200)
    window = signed_in_window(qtbot, context, officer, "Nguyễn Văn An")
    window.import_action.trigger()
    wizard: ImportWizard = window.import_wizard
    wizard.file_page.path_edit.setText(str(fake))
    wizard.button(QWizard.WizardButton.NextButton).click()
    status = wizard.file_page.status
    qtbot.waitUntil(lambda: "PDF" in status.text(), timeout=10_000)
    assert status.text().startswith("Không thể nhập tệp này:")
    assert wizard.currentId() == ImportWizard.FILE
    assert officer.catalogue.count_assets() == 0
    wizard.reject()


def test_reviewer_is_not_offered_the_import(qtbot: QtBot, context, language, services) -> None:  # type: ignore[no-untyped-def]
    reviewer = make_team(services).reviewer
    window = signed_in_window(qtbot, context, reviewer, "Trần Thị Bình")
    assert not window.import_action.isVisible()
    assert window.export_assets_action.isVisible()


def test_problems_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from surplus_assets.exchange.import_results import ImportProblem
    from ui.models.import_problems_model import ImportProblemsModel

    model = ImportProblemsModel()
    model.set_problems([
        ImportProblem("Thiết bị", 7, "C", "Xã cũ", "Phường Trúc Bạc", "Không có xã cũ."),
        ImportProblem("Ô tô", 3, "", "Tên tài sản", None, "Bắt buộc."),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.index(0, ImportProblemsModel.VALUE).data() == "Phường Trúc Bạc"
