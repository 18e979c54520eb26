"""Import approval (reviewers): a countersigned plan report comes back and its proposals are
approved, as `report import-approval FILE --trust CA.pem` does.

The service checks everything before writing (signatures intact, a reviewer's approving
countersignature, the certificate chain when a trusted root is given, no covered record
changed since the report) and either approves every proposal or none; the dialog shows the
approved proposals or the refusal, word for word.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui import preferences as prefs
from ui.dialogs.sign_dialog import with_browse
from ui.dialogs.verify_dialog import BAD, GOOD, NEUTRAL
from ui.report_files import read_pdf, remember_folder, report_folder
from ui.workers import Job, run_in_background


class ImportApprovalDialog(QDialog):
    imported = Signal(object)  # surplus_assets.services.report_approval.ApprovalImport

    def __init__(
        self,
        parent: QWidget | None,
        services: Any,
        settings: QSettings,
        path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importApprovalDialog")
        self.setWindowTitle(self.tr("Import an approved report"))
        self.services = services
        self.settings = settings
        self.working = False
        self.outcome: Any = None
        self.setMinimumWidth(680)

        intro = QLabel(
            self.tr(
                "Choose the plan report countersigned with approval. If every signature is intact "
                "and nothing it covers changed since, its proposals are approved with the decision "
                "written in the countersignature."
            )
        )
        intro.setWordWrap(True)
        self.file_edit = QLineEdit(str(path) if path else "")
        self.file_edit.setObjectName("approvalFile")
        self.trust_edit = QLineEdit(prefs.TRUST_ROOT_PATH.read(settings))
        self.trust_edit.setObjectName("trustRoot")
        self.trust_edit.setPlaceholderText(self.tr("the root certificate of the signing CA"))
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("decisionNumber")
        self.number_edit.setPlaceholderText(self.tr("only if the countersignature has none"))
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("decisionDate")
        self.date_edit.setPlaceholderText(
            self.tr("dd/mm/yyyy, only if the countersignature has none")
        )
        form = QFormLayout()
        form.addRow(
            self.tr("&Countersigned report:"),
            self._browse(self.file_edit, "browsePdf", self._pick_pdf),
        )
        form.addRow(
            self.tr("&Trusted root:"),
            self._browse(self.trust_edit, "browseTrust", self._pick_trust),
        )
        form.addRow(self.tr("Decision &number:"), self.number_edit)
        form.addRow(self.tr("Decision &date:"), self.date_edit)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("importOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.RichText)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome_label.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("closeButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.outcome_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _browse(self, edit: QLineEdit, name: str, pick: Any) -> QWidget:
        button = QPushButton(self.tr("Browse…"))
        button.setObjectName(name)
        return with_browse(edit, button, pick)

    def _pick_pdf(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Countersigned report"),
            report_folder(self.settings),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.file_edit.setText(name)

    def _pick_trust(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Trusted root certificate"),
            self.trust_edit.text(),
            self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"),
        )
        if name:
            self.trust_edit.setText(name)

    def _say(self, text_html: str, colour: str) -> None:
        self.outcome_label.setText(f'<div style="color:{colour}">{text_html}</div>')
        self.outcome_label.show()

    def run_import(self) -> None:
        from surplus_assets.domain.dates import parse_date

        if self.working:
            return
        text = self.file_edit.text().strip()
        if not text:
            self._say(html.escape(self.tr("Choose the countersigned report.")), BAD)
            return
        try:
            day = parse_date(self.date_edit.text().strip() or None)
        except ServiceError as error:
            self._say(html.escape(error.message), BAD)
            return
        path = Path(text)
        trust = [Path(self.trust_edit.text().strip())] if self.trust_edit.text().strip() else []
        number = self.number_edit.text().strip() or None
        reports = self.services.reports

        def work(job: Job) -> Any:
            return reports.import_approval(
                read_pdf(path),
                trust_roots=trust,
                decision_number=number,
                decision_date=day,
                file_name=path.name,
            )

        self.working = True
        self.import_button.setEnabled(False)
        self._say(html.escape(self.tr("Checking the report…")), NEUTRAL)
        run_in_background(
            self,
            work,
            title=self.tr("Importing the approval"),
            on_success=lambda done: self._imported(done, path, trust),
            on_failure=self._refused,
            on_cancelled=self._idle,
        )

    def _idle(self) -> None:
        self.working = False
        self.import_button.setEnabled(True)

    def _refused(self, error: ServiceError) -> None:
        self._idle()
        message = error.message
        problems = getattr(error, "problems", None)
        if problems:
            message = " ".join(p.message for p in problems)
        head = html.escape(self.tr("Nothing was approved."))
        self._say(f"<b>{head}</b><br>{html.escape(message)}", BAD)

    def _imported(self, done: Any, path: Path, trust: list[Path]) -> None:
        from surplus_assets.domain.dates import format_date

        self._idle()
        self.outcome = done
        remember_folder(self.settings, path)
        if trust:
            prefs.TRUST_ROOT_PATH.write(self.settings, str(trust[0]))
        head = self.tr("Approved %n proposal(s):", "", len(done.proposals))
        codes = ", ".join(p.code for p in done.proposals)
        decision = self.tr("Decision {number} of {date}, signed by {signer}.").format(
            number=done.decision_number,
            date=format_date(done.decision_date),
            signer=done.decision_signer,
        )
        lines = [f"<b>{html.escape(head)}</b> {html.escape(codes)}", html.escape(decision)]
        if done.trusted is None:
            lines.append(
                html.escape(
                    self.tr(
                        "Warning: the certificate was not checked against a trusted root; "
                        "choose the trusted root to check it."
                    )
                )
            )
        self._say("<br>".join(lines), GOOD)
        self.import_button.hide()
        self.imported.emit(done)
