"""Dashboard (Tổng quan): totals, figures by kind, status, handling form and commune, the
handling progress chart and the overdue proposals.

The figures come from services.statistics in one worker call each time the page is shown.
Every figure opens the asset list filtered on it (MainWindow.show_assets, through the page's
`assets_requested` signal): a tile, a table row, a chart segment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTime, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from ui.app_context import AppContext
from ui.figures_format import area_text, count_text, money_billions, money_exact
from ui.models.figures_model import KEY_ROLE, FiguresModel
from ui.pages import Page
from ui.pages.overdue_section import OverdueSection
from ui.preferences import WindowState
from ui.widgets.progress_chart import Bar, ProgressChart
from ui.workers import Job, run_in_background


class FigureTile(QPushButton):
    """A big number with a caption under it; clicking it opens the matching assets."""

    def __init__(self, caption: str, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAccessibleName(caption)
        self.value_label = QLabel("—")
        self.value_label.setObjectName("tileValue")
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value_label.setFont(font)
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("tileCaption")
        for label in (self.value_label, self.caption_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        self.setMinimumHeight(layout.sizeHint().height())
        self.setMinimumWidth(layout.sizeHint().width())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.value_label.setText(text)
        self.setToolTip(tooltip)
        self.setMinimumWidth(self.layout().sizeHint().width())


class DashboardPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("dashboardPage")
        self.overview: Any = None  # statistics.Overview once loaded
        self._loading = False

        heading = QLabel(self.tr("Overview"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.state_label = QLabel(self.tr("Opening the database…"))
        self.state_label.setObjectName("dashboardState")
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Refresh")
        )
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.refresh_button)

        self.count_tile = FigureTile(self.tr("surplus assets"), "countTile")
        self.cost_tile = FigureTile(self.tr("original cost"), "costTile")
        self.value_tile = FigureTile(self.tr("remaining value"), "valueTile")
        self.area_tile = FigureTile(self.tr("land area"), "areaTile")
        tiles = QHBoxLayout()
        for tile in (self.count_tile, self.cost_tile, self.value_tile, self.area_tile):
            tile.clicked.connect(self._show_all)
            tiles.addWidget(tile)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("figureTabs")
        self.kind_table = self._figures_tab(self.tr("By kind"), self.tr("Kind"), self._kind_label,
                                            "kinds")  # fmt: skip
        self.status_table = self._figures_tab(self.tr("By status"), self.tr("Status"),
                                              self._status_label, "statuses")  # fmt: skip
        self.form_table = self._figures_tab(self.tr("By handling form"),
                                            self.tr("Handling form"), self._form_label,
                                            "handling_forms")  # fmt: skip
        self.unit_table = self._figures_tab(self.tr("By current commune"),
                                            self.tr("Current commune"), self._unit_label,
                                            "current_unit_id")  # fmt: skip

        self.chart = ProgressChart()
        self.chart.segment_clicked.connect(self._segment_clicked)
        chart_box = QGroupBox(self.tr("Handling progress by kind"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        self.overdue = OverdueSection(context)

        right = QVBoxLayout()
        right.addWidget(chart_box)
        right.addWidget(self.overdue, 1)
        body = QHBoxLayout()
        body.addWidget(self.tabs, 4)
        body.addLayout(right, 3)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)

    def _figures_tab(self, title: str, header: str, label: Callable[[str | None], str],
                     field: str) -> QTableView:  # fmt: skip
        model = FiguresModel(header, label)
        table = QTableView()
        table.setObjectName(f"{field}Table")
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setCursor(Qt.CursorShape.PointingHandCursor)
        table.setToolTip(self.tr("Click a row to show these assets."))
        header_view = table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.clicked.connect(lambda index, f=field: self._row_clicked(f, index))
        table.activated.connect(lambda index, f=field: self._row_clicked(f, index))
        self.tabs.addTab(table, title)
        return table

    # --- labels -----------------------------------------------------------------------------

    @staticmethod
    def _kind_label(key: str | None) -> str:
        from surplus_assets.domain.asset_kinds import kind_label

        return kind_label(key) if key else ""

    @staticmethod
    def _status_label(key: str | None) -> str:
        from surplus_assets.domain.asset_kinds import status_label

        return status_label(key) if key else ""

    def _form_label(self, key: str | None) -> str:
        if key is None:
            return self.tr("No handling form chosen yet")
        from surplus_assets.domain.handling_forms import form_label

        return form_label(key)

    def _unit_label(self, key: str | None) -> str:
        services = self.context.services
        if key is None or services is None:
            return key or ""
        return str(services.units.label(key, with_parent=False))

    # --- loading ----------------------------------------------------------------------------

    def is_loaded(self) -> bool:
        return self.overview is not None

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        services = self.context.services
        if services is None or self._loading:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        if self.overview is None:
            self.state_label.setText(self.tr("Counting…"))

        def compute(job: Job) -> Any:
            return services.statistics.overview()

        run_in_background(
            self, compute, title=self.tr("Computing the figures"), on_success=self._show,
            on_failure=self._failed, show_progress=False,
        )  # fmt: skip

    def _failed(self, error: Any) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        self.state_label.setText(error.message)

    def _show(self, overview: Any) -> None:
        from surplus_assets.domain.asset_kinds import kind_label, status_label

        self._loading = False
        self.refresh_button.setEnabled(True)
        self.overview = overview
        total = overview.total
        self.count_tile.set_value(count_text(total.count))
        self.cost_tile.set_value(money_billions(total.original_cost),
                                 money_exact(total.original_cost))  # fmt: skip
        self.value_tile.set_value(money_billions(total.remaining_value),
                                  money_exact(total.remaining_value))  # fmt: skip
        self.area_tile.set_value(area_text(total.land_area))
        self._model(self.kind_table).set_rows(overview.by_kind)
        self._model(self.status_table).set_rows(overview.by_status)
        self._model(self.form_table).set_rows(overview.by_handling_form)
        self._model(self.unit_table).set_rows(overview.by_current_unit)
        statuses = [(f.key, status_label(f.key)) for f in overview.by_status]
        counts = overview.kind_status_counts
        all_counts = {f.key: f.count for f in overview.by_status}
        bars = [Bar("", self.tr("All assets"), all_counts)] + [
            Bar(f.key, kind_label(f.key), {s: counts.get((f.key, s), 0) for s, _ in statuses})
            for f in overview.by_kind
        ]
        self.chart.set_data(bars, statuses, self.tr("{percent} handled"))
        self.state_label.setText(
            self.tr("Figures at {time}").format(time=QTime.currentTime().toString("HH:mm"))
            if total.count
            else self.tr("No assets recorded yet.")
        )
        self.loaded.emit()
        # The rest starts once the figures are painted (a zero timer runs after the posted
        # paint events), so that its workers do not compete with that paint for the GIL.
        QTimer.singleShot(0, self, self._load_the_rest)

    def _load_the_rest(self) -> None:
        services = self.context.services
        if services is None:
            return
        # The overdue list needs the proposals service and its deadline rules: loaded after
        # the figures so that it does not compete with the first screen for the GIL.
        self.overdue.refresh()
        # The commune names come from the unit registry (13,000 units): load it now, off the
        # GUI thread, rather than when the "by commune" tab is first opened.
        run_in_background(self, lambda job: services.units.units, title=self.tr("Loading units"),
                          show_progress=False)  # fmt: skip

    @staticmethod
    def _model(table: QTableView) -> FiguresModel:
        model = table.model()
        assert isinstance(model, FiguresModel)
        return model

    # --- opening the asset list --------------------------------------------------------------

    def _request(self, **filters: Any) -> None:
        from surplus_assets.services.catalogue import AssetQuery

        self.assets_requested.emit(AssetQuery(**filters))

    def _show_all(self) -> None:
        self._request()

    def _row_clicked(self, field: str, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is None:  # "no handling form yet" cannot be expressed as a list filter
            return
        self._request(**{field: key if field == "current_unit_id" else (key,)})

    def _segment_clicked(self, kind: str, status: str) -> None:
        self._request(kinds=(kind,) if kind else (), statuses=(status,))

    # --- layout -----------------------------------------------------------------------------

    def save_layout(self, state: WindowState) -> None:
        state.save_header("dashboard/communes", self.unit_table.horizontalHeader())

    def restore_layout(self, state: WindowState) -> None:
        state.restore_header("dashboard/communes", self.unit_table.horizontalHeader())
