"""Making rows ahead in a thread while the database works without Python.

A long SQLite statement (indexing 100,000 search texts, say) runs with the interpreter lock
released, so another thread can run Python meanwhile. `Prefetch` uses that window: inside
its `with` block a thread takes items from a generator (audit rows: JSON and hashes) and
keeps them; on leaving it stops the thread at the next item. `items()` then gives the kept
items followed by the rest of the generator, the same sequence as the generator alone.

Use it only around a call that releases the lock for long (a single SQL statement): while
the thread runs, any Python in the caller competes with it for the lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from itertools import chain
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class Prefetch(Generic[T]):
    def __init__(self, source: Iterator[T], limit: int = 50_000) -> None:
        self._source = source
        self._limit = limit  # items kept at most (memory)
        self._ahead: list[T] = []
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        try:
            for item in self._source:
                self._ahead.append(item)
                if self._stop.is_set() or len(self._ahead) >= self._limit:
                    return
        except BaseException as error:  # re-raised in the caller's thread on exit
            self._error = error

    def __enter__(self) -> Prefetch[T]:
        self._thread = threading.Thread(target=self._run, name="prefetch", daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join()
        if self._error is not None and error is None:
            raise self._error

    def items(self) -> Iterator[T]:
        """The items made ahead (none if the block never ran), then the rest of the source;
        after the `with` block."""
        assert self._thread is None or not self._thread.is_alive()
        return chain(self._ahead, self._source)
