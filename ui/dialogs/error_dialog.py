"""Readable dialogs for refused operations (ServiceError) and for unexpected exceptions.

Dialogs open window-modal with `open()`, never `exec()`: the caller's code carries on, the
event loop keeps running (tests can inspect and close them), and the user still cannot act
on the window behind until they close it.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from surplus_assets.errors import ServiceError, ValidationError

log = logging.getLogger(__name__)


def show_error(
    parent: QWidget | None, error: ServiceError | str, *, title: str = ""
) -> QMessageBox:
    """Tell the user why an operation was refused and what to do; returns the open dialog."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        title or QCoreApplication.translate("ErrorDialog", "Cannot complete the operation")
    )
    box.setObjectName("errorDialog")
    if isinstance(error, ValidationError) and len(error.problems) > 1:
        box.setText(
            QCoreApplication.translate("ErrorDialog", "Please correct the following and try again:")
        )
        box.setInformativeText("\n".join(f"• {p.field}: {p.message}" for p in error.problems))
    else:
        box.setText(error.message if isinstance(error, ServiceError) else error)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_unexpected_error(
    parent: QWidget | None, error: BaseException, *, log_path: Path | None = None
) -> QWidget:
    """Log an unexpected exception with its traceback and show the crash dialog."""
    from ui.dialogs.crash_dialog import CrashDialog

    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("Unexpected error in a background job:\n%s", details)
    dialog = CrashDialog(
        parent, error_text=f"{type(error).__name__}: {error}", details=details, log_path=log_path
    )
    dialog.open()
    return dialog
