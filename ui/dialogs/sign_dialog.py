"""Sign a report: a certificate file (PKCS#12) or a USB token (PKCS#11), like `--sign` and
`--pkcs11-module` of the CLI.

Two uses:
- signing the report just generated (the report dialog hands in what to do with the signer);
- countersigning a signed PDF file (a reviewer; the dialog asks for the file, where to save
  the countersigned copy and, optionally, the approval: decision number and date).

The passphrase or PIN is read from its field when Sign is pressed, handed to the worker and
then cleared; it is never stored. The certificate path, token driver, token label and key
label are remembered as preferences. A wrong passphrase, an unknown token or a missing
driver keeps the dialog open with the service's message under the fields (in the interface
language) and the cursor back in the secret field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui import preferences as prefs
from ui.dialogs.field_problems import PROBLEM_STYLE
from ui.help import add_help_button
from ui.report_files import remember_folder, report_folder
from ui.workers import Job, run_in_background


@dataclass(frozen=True)
class SignRequest:
    """What the dialog gathered; `perform` turns it into a signed report."""

    source: Any  # surplus_assets.reports.signing.Pkcs12Source | Pkcs11Source
    options: Any  # surplus_assets.reports.signing.SignOptions
    approval: Any = None  # surplus_assets.reports.approval.ApprovalNote (countersigning)
    input_path: Path | None = None  # countersigning: the signed file
    output_path: Path | None = None  # countersigning: where the countersigned copy goes


Perform = Callable[[SignRequest, Job], Any]


def with_browse(edit: QLineEdit, button: QPushButton, pick: Callable[[], None]) -> QWidget:
    """A path field with its Browse button on one row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    button.clicked.connect(pick)
    row.addWidget(button)
    box.setFocusProxy(edit)
    return box


