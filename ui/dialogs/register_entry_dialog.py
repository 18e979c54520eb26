"""The details of one report register entry (double-click on the Reports page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.models.report_register_model import local_text
from ui.report_labels import kind_label, state_label


class RegisterEntryDialog(QDialog):
    def __init__(self, parent: QWidget | None, entry: Any) -> None:
        super().__init__(parent)
        self.setObjectName("registerEntryDialog")
        self.setWindowTitle(self.tr("Report {number}").format(number=entry.number or ""))
        self.setMinimumWidth(620)
        counts = entry.covered_counts or {}
        rows = [
            (self.tr("Kind"), kind_label(entry.kind)),
            (self.tr("Number"), entry.number or ""),
            (self.tr("Title"), entry.title),
            (self.tr("State"), state_label(entry.state)),
            (self.tr("Signer"), entry.signer_name or ""),
            (self.tr("Signed at"), local_text(entry.signed_at)),
            (self.tr("Created"), local_text(entry.created_at)),
            (self.tr("Pages"), "" if entry.pages is None else str(entry.pages)),
            (
                self.tr("Covers"),
                self.tr("{assets} asset(s) and {proposals} proposal(s)").format(
                    assets=counts.get("asset", 0), proposals=counts.get("proposal", 0)
                ),
            ),
            (self.tr("File name"), entry.file_name or ""),
            (self.tr("SHA-256 of the file"), entry.sha256),
            (self.tr("SHA-256 of the data"), entry.data_sha256),
            (self.tr("Report identifier"), entry.report_id or ""),
        ]
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label + ":", field)
            self.values[label] = field
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        return "\n".join(label.text() for label in self.values.values())
