"""Signing in (Đăng nhập): user name and password, checked by the users service in a worker.

The service's refusal is shown as it is ("Wrong user name or password.", "The account an is
locked after 5 wrong passwords; try again after 14:35."): it counts the failed attempts and
locks the account, whoever asks. It deliberately does not say whether the user name exists
(nor, therefore, how many attempts are left), so that nobody can probe for accounts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui.dialogs.field_problems import PROBLEM_STYLE
from ui.workers import Job, run_in_background


def signed_in_label(services: Any) -> str:
    """ "Nguyễn Văn An (Cán bộ)": the signed-in user's full name and role (worker thread)."""
    from PySide6.QtCore import QCoreApplication

    from surplus_assets.domain.permissions import role_label

    actor = services.actor
    full_name = services.users.get(actor.name).full_name
    return QCoreApplication.translate("LoginDialog", "{name} ({role})").format(
        name=full_name, role=role_label(actor.role)
    )


def sign_in(services: Any, username: str, password: str) -> tuple[Any, str]:
    """The signed-in services and the status-bar label (runs in a worker)."""
    signed = services.authenticate(username, password)
    return signed, signed_in_label(signed)


class LoginDialog(QDialog):
    signedIn = Signal(object, str)  # noqa: N815 (signed-in services, "Full name (role)")

    def __init__(self, parent: QWidget | None, services: Any, username: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(420)

        intro = QLabel(self.tr("Sign in with your account to work on the register."))
        intro.setWordWrap(True)
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign &in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.username_edit.textChanged.connect(self._update_button)
        self.password_edit.textChanged.connect(self._update_button)
        self._busy = False
        self._update_button()
        (self.password_edit if username else self.username_edit).setFocus()

    def _update_button(self) -> None:
        filled = bool(self.username_edit.text().strip() and self.password_edit.text())
        self.sign_in_button.setEnabled(filled and not self._busy)

    def try_sign_in(self) -> None:
        if self._busy or not self.sign_in_button.isEnabled():
            return
        self._busy = True
        self._update_button()
        self.message.hide()
        username, password = self.username_edit.text(), self.password_edit.text()

        def work(job: Job) -> tuple[Any, str]:
            return sign_in(self.services, username, password)

        run_in_background(
            self,
            work,
            title=self.tr("Signing in…"),
            on_success=self._signed_in,
            on_failure=self._refused,
            cancellable=False,
        )

    def _signed_in(self, result: tuple[Any, str]) -> None:
        self._busy = False
        self.signedIn.emit(*result)
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        self.message.setText(error.message)
        self.message.show()
        self.password_edit.clear()
        self.password_edit.setFocus()
        self._update_button()
