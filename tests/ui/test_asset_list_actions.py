"""File menu template and export, and "Add to a proposal…" from the asset list selection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services
from tests.core.proposal_helpers import act, add_asset, make_team
from tests.ui.signed_in import signed_in_window


@pytest.fixture(autouse=True)
def background_jobs_finish() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


def assets_page(qtbot: QtBot, window):  # type: ignore[no-untyped-def]
    page = window.show_page("assets")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 0)
    return page


def test_template_is_saved_from_the_file_menu(
    qtbot: QtBot,
    context,
    language,
    services: Services,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    officer = make_team(services).officer
    window = signed_in_window(qtbot, context, officer, "Nguyễn Văn An")
    target = tmp_path / "mau"
    monkeypatch.setattr("ui.file_dialogs.ask_save_path", lambda *a: (target, ""))
    window.template_action.trigger()
    saved = tmp_path / "mau.xlsx"  # the suffix is added
    qtbot.waitUntil(saved.exists, timeout=15_000)
    qtbot.waitUntil(lambda: "mau.xlsx" in window.statusBar().currentMessage())
    book = openpyxl.load_workbook(saved)
    assert "Máy móc, thiết bị" in book.sheetnames and "Xe ô tô" in book.sheetnames
    headers = [c.value for c in book["Máy móc, thiết bị"][1]]
    assert headers[:3] == ["Mã tài sản", "Tên tài sản *", "Loại tài sản *"]


def test_export_asset_list_keeps_the_page_filters(
    qtbot: QtBot,
    context,
    language,
    services: Services,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    officer = make_team(services).officer
    equipment = {add_asset(officer) for _ in range(3)}
    add_asset(officer, "car")
    add_asset(officer, "land")
    window = signed_in_window(qtbot, context, officer, "Nguyễn Văn An")
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    with qtbot.waitSignal(page.searchFinished, timeout=5000):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData("equipment"))
    assert page.model.rowCount() == 3
    target = tmp_path / "loc.xlsx"
    monkeypatch.setattr("ui.file_dialogs.ask_save_path", lambda *a: (target, ""))
    window.export_assets_action.trigger()
    qtbot.waitUntil(lambda: "loc.xlsx" in window.statusBar().currentMessage(), timeout=15_000)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Máy móc, thiết bị"]
    sheet = book["Máy móc, thiết bị"]
    codes = [sheet.cell(r, 1).value for r in range(2, sheet.max_row)]  # the last is the total
    assert set(codes) == equipment and len(codes) == 3


def test_add_selection_to_a_draft_and_refusal_shown(
    qtbot: QtBot,
    context,
    language,
    services: Services,  # type: ignore[no-untyped-def]
) -> None:
    team = make_team(services)
    officer = team.officer
    draft = officer.proposals.create({"form": "dieu_chuyen", "assets": [add_asset(officer)],
                                      "recipient_name": "Trường THCS Hòa Bình"})  # fmt: skip
    free = [add_asset(officer), add_asset(officer)]
    busy = officer.proposals.create({"form": "thanh_ly", "assets": [add_asset(officer)],
                                     "justification": "Hư hỏng nặng, không sửa được"})  # fmt: skip
    act(officer, busy, "submit")
    window = signed_in_window(qtbot, context, officer, "Nguyễn Văn An")
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)

    def select(codes: list[str]) -> None:
        page.table.clearSelection()
        selection = page.table.selectionModel()
        for code in codes:
            row = page.model.row_of(officer.catalogue.get(code).id)
            selection.select(page.model.index(row, 0), selection.SelectionFlag.Select
                             | selection.SelectionFlag.Rows)  # fmt: skip

    select(free)
    assert page.proposal_button.isVisible() and page.proposal_button.isEnabled()
    page.proposal_button.click()
    dialog = page.proposal_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 0).text() == draft.code
    with qtbot.waitSignal(dialog.added, timeout=10_000):
        dialog.add_button.click()
    assert "3 tài sản" in dialog.message.text()
    stored = officer.proposals.get(draft.id)
    assert {a.code for a in stored.assets} >= set(free) and len(stored.assets) == 3
    dialog.reject()

    with qtbot.waitSignal(page.searchFinished, raising=False, timeout=2000):
        pass  # the list refreshed after the proposal changed
    select([busy.assets[0].code])
    page.proposal_button.click()
    dialog = page.proposal_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "Chưa thêm được" in dialog.message.text(), timeout=10_000)
    assert busy.code in dialog.message.text()
    assert len(officer.proposals.get(draft.id).assets) == 3
    dialog.reject()


def test_reviewer_has_no_add_to_proposal(qtbot: QtBot, context, language, services) -> None:  # type: ignore[no-untyped-def]
    team = make_team(services)
    add_asset(team.officer)
    window = signed_in_window(qtbot, context, team.reviewer, "Trần Thị Bình")
    page = assets_page(qtbot, window)
    assert not page.proposal_button.isVisible()
