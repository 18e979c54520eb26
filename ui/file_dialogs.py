"""Asking the user for a file to open or save: one place, so that tests can answer for them.

The native file dialog runs its own event loop and cannot be driven by QTest; GUI tests
replace `ask_open_path` / `ask_save_path` (monkeypatch) with a function returning a path,
and then click the real buttons that ask.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_path(
    parent: QWidget | None, title: str, filters: str, directory: str = ""
) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return Path(name) if name else None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> tuple[Path, str] | None:
    """The chosen path and the chosen filter (e.g. to tell .xlsx from .csv), or None."""
    name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return (Path(name), chosen) if name else None
