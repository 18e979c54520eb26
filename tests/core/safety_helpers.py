"""Helpers for the backup, restore and integrity tests: content digests, attachments, damage."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from surplus_assets.backup_file import blob_path
from surplus_assets.db.models import Asset, Attachment
from surplus_assets.db.types import utcnow
from surplus_assets.paths import attachment_store_dir
from surplus_assets.services import Services


def sqlite_file(services: Services) -> Path:
    return Path(services.db.url.removeprefix("sqlite:///"))


def table_digests(path: Path, *, skip_restore_events: bool = True) -> dict[str, str]:
    """SHA-256 of every table's rows (in primary-key order) of a SQLite file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'")]  # fmt: skip
        digests = {}
        for name in names:
            where = " WHERE action != 'restore'" if (
                name == "audit_events" and skip_restore_events) else ""  # fmt: skip
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{name}"{where} ORDER BY 1'):
                digest.update(repr(row).encode())
            digests[name] = digest.hexdigest()
        return digests
    finally:
        connection.close()


def store_digests(store: Path | None = None) -> dict[str, str]:
    """File name → SHA-256 of every blob in the attachment store."""
    store = store or attachment_store_dir()
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in store.rglob("*") if p.is_file()}  # fmt: skip


def add_attachment(services: Services, content: bytes, name: str = "so-do.pdf") -> str:
    """Put `content` in the store and record it against the first asset; returns its hash.

    Written directly (the attachments service lives on another branch): what matters here
    is that a row names a blob by SHA-256 and the blob is in the store.
    """
    sha = hashlib.sha256(content).hexdigest()
    path = blob_path(attachment_store_dir(), sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with services.db.write() as session:
        asset_id = session.scalar(select(Asset.id).order_by(Asset.code).limit(1))
        now = utcnow()
        session.add(Attachment(
            id=uuid.uuid4(), asset_id=asset_id, sha256=sha, file_name=name,
            media_type="application/pdf", size_bytes=len(content), category="other",
            caption=None, created_at=now, updated_at=now, version=1, origin_id="test",
        ))  # fmt: skip
    return sha


def corrupt_table_page(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage (the file keeps its size)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        sql = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        root = connection.execute(sql, (table,)).fetchone()[0]
    finally:
        connection.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes([0xA5]) * page_size)


def asset_ids(services: Services, count: int) -> list[uuid.UUID]:
    """The ids of the first `count` assets by code."""
    with services.db.read() as session:
        return list(session.scalars(select(Asset.id).order_by(Asset.code).limit(count)))
