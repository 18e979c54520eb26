"""Start-up probe: quit once the first screen is painted, and say how long it took.

    SURPLUS_ASSETS_EXIT_AFTER_PAINT=1 surplus-assets --db demo.sqlite3
    → prints "startup-probe: first_paint_s=0.912 rss_mb=148.3 page=settings" and exits 0

Used by the installer smoke test (tests/e2e) and start-time measurements, on the source
run and on the frozen bundle alike; SURPLUS_ASSETS_SMOKE_SCREENSHOT=<png path> also saves a
screenshot of the window at that moment. The first screen counts as painted when the
database is open and, if the current page says when its data has arrived (a `loaded`
signal and `is_loaded()`), once it has; the whole window is then repainted synchronously.
The time is measured from the start of the process (/proc on Linux; elsewhere from the
import of this module, which misses the interpreter's own start). If that does not happen
within TIMEOUT_S, it prints "startup-probe: timeout" and exits 1.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

EXIT_ENV = "SURPLUS_ASSETS_EXIT_AFTER_PAINT"
SCREENSHOT_ENV = "SURPLUS_ASSETS_SMOKE_SCREENSHOT"
TIMEOUT_S = 60
POLL_MS = 10
_FALLBACK_START = time.monotonic()


def requested() -> bool:
    return os.environ.get(EXIT_ENV, "") not in ("", "0")


def process_age_s() -> float:
    """Seconds since this process started."""
    try:
        stat = Path("/proc/self/stat").read_text()
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: start time after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _FALLBACK_START


def resident_memory_mb() -> str:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return f"{int(line.split()[1]) / 1024:.1f}"
    except OSError:
        pass
    return "unknown"


def install(window: QMainWindow, app: QApplication) -> None:
    """Quit `app` once the window shows its database and first page (see module doc)."""
    finished = False

    def report() -> None:
        nonlocal finished
        if finished:
            return
        finished = True
        for _ in range(4):  # nested layouts each post their own request
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.repaint()  # a synchronous paint of the whole window with the data in it
        elapsed = process_age_s()
        screenshot = os.environ.get(SCREENSHOT_ENV)
        if screenshot:
            window.grab().save(screenshot)
        key = getattr(window, "current_page_key", lambda: None)()
        print(f"startup-probe: first_paint_s={elapsed:.3f} rss_mb={resident_memory_mb()} "
              f"page={key}", flush=True)  # fmt: skip
        app.exit(0)

    def page_ready() -> None:
        page: Any = getattr(window, "current_page", lambda: None)()
        if page is None or not hasattr(page, "loaded") or page.is_loaded():
            QTimer.singleShot(0, report)  # after the paint the opened database caused
        else:
            page.loaded.connect(lambda: QTimer.singleShot(0, report))

    def wait_for_database() -> None:
        context = getattr(window, "context", None)
        if context is None or getattr(context, "services", None) is not None:
            poll.stop()
            page_ready()

    def timeout() -> None:
        nonlocal finished
        if not finished:
            finished = True
            print("startup-probe: timeout", flush=True)
            app.exit(1)

    # The database opens in a worker; polling keeps this probe out of the start-up code.
    poll = QTimer(window)
    poll.setInterval(POLL_MS)
    poll.timeout.connect(wait_for_database)
    poll.start()
    QTimer.singleShot(TIMEOUT_S * 1000, timeout)
