"""What the main window and its pages need from the rest of the application.

One small object instead of globals: the database label for the status bar, the signed-in
user, the asset counter, the services facade (once open) and where the log is. Pages receive
it when they are created. Fields are None while unknown; the status bar then says so
instead of inventing a value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


@dataclass
class AppContext:
    settings: QSettings
    log_path: Path | None = None
    database_label: str | None = None
    user_name: str | None = None
    # Counts the assets in the catalogue; called in a worker thread, never on the GUI thread.
    count_assets: Callable[[], int] | None = None
    # The surplus_assets.services facade once the database is open (typed loosely so this
    # module does not import the core services and SQLAlchemy at start).
    services: Any = None
    # The session's undo stack (QUndoStack), shared by the pages; the Edit menu drives it.
    undo_stack: Any = None
    # The language the interface was started in (a change applies on restart).
    language: str = "vi"
    # The application signs users in (ui.sign_in): until someone has, `services` is None
    # and every page or action guarded by a permission is hidden. Tests that hand in
    # already-signed-in services (or none at all) leave this False.
    require_sign_in: bool = False
    # The services as opened (bootstrap system actor), kept only to sign in again after
    # signing out; pages use `services`, which act as the signed-in user.
    sign_in_services: Any = None
