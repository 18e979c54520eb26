"""The Proposals page and the proposal editor, driven as an officer and a reviewer would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.deadlines import today_in_vietnam
from tests.core.proposal_helpers import add_asset, draft, proposal_in
from tests.ui.signed_in import signed_in_window
from ui.dialogs.proposal_editor import ProposalEditor
from ui.models.proposal_table import ProposalTableModel


def open_editor(qtbot: QtBot, parent, services, proposal_id=None) -> ProposalEditor:  # type: ignore[no-untyped-def]
    editor = ProposalEditor(parent, services, proposal_id)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        editor.open()
    return editor


def test_list_filters_flags_overdue_and_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester, context, language, team
) -> None:
    late = draft(team.officer, target_date="01/01/2025", estimated_value="1.250.000.000")
    submitted = proposal_in(team.officer, "submitted")
    window = signed_in_window(qtbot, context, team.officer, "Nguyễn Văn An (Cán bộ nghiệp vụ)")
    page = window.show_page("proposals")
    qtbot.waitUntil(lambda: page.model.row_of(late.id) >= 0)
    qtmodeltester.check(page.model)
    row = page.model.row_of(late.id)
    index = page.model.index(row, ProposalTableModel.CODE)
    assert page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert page.model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "Quá hạn: hạn 01/01/2025 (ngày dự kiến hoàn thành)."
    )
    value = page.model.index(row, ProposalTableModel.VALUE)
    assert page.model.data(value) == "1.250.000.000 ₫"
    assert page.model.data(page.model.index(row, ProposalTableModel.OFFICER)) == "an"

    page.state_combo.setCurrentIndex(page.state_combo.findData("submitted"))
    qtbot.waitUntil(lambda: page.model.row_of(late.id) < 0)
    assert page.model.row_of(submitted.id) >= 0
    assert {r.state for r in page.model.rows} == {"submitted"}
    page.state_combo.setCurrentIndex(0)
    page.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.row_of(submitted.id) < 0)
    assert all(r.overdue for r in page.model.rows) and page.model.row_of(late.id) >= 0

    # Double-click opens the editor on that proposal.
    row = page.model.row_of(late.id)
    rect = page.table.visualRect(page.model.index(row, ProposalTableModel.TITLE))
    # QTest's double-click needs the press of a first click before it, as a real one has.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(page.editors) and page.editors[-1].record is not None)
    assert page.editors[-1].record.id == late.id
    page.editors[-1].close()


def test_officer_builds_a_proposal_from_the_catalogue(qtbot, context, language, team) -> None:
    code = add_asset(team.officer, "equipment", name="Máy chiếu Epson phòng họp")
    taken = draft(team.officer).assets[0].code  # already in an open proposal
    window = signed_in_window(qtbot, context, team.officer, "Nguyễn Văn An (Cán bộ nghiệp vụ)")
    editor = open_editor(qtbot, window, team.officer)
    assert not editor.save_button.isEnabled()  # nothing chosen yet
    assert editor.workflow_buttons == {}

    qtbot.keyClicks(editor.picker.search_edit, "Epson")
    qtbot.waitUntil(lambda: [a.code for a in editor.picker.found] == [code])
    editor.picker.results_table.selectRow(0)
    qtbot.mouseClick(editor.picker.add_button, Qt.MouseButton.LeftButton)
    assert editor.picker.codes() == [code]
    # Equipment cannot be handed over to the locality: that form is not offered.
    forms = [editor.form.form_combo.itemData(i) for i in range(editor.form.form_combo.count())]
    assert "dieu_chuyen" in forms and "chuyen_giao_dia_phuong" not in forms

    editor.form.form_combo.setCurrentIndex(editor.form.form_combo.findData("dieu_chuyen"))
    editor.form.form_combo.activated.emit(editor.form.form_combo.currentIndex())
    assert editor.form.recipient_edit.isVisible()
    assert editor.problems.message("recipient_name") == (
        "“Điều chuyển” cần ghi rõ đơn vị tiếp nhận tài sản."
    )
    assert not editor.save_button.isEnabled()
    editor.form.recipient_edit.setText("Trường THCS Hòa Bình")
    editor.form.recipient_edit.textEdited.emit("Trường THCS Hòa Bình")
    qtbot.keyClicks(editor.form.value_edit, "1,250,000")
    assert editor.save_button.isEnabled()

    # An asset already in another open proposal: the service's refusal, under the assets.
    editor.picker.search_edit.clear()
    qtbot.keyClicks(editor.picker.search_edit, taken)
    qtbot.waitUntil(lambda: [a.code for a in editor.picker.found] == [taken])
    editor.picker.results_table.selectRow(0)
    qtbot.mouseClick(editor.picker.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.problems.message("assets") != "")
    assert "đã nằm trong đề xuất" in editor.problems.message(
        "assets"
    ) or taken in editor.problems.message("assets")
    assert editor.record is None

    editor.picker.chosen_table.selectRow(1)
    qtbot.mouseClick(editor.picker.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    record = editor.record
    assert record.state == "draft" and [a.code for a in record.assets] == [code]
    assert record.values["estimated_value"] == 1_250_000
    assert record.values["recipient_name"] == "Trường THCS Hòa Bình"
    assert editor.form.value_edit.text() == "1.250.000 ₫"
    # The officer may submit or cancel the draft, not approve it.
    assert set(editor.workflow_buttons) == {"submit", "cancel"}
    dialog = editor.start_transition("submit")
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.record.state == "submitted"
    assert editor.workflow_buttons == {}  # officers do not decide
    assert not editor.save_button.isVisible()  # a submitted proposal is read-only
    assert editor.history.steps.rowCount() == 1


def test_reviewer_approves_with_a_decision_and_cannot_edit(qtbot, context, language, team):
    submitted = proposal_in(team.officer, "submitted")
    window = signed_in_window(qtbot, context, team.reviewer, "Trần Thị Bình (Lãnh đạo duyệt)")
    editor = open_editor(qtbot, window, team.reviewer, submitted.id)
    assert set(editor.workflow_buttons) == {"approve", "reject", "return"}
    assert not editor.save_button.isVisible() and not editor.picker.add_button.isEnabled()

    dialog = editor.start_transition("return")
    assert not dialog.ok_button.isEnabled()  # a return needs the reason
    dialog.reject()

    dialog = editor.start_transition("approve")
    assert dialog.date_edit.text()  # today by default
    qtbot.keyClicks(dialog.number_edit, "15/QD-UBND")
    assert not dialog.ok_button.isEnabled()  # the signer is still missing
    dialog.signer_edit.setText("Chủ tịch UBND tỉnh")
    dialog.date_edit.setText("01/01/2020")  # before the proposal was submitted
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.message("decision_date") != "")
    assert dialog.isVisible()
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, format_date(today_in_vietnam()))
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert editor.record.state == "approved"
    assert editor.record.decision_number == "15/QD-UBND"
    assert editor.workflow_buttons == {}  # starting the handling is the officer's
    assert "15/QD-UBND" in editor.state_label.text()
