"""How a long operation reports progress and learns it was cancelled, without Qt.

Services that can take a while (imports, reports, backups) accept a `Progress`; the GUI passes
the one its background worker provides (ui/workers.py), the CLI a console one or
`NO_PROGRESS`. Cancellation is cooperative: the operation calls `check_cancelled()` between
steps, which raises `OperationCancelledError` so that transactions roll back on the way out.
"""

from __future__ import annotations

from typing import Protocol


class OperationCancelledError(Exception):
    """The user cancelled the operation; nothing more should be written."""


class Progress(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps finished (total 0: unknown); `text` says what is happening."""

    def is_cancelled(self) -> bool:
        """True once the user asked to cancel."""

    def check_cancelled(self) -> None:
        """Raise OperationCancelledError if the user asked to cancel."""


class _NoProgress:
    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def is_cancelled(self) -> bool:
        return False

    def check_cancelled(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()
