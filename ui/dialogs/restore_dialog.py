"""Restore from a backup, step one: check the file and show what it holds, then confirm.

    dialog = RestoreDialog(parent, Path("manual-….sabackup"))
    dialog.restoreConfirmed.connect(lambda path, passphrase: ...)   # ui.data_safety restores
    dialog.open()

The whole backup is checked in a worker before anything is offered (the same verification
services.restore runs again just before restoring: the file might change in between). An
encrypted backup asks for its passphrase first; a wrong one is said under the field. Once
the check passes, the dialog shows the backup's date, what it contains and its schema, and
says that the current database is kept as a copy before it is replaced.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui.dialogs.field_problems import FieldProblems
from ui.workers import BackgroundOperation, Job, run_in_background


@dataclass(frozen=True)
class BackupContents:
    """What a checked backup holds, for the confirmation."""

    path: Path
    created_at: datetime | None  # None: a raw copy made before a schema update
    kind: str
    app_version: str
    schema_revision: str | None
    row_counts: dict[str, int] = field(default_factory=dict)


def inspect_backup(path: Path, passphrase: str | None) -> BackupContents:
    """Verify the backup completely (services.restore.verify_backup_file) and describe it;
    raises PassphraseRequiredError, WrongPassphraseError or BackupDamagedError."""
    from surplus_assets.backup_file import table_row_counts
    from surplus_assets.services.restore import verify_backup_file

    with tempfile.TemporaryDirectory(prefix="surplus-assets-check-") as work:
        verified = verify_backup_file(path, Path(work), passphrase=passphrase)
        try:
            counts = table_row_counts(verified.snapshot)
            if verified.reader is None:  # a raw pre-migration copy: no manifest
                revision = _schema_revision(verified.snapshot)
                return BackupContents(path, None, "before-migration", "", revision, counts)
            manifest = verified.reader.manifest
            return BackupContents(
                path,
                manifest.created_at,
                manifest.kind,
                manifest.app_version,
                manifest.schema_revision,
                counts,
            )
        finally:
            if verified.reader is not None:
                verified.reader.archive.close()


def _schema_revision(snapshot: Path) -> str | None:
    import sqlite3

    connection = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


class RestoreDialog(QDialog):
    restoreConfirmed = Signal(object, object)  # noqa: N815  (Path, passphrase or None)

    def __init__(self, parent: QWidget | None, path: Path) -> None:
        super().__init__(parent)
        from surplus_assets.crypto_envelope import file_is_encrypted
        from surplus_assets.paths import backup_dir

        self.path = path
        self.contents: BackupContents | None = None
        self.operation: BackgroundOperation[BackupContents] | None = None
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(600)
        self.problems = FieldProblems()
        try:
            self.encrypted = file_is_encrypted(path)
        except OSError:
            self.encrypted = False  # the check below says why it cannot be read

        file_label = QLabel(self.tr("Backup file: {path}").format(path=path))
        file_label.setWordWrap(True)
        file_label.setObjectName("backupFileLabel")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("restorePassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_button = QPushButton(self.tr("&Check the backup"))
        self.check_button.setObjectName("checkBackupButton")
        self.check_button.clicked.connect(self.check)
        self.passphrase_box = QWidget()
        passphrase_form = QFormLayout(self.passphrase_box)
        passphrase_form.setContentsMargins(0, 0, 0, 0)
        passphrase_note = QLabel(self.tr("This backup is encrypted: type its passphrase."))
        passphrase_note.setWordWrap(True)
        passphrase_form.addRow(passphrase_note)
        passphrase_form.addRow(
            self.tr("&Passphrase:"), self.problems.wrap("passphrase", self.passphrase_edit)
        )
        passphrase_form.addRow(self.check_button)
        self.passphrase_box.setVisible(self.encrypted)

        self.status = QLabel()
        self.status.setObjectName("restoreStatus")
        self.status.setWordWrap(True)
        self.summary_box = QWidget()
        self.summary_box.setObjectName("backupSummary")
        summary = QFormLayout(self.summary_box)
        summary.setContentsMargins(0, 0, 0, 0)
        self.date_label, self.contents_label, self.version_label = QLabel(), QLabel(), QLabel()
        for label, name in (
            (self.date_label, "backupDateLabel"),
            (self.contents_label, "backupContentsLabel"),
            (self.version_label, "backupVersionLabel"),
        ):
            label.setObjectName(name)
            label.setWordWrap(True)
        summary.addRow(self.tr("Made on:"), self.date_label)
        summary.addRow(self.tr("Contains:"), self.contents_label)
        summary.addRow(self.tr("Made by:"), self.version_label)
        self.confirmation = QLabel(
            self.tr(
                "Restoring replaces the current database with this backup. The current "
                "database is first kept as a copy in {folder}, so nothing is lost. Then the "
                "application opens the restored database and asks you to sign in again: the "
                "accounts and passwords are those of the backup."
            ).format(folder=backup_dir())
        )
        self.confirmation.setObjectName("restoreConfirmation")
        self.confirmation.setWordWrap(True)
        self.summary_box.hide()
        self.confirmation.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.status)
        layout.addWidget(self.summary_box)
        layout.addWidget(self.confirmation)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if not self.encrypted:
            self.check()

    def passphrase(self) -> str | None:
        return self.passphrase_edit.text() if self.encrypted else None

    def check(self) -> None:
        """Verify the whole backup in a worker, then show what it holds."""
        if self.encrypted and not self.passphrase_edit.text():
            self.problems.show({"passphrase": self.tr("Type the backup's passphrase.")})
            return
        self.problems.clear()
        self.check_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Checking the backup…"))
        path, passphrase = self.path, self.passphrase()

        def check_it(job: Job) -> BackupContents:
            return inspect_backup(path, passphrase)

        self.operation = run_in_background(
            self,
            check_it,
            title=self.tr("Checking the backup…"),
            on_success=self._checked,
            on_failure=self._refused,
            cancellable=False,
        )

    def _checked(self, contents: BackupContents) -> None:
        self.contents = contents
        self.status.setText(self.tr("The backup is complete and undamaged."))
        self.date_label.setText(self._date_text(contents))
        self.contents_label.setText(contents_text(contents.row_counts))
        self.version_label.setText(
            self.tr("version {version}, database schema {schema}").format(
                version=contents.app_version or "—", schema=contents.schema_revision or "—"
            )
        )
        self.summary_box.show()
        self.confirmation.show()
        self.check_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()
        self.adjustSize()  # room for the summary that just appeared

    def _date_text(self, contents: BackupContents) -> str:
        if contents.created_at is None:
            return self.tr("unknown (a copy made before an update of the application)")
        from surplus_assets.domain.deadlines import VIETNAM_TZ

        when = f"{contents.created_at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"
        kinds = {
            "auto": self.tr("{date} (automatic daily backup)"),
            "manual": self.tr("{date} (backup made by a user)"),
            "before-restore": self.tr("{date} (copy kept before a restore)"),
        }
        return kinds.get(contents.kind, "{date}").format(date=when)

    def _refused(self, error: ServiceError) -> None:
        from surplus_assets.crypto_envelope import WrongPassphraseError

        self.check_button.setEnabled(True)
        if isinstance(error, WrongPassphraseError):
            self.status.clear()
            self.problems.show({"passphrase": error.message})
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
            return
        self.status.setText(
            self.tr("This backup cannot be restored: {reason}").format(reason=error.message)
        )
        self.adjustSize()

    def confirm(self) -> None:
        if self.contents is None:
            return
        self.restoreConfirmed.emit(self.path, self.passphrase())
        self.passphrase_edit.clear()
        self.accept()


def contents_text(counts: dict[str, int]) -> str:
    """ "12 assets, 3 proposals, …" in the interface language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "RestoreDialog",
        "{assets} assets, {proposals} proposals, {users} user accounts, {files} attached "
        "files, {events} audit events",
    ).format(
        assets=counts.get("assets", 0),
        proposals=counts.get("proposals", 0),
        users=counts.get("users", 0),
        files=counts.get("attachments", 0),
        events=counts.get("audit_events", 0),
    )
