"""Integrity checks of the database, the attachment store and the audit trail.

    report = services.integrity.check("quick")     # `check`, and the GUI after start
    report = services.integrity.check("full")      # `check --full`
    report.problems  → [IntegrityProblem(kind, where, message, action)], report.ok

Modes (times measured on the 200,000-asset bench database, 270 MB, on the 2-core CI box):
- "startup": the 100-byte header check done by open_services (truncation, overwritten
  header: microseconds) plus PRAGMA quick_check (~0.6 s): finds damaged pages. The GUI runs it
  in its start-up worker; the CLI runs it in `check`.
- "quick": startup + foreign_key_check (~0.4 s) + the audit hash chains and this computer's
  audit anchor (services/audit_anchor: its newest events not deleted) + every attachment
  file present with its recorded size.
- "full": PRAGMA integrity_check (~5 s: also checks every index against its table) instead
  of quick_check, and the SHA-256 of every attachment file.
On PostgreSQL the server guards its pages and references; the chains and attachments are
checked the same way.

Every problem offers what to do; a damaged database offers the newest usable backup.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError as SqlDatabaseError

from surplus_assets.backup_file import blob_path, sha256_file
from surplus_assets.db.file_check import DatabaseDamagedError, damaged_message, is_corruption
from surplus_assets.db.models import Attachment
from surplus_assets.domain.permissions import Permission
from surplus_assets.i18n import _
from surplus_assets.paths import attachment_store_dir, backup_dir
from surplus_assets.services.context import ServiceContext

MODES = ("startup", "quick", "full")
KIND_DATABASE, KIND_REFERENCES = "database", "references"
KIND_AUDIT, KIND_ATTACHMENT = "audit_chain", "attachment"


@dataclass(frozen=True)
class IntegrityProblem:
    kind: str  # database | references | audit_chain | attachment
    where: str  # table, chain (installation id) or attachment file name
    message: str
    action: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "where": self.where, "message": self.message,
                "action": self.action}  # fmt: skip


@dataclass
class IntegrityReport:
    mode: str
    problems: list[IntegrityProblem] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # what was checked, for the summary
    seconds: float = 0.0
    latest_backup: Path | None = None
    latest_backup_date: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def latest_backup_offer(folder: Path | None = None) -> tuple[Path, str] | None:
    from surplus_assets.services.backup import latest_good_backup

    entry = latest_good_backup(folder or backup_dir())
    return (entry.path, entry.local_label) if entry is not None else None


def damaged_database_error(path: Path, reason: str, folder: Path | None = None
                           ) -> DatabaseDamagedError:  # fmt: skip
    offer = latest_backup_offer(folder)
    return DatabaseDamagedError(
        damaged_message(path, reason, offer), path, offer[0] if offer else None
    )


def _restore_action(offer: tuple[Path, str] | None) -> str:
    if offer is None:
        return _('Restore a backup file with "surplus-assets-cli restore FILE".')
    return _("Restore the backup {backup} of {date}.").format(backup=offer[0], date=offer[1])


class IntegrityService:
    def __init__(self, context: ServiceContext, store: Path | None = None,
                 folder: Path | None = None) -> None:  # fmt: skip
        self.context = context
        self._store = store
        self._folder = folder

    @property
    def store(self) -> Path:
        return self._store or attachment_store_dir()

    def check(self, mode: str = "quick",
              progress: Callable[[str], None] | None = None) -> IntegrityReport:  # fmt: skip
        """Run the checks of `mode`; never raises for what it finds, only reports it."""
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        self.context.require(Permission.VIEW)
        started = time.perf_counter()
        report = IntegrityReport(mode)
        steps: list[tuple[str, Callable[[IntegrityReport], None]]] = [
            (_("database pages"), lambda r: self._pages(r, full=mode == "full"))
        ]
        if mode != "startup":
            steps += [
                (_("references between tables"), self._references),
                (_("audit trail"), self._audit_chain),
                (_("attachment files"), lambda r: self._attachments(r, mode == "full")),
            ]
        for label, step in steps:  # fmt: skip
            if progress:
                progress(label)
            try:
                step(report)
            except SqlDatabaseError as error:
                if not is_corruption(error):
                    raise
                report.problems.append(self._damaged(str(getattr(error, "orig", error))))
                break  # the rest would only repeat the same damage
            report.checked.append(label)
        if not report.ok:
            offer = latest_backup_offer(self._folder)
            if offer is not None:
                report.latest_backup, report.latest_backup_date = offer
        report.seconds = time.perf_counter() - started
        return report

    def _damaged(self, detail: str) -> IntegrityProblem:
        return IntegrityProblem(
            KIND_DATABASE, self.context.db.label,
            _("The database file is damaged ({detail}).").format(detail=detail[:300]),
            _restore_action(latest_backup_offer(self._folder)),
        )  # fmt: skip

    def _pages(self, report: IntegrityReport, *, full: bool) -> None:
        if not self.context.db.is_sqlite:
            return
        pragma = "integrity_check(20)" if full else "quick_check(20)"
        with self.context.db.engine.connect() as connection:
            rows = [str(r[0]) for r in connection.execute(text(f"PRAGMA {pragma}"))]
        if rows != ["ok"]:
            report.problems.append(self._damaged("; ".join(rows)))

    def _references(self, report: IntegrityReport) -> None:
        if not self.context.db.is_sqlite:
            return
        with self.context.db.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        tables = sorted({str(r[0]) for r in rows})
        for table in tables:
            count = sum(1 for r in rows if r[0] == table)
            report.problems.append(IntegrityProblem(
                KIND_REFERENCES, table,
                _("{count} rows of table {table} point to records that do not exist.").format(
                    count=count, table=table),
                _restore_action(latest_backup_offer(self._folder))))  # fmt: skip

    def _audit_chain(self, report: IntegrityReport) -> None:
        from surplus_assets.services.audit_log import AuditService

        for finding in AuditService(self.context).verify().findings:
            report.problems.append(IntegrityProblem(
                KIND_AUDIT, finding.origin_id, finding.message,
                finding.action or _(
                    "Someone changed the database outside the application: compare with a "
                    "backup and keep this database for investigation.")))  # fmt: skip

    def _attachments(self, report: IntegrityReport, hashes: bool) -> None:
        with self.context.db.read() as session:
            rows = session.execute(
                select(Attachment.sha256, Attachment.size_bytes, Attachment.file_name)
            ).all()
        seen: set[str] = set()
        for sha, size, name in rows:
            if sha in seen:
                continue
            seen.add(sha)
            path = blob_path(self.store, sha)
            if not path.is_file():
                message = _("The file of attachment {name} is missing from {folder}.")
            elif path.stat().st_size != size or (hashes and sha256_file(path)[0] != sha):
                message = _("The file of attachment {name} in {folder} was changed or damaged.")
            else:
                continue
            report.problems.append(IntegrityProblem(
                KIND_ATTACHMENT, name, message.format(name=name, folder=self.store),
                _("Restore a backup that includes the attachments (a manual backup)."),
            ))  # fmt: skip