class SignDialog(QDialog):
    signed = Signal(object)  # what `perform` returned (a ReportOutcome)

    def __init__(
        self,
        parent: QWidget | None,
        settings: QSettings,
        perform: Perform,
        *,
        countersign: bool = False,
        may_approve: bool = False,
        input_path: Path | None = None,
        location: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.settings = settings
        self.perform = perform
        self.countersign = countersign
        self.working = False
        self.outcome: Any = None
        self.setWindowTitle(
            self.tr("Countersign a report") if countersign else self.tr("Sign the report")
        )
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        self.input_edit = QLineEdit(str(input_path) if input_path else "")
        self.input_edit.setObjectName("inputPath")
        self.output_edit = QLineEdit()
        self.output_edit.setObjectName("outputPath")
        if countersign:
            files = QGroupBox(self.tr("File"))
            form = QFormLayout(files)
            form.addRow(
                self.tr("Signed &report:"),
                self._with_browse(self.input_edit, "browseInput", self._pick_input),
            )
            form.addRow(
                self.tr("Sa&ve the countersigned copy as:"),
                self._with_browse(self.output_edit, "browseOutput", self._pick_output),
            )
            self.input_edit.textChanged.connect(self._suggest_output)
            self._suggest_output()
            layout.addWidget(files)

        method = QGroupBox(self.tr("Sign with"))
        method_layout = QVBoxLayout(method)
        self.p12_radio = QRadioButton(self.tr("A certificate &file (.p12/.pfx)"))
        self.p12_radio.setObjectName("usePkcs12")
        self.token_radio = QRadioButton(self.tr("A USB &token (PKCS#11)"))
        self.token_radio.setObjectName("useToken")
        group = QButtonGroup(self)
        group.addButton(self.p12_radio)
        group.addButton(self.token_radio)
        radios = QHBoxLayout()
        radios.addWidget(self.p12_radio)
        radios.addWidget(self.token_radio)
        radios.addStretch(1)
        method_layout.addLayout(radios)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._pkcs12_page())
        self.stack.addWidget(self._token_page())
        method_layout.addWidget(self.stack)
        layout.addWidget(method)
        self.p12_radio.toggled.connect(self._method_changed)

        details = QGroupBox(self.tr("Shown in the signature"))
        form = QFormLayout(details)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.location_edit = QLineEdit(location)
        self.location_edit.setObjectName("locationEdit")
        form.addRow(self.tr("R&eason:"), self.reason_edit)
        form.addRow(self.tr("&Location:"), self.location_edit)
        layout.addWidget(details)

        self.approval_box = QGroupBox(self.tr("This signature &approves the proposals"))
        self.approval_box.setObjectName("approvalBox")
        self.approval_box.setCheckable(True)
        self.approval_box.setChecked(False)
        form = QFormLayout(self.approval_box)
        self.decision_number_edit = QLineEdit()
        self.decision_number_edit.setObjectName("decisionNumber")
        self.decision_number_edit.setPlaceholderText(self.tr("e.g. 45/QĐ-UBND"))
        self.decision_date_edit = QLineEdit()
        self.decision_date_edit.setObjectName("decisionDate")
        self.decision_date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        form.addRow(self.tr("Decision &number:"), self.decision_number_edit)
        form.addRow(self.tr("Decision &date:"), self.decision_date_edit)
        note = QLabel(
            self.tr(
                "The decision is written into your signature; importing the "
                "countersigned report then approves its proposals."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(self.approval_box)
        self.approval_box.setVisible(countersign and may_approve)
        self.approval_box.toggled.connect(self._approval_toggled)

        self.error_label = QLabel()
        self.error_label.setObjectName("signError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(PROBLEM_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox()
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self.help_button = add_help_button(self.buttons, "sign-dialog", self)
        layout.addWidget(self.buttons)

        use_token = prefs.SIGN_WITH_TOKEN.read(settings)
        (self.token_radio if use_token else self.p12_radio).setChecked(True)
        self._method_changed()

    # ---- building ---------------------------------------------------------------------------

    def _with_browse(self, edit: QLineEdit, name: str, pick: Callable[[], None]) -> QWidget:
        button = QPushButton(self.tr("Browse…"))
        button.setObjectName(name)
        return with_browse(edit, button, pick)

    def _pkcs12_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.p12_edit = QLineEdit(prefs.LAST_PKCS12_PATH.read(self.settings))
        self.p12_edit.setObjectName("pkcs12Path")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("Certificate &file:"),
            self._with_browse(self.p12_edit, "browsePkcs12", self._pick_p12),
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        return page

    def _token_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.module_edit = QLineEdit(prefs.PKCS11_MODULE_PATH.read(self.settings))
        self.module_edit.setObjectName("pkcs11Module")
        self.module_edit.setPlaceholderText(self.tr("the token's driver (.dll/.so)"))
        self.token_edit = QLineEdit(prefs.PKCS11_TOKEN_LABEL.read(self.settings))
        self.token_edit.setObjectName("tokenLabel")
        self.key_edit = QLineEdit(prefs.PKCS11_KEY_LABEL.read(self.settings))
        self.key_edit.setObjectName("keyLabel")
        self.key_edit.setPlaceholderText(self.tr("optional when the token holds one key"))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(
            self.tr("Token &driver:"),
            self._with_browse(self.module_edit, "browseModule", self._pick_module),
        )
        form.addRow(self.tr("Token &label:"), self.token_edit)
        form.addRow(self.tr("&Key label:"), self.key_edit)
        form.addRow(self.tr("P&IN:"), self.pin_edit)
        return page

    def _method_changed(self) -> None:
        token = self.token_radio.isChecked()
        self.stack.setCurrentIndex(1 if token else 0)
        (self.pin_edit if token else self.passphrase_edit).setFocus()

    def _approval_toggled(self, on: bool) -> None:
        if on and not self.reason_edit.text():
            self.reason_edit.setPlaceholderText(self.tr("written from the decision"))
        self.reason_edit.setEnabled(not on)  # the approval is the reason

    # ---- file choosers ----------------------------------------------------------------------

    def _pick_p12(self) -> None:
        start = self.p12_edit.text() or report_folder(self.settings)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificate file"),
            start,
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )
        if name:
            self.p12_edit.setText(name)

    def _pick_module(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Token driver"),
            self.module_edit.text(),
            self.tr("PKCS#11 drivers (*.dll *.so *.dylib);;All files (*)"),
        )
        if name:
            self.module_edit.setText(name)

    def _pick_input(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Signed report"),
            report_folder(self.settings),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.input_edit.setText(name)

    def _pick_output(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the countersigned copy"),
            self.output_edit.text() or report_folder(self.settings),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.output_edit.setText(name)

    def _suggest_output(self) -> None:
        text = self.input_edit.text().strip()
        if text:
            path = Path(text)
            self.output_edit.setText(str(path.with_name(f"{path.stem}-ky-duyet.pdf")))

    # ---- signing ----------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def request(self) -> SignRequest | None:
        """What the fields say, or None after showing what is missing."""
        from surplus_assets.domain.dates import parse_date
        from surplus_assets.reports.approval import ApprovalNote
        from surplus_assets.reports.signing import Pkcs11Source, Pkcs12Source, SignOptions

        input_path = output_path = None
        if self.countersign:
            if not self.input_edit.text().strip():
                self.show_error(self.tr("Choose the signed report to countersign."))
                return None
            if not self.output_edit.text().strip():
                self.show_error(self.tr("Choose where to save the countersigned copy."))
                return None
            input_path = Path(self.input_edit.text().strip())
            output_path = Path(self.output_edit.text().strip())
            if output_path.resolve() == input_path.resolve():
                self.show_error(
                    self.tr(
                        "Save the countersigned copy under another name: the "
                        "signed original must stay as it is."
                    )
                )
                return None
        source: Any
        if self.token_radio.isChecked():
            if not self.module_edit.text().strip():
                self.show_error(self.tr("Choose the token's driver (PKCS#11 module)."))
                return None
            if not self.token_edit.text().strip():
                self.show_error(self.tr("Give the token's label (see the token's manager)."))
                return None
            source = Pkcs11Source(
                self.module_edit.text().strip(),
                self.token_edit.text().strip(),
                self.pin_edit.text(),
                self.key_edit.text().strip() or None,
            )
        else:
            if not self.p12_edit.text().strip():
                self.show_error(self.tr("Choose the certificate file (.p12/.pfx)."))
                return None
            source = Pkcs12Source(Path(self.p12_edit.text().strip()), self.passphrase_edit.text())
        approval = None
        if self.approval_box.isVisible() and self.approval_box.isChecked():
            try:
                day = parse_date(self.decision_date_edit.text().strip() or None)
            except ServiceError as error:
                self.show_error(error.message)
                return None
            approval = ApprovalNote(self.decision_number_edit.text().strip() or None, day)
        options = SignOptions(
            reason=self.reason_edit.text().strip(), location=self.location_edit.text().strip()
        )
        return SignRequest(source, options, approval, input_path, output_path)

    def sign(self) -> None:
        if self.working:
            return
        request = self.request()
        if request is None:
            return
        self.passphrase_edit.clear()  # the secret lives only in the request, for this signature
        self.pin_edit.clear()
        self.error_label.hide()
        self.working = True
        self.sign_button.setEnabled(False)
        perform = self.perform
        run_in_background(
            self,
            lambda job: perform(request, job),
            title=self.tr("Signing"),
            on_success=self._signed,
            on_failure=self._refused,
            on_cancelled=self._cancelled,
        )

    def _remember(self) -> None:
        token = self.token_radio.isChecked()
        prefs.SIGN_WITH_TOKEN.write(self.settings, token)
        if token:
            prefs.PKCS11_MODULE_PATH.write(self.settings, self.module_edit.text().strip())
            prefs.PKCS11_TOKEN_LABEL.write(self.settings, self.token_edit.text().strip())
            prefs.PKCS11_KEY_LABEL.write(self.settings, self.key_edit.text().strip())
        else:
            prefs.LAST_PKCS12_PATH.write(self.settings, self.p12_edit.text().strip())
        if self.countersign and self.output_edit.text().strip():
            remember_folder(self.settings, self.output_edit.text().strip())

    def _signed(self, outcome: Any) -> None:
        self.working = False
        self.sign_button.setEnabled(True)
        self.outcome = outcome
        self._remember()
        self.signed.emit(outcome)
        self.accept()

    def _refused(self, error: ServiceError) -> None:
        self.working = False
        self.sign_button.setEnabled(True)
        self.show_error(error.message)
        (self.pin_edit if self.token_radio.isChecked() else self.passphrase_edit).setFocus()

    def _cancelled(self) -> None:
        self.working = False
        self.sign_button.setEnabled(True)

    def reject(self) -> None:
        if not self.working:  # a signature half-written is not abandoned
            super().reject()
