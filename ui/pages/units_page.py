"""Administrative units (Đơn vị hành chính): provinces → current communes → the legacy
communes merged into each, with their asset counts and the merger that joined them.

Selecting a unit shows its merger event (date, legal basis) and, for a legacy commune that
was divided, every commune that received part of it. "Show assets" (or a double-click)
opens the asset list filtered on the unit: a province, a current commune, or the assets a
current commune received from one legacy commune.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.app_context import AppContext
from ui.figures_format import count_text
from ui.models.unit_tree_model import (
    COMMUNE,
    LEGACY,
    NODE_ROLE,
    PROVINCE,
    UnitNode,
    UnitTreeModel,
)
from ui.pages import Page
from ui.preferences import WindowState
from ui.workers import Job, run_in_background


class UnitsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("unitsPage")
        self.model: UnitTreeModel | None = None
        self._loading = False

        heading = QLabel(self.tr("Administrative units"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.state_label = QLabel(self.tr("Opening the database…"))
        self.state_label.setObjectName("unitsState")

        self.tree = QTreeView()
        self.tree.setObjectName("unitTree")
        self.tree.setAccessibleName(self.tr("Administrative units"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)

        self.title_label = QLabel()
        self.title_label.setObjectName("unitTitle")
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.details_label = QLabel(self.tr("Select a province, commune or former commune."))
        self.details_label.setObjectName("unitDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.show_assets_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogListView),
            self.tr("&Show assets"),
        )
        self.show_assets_button.setObjectName("showAssetsButton")
        self.show_assets_button.setEnabled(False)
        self.show_assets_button.clicked.connect(self.show_selected_assets)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.title_label)
        details_layout.addWidget(self.details_label)
        details_layout.addStretch(1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.show_assets_button)
        details_layout.addLayout(button_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("unitsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 360])

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # --- loading ----------------------------------------------------------------------------

    def is_loaded(self) -> bool:
        return self.model is not None

    def page_shown(self) -> None:
        services = self.context.services
        if services is None or self._loading:
            return
        self._loading = True
        self.state_label.setText(self.tr("Counting assets…"))

        def load(job: Job) -> Any:
            services.units.units  # noqa: B018 (load the registry off the GUI thread)
            services.units.merger(None)
            return services.statistics.unit_counts()

        run_in_background(self, load, title=self.tr("Counting assets by unit"),
                          on_success=self._show_counts, on_failure=self._failed,
                          show_progress=False)  # fmt: skip

    def _failed(self, error: Any) -> None:
        self._loading = False
        self.state_label.setText(error.message)

    def _show_counts(self, counts: Any) -> None:
        self._loading = False
        if self.model is None:
            self.model = UnitTreeModel(self.context.services.units, counts)
            self.tree.setModel(self.model)
            header = self.tree.header()
            header.setStretchLastSection(True)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 250)
            header.resizeSection(1, 60)
            header.resizeSection(2, 80)
            self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
            if counts.by_province:  # open the province that holds the assets
                busiest = max(counts.by_province, key=counts.by_province.get)
                index = self.model.province_index(busiest)
                self.tree.expand(index)
                self.tree.setCurrentIndex(index)
        else:
            self.model.set_counts(counts)
            self._selection_changed()
        total = sum(counts.by_province.values())
        self.state_label.setText(self.tr("%Ln asset(s) in the catalogue", "", total))
        self.loaded.emit()

    # --- selection and details --------------------------------------------------------------

    def selected_node(self) -> UnitNode | None:
        index = self.tree.currentIndex()
        node = index.data(NODE_ROLE) if index.isValid() else None
        return node if isinstance(node, UnitNode) else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        node = self.selected_node()
        self.show_assets_button.setEnabled(node is not None)
        if node is None or self.model is None:
            return
        units = self.context.services.units
        self.title_label.setText(node.unit.name)
        count = count_text(self.model.count(node))
        lines = [self.tr("Official code: {code}").format(code=node.unit.code)]
        if node.level == PROVINCE:
            lines.append(self.tr("Assets in the province: {count}").format(count=count))
        elif node.level == COMMUNE:
            lines.append(self.tr("Assets held: {count}").format(count=count))
            lines += self._formed_from(node, units)
        else:
            receiver = escape(node.parent.unit.name if node.parent else "")
            lines.append(self.tr("Assets received by {unit}: {count}").format(
                unit=receiver, count=count))  # fmt: skip
            lines += self._abolished(node, units)
        self.details_label.setText("<br>".join(lines))

    def _event_lines(self, event: Any) -> list[str]:
        if event is None:
            return []
        from surplus_assets.domain.dates import format_date

        return [
            self.tr("Merger: {name}, effective {date}").format(
                name=escape(event.name), date=format_date(event.effective_date)),
            self.tr("Legal basis: {basis}").format(basis=escape(event.legal_basis)),
        ]  # fmt: skip

    def _formed_from(self, node: UnitNode, units: Any) -> list[str]:
        legacy = sorted(units.predecessors(node.unit.id), key=lambda u: u.sort_key)
        if not legacy:
            return [self.tr("Not formed by a merger.")]
        names = ", ".join(escape(u.name) for u in legacy)
        return [
            self.tr("Formed from {count} former units: {units}").format(
                count=len(legacy), units=names),
            *self._event_lines(units.merger(legacy[0].abolished_by)),
        ]  # fmt: skip

    def _abolished(self, node: UnitNode, units: Any) -> list[str]:
        district = units.get(node.unit.parent_id) if node.unit.parent_id else None
        lines = [self.tr("Former district: {name}").format(name=escape(district.name))] if (
            district is not None) else []  # fmt: skip
        lines += self._event_lines(units.merger(node.unit.abolished_by))
        if node.divided:
            names = ", ".join(escape(u.name) for u in node.receivers)
            lines.append("<b>" + self.tr("Divided among: {units}").format(units=names) + "</b>")
            lines.append(self.tr("Its assets are split among these communes; this row counts "
                                 "those received by {unit}.").format(
                unit=escape(node.parent.unit.name if node.parent else "")))  # fmt: skip
        return lines

    # --- opening the asset list --------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        node = index.data(NODE_ROLE)
        if isinstance(node, UnitNode) and node.level == LEGACY:
            self.show_selected_assets()  # provinces and communes expand on double-click

    def show_selected_assets(self) -> None:
        from surplus_assets.services.catalogue import AssetQuery

        node = self.selected_node()
        if node is None:
            return
        if node.level == PROVINCE:
            query = AssetQuery(province_id=node.unit.id)
        elif node.level == COMMUNE:
            query = AssetQuery(current_unit_id=node.unit.id)
        else:
            assert node.parent is not None
            query = AssetQuery(current_unit_id=node.parent.unit.id, legacy_unit_id=node.unit.id)
        self.assets_requested.emit(query)

    # --- layout -----------------------------------------------------------------------------

    def save_layout(self, state: WindowState) -> None:
        state.save_splitter("units", self.splitter)

    def restore_layout(self, state: WindowState) -> None:
        state.restore_splitter("units", self.splitter)
