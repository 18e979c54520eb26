"""What the assets page does with the selected assets: the row of buttons under the list.

A mixin of AssetsPage (ui/pages/assets_page.py), which holds the list, the selection
(ui/pages/asset_list_loading.py) and the undo stack used here:

    set status to [choice] Apply    change_status_of_selection()  (undoable: SetStatusCommand)
    Export selection…               export_selection()   (.xlsx or .csv: ui.spreadsheet_actions)
    Add to a proposal…              add_selection_to_proposal()   (EDIT_PROPOSALS)
    Report ▸ Inventory / Dossier    open_report(kind, **choices)  (ui.dialogs.report_dialog)
    Delete… (and the Delete key)    delete_selection(): asks, then soft-deletes (undoable)

_update_actions() enables each for the selection's size and the user's role. The dialogs are
imported when opened, never at start-up. Strings are translated in the page's own context
("AssetsPage"), which lupdate and the running translator agree on (self.tr in a mixin
depends on how each names the class).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton

from surplus_assets.domain import asset_kinds as kinds
from surplus_assets.domain.permissions import Permission
from ui.asset_commands import DeleteAssetsCommand, SetStatusCommand
from ui.permissions import actor_of, may
from ui.workers import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.app_context import AppContext

    _Page = QWidget  # what the mixin is mixed into, for the type checker
else:
    _Page = object

translate = QCoreApplication.translate


class AssetListActions(_Page):
    """The bulk actions on the list's selection (see the module docstring)."""

    # Provided by AssetsPage.
    context: AppContext
    model: Any
    undo_stack: Any
    services: Any

    if TYPE_CHECKING:

        def query(self) -> Any: ...
        def refresh(self) -> None: ...
        def can_edit(self) -> bool: ...
        def selected_rows(self) -> list[int]: ...
        def selected_ids(self) -> list[uuid.UUID]: ...
        def _selection_size(self) -> int: ...

    def _action_row(self) -> QHBoxLayout:
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("bulkStatusChoice")
        self.status_choice.setAccessibleName(
            translate("AssetsPage", "New status for the selected assets")
        )
        for status in kinds.MANUAL_STATUSES:  # the others follow the proposal workflow
            self.status_choice.addItem(kinds.status_label(status), status.value)
        status_label = QLabel(translate("AssetsPage", "Selected assets: set status &to"))
        status_label.setBuddy(self.status_choice)
        self.status_caption = status_label
        self.set_status_button = QPushButton(translate("AssetsPage", "A&pply"))
        self.set_status_button.setObjectName("applyStatusButton")
        self.set_status_button.clicked.connect(self.change_status_of_selection)
        self.export_button = QPushButton(translate("AssetsPage", "&Export selection…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export_selection)
        self.proposal_button = QPushButton(translate("AssetsPage", "Add to a p&roposal…"))
        self.proposal_button.setObjectName("proposalButton")
        self.proposal_button.clicked.connect(self.add_selection_to_proposal)
        self.delete_button = QPushButton(translate("AssetsPage", "&Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_selection)
        self.report_button = self._report_button()
        row = QHBoxLayout()
        row.addWidget(status_label)
        row.addWidget(self.status_choice)
        row.addWidget(self.set_status_button)
        row.addSpacing(16)
        row.addWidget(self.export_button)
        row.addWidget(self.proposal_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        return row

    def _report_button(self) -> QPushButton:
        """Report ▸ an inventory of what the list shows, or the dossier of the selected asset."""
        menu = QMenu(self)
        menu.setObjectName("assetReportMenu")
        self.report_actions = {
            "inventory": menu.addAction(
                translate("AssetsPage", "&Inventory of the listed assets…")
            ),
            "dossier": menu.addAction(translate("AssetsPage", "&Dossier of the selected asset…")),
        }
        self.report_actions["inventory"].triggered.connect(
            lambda: self.open_report("inventory", list_query=self.query())
        )
        self.report_actions["dossier"].triggered.connect(self._dossier_of_selection)
        button = QPushButton(translate("AssetsPage", "Re&port"))
        button.setObjectName("assetReportButton")
        button.setMenu(menu)
        return button

    def open_report(self, kind: str, **choices: Any) -> Any:
        """The report dialog (ui.dialogs.report_dialog) on this list's filters or selection."""
        from ui.dialogs.report_dialog import ReportDialog

        if self.services is None:
            return None
        self.report_dialog = ReportDialog(
            self, self.services, self.context.settings, kind, **choices
        )
        self.report_dialog.open()
        return self.report_dialog

    def _dossier_of_selection(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and self.model is not None:
            row = self.model.row_data(rows[0])
            self.open_report("dossier", asset_code=row.code if row is not None else "")
        else:
            self.open_report("dossier")

    def _update_actions(self) -> None:
        count = self._selection_size() if self.model is not None else 0
        for button in (self.set_status_button, self.export_button, self.delete_button):
            button.setEnabled(count > 0)
        self.proposal_button.setEnabled(
            count > 0 and may(actor_of(self.context), Permission.EDIT_PROPOSALS)
        )
        self.report_actions["dossier"].setEnabled(count == 1)

    def _error(self, error: Any) -> None:
        from ui.dialogs import error_dialog

        error_dialog.show_error(self, error)

    def change_status_of_selection(self) -> None:
        rows, status = self.selected_rows(), self.status_choice.currentData()
        if not rows or self.model is None:
            return
        previous = {}
        for number in rows:
            row = self.model.row_data(number)
            if row is not None and row.status != status:
                previous[row.id] = row.status
        if not previous:
            return
        catalogue = self.services.catalogue

        def done(_count: int) -> None:
            self.undo_stack.push(SetStatusCommand(
                catalogue, previous, status, self._error, self.refresh, done=True,
                busy_parent=self,
            ))  # fmt: skip
            self.refresh()

        run_in_background(self, lambda job: catalogue.set_status(list(previous), status),
                          title=translate("AssetsPage", "Changing the status"),
                          on_success=done)  # fmt: skip

    def delete_selection(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.can_edit():
            return
        question = translate(
            "AssetsPage", "Delete %n selected asset(s)? You can undo this with Ctrl+Z.", "",
            len(ids),
        )  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Question, translate("AssetsPage", "Delete assets"),
                          question, parent=self)  # fmt: skip
        box.setObjectName("confirmDelete")
        yes = box.addButton(
            translate("AssetsPage", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("AssetsPage", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        self.confirm_box, self.confirm_delete_button = box, yes
        box.finished.connect(lambda _r: self._delete_confirmed(ids) if box.clickedButton() is yes
                             else None)  # fmt: skip
        box.open()

    def _delete_confirmed(self, ids: list[uuid.UUID]) -> None:
        self.undo_stack.push(DeleteAssetsCommand(self.services.catalogue, ids, self._error,
                                                 self.refresh, busy_parent=self))  # fmt: skip

    def export_selection(self) -> None:
        """The selected assets to .xlsx (one sheet per kind, totals) or, if chosen, .csv."""
        from ui.spreadsheet_actions import export_assets_to_file

        ids = self.selected_ids()
        if ids:
            self.export_operation = export_assets_to_file(self, self.services, ids=ids,
                                                          allow_csv=True)  # fmt: skip

    def add_selection_to_proposal(self) -> Any:
        from ui.dialogs.add_to_proposal_dialog import AddToProposalDialog

        ids = self.selected_ids()
        if not ids or not self.proposal_button.isEnabled():
            return None
        self.proposal_dialog = AddToProposalDialog(self, self.services, ids)
        self.proposal_dialog.added.connect(lambda _record: self.refresh())
        self.proposal_dialog.open()
        return self.proposal_dialog
