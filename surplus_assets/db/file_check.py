"""Recognising a damaged SQLite file before and while opening it.

`check_file_header()` reads the 100-byte header (no SQLite involved, microseconds): a file
that is not a database, or shorter than the page count its header declares (truncated by a
failed copy or a full disk), is refused with DatabaseDamagedError naming the file and the
newest usable backup. `is_corruption()` tells SQLite's corruption errors (raised later, when a
damaged page is read) from ordinary ones such as "database is locked".
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

HEADER_MAGIC = b"SQLite format 3\x00"
_CORRUPTION_MARKERS = (
    "file is not a database", "database disk image is malformed", "malformed database schema",
    "database corruption", "file is encrypted or is not a database", "unsupported file format",
)  # fmt: skip


class DatabaseDamagedError(ServiceError):
    """The database file is damaged; `backup` names the newest usable backup, if any."""

    def __init__(self, message: str, path: Path | None = None, backup: Path | None = None):
        super().__init__(message)
        self.path = path
        self.backup = backup


def header_problem(path: Path) -> str | None:
    """Why the file at `path` is not a whole SQLite database, or None if its header is sound.

    An empty file is sound (SQLite treats it as a new database).
    """
    try:
        size = path.stat().st_size
        if size == 0:
            return None
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return _("it cannot be read ({reason}).").format(reason=error.strerror or error)
    if len(header) < 100 or not header.startswith(HEADER_MAGIC):
        return _("it is not a database file (its header is missing or overwritten).")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return _("its header is damaged.")
    if header[18] not in (1, 2) or header[19] not in (1, 2):  # journal/WAL format versions
        return _("its header is damaged.")
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The in-header page count is only meaningful when written by SQLite >= 3.7.0, which
    # marks it valid by repeating the change counter.
    if valid_for == change_counter and page_count * page_size > size:
        return _(
            "it is cut short: {size} bytes where its header promises {expected} bytes."
        ).format(size=size, expected=page_count * page_size)
    return None


def foreign_database_problem(path: Path) -> str | None:
    """Why a sound SQLite file is not one of ours: it has tables but no alembic_version
    (migrating it would silently add our schema to someone else's database)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {str(r[0]) for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}  # fmt: skip
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None  # damage is reported by the open that follows
    if tables and "alembic_version" not in tables:
        return _("it is a database of another program, not of this application.")
    return None


def is_corruption(error: BaseException) -> bool:
    """Whether an exception (SQLAlchemy's or sqlite3's) reports a damaged database file."""
    original = getattr(error, "orig", error)
    if not isinstance(original, sqlite3.DatabaseError):
        return False
    text = str(original).lower()
    return any(marker in text for marker in _CORRUPTION_MARKERS)


def damaged_message(path: Path, reason: str, backup: tuple[Path, str] | None) -> str:
    """The message shown when a database is damaged, offering the newest usable backup."""
    if backup is None:
        return _(
            "The database file {path} is damaged: {reason} No backup was found in the backup "
            "folder; if you have a backup file elsewhere, restore it with "
            '"surplus-assets-cli restore FILE" or from the start screen.'
        ).format(path=path, reason=reason)
    return _(
        "The database file {path} is damaged: {reason} Restore it from the backup {backup} "
        'of {date} ("surplus-assets-cli restore {backup}" or from the start screen).'
    ).format(path=path, reason=reason, backup=backup[0], date=backup[1])
