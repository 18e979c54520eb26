"""Backups of a SQLite database: made on demand, once a day on start, rotated.

    path = services.backup.create()                         # backups/manual-<time>.sabackup
    path = services.backup.create(out, passphrase="...")    # encrypted, to a chosen file
    services.backup.backup_if_due()                         # GUI and CLI at start
    services.backup.latest()                                # newest usable backup, for offers

The snapshot comes from SQLite's online backup API (consistent while others write). Manual
backups include the attachment files, so one file carries everything; the daily automatic
ones reference attachments by SHA-256 (the store is content-addressed and nothing in it is
ever rewritten), so they stay small, and verification checks the store has every file.
Rotation (ROTATION) keeps the newest automatic backup of each of the last 7 days with one and
of each of the last 4 ISO weeks with one; other kinds are never deleted automatically.
Restoring is services.restore.restore_database (the database must be closed for it).
PostgreSQL installations back up with pg_dump instead: docs/operations/backup.md.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from surplus_assets import __version__
from surplus_assets.backup_file import (
    SUFFIX,
    AttachmentEntry,
    BackupDamagedError,
    BackupReader,
    Manifest,
    blob_path,
    sha256_file,
    table_row_counts,
    write_backup,
)
from surplus_assets.crypto_envelope import (
    check_new_passphrase,
    encrypt_file,
    file_is_encrypted,
)
from surplus_assets.db.migrations import HEAD_REVISION
from surplus_assets.db.models import Attachment
from surplus_assets.db.sqlite_backup import online_backup
from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.paths import attachment_store_dir, backup_dir
from surplus_assets.services.context import ServiceContext

log = logging.getLogger(__name__)

KIND_AUTO, KIND_MANUAL, KIND_BEFORE_RESTORE = "auto", "manual", "before-restore"
_NAME = re.compile(r"^(auto|manual|before-restore)-(\d{8}T\d{6}Z)(?:-\d+)?\.sabackup$")
_MIGRATION_NAME = re.compile(r"^before-migration-.+-(\d{8}T\d{6}Z)\.sqlite3$")


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4


ROTATION = Rotation()


@dataclass(frozen=True)
class BackupEntry:
    """A backup file found in the backup folder (from its name: no need to open it)."""

    path: Path
    kind: str  # auto | manual | before-restore | before-migration
    created_at: datetime

    @property
    def local_label(self) -> str:
        return f"{self.created_at.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def list_backups(folder: Path | None = None) -> list[BackupEntry]:
    """Backups in the folder, newest first (pre-migration raw snapshots included)."""
    folder = folder or backup_dir()
    entries: list[BackupEntry] = []
    if not folder.is_dir():
        return entries
    for path in folder.iterdir():
        if (match := _NAME.match(path.name)) is not None:
            entries.append(BackupEntry(path, match.group(1), _parse_stamp(match.group(2))))
        elif (match := _MIGRATION_NAME.match(path.name)) is not None:
            entries.append(BackupEntry(path, "before-migration", _parse_stamp(match.group(1))))
    return sorted(entries, key=lambda e: (e.created_at, e.path.name), reverse=True)


def latest_good_backup(folder: Path | None = None) -> BackupEntry | None:
    """The newest backup whose manifest and members read cleanly (encrypted ones count:
    their content is checked when the passphrase is given at restore)."""
    for entry in list_backups(folder):
        try:
            if entry.path.suffix == SUFFIX and not file_is_encrypted(entry.path):
                with BackupReader(entry.path):
                    pass
            return entry
        except (BackupDamagedError, OSError):
            log.warning("backup %s is unreadable, skipped", entry.path)
    return None


def rotate(folder: Path | None = None, policy: Rotation = ROTATION) -> list[Path]:
    """Delete automatic backups beyond the policy; returns what was deleted."""
    autos = [e for e in list_backups(folder) if e.kind == KIND_AUTO]
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for entry in autos:  # newest first: the first of each day/week is its newest
        local = entry.created_at.astimezone(VIETNAM_TZ)
        day, week = local.date(), local.isocalendar()[:2]
        if day not in days and len(days) < policy.daily:
            days.add(day)
            keep.add(entry.path)
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.add(week)
            keep.add(entry.path)
    deleted = []
    for entry in autos:
        if entry.path not in keep:
            entry.path.unlink(missing_ok=True)
            deleted.append(entry.path)
    if deleted:
        log.info("rotated away %d automatic backups", len(deleted))
    return deleted


def _refuse_damaged(snapshot: Path) -> None:
    """A backup of a damaged database must not pass for a good one (nor rotate good ones
    away): quick_check the snapshot, ~0.6 s for the 270 MB bench province."""
    connection = sqlite3.connect(snapshot)
    try:
        rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        rows = [str(error)]
    finally:
        connection.close()
    if rows != ["ok"]:
        raise ServiceError(_(
            "The database is damaged ({detail}), so no backup was made: a backup of it would "
            "not restore your data. Run \"surplus-assets-cli check\" and restore the newest "
            "good backup.").format(detail="; ".join(rows)[:300]))  # fmt: skip


class BackupService:
    def __init__(
        self, context: ServiceContext, folder: Path | None = None, store: Path | None = None
    ) -> None:
        self.context = context
        self._folder = folder
        self._store = store

    @property
    def folder(self) -> Path:
        return self._folder or backup_dir()

    @property
    def store(self) -> Path:
        return self._store or attachment_store_dir()

    def _require_sqlite(self) -> None:
        if not self.context.db.is_sqlite:
            raise ServiceError(_(
                "This installation uses a PostgreSQL server: back it up with pg_dump on the "
                "server (see docs/operations/backup.md), not from the application."))  # fmt: skip

    def create(
        self,
        out: Path | None = None,
        *,
        passphrase: str | None = None,
        kind: str = KIND_MANUAL,
        include_attachments: bool | None = None,
        now: datetime | None = None,
    ) -> Path:
        """Write a backup file; returns its path. Encrypted when a passphrase is given."""
        if kind == KIND_MANUAL:
            self.context.require(Permission.MAINTAIN)
        self._require_sqlite()
        if passphrase is not None:
            check_new_passphrase(passphrase)
        now = now or datetime.now(UTC)
        include = kind == KIND_MANUAL if include_attachments is None else include_attachments
        target = out or self._free_name(kind, now)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=target.parent) as work:
            snapshot = online_backup(self.context.db.engine, Path(work) / "snapshot.sqlite3")
            if kind != KIND_BEFORE_RESTORE:
                _refuse_damaged(snapshot)
            manifest = self._manifest(snapshot, kind, now, include)
            plain = Path(work) / "backup.zip"
            try:
                write_backup(plain, snapshot, manifest, self.store)
                if passphrase is not None:
                    encrypt_file(plain, plain.with_suffix(".enc"), passphrase)
                    plain = plain.with_suffix(".enc")
                with open(plain, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(plain, target)
            except OSError as error:
                raise ServiceError(_("Cannot write the backup {path}: {reason}").format(
                    path=target, reason=error.strerror or error)) from error  # fmt: skip
        if manifest.missing_attachments:
            log.warning("backup %s: %d attachment files missing from the store",
                        target, len(manifest.missing_attachments))  # fmt: skip
        log.info("backup written to %s (%s, %d bytes)", target, kind, target.stat().st_size)
        return target

    def _free_name(self, kind: str, now: datetime) -> Path:
        base = self.folder / f"{kind}-{_stamp(now)}{SUFFIX}"
        index = 1
        while base.exists():
            base = self.folder / f"{kind}-{_stamp(now)}-{index}{SUFFIX}"
            index += 1
        return base

    def _manifest(self, snapshot: Path, kind: str, now: datetime, include: bool) -> Manifest:
        with self.context.db.read() as session:
            hashes = sorted(set(session.scalars(select(Attachment.sha256))))
        entries, missing = [], []
        for sha in hashes:
            path = blob_path(self.store, sha)
            if path.is_file():
                entries.append(AttachmentEntry(sha, path.stat().st_size))
            else:
                missing.append(sha)
        digest, size = sha256_file(snapshot)
        return Manifest(
            app_version=__version__, schema_revision=HEAD_REVISION, created_at=now, kind=kind,
            database_sha256=digest, database_size=size, row_counts=table_row_counts(snapshot),
            attachments_included=include, attachments=entries, missing_attachments=missing,
        )  # fmt: skip

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """The automatic daily backup: made when none was made today (Vietnam time).

        Cheap when not due (reads the folder's file names). Never raises for a backup that
        could not be written: it logs, because the user's work must go on.
        """
        if not self.context.db.is_sqlite or self.context.db.label == ":memory:":
            return None
        now = now or datetime.now(UTC)
        today = now.astimezone(VIETNAM_TZ).date()
        autos = [e for e in list_backups(self.folder) if e.kind == KIND_AUTO]
        if autos and autos[0].created_at.astimezone(VIETNAM_TZ).date() == today:
            return None
        try:
            path = self.create(kind=KIND_AUTO, now=now)
        except (ServiceError, OSError) as error:
            log.error("automatic backup failed: %s", error)
            return None
        rotate(self.folder)
        return path

    def list(self) -> list[BackupEntry]:
        return list_backups(self.folder)

    def latest(self) -> BackupEntry | None:
        return latest_good_backup(self.folder)
