"""The report dialog: choose what a report covers, fill its header, generate, preview the
pages, then save it and/or sign it.

One dialog for the four kinds (ReportService requests): inventory and progress take asset
filters, the plan takes proposals, the dossier one asset. The header comes from the
database settings and can be changed for this report. Generating runs in a worker with
progress and Cancel and records the report in the register; signing (ui.dialogs.sign_dialog)
records the signed version too. Nothing is written to disk until Save as… is pressed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from ui.dialogs.field_problems import PROBLEM_STYLE
from ui.dialogs.report_header import HeaderForm
from ui.dialogs.report_scope import AssetCodeScope, AssetScope, ProposalScope
from ui.help import help_button
from ui.permissions import may
from ui.report_files import remember_folder, report_folder, write_pdf
from ui.report_labels import kind_label
from ui.widgets.pdf_preview import PdfPreview
from ui.workers import run_in_background

FILE_STEMS = {
    "inventory": "bao-cao-danh-muc-tai-san",
    "plan": "to-trinh-phuong-an-xu-ly",
    "dossier": "ho-so-tai-san",
    "progress": "bao-cao-tien-do",
}


def suggested_file_name(kind: str, number: str | None, code: str = "", signed: bool = False) -> str:
    """E.g. "12-to-trinh-phuong-an-xu-ly-da-ky.pdf" (ASCII: safe on every file system)."""
    head = (number or "").split("/")[0].strip()
    parts = [re.sub(r"[^0-9A-Za-z]+", "-", head).strip("-"), FILE_STEMS.get(kind, kind)]
    if code:
        parts.append(re.sub(r"[^0-9A-Za-z]+", "-", code).strip("-"))
    if signed:
        parts.append("da-ky")
    return "-".join(p for p in parts if p) + ".pdf"


class ReportDialog(QDialog):
    recorded = Signal(object)  # a new register entry (generated or signed)
    generated = Signal(int)  # pages of the report just generated

    def __init__(
        self,
        parent: QWidget | None,
        services: Any,
        settings: QSettings,
        kind: str,
        *,
        list_query: Any = None,
        asset_code: str = "",
        proposals: tuple[Any, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.services = services
        self.settings = settings
        self.kind = kind
        self.outcome: Any = None
        self.saved_path: Path | None = None
        self.working = False
        self.sign_dialog: Any = None
        self.setWindowTitle(kind_label(kind))
        self.resize(1320, 720)

        self.scope: Any
        if kind == "plan":
            self.scope = ProposalScope(services, proposals)
        elif kind == "dossier":
            self.scope = AssetCodeScope(asset_code)
        else:
            self.scope = AssetScope(services, list_query)
        scope_box = QGroupBox(self.tr("What the report covers"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.scope)
        self.as_of: QDateEdit | None = None
        if kind == "progress":
            from surplus_assets.domain.deadlines import today_in_vietnam

            today = today_in_vietnam()
            self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
            self.as_of.setObjectName("asOfDate")
            self.as_of.setDisplayFormat("dd/MM/yyyy")
            self.as_of.setCalendarPopup(True)
            row = QFormLayout()
            row.addRow(self.tr("Figures &as of:"), self.as_of)
            scope_layout.addLayout(row)
        self.header = HeaderForm(kind, services.settings.all())
        header_box = QGroupBox(self.tr("Document header"))
        QVBoxLayout(header_box).addWidget(self.header)
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("generateButton")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.problem = QLabel()
        self.problem.setObjectName("reportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(scope_box, 1 if kind == "plan" else 0)
        left_layout.addWidget(header_box)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.generate_button, 0, Qt.AlignmentFlag.AlignRight)
        if kind != "plan":
            left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(440)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview = PdfPreview()
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 860])
        splitter.setChildrenCollapsible(False)

        self.state_label = QLabel()
        self.state_label.setObjectName("reportState")
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        self.sign_button = QPushButton(self.tr("S&ign…"))
        self.sign_button.setObjectName("signButton")
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.sign_button.setVisible(may(services.actor, Permission.SIGN_REPORTS))
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        self.help_button = help_button("report-dialog", self)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # ---- generating -------------------------------------------------------------------------

    def request(self) -> Any:
        from surplus_assets.services.report_requests import (
            DossierRequest,
            InventoryRequest,
            PlanRequest,
            ProgressRequest,
        )

        options = self.header.options()
        if self.kind == "plan":
            codes = self.scope.codes()
            if not codes:
                raise ServiceError(self.tr("Tick at least one proposal for the plan."))
            return PlanRequest(codes, options)
        if self.kind == "dossier":
            if not self.scope.code():
                raise ServiceError(self.tr("Give the code of the asset."))
            return DossierRequest(self.scope.code(), options)
        if self.kind == "progress":
            day = self.as_of.date() if self.as_of is not None else None
            as_of = date(day.year(), day.month(), day.day()) if day is not None else None
            return ProgressRequest(as_of, self.scope.query(), options)
        return InventoryRequest(self.scope.query(), options)

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def generate(self) -> None:
        if self.working:
            return
        try:
            request = self.request()
        except ServiceError as error:
            self._show_problem(error.message)
            return
        self.problem.hide()
        self.working = True
        self._update_buttons()
        reports = self.services.reports
        run_in_background(
            self,
            lambda job: reports.generate(request, progress=job),
            title=self.tr("Generating the report"),
            on_success=self._generated,
            on_failure=self._refused,
            on_cancelled=self._idle,
        )

    def _idle(self) -> None:
        self.working = False
        self._update_buttons()

    def _refused(self, error: ServiceError) -> None:
        self._idle()
        problems = getattr(error, "problems", None)
        self._show_problem(" ".join(p.message for p in problems) if problems else error.message)

    def _generated(self, outcome: Any) -> None:
        self._idle()
        self._set_outcome(outcome)
        self.generated.emit(outcome.entry.pages or 0)

    def _set_outcome(self, outcome: Any) -> None:
        self.outcome = outcome
        self.saved_path = None
        self.preview.set_pdf(outcome.pdf)
        entry = outcome.entry
        if entry.signer_name:
            text = self.tr("Signed by {name}; not saved yet.").format(name=entry.signer_name)
        else:
            text = self.tr("Generated, not signed; not saved yet.")
        self.state_label.setText(text)
        self._update_buttons()
        self.recorded.emit(entry)

    def _update_buttons(self) -> None:
        has = self.outcome is not None and not self.working
        self.save_button.setEnabled(has)
        self.sign_button.setEnabled(has)
        self.generate_button.setEnabled(not self.working)

    # ---- saving and signing -----------------------------------------------------------------

    def suggested_name(self) -> str:
        if self.outcome is None:
            return ""
        entry = self.outcome.entry
        code = self.scope.code() if self.kind == "dossier" else ""
        return suggested_file_name(self.kind, entry.number, code, signed=bool(entry.signer_name))

    def save_as(self) -> None:
        if self.outcome is None:
            return
        start = str(Path(report_folder(self.settings)) / self.suggested_name())
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), start, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        pdf = self.outcome.pdf
        run_in_background(
            self,
            lambda job: write_pdf(path, pdf),
            title=self.tr("Saving the report"),
            on_success=self._saved,
        )

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        remember_folder(self.settings, path)
        self.state_label.setText(self.tr("Saved to {path}").format(path=path))

    def open_sign_dialog(self) -> Any:
        from ui.dialogs.sign_dialog import SignDialog

        if self.outcome is None:
            return None
        pdf, reports = self.outcome.pdf, self.services.reports
        self.sign_dialog = SignDialog(
            self,
            self.settings,
            lambda request, job: reports.sign(pdf, request.source, request.options),
            location=self.header.place.text().strip(),
        )
        self.sign_dialog.signed.connect(self._set_outcome)
        self.sign_dialog.open()
        return self.sign_dialog

    def reject(self) -> None:
        if self.working:
            return
        signed = self.outcome is not None and self.outcome.entry.signer_name
        if signed and self.saved_path is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Close the report"),
                self.tr(
                    "The signed report is not saved. Close without saving it? "
                    "You would have to sign it again."
                ),
                parent=self,
            )
            box.setObjectName("confirmClose")
            discard = box.addButton(
                self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.finished.connect(
                lambda _r: self._close_now() if box.clickedButton() is discard else None
            )
            self.confirm_box = box
            box.open()
            return
        self._close_now()

    def _close_now(self) -> None:
        self.preview.clear()
        super().reject()
