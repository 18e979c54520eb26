"""The user accounts as a table (Users page): a handful of rows, all held in memory."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.permissions import role_label

Index = QModelIndex | QPersistentModelIndex


class UserTableModel(QAbstractTableModel):
    USERNAME, FULL_NAME, TITLE, ROLE, STATE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.users: list[Any] = []  # surplus_assets.services.users.UserRecord
        self.now: datetime | None = None

    def set_users(self, users: list[Any], now: datetime) -> None:
        self.beginResetModel()
        self.users, self.now = list(users), now
        self.endResetModel()

    def user(self, row: int) -> Any:
        return self.users[row]

    def row_of(self, username: str) -> int:
        return next((i for i, u in enumerate(self.users) if u.username == username), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Title"),
            self.tr("Role"),
            self.tr("State"),
        )[section]

    def is_locked(self, user: Any) -> bool:
        return bool(user.locked_until and self.now and user.locked_until > self.now)

    def state_text(self, user: Any) -> str:
        if not user.active:
            return self.tr("Disabled")
        if self.is_locked(user):
            until = user.locked_until.astimezone(VIETNAM_TZ)
            return self.tr("Locked until {time}").format(time=f"{until:%H:%M}")
        return self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self.users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return user.username
            if column == self.FULL_NAME:
                return user.full_name
            if column == self.TITLE:
                return user.title or ""
            if column == self.ROLE:
                return role_label(user.role)
            return self.state_text(user)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            from PySide6.QtGui import QColor

            if not user.active or self.is_locked(user):
                return QColor("#b00020")
        return None
