"""Passwords: the signed-in user changes their own, or an administrator sets someone's.

    PasswordDialog(parent, services)                 # "Change password": current + new twice
    PasswordDialog(parent, services, username="an")  # administrator: new password twice

The rules (length, not the user name) and the check of the current password are the users
service's; its messages appear under the fields.
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

from surplus_assets.errors import AuthenticationError, ServiceError, ValidationError
from ui.dialogs.field_problems import FieldProblems
from ui.dialogs.first_admin_dialog import password_rules_text
from ui.workers import Job, run_in_background


class PasswordDialog(QDialog):
    passwordSet = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None, services: Any, username: str | None = None):
        super().__init__(parent)
        self.services = services
        self.username = username
        self.setObjectName("passwordDialog")
        self.setMinimumWidth(480)
        self.problems = FieldProblems()
        self.current_edit = QLineEdit()
        self.current_edit.setObjectName("currentPasswordEdit")
        self.new_edit = QLineEdit()
        self.new_edit.setObjectName("newPasswordEdit")
        self.new_edit.setPlaceholderText(password_rules_text())
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        form = QFormLayout()
        if username is None:
            self.setWindowTitle(self.tr("Change your password"))
            form.addRow(
                self.tr("&Current password:"), self.problems.wrap("current", self.current_edit)
            )
        else:
            self.setWindowTitle(self.tr("Set a new password"))
            intro = QLabel(
                self.tr(
                    "Set a new password for {name}. Any lock after wrong passwords is lifted; "
                    "tell the person their new password in person."
                ).format(name=username)
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.current_edit.hide()
        form.addRow(self.tr("&New password:"), self.problems.wrap("password", self.new_edit))
        form.addRow(self.tr("&Repeat password:"), self.problems.wrap("repeat", self.repeat_edit))
        layout.addLayout(form)
        self.general = self.problems.label("general")
        layout.addWidget(self.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save password"))
        self.ok_button.setObjectName("savePasswordButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._busy = False
        self._check()

    def _check(self) -> None:
        needed = [self.new_edit, self.repeat_edit]
        if self.username is None:
            needed.append(self.current_edit)
        filled = all(edit.text() for edit in needed)
        differ = bool(self.repeat_edit.text()) and self.repeat_edit.text() != self.new_edit.text()
        self.problems.set("repeat", self.tr("The two passwords differ.") if differ else "")
        self.ok_button.setEnabled(filled and not differ and not self._busy)

    def save(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._busy = True
        self._check()
        new, current, username = self.new_edit.text(), self.current_edit.text(), self.username

        def work(job: Job) -> None:
            if username is None:
                self.services.users.change_password(current, new)
            else:
                self.services.users.reset_password(username, new)

        run_in_background(
            self,
            work,
            title=self.windowTitle(),
            on_success=self._saved,
            on_failure=self._refused,
            cancellable=False,
        )

    def _saved(self, _result: object) -> None:
        self._busy = False
        self.passwordSet.emit()
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        self.problems.show({})
        if isinstance(error, ValidationError):
            leftover = self.problems.show(error.by_field())
            if leftover:
                self.problems.set("general", "\n".join(leftover.values()))
        elif isinstance(error, AuthenticationError) and self.username is None:
            self.problems.set("current", error.message)
        else:
            self.problems.set("general", error.message)
        self._check()
