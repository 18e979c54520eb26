"""Keeping Python's cycle collector out of bulk work (imports of 100,000 rows, exchange
packages of 50,000 records).

A bulk import builds millions of small containers (cells, records, audit events) that are
freed by reference counting alone: none of them forms a cycle. The cycle collector does not
know that; each time the heap grows by a quarter it walks every live container, so an import
of 100,000 rows spent about 7 of its 30 seconds in full collections that found nothing.
`collector_paused()` switches automatic collection off for the duration of such a step and
back on afterwards (it is process-wide, so nested and concurrent uses are counted and the
last one out restores it). Switched back on, the collector would at once walk every object
made during the step as young (0.2 s after validating 100,000 rows, then again as they age):
they are moved straight to the oldest generation instead (gc.freeze + gc.unfreeze, which
walks nothing), where the next full collection looks at them with everything else. Cyclic
garbage made meanwhile is not lost: that collection frees it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic garbage collection off inside the block (restored as it was on exit)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.freeze()  # every tracked object to the permanent generation...
                gc.unfreeze()  # ...and back, into the oldest one: no young collection to come
                gc.enable()
