"""What a check found, and the way back: restore the latest good backup or another one.

    dialog = SafetyOfferDialog(parent, title=..., message=..., problems=report.problems,
                               latest=(path, "01/07/2025 08:00"), can_restore=True,
                               close_text=tr("Continue anyway"))
    dialog.restoreRequested.connect(lambda path: ...)    # the backup the user picked
    dialog.open()

One dialog for the three moments that need it: problems found by the check after start,
the result of Tools ▸ Check database (with "Full check"), and a database file too damaged to
open at all (the message from db/file_check, no list; closing it closes the application).
Each problem shows what is wrong, where, and what to do.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs


class SafetyOfferDialog(QDialog):
    restoreRequested = Signal(object)  # noqa: N815  (Path of the backup to restore)
    fullCheckRequested = Signal()  # noqa: N815

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        message: str,
        problems: Sequence[Any] = (),
        latest: tuple[Path, str] | None = None,
        can_restore: bool = True,
        close_text: str = "",
        offer_full_check: bool = False,
    ) -> None:
        super().__init__(parent)
        self.latest = latest
        self.setObjectName("safetyOfferDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        if not problems and offer_full_check:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.message = QLabel(message)
        self.message.setObjectName("safetyMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.message, 1)
        layout.addLayout(heading)
        self.problem_view = QTextBrowser()
        self.problem_view.setObjectName("problemList")
        self.problem_view.setOpenLinks(False)
        self.problem_view.setHtml(self._problems_html(problems))
        self.problem_view.setVisible(bool(problems))
        self.problem_view.setMinimumHeight(160)
        layout.addWidget(self.problem_view, 1)

        self.restore_hint = QLabel()
        self.restore_hint.setObjectName("restoreHint")
        self.restore_hint.setWordWrap(True)
        layout.addWidget(self.restore_hint)
        self.buttons = QDialogButtonBox()
        self.restore_latest_button = QPushButton(self.tr("Restore from the &latest good backup…"))
        self.restore_latest_button.setObjectName("restoreLatestButton")
        self.restore_latest_button.clicked.connect(self._restore_latest)
        self.open_backup_button = QPushButton(self.tr("&Open another backup…"))
        self.open_backup_button.setObjectName("openBackupButton")
        self.open_backup_button.clicked.connect(self._open_another)
        self.full_check_button = QPushButton(self.tr("&Full check"))
        self.full_check_button.setObjectName("fullCheckButton")
        self.full_check_button.setToolTip(
            self.tr("Also check every index and the contents of every attached file (slower).")
        )
        self.full_check_button.clicked.connect(self._full_check)
        self.close_button = QPushButton(close_text or self.tr("Close"))
        self.close_button.setObjectName("closeSafetyButton")
        self.close_button.clicked.connect(self.reject)
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.restore_latest_button, role.ActionRole)
        self.buttons.addButton(self.open_backup_button, role.ActionRole)
        self.buttons.addButton(self.full_check_button, role.ActionRole)
        self.buttons.addButton(self.close_button, role.RejectRole)
        layout.addWidget(self.buttons)

        offer = bool(problems) or not offer_full_check  # something is wrong
        self.restore_latest_button.setVisible(offer and can_restore and latest is not None)
        self.open_backup_button.setVisible(offer and can_restore)
        self.full_check_button.setVisible(offer_full_check)
        if offer and can_restore and latest is not None:
            self.restore_hint.setText(
                self.tr("The latest good backup is {file} of {date}.").format(
                    file=latest[0].name, date=latest[1]
                )
            )
        elif offer and can_restore:
            self.restore_hint.setText(
                self.tr(
                    "No backup was found in the backup folder: open a backup file you keep "
                    "elsewhere."
                )
            )
        elif offer:
            self.restore_hint.setText(
                self.tr(
                    "Only a user who may back up and restore the database (an officer or an "
                    "administrator) can restore a backup: tell them about these problems."
                )
            )
        self.restore_hint.setVisible(bool(self.restore_hint.text()))
        (self.restore_latest_button if self.restore_latest_button.isVisible() else
         self.close_button).setDefault(True)  # fmt: skip

    def _problems_html(self, problems: Sequence[Any]) -> str:
        items = []
        row = "<li><b>{message}</b><br>{where_label} {where}<br>{action_label} {action}</li>"
        for problem in problems:
            items.append(
                row.format(
                    message=html.escape(problem.message),
                    where_label=html.escape(self.tr("Where:")),
                    where=html.escape(problem.where),
                    action_label=html.escape(self.tr("What to do:")),
                    action=html.escape(problem.action),
                )
            )
        return f"<ul>{''.join(items)}</ul>"

    def _restore_latest(self) -> None:
        if self.latest is not None:
            self.restoreRequested.emit(self.latest[0])
            self.accept()

    def _open_another(self) -> None:
        from surplus_assets.paths import backup_dir

        path = file_dialogs.ask_open_path(
            self,
            self.tr("Open a backup"),
            self.tr("Surplus Assets backups (*.sabackup *.sqlite3);;All files (*)"),
            directory=str(backup_dir()),
        )
        if path is not None:
            self.restoreRequested.emit(path)
            self.accept()

    def _full_check(self) -> None:
        self.fullCheckRequested.emit()
        self.accept()
