"""Screenshots of sign-in, users and proposals at 1366x768 into docs/screenshots/.

    python tools/take_proposal_screenshots.py [--lang vi|en]

A throw-away data folder with 300 demo assets, three accounts and demo proposals in several
states (one of them overdue). Look at every PNG after a layout change.
"""

from __future__ import annotations

import sys
from typing import Any

from screenshot_session import (
    ADMIN,
    OFFICER,
    REVIEWER,
    ScreenshotSession,
    demo_proposals,
    parse_language,
    screenshot_session,
)


def main() -> int:
    language = parse_language(__doc__)
    with screenshot_session(language, demo_assets=300) as shots:
        services = shots.open_services()
        shoot_first_admin_dialog(shots, services)
        demo_proposals(services)
        shoot_login_dialog(shots, services)
        window = shots.main_window(services)
        shoot_officer_proposals(shots, window, services)
        shoot_approval(shots, window, services)
        shoot_users_page(shots, window, services)
        window.close()
        services.close()
    return 0


def shoot_first_admin_dialog(shots: ScreenshotSession, services: Any) -> None:
    """The first start: creating the administrator, passwords too short and not matching."""
    from ui.dialogs.first_admin_dialog import FirstAdminDialog

    first = FirstAdminDialog(None, services)
    first.full_name_edit.setText("Lê Quản Trị")
    first.username_edit.setText("quantri")
    first.password_edit.setText("ngan")
    first.repeat_edit.setText("ngắn")
    first.show()
    shots.save(first, "first-admin-dialog")
    first.close()


def shoot_login_dialog(shots: ScreenshotSession, services: Any) -> None:
    from ui.dialogs.login_dialog import LoginDialog

    login = LoginDialog(None, services, REVIEWER[0])
    login.message.setText(
        "Tài khoản binh bị khóa do nhập sai mật khẩu 5 lần; hãy thử lại sau 14:35."
    )
    login.message.show()
    login.show()
    shots.save(login, "login-dialog")
    login.close()


def shoot_officer_proposals(shots: ScreenshotSession, window: Any, services: Any) -> None:
    """The officer's proposals page, and a draft being edited (its asset picker searching)."""
    from ui.dialogs.login_dialog import sign_in

    window.signed_in(*sign_in(services, *OFFICER))
    page = window.show_page("proposals")
    shots.settle(1.5)
    shots.save(window, "proposals-page")
    page.open_row(next(i for i, r in enumerate(page.model.rows) if r.state == "draft"))
    shots.settle(1.0)
    editor = page.editors[-1]
    editor.picker.search_edit.setText("bàn")
    shots.settle(1.0)
    shots.save(editor, "proposal-editor")
    editor.close()


def shoot_approval(shots: ScreenshotSession, window: Any, services: Any) -> None:
    """The reviewer approving a submitted proposal: the decision's number and signer."""
    from ui.dialogs.login_dialog import sign_in

    window.signed_in(*sign_in(services, *REVIEWER))
    page = window.show_page("proposals")
    page.state_combo.setCurrentIndex(page.state_combo.findData("submitted"))
    shots.settle(1.0)
    page.open_row(0)
    shots.settle(1.0)
    editor = page.editors[-1]
    dialog = editor.start_transition("approve")
    dialog.number_edit.setText("125/QĐ-UBND")
    dialog.signer_edit.setText("Chủ tịch UBND tỉnh Nguyễn Văn B")
    dialog.comment_edit.setPlainText("Đồng ý thanh lý theo biên bản kiểm tra.")
    shots.save(dialog, "approve-dialog")
    dialog.close()
    editor.close()


def shoot_users_page(shots: ScreenshotSession, window: Any, services: Any) -> None:
    from ui.dialogs.login_dialog import sign_in

    window.signed_in(*sign_in(services, *ADMIN))
    window.show_page("users")
    shots.settle(1.0)
    shots.save(window, "users-page")


if __name__ == "__main__":
    sys.exit(main())
