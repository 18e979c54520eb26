"""Tools ▸ Pending exchange conflicts: settle the conflicts an import kept for later.

Conflicts are kept when an import was run from the command line (`exchange import`) or the
user chose "decide later". Each is shown side by side (here / incoming); "Keep mine" or
"Take incoming" settles it with services.exchange.resolve() in a worker, and the list is
read again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from ui.permissions import apply_permissions
from ui.widgets.conflicts_panel import ConflictsPanel
from ui.workers import Job, run_in_background


class PendingConflictsDialog(QDialog):
    resolved = Signal()  # a conflict was settled: lists elsewhere may show new values

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingConflictsDialog")
        self.setWindowTitle(self.tr("Pending exchange conflicts"))
        self.services = services
        self.busy = False
        self.loaded = False
        self.resize(960, 560)

        self.summary = QLabel(self.tr("Reading the conflicts…"))
        self.summary.setObjectName("pendingSummary")
        self.summary.setWordWrap(True)
        self.panel = ConflictsPanel(with_choices=False)
        self.panel.currentChanged.connect(lambda _conflict: self._update_buttons())
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.clicked.connect(lambda: self.resolve_current("local"))
        self.take_button = QPushButton(self.tr("&Take incoming"))
        self.take_button.setObjectName("takeIncomingButton")
        self.take_button.clicked.connect(lambda: self.resolve_current("incoming"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        apply_permissions(
            {Permission.IMPORT_DATA: [self.keep_button, self.take_button]}, services.actor
        )
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        exchange = self.services.exchange
        self.busy = True
        self._update_buttons()
        run_in_background(
            self,
            lambda job: exchange.conflicts(),
            title=self.tr("Reading the conflicts"),
            on_success=self._show,
            on_failure=self._failed,
            show_progress=False,
        )

    def _show(self, conflicts: list[Any]) -> None:
        self.busy = False
        self.loaded = True
        self.panel.set_conflicts(conflicts)
        self.summary.setText(
            self.tr(
                "%n conflict(s) wait for a decision. Compare the two versions and keep one.",
                "",
                len(conflicts),
            )
            if conflicts
            else self.tr("No exchange conflicts are waiting for a decision.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self.busy and self.panel.current() is not None
        for button in (self.keep_button, self.take_button):
            button.setEnabled(ready and not button.isHidden())

    def resolve_current(self, keep: str) -> None:
        conflict = self.panel.current()
        if conflict is None or self.busy:
            return
        exchange = self.services.exchange

        def resolve(job: Job) -> None:
            exchange.resolve(conflict.conflict_id, keep)

        self.busy = True
        self._update_buttons()
        run_in_background(
            self,
            resolve,
            title=self.tr("Settling the conflict"),
            on_success=self._resolved,
            on_failure=self._failed,
            cancellable=False,
        )

    def _resolved(self, _result: None) -> None:
        self.resolved.emit()
        self.reload()

    def _failed(self, error: ServiceError) -> None:
        from ui.dialogs import error_dialog

        self.busy = False
        self._update_buttons()
        error_dialog.show_error(self, error, title=self.tr("Pending exchange conflicts"))
