"""Offline exchange through the GUI: export on laptop A, import on laptop B, conflicts."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.exchange_helpers import CAR
from ui.dialogs.exchange_export_dialog import ExchangeExportDialog
from ui.dialogs.exchange_import_dialog import CONFLICTS, RESULT, SUMMARY, ExchangeImportDialog
from ui.dialogs.pending_conflicts_dialog import PendingConflictsDialog

Laptop = Callable[[str], Services]


def _codes(services: Services) -> set[str]:
    return {row.code for row in services.catalogue.list_rows(AssetQuery())}


def export_through_dialog(
    qtbot: QtBot,
    services: Services,
    folder: Path,
    destination: str,
    certificate: Path | None = None,
    passphrase: str = "",
) -> Path:
    dialog = ExchangeExportDialog(services, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    # QTest types ASCII only: Vietnamese text arrives as an input method would deliver it.
    dialog.destination.lineEdit().insert(destination)
    assert dialog.since_last.isChecked() and dialog.path_edit.text().endswith(".zip")
    if certificate is not None:
        dialog.sign_group.setChecked(True)
        qtbot.keyClicks(dialog.certificate_edit, str(certificate))
        qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=20_000)
    assert dialog.passphrase_edit.text() == ""  # used once, never kept
    path = dialog.result.path
    assert path.exists() and path.name in dialog.message.text()
    return Path(path)


def open_import(qtbot: QtBot, services: Services, package: Path) -> ExchangeImportDialog:
    dialog = ExchangeImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.path_edit, str(package))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    return dialog


def counts_row(dialog: ExchangeImportDialog, label: str) -> list[str]:
    table = dialog.counts_table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            return [table.item(row, c).text() for c in range(1, table.columnCount())]
    raise AssertionError(f"no {label} row")


def apply_and_wait(qtbot: QtBot, dialog: ExchangeImportDialog) -> None:
    with qtbot.waitSignal(dialog.applied, timeout=20_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == RESULT


def test_signed_package_from_a_is_imported_on_b(
    qtbot: QtBot,
    laptop: Laptop,
    tmp_path: Path,
    language: str,
) -> None:
    from tests.core.reports.pki import make_ca, make_pkcs12

    p12 = make_pkcs12(make_ca(tmp_path), tmp_path, "Nguyễn Văn An", "Sở Tài chính", "mk-123")
    a, b = laptop("A"), laptop("B")
    car = a.catalogue.create(CAR)
    package = export_through_dialog(qtbot, a, tmp_path, "Sở Tài chính", p12, "mk-123")
    assert package.name.startswith("trao-doi-so-tai-chinh-")

    dialog = open_import(qtbot, b, package)
    assert dialog.pages.currentIndex() == SUMMARY
    assert "Ký bởi Nguyễn Văn An (Sở Tài chính)" in dialog.signature_label.text()
    assert counts_row(dialog, "Tài sản")[:2] == ["1", "0"]  # one new asset, none updated
    assert _codes(b) == set()  # checking wrote nothing
    assert dialog.next_button.text().replace("&", "") == "Áp dụng"
    apply_and_wait(qtbot, dialog)
    assert "1 bản ghi mới" in dialog.result_label.text()
    assert _codes(b) == {car.code}

    # The same package again: nothing to apply, and the dialog says so.
    again = open_import(qtbot, b, package)
    assert "đã được nhập" in again.summary_note.text()
    assert not again.next_button.isEnabled()
    again.reject()


def test_conflict_shown_side_by_side_and_settled_with_incoming(
    qtbot: QtBot,
    laptop: Laptop,
    tmp_path: Path,
    language: str,
) -> None:
    a, b = laptop("A"), laptop("B")
    car = a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "first.zip", destination="B")
    b.exchange.import_package(tmp_path / "first.zip")
    a.catalogue.update(car.id, {"notes": "Xe hỏng động cơ"}, expected_version=1)
    b.catalogue.update(car.id, {"notes": "Xe còn dùng được"}, expected_version=1)
    package = export_through_dialog(qtbot, a, tmp_path, "B")

    dialog = open_import(qtbot, b, package)
    assert "1 bản ghi" in dialog.summary_note.text()
    assert counts_row(dialog, "Tài sản")[4] == "1"  # the conflicts column
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == CONFLICTS
    panel = dialog.conflicts
    assert panel.list.count() == 1 and car.code in panel.list.item(0).text()
    assert panel.table.values(1)["Ghi chú"] == "Xe còn dùng được"  # here
    assert panel.table.values(2)["Ghi chú"] == "Xe hỏng động cơ"  # incoming
    assert panel.decide_later.isChecked()
    qtbot.mouseClick(panel.take_incoming, Qt.MouseButton.LeftButton)
    assert panel.choices() == {str(car.id): "incoming"}
    assert panel.table.item(0, 2).font().bold() and not panel.table.item(0, 1).font().bold()
    apply_and_wait(qtbot, dialog)
    assert b.catalogue.get(car.id).values["notes"] == "Xe hỏng động cơ"
    assert b.exchange.conflicts() == []


def test_tampered_package_is_refused_at_the_check(
    qtbot: QtBot,
    laptop: Laptop,
    tmp_path: Path,
    language: str,
) -> None:
    a, b = laptop("A"), laptop("B")
    a.catalogue.create(CAR)
    good = a.exchange.export(tmp_path / "good.zip", destination="B").path
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["assets.json"] = members["assets.json"].replace(b"Toyota", b"Lexus!")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert json.loads(members["manifest.json"])  # the manifest itself is untouched

    dialog = open_import(qtbot, b, tampered)
    assert dialog.pages.currentIndex() == 0  # still choosing: nothing to apply
    assert dialog.inspect_error.isVisible()
    message = dialog.inspect_error.text()
    assert "bị từ chối" in message and "không khớp mã băm" in message
    assert _codes(b) == set() and b.exchange.history() == []


def test_pending_conflicts_are_settled_from_the_list(
    qtbot: QtBot,
    laptop: Laptop,
    tmp_path: Path,
    language: str,
) -> None:
    a, b = laptop("A"), laptop("B")
    car = a.catalogue.create(CAR)
    a.exchange.export(tmp_path / "1.zip", destination="B")
    b.exchange.import_package(tmp_path / "1.zip")
    a.catalogue.update(car.id, {"notes": "Bên A"}, expected_version=1)
    b.catalogue.update(car.id, {"notes": "Bên B"}, expected_version=1)
    a.exchange.export(tmp_path / "2.zip", destination="B")
    assert len(b.exchange.import_package(tmp_path / "2.zip").unresolved) == 1  # as the CLI

    dialog = PendingConflictsDialog(b)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded and not dialog.busy)
    assert "1 xung đột" in dialog.summary.text()
    assert dialog.panel.table.values(2)["Ghi chú"] == "Bên A"
    with qtbot.waitSignal(dialog.resolved, timeout=10_000):
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.panel.list.count() == 0)
    assert "Không có xung đột" in dialog.summary.text()
    assert not dialog.take_button.isEnabled()
    assert b.catalogue.get(car.id).values["notes"] == "Bên A"


@pytest.mark.parametrize("role, can_import", [("officer", True), ("reviewer", False)])
def test_exchange_actions_follow_the_role(
    qtbot: QtBot,
    context,
    team,
    role: str,  # type: ignore[no-untyped-def]
    can_import: bool,
) -> None:
    from tests.ui.signed_in import signed_in_window

    window = signed_in_window(qtbot, context, getattr(team, role), role)
    assert window.export_exchange_action.isVisible()
    assert window.import_exchange_action.isVisible() is can_import
    assert window.pending_conflicts_action.isVisible() is can_import
    dialog = window.import_exchange()
    assert (dialog is not None) is can_import
    if dialog is not None:
        dialog.reject()
