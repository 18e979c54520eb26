"""Unexpected exceptions anywhere (GUI thread, worker threads) end in a crash dialog.

`install_exception_hooks()` replaces sys.excepthook and threading.excepthook. Each exception
is logged with its traceback, then shown in ui.dialogs.crash_dialog on the GUI thread (a
queued signal carries it there from other threads). While a crash dialog is open, further
errors are appended to it instead of stacking dialogs.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ui.dialogs.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    _report = Signal(str, str)

    def __init__(self, log_path: Path | None, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.parent_widget = parent_widget
        self.dialog: CrashDialog | None = None
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        thread_name: str = "",
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys_hook(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        where = f" in thread {thread_name}" if thread_name else ""
        log.critical("Unexpected exception%s:\n%s", where, details)
        if sys.stderr is not None:  # None in a windowed (frozen) app
            print(details, file=sys.stderr)
        self._report.emit(f"{exc_type.__name__}: {exc}", details)

    def show_now(self, error: BaseException) -> int:
        """For a failure before the event loop runs (start-up): log it and show the crash
        dialog modally, since there is no window yet to return to. Returns the exit code 1."""
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        log.critical("Start-up failed:\n%s", details)
        if sys.stderr is not None:
            print(details, file=sys.stderr)
        if QApplication.instance() is not None:
            dialog = CrashDialog(
                None,
                error_text=f"{type(error).__name__}: {error}",
                details=details,
                log_path=self.log_path,
            )
            dialog.exec()
        return 1

    def _sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle(exc_type, exc, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else ""
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def install(self) -> None:
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_sys_hook
        threading.excepthook = self._previous_thread_hook

    @Slot(str, str)
    def _show(self, error_text: str, details: str) -> None:
        if QApplication.instance() is None:  # too early or too late for a window
            print(details, file=sys.stderr)
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        parent = self.parent_widget or QApplication.activeWindow()
        self.dialog = CrashDialog(
            parent, error_text=error_text, details=details, log_path=self.log_path
        )
        self.dialog.show()
        self.dialog.raise_()


def install_exception_hooks(
    log_path: Path | None, parent_widget: QWidget | None = None
) -> CrashReporter:
    reporter = CrashReporter(log_path, parent_widget)
    reporter.install()
    return reporter
