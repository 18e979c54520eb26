"""Proposals (Đề xuất xử lý): the list with its filters, and the way into the editor.

Filters: text (code, title, decision number; diacritics optional), state, handling form,
province and commune (proposals with an asset now in that commune), overdue only. Every
change reloads the list through ProposalService.list_rows in a worker (after a short pause
while typing). Double-click or Enter opens the proposal editor; "New proposal" is offered
only to roles that prepare proposals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
)

from surplus_assets.domain.handling_forms import FORMS
from surplus_assets.domain.permissions import Permission
from surplus_assets.domain.proposal_workflow import ProposalState, state_label
from ui.app_context import AppContext
from ui.models.proposal_table import ProposalTableModel
from ui.pages import Page
from ui.permissions import actor_of, apply_permissions
from ui.preferences import WindowState
from ui.workers import Job, run_in_background

TYPING_PAUSE_MS = 250


class ProposalsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("proposalsPage")
        self.editors: list[Any] = []

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("proposalSearch")
        self.search_edit.setPlaceholderText(self.tr("Search code, title, decision number…"))
        self.search_edit.setAccessibleName(self.tr("Search proposals"))
        self.search_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateFilter")
        self.state_combo.addItem(self.tr("All states"), None)
        for state in ProposalState:
            self.state_combo.addItem(state_label(state), str(state))
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("formFilter")
        self.form_combo.addItem(self.tr("All handling forms"), None)
        for code, rule in FORMS.items():
            self.form_combo.addItem(rule.name(), str(code))
        self.form_combo.setMinimumContentsLength(14)
        self.form_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.province_combo = QComboBox()
        self.province_combo.setObjectName("provinceFilter")
        self.province_combo.addItem(self.tr("All provinces"), None)
        self.province_combo.setMinimumContentsLength(12)
        self.province_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.commune_combo = QComboBox()
        self.commune_combo.setObjectName("communeFilter")
        self.commune_combo.addItem(self.tr("All communes"), None)
        self.commune_combo.setEnabled(False)
        self.commune_combo.setMinimumContentsLength(14)
        self.commune_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.overdue_check = QCheckBox(self.tr("&Overdue only"))
        self.overdue_check.setObjectName("overdueFilter")

        sp = QStyle.StandardPixmap
        self.new_button = QPushButton(
            self.style().standardIcon(sp.SP_FileIcon), self.tr("&New proposal…")
        )
        self.new_button.setObjectName("newProposalButton")
        self.new_button.clicked.connect(self.new_item)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openProposalButton")
        self.open_button.clicked.connect(self.open_selected)

        self.model = ProposalTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("proposalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.count_label = QLabel()
        self.count_label.setObjectName("proposalCount")

        heading = QLabel(self.tr("Handling proposals"))
        heading.setObjectName("pageHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.open_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.state_combo)
        filters.addWidget(self.form_combo, 1)
        filters.addWidget(self.province_combo, 1)
        filters.addWidget(self.commune_combo, 1)
        filters.addWidget(self.overdue_check)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(TYPING_PAUSE_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self.reload_timer.start)
        for combo in (self.state_combo, self.form_combo, self.commune_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.province_combo.currentIndexChanged.connect(self._province_chosen)
        self.overdue_check.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        apply_permissions({Permission.EDIT_PROPOSALS: self.new_button}, actor_of(context))
        self._provinces_loaded = False
        self._generation = 0  # of the latest list query
        self._update_buttons()

    @property
    def services(self) -> Any:
        return self.context.services

    def focus_search(self) -> bool:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        return True

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # --- the query --------------------------------------------------------------------------

    def query(self) -> Any:
        from surplus_assets.services.proposal_views import ProposalQuery

        state, form = self.state_combo.currentData(), self.form_combo.currentData()
        return ProposalQuery(
            text=self.search_edit.text(),
            states=(state,) if state else (),
            forms=(form,) if form else (),
            province_id=self.province_combo.currentData(),
            commune_id=self.commune_combo.currentData(),
            overdue_only=self.overdue_check.isChecked(),
        )

    def page_shown(self) -> None:
        if self.services is None:
            return
        if not self._provinces_loaded:
            self._load_provinces()
        self.reload()

    def reload(self, select: Any = None) -> None:
        if self.services is None:
            return
        self.reload_timer.stop()
        rows = self.table.selectionModel().selectedRows()
        keep = select or (self.model.row(rows[0].row()).id if rows else None)
        query, proposals = self.query(), self.services.proposals
        self._generation += 1
        generation = self._generation

        def load(job: Job) -> list[Any]:
            return list(proposals.list_rows(query))

        run_in_background(
            self,
            load,
            title=self.tr("Loading proposals"),
            on_success=lambda found: self._loaded(found, keep, generation),
            show_progress=False,
        )

    def _loaded(self, rows: list[Any], keep: Any, generation: int) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one started: not what is asked
        self.model.set_rows(rows)
        if rows and not self.table.horizontalHeader().property("sized"):
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(ProposalTableModel.TITLE, 260)
            code = ProposalTableModel.CODE
            self.table.setColumnWidth(code, self.table.columnWidth(code) + 24)  # overdue icon
            self.table.horizontalHeader().setProperty("sized", True)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        overdue = sum(1 for r in rows if r.overdue)
        text = self.tr("%Ln proposal(s)", "", len(rows))
        if overdue:
            text = self.tr("{shown}; {overdue}").format(
                shown=text, overdue=self.tr("%Ln overdue", "", overdue)
            )
        self.count_label.setText(text)
        self._update_buttons()

    # --- province and commune filters -------------------------------------------------------

    def _load_provinces(self) -> None:
        units = self.services.units

        def load(job: Job) -> list[tuple[str, str]]:
            return [(u.id, u.name) for u in units.provinces()]

        self._provinces_loaded = True
        run_in_background(
            self,
            load,
            title=self.tr("Loading provinces"),
            on_success=self._provinces,
            show_progress=False,
        )

    def _provinces(self, provinces: list[tuple[str, str]]) -> None:
        self.province_combo.blockSignals(True)
        for unit_id, name in provinces:
            self.province_combo.addItem(name, unit_id)
        self.province_combo.blockSignals(False)

    def _province_chosen(self) -> None:
        province = self.province_combo.currentData()
        self.commune_combo.blockSignals(True)
        while self.commune_combo.count() > 1:
            self.commune_combo.removeItem(1)
        if province and self.services is not None:
            for unit in self.services.units.children(province):
                if unit.is_current:
                    self.commune_combo.addItem(unit.name, unit.id)
        self.commune_combo.setCurrentIndex(0)
        self.commune_combo.setEnabled(bool(province))
        self.commune_combo.blockSignals(False)
        self.reload()

    # --- opening the editor -----------------------------------------------------------------

    def new_item(self) -> bool:
        if self.services is None or not self.new_button.isEnabled():
            return False
        self._open_editor(None)
        return True

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._open_editor(self.model.row(row).id)

    def _open_editor(self, proposal_id: Any) -> Any:
        from ui.dialogs.proposal_editor import ProposalEditor

        editor = ProposalEditor(self, self.services, proposal_id)
        editor.changed.connect(self.reload)
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editors.append(editor)
        editor.open()
        return editor

    def _forget(self, editor: Any) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def save_layout(self, state: WindowState) -> None:
        if self.table.horizontalHeader().property("sized"):  # not an empty, unsized table
            state.save_header("proposals", self.table.horizontalHeader())

    def restore_layout(self, state: WindowState) -> None:
        if state.restore_header("proposals", self.table.horizontalHeader()):
            self.table.horizontalHeader().setProperty("sized", True)
