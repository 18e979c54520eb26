"""Data safety through the real widgets: back up, restore, the check after start, and the
offer to restore a database too damaged to open."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from surplus_assets.backup_file import blob_path
from surplus_assets.paths import attachment_store_dir, backup_dir
from surplus_assets.services import Services, open_services
from tests.core.proposal_helpers import PASSWORDS, Team, add_asset, make_team
from tests.core.safety_helpers import add_attachment
from tests.ui.signed_in import signed_in_window
from ui import file_dialogs
from ui.app import open_database_in_background
from ui.dialogs.crash_dialog import CrashDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow

PASSPHRASE = "ngua-o-phi-nuoc-dai-2025"  # keyClicks types ASCII only
LONG = 20_000


@pytest.fixture
def database(tmp_path: Path, sqlite_template: Path) -> Iterator[tuple[Path, Team]]:
    """A database of its own (restoring replaces it) with a team and one asset."""
    path = tmp_path / "data.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = open_services(f"sqlite:///{path}")
    team = make_team(services)
    add_asset(team.officer, name="Máy photocopy trước sao lưu")
    try:
        yield path, team
    finally:
        services.close()


@pytest.fixture(autouse=True)
def close_what_the_window_opened(context) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Databases the window opened itself (at start, after a restore) are closed after the
    test, once background jobs are done."""
    yield
    QThreadPool.globalInstance().waitForDone(LONG)
    if context.sign_in_services is not None:
        context.sign_in_services.close()


def visible(window: MainWindow, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in window.findChildren(kind) if w.isVisible()]


def sign_in_as_admin(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: bool(visible(window, LoginDialog)), timeout=LONG)
    dialog = visible(window, LoginDialog)[0]
    dialog.username_edit.setText("admin")
    qtbot.keyClicks(dialog.password_edit, PASSWORDS["admin"])
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.services is not None, timeout=LONG)


def asset_names(services: Services) -> set[str]:
    db = sqlite3.connect(services.db.url.removeprefix("sqlite:///"))
    try:
        return {r[0] for r in db.execute("SELECT name FROM assets")}
    finally:
        db.close()


def test_back_up_then_restore_through_the_dialogs(
    qtbot: QtBot, context, language, database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _path, team = database
    window = signed_in_window(qtbot, context, team.admin, "Lê Quản Trị")
    assert window.backup_action.isVisible() and window.restore_action.isVisible()
    # The installation chose encrypted backups in Settings.
    settings_page = window.show_page("settings")
    settings_page.encrypt_backups_box.click()

    window.backup_action.trigger()
    dialog = window.backup_dialog
    qtbot.waitExposed(dialog)
    assert dialog.encrypt_box.isChecked()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_edit, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert "không giống nhau" in dialog.problems.message("repeat")  # nothing written
    assert not backup_dir().exists() or not list(backup_dir().glob("manual-*"))
    dialog.repeat_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=LONG)
    (backup,) = backup_dir().glob("manual-*.sabackup")
    assert str(backup) in window.statusBar().currentMessage()

    # Work after the backup, which the restore takes away.
    add_asset(team.officer, name="Xe nhập sau sao lưu")
    assert "Xe nhập sau sao lưu" in asset_names(team.admin)

    monkeypatch.setattr(file_dialogs, "ask_open_path", lambda *a, **k: backup)
    window.restore_action.trigger()
    restore = window.restore_dialog
    qtbot.waitExposed(restore)
    assert restore.passphrase_box.isVisible() and not restore.restore_button.isEnabled()
    qtbot.keyClicks(restore.passphrase_edit, "sai-mat-khau-roi")
    qtbot.mouseClick(restore.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restore.problems.message("passphrase") != "", timeout=LONG)
    assert not restore.restore_button.isEnabled()
    restore.passphrase_edit.setText(PASSPHRASE)
    qtbot.mouseClick(restore.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(restore.restore_button.isEnabled, timeout=LONG)
    # What the backup holds, and that the current database is kept.
    assert restore.contents_label.text().startswith("1 tài sản, 0 đề nghị, 3 tài khoản")
    assert "lược đồ" in restore.version_label.text()
    assert str(backup_dir()) in restore.confirmation.text()
    qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoredMessage") is not None,
                    timeout=LONG)  # fmt: skip
    message = window.findChild(QMessageBox, "restoredMessage")
    assert "1 tài sản" in message.text()
    assert window.context.services is None  # closed while restoring
    (kept,) = backup_dir().glob("before-restore-*.sabackup")
    assert str(kept) in message.text()
    message.button(QMessageBox.StandardButton.Ok).click()

    # The restored database is opened again; sign in to it.
    sign_in_as_admin(qtbot, window)
    names = asset_names(window.context.services)
    assert names == {"Máy photocopy trước sao lưu"}
    # The check after start passed on the restored data, so the daily backup was made.
    qtbot.waitUntil(lambda: bool(list(backup_dir().glob("auto-*.sabackup"))), timeout=LONG)
    # The passphrase was never written to the settings; only the choice to encrypt was.
    window.context.settings.sync()
    saved = Path(window.context.settings.fileName()).read_text(encoding="utf-8")
    assert PASSPHRASE not in saved and "sai-mat-khau" not in saved
    assert "encrypt=true" in saved
    window.close()


