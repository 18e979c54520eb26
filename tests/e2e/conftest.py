"""The frozen bundle, built once per test run, and how to run its programs.

The build (tools/build_installer.py with the interpreter running the tests, ~2-3 minutes)
happens the first time a test asks for `bundle`; when PyInstaller is not installed the
frozen tests are skipped with that reason (`python3 tools/dev.py test` installs it from
requirements/dev.lock, so CI always runs them). Deselect them with `-m "not frozen"`.

Every program runs in a scrubbed environment: its own HOME, XDG folders and data folder,
offscreen Qt on a 1366x768 screen, so nothing touches the developer's data and portable
mode can be told apart from the user data folder. Figures (size, build time, start times)
are printed at the end of the run and saved to build/frozen-smoke.json.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from build_installer import BUNDLE_NAME, bundle_size  # noqa: E402

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
GUI_NAME = f"SurplusAssets{EXE_SUFFIX}"
CLI_NAME = f"surplus-assets-cli{EXE_SUFFIX}"
FIGURES_FILE = ROOT / "build" / "frozen-smoke.json"
BUILD_TIMEOUT_S = 900
# stderr lines that are not our problem: the offscreen platform says this for every
# top-level window.
STDERR_ALLOWED = (re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.frozen)
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT_S))


@dataclass
class Bundle:
    folder: Path
    build_seconds: float
    size_bytes: int

    @property
    def gui(self) -> Path:
        return self.folder / GUI_NAME

    @property
    def cli(self) -> Path:
        return self.folder / CLI_NAME


@pytest.fixture(scope="session")
def figures(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    """Measurements the tests add; reported once at the end of the run."""
    collected: dict[str, Any] = {}
    yield collected
    if not collected:
        return
    FIGURES_FILE.parent.mkdir(exist_ok=True)
    FIGURES_FILE.write_text(json.dumps(collected, indent=2, ensure_ascii=False) + "\n")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(f"frozen bundle figures ({FIGURES_FILE.relative_to(ROOT)}):")
        for key, value in collected.items():
            reporter.write_line(f"  {key}: {value}")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory, figures: dict[str, Any]) -> Bundle:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (python3 tools/dev.py test installs it)")
    out = tmp_path_factory.mktemp("frozen-build")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_installer.py"), "--python", sys.executable,
         "--dist", str(out / "dist"), "--work", str(out / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )  # fmt: skip
    seconds = time.monotonic() - started
    log = f"{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    assert result.returncode == 0, f"build failed:\n{log}"
    folder = out / "dist" / BUNDLE_NAME
    size = bundle_size(folder)
    figures["bundle_size_mib"] = round(size / 2**20, 1)
    figures["build_seconds"] = round(seconds)
    return Bundle(folder, seconds, size)


def scrubbed_env(sandbox: Path, **extra: str) -> dict[str, str]:
    """An environment with its own home and XDG folders under `sandbox`, offscreen Qt."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("SURPLUS_ASSETS_", "XDG_", "PYTHON", "QT_"))
    }
    screen = sandbox / "screen.json"
    sandbox.mkdir(parents=True, exist_ok=True)
    screen.write_text(
        '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
        ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
    )
    env.update(
        HOME=str(sandbox / "user"),
        USERPROFILE=str(sandbox / "user"),
        LOCALAPPDATA=str(sandbox / "user" / "AppData" / "Local"),
        APPDATA=str(sandbox / "user" / "AppData" / "Roaming"),
        XDG_DATA_HOME=str(sandbox / "user" / "data"),
        XDG_CONFIG_HOME=str(sandbox / "user" / "config"),
        XDG_STATE_HOME=str(sandbox / "user" / "state"),
        XDG_CACHE_HOME=str(sandbox / "user" / "cache"),
        XDG_RUNTIME_DIR=str(sandbox / "runtime"),
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        SURPLUS_ASSETS_LANG="vi",
    )
    (sandbox / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def unexpected_stderr(self) -> list[str]:
        return [
            line
            for line in self.stderr.splitlines()
            if line.strip() and not any(p.match(line.strip()) for p in STDERR_ALLOWED)
        ]


def run(command: list[str], env: dict[str, str], timeout: float = 180, cwd: Path = ROOT) -> Run:
    started = time.monotonic()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True,
                            encoding="utf-8", timeout=timeout)  # fmt: skip
    return Run(result.returncode, result.stdout, result.stderr, time.monotonic() - started)


def run_clean(command: list[str], env: dict[str, str], timeout: float = 180) -> Run:
    """Run, and fail the test on a non-zero exit, a traceback or any stray stderr line."""
    result = run(command, env, timeout)
    output = f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-6000:]}"
    where = f"{' '.join(command)}\n{output}"
    assert result.returncode == 0, where
    assert "Traceback" not in result.stderr, where
    assert not result.unexpected_stderr(), where
    return result


def source_cli() -> list[str]:
    return [sys.executable, "-m", "surplus_assets"]


def source_gui() -> list[str]:
    return [sys.executable, "-m", "ui.app"]
