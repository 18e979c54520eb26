"""The administrative-units page: province → commune → legacy commune, divided communes marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from surplus_assets.services import Services
from surplus_assets.services.catalogue import AssetQuery
from tests.core.test_catalogue import HOUSING
from tests.ui.test_dashboard import ASSETS_SPEC, background_jobs_finish  # noqa: F401
from ui.main_window import MainWindow
from ui.models.unit_tree_model import UnitTreeModel
from ui.pages import all_pages

HA_NOI, LANG, NGOC_KHANH = "2025:P01", "2025:C00199", "pre2025:C00025"


def open_units(qtbot: QtBot, context, services: Services):  # type: ignore[no-untyped-def]
    context.services = services
    others = [s for s in all_pages() if s.key != "assets"]  # the stand-in records
    pages = sorted([*others, ASSETS_SPEC], key=lambda s: s.order)
    window = MainWindow(context, pages)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("units")
    qtbot.waitUntil(page.is_loaded, timeout=10_000)
    return window, page


def child_named(model: UnitTreeModel, parent: QModelIndex, name: str) -> QModelIndex:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data() == name:
            return index
    raise AssertionError(f"{name} not under {parent.data()}")


def test_navigate_to_a_divided_legacy_commune_and_open_its_assets(
    qtbot: QtBot, context, language, services: Services
) -> None:
    services.catalogue.create(HOUSING)  # from Ngọc Khánh (divided) to Láng
    window, page = open_units(qtbot, context, services)
    model, tree = page.model, page.tree
    assert model.rowCount() == 34  # the provinces; nothing else is loaded yet

    ha_noi = child_named(model, QModelIndex(), "Thành phố Hà Nội")
    assert ha_noi.siblingAtColumn(2).data() == "1"
    tree.expand(ha_noi)
    lang = child_named(model, ha_noi, "Phường Láng")
    assert lang.siblingAtColumn(2).data() == "1"
    tree.setCurrentIndex(lang)
    assert "Hình thành từ" in page.details_label.text()
    assert "01/07/2025" in page.details_label.text()
    assert "202/2025/QH15" in page.details_label.text()

    tree.expand(lang)
    ngoc_khanh = child_named(model, lang, "Phường Ngọc Khánh")
    note = ngoc_khanh.siblingAtColumn(3).data()
    assert note.startswith("Bị chia tách") and "Phường Giảng Võ" in note
    assert "Phường Láng" not in note  # the other receivers only
    assert ngoc_khanh.data(Qt.ItemDataRole.FontRole).italic()
    assert ngoc_khanh.siblingAtColumn(2).data() == "1"

    tree.setCurrentIndex(ngoc_khanh)
    assert "Bị chia tách cho" in page.details_label.text()
    qtbot.mouseClick(page.show_assets_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "assets"
    assert window.current_page().queries == [
        AssetQuery(current_unit_id=LANG, legacy_unit_id=NGOC_KHANH)
    ]


def test_double_click_on_a_legacy_commune_opens_its_assets(
    qtbot: QtBot, context, language, services: Services
) -> None:
    window, page = open_units(qtbot, context, services)
    model, tree = page.model, page.tree
    ha_noi = child_named(model, QModelIndex(), "Thành phố Hà Nội")
    tree.expand(ha_noi)
    lang = child_named(model, ha_noi, "Phường Láng")
    tree.expand(lang)
    legacy = child_named(model, lang, "Phường Ngọc Khánh")
    tree.scrollTo(legacy)
    qtbot.waitUntil(lambda: tree.visualRect(legacy).isValid())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualRect(legacy).center())  # fmt: skip
    # The click shows the unit's details (loaded in a worker): let the layout settle so the
    # double click lands on the row where it is now.
    qtbot.waitUntil(lambda: tree.currentIndex() == legacy)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton,
                      pos=tree.visualRect(legacy).center())  # fmt: skip
    qtbot.waitUntil(lambda: window.current_page_key() == "assets", timeout=5_000)


def test_unit_tree_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester, context, language, services: Services
) -> None:
    _window, page = open_units(qtbot, context, services)
    model = page.model
    ha_noi = child_named(model, QModelIndex(), "Thành phố Hà Nội")
    child_named(model, ha_noi, "Phường Láng")  # fetch two levels before checking
    qtmodeltester.check(model)
