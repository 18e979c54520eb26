"""Provinces → current communes → the legacy communes merged into each, loaded lazily.

Only the provinces exist at first; a province's communes, and a commune's legacy units, are
read from the in-memory unit registry when the view first expands them (canFetchMore /
fetchMore), so opening the page costs 34 rows, not 13,000. Asset counts come from
statistics.unit_counts() and can be replaced without collapsing the tree (set_counts).
A legacy commune that was divided among several new communes is marked, with the other
receiving communes named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ui.figures_format import count_text

Index = QModelIndex | QPersistentModelIndex
NAME, CODE, ASSETS, NOTE = range(4)
PROVINCE, COMMUNE, LEGACY = "province", "commune", "legacy"
NODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class UnitNode:
    level: str  # PROVINCE | COMMUNE | LEGACY
    unit: Any  # services.units.Unit
    parent: UnitNode | None
    row: int
    children: list[UnitNode] | None = None  # None: not fetched yet
    receivers: list[Any] = field(default_factory=list)  # legacy: every current unit it went to

    @property
    def divided(self) -> bool:
        return len(self.receivers) > 1


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, units: Any, counts: Any) -> None:
        """`units`: the services' UnitRegistry; `counts`: statistics.UnitCounts."""
        super().__init__()
        self._units = units
        self._counts = counts
        self._roots = [UnitNode(PROVINCE, u, None, i) for i, u in enumerate(units.provinces())]
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- structure -------------------------------------------------------------------------

    def node(self, index: Index) -> UnitNode | None:
        return index.internalPointer() if index.isValid() else None  # type: ignore[no-any-return]

    def _children(self, parent: Index) -> list[UnitNode]:
        node = self.node(parent)
        if node is None:
            return self._roots
        return node.children or []

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < 4):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 4

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        node = self.node(parent)
        if node is None:
            return bool(self._roots)
        if parent.column() != 0 or node.level == LEGACY:
            return False
        if node.children is not None:
            return bool(node.children)
        return node.level == PROVINCE or bool(self._units.predecessors(node.unit.id))

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        node = self.node(parent)
        return node is not None and node.level != LEGACY and node.children is None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        node = self.node(parent)
        if node is None or node.children is not None or node.level == LEGACY:
            return
        if node.level == PROVINCE:
            units = [u for u in self._units.children(node.unit.id)
                     if u.level == "commune" and u.is_current]  # fmt: skip
            level = COMMUNE
        else:
            units = sorted(self._units.predecessors(node.unit.id), key=lambda u: u.sort_key)
            level = LEGACY
        if not units:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(units) - 1)
        node.children = [UnitNode(level, u, node, i) for i, u in enumerate(units)]
        if level == LEGACY:
            for child in node.children:
                child.receivers = [s.unit for s in self._units.current_for(child.unit.id)]
        self.endInsertRows()

    # --- data ------------------------------------------------------------------------------

    def count(self, node: UnitNode) -> int:
        if node.level == PROVINCE:
            return int(self._counts.by_province.get(node.unit.id, 0))
        if node.level == COMMUNE:
            return int(self._counts.by_current_unit.get(node.unit.id, 0))
        assert node.parent is not None
        return int(self._counts.by_current_and_legacy.get((node.parent.unit.id, node.unit.id), 0))

    def note(self, node: UnitNode) -> str:
        if node.level == LEGACY and node.divided:
            others = [u.name for u in node.receivers if node.parent and u.id != node.parent.unit.id]
            return self.tr("Divided; also went to: {units}").format(units=", ".join(others))
        if node.level == LEGACY and node.unit.parent_id:
            district = self._units.get(node.unit.parent_id)
            return district.name if district is not None else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return node.unit.name
            if column == CODE:
                return node.unit.code
            if column == ASSETS:
                return count_text(self.count(node))
            return self.note(node)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ASSETS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and node.level == LEGACY and node.divided:
            return self._italic
        if role == NODE_ROLE:
            return node
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Administrative unit"), self.tr("Code"), self.tr("Assets"),
                        self.tr("Note"))[section]  # fmt: skip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_counts(self, counts: Any) -> None:
        """New asset counts (after a refresh): repaint the count column of loaded rows."""
        self._counts = counts
        self._count_changed(QModelIndex(), self._roots)

    def _count_changed(self, parent: QModelIndex, nodes: list[UnitNode]) -> None:
        if not nodes:
            return
        self.dataChanged.emit(self.index(0, ASSETS, parent),
                              self.index(len(nodes) - 1, ASSETS, parent))  # fmt: skip
        for node in nodes:
            if node.children:
                self._count_changed(self.index(node.row, 0, parent), node.children)

    def province_index(self, unit_id: str) -> QModelIndex:
        for node in self._roots:
            if node.unit.id == unit_id:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()
