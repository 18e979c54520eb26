"""The dashboard as a user sees it: figures of a small demo database, each opening the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import load_demo
from ui.main_window import MainWindow
from ui.pages import Page, PageSpec, all_pages

DEMO_COUNT = 300


class RecordingAssetsPage(Page):
    """A real page under the "assets" key that records the queries it is asked to show."""

    def __init__(self, context) -> None:  # type: ignore[no-untyped-def]
        super().__init__(context)
        self.setObjectName("assetsPage")
        self.queries: list[AssetQuery] = []

    def apply_query(self, query: AssetQuery) -> bool:
        self.queries.append(query)
        return True


ASSETS_SPEC = PageSpec("assets", lambda: "Assets", QStyle.StandardPixmap.SP_DirIcon, "Ctrl+2",
                       RecordingAssetsPage, 20)  # fmt: skip


@pytest.fixture(autouse=True)
def background_jobs_finish(qtbot: QtBot, services: Services) -> Iterator[None]:
    """Let the page's workers finish before the widgets and the database go away."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def demo_services(services: Services) -> Services:
    load_demo(services.context, services.units, count=DEMO_COUNT, seed=7)
    return services


def open_dashboard(qtbot: QtBot, context, services: Services, with_assets: bool = True):  # type: ignore[no-untyped-def]
    context.services = services
    context.count_assets = services.catalogue.count_assets
    others = [s for s in all_pages() if s.key != "assets"]  # the stand-in records
    pages = [*others, ASSETS_SPEC] if with_assets else others
    window = MainWindow(context, sorted(pages, key=lambda s: s.order))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("dashboard")
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    return window, page


def test_figures_match_the_demo_data(qtbot: QtBot, context, language, demo_services) -> None:
    _window, page = open_dashboard(qtbot, context, demo_services)
    overview = demo_services.statistics.overview()
    assert page.count_tile.value_label.text() == "300"
    kinds = page.kind_table.model()
    assert kinds.rowCount() == 4
    texts = {kinds.index(r, 0).data(): kinds.index(r, 1).data() for r in range(4)}
    assert sum(int(t.replace(".", "")) for t in texts.values()) == DEMO_COUNT
    assert texts["Xe ô tô"] == str(overview.by_kind[2].count)
    # Values in billions on screen, to the đồng in the tooltip.
    assert page.cost_tile.toolTip() == f"{overview.total.original_cost:,} ₫".replace(",", ".")
    assert page.cost_tile.value_label.text().endswith("tỷ ₫")
    communes = page.unit_table.model()
    assert communes.rowCount() == len(overview.by_current_unit)
    top = overview.by_current_unit[0]
    assert communes.index(0, 0).data() == demo_services.units.get(top.key).name
    assert page.state_label.text().startswith("Số liệu lúc")


def test_clicking_a_figure_opens_the_filtered_asset_list(qtbot: QtBot, context, language,
                                                         demo_services) -> None:  # fmt: skip
    window, page = open_dashboard(qtbot, context, demo_services)
    table = page.kind_table
    rect = table.visualRect(table.model().index(2, 1))  # cars
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "assets"
    assets = window.current_page()
    assert assets.queries == [AssetQuery(kinds=("car",))]

    window.show_page("dashboard")
    page.tabs.setCurrentWidget(page.unit_table)
    table = page.unit_table
    top = demo_services.statistics.overview().by_current_unit[0].key
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 0)).center())  # fmt: skip
    assert assets.queries[-1] == AssetQuery(current_unit_id=top)

    window.show_page("dashboard")
    qtbot.mouseClick(page.count_tile, Qt.MouseButton.LeftButton)
    assert assets.queries[-1] == AssetQuery()


def test_progress_chart_segment_opens_kind_and_status(qtbot: QtBot, context, language,
                                                      demo_services) -> None:  # fmt: skip
    window, page = open_dashboard(qtbot, context, demo_services)
    chart = page.chart
    segments = chart._segments(3)  # the car bar: every demo asset awaits handling
    assert [status for status, _ in segments] == ["surplus"]
    centre = segments[0][1].center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert window.current_page().queries == [AssetQuery(kinds=("car",), statuses=("surplus",))]


def test_without_an_assets_page_a_click_says_so(qtbot: QtBot, context, language,
                                                demo_services) -> None:  # fmt: skip
    window, page = open_dashboard(qtbot, context, demo_services, with_assets=False)
    qtbot.mouseClick(page.value_tile, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert window.current_page_key() == "dashboard"
    assert window.statusBar().currentMessage() == ("Danh sách tài sản chưa có trong phiên bản này.")


def test_overdue_section_explains_why_it_is_empty(qtbot: QtBot, context, language,
                                                  demo_services) -> None:  # fmt: skip
    _window, page = open_dashboard(qtbot, context, demo_services)
    qtbot.waitUntil(lambda: "phương án" in page.overdue.empty_label.text(), timeout=10_000)
    assert page.overdue.empty_label.isVisible()


def test_figures_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, context, language,
                                              demo_services) -> None:  # fmt: skip
    _window, page = open_dashboard(qtbot, context, demo_services)
    for table in (page.kind_table, page.status_table, page.form_table, page.unit_table):
        qtmodeltester.check(table.model())


def test_overdue_proposal_is_listed_and_its_form_counted(qtbot: QtBot, context, language,
                                                         demo_services) -> None:  # fmt: skip
    car = demo_services.catalogue.list_rows(AssetQuery(kinds=("car",)), limit=1)[0]
    late = demo_services.proposals.create(
        {"form": "thu_hoi", "assets": [car.code], "target_date": "01/02/2026"}
    )
    window, page = open_dashboard(qtbot, context, demo_services)
    qtbot.waitUntil(page.overdue.table.isVisible)
    overdue = page.overdue.model
    assert overdue.rowCount() == 1
    assert overdue.index(0, 0).data() == late.code
    assert overdue.index(0, 2).data() == "01/02/2026"
    assert int(overdue.index(0, 3).data()) > 0
    assert page.overdue.title() == "Phương án quá hạn (1)"

    forms = page.form_table.model()
    labels = {forms.index(r, 0).data(): forms.index(r, 1).data() for r in range(forms.rowCount())}
    assert labels["Thu hồi"] == "1"
    assert labels["Chưa chọn hình thức xử lý"] == str(DEMO_COUNT - 1)
    page.tabs.setCurrentWidget(page.form_table)
    row = next(r for r in range(forms.rowCount()) if forms.index(r, 0).data() == "Thu hồi")
    table = page.form_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(forms.index(row, 0)).center())  # fmt: skip
    assert window.current_page().queries == [AssetQuery(handling_forms=("thu_hoi",))]
