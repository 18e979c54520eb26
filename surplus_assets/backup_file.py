"""The backup file: one zip holding a database snapshot, a manifest and the attachments.

    manifest.json          format, app version, schema revision, time, kind, row counts,
                           SHA-256 and size of the snapshot and of every attachment
    database.sqlite3       an online-backup snapshot (never a copy of a live file)
    attachments/<sha256>   the attachment files, when included; a backup that only
                           *references* them (the daily automatic ones: the store is
                           content-addressed and append-only) lists their hashes, and
                           verification checks them against the store instead

The whole file may be wrapped in crypto_envelope (passphrase encryption).

Reading treats the file as hostile: only the names above are accepted, sizes are capped and
must match the manifest, every byte is hashed before anything is used, and every failure is a
BackupDamagedError with a message, never a zipfile/zlib traceback.
"""

from __future__ import annotations

import bz2
import hashlib
import json
import lzma
import re
import shutil
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

FORMAT = "surplus-assets-backup"
FORMAT_VERSION = 1
SUFFIX = ".sabackup"
MANIFEST, DATABASE = "manifest.json", "database.sqlite3"
ATTACHMENT_PREFIX = "attachments/"
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 2_000_000
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CHUNK = 1024 * 1024

# What a hostile or damaged zip can make zipfile and its decompressors raise.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, NotImplementedError,
    ValueError, RuntimeError, struct.error, KeyError, OverflowError, UnicodeDecodeError,
)  # fmt: skip
assert bz2  # bz2 errors are OSError/ValueError; imported so a frozen build bundles it


class BackupDamagedError(ServiceError):
    """The backup file is not a readable, intact backup of this application."""


def damaged(path: Path, reason: str) -> BackupDamagedError:
    return BackupDamagedError(
        _("The backup {path} cannot be used: {reason}").format(path=path.name, reason=reason)
    )


def blob_path(store: Path, sha256: str) -> Path:
    """Where the attachment store keeps a file (same layout as services.attachments)."""
    return store / sha256[:2] / sha256[2:4] / sha256


def sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class AttachmentEntry:
    sha256: str
    size: int


