"""Two people on one database: a refused save offers Reload; the list shows others' changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services, open_services
from tests.core.test_catalogue import CAR
from tests.ui.test_assets_page import assets_page, open_window  # noqa: F401 (fixture)
from ui.change_watcher import ChangeWatcher
from ui.dialogs.asset_editor import AssetEditor


def test_save_over_a_newer_change_offers_reload(
    qtbot: QtBot, services: Services, database_url: str, language: str
) -> None:
    from PySide6.QtGui import QUndoStack

    record = services.catalogue.create(CAR)
    editor = AssetEditor(services, QUndoStack(), record.id)
    qtbot.addWidget(editor)
    editor.show()
    other = open_services(database_url)  # a colleague's laptop on the same database
    try:
        other.catalogue.update(record.id, {"notes": "Sửa bởi đồng nghiệp"}, expected_version=1)
    finally:
        other.close()
    plate = editor.form.fields["licence_plate"].input
    plate.selectAll()
    qtbot.keyClicks(plate, "30K-999.99")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.banner.isVisible() and not editor.saving, timeout=10_000)
    assert editor.reload_button.isVisible()
    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    assert not editor.banner.isVisible() and not editor.reload_button.isVisible()
    assert editor.form.fields["notes"].input.toPlainText() == "Sửa bởi đồng nghiệp"
    assert editor.record.version == 2
    plate.selectAll()
    qtbot.keyClicks(plate, "30K-999.99")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
    saved = services.catalogue.get(record.id)
    assert saved.values["licence_plate"] == "30K-999.99"
    assert saved.values["notes"] == "Sửa bởi đồng nghiệp"


def test_list_refreshes_when_someone_else_adds_an_asset(
    qtbot: QtBot,
    open_window: Any,  # noqa: F811
    services: Services,
    database_url: str,
) -> None:
    services.catalogue.create(CAR)
    window = open_window()
    window.change_watcher.timer.setInterval(100)
    window.change_watcher.watch(services)
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    other = open_services(database_url)
    try:
        with qtbot.waitSignal(window.change_watcher.changed, timeout=10_000):
            other.catalogue.create({**CAR, "licence_plate": "30A-555.55"})
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)


def test_watcher_stays_quiet_without_changes(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    watcher = ChangeWatcher(host, interval_ms=50)
    watcher.watch(services)
    with qtbot.assertNotEmitted(watcher.changed, wait=400):
        pass
    watcher.watch(None)
    assert not watcher.timer.isActive()
