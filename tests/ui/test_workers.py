"""Background operations: progress dialog after a delay, Cancel, results and errors on the
GUI thread."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from surplus_assets.errors import FieldProblem, NotFoundError, ValidationError
from ui import workers
from ui.dialogs.crash_dialog import CrashDialog
from ui.workers import Job, run_in_background


def make_parent(qtbot: QtBot) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    return parent


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, language) -> None:
    parent = make_parent(qtbot)
    ran_in: list[str] = []
    received: list[tuple[int, str]] = []

    def job(j: Job) -> int:
        ran_in.append(threading.current_thread().name)
        return 42

    op = run_in_background(
        parent,
        job,
        title="Sum",
        on_success=lambda r: received.append((r, threading.current_thread().name)),
    )
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert received == [(42, threading.main_thread().name)]
    assert ran_in[0] != threading.main_thread().name
    assert op.dialog is None  # fast jobs never flash a progress dialog


def test_slow_job_shows_progress_and_the_gui_stays_responsive(qtbot: QtBot, language) -> None:
    parent = make_parent(qtbot)
    release = threading.Event()

    def job(j: Job) -> str:
        j.report(3, 10, "Đang đọc dòng 3")
        release.wait(5)
        return "done"

    results: list[str] = []
    started = time.monotonic()
    op = run_in_background(parent, job, title="Import", on_success=results.append)
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    assert time.monotonic() - started >= workers.SHOW_DELAY_MS / 1000 * 0.9
    dialog = op.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 3 and dialog.maximum() == 10)
    assert dialog.labelText() == "Đang đọc dòng 3"
    assert dialog.windowTitle() == "Import"
    assert dialog.findChild(QPushButton).text() == "Huỷ"
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert op.dialog is None
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_cancel_stops_the_job(qtbot: QtBot, language) -> None:
    parent = make_parent(qtbot)
    steps: list[int] = []

    def job(j: Job) -> None:
        for i in range(500):
            j.check_cancelled()
            steps.append(i)
            j.report(i, 500)
            time.sleep(0.01)

    cancelled: list[bool] = []
    succeeded: list[object] = []
    op = run_in_background(
        parent,
        job,
        title="Slow",
        on_success=succeeded.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    button = op.dialog.findChild(QPushButton)
    qtbot.mouseClick(button, workers.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cancelled == [True], timeout=3000)
    assert succeeded == []
    assert len(steps) < 500


def test_refused_operation_shows_the_service_message(qtbot: QtBot, language) -> None:
    parent = make_parent(qtbot)

    def job(j: Job) -> None:
        raise NotFoundError("Không tìm thấy tài sản HQ-0001. Tài sản có thể đã bị xoá.")

    op = run_in_background(parent, job, title="Mở tài sản")
    qtbot.waitUntil(lambda: op.error_dialog is not None)
    box = op.error_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Không tìm thấy tài sản HQ-0001. Tài sản có thể đã bị xoá."
    assert box.windowTitle() == "Mở tài sản"
    assert box.button(QMessageBox.StandardButton.Ok).text() == "Đồng ý"  # Qt's own, translated
    box.accept()


def test_validation_errors_are_listed_one_per_line(qtbot: QtBot, language) -> None:
    parent = make_parent(qtbot)
    problems = [FieldProblem("Mã", "Đã tồn tại"), FieldProblem("Diện tích", "Phải lớn hơn 0")]

    def job(j: Job) -> None:
        raise ValidationError(problems)

    op = run_in_background(parent, job, title="Lưu")
    qtbot.waitUntil(lambda: op.error_dialog is not None)
    assert op.error_dialog.text() == "Vui lòng sửa các mục sau rồi thử lại:"
    assert op.error_dialog.informativeText() == "• Mã: Đã tồn tại\n• Diện tích: Phải lớn hơn 0"
    op.error_dialog.accept()


def test_on_failure_receives_service_errors_instead_of_a_dialog(qtbot, language) -> None:
    parent = make_parent(qtbot)
    errors: list[Exception] = []

    def job(j: Job) -> None:
        raise ValidationError([FieldProblem("code", "taken")])

    op = run_in_background(parent, job, title="Save", on_failure=errors.append)
    with qtbot.waitSignal(op.finished):
        pass
    assert [type(e) for e in errors] == [ValidationError]
    assert op.error_dialog is None


def test_unexpected_exception_is_logged_and_shown(qtbot: QtBot, language, caplog) -> None:
    parent = make_parent(qtbot)

    def job(j: Job) -> None:
        raise ZeroDivisionError("division by zero in the importer")

    with caplog.at_level(logging.ERROR):
        op = run_in_background(parent, job, title="Import")
        qtbot.waitUntil(lambda: op.error_dialog is not None)
    dialog = op.error_dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    assert dialog.error_text == "ZeroDivisionError: division by zero in the importer"
    assert "Traceback" in caplog.text and "in job" in caplog.text
    dialog.reject()
    assert QApplication.activeModalWidget() is None


QUIT_WHILE_A_JOB_RUNS = r"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from ui.workers import run_in_background

app = QApplication([])
window = QWidget()
window.show()
run_in_background(window, lambda job: time.sleep(1.0) or 42, title="Checking", show_progress=False)
QTimer.singleShot(100, app.quit)  # the user closes the application during the job
app.exec()
print("event loop left", flush=True)
"""


def test_a_job_still_running_when_the_application_quits_ends_quietly() -> None:
    """A job (the start-up check, a backup) that ends after the application quit has nobody
    to report to: its result is dropped, with no traceback on the way out."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", QUIT_WHILE_A_JOB_RUNS], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "event loop left" in done.stdout
    assert "Traceback" not in done.stderr and "has been deleted" not in done.stderr, done.stderr
