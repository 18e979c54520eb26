"""Export an exchange package (Tools ▸ Export exchange package…): one .zip for another office.

Like `exchange export` on the command line: a destination name (the receiving office), what
to include (what changed since the last export to that destination, or everything), and an
optional signature with the officer's .p12/.pfx certificate. The passphrase is asked here,
used once in the worker and forgotten: it is never written anywhere.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.text import fold
from surplus_assets.errors import ServiceError
from ui.dialogs.asset_form import ERROR_STYLE
from ui.workers import Job, run_in_background


def default_file_name(destination: str, now: datetime | None = None) -> str:
    """trao-doi-<destination folded to ASCII>-<date-time>.zip: safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(destination).lower()).strip("-") or "goi"
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"trao-doi-{slug}-{stamp}.zip"


class ExchangeExportDialog(QDialog):
    def __init__(
        self, services: Any, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeExportDialog")
        self.setWindowTitle(self.tr("Export an exchange package"))
        self.services = services
        self.folder = folder or Path.home()
        self.path_edited = False
        self.busy = False
        self.result: Any = None
        self.resize(720, 480)

        intro = QLabel(
            self.tr(
                "Write one file with the records changed here, to send to another office (by USB "
                "stick or e-mail). They import it with Tools ▸ Import exchange package."
            )
        )
        intro.setWordWrap(True)
        self.destination = QComboBox()
        self.destination.setObjectName("destinationCombo")
        self.destination.setEditable(True)
        self.destination.setAccessibleName(self.tr("Destination"))
        self.destination.setMinimumContentsLength(28)
        destination_edit = self.destination.lineEdit()
        assert destination_edit is not None  # an editable combo box has one
        destination_edit.setPlaceholderText(self.tr("e.g. Sở Tài chính tỉnh"))
        self.destination.currentTextChanged.connect(self._destination_changed)
        self.since_last = QRadioButton(
            self.tr("Only what changed since the last export to this destination")
        )
        self.since_last.setObjectName("sinceLastRadio")
        self.everything = QRadioButton(self.tr("Everything in this database"))
        self.everything.setObjectName("everythingRadio")
        self.range_group = QButtonGroup(self)
        self.range_group.addButton(self.since_last)
        self.range_group.addButton(self.everything)
        self.since_last.setChecked(True)
        range_box = QVBoxLayout()
        range_box.addWidget(self.since_last)
        range_box.addWidget(self.everything)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Destination:"), self.destination)
        form.addRow(self.tr("Include:"), range_box)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        self.sign_group = self._sign_group()
        form.addRow(self.sign_group)

        self.message = QLabel()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export_package)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._destination_changed("")
        self._load_destinations()

    def _sign_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("&Sign the package with my certificate (.p12/.pfx)"))
        group.setObjectName("signGroup")
        group.setCheckable(True)
        group.setChecked(False)
        group.toggled.connect(self._update_buttons)
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setObjectName("certificatePath")
        self.certificate_edit.setAccessibleName(self.tr("Certificate file"))
        self.certificate_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse_certificate)
        row = QHBoxLayout()
        row.addWidget(self.certificate_edit, 1)
        row.addWidget(browse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Certificate passphrase"))
        form = QFormLayout(group)
        certificate_label = QLabel(self.tr("Certificate:"))
        certificate_label.setBuddy(self.certificate_edit)
        form.addRow(certificate_label, row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        note = QLabel(self.tr("The passphrase is used once and never saved."))
        note.setWordWrap(True)
        form.addRow(note)
        return group

    # ---- inputs --------------------------------------------------------------------------

    def _load_destinations(self) -> None:
        exchange = self.services.exchange

        def peers(job: Job) -> list[str]:
            seen: list[str] = []
            for entry in exchange.history():
                if entry["direction"] == "export" and entry["peer"] and entry["peer"] not in seen:
                    seen.append(entry["peer"])
            return seen

        run_in_background(
            self,
            peers,
            title=self.tr("Reading the exchange history"),
            on_success=self._show_destinations,
            show_progress=False,
        )

    def _show_destinations(self, peers: list[str]) -> None:
        typed = self.destination.currentText()
        self.destination.blockSignals(True)
        self.destination.clear()
        self.destination.addItems(peers)
        self.destination.setEditText(typed)
        self.destination.blockSignals(False)

    def _destination_changed(self, text: str) -> None:
        named = bool(text.strip())
        self.since_last.setEnabled(named)
        if not named:
            self.everything.setChecked(True)
        elif not self.path_edited:
            self.since_last.setChecked(True)
        if not self.path_edited:
            self.path_edit.setText(str(self.folder / default_file_name(text)))
        self._update_buttons()

    def _path_edited(self) -> None:
        self.path_edited = True

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the exchange package"),
            self.path_edit.text(),
            self.tr("Exchange packages (*.zip)"),
        )
        if chosen:
            self.path_edited = True
            self.path_edit.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def _browse_certificate(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose your certificate"),
            self.certificate_edit.text(),
            self.tr("Certificates (*.p12 *.pfx)"),
        )
        if chosen:
            self.certificate_edit.setText(chosen)

    def _update_buttons(self) -> None:
        ready = bool(self.path_edit.text().strip()) and not self.busy
        if self.sign_group.isChecked():
            ready = ready and bool(self.certificate_edit.text().strip())
        self.export_button.setEnabled(ready)
        self.close_button.setEnabled(not self.busy)

    # ---- export --------------------------------------------------------------------------

    def export_package(self) -> None:
        target = Path(self.path_edit.text().strip())
        destination = self.destination.currentText().strip() or None
        since = "last" if self.since_last.isChecked() and destination else "all"
        certificate = self.certificate_edit.text().strip() if self.sign_group.isChecked() else ""
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()  # never kept longer than the export needs it
        exchange = self.services.exchange

        def export(job: Job) -> Any:
            signer = None
            if certificate:
                from surplus_assets.reports.signing import Pkcs12Source

                signer = Pkcs12Source(Path(certificate), passphrase or None)
            return exchange.export(target, since=since, destination=destination, signer=signer)

        self.busy = True
        self._update_buttons()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Writing the package…"))
        run_in_background(
            self,
            export,
            title=self.tr("Exporting the exchange package"),
            on_success=self._exported,
            on_failure=self._failed,
            cancellable=False,
        )

    def _exported(self, result: Any) -> None:
        self.busy = False
        self.result = result
        counts = result.counts
        text = self.tr(
            "Wrote {file}: {assets} assets, {proposals} proposals, {attachments} attachments, "
            "{events} audit events."
        ).format(
            file=result.path.name,
            assets=counts.get("assets", 0),
            proposals=counts.get("proposals", 0),
            attachments=counts.get("attachments", 0),
            events=counts.get("audit_events", 0),
        )
        signed = (
            self.tr("The package is signed.")
            if result.signed
            else self.tr("The package is not signed.")
        )
        self.message.setText(f"{text}\n{signed}\n{result.path.parent}")
        self.path_edited = False  # a second export gets a new name
        self._destination_changed(self.destination.currentText())

    def _failed(self, error: ServiceError) -> None:
        self.busy = False
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error.message)
        self._update_buttons()
