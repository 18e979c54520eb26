"""Keeps the interpreter from freeing None under PySide6 6.12.0 on Python 3.11.

That PySide6 release gives back None from every Qt method that returns nothing (setText,
update, processEvents...) without taking the reference it hands over, so each such call
lowers None's reference count by one. The application starts with ~40,000 references;
a working day of clicks, or the 2,000,000-asset benchmark, brings the count to zero and
the process aborts ("deallocating None"). From Python 3.12 None is immortal and the lost
references are harmless.

`install` checks whether the running PySide6 loses references at all; if it does, it gives
back what was lost every second, raising None's count in place (the first field of every
CPython < 3.12 object) so that it never nears zero: what Python 3.12 does by making None
immortal. Held references (a list of Nones) would not do: freed at exit, they would take the
count below zero. Remove this module once the locked PySide6 no longer needs it
(tests/ui/test_none_guard.py says when).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

MARGIN = 1_000_000  # references kept above zero: far more than Qt calls made in a second
CHECK_MS = 1000


def loses_references() -> bool:
    """True if a Qt call that returns nothing takes a reference away from None."""
    if sys.version_info >= (3, 12):  # None is immortal
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 100


def top_up() -> None:
    """Give None back the references lost since the last call (CPython < 3.12 only)."""
    count = ctypes.c_ssize_t.from_address(id(None))  # PyObject.ob_refcnt
    if count.value < MARGIN:
        count.value += 2 * MARGIN


def install(parent: QObject) -> bool:
    """Guard None for the life of `parent` (the application); True if it was needed."""
    if not loses_references():
        return False
    top_up()
    timer = QTimer(parent)
    timer.setObjectName("noneGuard")
    timer.setInterval(CHECK_MS)
    timer.timeout.connect(top_up)
    timer.start()
    return True
