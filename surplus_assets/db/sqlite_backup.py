"""Consistent copies of a live SQLite database through SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal file
or catch a page mid-write; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def online_backup(engine: Engine, target: Path) -> Path:
    """Copy the database behind `engine` to `target` (written beside, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        raw.close()
    os.replace(partial, target)
    return target