def test_a_damaged_database_file_at_start_offers_the_backup_and_restores(
    qtbot: QtBot, context, language, database
) -> None:
    path, team = database
    team.system.backup.create()
    team.system.close()
    with open(path, "r+b") as handle:  # a failed copy: the file is cut short
        handle.truncate(path.stat().st_size // 2)
    context.require_sign_in = True
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    open_database_in_background(window, f"sqlite:///{path}")

    qtbot.waitUntil(lambda: getattr(window, "safety_dialog", None) is not None, timeout=LONG)
    offer = window.safety_dialog
    qtbot.waitExposed(offer)
    assert offer.objectName() == "damagedDatabaseDialog"
    assert not visible(window, CrashDialog)
    assert str(path) in offer.message.text() and "bị hỏng" in offer.message.text()
    assert offer.restore_latest_button.isVisible() and offer.open_backup_button.isVisible()
    qtbot.mouseClick(offer.restore_latest_button, Qt.MouseButton.LeftButton)

    restore = window.restore_dialog
    qtbot.waitUntil(restore.restore_button.isEnabled, timeout=LONG)
    assert not restore.passphrase_box.isVisible()  # a plain backup is checked at once
    qtbot.mouseClick(restore.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoredMessage") is not None,
                    timeout=LONG)  # fmt: skip
    window.findChild(QMessageBox, "restoredMessage").button(QMessageBox.StandardButton.Ok).click()
    sign_in_as_admin(qtbot, window)
    assert asset_names(window.context.services) == {"Máy photocopy trước sao lưu"}
    assert list(backup_dir().glob("before-restore-*-damaged.sqlite3"))  # the damaged file kept
    window.close()


def test_problems_found_after_start_are_shown_with_the_offer(
    qtbot: QtBot, context, language, database
) -> None:
    path, team = database
    sha = add_attachment(team.system, b"%PDF-1.7 quyet dinh " * 40, "quyet-dinh.pdf")
    team.system.backup.create()
    team.system.close()
    blob_path(attachment_store_dir(), sha).write_bytes(b"overwritten")  # changed outside
    db = sqlite3.connect(path)
    db.execute("UPDATE audit_events SET comment = 'sửa tay' WHERE id = "
               "(SELECT min(id) FROM audit_events)")  # fmt: skip
    db.commit()
    db.close()
    context.require_sign_in = True
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    open_database_in_background(window, f"sqlite:///{path}")
    sign_in_as_admin(qtbot, window)

    qtbot.waitUntil(lambda: getattr(window, "safety_dialog", None) is not None, timeout=LONG)
    dialog = window.safety_dialog
    qtbot.waitExposed(dialog)
    listed = dialog.problem_view.toPlainText()
    assert "quyet-dinh.pdf" in listed  # the attachment, where, and what to do
    assert "Cần làm:" in listed or "Cách xử lý:" in listed
    assert len(window.startup_checks.report.problems) >= 2
    assert dialog.restore_latest_button.isVisible() and dialog.open_backup_button.isVisible()
    assert dialog.close_button.text() == "Vẫn tiếp tục"
    # No automatic backup of damaged data: it would become "the latest good backup".
    assert not list(backup_dir().glob("auto-*"))
    dialog.close_button.click()
    assert window.context.services is not None  # the user carries on
    window.close()


def test_check_database_from_the_tools_menu_and_roles(
    qtbot: QtBot, context, language, database
) -> None:
    _path, team = database
    window = signed_in_window(qtbot, context, team.admin, "Lê Quản Trị")
    window.check_database_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "safety_dialog", None) is not None, timeout=LONG)
    dialog = window.safety_dialog
    assert "Không phát hiện vấn đề" in dialog.message.text()
    assert dialog.full_check_button.isVisible() and not dialog.restore_latest_button.isVisible()
    qtbot.mouseClick(dialog.full_check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.safety_dialog is not dialog, timeout=LONG)
    assert not window.safety_dialog.full_check_button.isVisible()  # that was the full one
    window.safety_dialog.close()
    window.close()

    reviewer = signed_in_window(qtbot, context, team.reviewer, "Trần Thị Bình")
    for action in (reviewer.backup_action, reviewer.restore_action,
                   reviewer.check_database_action):  # fmt: skip
        assert not action.isVisible() and not action.isEnabled()
    assert reviewer.check_database_action.isVisible() is False
    assert QApplication.activeWindow() is reviewer
    reviewer.close()
