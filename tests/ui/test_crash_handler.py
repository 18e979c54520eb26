"""Unexpected exceptions end in a dialog that names the log file, never a silent exit."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ui.crash_handler import install_exception_hooks


def raise_and_catch() -> BaseException:
    try:
        {}["missing"]
    except KeyError as error:
        return error
    raise AssertionError("unreachable")


def test_gui_thread_exception_shows_the_crash_dialog(
    qtbot: QtBot, tmp_path: Path, language, caplog
) -> None:
    log_path = tmp_path / "surplus_assets.log"
    reporter = install_exception_hooks(log_path)
    try:
        error = raise_and_catch()
        with caplog.at_level(logging.CRITICAL):
            sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    finally:
        reporter.uninstall()
    dialog = reporter.dialog
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Lỗi không mong muốn"
    assert dialog.log_label.text() == f"Tệp nhật ký: {log_path}"
    assert dialog.error_text == "KeyError: 'missing'"
    assert "raise_and_catch" in caplog.text  # the traceback is in the log

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "KeyError: 'missing'" in copied and str(log_path) in copied
    assert dialog.copy_button.text() == "Đã sao chép"


def test_worker_thread_exception_reaches_the_gui(qtbot: QtBot, tmp_path: Path, language) -> None:
    reporter = install_exception_hooks(tmp_path / "surplus_assets.log")
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="exporter")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        # A second failure while the dialog is open is appended, not a second dialog.
        error = raise_and_catch()
        sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: "KeyError" in reporter.dialog.details_view.toPlainText())
    finally:
        reporter.uninstall()
    qtbot.addWidget(reporter.dialog)
    assert reporter.dialog.error_text == "ZeroDivisionError: division by zero"
    assert "ZeroDivisionError" in reporter.dialog.details_view.toPlainText()


def test_hooks_are_restored(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = install_exception_hooks(tmp_path / "x.log")
    assert sys.excepthook != before[0]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
