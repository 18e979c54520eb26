"""Settings (Cài đặt): language, database in use, backups, log folder, shared database, agency.

Two columns so that everything fits a 1366×768 laptop: what belongs to this computer on the
left (language, the database in use and the shared PostgreSQL connection, the log folder),
what belongs to the database on the right (the agency settings everyone shares).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui import preferences
from ui.app_context import AppContext
from ui.help import help_button
from ui.pages import Page
from ui.widgets.agency_settings_box import AgencySettingsBox
from ui.widgets.shared_database_box import SharedDatabaseBox

# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SettingsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("settingsPage")

        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.shared_database = SharedDatabaseBox(context.settings)
        self.agency = AgencySettingsBox()
        left = QVBoxLayout()
        left.addWidget(self._language_group())
        left.addWidget(self._database_group())
        left.addWidget(self._backup_group())
        left.addWidget(self.shared_database)
        left.addWidget(self._log_group())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.agency)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        self.help_button = help_button("settings", self)
        heading_row = QHBoxLayout()
        heading_row.addWidget(heading, 1)
        heading_row.addWidget(self.help_button)
        content_layout.addLayout(heading_row)
        content_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._shown_services: object = None

    def _language_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Language"))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        saved = preferences.LANGUAGE.read(self.context.settings)
        self.language_combo.setCurrentIndex(self.language_combo.findData(saved))
        self.language_combo.setMinimumContentsLength(16)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        self.restart_note = QLabel()
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        form.addRow(self.restart_note)
        self._update_restart_note()
        return group

    def _database_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Database"))
        form = QFormLayout(group)
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_database()
        form.addRow(self.tr("Database in use:"), self.database_label)
        return group

    def _backup_group(self) -> QGroupBox:
        """Data safety: whether backups are encrypted (only this yes/no is saved: the
        passphrase is asked for each backup and never stored)."""
        from surplus_assets.paths import backup_dir

        group = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(group)
        self.encrypt_backups_box = QCheckBox(self.tr("&Encrypt backups with a passphrase"))
        self.encrypt_backups_box.setObjectName("encryptBackupsBox")
        self.encrypt_backups_box.setChecked(preferences.ENCRYPT_BACKUPS.read(self.context.settings))
        self.encrypt_backups_box.toggled.connect(
            lambda on: preferences.ENCRYPT_BACKUPS.write(self.context.settings, on)
        )
        note = QLabel(
            self.tr(
                "The passphrase is asked for each backup and never saved. Backups are made "
                "automatically once a day at start, in {folder}."
            ).format(folder=backup_dir())
        )
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.encrypt_backups_box)
        layout.addWidget(note)
        return group

    def _log_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Log files"))
        form = QFormLayout(group)
        log_path = self.context.log_path
        folder = str(log_path.parent) if log_path is not None else self.tr("Logging is off")
        self.log_folder_label = QLabel(folder)
        self.log_folder_label.setObjectName("logFolderLabel")
        self.log_folder_label.setWordWrap(True)
        self.log_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_log_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
            self.tr("&Open log folder"),
        )
        self.open_log_button.setObjectName("openLogFolderButton")
        self.open_log_button.setEnabled(log_path is not None)
        self.open_log_button.clicked.connect(self.open_log_folder)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.log_folder_label, 1)
        row_layout.addWidget(self.open_log_button)
        form.addRow(self.tr("Log folder:"), row)
        hint = QLabel(
            self.tr(
                "When asking for help, send the file surplus_assets.log from this folder. "
                "It never contains passwords or PINs."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return group

    def refresh_database(self) -> None:
        label = self.context.database_label
        self.database_label.setText(label if label else self.tr("No database is open."))

    def page_shown(self) -> None:
        self.refresh_database()
        if self.context.services is not self._shown_services:  # signed in (or out) since
            self._shown_services = self.context.services
            self.agency.set_services(self.context.services)

    def _language_chosen(self) -> None:
        code = self.language_combo.currentData()
        preferences.LANGUAGE.write(self.context.settings, code)
        self._update_restart_note()

    def _update_restart_note(self) -> None:
        chosen = self.language_combo.currentData()
        if chosen != self.context.language:
            self.restart_note.setText(
                self.tr("The new language will be used after you restart the application.")
            )
        else:
            self.restart_note.setText(self.tr("A new language applies after a restart."))

    def open_log_folder(self) -> None:
        if self.context.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.log_path.parent)))