@dataclass
class Manifest:
    app_version: str
    schema_revision: str | None
    created_at: datetime
    kind: str  # manual | auto | before-restore
    database_sha256: str
    database_size: int
    row_counts: dict[str, int]
    attachments_included: bool
    attachments: list[AttachmentEntry] = field(default_factory=list)
    missing_attachments: list[str] = field(default_factory=list)  # absent from the store

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "app_version": self.app_version, "schema_revision": self.schema_revision,
            "created_at": self.created_at.isoformat(), "kind": self.kind,
            "database": {"member": DATABASE, "sha256": self.database_sha256,
                         "size": self.database_size},
            "row_counts": self.row_counts,
            "attachments": {"included": self.attachments_included,
                            "files": [{"sha256": a.sha256, "size": a.size}
                                      for a in self.attachments],
                            "missing": self.missing_attachments},
        }  # fmt: skip
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, path: Path) -> Manifest:
        """Parse and validate every field; anything unexpected is a damaged backup."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise damaged(path, _("it is not a backup of this application."))
            if data.get("format_version") != FORMAT_VERSION:
                raise damaged(path, _("it was made by a newer version of the application."))
            database, attachments = data["database"], data["attachments"]
            entries = [AttachmentEntry(_hash(a["sha256"]), _size(a["size"]))
                       for a in attachments["files"]]  # fmt: skip
            counts = data["row_counts"]
            if not isinstance(counts, dict):
                raise TypeError("row_counts")
            revision = data["schema_revision"]
            if revision is not None and not isinstance(revision, str):
                raise TypeError("schema_revision")
            created = datetime.fromisoformat(str(data["created_at"]))
            if created.tzinfo is None:
                raise ValueError("naive time")
            return cls(
                app_version=str(data["app_version"]), schema_revision=revision,
                created_at=created, kind=str(data["kind"]),
                database_sha256=_hash(database["sha256"]), database_size=_size(database["size"]),
                row_counts={str(k): _size(v) for k, v in counts.items()},
                attachments_included=attachments["included"] is True,
                attachments=entries,
                missing_attachments=[_hash(h) for h in attachments.get("missing", [])],
            )  # fmt: skip
        except BackupDamagedError:
            raise
        except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError,
                RecursionError) as error:  # fmt: skip
            raise damaged(path, _("its manifest is damaged.")) from error


def _hash(value: Any) -> str:
    if not isinstance(value, str) or not _SHA256.match(value):
        raise ValueError("not a SHA-256")
    return value


def _size(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**48:
        raise ValueError("not a size")
    return value


def write_backup(target: Path, snapshot: Path, manifest: Manifest, store: Path | None) -> None:
    """Write the zip to `target` (the caller writes beside and renames)."""
    with zipfile.ZipFile(target, "w", allowZip64=True) as archive:
        archive.writestr(MANIFEST, manifest.to_json(), compress_type=zipfile.ZIP_DEFLATED)
        # Level 1: a 270 MB province database shrinks ~4x in a few seconds; higher levels
        # cost much more time for little gain.
        archive.write(snapshot, DATABASE, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
        if manifest.attachments_included and store is not None:
            for entry in manifest.attachments:
                # Photos and PDFs are already compressed: store them as they are.
                archive.write(blob_path(store, entry.sha256), ATTACHMENT_PREFIX + entry.sha256,
                              compress_type=zipfile.ZIP_STORED)  # fmt: skip


class BackupReader:
    """An open backup zip, checked member by member. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.archive = zipfile.ZipFile(path)
            infos = self.archive.infolist()
        except ZIP_ERRORS as error:
            raise damaged(path, _("it is not a readable backup file.")) from error
        try:
            self.manifest = self._check_members(infos)
        except BaseException:
            self.archive.close()
            raise

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.close()

    def _check_members(self, infos: list[zipfile.ZipInfo]) -> Manifest:
        if len(infos) > MAX_MEMBERS:
            raise damaged(self.path, _("it holds too many files."))
        names = [info.filename for info in infos]
        if len(set(names)) != len(names):
            raise damaged(self.path, _("it holds the same file twice."))
        for name in names:
            if name in (MANIFEST, DATABASE):
                continue
            if not (name.startswith(ATTACHMENT_PREFIX)
                    and _SHA256.match(name[len(ATTACHMENT_PREFIX):])):  # fmt: skip
                raise damaged(self.path, _("it holds an unexpected file {name}.").format(
                    name=name[:80]))  # fmt: skip
        if MANIFEST not in names or DATABASE not in names:
            raise damaged(self.path, _("its manifest or database is missing."))
        self.infos = {info.filename: info for info in infos}
        if self.infos[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise damaged(self.path, _("its manifest is damaged."))
        manifest = Manifest.from_json(self._read_small(MANIFEST), self.path)
        if self.infos[DATABASE].file_size != manifest.database_size:
            raise damaged(self.path, _("the database snapshot does not have the recorded size."))
        included = {a.sha256 for a in manifest.attachments if manifest.attachments_included}
        present = {n[len(ATTACHMENT_PREFIX) :] for n in names if n.startswith(ATTACHMENT_PREFIX)}
        if present != included:
            raise damaged(self.path, _("its attachments do not match its manifest."))
        for entry in manifest.attachments if manifest.attachments_included else []:
            if self.infos[ATTACHMENT_PREFIX + entry.sha256].file_size != entry.size:
                raise damaged(self.path, _("an attachment does not have the recorded size."))
        return manifest

    def _read_small(self, name: str) -> bytes:
        try:
            with self.archive.open(name) as member:
                data = member.read(MAX_MANIFEST_BYTES + 1)
        except ZIP_ERRORS as error:
            raise damaged(self.path, _("its manifest is damaged.")) from error
        if len(data) > MAX_MANIFEST_BYTES:
            raise damaged(self.path, _("its manifest is damaged."))
        return data

    @contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        try:
            with self.archive.open(name) as member:
                yield member
        except ZIP_ERRORS as error:
            raise damaged(self.path, _("the file {name} inside it is damaged.").format(
                name=name)) from error  # fmt: skip

    def copy_member(self, name: str, target: Path | None, sha256: str, size: int) -> None:
        """Stream a member to `target` (or nowhere), checking its size and hash."""
        digest, done = hashlib.sha256(), 0
        with self._open(name) as member:
            out = open(target, "wb") if target is not None else None  # noqa: SIM115
            try:
                while block := member.read(_CHUNK):
                    done += len(block)
                    if done > size:
                        break
                    digest.update(block)
                    if out is not None:
                        out.write(block)
            finally:
                if out is not None:
                    out.close()
        if done != size or digest.hexdigest() != sha256:
            message = _("the file {name} inside it was changed or damaged (its SHA-256 does "
                        "not match).")  # fmt: skip
            raise damaged(self.path, message.format(name=name))

    def extract_database(self, target: Path) -> None:
        self.copy_member(DATABASE, target, self.manifest.database_sha256,
                         self.manifest.database_size)  # fmt: skip

    def check_attachment(self, entry: AttachmentEntry) -> None:
        self.copy_member(ATTACHMENT_PREFIX + entry.sha256, None, entry.sha256, entry.size)

    def extract_attachment(self, entry: AttachmentEntry, target: Path) -> None:
        self.copy_member(ATTACHMENT_PREFIX + entry.sha256, target, entry.sha256, entry.size)


def check_snapshot(path: Path, source: Path) -> str | None:
    """integrity_check and foreign keys of an extracted snapshot; returns its revision."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check(5)").fetchall()
            if [tuple(r) for r in result] != [("ok",)]:
                raise damaged(source, _("its database snapshot is damaged ({detail}).").format(
                    detail="; ".join(str(r[0]) for r in result)[:300]))  # fmt: skip
            if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise damaged(source, _("its database snapshot has broken references."))
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}  # fmt: skip
            if "alembic_version" not in tables:
                raise damaged(source, _("it does not hold a database of this application."))
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise damaged(source, _("its database snapshot is damaged ({detail}).").format(
            detail=error)) from error  # fmt: skip


def table_row_counts(path: Path) -> dict[str, int]:
    """Rows of every table of a SQLite file (for the manifest and the restore report)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]  # fmt: skip
        return {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
                for name in names}  # fmt: skip
    finally:
        connection.close()


def install_blob(source: Path, store: Path, sha256: str) -> bool:
    """Move a verified file into the content-addressed store; False if already there intact."""
    final = blob_path(store, sha256)
    if final.exists() and sha256_file(final)[0] == sha256:
        source.unlink()
        return False
    final.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(source, final)
    return True
