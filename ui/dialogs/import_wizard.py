"""The spreadsheet import wizard: file → columns → preview → check → confirm → summary.

    wizard = ImportWizard(parent, services, path=None)
    wizard.imported.connect(refresh)      # after rows were written (the summary counts)
    wizard.open()

It drives the core pipeline (surplus_assets.exchange.spreadsheet_import) step by step, the
same one `surplus-assets import` runs: opening, checking and writing run in workers
(ui.workers); nothing is written before the user presses Import on the confirmation page,
and then all rows are written in one transaction or none. A refused file (not a
spreadsheet, too big, an archive bomb, an old .xls) is explained on the first page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from surplus_assets.errors import ServiceError
from ui import file_dialogs
from ui.dialogs.import_check_pages import ConfirmPage, ValidationPage
from ui.dialogs.import_mapping_pages import MappingPage, PreviewPage
from ui.figures_format import count_text
from ui.help import open_help
from ui.workers import Job, run_in_background

ERROR_STYLE = "color: #b00020;"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportSummary, once rows were written

    FILE, MAPPING, PREVIEW, CHECK, CONFIRM, SUMMARY = range(6)

    def __init__(self, parent: QWidget | None, services: Any, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(lambda: open_help("import-wizard", self))
        help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_shortcut.activated.connect(lambda: open_help("import-wizard", self))
        self.services = services
        self.job: Any = None  # SpreadsheetImport once the file is open
        self.report: Any = None  # ImportReport once checked
        self.summary: Any = None  # ImportSummary once written
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = ValidationPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.mapping_page,
                self.preview_page,
                self.check_page,
                self.confirm_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)  # fmt: skip
        self.resize(1180, 700)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def open_file_now(self) -> None:
        """Start opening the chosen file (as pressing Next on the first page does)."""
        if self.currentId() == self.FILE and self.file_page.isComplete():
            self.next()

    def reject(self) -> None:
        if self.confirm_page.writing:
            return  # the write runs to its end: one transaction, all rows or none
        self.check_page.cancel_check()
        super().reject()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.opening = False
        self.opened_path: Path | None = None
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr(
            "An Excel workbook (.xlsx) or a CSV file with one row per asset. Nothing is "
            "written to the register until you confirm at the end."))  # fmt: skip
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importFilePath")
        self.path_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.path_edit.setPlaceholderText(self.tr("Path of an .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self.browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        self.status = QLabel()
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_text = QLabel(self.tr(
            "Any layout is accepted: title rows above the table, headers over one or two rows, "
            "headers with or without diacritics, numbers written the Vietnamese or the English "
            "way, blank, heading and totals rows. The next step shows which field each column "
            "goes to, and you can change it. To start from a clean sheet with drop-down lists, "
            "save the import template and fill it in."))  # fmt: skip
        help_text.setWordWrap(True)
        template = QPushButton(self.tr("Save the import &template…"))
        template.setObjectName("templateButton")
        template.clicked.connect(self._save_template)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        template_row = QHBoxLayout()
        template_row.addWidget(template)
        template_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addSpacing(12)
        layout.addWidget(help_text)
        layout.addLayout(template_row)
        layout.addStretch(1)

    def _path_changed(self) -> None:
        self.status.clear()
        self.completeChanged.emit()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip().strip('"'))

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.path_edit.text().strip()) and not self.opening

    def browse(self) -> None:
        chosen = file_dialogs.ask_open_path(
            self, self.tr("Choose the spreadsheet to import"),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))  # fmt: skip
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _save_template(self) -> None:
        from ui.spreadsheet_actions import save_template

        save_template(self, self.wizard_.services)

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        """Open the file in a worker; the wizard moves on when it is open and readable."""
        path = self.path()
        wizard = self.wizard_
        if wizard.job is not None and self.opened_path == path:
            return True
        from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport

        services = wizard.services

        def open_file(job: Job) -> Any:
            importer = SpreadsheetImport(services, path)
            importer.open()
            return importer

        self.opening = True
        self.completeChanged.emit()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Opening {name}…").format(name=path.name))
        run_in_background(self, open_file, title=self.tr("Opening the spreadsheet"),
                          on_success=self._opened, on_failure=self._refused)  # fmt: skip
        return False

    def _opened(self, importer: Any) -> None:
        self.opening = False
        self.completeChanged.emit()
        if not importer.sheets:
            reasons = "\n".join(
                self.tr("• Sheet {sheet}: {why}").format(sheet=sheet, why=why)
                for sheet, why in importer.skipped_sheets
            )
            self._show_refusal(self.tr("No sheet of this file holds a list of assets.") +
                               ("\n" + reasons if reasons else ""))  # fmt: skip
            return
        self.wizard_.job = importer
        self.wizard_.report = None
        self.opened_path = importer.path
        self.status.clear()
        self.wizard_.next()

    def _refused(self, error: ServiceError) -> None:
        self.opening = False
        self.completeChanged.emit()
        self._show_refusal(self.tr("This file cannot be imported: {reason}").format(
            reason=error.message))  # fmt: skip

    def _show_refusal(self, text: str) -> None:
        self.wizard_.job = None
        self.opened_path = None
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import finished"))
        self.result = QLabel()
        self.result.setObjectName("summaryText")
        self.result.setWordWrap(True)
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        captions = (("added", self.tr("Assets added:")), ("updated", self.tr("Assets updated:")),
                    ("unchanged", self.tr("Rows unchanged (already in the register):")),
                    ("rejected", self.tr("Rows refused (not imported):")))  # fmt: skip
        for row, (key, caption) in enumerate(captions):
            figure = QLabel()
            figure.setObjectName(f"summary_{key}")
            font = figure.font()
            font.setBold(True)
            figure.setFont(font)
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(figure, row, 1)
            self.figures[key] = figure
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addLayout(grid)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        summary = self.wizard_.summary
        if summary is None:
            return
        for key in self.figures:
            self.figures[key].setText(count_text(getattr(summary, key)))
        name = self.wizard_.job.path.name
        if summary.rejected:
            text = self.tr("The valid rows of {file} were written to the register in one "
                           "step. The refused rows were left out: correct them in the file (the "
                           "saved error list shows where) and import it again.")  # fmt: skip
        else:
            text = self.tr("Every row of {file} was written to the register in one step.")
        self.result.setText(text.format(file=name))
