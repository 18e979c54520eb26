"""Import wizard steps 2 and 3: which field each column holds, and the first rows as read.

The mapping table lists every column of the sheet with its header, a few sample values and
a drop-down of the register fields; columns that will not be imported are listed under the
table in so many words, never skipped silently. The header row can be chosen by hand when
the guess was wrong. The mapping the user confirms is remembered for sheets with the same
headers (core: column_mapping.MappingMemory, saved when the import is written).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from ui.models.import_problems_model import cell_text
from ui.workers import Job, run_in_background

if TYPE_CHECKING:
    from ui.dialogs.import_wizard import ImportWizard

SAMPLES = 3
PREVIEW_ROWS = 20
WARNING_STYLE = "color: #8a5300;"
ERROR_STYLE = "color: #b00020;"


def _read_only_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    return table


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns to the register's fields"))
        self.setSubTitle(self.tr(
            "Each column was matched by its header; check the matches and change any that "
            "are wrong. A column set to “not imported” is left out."))  # fmt: skip
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetChoice")
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("headerRow")
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_row_chosen)
        self.header_info = QLabel()
        self.header_info.setObjectName("headerInfo")
        sheet_label = QLabel(self.tr("&Sheet:"))
        sheet_label.setBuddy(self.sheet_combo)
        header_label = QLabel(self.tr("&Header row:"))
        header_label.setBuddy(self.header_spin)
        top = QHBoxLayout()
        top.addWidget(sheet_label)
        top.addWidget(self.sheet_combo, 1)
        top.addSpacing(16)
        top.addWidget(header_label)
        top.addWidget(self.header_spin)
        top.addWidget(self.header_info, 2)
        self.skipped = QLabel()
        self.skipped.setObjectName("skippedSheets")
        self.skipped.setWordWrap(True)
        self.table = _read_only_table("mappingTable", [
            self.tr("Column"), self.tr("Header in the file"), self.tr("Sample values"),
            self.tr("Imported as"),
        ])  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 260)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(3, 300)
        self.unmapped = QLabel()
        self.unmapped.setObjectName("unmappedColumns")
        self.unmapped.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("mappingProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.skipped)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.problem)

    # --- filling ----------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        job = self.wizard_.job
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for plan in job.sheets:
            self.sheet_combo.addItem(plan.name, plan.name)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setEnabled(len(job.sheets) > 1)
        skipped = [self.tr("{sheet} ({why})").format(sheet=s, why=w)
                   for s, w in job.skipped_sheets]  # fmt: skip
        self.skipped.setText(self.tr("Sheets not read: {sheets}").format(
            sheets="; ".join(skipped)) if skipped else "")  # fmt: skip
        self.skipped.setVisible(bool(skipped))
        self._show_sheet()

    def plan(self) -> Any:
        return self.wizard_.job.sheet(self.sheet_combo.currentData())

    def _targets(self) -> list[tuple[str, str]]:
        from surplus_assets.domain.text import collation_key
        from surplus_assets.exchange import column_mapping as cm

        labelled = [(cm.target_label(t), t) for t in cm.all_targets()]
        return sorted(labelled, key=lambda pair: collation_key(pair[0]))

    def _show_sheet(self) -> None:
        if self.sheet_combo.currentData() is None:
            return
        plan = self.plan()
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, min(len(plan.data.rows), 60)))
        self.header_spin.setValue(plan.header_row_numbers[0])
        self.header_spin.blockSignals(False)
        self._fill_table(plan)

    def _header_row_chosen(self, number: int) -> None:
        plan = self.wizard_.job.set_header_rows(self.sheet_combo.currentData(), number)
        self._fill_table(plan)

    def _fill_table(self, plan: Any) -> None:
        from surplus_assets.exchange.sheet_reader import column_letter

        rows = [r for r in plan.data.rows[plan.data_start : plan.data_start + 50]
                if any(cell_text(c).strip() for c in r)][:SAMPLES]  # fmt: skip
        numbers = plan.header_row_numbers
        info = (self.tr("headers in rows {first}–{last}").format(first=numbers[0],
                last=numbers[-1]) if len(numbers) > 1 else self.tr("headers in row {row}").format(
                row=numbers[0]))  # fmt: skip
        info += self.tr("; data from row {row}").format(row=plan.data_start + 1)
        if plan.remembered:
            info += self.tr("; columns matched as you chose last time for these headers")
        self.header_info.setText(info)
        targets = self._targets()
        self.table.setRowCount(0)
        self.combos = []
        for column, header in enumerate(plan.headers):
            samples = [cell_text(r[column]) for r in rows if column < len(r)]
            samples = [s for s in samples if s.strip()]
            if not header.strip() and not samples:
                continue  # an empty column
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(column_letter(column)))
            self.table.setItem(row, 1, QTableWidgetItem(header))
            sample_item = QTableWidgetItem(" · ".join(samples))
            sample_item.setToolTip("\n".join(samples))
            self.table.setItem(row, 2, sample_item)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column_letter(column)}")
            combo.setAccessibleName(self.tr("Field for column {column}").format(
                column=column_letter(column)))  # fmt: skip
            combo.addItem(self.tr("— not imported —"), None)
            for label, target in targets:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(0, combo.findData(plan.mapping.get(column))))
            combo.setProperty("column", column)
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
        self._show_unmapped()

    # --- editing ----------------------------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        return {int(c.property("column")): c.currentData() for c in self.combos
                if c.currentData() is not None}  # fmt: skip

    def _mapping_edited(self) -> None:
        mapping = self.mapping()
        if len(set(mapping.values())) == len(mapping):
            self.wizard_.job.set_mapping(self.sheet_combo.currentData(), mapping)
        self.wizard_.report = None
        self._show_unmapped()

    def _show_unmapped(self) -> None:
        from surplus_assets.exchange.sheet_reader import column_letter

        plan = self.plan()
        left_out = [
            self.tr("{column} “{header}”").format(column=column_letter(int(c.property("column"))),
                                                  header=plan.headers[int(c.property("column"))])
            for c in self.combos if c.currentData() is None
        ]  # fmt: skip
        if left_out:
            self.unmapped.setStyleSheet(WARNING_STYLE)
            self.unmapped.setText(self.tr(
                "Not imported ({count}): {columns}. Choose a field for any of them you want to "
                "keep.").format(count=len(left_out), columns=", ".join(left_out)))  # fmt: skip
        else:
            self.unmapped.setStyleSheet("")
            self.unmapped.setText(self.tr("Every column is imported."))
        self.problem.setText(self._mapping_problem())
        self.completeChanged.emit()

    def _mapping_problem(self) -> str:
        from surplus_assets.exchange import column_mapping as cm

        chosen = list(self.mapping().values())
        twice = sorted({cm.target_label(t) for t in chosen if chosen.count(t) > 1})
        if twice:
            return self.tr("Each field can come from one column only: {fields}.").format(
                fields=", ".join(twice))  # fmt: skip
        for plan in self.wizard_.job.sheets:
            if "name" not in plan.mapping.values():
                return self.tr("Sheet {sheet}: choose the column that holds the asset names."
                               ).format(sheet=plan.name)  # fmt: skip
        return ""

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.wizard_.job is not None and not self._mapping_problem()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr(
            "The first rows of each sheet as they will be read. Blank, heading and totals rows "
            "are left out; every value is checked in the next step."))  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.tables: dict[str, QTableWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        job = self.wizard_.job
        self.tabs.clear()
        self.tables = {}

        def read(job_: Job) -> list[tuple[str, list[dict[str, object]]]]:
            return [(plan.name, job.preview(plan.name, PREVIEW_ROWS)) for plan in job.sheets]

        run_in_background(self, read, title=self.tr("Reading the first rows"),
                          on_success=self._show)  # fmt: skip

    def _show(self, previews: list[tuple[str, list[dict[str, object]]]]) -> None:
        from surplus_assets.exchange import column_mapping as cm

        self.tabs.clear()
        for name, rows in previews:
            plan = self.wizard_.job.sheet(name)
            headers = [cm.target_label(t) for _c, t in sorted(plan.mapping.items())]
            table = _read_only_table("previewTable", headers)
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, header in enumerate(headers):
                    table.setItem(r, c, QTableWidgetItem(cell_text(values.get(header))))
            table.resizeColumnsToContents()
            for c in range(len(headers)):
                table.setColumnWidth(c, min(max(table.columnWidth(c), 80), 260))
            self.tables[name] = table
            self.tabs.addTab(table, name)
