"""Offline exchange from the main window: Tools ▸ Export/Import exchange package…, Pending
exchange conflicts… (a mixin of ui.main_window.MainWindow).

    WindowExchange._create_exchange_actions(); ._add_exchange_actions(tools_menu)
    WindowExchange._apply_exchange_role(actor)   # VIEW to export; IMPORT_DATA to import
    window.export_exchange() / import_exchange() / show_pending_conflicts()   # the dialogs

The dialogs (ui/dialogs/exchange_*.py, pending_conflicts_dialog.py) are imported when
opened, never at start-up. An import or a settled conflict calls window.database_changed(),
which refreshes the pages and the count. Strings are translated in the window's context
("MainWindow"), which the .ts catalogue is keyed by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from surplus_assets.domain.permissions import Permission
from ui.permissions import apply_permissions

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

    from ui.app_context import AppContext

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object

translate = QCoreApplication.translate


class WindowExchange(_Window):
    """The window's exchange actions and the dialogs they open (see the module docstring)."""

    # Provided by MainWindow.
    context: AppContext

    if TYPE_CHECKING:

        def _action(self, text: str) -> QAction: ...
        def database_changed(self) -> None: ...

    def _create_exchange_actions(self) -> None:
        self.export_exchange_action = self._action(
            translate("MainWindow", "&Export exchange package…")
        )
        self.export_exchange_action.setObjectName("exportExchangeAction")
        self.export_exchange_action.triggered.connect(self.export_exchange)
        self.import_exchange_action = self._action(
            translate("MainWindow", "&Import exchange package…")
        )
        self.import_exchange_action.setObjectName("importExchangeAction")
        self.import_exchange_action.triggered.connect(self.import_exchange)
        self.pending_conflicts_action = self._action(
            translate("MainWindow", "Pending exchange &conflicts…")
        )
        self.pending_conflicts_action.setObjectName("pendingConflictsAction")
        self.pending_conflicts_action.triggered.connect(self.show_pending_conflicts)

    def _add_exchange_actions(self, tools_menu: QMenu) -> None:
        tools_menu.addAction(self.export_exchange_action)
        tools_menu.addAction(self.import_exchange_action)
        tools_menu.addAction(self.pending_conflicts_action)

    def _apply_exchange_role(self, actor: Any) -> None:
        """Exchange needs an open, signed-in database; importing needs IMPORT_DATA."""
        apply_permissions(
            {
                Permission.VIEW: self.export_exchange_action,
                Permission.IMPORT_DATA: [
                    self.import_exchange_action,
                    self.pending_conflicts_action,
                ],
            },
            actor if self.context.services is not None else None,
        )

    def export_exchange(self) -> QDialog | None:
        from ui.dialogs.exchange_export_dialog import ExchangeExportDialog

        if self.context.services is None or not self.export_exchange_action.isEnabled():
            return None
        dialog = ExchangeExportDialog(self.context.services, self)
        dialog.open()
        return dialog

    def import_exchange(self) -> QDialog | None:
        from ui.dialogs.exchange_import_dialog import ExchangeImportDialog

        if self.context.services is None or not self.import_exchange_action.isEnabled():
            return None
        dialog = ExchangeImportDialog(self.context.services, self)
        dialog.applied.connect(lambda _result: self.database_changed())
        dialog.open()
        return dialog

    def show_pending_conflicts(self) -> QDialog | None:
        from ui.dialogs.pending_conflicts_dialog import PendingConflictsDialog

        if self.context.services is None or not self.pending_conflicts_action.isEnabled():
            return None
        dialog = PendingConflictsDialog(self.context.services, self)
        dialog.resolved.connect(self.database_changed)
        dialog.open()
        return dialog
