"""The asset list shows a query's first page before it knows every match, and a refresh
after a change keeps what the user was looking at."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from surplus_assets.domain.asset_kinds import status_label
from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import load_demo
from tests.ui.test_assets_page import COLUMN_KEYS, assets_page
from ui.main_window import MainWindow
from ui.pages.asset_list_loading import FIRST_PAGE

COUNT = 260


@pytest.fixture
def window(qtbot: QtBot, context, language, services: Services) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    load_demo(services.context, services.units, count=COUNT, seed=8, batch=100)
    context.services = services
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    QThreadPool.globalInstance().waitForDone(10_000)


def test_first_page_is_shown_before_every_match_is_known(
    qtbot: QtBot, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=10_000)
    catalogue = services.catalogue
    every_key = threading.Event()
    search_keys = type(catalogue).search_keys

    def held_keys(self: Any, query: AssetQuery) -> Any:
        every_key.wait(10)  # the keys of every match take their time
        return search_keys(self, query)

    monkeypatch.setattr(type(catalogue), "search_keys", held_keys)
    with qtbot.waitSignal(page.firstPageShown, timeout=5000):
        page.search.setText("a")  # nearly every asset
    expected = [r.id for r in catalogue.list_rows(AssetQuery(text="a"))]
    assert len(expected) > FIRST_PAGE
    assert page.model.rowCount() == FIRST_PAGE and not page.model.complete
    assert page.count_label.text() == "Đang đếm…"
    assert page.model.ids_of_rows(list(range(FIRST_PAGE))) == expected[:FIRST_PAGE]
    page.table.selectRow(3)  # the user acts on what is shown

    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        every_key.set()
    assert page.model.rowCount() == len(expected) and page.model.complete
    assert page.count_label.text() == f"{len(expected)} tài sản"
    assert page.selected_ids() == [expected[3]]  # appended below: the selection stayed
    name = COLUMN_KEYS.index("name")
    last = page.model.index(len(expected) - 1, name).data()
    assert last == catalogue.get(expected[-1]).values["name"]


def test_refresh_keeps_the_selection_current_row_and_rows_in_view(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=10_000)
    page.table.resize(1000, 300)
    target = COUNT - 40
    page.table.scrollTo(page.model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    page.table.selectRow(target)
    selection = page.table.selectionModel()
    flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    selection.setCurrentIndex(page.model.index(target + 2, 0), flags)
    top, chosen = page.table.rowAt(0), page.selected_ids()
    assert len(chosen) == 2 and top > 0
    page.status_choice.setCurrentIndex(page.status_choice.findData("reviewing"))
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.set_status_button.click()
    assert page.selected_ids() == chosen
    assert page.table.currentIndex().row() == target + 2
    assert page.table.rowAt(0) == top
    status = COLUMN_KEYS.index("status")
    assert page.model.index(target, status).data() == status_label("reviewing")

    # A new asset joins the list: its rows move, the same assets stay selected.
    first = catalogue_first_name(services)
    services.catalogue.create({"kind": "equipment", "name": "Ấm " + first,
                               "current_unit_id": "2025:C00097", "quantity": "1"})  # fmt: skip
    with qtbot.waitSignal(page.searchFinished, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == COUNT + 1
    assert page.selected_ids() == chosen


def catalogue_first_name(services: Services) -> str:
    return services.catalogue.list_rows(AssetQuery(), limit=1)[0].name
