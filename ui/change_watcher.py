"""Notice changes others made to a shared database, so the lists can show them.

Every POLL_INTERVAL_MS a quiet worker reads services.shared_database.changes_since() (three
indexed max() queries, well under a millisecond on SQLite and a few on a LAN PostgreSQL)
and emits `changed` when the mark differs from the previous one. It polls on SQLite too:
the cost is negligible and two application instances on one file behave the same way.
One poll at a time; failures (a server briefly unreachable) are logged and retried at the
next tick.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from surplus_assets.errors import ServiceError
from ui.workers import Job, run_in_background

log = logging.getLogger(__name__)
POLL_INTERVAL_MS = 10_000


class ChangeWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QWidget, interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._widget = parent
        self._services: Any = None
        self._mark: Any = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def watch(self, services: Any) -> None:
        """Start watching `services`' database (None stops)."""
        self._services, self._mark = services, None
        if services is None:
            self.timer.stop()
            return
        self.poll()  # the first mark, against which later polls compare
        self.timer.start()

    def poll(self) -> None:
        services = self._services
        if services is None or self._polling:
            return
        from surplus_assets.services.shared_database import changes_since

        self._polling = True

        def read_mark(job: Job) -> Any:
            try:
                return services, changes_since(services.db)
            except Exception as error:  # a lost connection: retried at the next tick
                raise ServiceError(str(error).splitlines()[0] if str(error) else "") from error

        run_in_background(
            self._widget,
            read_mark,
            title=self.tr("Checking for changes"),
            on_success=self._compare,
            on_failure=self._failed,
            show_progress=False,
        )

    def _compare(self, result: tuple[Any, Any]) -> None:
        self._polling = False
        services, mark = result
        if services is not self._services:
            return  # signed out or switched meanwhile
        previous, self._mark = self._mark, mark
        if previous is not None and mark != previous:
            log.debug("Database changed: %s", mark)
            self.changed.emit()

    def _failed(self, error: ServiceError) -> None:
        self._polling = False
        log.info("Checking for changes failed: %s", error.message)
