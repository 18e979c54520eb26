"""The Users page as an administrator uses it: add, change role, disable, unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surplus_assets.errors import AuthenticationError
from tests.ui.signed_in import signed_in_window
from ui.dialogs.user_dialog import UserDialog


def test_admin_adds_changes_disables_and_unlocks(
    qtbot: QtBot, qtmodeltester, context, language, team
):
    window = signed_in_window(qtbot, context, team.admin, "Lê Quản Trị (Quản trị hệ thống)")
    page = window.show_page("users")
    qtbot.waitUntil(lambda: page.model.row_of("binh") >= 0)
    qtmodeltester.check(page.model)

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(UserDialog)
    qtbot.keyClicks(dialog.username_edit, "cuong")
    dialog.full_name_edit.setText("Phạm Văn Cường")
    qtbot.keyClicks(dialog.password_edit, "cuong")
    qtbot.keyClicks(dialog.repeat_edit, "cuong")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems.message("password") != "")
    assert dialog.isVisible()  # refused: too short, and the user name
    dialog.password_edit.setText("cuong-2025-pass")
    dialog.repeat_edit.setText("cuong-2025-pass")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("cuong") >= 0)
    row = page.model.row_of("cuong")
    assert page.model.data(page.model.index(row, page.model.ROLE)) == "Cán bộ nghiệp vụ"
    assert page.selected_user().username == "cuong"

    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.selected_user().active)
    assert page.model.data(page.model.index(row, page.model.STATE)) == "Đã khóa tài khoản"
    assert page.active_button.text() == "&Mở lại tài khoản"

    # Five wrong passwords lock an account; the administrator lifts the lock.
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            team.system.authenticate("an", "wrong-password")
    page.reload("an")
    qtbot.waitUntil(
        lambda: (
            page.selected_user() is not None
            and page.selected_user().username == "an"
            and page.unlock_button.isEnabled()
        )
    )
    assert page.model.data(page.model.index(page.model.row_of("an"), page.model.STATE)).startswith(
        "Bị khóa đến"
    )
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.unlock_button.isEnabled())
    assert page.model.data(page.model.index(page.model.row_of("an"), page.model.STATE)) == (
        "Đang hoạt động"
    )
