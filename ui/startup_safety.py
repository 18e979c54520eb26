"""Data safety at start: the check and the daily backup after the database opens, and the
offer to restore when the database file is too damaged to open.

    checks = StartupChecks(window, services)   # right after the database opened
    checks.signed_in()                         # problems are shown once someone signed in
    offer_restore_when_damaged(window, error, url)   # open_services raised DatabaseDamagedError

The check (services.integrity "quick": quick_check, foreign keys, the audit chains, every
attachment file present with its size) and then backup_if_due() run in one quiet worker
started START_DELAY_MS after the database opened, so that neither competes with the first
page for the two cores of an officer's laptop: usually they run while the user types their
password. Measured on the 200,000-asset bench database (296 MB): the check takes ~1.9 s and
the daily backup ~6 s more; started at once, they slowed the first painted page by ~0.2 s in
the start-up probe (which signs in without a dialog); delayed, not at all.
The automatic backup is made only when the check found nothing: a backup of damaged data
would become "the latest good backup" offered the next time.
Problems are shown after sign-in, because restoring needs the MAINTAIN permission of
whoever signs in; a database that cannot be opened at all is offered for restore at once,
before sign-in (nobody can sign in to it), like `surplus-assets-cli restore`.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ui.workers import Job, run_in_background

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
START_DELAY_MS = 2000


class StartupChecks(QObject):
    def __init__(self, window: Any, services: Any, delay_ms: int = START_DELAY_MS) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.report: Any = None
        self.backup_path: Any = None
        self.operation: Any = None
        self._signed_in = False
        self._shown = False
        QTimer.singleShot(delay_ms, self, self._start)

    def _start(self) -> None:
        if self.window.context.sign_in_services is not self.services or not self.window.isVisible():
            return  # closed (a restore, or the application quit) before the check began
        integrity, backup = self.services.integrity, self.services.backup

        def check_then_back_up(job: Job) -> tuple[Any, Any]:
            started = time.perf_counter()
            report = integrity.check("quick")
            path = backup.backup_if_due() if report.ok else None
            log.info("start-up check: %d problems in %.2f s (%s), backup: %s",
                     len(report.problems), report.seconds, ", ".join(report.checked),
                     path or "not due")  # fmt: skip
            log.debug("start-up check and backup took %.2f s", time.perf_counter() - started)
            return report, path

        self.operation = run_in_background(
            self.window,
            check_then_back_up,
            title=translate("DataSafety", "Checking the database…"),
            on_success=self._done,
            on_failure=lambda error: log.error("start-up check refused: %s", error.message),
            show_progress=False,
        )

    def _done(self, result: tuple[Any, Any]) -> None:
        self.report, self.backup_path = result
        self._show_if_ready()

    def signed_in(self) -> None:
        self._signed_in = True
        self._show_if_ready()

    def _show_if_ready(self) -> None:
        if self._shown or self.report is None or self.report.ok or not self._signed_in:
            return
        if self.window.context.services is None or not self.window.isVisible():
            return
        from ui.data_safety import show_report

        self._shown = True
        self.dialog = show_report(self.window, self.report, at_start=True)


def offer_restore_when_damaged(
    window: Any, error: Any, url: str | None, *, shared: bool = False
) -> Any:
    """The database file cannot be opened: say why and offer a backup, before sign-in.
    Closing the offer closes the application: nothing works without a database."""
    from ui.data_safety import show_restore_dialog
    from ui.dialogs.safety_offer_dialog import SafetyOfferDialog

    latest = None
    if getattr(error, "backup", None) is not None:
        from surplus_assets.services.integrity import latest_backup_offer

        latest = latest_backup_offer()
    dialog = SafetyOfferDialog(
        window,
        title=translate("DataSafety", "The database is damaged"),
        message=error.message,
        latest=latest,
        can_restore=True,
        close_text=translate("DataSafety", "Quit"),
    )
    dialog.setObjectName("damagedDatabaseDialog")

    def restore(path: Any) -> None:
        restore_dialog = show_restore_dialog(window, path, url=url, actor=None, shared=shared)
        # Changed their mind: back to the offer, the database still cannot be opened.
        restore_dialog.rejected.connect(
            lambda: offer_restore_when_damaged(window, error, url, shared=shared)
        )

    dialog.restoreRequested.connect(restore)
    dialog.rejected.connect(window.close)
    window.safety_dialog = dialog
    dialog.open()
    return dialog
