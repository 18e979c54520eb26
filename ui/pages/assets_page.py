"""Assets (Tài sản): the searchable, filterable list of every asset, with bulk actions.

Typing in the search box (diacritics and case ignored) or changing a filter starts the query
SEARCH_DELAY_MS after the last change, in a worker, in two steps: its first FIRST_PAGE rows
are shown as soon as they are read (a LIMIT query, as quick at 2,000,000 assets as at
10,000), then the keys of every match arrive and extend the list below them, with the
count. Each query carries a generation number and a result that arrives after a newer query
started is dropped. After a change (an edit, a bulk action) only the keys are read again,
and the selection, the current row and the scroll position are kept. Double-click or Enter
opens the editor; Delete asks, then soft-deletes (undoable); the column chooser is the
header's context menu, and the header layout is remembered under window/header/assets.

This module builds the page (search box, filters, table) and holds the filters, the editor,
a dropped spreadsheet and the columns. Two mixins hold the rest: how the list is read and
its selection kept (ui/pages/asset_list_loading.py), and the bulk actions on the selection
with their row of buttons (ui/pages/asset_list_actions.py).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
)

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.permissions import Permission
from ui.app_context import AppContext
from ui.models.asset_table import COLUMNS, AssetTableModel
from ui.pages import Page
from ui.pages.asset_list_actions import AssetListActions
from ui.pages.asset_list_loading import AssetListLoading
from ui.permissions import actor_of, apply_permissions, may
from ui.preferences import WindowState
from ui.widgets.unit_picker import UnitPicker

SEARCH_DELAY_MS = 200
HEADER_NAME = "assets"


class AssetsPage(AssetListLoading, AssetListActions, Page):
    searchFinished = Signal(int)  # noqa: N815 (every match listed; its count)
    firstPageShown = Signal(int)  # noqa: N815 (a new query's first rows are on screen)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("assetsPage")
        self.generation = 0
        self.sort_key, self.descending = "name", False
        self.editor: Any = None
        if getattr(context, "undo_stack", None) is None:
            context.undo_stack = QUndoStack(self)
        self.undo_stack: QUndoStack = context.undo_stack

        self.search = QLineEdit()
        self.search.setObjectName("assetSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, code, address, plate, unit…"))
        self.search.setAccessibleName(self.tr("Search assets"))
        self.search.textChanged.connect(self.schedule_search)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)

        self.table = QTableView()
        self.table.setObjectName("assetTable")
        self.table.setAccessibleName(self.tr("Assets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_column_menu)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")

        layout = QVBoxLayout(self)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_grid())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_row())
        self._shortcuts()
        self.model: AssetTableModel | None = None
        self.first_rows_shown = False
        self.setAcceptDrops(True)  # a spreadsheet dropped here opens the import wizard

    # ---- building ----------------------------------------------------------------------------

    def _search_row(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Assets"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search)
        self.new_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.tr("&New asset…"))  # fmt: skip
        self.new_button.setObjectName("newAssetButton")
        self.new_button.clicked.connect(self.new_item)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(16)
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(self.count_label)
        row.addWidget(self.new_button)
        return row

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("All"), None)
        combo.currentIndexChanged.connect(self.schedule_search)
        return combo

    def _filter_grid(self) -> QGridLayout:
        self.province_filter = self._combo("provinceFilter", self.tr("Province"))
        self.kind_filter = self._combo("kindFilter", self.tr("Kind"))
        for kind in kinds.AssetKind:
            self.kind_filter.addItem(kinds.kind_label(kind), kind.value)
        self.status_filter = self._combo("statusFilter", self.tr("Status"))
        for status in kinds.AssetStatus:
            self.status_filter.addItem(kinds.status_label(status), status.value)
        self.handling_filter = self._combo("handlingFilter", self.tr("Handling form"))
        self.current_filter: UnitPicker | None = None
        self.legacy_filter: UnitPicker | None = None
        self.filters = QGridLayout()
        self._filter_cell(0, 0, self.tr("&Province:"), self.province_filter)
        self._filter_cell(0, 2, self.tr("&Kind:"), self.kind_filter)
        self._filter_cell(0, 4, self.tr("S&tatus:"), self.status_filter)
        self._filter_cell(1, 4, self.tr("&Handling form:"), self.handling_filter)
        for column in (1, 3, 5):
            self.filters.setColumnStretch(column, 1)
        return self.filters

    def _filter_cell(self, row: int, column: int, text: str, widget: Any) -> None:
        label = QLabel(text)
        label.setBuddy(widget.focusProxy() or widget)
        self.filters.addWidget(label, row, column)
        self.filters.addWidget(widget, row, column + 1)

    def _shortcuts(self) -> None:
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selection)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open_index(self.table.currentIndex()))

    # ---- services --------------------------------------------------------------------------------

    @property
    def services(self) -> Any:
        return self.context.services

    def page_shown(self) -> None:
        if self.services is None:
            self.count_label.setText(self.tr("No database open"))
            return
        if self.model is None:
            self._connect_services()
        self.run_search()

    def _connect_services(self) -> None:
        services = self.services
        self.model = AssetTableModel(services.catalogue, self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table.setModel(self.model)
        self._apply_header_layout()
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        for province in services.units.provinces():
            self.province_filter.addItem(province.name, province.id)
        # Reviewers read the register; only roles that edit assets get the editing controls.
        apply_permissions({Permission.EDIT_ASSETS: [
            self.status_caption, self.status_choice, self.set_status_button, self.delete_button,
        ], Permission.EDIT_PROPOSALS: [self.proposal_button]}, actor_of(self.context))  # fmt: skip
        self.current_filter = UnitPicker(services.units, current=True)
        self.current_filter.setObjectName("currentUnitFilter")
        self.current_filter.setAccessibleName(self.tr("Current commune"))
        self.current_filter.unitChanged.connect(self.schedule_search)
        self.legacy_filter = UnitPicker(services.units, current=False,
                                        levels=("commune", "district"))  # fmt: skip
        self.legacy_filter.setObjectName("legacyUnitFilter")
        self.legacy_filter.setAccessibleName(self.tr("Former commune"))
        self.legacy_filter.unitChanged.connect(self.schedule_search)
        self._filter_cell(1, 0, self.tr("C&urrent commune:"), self.current_filter)
        self._filter_cell(1, 2, self.tr("&Former commune:"), self.legacy_filter)
        for form in services.catalogue.handling_forms_in_use():
            self.handling_filter.addItem(form, form)
        self._update_actions()

    def query(self) -> Any:
        from surplus_assets.services.catalogue import AssetQuery

        def chosen(combo: QComboBox) -> tuple[str, ...]:
            data = combo.currentData()
            return (data,) if data else ()

        return AssetQuery(
            text=self.search.text(),
            province_id=self.province_filter.currentData(),
            current_unit_id=self.current_filter.unit_id() if self.current_filter else None,
            legacy_unit_id=self.legacy_filter.unit_id() if self.legacy_filter else None,
            kinds=chosen(self.kind_filter), statuses=chosen(self.status_filter),
            handling_forms=chosen(self.handling_filter),
            sort=self.sort_key, descending=self.descending,
        )  # fmt: skip

    def is_loaded(self) -> bool:
        """Loaded once the first search has put rows on screen (the start-up probe waits)."""
        return self.first_rows_shown

    def apply_query(self, query: Any) -> bool:
        """Show the list filtered as `query` says (the dashboard and units page use this)."""
        if self.services is None:
            return False
        if self.model is None:
            self._connect_services()
        widgets = (self.search, self.province_filter, self.kind_filter, self.status_filter,
                   self.handling_filter, self.current_filter, self.legacy_filter)  # fmt: skip
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(True)
        try:
            self.search.setText(query.text)
            self._select(self.province_filter, query.province_id)
            self._select(self.kind_filter, query.kinds[0] if query.kinds else None)
            self._select(self.status_filter, query.statuses[0] if query.statuses else None)
            self._select(
                self.handling_filter, query.handling_forms[0] if query.handling_forms else None
            )
            if self.current_filter is not None:
                self.current_filter.set_unit_id(query.current_unit_id)
            if self.legacy_filter is not None:
                self.legacy_filter.set_unit_id(query.legacy_unit_id)
        finally:
            for widget in widgets:
                if widget is not None:
                    widget.blockSignals(False)
        self.run_search()
        return True

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value) if value is not None else 0
        if index < 0:  # e.g. a handling form no asset had when the list was built
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def schedule_search(self, *_args: Any) -> None:
        if self.model is not None:
            self.timer.start()

    def _sort_requested(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.run_search()

    # ---- a spreadsheet dropped on the page ------------------------------------------------------

    def _may_import(self) -> bool:
        actor = actor_of(self.context)
        return may(actor, Permission.IMPORT_DATA) and may(actor, Permission.EDIT_ASSETS)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if self._may_import() and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls()
        if self._may_import() and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.import_file(Path(urls[0].toLocalFile()))

    def import_file(self, path: Path | None = None) -> Any:
        """Open the import wizard (on `path`, e.g. a dropped file); the list follows."""
        from ui.spreadsheet_actions import open_import_wizard

        if self.services is None or not self._may_import():
            return None
        self.import_wizard = open_import_wizard(self, self.services, path,
                                                lambda _summary: self.refresh())  # fmt: skip
        return self.import_wizard

    # ---- editor -------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.model is not None:
            self.open_editor(self.model.asset_id(index.row()))

    def open_editor(self, asset_id: uuid.UUID | None) -> Any:
        from ui.dialogs.asset_editor import AssetEditor

        if self.services is None:
            return None
        if asset_id is None and not self.can_edit():
            return None
        self.editor = AssetEditor(self.services, self.undo_stack, asset_id, self,
                                  on_saved=self.refresh, read_only=not self.can_edit())  # fmt: skip
        self.editor.open()
        return self.editor

    def can_edit(self) -> bool:
        return may(actor_of(self.context), Permission.EDIT_ASSETS)

    def new_item(self) -> bool:
        return self.open_editor(None) is not None

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # ---- columns ------------------------------------------------------------------------------

    def show_column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        for section, column in enumerate(COLUMNS):
            action = QAction(column.title(), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(lambda on, s=section: header.setSectionHidden(s, not on))
            menu.addAction(action)
        self.column_menu = menu
        menu.popup(header.mapToGlobal(position))

    def _apply_header_layout(self) -> None:
        header = self.table.horizontalHeader()
        if self._saved_header is not None and header.restoreState(self._saved_header):
            return
        widths = {"code": 150, "name": 300, "kind": 210, "status": 130, "current_unit": 220,
                  "legacy_unit": 220}  # fmt: skip
        for section, column in enumerate(COLUMNS):
            header.resizeSection(section, widths.get(column.key, 120))
            header.setSectionHidden(section, column.hidden_by_default)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    _saved_header: Any = None

    def restore_layout(self, state: WindowState) -> None:
        self._window_state = state
        self._saved_header = state.read_header(HEADER_NAME)
        if self.model is not None:
            self._apply_header_layout()

    def save_layout(self, state: WindowState) -> None:
        if self.model is not None:
            state.save_header(HEADER_NAME, self.table.horizontalHeader())
