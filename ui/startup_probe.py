"""Start-up probe: quit once the first screen is painted with its data, and say how long it took.

    SURPLUS_ASSETS_EXIT_AFTER_PAINT=1 surplus-assets --db province.sqlite3
    → prints "startup-probe: first_paint_s=0.912 rss_mb=148.3 page=dashboard cpu_s=0.801"
      and exits 0

The first screen counts as painted when the current page has shown its data (Page.loaded:
the dashboard after its figures arrive, the asset list after its first rows) and the whole
window has then been repainted. The time is measured from the start of the process (from
/proc on Linux, elsewhere from the import of ui.app, which misses the interpreter's own
start), and printed with the start-up steps' marks (ui/startup_trace.py). Used by
bench/bench_gui_start.py and by the installer smoke test, which can also ask for a
screenshot at that moment with SURPLUS_ASSETS_SMOKE_SCREENSHOT=<png path>.
The probe never shows the first-start dialog nor the sign-in dialogs (see sign_in()). If
the page has not loaded within TIMEOUT_S, it prints "startup-probe: timeout" and exits 1.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from ui import startup_trace
from ui.startup_trace import process_age_s

EXIT_ENV = "SURPLUS_ASSETS_EXIT_AFTER_PAINT"
SCREENSHOT_ENV = "SURPLUS_ASSETS_SMOKE_SCREENSHOT"
TIMEOUT_S = 60


def requested() -> bool:
    return os.environ.get(EXIT_ENV, "") not in ("", "0")


def resident_memory_bytes() -> int | None:
    """The process's resident memory now (Linux, Windows), or None where unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t)
                for name in ("PeakWorkingSetSize", "WorkingSetSize", "QuotaPeakPagedPoolUsage",
                             "QuotaPagedPoolUsage", "QuotaPeakNonPagedPoolUsage",
                             "QuotaNonPagedPoolUsage", "PagefileUsage", "PeakPagefileUsage")
            ]  # fmt: skip

        counters = Counters()
        counters.cb = ctypes.sizeof(counters)
        process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
        if ctypes.windll.psapi.GetProcessMemoryInfo(  # type: ignore[attr-defined]
            process, ctypes.byref(counters), counters.cb
        ):
            return int(counters.WorkingSetSize)
    return None


def sign_in(window: Any, services: Any) -> None:
    """Sign in without dialogs, as the CLI does: nobody while the database has no account
    (bootstrap), else SURPLUS_ASSETS_USER and SURPLUS_ASSETS_PASSWORD. A wrong or missing
    password ends the probe with exit code 1 instead of waiting at a dialog."""
    from surplus_assets.domain.permissions import role_label
    from surplus_assets.errors import ServiceError

    try:
        if services.users.has_accounts():
            services = services.authenticate(
                os.environ.get("SURPLUS_ASSETS_USER", ""),
                os.environ.get("SURPLUS_ASSETS_PASSWORD", ""),
            )
    except ServiceError as error:
        print(f"startup-probe: sign-in failed: {error.message}", flush=True)
        QCoreApplication.exit(1)
        return
    window.signed_in(services, f"{services.actor.name} ({role_label(services.actor.role)})")
    watch_current_page(window)


def install(window: QMainWindow, app: QApplication) -> None:
    """Quit `app` once the window's current page is loaded and painted (see module doc)."""
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
        rss = resident_memory_bytes()
        rss_text = f"{rss / 2**20:.1f}" if rss is not None else "unknown"
        key = getattr(window, "current_page_key", lambda: None)()
        cpu = time.process_time()  # every thread's CPU time: steadier than wall time under load
        print(f"startup-probe: first_paint_s={elapsed:.3f} rss_mb={rss_text} page={key} "
              f"cpu_s={cpu:.3f}", flush=True)  # fmt: skip
        for line in startup_trace.lines():
            print(line, flush=True)
        app.exit(0)

    def timeout() -> None:
        nonlocal finished
        if not finished:
            finished = True
            print("startup-probe: timeout", flush=True)
            app.exit(1)

    window.startup_probe_report = report  # type: ignore[attr-defined]
    QTimer.singleShot(TIMEOUT_S * 1000, timeout)


def watch_current_page(window: Any) -> None:
    """Report once the page shown after sign-in has loaded its data and been painted."""
    window.after_current_page_painted(window.startup_probe_report)
