"""What a report covers, chosen in the report dialog: one widget per kind of choice.

- AssetScope (inventory, progress): the asset list's filters (province, commune, kind,
  status), or "the asset list's current filters" when the dialog was opened from the
  Assets page;
- ProposalScope (plan): one or several proposals, ticked in a list loaded in a worker;
- AssetCodeScope (dossier): one asset by code, filled in when opened from the asset list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain import asset_kinds as kinds
from ui.widgets.unit_picker import UnitPicker
from ui.workers import Job, run_in_background


class AssetScope(QWidget):
    """Filters like the asset list's; `list_query` offers the list's own query as well."""

    def __init__(self, services: Any, list_query: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_query = list_query
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list_radio = QRadioButton(self.tr("The asset list's current filters"))
        self.list_radio.setObjectName("useListFilters")
        self.own_radio = QRadioButton(self.tr("These filters:"))
        self.own_radio.setObjectName("useOwnFilters")
        if list_query is not None:
            layout.addWidget(self.list_radio)
            summary = QLabel(self.describe(list_query))
            summary.setObjectName("listFilterSummary")
            summary.setWordWrap(True)
            summary.setIndent(20)
            layout.addWidget(summary)
            layout.addWidget(self.own_radio)
            self.list_radio.setChecked(True)
        self.province = QComboBox()
        self.province.setObjectName("reportProvince")
        self.province.addItem(self.tr("All provinces"), None)
        for unit in services.units.provinces():
            self.province.addItem(unit.name, unit.id)
        self.commune = UnitPicker(services.units, current=True)
        self.commune.setObjectName("reportCommune")
        self.commune.setAccessibleName(self.tr("Commune"))
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in kinds.AssetKind:
            self.kind.addItem(kinds.kind_label(kind), kind.value)
        self.status = QComboBox()
        self.status.setObjectName("reportStatus")
        self.status.addItem(self.tr("All statuses"), None)
        for status in kinds.AssetStatus:
            self.status.addItem(kinds.status_label(status), status.value)
        self.filters = QWidget()
        form = QFormLayout(self.filters)
        form.setContentsMargins(20 if list_query is not None else 0, 0, 0, 0)
        form.addRow(self.tr("&Province:"), self.province)
        form.addRow(self.tr("C&ommune:"), self.commune)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("S&tatus:"), self.status)
        layout.addWidget(self.filters)
        self.own_radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.filters.setEnabled(self.list_query is None or self.own_radio.isChecked())

    def describe(self, query: Any) -> str:
        """The list's filters in words, e.g. "Đất; Dôi dư; search: trụ sở"."""
        parts = []
        if query.text:
            parts.append(self.tr("search “{text}”").format(text=query.text))
        parts += [kinds.kind_label(k) for k in query.kinds]
        parts += [kinds.status_label(s) for s in query.statuses]
        parts += list(query.handling_forms)
        if query.current_unit_id or query.province_id or query.legacy_unit_id:
            parts.append(self.tr("chosen units"))
        return "; ".join(parts) if parts else self.tr("every asset (no filter)")

    def query(self) -> Any:
        from dataclasses import replace

        from surplus_assets.services.catalogue import AssetQuery

        if self.list_query is not None and self.list_radio.isChecked():
            return replace(self.list_query, sort="code", descending=False)

        def chosen(combo: QComboBox) -> tuple[str, ...]:
            return (combo.currentData(),) if combo.currentData() else ()

        return AssetQuery(
            province_id=self.province.currentData(),
            current_unit_id=self.commune.unit_id(),
            kinds=chosen(self.kind),
            statuses=chosen(self.status),
            sort="code",
        )


class ProposalScope(QWidget):
    """Tick the proposals the plan report lists (loaded in a worker)."""

    loaded = Signal()

    def __init__(self, services: Any, chosen: tuple[Any, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.chosen = {str(c) for c in chosen}
        self.list = QListWidget()
        self.list.setObjectName("proposalChoices")
        self.list.setAccessibleName(self.tr("Proposals in the plan"))
        self.list.setMinimumHeight(140)
        self.note = QLabel(self.tr("Loading proposals…"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.is_loaded = False
        proposals = services.proposals

        def load(job: Job) -> list[Any]:
            from surplus_assets.services.proposal_views import ProposalQuery

            return list(proposals.list_rows(ProposalQuery()))

        run_in_background(
            self,
            load,
            title=self.tr("Loading proposals"),
            on_success=self._show,
            show_progress=False,
        )

    def _show(self, rows: list[Any]) -> None:
        from surplus_assets.domain.proposal_workflow import state_label

        for row in rows:
            item = QListWidgetItem(f"{row.code} · {state_label(row.state)} · {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row.code)
            item.setToolTip(row.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            picked = row.code in self.chosen or str(row.id) in self.chosen
            item.setCheckState(Qt.CheckState.Checked if picked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.note.setText(
            self.tr("Tick the proposals the plan lists:")
            if rows
            else self.tr("There is no proposal yet.")
        )
        self.is_loaded = True
        self.loaded.emit()

    def set_checked(self, code: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def codes(self) -> tuple[str, ...]:
        return tuple(
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )


class AssetCodeScope(QWidget):
    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(code)
        self.edit.setObjectName("dossierAsset")
        self.edit.setPlaceholderText(self.tr("asset code, e.g. PT-2025-000123"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Asset code:"), self.edit)
        self.setFocusProxy(self.edit)

    def code(self) -> str:
        return self.edit.text().strip()
