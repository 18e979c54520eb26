"""The assets page and editor driven as a user would: keys, clicks, menus, undo."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from surplus_assets.domain.asset_kinds import status_label
from surplus_assets.services import Services
from tests.core.test_catalogue import CAR, EQUIPMENT, HEADQUARTERS, HOUSING
from ui.main_window import MainWindow
from ui.models.asset_table import COLUMN_KEYS, AssetTableModel

PHUC_XA, HONG_HA = "pre2025:C00001", "2025:C00097"
NGOC_KHANH = "pre2025:C00025"  # divided among Giảng Võ (default), Ngọc Hà, Láng


@pytest.fixture
def open_window(qtbot: QtBot, context, language, services: Services):  # type: ignore[no-untyped-def]
    """Start the application's window on the database (after a test has put assets in it)."""

    def start() -> MainWindow:
        context.services = services
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return start


def assets_page(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    press(qtbot, window, Qt.Key.Key_2)
    page = window.current_page()
    assert page.objectName() == "assetsPage"
    qtbot.waitUntil(lambda: page.model is not None and not page.timer.isActive())
    return page


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Ctrl+key on the main window, made active first as a user's click would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def wait_for_search(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.searchFinished, timeout=5000):
        pass


def shown_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    column = COLUMN_KEYS.index("name")
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def type_into(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text`; QTest can only press ASCII keys, so Vietnamese letters arrive the way an
    input method (Unikey, Telex) delivers them: as committed text."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)


def test_model_passes_qtmodeltester(qtmodeltester, services: Services) -> None:
    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    from surplus_assets.services.catalogue import AssetQuery

    model = AssetTableModel(services.catalogue)
    model.set_keys(services.catalogue.search_keys(AssetQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    # A first page shown at once, then every key appended below it (rows inserted).
    model.show_first_page(services.catalogue.list_rows(AssetQuery(), limit=2), complete=False)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and not model.complete
    model.set_keys(services.catalogue.search_keys(AssetQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.complete
    names = [model.index(r, COLUMN_KEYS.index("name")).data() for r in range(4)]
    assert names == [r.name for r in services.catalogue.list_rows(AssetQuery())]


def fill_and_save(qtbot: QtBot, editor, kind_index: int, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    editor.kind_combo.setCurrentIndex(kind_index)
    for name, text in values.items():
        widget = editor.form.fields[name].input
        if name.endswith("unit_id"):
            type_into(qtbot, widget.edit, text)
            popup = widget.completer.popup()
            qtbot.waitUntil(popup.isVisible)
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)
        else:
            type_into(qtbot, widget, text)
    qtbot.waitUntil(editor.save_button.isEnabled)
    qtbot.keyClick(editor.form.fields["name"].input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible() or editor.banner.isVisible(), timeout=5000)
    assert not editor.isVisible(), (editor.banner.text(), editor.form.problems())


def test_create_an_asset_of_each_kind(qtbot: QtBot, open_window, services: Services) -> None:
    window = open_window()
    page = assets_page(qtbot, window)
    kinds = [
        (0, {"name": "Trụ sở xã cũ", "legacy_unit_id": "phuc xa", "address": "Số 1",
             "land_area": "1.234,5", "cost_budget": "12,500,000,000"}),
        (1, {"name": "Nhà công vụ 2", "current_unit_id": "hong ha", "address": "Ngõ 5",
             "land_area": "120"}),
        (2, {"name": "Xe Fortuner", "current_unit_id": "hong ha", "car_brand": "Toyota",
             "licence_plate": "29A-123.45"}),
        (3, {"name": "Máy photocopy", "current_unit_id": "hong ha", "quantity": "2"}),
    ]  # fmt: skip
    for kind_index, values in kinds:
        press(qtbot, window, Qt.Key.Key_N)
        editor = page.editor
        assert editor.windowTitle() == "Tài sản mới" or not editor.record
        qtbot.waitExposed(editor)
        fill_and_save(qtbot, editor, kind_index, values)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert sorted(shown_names(page)) == sorted(v["name"] for _, v in kinds)
    rows = {
        r.name: r
        for r in services.catalogue.list_rows(
            __import__("surplus_assets.services.catalogue", fromlist=["AssetQuery"]).AssetQuery()
        )
    }
    assert rows["Trụ sở xã cũ"].current_unit_id == HONG_HA  # filled from the legacy commune
    assert rows["Trụ sở xã cũ"].original_cost == 12_500_000_000
    assert [r.kind for r in sorted(rows.values(), key=lambda r: r.name)]
    assert page.undo_stack.count() == 4


def test_validation_shown_next_to_the_field_and_save_disabled(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    page = assets_page(qtbot, window)
    press(qtbot, window, Qt.Key.Key_N)
    editor = page.editor
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.form.fields["name"].input, "Trụ sở")
    cost = editor.form.fields["cost_budget"].input
    type_into(qtbot, cost, "12.50.000")
    error = editor.form.fields["cost_budget"].error
    assert error.isVisible() and "12.50.000" in error.text()
    assert not editor.save_button.isEnabled()
    cost.clear()
    type_into(qtbot, cost, "12500000")
    assert not editor.form.fields["cost_budget"].error.isVisible()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    cost.setFocus()
    qtbot.keyClick(cost, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not cost.hasFocus())
    assert cost.text() == "12.500.000 ₫"  # formatted on leaving the field
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_divided_commune_offers_a_choice(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    page = assets_page(qtbot, window)
    editor = page.open_editor(None)
    qtbot.waitExposed(editor)
    legacy = editor.form.fields["legacy_unit_id"].input
    legacy.set_unit_id(NGOC_KHANH, notify=True)
    current = editor.form.fields["current_unit_id"].input
    assert current.choice.isVisible() and current.choice.count() == 3
    assert "Giảng Võ" in current.choice.itemText(0)
    assert current.unit_id() == current.choice.itemData(0)
    current.choice.setCurrentIndex(2)
    current.choice.activated.emit(2)
    assert current.unit_id() == current.choice.itemData(2)
    assert "chia" in current.note.text()


def test_edit_then_undo_and_redo(qtbot, open_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    record = services.catalogue.create(CAR)
    window = open_window()
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.editor
    qtbot.waitExposed(editor)
    plate = editor.form.fields["licence_plate"].input
    plate.selectAll()
    qtbot.keyClicks(plate, "30K-999.99")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5000)
    assert services.catalogue.get(record.id).values["licence_plate"] == "30K-999.99"
    press(qtbot, window, Qt.Key.Key_Z)
    assert services.catalogue.get(record.id).values["licence_plate"] == "29A-123.45"
    window.redo_action.trigger()
    assert services.catalogue.get(record.id).values["licence_plate"] == "30K-999.99"
    actions = [e.action for e in services.catalogue.history(record.id)]
    assert actions == ["create", "update", "update", "update"]


def test_filter_and_search_without_diacritics(qtbot, open_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    for raw in (HEADQUARTERS, CAR, HOUSING, EQUIPMENT):
        services.catalogue.create(raw)
    window = open_window()
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    press(qtbot, window, Qt.Key.Key_F)
    assert page.search.hasFocus()
    with qtbot.waitSignal(page.searchFinished):
        qtbot.keyClicks(page.search, "NHA CONG VU")
    assert shown_names(page) == ["Nhà công vụ số 2"]
    page.search.clear()
    with qtbot.waitSignal(page.searchFinished):
        page.kind_filter.setCurrentIndex(page.kind_filter.findData("car"))
    assert shown_names(page) == ["Xe ô tô Toyota Fortuner"]
    with qtbot.waitSignal(page.searchFinished):
        page.kind_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.searchFinished):
        page.legacy_filter.set_unit_id(NGOC_KHANH, notify=True)
    assert shown_names(page) == ["Nhà công vụ số 2"]


def test_bulk_status_change_and_export(qtbot, open_window, services, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch) -> None:  # fmt: skip
    for raw in (HEADQUARTERS, CAR, EQUIPMENT):
        services.catalogue.create(raw)
    window = open_window()
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_ids()) == 3
    page.status_choice.setCurrentIndex(page.status_choice.findData("reviewing"))
    with qtbot.waitSignal(page.searchFinished):
        qtbot.mouseClick(page.set_status_button, Qt.MouseButton.LeftButton)
    statuses = {r.status for r in services.catalogue.rows_by_id(page.selected_ids()).values()}
    assert statuses == {"reviewing"}
    status_column = COLUMN_KEYS.index("status")
    assert page.model.index(0, status_column).data() == status_label("reviewing")
    with qtbot.waitSignal(page.searchFinished):  # undone in a worker, then the list reloads
        window.undo_action.trigger()
    statuses = {r.status for r in services.catalogue.rows_by_id(page.selected_ids()).values()}
    assert statuses == {"surplus"}
    target = tmp_path / "chon.csv"
    with qtbot.waitSignal(page.searchFinished, raising=False, timeout=300):
        pass
    monkeypatch.setattr("ui.file_dialogs.ask_save_path",
                        lambda *args: (target, "CSV for Excel (*.csv)"))  # fmt: skip
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    assert len(list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))) == 4


def test_delete_asks_then_undo_restores(qtbot, open_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.catalogue.create(CAR)
    window = open_window()
    page = assets_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    qtbot.waitExposed(box)
    assert "Ctrl+Z" in box.text()
    with qtbot.waitSignal(page.searchFinished):
        qtbot.mouseClick(page.confirm_delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert services.catalogue.count_assets() == 0
    with qtbot.waitSignal(page.searchFinished):
        press(qtbot, window, Qt.Key.Key_Z)
    assert page.model.rowCount() == 1


def test_column_layout_is_restored(qtbot, context, language, services: Services) -> None:  # type: ignore[no-untyped-def]
    context.services = services
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    page = assets_page(qtbot, first)
    header = page.table.horizontalHeader()
    status = COLUMN_KEYS.index("status")
    header.setSectionHidden(status, True)
    header.resizeSection(COLUMN_KEYS.index("name"), 412)
    header.moveSection(COLUMN_KEYS.index("code"), 5)
    first.close()

    context.undo_stack = None
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    page = second.current_page()
    qtbot.waitUntil(lambda: page.model is not None)
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(status)
    assert header.sectionSize(COLUMN_KEYS.index("name")) == 412
    assert header.visualIndex(COLUMN_KEYS.index("code")) == 5


def test_dashboard_figure_opens_the_list_filtered(qtbot, open_window, services: Services) -> None:  # type: ignore[no-untyped-def]
    """A click on a dashboard figure shows this page with the filters set to match."""
    from surplus_assets.services.catalogue import AssetQuery

    for raw in (HEADQUARTERS, CAR, EQUIPMENT):
        services.catalogue.create(raw)
    window = open_window()
    assert window.show_assets(AssetQuery(kinds=("car",), current_unit_id=HONG_HA))
    page = window.current_page()
    assert page.objectName() == "assetsPage"
    qtbot.waitUntil(lambda: shown_names(page) == [CAR["name"]], timeout=5000)
    assert page.kind_filter.currentData() == "car"
    assert page.current_filter.unit_id() == HONG_HA
    assert page.query().kinds == ("car",)


def test_first_rows_come_before_the_unit_registry_is_read(
    qtbot: QtBot, context, language, services: Services, database_url: str
) -> None:
    """What keeps the cold start fast: the list shows its first rows, with their communes'
    names, and fills its province filter before the ~14,000-unit registry is read."""
    from surplus_assets.services import open_services
    from tests.ui.signed_in import wait_for_background_jobs

    services.catalogue.create(HOUSING)
    fresh = open_services(database_url)  # as the application opens it, registry unread
    try:
        context.services = fresh
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("assets")
        qtbot.waitUntil(page.is_loaded)
        assert not fresh.units.loaded
        row = page.model.row_data(0)
        shown = {key: page.model.index(0, COLUMN_KEYS.index(key)).data()
                 for key in ("current_unit", "legacy_unit")}  # fmt: skip
        assert shown == {"current_unit": services.units.label(row.current_unit_id),
                         "legacy_unit": services.units.label(NGOC_KHANH)}  # fmt: skip
        provinces = [page.province_filter.itemText(i)
                     for i in range(1, page.province_filter.count())]  # fmt: skip
        assert provinces == [p.name for p in services.units.provinces()]
        window.close()
    finally:
        wait_for_background_jobs()
        fresh.close()
