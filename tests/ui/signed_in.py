"""Fixtures for GUI tests on a real database: a team of accounts and signed-in windows.

One SQLite database per test module (loading the reference data takes about a second);
each test creates its own assets and proposals. Windows receive already-signed-in services
(services.as_actor), the way tests bypass the sign-in dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services, open_services
from tests.core.proposal_helpers import Team, make_team
from ui.main_window import MainWindow

JOBS_TIMEOUT_MS = 30_000


def wait_for_background_jobs() -> None:
    """Let every worker finish before the database it reads is closed, as ui.app does on
    quit: a page's refresh still running would otherwise check out a pooled connection
    after the engine was disposed, left to the garbage collector (a ResourceWarning)."""
    assert QThreadPool.globalInstance().waitForDone(JOBS_TIMEOUT_MS), "a background job hung"


@pytest.fixture(scope="module")
def db_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    home: Path = tmp_path_factory.mktemp("gui-db")
    services = open_services(
        f"sqlite:///{home / 'gui.sqlite3'}", origin_id="00000000-0000-4000-8000-0000000000aa"
    )
    try:
        yield services
    finally:
        wait_for_background_jobs()
        services.close()


@pytest.fixture(scope="module")
def team(db_services: Services) -> Team:
    return make_team(db_services)


def signed_in_window(qtbot: QtBot, context, services: Services, label: str, pages=None):  # type: ignore[no-untyped-def]
    """The main window as `services`' user sees it after signing in."""
    context.require_sign_in = True
    context.sign_in_services = None
    window = MainWindow(context, pages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.signed_in(services, label)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
