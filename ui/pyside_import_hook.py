"""Spare every later import the source scan that PySide6's `__feature__` support performs.

Once PySide6.QtCore is imported, shiboken replaces `builtins.__import__` and, after each new
module is imported, asks `shibokensupport.feature._mod_uses_pyside(module)` whether it uses
PySide6 (to decide whether `from __feature__ import snake_case` may apply to it). That
function reads the module's whole source with `inspect.getsource` and searches it for the
word "PySide6": at start-up that is a third of the time spent importing SQLAlchemy and our
services (measured with py-spy on bench/out/province.sqlite3; see bench/bench_gui_start.py).

This application never uses `__feature__` (no snake_case, no true_property), so the answer
only decides between "default features" and "ignore this module", which behave the same
when no feature is ever selected. `skip_source_scan()` answers from the module's name:
our Qt package (`ui`) and PySide6 itself use PySide6, everything else is ignored. If a
PySide6 release renames these internals, nothing is patched and start-up is only slower.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

FEATURE_MODULE = "shibokensupport.feature"
QT_PACKAGES = frozenset({"ui", "PySide6", "shiboken6", "__feature__"})


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module` belongs to a package that uses PySide6, from its name alone."""
    name = getattr(module, "__name__", "") or ""
    return name.partition(".")[0] in QT_PACKAGES


def skip_source_scan() -> bool:
    """Replace the source scan (call after importing PySide6.QtCore); True if replaced."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        log.debug("PySide6 has no %s._mod_uses_pyside: imports keep their source scan",
                  FEATURE_MODULE)  # fmt: skip
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
