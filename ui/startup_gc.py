"""Cyclic garbage collection paused while the application starts, then frozen out of the way.

Start-up imports PySide6, SQLAlchemy, the models and the first page: hundreds of thousands of
long-lived objects, whose allocation alone triggers ~190 collections, a full one among them:
about a seventh of the CPU time to the first painted page (measured with gc.callbacks on
bench/out/province.sqlite3). None of those objects is garbage, so the collector is paused
from the start of main() until the first page after sign-in shows its data (or, if nobody
signs in, for at most RESUME_AFTER_MS), and then everything alive is frozen
(gc.freeze): later full collections skip the libraries' objects, so they no longer pause the
GUI for tens of milliseconds while the user works.
"""

from __future__ import annotations

import gc
from typing import Any

RESUME_AFTER_MS = 10_000


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Collect again (idempotent); what start-up built is frozen as permanent."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def resume_at_the_latest(parent: Any) -> None:
    """Resume after RESUME_AFTER_MS whatever happens (a dialog waiting for the user...)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(RESUME_AFTER_MS, parent, resume)


def resume_once_shown(window: Any) -> None:
    """Resume once the window's current page has its data painted (at once if it has none)."""
    window.after_current_page_painted(resume)
