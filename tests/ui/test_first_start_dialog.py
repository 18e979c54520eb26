"""First start on an empty database: the demo data offer, and declining it for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services
from tests.core.test_catalogue import CAR
from tests.ui.test_dashboard import background_jobs_finish  # noqa: F401
from ui import preferences
from ui.dialogs.first_start_dialog import DEMO_ASSETS, FirstStartDialog, offer_if_empty
from ui.main_window import MainWindow
from ui.pages import all_pages


def open_window(qtbot: QtBot, context, services: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    context.services = services
    context.count_assets = services.catalogue.count_assets
    window = MainWindow(context, all_pages())
    qtbot.addWidget(window)
    window.show()
    return window


def wait_for_offer(qtbot: QtBot, window: MainWindow) -> FirstStartDialog:
    offer_if_empty(window)
    qtbot.waitUntil(lambda: getattr(window, "first_start_dialog", None) is not None)
    dialog: FirstStartDialog = window.first_start_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


def test_loading_demo_data_fills_the_catalogue(qtbot: QtBot, context, language,
                                               services: Services) -> None:  # fmt: skip
    window = open_window(qtbot, context, services)
    dialog = wait_for_offer(qtbot, window)
    assert dialog.province_combo.currentText() == "Tỉnh Phú Thọ"
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert services.catalogue.count_assets() == DEMO_ASSETS
    qtbot.waitUntil(lambda: window.count_status.text() == "2.000 tài sản")
    assert window.statusBar().currentMessage() == "Đã nạp 2.000 tài sản mẫu."
    assert not preferences.FIRST_START_DECLINED.read(context.settings)


def test_cancelling_the_demo_load_adds_nothing(qtbot: QtBot, context, language,
                                               services: Services) -> None:  # fmt: skip
    window = open_window(qtbot, context, services)
    dialog = wait_for_offer(qtbot, window)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30_000)
    if dialog.loaded_count is None:  # the load could finish before Cancel was heard
        assert dialog.status_label.text() == "Đã hủy nạp; không có tài sản nào được thêm."
        assert services.catalogue.count_assets() == 0
        assert dialog.isVisible() and dialog.demo_button.isEnabled()


def test_starting_empty_is_remembered(qtbot: QtBot, context, language,
                                      services: Services) -> None:  # fmt: skip
    window = open_window(qtbot, context, services)
    dialog = wait_for_offer(qtbot, window)
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert preferences.FIRST_START_DECLINED.read(context.settings)
    assert services.catalogue.count_assets() == 0

    window.first_start_dialog = None  # type: ignore[attr-defined]
    offer_if_empty(window)  # the next start
    qtbot.wait(300)
    assert window.first_start_dialog is None  # type: ignore[attr-defined]


def test_no_offer_when_the_database_has_assets(qtbot: QtBot, context, language,
                                               services: Services) -> None:  # fmt: skip
    services.catalogue.create(CAR)
    window = open_window(qtbot, context, services)
    offer_if_empty(window)
    qtbot.wait(300)
    assert getattr(window, "first_start_dialog", None) is None
