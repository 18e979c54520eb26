"""Add an account, or change one's name, title and role (administrators only).

The users service validates (user name rules, password rules, the last administrator must
stay one) and audits; its messages appear under the fields they concern.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.permissions import Role, role_label
from surplus_assets.errors import ServiceError, ValidationError
from ui.dialogs.field_problems import FieldProblems
from ui.dialogs.first_admin_dialog import password_rules_text
from ui.workers import Job, run_in_background

ACCOUNT_ROLES = (Role.OFFICER, Role.REVIEWER, Role.ADMIN)


class UserDialog(QDialog):
    saved = Signal(object)  # the UserRecord

    def __init__(self, parent: QWidget | None, services: Any, user: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.setObjectName("userDialog")
        self.setMinimumWidth(500)
        self.setWindowTitle(
            self.tr("New account")
            if user is None
            else self.tr("Account {name}").format(name=user.username)
        )
        self.problems = FieldProblems()
        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setReadOnly(user is not None)
        self.full_name_edit = QLineEdit(user.full_name if user else "")
        self.full_name_edit.setObjectName("fullNameEdit")
        self.title_edit = QLineEdit((user.title or "") if user else "")
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Chuyên viên, for signature blocks"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        for role in ACCOUNT_ROLES:
            self.role_combo.addItem(role_label(role), str(role))
        self.role_combo.setCurrentIndex(
            self.role_combo.findData(user.role if user else str(Role.OFFICER))
        )
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setPlaceholderText(password_rules_text())
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatEdit")
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.problems.wrap("username", self.username_edit))
        form.addRow(self.tr("&Full name:"), self.problems.wrap("full_name", self.full_name_edit))
        form.addRow(self.tr("&Title:"), self.problems.wrap("title", self.title_edit))
        form.addRow(self.tr("&Role:"), self.problems.wrap("role", self.role_combo))
        if user is None:
            form.addRow(self.tr("&Password:"), self.problems.wrap("password", self.password_edit))
            form.addRow(
                self.tr("R&epeat password:"), self.problems.wrap("repeat", self.repeat_edit)
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems.label("general"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveUserButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.username_edit, self.full_name_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._check)
        self._busy = False
        self._check()

    def _check(self) -> None:
        needed = [self.username_edit, self.full_name_edit]
        if self.user is None:
            needed += [self.password_edit, self.repeat_edit]
        filled = all(edit.text().strip() for edit in needed)
        differ = (
            bool(self.repeat_edit.text()) and self.repeat_edit.text() != self.password_edit.text()
        )
        if self.user is None:
            self.problems.set("repeat", self.tr("The two passwords differ.") if differ else "")
        self.save_button.setEnabled(filled and not differ and not self._busy)

    def save(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        self._busy = True
        self._check()
        user, users = self.user, self.services.users
        values = {
            "full_name": self.full_name_edit.text(),
            "title": self.title_edit.text(),
            "role": str(self.role_combo.currentData()),
        }
        username, password = self.username_edit.text(), self.password_edit.text()

        def work(job: Job) -> Any:
            if user is None:
                return users.create(username=username, password=password, **values)
            return users.update(user.username, expected_version=user.version, **values)

        run_in_background(
            self,
            work,
            title=self.windowTitle(),
            on_success=self._saved,
            on_failure=self._refused,
            cancellable=False,
        )

    def _saved(self, record: Any) -> None:
        self._busy = False
        self.saved.emit(record)
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        self.problems.show({})
        if isinstance(error, ValidationError):
            leftover = self.problems.show(error.by_field())
            if leftover:
                self.problems.set("general", "\n".join(leftover.values()))
        else:
            self.problems.set("general", error.message)
        self._check()
