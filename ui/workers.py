"""Run anything slow off the GUI thread, with a delayed progress dialog and Cancel.

Like Anki's operation wrapper: one call site pattern for every database or file operation.

    def load(job: Job) -> int:
        for i, row in enumerate(rows):
            job.check_cancelled()           # raises OperationCancelledError once Cancel is pressed
            job.report(i, len(rows), "…")   # cheap: throttled before it reaches the GUI
        return services.catalogue.count_assets()

    run_in_background(self, load, title=self.tr("Counting assets"), on_success=self.show_count)

- The job runs in QThreadPool.globalInstance() and receives a `Job` (a
  surplus_assets.progress.Progress), so core services can take it as their progress argument.
- The progress dialog appears only after SHOW_DELAY_MS, so quick jobs do not flash one.
- Results, failures and progress reach the GUI thread by queued signals; callbacks always run
  on the GUI thread.
- A ServiceError (refused operation) goes to `on_failure` if given, otherwise to a readable
  error dialog. Anything else is unexpected: logged with its traceback and shown in the crash
  dialog. `OperationCancelledError` goes to `on_cancelled` (silence by default).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from surplus_assets.errors import ServiceError
from surplus_assets.progress import OperationCancelledError

log = logging.getLogger(__name__)
T = TypeVar("T")
SHOW_DELAY_MS = 300
_REPORT_INTERVAL_S = 0.05  # at most ~20 progress updates a second reach the GUI
_RUNNING: set[BackgroundOperation[Any]] = set()


class Job:
    """What the background function receives: report progress, check for cancellation."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]) -> None:
        self._cancel = threading.Event()
        self._emit = emit_progress
        self._last_emit = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last_emit >= _REPORT_INTERVAL_S or (total and done >= total):
            self._last_emit = now
            self._emit(done, total, text)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise OperationCancelledError

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Job], Any], job: Job, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._job, self._signals = fn, job, signals

    def run(self) -> None:
        try:
            result = self._fn(self._job)
        except BaseException as error:  # delivered to the GUI thread, never lost
            _deliver(self._signals.failed, error)
        else:
            _deliver(self._signals.succeeded, result)


def _deliver(signal: Any, value: object) -> None:
    try:
        signal.emit(value)
    except RuntimeError:  # the application quit while the job ran: nobody is left to tell
        log.info("A background job ended after the application closed; its result is dropped")


class BackgroundOperation(QObject, Generic[T]):
    """A running job; `finished` is emitted on the GUI thread once every callback has run."""

    finished = Signal()
    # Every progress report that reached the GUI thread (done, total, text), for dialogs
    # that show progress themselves instead of the delayed QProgressDialog.
    progressed = Signal(int, int, str)

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[Job], T],
        *,
        title: str,
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[ServiceError], None] | None,
        on_cancelled: Callable[[], None] | None,
        cancellable: bool,
        show_progress: bool,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self.title = title
        self._on_success, self._on_failure, self._on_cancelled = (
            on_success,
            on_failure,
            on_cancelled,
        )
        self._cancellable = cancellable
        self._log_path = log_path
        self.dialog: QProgressDialog | None = None
        self.error_dialog: QWidget | None = None
        self.done = False
        self._last_progress: tuple[int, int, str] = (0, 0, "")
        self._signals = _Signals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self._on_progress, queued)
        self._signals.succeeded.connect(self._on_succeeded, queued)
        self._signals.failed.connect(self._on_failed, queued)
        self.job = Job(self._signals.progress.emit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        if show_progress:
            self._timer.start(SHOW_DELAY_MS)
        QThreadPool.globalInstance().start(_Runnable(fn, self.job, self._signals))

    def cancel(self) -> None:
        self.job.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))
            self.dialog.setCancelButton(None)  # pressed once is enough

    @Slot()
    def _show_dialog(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(self._parent_widget)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self._apply_progress()
        dialog.show()

    def _apply_progress(self) -> None:
        if self.dialog is None:
            return
        done, total, text = self._last_progress
        if self.job.is_cancelled():
            return
        self.dialog.setLabelText(text or self.title)
        self.dialog.setMaximum(max(total, 0))  # 0: busy indicator
        self.dialog.setValue(min(done, total) if total else 0)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last_progress = (done, total, text)
        self._apply_progress()
        self.progressed.emit(done, total, text)

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_succeeded(self, result: T) -> None:
        self._finish()
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        from ui.dialogs import error_dialog

        self._finish()
        try:
            if isinstance(error, OperationCancelledError):
                log.info("%s: cancelled by the user", self.title)
                if self._on_cancelled is not None:
                    self._on_cancelled()
            elif isinstance(error, ServiceError):
                log.info("%s: refused: %s", self.title, error.message)
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    self.error_dialog = error_dialog.show_error(
                        self._parent_widget, error, title=self.title
                    )
            else:
                self.error_dialog = error_dialog.show_unexpected_error(
                    self._parent_widget, error, log_path=self._log_path
                )
        finally:
            self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Job], T],
    *,
    title: str,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[ServiceError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> BackgroundOperation[T]:
    """Start `fn(job)` in the thread pool; see the module docstring.

    `show_progress=False` is for quiet background refreshes (a status-bar count) that must
    not pop up a dialog. The returned operation is parented to `parent`, so it lives as long
    as the widget; keep no other reference unless you want to cancel it.
    """
    from surplus_assets.logging_setup import active_log_file

    operation = BackgroundOperation(
        parent,
        fn,
        title=title,
        on_success=on_success,
        on_failure=on_failure,
        on_cancelled=on_cancelled,
        cancellable=cancellable,
        show_progress=show_progress,
        log_path=active_log_file(),
    )
    # Keep the operation alive until it is done even if the parent is None or drops it.
    _RUNNING.add(operation)
    operation.finished.connect(lambda: _RUNNING.discard(operation))
    return operation
