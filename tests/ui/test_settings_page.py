"""The Settings page: agency settings by role, the shared database connection and its password."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from surplus_assets.services.shared_database import KEYRING_SERVICE
from tests.ui.signed_in import signed_in_window
from ui import preferences
from ui.pages.settings_page import SettingsPage
from ui.widgets.shared_database_box import SharedDatabaseBox


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def settings_page(qtbot: QtBot, context: Any, services: Any, label: str) -> SettingsPage:
    window = signed_in_window(qtbot, context, services, label)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.agency.loaded != {} and not page.agency.busy)
    return page


def fill(qtbot: QtBot, box: SharedDatabaseBox, host: str, port: int, db: str, user: str,
         password: str = "") -> None:  # fmt: skip
    for edit, text in ((box.host, host), (box.database, db), (box.user, user),
                       (box.password, password)):  # fmt: skip
        edit.clear()
        qtbot.keyClicks(edit, text)
    box.port.setValue(port)


def test_officer_reads_the_agency_settings_but_cannot_change_them(
    qtbot: QtBot, context: Any, team: Any, language: str
) -> None:
    page = settings_page(qtbot, context, team.officer, "Nguyễn Văn An")
    agency = page.agency
    assert agency.edits["issuing_agency"].text() == "SỞ TÀI CHÍNH"
    assert all(edit.isReadOnly() for edit in agency.edits.values())
    assert not agency.authority.isEnabled()
    assert not agency.save_button.isVisible()
    assert "Chỉ quản trị viên" in agency.note.text()


def test_administrator_changes_the_agency_settings(
    qtbot: QtBot, context: Any, team: Any, language: str
) -> None:
    page = settings_page(qtbot, context, team.admin, "Lê Quản Trị")
    agency = page.agency
    assert agency.save_button.isVisible() and not agency.save_button.isEnabled()
    agency.edits["document_place"].clear()
    agency.edits["document_place"].insert("Phú Thọ")  # QTest types ASCII only
    agency.authority.setCurrentIndex(agency.authority.findData("KT."))
    assert agency.save_button.isEnabled()
    with qtbot.waitSignal(agency.saved, timeout=10_000):
        qtbot.mouseClick(agency.save_button, Qt.MouseButton.LeftButton)
    stored = team.officer.settings.all()
    assert stored["document_place"] == "Phú Thọ" and stored["signer_authority"] == "KT."
    assert "Đã lưu" in agency.note.text() and not agency.save_button.isEnabled()


def test_connection_test_against_an_unreachable_server_says_why(
    qtbot: QtBot, settings: Any, language: str
) -> None:
    box = SharedDatabaseBox(settings)
    qtbot.addWidget(box)
    box.show()
    assert not box.test_button.isEnabled()  # nothing to test yet
    fill(qtbot, box, "127.0.0.1", 1, "tai_san", "can_bo", "sai")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=20_000)
    assert "Không kết nối được máy chủ" in box.result.text()
    assert "127.0.0.1:1/tai_san" in box.result.text()
    assert "sai" not in box.result.text().split("127.0.0.1")[0]  # no password shown


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get("SURPLUS_ASSETS_TEST_PG_URL"),
                    reason="needs SURPLUS_ASSETS_TEST_PG_URL")  # fmt: skip
def test_connection_test_against_the_test_server(
    qtbot: QtBot, settings: Any, language: str
) -> None:
    url = make_url(os.environ["SURPLUS_ASSETS_TEST_PG_URL"])
    box = SharedDatabaseBox(settings)
    qtbot.addWidget(box)
    fill(qtbot, box, url.host or "localhost", url.port or 5432, url.database or "postgres",
         url.username or "", url.password or "")  # fmt: skip
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=20_000)
    assert box.result.text().startswith("Đã kết nối"), box.result.text()


def test_password_goes_to_the_keyring_never_to_the_settings_file(
    qtbot: QtBot, settings: Any, memory_keyring: MemoryKeyring, language: str
) -> None:
    box = SharedDatabaseBox(settings)
    qtbot.addWidget(box)
    fill(qtbot, box, "csdl.stc.local", 5433, "tai_san", "can_bo", "Mat-khau-2025")
    qtbot.mouseClick(box.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=10_000)
    assert "kho mật khẩu" in box.result.text()
    assert box.password.text() == ""
    settings.sync()
    on_disk = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "csdl.stc.local:5433/tai_san" in on_disk
    assert "Mat-khau-2025" not in on_disk
    assert memory_keyring.values == {
        (KEYRING_SERVICE, "can_bo@csdl.stc.local:5433/tai_san"): "Mat-khau-2025"
    }
    stored = preferences.SHARED_DATABASE_URL.read(settings)
    assert make_url(stored).password is None
    assert "csdl.stc.local" in box.next_start.text()

    # The page fills the fields back in, and "use the local database" forgets the server.
    again = SharedDatabaseBox(settings)
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.user.text()) == (
        "csdl.stc.local", 5433, "can_bo")  # fmt: skip
    qtbot.mouseClick(again.local_button, Qt.MouseButton.LeftButton)
    assert preferences.SHARED_DATABASE_URL.read(settings) == ""
    assert "trên máy này" in again.next_start.text()


def test_start_up_opens_the_shared_database_chosen_in_settings(settings: Any) -> None:
    from ui.app import database_at_start, parse_arguments

    assert database_at_start(parse_arguments([])[0].db, settings) == (None, False)  # local
    preferences.SHARED_DATABASE_URL.write(settings, "postgresql+psycopg://u@h:5432/d")
    assert database_at_start(None, settings) == ("postgresql+psycopg://u@h:5432/d", True)
    # --db (or SURPLUS_ASSETS_DB) wins over the Settings choice.
    assert database_at_start("sqlite:///x.db", settings) == ("sqlite:///x.db", False)
