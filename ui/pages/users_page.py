"""Users (Người dùng): administrators add accounts, change roles, disable, reset, unlock.

Offered only to roles with MANAGE_USERS (the page spec's permission); the users service
checks the permission again on every call. Each change runs in a worker and reloads the
list, keeping the selection on the same account.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
)

from surplus_assets.errors import ServiceError
from ui.app_context import AppContext
from ui.dialogs import error_dialog
from ui.models.user_table import UserTableModel
from ui.pages import Page
from ui.preferences import WindowState
from ui.workers import Job, run_in_background


class UsersPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("usersPage")
        heading = QLabel(self.tr("User accounts"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(
            self.tr(
                "Officers catalogue assets and prepare proposals; reviewers approve, reject or "
                "return proposals; administrators manage accounts and settings."
            )
        )
        note.setWordWrap(True)

        self.model = UserTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())

        sp = QStyle.StandardPixmap
        self.add_button = self._button(self.tr("&Add account…"), "addUserButton", sp.SP_FileIcon)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = self._button(self.tr("&Edit / change role…"), "editUserButton")
        self.edit_button.clicked.connect(self.edit_user)
        self.active_button = self._button(self.tr("&Disable"), "toggleActiveButton")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = self._button(self.tr("Set &password…"), "resetPasswordButton")
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button = self._button(self.tr("&Unlock"), "unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.password_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(
        self, text: str, name: str, icon: QStyle.StandardPixmap | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if icon is not None:
            button.setIcon(self.style().standardIcon(icon))
        return button

    @property
    def services(self) -> Any:
        return self.context.services

    def selected_user(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.add_button.setEnabled(self.services is not None)
        for button in (self.edit_button, self.active_button, self.password_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("&Enable") if user is not None and not user.active else self.tr("&Disable")
        )
        self.unlock_button.setEnabled(
            user is not None and (self.model.is_locked(user) or user.failed_attempts > 0)
        )

    # --- loading ----------------------------------------------------------------------------

    def page_shown(self) -> None:
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self.services is None:
            return
        keep = select or (self.selected_user().username if self.selected_user() else None)
        users = self.services.users

        def load(job: Job) -> list[Any]:
            return list(users.list_users())

        run_in_background(
            self,
            load,
            title=self.tr("Loading the accounts"),
            on_success=lambda rows: self._loaded(rows, keep),
            show_progress=False,
        )

    def _loaded(self, users: list[Any], select: str | None) -> None:
        self.model.set_users(users, datetime.now(UTC))
        if not self.table.horizontalHeader().property("sized"):
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().setProperty("sized", True)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    # --- actions ----------------------------------------------------------------------------

    def add_user(self) -> None:
        from ui.dialogs.user_dialog import UserDialog

        dialog = UserDialog(self, self.services)
        dialog.saved.connect(lambda record: self.reload(record.username))
        dialog.open()

    def edit_user(self) -> None:
        from ui.dialogs.user_dialog import UserDialog

        user = self.selected_user()
        if user is None:
            return
        dialog = UserDialog(self, self.services, user)
        dialog.saved.connect(lambda record: self.reload(record.username))
        dialog.open()

    def reset_password(self) -> None:
        from ui.dialogs.password_dialog import PasswordDialog

        user = self.selected_user()
        if user is None:
            return
        dialog = PasswordDialog(self, self.services, username=user.username)
        dialog.passwordSet.connect(lambda: self.reload(user.username))
        dialog.open()

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        users = self.services.users

        def work(job: Job) -> Any:
            return users.update(
                user.username, expected_version=user.version, active=not user.active
            )

        self._run(work, user.username)

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        users = self.services.users

        def work(job: Job) -> None:
            users.unlock(user.username)

        self._run(work, user.username)

    def _run(self, work: Any, username: str) -> None:
        def refused(error: ServiceError) -> None:
            self.error_box = error_dialog.show_error(self, error)
            self.reload(username)

        run_in_background(
            self,
            work,
            title=self.tr("Changing the account"),
            on_success=lambda _result: self.reload(username),
            on_failure=refused,
            cancellable=False,
        )

    def save_layout(self, state: WindowState) -> None:
        if self.table.horizontalHeader().property("sized"):  # not an empty, unsized table
            state.save_header("users", self.table.horizontalHeader())

    def restore_layout(self, state: WindowState) -> None:
        if state.restore_header("users", self.table.horizontalHeader()):
            self.table.horizontalHeader().setProperty("sized", True)
