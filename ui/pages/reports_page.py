"""Reports (Báo cáo): the report register and the ways to make, sign, verify and import reports.

The register lists every report this database generated or signed (kind, number, title,
state, signer, time, pages, hash), newest first, loaded in a worker each time the page is
shown. New report ▸ opens the report dialog for one of the four kinds; Verify a PDF… works
for anyone; Countersign a PDF… is for roles that sign reports; Import approval… only for
reviewers (who decide proposals). Double-click an entry for its details.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
)

from surplus_assets.domain.permissions import Permission
from ui.app_context import AppContext
from ui.models.report_register_model import ReportRegisterModel
from ui.pages import Page
from ui.permissions import actor_of, apply_permissions, may
from ui.preferences import WindowState
from ui.report_files import write_pdf
from ui.report_labels import KINDS, kind_label
from ui.workers import Job, run_in_background

HEADER_NAME = "reports"


class ReportsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("reportsPage")
        self.dialogs: list[Any] = []
        self._loaded = False
        self._generation = 0

        heading = QLabel(self.tr("Reports"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        sp = QStyle.StandardPixmap
        self.new_menu = QMenu(self)
        self.new_menu.setObjectName("newReportMenu")
        self.new_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.new_menu.addAction(kind_label(kind) + "…")
            action.setObjectName(f"new_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.open_report_dialog(k))
            self.new_actions[kind] = action
        self.new_button = QPushButton(
            self.style().standardIcon(sp.SP_FileIcon), self.tr("&New report")
        )
        self.new_button.setObjectName("newReportButton")
        self.new_button.setMenu(self.new_menu)
        self.verify_button = QPushButton(self.tr("&Verify a PDF…"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.clicked.connect(lambda: self.open_verify_dialog())
        self.countersign_button = QPushButton(self.tr("&Countersign a PDF…"))
        self.countersign_button.setObjectName("countersignButton")
        self.countersign_button.clicked.connect(lambda: self.open_countersign_dialog())
        self.import_button = QPushButton(self.tr("&Import approval…"))
        self.import_button.setObjectName("importApprovalButton")
        self.import_button.clicked.connect(lambda: self.open_import_dialog())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for button in (
            self.new_button,
            self.verify_button,
            self.countersign_button,
            self.import_button,
        ):
            top.addWidget(button)

        self.model = ReportRegisterModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportRegister")
        self.table.setAccessibleName(self.tr("Report register"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = (115, 170, 95, 250, 95, 140, 115, 45, 105)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda index: self.show_details(index.row()))
        self.table.activated.connect(lambda index: self.show_details(index.row()))
        self.count_label = QLabel()
        self.count_label.setObjectName("reportCount")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        actor = actor_of(context)
        apply_permissions(
            {
                Permission.SIGN_REPORTS: self.countersign_button,
                Permission.DECIDE_PROPOSALS: self.import_button,
            },
            actor,
        )
        self.new_button.setVisible(actor is not None)

    @property
    def services(self) -> Any:
        return self.context.services

    def is_loaded(self) -> bool:
        return self._loaded

    def page_shown(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.services is None:
            self.count_label.setText(self.tr("No database open"))
            return
        reports = self.services.reports
        self._generation += 1
        generation = self._generation
        run_in_background(
            self,
            lambda job: reports.register(),
            title=self.tr("Loading the report register"),
            on_success=lambda entries: self._show(entries, generation),
            show_progress=False,
        )

    def _show(self, entries: list[Any], generation: int) -> None:
        if generation != self._generation:
            return
        rows = self.table.selectionModel().selectedRows()
        keep = self.model.entry(rows[0].row()).id if rows else None
        self.model.set_entries(entries)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(row)
        self.count_label.setText(self.tr("%n report(s) in the register", "", len(entries)))
        self._loaded = True
        self.loaded.emit()

    # ---- dialogs ----------------------------------------------------------------------------

    def _keep(self, dialog: Any) -> Any:
        self.dialogs.append(dialog)
        dialog.finished.connect(
            lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        dialog.open()
        return dialog

    def open_report_dialog(self, kind: str, **choices: Any) -> Any:
        """The report dialog for `kind`; choices: list_query, asset_code, proposals."""
        from ui.dialogs.report_dialog import ReportDialog

        if self.services is None:
            return None
        dialog = ReportDialog(self, self.services, self.context.settings, kind, **choices)
        dialog.recorded.connect(lambda _entry: self.reload())
        return self._keep(dialog)

    def open_verify_dialog(self, path: Path | None = None) -> Any:
        from ui.dialogs.verify_dialog import VerifyDialog

        return self._keep(VerifyDialog(self, self.services, self.context.settings, path))

    def open_countersign_dialog(self, path: Path | None = None) -> Any:
        from ui.dialogs.sign_dialog import SignDialog

        if self.services is None:
            return None
        reports = self.services.reports

        def countersign(request: Any, job: Job) -> Any:
            from ui.report_files import read_pdf

            outcome = reports.countersign(
                read_pdf(request.input_path),
                request.source,
                approval=request.approval,
                options=request.options,
                file_name=request.output_path.name,
            )
            write_pdf(request.output_path, outcome.pdf)
            return outcome

        actor = actor_of(self.context)
        dialog = SignDialog(
            self,
            self.context.settings,
            countersign,
            countersign=True,
            may_approve=may(actor, Permission.DECIDE_PROPOSALS),
            input_path=path,
        )
        dialog.signed.connect(lambda _outcome: self.reload())
        return self._keep(dialog)

    def open_import_dialog(self, path: Path | None = None) -> Any:
        from ui.dialogs.import_approval_dialog import ImportApprovalDialog

        if self.services is None or not self.import_button.isEnabled():
            return None
        dialog = ImportApprovalDialog(self, self.services, self.context.settings, path)
        dialog.imported.connect(lambda _done: self.reload())
        return self._keep(dialog)

    def show_details(self, row: int) -> Any:
        from ui.dialogs.register_entry_dialog import RegisterEntryDialog

        if not 0 <= row < self.model.rowCount():
            return None
        return self._keep(RegisterEntryDialog(self, self.model.entry(row)))

    # ---- layout -----------------------------------------------------------------------------

    def save_layout(self, state: WindowState) -> None:
        state.save_header(HEADER_NAME, self.table.horizontalHeader())

    def restore_layout(self, state: WindowState) -> None:
        state.restore_header(HEADER_NAME, self.table.horizontalHeader())
