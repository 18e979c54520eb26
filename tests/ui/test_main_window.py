"""The main window as a user meets it: navigation, shortcuts, status bar, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import make_search_page_spec
from ui.main_window import MainWindow
from ui.pages import all_pages


def open_window(qtbot: QtBot, context, pages=None) -> MainWindow:  # type: ignore[no-untyped-def]
    if pages is None:
        pages = [
            make_search_page_spec("assets", "Assets", "Ctrl+2", 20),
            *(spec for spec in all_pages() if spec.key != "assets"),
        ]
        pages.sort(key=lambda spec: spec.order)
    window = MainWindow(context, pages)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def click_navigation_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    nav = window.navigation
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_click_in_navigation_shows_the_page(qtbot: QtBot, context, language) -> None:
    window = open_window(qtbot, context)
    click_navigation_row(qtbot, window, 1)
    assert window.stack.currentWidget().objectName() == "assetsPage"
    settings_row = [spec.key for spec in window.page_specs].index("settings")
    click_navigation_row(qtbot, window, settings_row)
    assert window.stack.currentWidget().objectName() == "settingsPage"
    assert window.page_actions["settings"].isChecked()


def test_shortcuts_switch_pages(qtbot: QtBot, context, language) -> None:
    window = open_window(qtbot, context)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "assets"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "dashboard"
    assert window.navigation.currentItem().text() == "Tổng quan"


def test_ctrl_f_focuses_the_search_box_of_the_current_page(qtbot: QtBot, context, language):
    window = open_window(qtbot, context)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    page.other.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)

    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Trang này không có ô tìm kiếm."


def test_ctrl_n_goes_to_the_assets_page_and_starts_a_new_asset(qtbot, context, language):
    window = open_window(qtbot, context)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "assets"
    assert window.current_page().new_items == 1


def test_new_asset_is_disabled_without_an_assets_page(qtbot, context, language) -> None:
    pages = [spec for spec in all_pages() if spec.key != "assets"]
    window = open_window(qtbot, context, pages)
    assert not window.new_asset_action.isEnabled()
    # Only the pages that exist are offered: no placeholder screens.
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Tổng quan", "Đề xuất xử lý", "Báo cáo", "Đơn vị hành chính", "Người dùng", "Cài đặt"
    ]  # fmt: skip


def test_geometry_splitter_and_page_are_restored(qtbot: QtBot, context, language) -> None:
    window = open_window(qtbot, context)
    window.resize(1000, 640)
    window.splitter.setSizes([260, 740])
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    nav_width = window.splitter.sizes()[0]
    window.close()

    again = open_window(qtbot, context)
    assert (again.width(), again.height()) == (1000, 640)
    assert again.splitter.sizes()[0] == nav_width
    assert again.current_page_key() == "settings"


def test_status_bar_without_a_database_says_so(qtbot, context, language) -> None:
    window = open_window(qtbot, context)
    labels = {w.objectName(): w.text() for w in window.statusBar().findChildren(QLabel)}
    assert labels["databaseStatus"] == "Chưa mở cơ sở dữ liệu"
    assert labels["userStatus"] == "Chưa đăng nhập"
    assert labels["assetCountStatus"] == "Tài sản: —"


def test_status_bar_counts_assets_in_a_worker(qtbot, context, language) -> None:
    import threading

    counted_in: list[str] = []

    def count() -> int:
        counted_in.append(threading.current_thread().name)
        return 1234

    context.database_label = "surplus_assets.sqlite3"
    context.user_name = "Nguyễn Văn An"
    context.count_assets = count
    window = open_window(qtbot, context)
    qtbot.waitUntil(lambda: window.count_status.text() == "1.234 tài sản")
    assert counted_in and counted_in[0] != threading.main_thread().name
    assert window.database_status.text() == "Cơ sở dữ liệu: surplus_assets.sqlite3"
    assert window.user_status.text() == "Người dùng: Nguyễn Văn An"


def test_the_asset_count_waits_until_the_page_shows_its_data(qtbot, context, language) -> None:
    """At start-up the count would compete with the first rows the user waits for: it is
    taken once the current page is painted with its data (or after 2 s should it never be)."""
    from PySide6.QtWidgets import QStyle

    from ui.pages import Page, PageSpec

    class LoadingPage(Page):
        data_shown = False

        def is_loaded(self) -> bool:
            return self.data_shown

    counted: list[bool] = []

    def count() -> int:
        counted.append(page.data_shown)
        return 7

    spec = PageSpec(key="assets", title=lambda: "Assets", icon=QStyle.StandardPixmap.SP_DirIcon,
                    shortcut="Ctrl+2", factory=LoadingPage, order=20)  # fmt: skip
    context.settings.setValue("window/last_page", "assets")
    context.database_label, context.count_assets = "surplus_assets.sqlite3", count
    window = open_window(qtbot, context, [spec])
    page = window.current_page()
    assert isinstance(page, LoadingPage)
    qtbot.wait(300)
    assert counted == [] and window.count_status.text() == "Đang đếm tài sản…"
    page.data_shown = True
    page.loaded.emit()
    qtbot.waitUntil(lambda: window.count_status.text() == "7 tài sản")
    assert counted == [True]


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_interface(qtbot: QtBot, context, language) -> None:
    context.count_assets = lambda: 1
    window = open_window(qtbot, context)
    assert [m.title() for m in window.menus] == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert window.windowTitle() == "Surplus Public Assets"
    qtbot.waitUntil(lambda: window.count_status.text() == "1 asset")


def test_vietnamese_interface_by_default(qtbot: QtBot, context, language) -> None:
    window = open_window(qtbot, context)
    assert [m.title() for m in window.menus] == ["&Tệp", "&Sửa", "&Xem", "&Công cụ", "Trợ &giúp"]
    assert window.windowTitle() == "Quản lý tài sản công dôi dư"


def test_menu_actions_have_shortcuts_in_tooltips(qtbot, context, language) -> None:
    window = open_window(qtbot, context)
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert "Ctrl+F" in window.find_action.toolTip()
    assert window.navigation.accessibleName() == "Các mục"


def test_fits_a_1366x768_laptop(qtbot: QtBot, context, language) -> None:
    window = open_window(qtbot, context)
    window.resize(1366, 768)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    # Every status label is fully visible (not squeezed to nothing).
    for label in (window.database_status, window.user_status, window.count_status):
        assert label.width() >= label.sizeHint().width()
    assert window.statusBar().mapTo(window, QPoint(0, 0)).y() < 768
