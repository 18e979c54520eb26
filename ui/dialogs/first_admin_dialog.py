"""The first run on an empty database: create the administrator account, then sign in.

The users service requires the first account to be an administrator (someone must be able
to manage the others); this dialog always asks for one. The password rules are the
service's: its messages appear under the fields they concern.
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

from surplus_assets.errors import ServiceError, ValidationError
from ui.dialogs.field_problems import FieldProblems
from ui.dialogs.login_dialog import sign_in
from ui.workers import Job, run_in_background


def password_rules_text() -> str:
    from PySide6.QtCore import QCoreApplication

    from surplus_assets.services.passwords import MIN_PASSWORD_LENGTH

    return QCoreApplication.translate(
        "PasswordRules", "At least {count} characters, and not the user name."
    ).format(count=MIN_PASSWORD_LENGTH)


class FirstAdminDialog(QDialog):
    signedIn = Signal(object, str)  # noqa: N815 (signed-in services, "Full name (role)")

    def __init__(self, parent: QWidget | None, services: Any) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the administrator account"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "This database has no user accounts yet. Create the administrator account: "
                "the administrator then adds the officers and reviewers who will use the "
                "application."
            )
        )
        intro.setWordWrap(True)
        self.problems = FieldProblems()
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setObjectName("fullNameEdit")
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("usernameEdit")
        self.username_edit.setPlaceholderText(self.tr("e.g. quantri"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(password_rules_text())
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&Full name:"), self.problems.wrap("full_name", self.full_name_edit))
        form.addRow(self.tr("&User name:"), self.problems.wrap("username", self.username_edit))
        form.addRow(self.tr("&Password:"), self.problems.wrap("password", self.password_edit))
        form.addRow(self.tr("&Repeat password:"), self.problems.wrap("repeat", self.repeat_edit))
        self.general = self.problems.label("general")

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create_account)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self._busy = False
        for edit in (self.full_name_edit, self.username_edit, self.password_edit, self.repeat_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        """Enable Create once everything is filled in and both passwords agree."""
        filled = all(
            e.text().strip()
            for e in (self.full_name_edit, self.username_edit, self.password_edit, self.repeat_edit)
        )
        differ = (
            bool(self.repeat_edit.text()) and self.repeat_edit.text() != self.password_edit.text()
        )
        self.problems.set("repeat", self.tr("The two passwords differ.") if differ else "")
        self.create_button.setEnabled(filled and not differ and not self._busy)

    def create_account(self) -> None:
        if self._busy or not self.create_button.isEnabled():
            return
        self._busy = True
        self._check()
        username, password = self.username_edit.text(), self.password_edit.text()
        full_name = self.full_name_edit.text()

        def work(job: Job) -> tuple[Any, str]:
            self.services.users.create(
                username=username, full_name=full_name, role="admin", password=password
            )
            return sign_in(self.services, username, password)

        run_in_background(
            self,
            work,
            title=self.tr("Creating the administrator account…"),
            on_success=self._created,
            on_failure=self._refused,
            cancellable=False,
        )

    def _created(self, result: tuple[Any, str]) -> None:
        self._busy = False
        self.signedIn.emit(*result)
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self._busy = False
        if isinstance(error, ValidationError):
            leftover = self.problems.show(error.by_field())
            if leftover:
                self.problems.set("general", "\n".join(leftover.values()))
        else:
            self.problems.show({})
            self.problems.set("general", error.message)
        self._check()
