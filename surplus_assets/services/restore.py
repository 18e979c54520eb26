"""Restoring a backup over the current SQLite database, verifying everything first.

    result = restore_database(Path("manual-20250701T020304Z.sabackup"), url=...,
                              passphrase=None, actor=services.actor)

Order, so that a bad backup or a crash never costs the current data:
1. verify the backup whole (before touching anything): every member's size and SHA-256
   against the manifest, PRAGMA integrity_check and foreign_key_check of the extracted
   snapshot, a schema revision this version knows, and the referenced attachments present in
   the store (or included in the backup);
2. keep the current database as backups/before-restore-<time>.sabackup (online backup), or,
   if it is too damaged to open, as a raw copy of its files (nobody is using it);
3. put the attachment files into the store (content-addressed: adding never harms);
4. replace the database: the snapshot is written beside it, the old -wal/-shm files are
   removed (a stale WAL must never be replayed over a different database), then os.replace;
5. set this computer's audit anchor to the restored database's newest event (an intended
   rollback is no tampering) and record a "restore" audit event in it.

The database must not be open (close the services, or the GUI, first). A raw SQLite file made
before a migration (before-migration-*.sqlite3) is accepted too: it has no attachments.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from surplus_assets.backup_file import (
    BackupDamagedError,
    BackupReader,
    blob_path,
    check_snapshot,
    damaged,
    install_blob,
    sha256_file,
    table_row_counts,
)
from surplus_assets.crypto_envelope import EnvelopeError, decrypt_file, file_is_encrypted
from surplus_assets.db.database import Database
from surplus_assets.db.engine import resolve_url
from surplus_assets.db.migrate import is_known_revision
from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _
from surplus_assets.paths import attachment_store_dir, backup_dir
from surplus_assets.services.backup import KIND_BEFORE_RESTORE, BackupService
from surplus_assets.services.context import SYSTEM_ACTOR, Actor, ServiceContext

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


class PassphraseRequiredError(EnvelopeError):
    """The backup is encrypted: ask for the passphrase and call again."""


@dataclass
class RestoreResult:
    database: Path
    previous_copy: Path | None  # the database as it was before the restore
    backup_created_at: datetime | None
    row_counts: dict[str, int]
    attachments_restored: int
    attachments_missing: list[str] = field(default_factory=list)


@dataclass
class VerifiedBackup:
    snapshot: Path
    created_at: datetime | None
    reader: BackupReader | None


def sqlite_path(url: str | None) -> Path:
    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() != "sqlite":
        raise ServiceError(_(
            "This installation uses a PostgreSQL server: restore it with pg_restore on the "
            "server (see docs/operations/backup.md)."))  # fmt: skip
    if not parsed.database or parsed.database == ":memory:":
        raise ServiceError(_("An in-memory database cannot be restored."))
    return Path(parsed.database)


def verify_backup_file(
    source: Path, work: Path, *, passphrase: str | None = None, store: Path | None = None
) -> VerifiedBackup:
    """Check a backup completely, extracting its snapshot into `work`; raises
    BackupDamagedError / EnvelopeError with a message. Reads nothing else."""
    store = store or attachment_store_dir()
    try:
        with open(source, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ServiceError(_("Cannot read the backup {path}: {reason}").format(
            path=source, reason=error.strerror or error)) from error  # fmt: skip
    if file_is_encrypted(source):
        if passphrase is None:
            raise PassphraseRequiredError(
                _("The backup {path} is encrypted: give its passphrase.").format(path=source.name)
            )
        plain = decrypt_file(source, work / "backup.zip", passphrase)
        verified = verify_backup_file(plain, work, store=store)
        return verified
    snapshot = work / "snapshot.sqlite3"
    if head == SQLITE_MAGIC:  # a raw pre-migration snapshot
        shutil.copyfile(source, snapshot)
        _check_revision(check_snapshot(snapshot, source), source)
        return VerifiedBackup(snapshot, None, None)
    reader = BackupReader(source)
    try:
        reader.extract_database(snapshot)
        revision = check_snapshot(snapshot, source)
        if revision != reader.manifest.schema_revision:
            raise damaged(source, _("its manifest does not match its database."))
        _check_revision(revision, source)
        for entry in reader.manifest.attachments:
            if reader.manifest.attachments_included:
                reader.check_attachment(entry)
            elif not _store_has(store, entry.sha256):
                raise damaged(
                    source,
                    _(
                        "it refers to attachment files that are no longer in the attachment "
                        "folder {folder}; use a backup that includes them."
                    ).format(folder=store),
                )
    except BaseException:
        reader.archive.close()
        raise
    return VerifiedBackup(snapshot, reader.manifest.created_at, reader)


def _check_revision(revision: str | None, source: Path) -> None:
    if revision is None or not is_known_revision(revision):
        raise damaged(source, _(
            "it holds a database of a newer version of the application (schema {revision}); "
            "install that version to restore it.").format(revision=revision))  # fmt: skip


def _store_has(store: Path, sha256: str) -> bool:
    path = blob_path(store, sha256)
    return path.is_file() and sha256_file(path)[0] == sha256


def restore_database(
    source: Path,
    *,
    url: str | None = None,
    passphrase: str | None = None,
    actor: Actor = SYSTEM_ACTOR,
    store: Path | None = None,
    folder: Path | None = None,
) -> RestoreResult:
    """Verify `source`, keep the current database, then replace it (see the module doc)."""
    target = sqlite_path(url)
    store, folder = store or attachment_store_dir(), folder or backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=target.parent) as tmp:
        work = Path(tmp)
        verified = verify_backup_file(source, work, passphrase=passphrase, store=store)
        try:
            previous = _keep_current(target, folder, store)
            restored = _install_attachments(verified, work, store)
        finally:
            if verified.reader is not None:
                verified.reader.archive.close()
        counts = table_row_counts(verified.snapshot)
        _swap_in(verified.snapshot, target)
    log.info("restored %s from %s (previous database kept as %s)", target, source, previous)
    _record_restore(target, source, actor, verified.created_at)
    return RestoreResult(target, previous, verified.created_at, counts, restored)


def _keep_current(target: Path, folder: Path, store: Path) -> Path | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    database = Database(f"sqlite:///{target}")
    try:
        context = ServiceContext(database, SYSTEM_ACTOR, "restore")
        return BackupService(context, folder, store).create(
            kind=KIND_BEFORE_RESTORE, include_attachments=False
        )
    except Exception as error:
        # Too damaged for the backup API: nobody has it open, so copy its files as they are.
        log.warning("current database unreadable (%s); keeping a raw copy", error)
    finally:
        database.close()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = folder / f"before-restore-{stamp}-damaged.sqlite3"
    for suffix in ("", "-wal"):
        if Path(f"{target}{suffix}").exists():
            shutil.copyfile(f"{target}{suffix}", f"{copy}{suffix}")
    return copy


def _install_attachments(verified: VerifiedBackup, work: Path, store: Path) -> int:
    reader = verified.reader
    if reader is None or not reader.manifest.attachments_included:
        return 0
    count = 0
    for entry in reader.manifest.attachments:
        if _store_has(store, entry.sha256):
            continue
        incoming = work / f"incoming-{entry.sha256}"
        reader.extract_attachment(entry, incoming)
        count += install_blob(incoming, store, entry.sha256)
    return count


def _swap_in(snapshot: Path, target: Path) -> None:
    staged = target.with_name(target.name + ".restoring")
    shutil.copyfile(snapshot, staged)
    with open(staged, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staged, target)


def _record_restore(target: Path, source: Path, actor: Actor, created_at: datetime | None) -> None:
    from surplus_assets.services import open_services
    from surplus_assets.services.audit import AuditRecorder
    from surplus_assets.services.audit_anchor import reset_anchor

    services = open_services(f"sqlite:///{target}", actor=actor)
    try:
        # An intended rollback: this computer's record of its newest audit event becomes the
        # restored one's, before the restore event below moves it on.
        reset_anchor(services.context)
        with services.db.write() as session:
            AuditRecorder(services.context).record(
                session, action="restore", entity_type="database", entity_id="database",
                after={"file": source.name, "backup_created_at": created_at},
            )  # fmt: skip
    finally:
        services.close()


__all__ = ["BackupDamagedError", "PassphraseRequiredError", "RestoreResult", "restore_database"]
