"""Pick the assets a proposal covers: search the catalogue, add, remove.

The typed text is searched with CatalogueService.list_rows in a worker (a
short pause after typing), at most MAX_RESULTS rows. Whether an asset may join the proposal
(not in another open proposal, not handled, same province) is for the proposal service to
say when the proposal is saved; the status column shows what to expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.asset_kinds import kind_label, status_label
from surplus_assets.domain.numbers import format_money
from ui.dialogs.field_problems import FieldProblems
from ui.workers import Job, run_in_background

MAX_RESULTS = 50
TYPING_PAUSE_MS = 250


@dataclass(frozen=True)
class PickedAsset:
    id: Any
    code: str
    name: str
    kind: str
    status: str
    unit: str  # the current unit's name
    remaining_value: int


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class AssetPicker(QWidget):
    assetsChanged = Signal()  # noqa: N815

    def __init__(self, services: Any, problems: FieldProblems, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.chosen: list[PickedAsset] = []
        self.found: list[PickedAsset] = []

        self.chosen_table = _table(
            "chosenAssets",
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Remaining value"),
             self.tr("Commune")],
        )  # fmt: skip
        self.remove_button = QPushButton(self.tr("&Remove from proposal"))
        self.remove_button.setObjectName("removeAssetButton")
        self.remove_button.clicked.connect(self.remove_selected)
        chosen_box = QGroupBox(self.tr("Assets in this proposal"))
        chosen_layout = QVBoxLayout(chosen_box)
        chosen_layout.addWidget(self.chosen_table, 1)
        chosen_layout.addWidget(problems.label("assets"))
        row = QHBoxLayout()
        self.total_label = QLabel()
        self.total_label.setObjectName("assetTotal")
        row.addWidget(self.total_label, 1)
        row.addWidget(self.remove_button)
        chosen_layout.addLayout(row)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("assetSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the catalogue: code, name, address…"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_table = _table(
            "assetResults",
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Status"),
             self.tr("Commune")],
        )  # fmt: skip
        self.add_button = QPushButton(self.tr("&Add to proposal"))
        self.add_button.setObjectName("addAssetButton")
        self.add_button.clicked.connect(self.add_selected)
        self.results_table.doubleClicked.connect(lambda _index: self.add_selected())
        self.search_note = QLabel()
        self.search_note.setObjectName("searchNote")
        search_box = QGroupBox(self.tr("Find assets in the catalogue"))
        search_layout = QVBoxLayout(search_box)
        search_layout.addWidget(self.search_edit)
        search_layout.addWidget(self.results_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.search_note, 1)
        row.addWidget(self.add_button)
        search_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(chosen_box, 1)
        layout.addWidget(search_box, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self.timer.start)
        self.searches = 0  # finished searches (tests wait on it)
        self._generation = 0  # of the latest search
        self._refresh_chosen()

    def set_editable(self, editable: bool) -> None:
        for widget in (self.search_edit, self.results_table, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.search_edit.parentWidget().setVisible(editable)

    def set_assets(self, assets: list[PickedAsset]) -> None:
        self.chosen = list(assets)
        self._refresh_chosen()

    def codes(self) -> list[str]:
        return [a.code for a in self.chosen]

    def kinds(self) -> set[str]:
        return {a.kind for a in self.chosen}

    # --- searching --------------------------------------------------------------------------

    def search(self) -> None:
        self.timer.stop()
        text = self.search_edit.text().strip()
        services = self.services
        self._generation += 1
        generation = self._generation

        def find(job: Job) -> list[PickedAsset]:
            from surplus_assets.services.catalogue import AssetQuery

            rows = services.catalogue.list_rows(AssetQuery(text=text), limit=MAX_RESULTS)
            return [
                PickedAsset(r.id, r.code, r.name, r.kind, r.status,
                            services.units.label(r.current_unit_id, with_parent=False),
                            r.remaining_value)
                for r in rows
            ]  # fmt: skip

        run_in_background(
            self, find, title=self.tr("Searching the catalogue"),
            on_success=lambda found: self._found(found, generation),
            show_progress=False,
        )  # fmt: skip

    def _found(self, found: list[PickedAsset], generation: int) -> None:
        if generation != self._generation:
            return  # a slower, older search: the newer one decides what is shown
        self.found = found
        table = self.results_table
        table.setRowCount(len(found))
        for row, asset in enumerate(found):
            cells = (asset.code, asset.name, kind_label(asset.kind), status_label(asset.status),
                     asset.unit)  # fmt: skip
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 280))
        if len(found) >= MAX_RESULTS:
            self.search_note.setText(
                self.tr("The first {count} matches; type more to narrow the search.").format(
                    count=MAX_RESULTS
                )
            )
        else:
            self.search_note.setText(self.tr("%Ln asset(s) found", "", len(found)))
        self.searches += 1

    # --- choosing ---------------------------------------------------------------------------

    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.results_table.selectionModel().selectedRows()})
        known = {a.id for a in self.chosen}
        added = [self.found[r] for r in rows if self.found[r].id not in known]
        if added:
            self.chosen.extend(added)
            self._refresh_chosen()
            self.assetsChanged.emit()

    def remove_selected(self) -> None:
        rows = {i.row() for i in self.chosen_table.selectionModel().selectedRows()}
        if rows:
            self.chosen = [a for i, a in enumerate(self.chosen) if i not in rows]
            self._refresh_chosen()
            self.assetsChanged.emit()

    def _refresh_chosen(self) -> None:
        table = self.chosen_table
        table.setRowCount(len(self.chosen))
        for row, asset in enumerate(self.chosen):
            cells = (asset.code, asset.name, kind_label(asset.kind),
                     format_money(asset.remaining_value), asset.unit)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(1, min(table.columnWidth(1), 280))
        total = sum(a.remaining_value for a in self.chosen)
        self.total_label.setText(
            self.tr("{count}, remaining value {total}").format(
                count=self.tr("%Ln asset(s)", "", len(self.chosen)), total=format_money(total)
            )
        )
