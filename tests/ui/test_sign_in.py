"""Signing in as a user meets it: first-run administrator, sign-in, lockout, roles, sign-out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services, open_services
from tests.core.proposal_helpers import PASSWORDS
from tests.core.test_catalogue import CAR
from tests.ui.signed_in import signed_in_window
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.sign_in import start_sign_in


@pytest.fixture
def empty_services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    yield services
    services.close()


def log_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username_edit.setText(username)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    # The message is hidden while the service checks, then shows its refusal (or we are in).
    qtbot.waitUntil(lambda: dialog.message.isVisible() or not dialog.isVisible(), timeout=10_000)


def test_first_run_creates_the_administrator_and_signs_in(qtbot, language, empty_services):
    dialog = FirstAdminDialog(None, empty_services)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.full_name_edit.setText("Lê Quản Trị")  # QTest types ASCII only
    qtbot.keyClicks(dialog.username_edit, "quantri")
    qtbot.keyClicks(dialog.password_edit, "ngan")
    qtbot.keyClicks(dialog.repeat_edit, "ngan2")
    assert not dialog.create_button.isEnabled()
    assert dialog.problems.message("repeat") == "Hai mật khẩu không khớp nhau."
    dialog.repeat_edit.setText("ngan")
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    # The service's password rule, under the password field; nothing created.
    qtbot.waitUntil(lambda: dialog.problems.message("password") != "")
    assert "ít nhất 8 ký tự" in dialog.problems.message("password")
    assert not empty_services.users.has_accounts()

    dialog.password_edit.setText("quan-tri-2025")
    dialog.repeat_edit.setText("quan-tri-2025")
    with qtbot.waitSignal(dialog.signedIn, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    services, label = signal.args
    assert services.actor.name == "quantri" and services.actor.role == "admin"
    assert label == "Lê Quản Trị (Quản trị hệ thống)"
    assert [u.role for u in empty_services.users.list_users()] == ["admin"]


def test_wrong_passwords_lock_the_account_for_five_minutes(qtbot, language, db_services, team):
    dialog = LoginDialog(None, db_services)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.sign_in_button.isEnabled()
    signed: list[str] = []
    dialog.signedIn.connect(lambda _services, label: signed.append(label))
    for _attempt in range(4):
        log_in(qtbot, dialog, "binh", "sai-mat-khau")
        assert dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
        assert dialog.password_edit.text() == ""
    log_in(qtbot, dialog, "binh", "sai-mat-khau")
    assert re.fullmatch(
        r"Tài khoản binh bị khóa do nhập sai mật khẩu 5 lần; hãy thử lại sau \d\d:\d\d\.",
        dialog.message.text(),
    ), dialog.message.text()
    # Locked: even the right password is refused now.
    log_in(qtbot, dialog, "binh", PASSWORDS["binh"])
    assert "bị khóa" in dialog.message.text() and not signed
    team.admin.users.unlock("binh")
    log_in(qtbot, dialog, "binh", PASSWORDS["binh"])
    assert signed == ["Trần Thị Bình (Lãnh đạo duyệt)"]


def test_a_reviewer_signed_in_cannot_see_or_trigger_new_or_edit_asset(
    qtbot: QtBot, context, language, db_services, team
) -> None:
    """The start-up flow: the sign-in dialog, then the window as the reviewer's role allows."""
    from ui.pages import all_pages

    context.require_sign_in = True
    context.count_assets = db_services.catalogue.count_assets
    window = MainWindow(context, all_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.new_asset_action.isVisible()  # nobody signed in yet
    # No page (and no register data) before someone signs in: the window says so.
    assert window.current_page() is None
    assert window.stack.currentWidget() is window.waiting_label
    assert window.count_status.text() == "Tài sản: —"
    start_sign_in(window, db_services)
    qtbot.waitUntil(lambda: window.findChild(LoginDialog) is not None)
    dialog = window.findChild(LoginDialog)
    qtbot.waitUntil(dialog.isVisible)
    log_in(qtbot, dialog, "binh", PASSWORDS["binh"])
    qtbot.waitUntil(lambda: window.context.services is not None)

    assert window.user_status.text() == "Người dùng: Trần Thị Bình (Lãnh đạo duyệt)"
    assert window.stack.currentWidget() is window.current_page() is not None
    assert window.context.services.actor.role == "reviewer"
    assert not window.new_asset_action.isVisible()
    assert not window.new_asset_action.isEnabled()
    assert window.new_asset_action not in [a for a in window.toolbar.actions() if a.isVisible()]
    window.show_page("settings")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"  # Ctrl+N did not open the asset editor
    # The user management page is for administrators only.
    shown = [
        window.navigation.item(i).text()
        for i in range(window.navigation.count())
        if not window.navigation.item(i).isHidden()
    ]
    assert shown == [
        "Tổng quan", "Tài sản", "Đề xuất xử lý", "Báo cáo", "Đơn vị hành chính", "Cài đặt"
    ]  # fmt: skip
    # The asset list: readable, with no editing controls; the editor opens read-only.
    db_services.catalogue.create(CAR)
    assets_page = window.show_page("assets")
    qtbot.waitUntil(lambda: assets_page.model is not None and assets_page.model.rowCount() == 1)
    for control in (
        assets_page.delete_button,
        assets_page.set_status_button,
        assets_page.status_choice,
    ):
        assert not control.isVisible() and not control.isEnabled()
    assert assets_page.new_item() is False
    editor = assets_page.open_editor(assets_page.model.asset_id(0))
    qtbot.waitUntil(editor.isVisible)
    assert editor.read_only and not editor.save_button.isVisible()
    assert not editor.tabs.widget(0).isEnabled()
    editor.reject()
    # Proposals: reviewers decide, they do not prepare.
    page = window.show_page("proposals")
    assert not page.new_button.isVisible()

    # Sign out: the pages are gone and the sign-in dialog is back.
    window.sign_out_action.trigger()
    assert window.context.services is None
    assert window.user_status.text() == "Chưa đăng nhập"
    assert window.count_status.text() == "Tài sản: —"
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(LoginDialog)))
    # Whoever signs in next sees the register's size again, counted anew.
    dialog = next(d for d in window.findChildren(LoginDialog) if d.isVisible())
    log_in(qtbot, dialog, "binh", PASSWORDS["binh"])
    qtbot.waitUntil(lambda: window.count_status.text() == "1 tài sản")


def test_an_officer_sees_new_asset_and_an_admin_sees_users(qtbot, context, language, team):
    from tests.ui.conftest import make_search_page_spec
    from ui.pages import all_pages

    pages = [make_search_page_spec("assets", "Assets", "Ctrl+2", 20), *all_pages()]
    officer = signed_in_window(
        qtbot, context, team.officer, "Nguyễn Văn An (Cán bộ nghiệp vụ)", pages
    )
    assert officer.new_asset_action.isVisible() and officer.new_asset_action.isEnabled()
    assert officer.navigation.item(officer.page_specs.index(_spec(officer, "users"))).isHidden()
    officer.close()
    admin = signed_in_window(qtbot, context, team.admin, "Lê Quản Trị (Quản trị hệ thống)", pages)
    assert not admin.new_asset_action.isVisible()  # administrators do not catalogue
    assert not admin.navigation.item(admin.page_specs.index(_spec(admin, "users"))).isHidden()
    assert admin.show_page("users").objectName() == "usersPage"


def _spec(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    return next(spec for spec in window.page_specs if spec.key == key)
