"""Import wizard steps 4 and 5: check every row, then confirm and write.

The check runs in a worker with a progress bar and Cancel; every problem is listed (sheet,
row, column, header, value, message) and the list can be saved as an .xlsx with the
offending cells highlighted. As in the CLI, nothing is imported while a row is refused,
unless the user ticks "import only the valid rows" (off by default, like --skip-invalid).
Writing happens only when the user presses Import on the confirmation page: one
transaction, all rows or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from surplus_assets.errors import ServiceError
from surplus_assets.progress import OperationCancelledError
from ui import file_dialogs
from ui.figures_format import count_text
from ui.models.import_problems_model import ImportProblemsModel
from ui.workers import BackgroundOperation, Job, run_in_background

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def counts_text(counts: dict[str, int]) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "ImportWizard", "{add} to add, {update} to update, {unchanged} unchanged, {rejected} "
        "refused").format(**{k: count_text(v) for k, v in counts.items()})  # fmt: skip


class ValidationPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.operation: BackgroundOperation[Any] | None = None
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(self.tr(
            "Every row is checked against the register's rules. Nothing has been written "
            "yet."))  # fmt: skip
        self.progress = QProgressBar()
        self.progress.setObjectName("validationProgress")
        self.cancel_button = QPushButton(self.tr("&Cancel the check"))
        self.cancel_button.setObjectName("cancelCheckButton")
        self.cancel_button.clicked.connect(self.cancel_check)
        self.again_button = QPushButton(self.tr("Check &again"))
        self.again_button.setObjectName("checkAgainButton")
        self.again_button.clicked.connect(self.start_check)
        self.status = QLabel()
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        self.model = ImportProblemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("problemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((110, 50, 60, 170, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.detail = QLabel()
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save the error list…"))
        self.save_button.setObjectName("saveErrorsButton")
        self.save_button.clicked.connect(self.save_error_list)
        self.skip_invalid = QCheckBox(self.tr(
            "&Import only the valid rows and leave out the refused ones"))  # fmt: skip
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.saved = QLabel()
        self.saved.setObjectName("errorListSaved")
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.again_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addStretch(1)
        bottom.addWidget(self.saved)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(bottom)

    # --- checking ---------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.skip_invalid.setChecked(False)
        self.start_check()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override: Back)
        self.cancel_check()

    def start_check(self) -> None:
        from surplus_assets.services.bulk_import import ImportCancelledError

        importer = self.wizard_.job
        self.wizard_.report = None
        text = self.tr("Checking the rows…")

        def check(job: Job) -> Any:
            def progress(done: int, total: int) -> None:
                job.report(done, total, text)

            try:
                return importer.validate(progress, job.is_cancelled)
            except ImportCancelledError:
                raise OperationCancelledError from None

        self.model.set_problems([])
        self.detail.clear()
        self.saved.clear()
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self._set_running(True)
        self.operation = run_in_background(
            self, check, title=self.tr("Checking the rows"), on_success=self._checked,
            on_failure=self._failed, on_cancelled=self._cancelled, show_progress=False,
        )  # fmt: skip
        self.operation.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel_check(self) -> None:
        if self.operation is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.operation.cancel()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.again_button.setVisible(not running and self.wizard_.report is None)
        self.save_button.setEnabled(False)
        self.completeChanged.emit()

    def _checked(self, report: Any) -> None:
        self.operation = None
        self.wizard_.report = report
        self._set_running(False)
        self.model.set_problems(report.problems)
        self.save_button.setEnabled(bool(report.problems))
        counts = counts_text(report.counts)
        if report.ok:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("Every row can be imported: {counts}.").format(
                counts=counts))  # fmt: skip
        else:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.tr(
                "{problems} problem(s) in {rejected} row(s): {counts}. Nothing will be imported "
                "until they are corrected, unless you choose to import only the valid rows."
            ).format(problems=count_text(len(report.problems)),
                     rejected=count_text(report.counts["rejected"]), counts=counts))  # fmt: skip
        if report.problems:
            self.table.selectRow(0)

    def _failed(self, error: ServiceError) -> None:
        self.operation = None
        self._set_running(False)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error.message)

    def _cancelled(self) -> None:
        self.operation = None
        self._set_running(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The check was cancelled; nothing was written."))

    def _show_detail(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.problems):
            p = self.model.problems[row]
            self.detail.setText(self.tr("Sheet {sheet}, row {row}, column {column}: {message}"
                                        ).format(sheet=p.sheet, row=p.row, column=p.column or "—",
                                                 message=p.message))  # fmt: skip

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        report = self.wizard_.report
        if report is None or self.operation is not None:
            return False
        counts = report.counts
        if counts["add"] + counts["update"] == 0:
            return False  # nothing to write
        return bool(report.ok or self.skip_invalid.isChecked())

    # --- error list -------------------------------------------------------------------------

    def save_error_list(self) -> None:
        report = self.wizard_.report
        if report is None or not report.problems:
            return
        stem = self.wizard_.job.path.stem
        chosen = file_dialogs.ask_save_path(
            self, self.tr("Save the error list"), self.tr("{name}-errors.xlsx").format(name=stem),
            self.tr("Excel workbook (*.xlsx)"))  # fmt: skip
        if chosen is None:
            return
        path = chosen[0] if chosen[0].suffix.lower() == ".xlsx" else \
            chosen[0].with_name(chosen[0].name + ".xlsx")  # fmt: skip
        from surplus_assets.exchange.xlsx_template import write_error_list

        importer, problems = self.wizard_.job, report.problems
        run_in_background(
            self, lambda job: write_error_list(path, importer, problems),
            title=self.tr("Saving the error list"),
            on_success=lambda _r: self.saved.setText(
                self.tr("The error list was saved to {path}.").format(path=path.name)),
        )  # fmt: skip


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.writing = False
        self.setTitle(self.tr("Confirm the import"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.text = QLabel()
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("confirmStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("writeProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        report, name = self.wizard_.report, self.wizard_.job.path.name
        counts = {k: count_text(v) for k, v in report.counts.items()}
        lines = [
            self.tr("Ready to import {file}:").format(file=name),
            self.tr("• {add} new assets will be added").format(**counts),
            self.tr("• {update} assets will be updated (same asset code)").format(**counts),
            self.tr("• {unchanged} rows are already in the register as they are").format(**counts),
        ]
        if report.counts["rejected"]:
            lines.append(self.tr("• {rejected} refused rows will be left out").format(**counts))
        lines += ["", self.tr(
            "Nothing has been written yet. Press Import to write these rows in one step: "
            "either all of them are saved or none is.")]  # fmt: skip
        self.text.setText("\n".join(lines))
        self.status.clear()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return not self.writing

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Write in a worker; the wizard moves to the summary when the write succeeded."""
        if self.wizard_.summary is not None:
            return True
        importer, report = self.wizard_.job, self.wizard_.report
        skip = not report.ok and self.wizard_.check_page.skip_invalid.isChecked()
        self.writing = True
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Writing to the register…"))
        self.completeChanged.emit()
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.wizard_.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        run_in_background(
            self, lambda job: importer.commit(report, skip_invalid=skip),
            title=self.tr("Importing"), on_success=self._written, on_failure=self._refused,
            cancellable=False,
        )  # fmt: skip
        return False

    def _done_writing(self) -> None:
        self.writing = False
        self.progress.hide()
        self.completeChanged.emit()
        self.wizard_.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.wizard_.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def _written(self, summary: Any) -> None:
        self._done_writing()
        self.wizard_.summary = summary
        if summary.written:
            self.wizard_.imported.emit(summary)
        self.wizard_.next()

    def _refused(self, error: ServiceError) -> None:
        self._done_writing()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("Nothing was written: {reason}").format(reason=error.message))
