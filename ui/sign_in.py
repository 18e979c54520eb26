"""Who is using the application: first-run administrator account, then sign-in.

    start_sign_in(window, services)   # services as opened (bootstrap system actor)

Runs once the database is open (ui.app) and again after "Sign out". If the database has no
account yet, the first-run dialog creates the administrator and signs them in; otherwise the
sign-in dialog asks for a user name and password. Either way the main window receives the
signed-in services (services.as_actor) and rebuilds its pages for that user's role.
Closing either dialog without signing in closes the application: nothing is usable
without an account.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ui.workers import Job, run_in_background


def start_sign_in(
    window: Any, services: Any, *, username: str = "", after: Callable[[], None] | None = None
) -> None:
    """Ask whether accounts exist (in a worker), then open the right dialog on `window`;
    `after` runs once someone has signed in (the first-start offer of demo data)."""
    window.context.sign_in_services = services

    def has_accounts(job: Job) -> bool:
        return bool(services.users.has_accounts())

    run_in_background(
        window,
        has_accounts,
        title=QCoreApplication.translate("SignIn", "Opening the sign-in…"),
        on_success=lambda exists: open_sign_in_dialog(window, services, exists, username, after),
        cancellable=False,
        show_progress=False,
    )


def open_sign_in_dialog(
    window: Any,
    services: Any,
    has_accounts: bool,
    username: str = "",
    after: Callable[[], None] | None = None,
) -> QDialog:
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog

    dialog: QDialog
    if has_accounts:
        dialog = LoginDialog(window, services, username)
    else:
        dialog = FirstAdminDialog(window, services)
    dialog.signedIn.connect(window.signed_in)  # type: ignore[attr-defined]
    if after is not None:
        dialog.signedIn.connect(lambda *_: after())  # type: ignore[attr-defined]
    dialog.rejected.connect(window.close)
    dialog.open()
    return dialog
