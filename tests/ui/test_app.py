"""Starting the application: options, environment, a light first import."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ui.app import parse_arguments

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "pyhanko", "openpyxl", "sqlalchemy")


def test_importing_the_gui_entry_point_stays_light() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); import ui.app; "
        "print(time.perf_counter() - t); "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[1] == ""  # none of the heavy libraries
    assert float(out[0]) < 1.0


def test_options_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SURPLUS_ASSETS_DB", "postgresql://so-tc@db/assets")
    monkeypatch.setenv("SURPLUS_ASSETS_LANG", "en")
    args, rest = parse_arguments(["-style", "fusion"])
    assert (args.db, args.lang, args.verbose, rest) == (
        "postgresql://so-tc@db/assets",
        "en",
        False,
        ["-style", "fusion"],
    )
    args, _ = parse_arguments(["--db", "x.sqlite3", "--lang", "vi", "--verbose"])
    assert (args.db, args.lang, args.verbose) == ("x.sqlite3", "vi", True)
    monkeypatch.setenv("SURPLUS_ASSETS_LANG", "fr")
    with pytest.raises(SystemExit):
        parse_arguments([])


STARTER = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.app import main
from ui.main_window import MainWindow

app = QApplication(sys.argv[:1])

def shown():
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    print("shown_after", round(time.perf_counter() - started, 3))
    print("title", window.windowTitle())
    print("menus", "|".join(m.title() for m in window.menus))
    wait_for_database(window)

def wait_for_database(window):
    from PySide6.QtWidgets import QDialog

    opened = window.context.sign_in_services is not None
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    if (not opened or not dialogs or window.count_status.text().endswith("…")) and (
        time.perf_counter() - started < 30
    ):
        QTimer.singleShot(20, lambda: wait_for_database(window))
        return
    print("database", window.database_status.text())
    print("count", window.count_status.text())
    print("sign_in", ",".join(d.objectName() for d in dialogs))
    print("signed_in", window.context.services is not None)
    window.close()

QTimer.singleShot(0, shown)
sys.exit(main(sys.argv[1:]))
"""


def start_app(tmp_path: Path, *args: str, **env: str) -> dict[str, str]:
    environment = {**os.environ, "SURPLUS_ASSETS_HOME": str(tmp_path), **env}
    environment.pop("SURPLUS_ASSETS_DB", None)
    result = subprocess.run(
        [sys.executable, "-c", STARTER, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines())


def test_main_starts_in_vietnamese_opens_the_database_and_writes_the_log(tmp_path: Path) -> None:
    database = tmp_path / "surplus_assets.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "surplus_assets", "--db", str(database), "demo", "--assets", "25"],
        cwd=ROOT,
        env={**os.environ, "SURPLUS_ASSETS_HOME": str(tmp_path)},
        check=True,
        capture_output=True,
    )
    seen = start_app(tmp_path, "--verbose", SURPLUS_ASSETS_LANG="")
    assert seen["title"] == "Quản lý tài sản công dôi dư"
    assert float(seen["shown_after"]) < 3.0
    log_text = (tmp_path / "logs" / "surplus_assets.log").read_text(encoding="utf-8")
    assert "starting" in log_text and "Interface language vi" in log_text
    # The database was opened in a worker; its assets are counted once someone signs in.
    assert seen["database"] == f"Cơ sở dữ liệu: {database}"
    assert seen["count"] == "Tài sản: —"
    # No account yet: the first-run dialog asks for the administrator; nothing is signed in.
    assert seen["sign_in"] == "firstAdminDialog"
    assert seen["signed_in"] == "False"
    assert "Database open" in log_text
    assert "DEBUG" in log_text or "closed" in log_text
    assert (tmp_path / "settings.ini").exists()


def test_language_from_option_environment_and_settings(tmp_path: Path) -> None:
    assert start_app(tmp_path, "--lang", "en")["menus"] == "&File|&Edit|&View|&Tools|&Help"
    assert start_app(tmp_path, SURPLUS_ASSETS_LANG="en")["title"] == "Surplus Public Assets"
    (tmp_path / "settings.ini").write_text("[preferences]\nlanguage=en\n", encoding="utf-8")
    assert start_app(tmp_path, SURPLUS_ASSETS_LANG="")["title"] == "Surplus Public Assets"


def test_start_up_probe_and_trace_follow_a_start_to_the_painted_asset_list(tmp_path: Path) -> None:
    """The benchmark's probe (bench/bench_gui_start.py) on a real start: it quits once the
    remembered page shows its rows, and the trace names the steps on the way in order."""
    database = tmp_path / "surplus_assets.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "surplus_assets", "--db", str(database), "demo", "--assets", "25"],
        cwd=ROOT, env={**os.environ, "SURPLUS_ASSETS_HOME": str(tmp_path)}, check=True,
        capture_output=True,
    )  # fmt: skip
    (tmp_path / "settings.ini").write_text("[window]\nlast_page=assets\n", encoding="utf-8")
    environment = {
        **os.environ,
        "SURPLUS_ASSETS_HOME": str(tmp_path),
        "SURPLUS_ASSETS_EXIT_AFTER_PAINT": "1",
        "SURPLUS_ASSETS_STARTUP_TRACE": "1",
    }
    command = [sys.executable, "-m", "ui.app", "--db", str(database)]
    result = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    probe, *trace = [line for line in result.stdout.splitlines() if line.startswith("startup-")]
    assert re.fullmatch(r"startup-probe: first_paint_s=[\d.]+ rss_mb=[\d.]+ page=assets "
                        r"cpu_s=[\d.]+", probe)  # fmt: skip
    steps = [line.split("] ", 1)[1] for line in trace]
    assert steps[0] == "main" and "window shown" in steps
    expected = ["services imported", "database open", "services built", "signed in",
                "page built: AssetsPage", "data shown: AssetsPage"]  # fmt: skip
    assert [step for step in steps if step in expected] == expected
    painted = float(probe.split("=")[1].split()[0])
    assert painted >= float(trace[-1].split()[1]) - 0.01  # /proc counts in 10 ms ticks
