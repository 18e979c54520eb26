"""The database-wide agency settings on the Settings page (services.settings).

They print on every report (agency heading, place, signature block) and shape asset codes
(code station), so they are shared by everyone using the database: administrators
(EDIT_SETTINGS) change them, everyone else reads them. Loaded and saved in workers; the
service audits each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from ui.dialogs.asset_form import ERROR_STYLE
from ui.permissions import may
from ui.workers import Job, run_in_background

TEXT_KEYS = (
    "parent_agency",
    "issuing_agency",
    "agency_abbreviation",
    "document_place",
    "signer_title",
    "signer_name",
    "code_station",
)
# Signing on behalf of someone (Decree 30/2020): for the collective, in place of, acting...
AUTHORITIES = ("", "TM.", "KT.", "Q.", "TL.")


class AgencySettingsBox(QGroupBox):
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agency (shared by everyone using this database)"))
        self.setObjectName("agencySettingsBox")
        self.services: Any = None
        self.loaded: dict[str, Any] = {}
        self.busy = False
        labels = {
            "parent_agency": self.tr("&Parent agency:"),
            "issuing_agency": self.tr("&Issuing agency:"),
            "agency_abbreviation": self.tr("A&bbreviation:"),
            "document_place": self.tr("Place on &documents:"),
            "signer_title": self.tr("Signer's &title:"),
            "signer_name": self.tr("Signer's &name:"),
            "code_station": self.tr("Asset &code station:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key in TEXT_KEYS:
            edit = QLineEdit()
            edit.setObjectName(f"setting_{key}")
            edit.textChanged.connect(self._update_buttons)
            self.edits[key] = edit
        self.edits["document_place"].setPlaceholderText(self.tr("e.g. Phú Thọ"))
        self.edits["code_station"].setPlaceholderText(self.tr("e.g. HN01 (optional)"))
        self.edits["code_station"].setToolTip(
            self.tr("Replaces the generated middle part of new asset codes.")
        )
        self.authority = QComboBox()
        self.authority.setObjectName("setting_signer_authority")
        names = {
            "": self.tr("(in own name)"),
            "TM.": self.tr("TM. (on behalf of)"),
            "KT.": self.tr("KT. (deputy signing)"),
            "Q.": self.tr("Q. (acting)"),
            "TL.": self.tr("TL. (by order)"),
        }
        for value in AUTHORITIES:
            self.authority.addItem(names[value], value)
        self.authority.currentIndexChanged.connect(self._update_buttons)

        form = QFormLayout(self)
        for key in TEXT_KEYS[:5]:
            form.addRow(labels[key], self.edits[key])
        form.addRow(self.tr("Signing &authority:"), self.authority)
        for key in TEXT_KEYS[5:]:
            form.addRow(labels[key], self.edits[key])
        self.note = QLabel()
        self.note.setObjectName("agencyNote")
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save agency settings"))
        self.save_button.setObjectName("saveAgencyButton")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.set_services(None)

    # ---- loading -------------------------------------------------------------------------

    def editable(self) -> bool:
        return self.services is not None and may(self.services.actor, Permission.EDIT_SETTINGS)

    def set_services(self, services: Any) -> None:
        self.services = services
        editable = self.editable()
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
        self.authority.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.setEnabled(services is not None)
        if services is None:
            self.note.setText(self.tr("Sign in to see the agency settings."))
            return
        self.note.setText(
            "" if editable else self.tr("Only an administrator can change these settings.")
        )
        self.busy = True
        self._update_buttons()
        settings = services.settings
        run_in_background(
            self,
            lambda job: settings.all(),
            title=self.tr("Reading the settings"),
            on_success=self._show,
            show_progress=False,
        )

    def _show(self, values: dict[str, Any]) -> None:
        self.busy = False
        self.loaded = dict(values)
        for key, edit in self.edits.items():
            edit.setText(str(values.get(key) or ""))
        index = self.authority.findData(values.get("signer_authority") or "")
        self.authority.setCurrentIndex(max(index, 0))
        self._update_buttons()

    # ---- saving --------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        shown = {key: edit.text().strip() for key, edit in self.edits.items()}
        shown["signer_authority"] = str(self.authority.currentData() or "")
        return shown

    def changes(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if (self.loaded.get(k) or "") != v}

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.editable() and not self.busy and bool(self.changes()))

    def save(self) -> None:
        changes = self.changes()
        if not changes or self.busy or not self.editable():
            return
        settings = self.services.settings

        def write(job: Job) -> dict[str, Any]:
            settings.set(changes)
            return dict(settings.all())

        self.busy = True
        self._update_buttons()
        run_in_background(
            self,
            write,
            title=self.tr("Saving the settings"),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, values: dict[str, Any]) -> None:
        self._show(values)
        self.note.setStyleSheet("")
        self.note.setText(self.tr("Saved. Reports use these settings from now on."))
        self.saved.emit()

    def _failed(self, error: ServiceError) -> None:
        self.busy = False
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(error.message)
        self._update_buttons()
