"""Import an exchange package: choose → check (nothing written) → summary → conflicts → apply.

The checking step runs services.exchange.inspect() in a worker: it verifies every member
against the manifest and the signature before anything else, so a damaged or hostile
package is refused there, with the core's message shown under the file name. The summary
counts what would change and says who signed the package (or that nobody did). A record
changed on both sides is a conflict: the conflicts step shows each one side by side, and
the user keeps their version, takes the incoming one, or decides later (the conflict is
then kept for Tools ▸ Pending exchange conflicts). Apply runs in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui.help import help_button
from ui.styles import ERROR_STYLE
from ui.widgets.conflict_table import entity_label
from ui.widgets.conflicts_panel import ConflictsPanel
from ui.workers import Job, run_in_background

OUTCOMES = ("new", "updated", "identical", "kept_local", "conflict")
CHOOSE, SUMMARY, CONFLICTS, RESULT = range(4)


def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


class ExchangeImportDialog(QDialog):
    applied = Signal(object)  # services.exchange_results.ImportResult, after a successful apply

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeImportDialog")
        self.setWindowTitle(self.tr("Import an exchange package"))
        self.services = services
        self.preview: Any = None
        self.result: Any = None
        self.busy = False
        self.resize(960, 600)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._summary_page())
        self.conflicts = ConflictsPanel(with_choices=True)
        self.pages.addWidget(self.conflicts)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        result_page = QWidget()
        QVBoxLayout(result_page).addWidget(self.result_label, 1)
        self.pages.addWidget(result_page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(lambda: self._go(SUMMARY))
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        self.help_button = help_button("exchange-import", self)
        buttons.addWidget(self.help_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._go(CHOOSE)

    # ---- pages ---------------------------------------------------------------------------

    def _choose_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(
            self.tr(
                "Choose the package (.zip) you received. It is checked first: nothing in "
                "this database changes until you press Apply."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("packagePath")
        self.path_edit.setAccessibleName(self.tr("Package file"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("Package &file:"))
        label.setBuddy(self.path_edit)
        form.addRow(label, row)
        self.inspect_error = QLabel()
        self.inspect_error.setObjectName("inspectError")
        self.inspect_error.setWordWrap(True)
        self.inspect_error.setStyleSheet(ERROR_STYLE)
        self.inspect_error.hide()
        form.addRow(self.inspect_error)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.signature_label = QLabel()
        self.signature_label.setObjectName("signatureLabel")
        self.signature_label.setWordWrap(True)
        self.origin_label = QLabel()
        self.origin_label.setObjectName("originLabel")
        self.origin_label.setWordWrap(True)
        headers = [
            self.tr("Records"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Identical"),
            self.tr("Kept here"),
            self.tr("Conflicts"),
        ]
        self.counts_table = QTableWidget(0, len(headers))
        self.counts_table.setObjectName("countsTable")
        self.counts_table.setAccessibleName(self.tr("What the package would change"))
        self.counts_table.setHorizontalHeaderLabels(headers)
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.counts_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.counts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary_note = QLabel()
        self.summary_note.setObjectName("summaryNote")
        self.summary_note.setWordWrap(True)
        layout.addWidget(self.signature_label)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.counts_table, 1)
        layout.addWidget(self.summary_note)
        return page

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        has_conflicts = bool(self.preview is not None and self.preview.conflicts)
        self.back_button.setVisible(index == CONFLICTS)
        self.next_button.setVisible(index != RESULT)
        texts = {
            CHOOSE: self.tr("&Check the package"),
            SUMMARY: self.tr("&Next: conflicts") if has_conflicts else self.tr("&Apply"),
            CONFLICTS: self.tr("&Apply"),
        }
        self.next_button.setText(texts.get(index, ""))
        ready = not self.busy
        if index == CHOOSE:
            ready = ready and bool(self.path_edit.text().strip())
        elif index == SUMMARY:
            ready = ready and self.preview is not None and not self.preview.already_imported
        self.next_button.setEnabled(ready)
        self.close_button.setText(self.tr("Close") if index == RESULT else self.tr("Cancel"))
        self.close_button.setEnabled(not self.busy)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an exchange package"),
            self.path_edit.text(),
            self.tr("Exchange packages (*.zip)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index == CHOOSE:
            self.inspect_package()
        elif index == SUMMARY and self.preview is not None and self.preview.conflicts:
            self._go(CONFLICTS)
        elif index in (SUMMARY, CONFLICTS):
            self.apply_package()

    # ---- inspect -------------------------------------------------------------------------

    def inspect_package(self) -> None:
        path = Path(self.path_edit.text().strip())
        self._close_preview()
        self.inspect_error.hide()
        self.busy = True
        self._update_buttons()
        exchange = self.services.exchange
        run_in_background(
            self,
            lambda job: exchange.inspect(path),
            title=self.tr("Checking the package"),
            on_success=self._inspected,
            on_failure=self._refused,
            cancellable=False,
        )

    def _refused(self, error: ServiceError) -> None:
        self.busy = False
        self.inspect_error.setText(
            self.tr("The package was refused; nothing was changed.") + "\n" + error.message
        )
        self.inspect_error.show()
        self._update_buttons()

    def _inspected(self, preview: Any) -> None:
        self.busy = False
        self.preview = preview
        signed = preview.signature.signed
        self.signature_label.setText(preview.signature.describe())
        self.signature_label.setStyleSheet("" if signed else ERROR_STYLE)
        self.origin_label.setText(
            self.tr("Made by {who} on {when} (installation {origin}).").format(
                who=preview.created_by or "—",
                when=local_time(preview.created_at),
                origin=preview.origin_id[:8],
            )
        )
        self._fill_counts(preview.counts)
        if preview.already_imported:
            note = self.tr("This package was already imported; there is nothing to apply.")
        elif preview.conflicts:
            note = self.tr(
                "%n record(s) were changed both here and at the sender: choose which version "
                "to keep on the next page.",
                "",
                len(preview.conflicts),
            )
        elif preview.changes == 0:
            note = self.tr("Everything in this package is already here.")
        else:
            note = self.tr("Press Apply to import these changes.")
        self.summary_note.setText(note)
        self.conflicts.set_conflicts(preview.conflicts)
        self._go(SUMMARY)

    def _fill_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.counts_table.setRowCount(len(counts))
        for row, (entity, values) in enumerate(counts.items()):
            self.counts_table.setItem(row, 0, QTableWidgetItem(entity_label(entity)))
            for column, outcome in enumerate(OUTCOMES, start=1):
                item = QTableWidgetItem(str(values.get(outcome, 0)))
                self.counts_table.setItem(row, column, item)

    # ---- apply ---------------------------------------------------------------------------

    def apply_package(self) -> None:
        preview, choices = self.preview, self.conflicts.choices()
        if preview is None:
            return
        self.busy = True
        self._update_buttons()
        exchange = self.services.exchange

        def apply(job: Job) -> Any:
            return exchange.apply(preview, choices)

        run_in_background(
            self,
            apply,
            title=self.tr("Importing the package"),
            on_success=self._applied,
            on_failure=self._apply_failed,
            cancellable=False,
        )

    def _applied(self, result: Any) -> None:
        self.busy = False
        self.preview = None  # apply() closed it
        self.result = result
        records = [c for entity, c in result.counts.items() if entity != "audit_events"]
        new = sum(c.get("new", 0) for c in records)
        updated = sum(c.get("updated", 0) for c in records)
        lines = [
            self.tr("The package was imported: {new} new and {updated} updated records.").format(
                new=new, updated=updated
            )
        ]
        settled = sum(c.get("conflict", 0) for c in records) - len(result.unresolved)
        if settled:
            lines.append(self.tr("%n conflict(s) settled as you chose.", "", settled))
        if result.unresolved:
            lines.append(
                self.tr(
                    "%n conflict(s) were kept for later: settle them from Tools ▸ Pending "
                    "exchange conflicts.",
                    "",
                    len(result.unresolved),
                )
            )
        self.result_label.setText("\n\n".join(lines))
        self._go(RESULT)
        self.applied.emit(result)

    def _apply_failed(self, error: ServiceError) -> None:
        from ui.dialogs import error_dialog

        self.busy = False
        self.preview = None  # apply() closed it whatever happened; check the file again
        error_dialog.show_error(self, error, title=self.tr("Importing the package"))
        self._go(CHOOSE)

    # ---- closing -------------------------------------------------------------------------

    def _close_preview(self) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview = None

    def reject(self) -> None:
        if self.busy:
            return  # the transaction finishes first; Close is disabled meanwhile
        self._close_preview()
        super().reject()
