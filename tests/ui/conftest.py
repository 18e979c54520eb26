"""Shared fixtures for GUI tests: offscreen Qt, private settings and data dirs, translators.

Qt warnings fail the tests (pytest-qt qt_log_level_fail), as in qutebrowser.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: no display needed, and never touch the user's data or settings.
# The offscreen screen is 800x600 unless configured: make it the 1366x768 laptop we target.
_TEMP = Path(tempfile.mkdtemp(prefix="surplus-assets-ui-"))
_SCREEN = _TEMP / "screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("SURPLUS_ASSETS_HOME", str(_TEMP / "home"))

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout  # noqa: E402

from surplus_assets.services import Services  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
# Messages the offscreen platform prints for every top-level window; not our bugs.
OFFSCREEN_NOISE = ("This plugin does not support",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build the .qm files the way the build does (tools/build_translations.py --release)."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_translations.py"), "--release"],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    from ui.preferences import open_settings

    return open_settings(tmp_path / "settings.ini")


@pytest.fixture
def context(settings: QSettings, tmp_path: Path):  # type: ignore[no-untyped-def]
    from ui.app_context import AppContext

    log_path = tmp_path / "logs" / "surplus_assets.log"
    log_path.parent.mkdir()
    return AppContext(settings=settings, log_path=log_path, language="vi")


@pytest.fixture(scope="session")
def none_guarded(qapp: QApplication) -> bool:
    """Whether None needs guarding here (ui/none_guard.py), guarded as the application does:
    the GUI suite makes more Qt calls in one process than None has references at start."""
    from ui import none_guard

    return none_guard.install(qapp)


@pytest.fixture(autouse=True)
def none_kept_alive(none_guarded: bool) -> None:
    """Top None up before each test too: the guard's timer runs only while events are."""
    if none_guarded:
        from ui import none_guard

        none_guard.top_up()


@pytest.fixture(params=["vi"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Install the translators of request.param (parametrize indirectly for English)."""
    from ui.translations import install_translators, remove_translators

    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def make_search_page_spec(key: str, title: str, shortcut: str, order: int):  # type: ignore[no-untyped-def]
    """A real page with a search box, standing in for the follow-up catalogue pages."""
    from PySide6.QtWidgets import QStyle

    from ui.pages import Page, PageSpec

    class SearchPage(Page):
        def __init__(self, context) -> None:  # type: ignore[no-untyped-def]
            super().__init__(context)
            self.setObjectName(f"{key}Page")
            self.search = QLineEdit()
            self.search.setAccessibleName("Search")
            self.other = QLineEdit()
            layout = QVBoxLayout(self)
            layout.addWidget(self.other)
            layout.addWidget(self.search)
            self.new_items = 0

        def focus_search(self) -> bool:
            self.search.setFocus()
            return True

        def new_item(self) -> bool:
            self.new_items += 1
            return True

    return PageSpec(
        key=key,
        title=lambda: title,
        icon=QStyle.StandardPixmap.SP_DirIcon,
        shortcut=shortcut,
        factory=SearchPage,
        order=order,
    )


# Shared fixtures: the throw-away PKI (test CA, officer's and reviewer's PKCS#12) for the
# report screens, laptops with their own databases for the exchange dialogs, and a real
# database with an administrator, an officer and a reviewer (one per test module).
from tests.core.exchange_helpers import laptop  # noqa: E402, F401
from tests.core.signing_fixtures import pki  # noqa: E402, F401
from tests.ui.signed_in import db_services, team, wait_for_background_jobs  # noqa: E402, F401


@pytest.fixture
def services(services: Services) -> Iterator[Services]:
    """tests/conftest.py's database, closed only once the windows' workers are done."""
    yield services
    wait_for_background_jobs()
