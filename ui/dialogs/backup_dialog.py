"""Tools ▸ Back up now…: where to write the backup and, optionally, a passphrase (twice).

    dialog = BackupDialog(parent, services, encrypt=preferences.ENCRYPT_BACKUPS.read(s))
    dialog.backedUp.connect(lambda path: ...)     # the backup file, once written
    dialog.open()

Left empty, the file goes to the backup folder under the standard name (so that the
start-up offer of "the latest good backup" finds it). The backup itself is
services.backup.create(), run in a worker. The passphrase lives only in the two fields and
the worker's call: it is never saved, logged or shown again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui import file_dialogs
from ui.dialogs.field_problems import FieldProblems
from ui.workers import BackgroundOperation, Job, run_in_background

BACKUP_FILTER_SUFFIX = ".sabackup"


class BackupDialog(QDialog):
    backedUp = Signal(object)  # noqa: N815  (Path of the written backup)

    def __init__(self, parent: QWidget | None, services: Any, *, encrypt: bool = False) -> None:
        super().__init__(parent)
        from surplus_assets.paths import backup_dir

        self.services = services
        self.folder = backup_dir()
        self.operation: BackgroundOperation[Any] | None = None
        self.written: Path | None = None
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up the database"))
        self.setMinimumWidth(560)
        self.problems = FieldProblems()

        intro = QLabel(
            self.tr(
                "The backup holds the whole database and every attached file, checked as it "
                "is written. Keep a copy away from this computer (a USB drive, the agency's "
                "file server)."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("backupPathEdit")
        self.path_edit.setPlaceholderText(self.tr("In the backup folder"))
        self.path_edit.setToolTip(str(self.folder))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("chooseBackupFileButton")
        self.choose_button.clicked.connect(self.choose_file)
        path_row = QWidget()
        path_layout = QHBoxLayout(path_row)
        path_layout.setContentsMargins(0, 0, 0, 0)
        path_layout.addWidget(self.path_edit, 1)
        path_layout.addWidget(self.choose_button)
        folder_note = QLabel(self.tr("Backup folder: {folder}").format(folder=self.folder))
        folder_note.setWordWrap(True)
        folder_note.setObjectName("backupFolderNote")

        self.encrypt_box = QCheckBox(self.tr("&Encrypt the backup with a passphrase"))
        self.encrypt_box.setObjectName("encryptBackupBox")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("passphraseEdit")
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("repeatPassphraseEdit")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(lambda _t: self.problems.clear())
        self.passphrase_note = QLabel(
            self.tr(
                "The passphrase is not saved anywhere: without it nobody, not even you, can "
                "restore this backup. Write it down and keep it somewhere safe."
            )
        )
        self.passphrase_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Save &to:"), self.problems.wrap("path", path_row))
        form.addRow(folder_note)
        form.addRow(self.encrypt_box)
        form.addRow(self.tr("&Passphrase:"), self.problems.wrap("passphrase", self.passphrase_edit))
        form.addRow(self.tr("&Repeat passphrase:"), self.problems.wrap("repeat", self.repeat_edit))
        form.addRow(self.passphrase_note)
        self.general = self.problems.label("general")
        self.general.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.back_up_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.back_up_button.setText(self.tr("&Back up"))
        self.back_up_button.setObjectName("backUpButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        self.encrypt_box.toggled.connect(self._encryption_toggled)
        self.encrypt_box.setChecked(encrypt)
        self._encryption_toggled(encrypt)

    def _encryption_toggled(self, on: bool) -> None:
        for widget in (self.passphrase_edit, self.repeat_edit, self.passphrase_note):
            widget.setEnabled(on)
        if not on:
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
        self.problems.clear()

    def choose_file(self) -> None:
        from datetime import datetime

        suggested = str(self.folder / f"sao-luu-{datetime.now():%Y%m%d-%H%M}{BACKUP_FILTER_SUFFIX}")
        chosen = file_dialogs.ask_save_path(
            self,
            self.tr("Save the backup as"),
            suggested,
            self.tr("Surplus Assets backup (*.sabackup)"),
        )
        if chosen is not None:
            path = chosen[0]
            if path.suffix.lower() != BACKUP_FILTER_SUFFIX:
                path = path.with_name(path.name + BACKUP_FILTER_SUFFIX)
            self.path_edit.setText(str(path))

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def _passphrase(self) -> str | None:
        """The passphrase to encrypt with (None: not encrypted); shows what is wrong."""
        if not self.encrypt_box.isChecked():
            return None
        from surplus_assets.crypto_envelope import check_new_passphrase

        passphrase = self.passphrase_edit.text()
        try:
            check_new_passphrase(passphrase)
        except ServiceError as error:
            self.problems.show({"passphrase": error.message})
            self.passphrase_edit.setFocus()
            raise
        if passphrase != self.repeat_edit.text():
            self.problems.show({"repeat": self.tr("The two passphrases are not the same.")})
            self.repeat_edit.setFocus()
            raise ServiceError("mismatch")
        return passphrase

    def back_up(self) -> None:
        self.problems.clear()
        try:
            passphrase = self._passphrase()
        except ServiceError:
            return
        target = self.target()
        if target is not None and target.exists():
            self.problems.show(
                {"path": self.tr("A file with this name already exists: choose another name.")}
            )
            return
        backup = self.services.backup

        def write(job: Job) -> Path:
            return Path(backup.create(target, passphrase=passphrase))

        self.back_up_button.setEnabled(False)
        self.operation = run_in_background(
            self,
            write,
            title=self.tr("Backing up the database…"),
            on_success=self._written,
            on_failure=self._failed,
            cancellable=False,
        )

    def _written(self, path: Path) -> None:
        self.written = path
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.backedUp.emit(path)
        self.accept()

    def _failed(self, error: ServiceError) -> None:
        self.back_up_button.setEnabled(True)
        self.problems.show({"general": error.message})
