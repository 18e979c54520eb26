"""The dialog shown when something unexpected goes wrong: never a silent exit.

It says what happened in plain words, where the log file is, and offers to copy the
technical details (version, platform, traceback) for a support request.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from surplus_assets import __version__


class CrashDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        error_text: str,
        details: str,
        log_path: Path | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 420)
        self.log_path = log_path
        self.error_text = error_text
        self._details = details

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary = QLabel(
            self.tr(
                "An unexpected error occurred. Your saved data is safe, but the last action "
                "may not have been completed. If it happens again, please send the details "
                "below and the log file to your administrator."
            )
        )
        summary.setWordWrap(True)
        error = QLabel(error_text)
        error.setWordWrap(True)
        error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error.setObjectName("crashErrorText")
        where = (
            self.tr("Log file: {path}").format(path=log_path)
            if log_path is not None
            else self.tr("No log file is being written.")
        )
        self.log_label = QLabel(where)
        self.log_label.setObjectName("crashLogPath")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_view = QPlainTextEdit(self.full_details())
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Technical details"))
        self.details_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_path is not None:
            open_folder = QPushButton(self.tr("Open &log folder"))
            open_folder.clicked.connect(self.open_log_folder)
            buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        for widget in (summary, error, self.log_label):
            text.addWidget(widget)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)

    def full_details(self) -> str:
        header = (
            f"Surplus Assets {__version__}\nPython {sys.version.split()[0]} on "
            f"{platform.platform()}\n"
        )
        if self.log_path is not None:
            header += f"Log: {self.log_path}\n"
        return f"{header}\n{self._details}"

    def add_details(self, more: str) -> None:
        """Another error arrived while this dialog was open: append rather than stack dialogs."""
        self._details += "\n" + more
        self.details_view.setPlainText(self.full_details())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.full_details())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
