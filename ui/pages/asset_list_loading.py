"""How the assets page reads its list: a first page at once, then every key; selections.

A mixin of AssetsPage (ui/pages/assets_page.py), which holds the widgets and the signals
named here (firstPageShown, searchFinished, loaded). A new query runs in a worker in two
steps: list_rows(limit=FIRST_PAGE) is shown as soon as it is read, as quick at 2,000,000
assets as at 10,000; then search_keys (rowids in an array) extends the list under those
rows, with the count. A refresh after a change reads only the keys, and keeps the
selection, the current row and the rows in view. Selections are read from the selection's
ranges, never as one index per cell (Ctrl+A over 2,000,000 rows stays instant).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QAbstractItemView

from ui.workers import run_in_background

FIRST_PAGE = 100  # rows of a new query shown before the keys of every match are read
RESTORED_SELECTION_UP_TO = 100_000  # larger selections are not carried to the next query


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class AssetListLoading:
    """Running the page's query and keeping its selection (see the module docstring).

    Strings are translated in the page's own context ("AssetsPage"), which lupdate and the
    running translator agree on (self.tr in a mixin depends on how each names the class).
    """

    # Provided by AssetsPage.
    model: Any
    table: Any
    generation: int
    first_rows_shown: bool
    firstPageShown: Any  # noqa: N815
    searchFinished: Any  # noqa: N815
    loaded: Any
    count_label: Any
    timer: Any
    services: Any

    if TYPE_CHECKING:

        def query(self) -> Any: ...

        def _update_actions(self) -> None: ...

    def run_search(self) -> None:
        """Run the query now in a worker: its first page, then the keys of every match.
        Only the newest query's results are shown."""
        self.timer.stop()
        if self.model is None:
            return
        self.generation += 1
        generation, query, catalogue = self.generation, self.query(), self.services.catalogue
        selected = self._selected_keys()
        run_in_background(
            self, lambda job: catalogue.list_rows(query, limit=FIRST_PAGE),
            title=QCoreApplication.translate("AssetsPage", "Searching"), show_progress=False,
            on_success=lambda rows: self._show_first_page(generation, query, rows, selected),
        )  # fmt: skip

    def _show_first_page(self, generation: int, query: Any, rows: list[Any],
                         selected: list[Any]) -> None:  # fmt: skip
        if generation != self.generation or self.model is None:
            return  # a newer search has started: this result is stale
        complete = len(rows) < FIRST_PAGE
        self.model.show_first_page(rows, complete)
        shown = {row.key: number for number, row in enumerate(rows)}
        self._select_rows([shown[key] for key in selected if key in shown])
        self.firstPageShown.emit(len(rows))
        if not self.first_rows_shown:
            self.first_rows_shown = True
            self.loaded.emit()
        if complete:
            self._finish(len(rows))
            return
        self.count_label.setText(QCoreApplication.translate("AssetsPage", "Counting…"))
        # After the paint of the first rows (a zero timer runs after the posted paint events),
        # so that the worker reading every key does not compete with it for the GIL.
        QTimer.singleShot(0, self, lambda: self._load_keys(generation, query, selected, None))

    def _load_keys(self, generation: int, query: Any, selected: list[Any],
                   view: tuple[Any, Any] | None) -> None:  # fmt: skip
        """Read the keys of every match (and where the remembered keys fall) in a worker."""
        catalogue = self.services.catalogue
        remembered = [*selected, *(k for k in view or () if k is not None)]

        def read(_job: Any) -> tuple[Any, dict[Any, int]]:
            keys = catalogue.search_keys(query)
            return keys, keys.rows_of(set(remembered))

        title = QCoreApplication.translate("AssetsPage", "Searching")
        run_in_background(
            self, read, title=title, show_progress=False,
            on_success=lambda found: self._show_keys(generation, selected, view, *found),
        )  # fmt: skip

    def _show_keys(self, generation: int, selected: list[Any], view: tuple[Any, Any] | None,
                   keys: Any, rows: dict[Any, int]) -> None:  # fmt: skip
        if generation != self.generation or self.model is None:
            return
        if view is not None and len(keys) == len(self.model.keys) and keys == self.model.keys:
            self._finish(len(keys))  # a refresh that changed no row's place: rows refetched
            return
        self.model.set_keys(keys)
        self._select_rows([rows[key] for key in selected if key in rows])
        if view is not None:
            current, top = (rows.get(key) if key is not None else None for key in view)
            if current is not None:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(current, max(self.table.currentIndex().column(), 0)),
                    QItemSelectionModel.SelectionFlag.NoUpdate)  # fmt: skip
            if top is not None:
                self.table.scrollTo(self.model.index(top, 0),
                                    QAbstractItemView.ScrollHint.PositionAtTop)  # fmt: skip
        self._finish(len(keys))

    def _finish(self, count: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("AssetsPage", "%Ln asset(s)", None, count)
        )
        self._update_actions()
        self.searchFinished.emit(count)

    def refresh(self) -> None:
        """After a change: rows may have left or joined the query, so read its keys again,
        keeping the selection, the current row and the rows in view."""
        if self.model is None:
            return
        self.model.refresh_rows()
        self.generation += 1
        current = self.table.currentIndex()
        top = self.table.rowAt(0)
        keys = self.model.keys
        view = (keys[current.row()] if current.isValid() and current.row() < len(keys) else None,
                keys[top] if 0 <= top < len(keys) else None)  # fmt: skip
        self._load_keys(self.generation, self.query(), self._selected_keys(), view)

    def selected_rows(self) -> list[int]:
        """The selected rows in order (from the selection's ranges: no index per cell)."""
        if self.model is None:
            return []
        rows: set[int] = set()
        for block in self.table.selectionModel().selection():
            rows.update(range(block.top(), block.bottom() + 1))
        return sorted(rows)

    def selected_ids(self) -> list[uuid.UUID]:
        return self.model.ids_of_rows(self.selected_rows()) if self.model is not None else []

    def _selection_size(self) -> int:
        """How many rows are selected (ranges may only overlap in a few rows' worth)."""
        blocks = list(self.table.selectionModel().selection())
        total = sum(block.height() for block in blocks)
        return len(self.selected_rows()) if total <= 1_000 else total

    def _selected_keys(self) -> list[Any]:
        if self.model is None or self._selection_size() > RESTORED_SELECTION_UP_TO:
            return []
        keys = self.model.keys
        return [keys[row] for row in self.selected_rows() if row < len(keys)]

    def _select_rows(self, rows: list[int]) -> None:
        if self.model is None or not rows:
            return
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for first, end in _runs(sorted(rows)):
            selection.select(self.model.index(first, 0), self.model.index(end, last))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
