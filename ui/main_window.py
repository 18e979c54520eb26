"""The main window: navigation on the left, the current page on the right.

Pages come from the registry in ui.pages and are built the first time they are shown. The
window owns the application-wide actions (menus, toolbar, shortcuts) and routes the ones
that belong to a page: Ctrl+F to the current page's search box, Ctrl+N to the assets page.
Role-aware: once someone is signed in (ui.sign_in), pages and actions their role may not use
are hidden (ui.permissions): a reviewer has no "New asset", only administrators see "Users".
Signing in or out rebuilds the pages, so that each is built for the user now signed in.
Geometry, toolbar state, the navigation splitter and each page's layout are remembered in
the "window/" part of the settings (ui.preferences.WindowState).

This module holds the pages, the signed-in user and role, and the window's state; the
window's other parts are mixins, each in its own module: the actions, menus and toolbar
(ui.window_actions), the offline exchange actions (ui.window_exchange) and the status bar
(ui.window_status). Spreadsheets (ui.spreadsheet_actions) and data safety (ui.data_safety)
add their own actions to the menus.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from surplus_assets.domain.permissions import Permission
from ui import preferences, startup_trace
from ui.app_context import AppContext
from ui.change_watcher import ChangeWatcher
from ui.data_safety import update_safety_actions
from ui.pages import Page, PageSpec, all_pages
from ui.permissions import actor_of, apply_permissions, may
from ui.spreadsheet_actions import update_file_menu_actions
from ui.window_actions import ASSETS_PAGE, WindowActions
from ui.window_exchange import WindowExchange
from ui.window_status import WindowStatus

if TYPE_CHECKING:
    from surplus_assets.services.catalogue import AssetQuery

log = logging.getLogger(__name__)
NAVIGATION_WIDTH = 200


class MainWindow(WindowActions, WindowExchange, WindowStatus, QMainWindow):
    def __init__(self, context: AppContext, pages: Sequence[PageSpec] | None = None) -> None:
        super().__init__()
        self.context = context
        self.window_state = preferences.WindowState(context.settings)
        self.page_specs = list(pages) if pages is not None else all_pages()
        self.pages: dict[str, Page] = {}
        self.page_actions: dict[str, QAction] = {}
        self.setObjectName("mainWindow")
        if context.undo_stack is None:
            context.undo_stack = QUndoStack(self)
        self.undo_stack: QUndoStack = context.undo_stack
        self.setWindowTitle(self.tr("Surplus Public Assets"))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        # Shown instead of the pages until someone signs in: pages are built for the user
        # signed in (and no data is shown to nobody), so none is built before.
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waitingForSignIn")
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.waiting_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([NAVIGATION_WIDTH, 1000])
        self.setCentralWidget(self.splitter)

        self._create_actions()
        self._create_menus_and_toolbar()
        self._create_status_bar()
        self.change_watcher = ChangeWatcher(self)
        self.change_watcher.changed.connect(self.database_changed)
        for spec in self.page_specs:
            item = QListWidgetItem(self._icon(spec), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self._with_shortcut(spec.title(), spec.shortcut))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._row_changed)
        self._restore_window()
        self.apply_role()
        self.refresh_status()

    # --- pages ------------------------------------------------------------------------------

    def current_page_key(self) -> str | None:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_page(self) -> Page | None:
        key = self.current_page_key()
        return self.pages.get(key) if key else None

    def after_current_page_painted(self, callback: Callable[[], object],
                                   at_the_latest_ms: int = 0) -> None:  # fmt: skip
        """Call `callback` once: when the current page is painted with its data
        (Page.when_painted), after the next paint if no page is shown, or after
        `at_the_latest_ms` (if not 0) should the page never show data (an error, closed by
        signing out)."""
        called = False

        def once() -> None:
            nonlocal called
            if not called:
                called = True
                callback()

        page = self.current_page()
        if page is None:
            QTimer.singleShot(0, self, once)
        else:
            page.when_painted(once)
        if at_the_latest_ms:
            QTimer.singleShot(at_the_latest_ms, self, once)

    def show_page(self, key: str) -> Page:
        """Make the page current (building it on first use) and return it."""
        row = next(i for i, spec in enumerate(self.page_specs) if spec.key == key)
        self.navigation.setCurrentRow(row)
        return self.pages[key]

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self.page_specs[row]
        self.page_actions[spec.key].setChecked(True)
        if self._waiting_for_sign_in():
            self.stack.setCurrentWidget(self.waiting_label)
            return
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.factory(self.context)
            page.setAccessibleName(spec.title())
            self.pages[spec.key] = page
            page.assets_requested.connect(self.show_assets)
            self.stack.addWidget(page)
            page.restore_layout(self.window_state)
        self.stack.setCurrentWidget(page)
        preferences.LAST_PAGE.write(self.context.settings, spec.key)
        page.page_shown()

    def focus_search(self) -> None:
        page = self.current_page()
        if page is None or not page.focus_search():
            self.statusBar().showMessage(self.tr("This page has no search box."), 3000)

    def show_assets(self, query: AssetQuery) -> bool:
        """Open the asset list filtered by `query` (a dashboard figure, a unit...).

        Switches to the assets page and calls its apply_query(); without an assets page
        (or if it cannot apply the query) says so in the status bar and returns False.
        """
        has_assets_page = any(spec.key == ASSETS_PAGE for spec in self.page_specs)
        if has_assets_page and self.show_page(ASSETS_PAGE).apply_query(query):
            return True
        self.statusBar().showMessage(
            self.tr("The asset list is not available in this version."), 5000
        )
        return False

    def new_asset(self) -> None:
        if not self.new_asset_action.isEnabled():
            return  # the shortcut of a hidden action must not reach the page either
        if any(spec.key == ASSETS_PAGE for spec in self.page_specs):
            self.show_page(ASSETS_PAGE).new_item()

    # --- signed-in user and role ------------------------------------------------------------

    def _gated(self) -> bool:
        """Whether permissions apply: someone is signed in, or the app requires it."""
        return self.context.require_sign_in or self.context.services is not None

    def page_allowed(self, spec: PageSpec) -> bool:
        if spec.permission is None or not self._gated():
            return True
        return may(actor_of(self.context), spec.permission)

    def apply_role(self) -> None:
        """Hide the pages and actions the signed-in user's role may not use."""
        actor = actor_of(self.context)
        has_assets_page = any(spec.key == ASSETS_PAGE for spec in self.page_specs)
        if self._gated():
            apply_permissions({Permission.EDIT_ASSETS: self.new_asset_action}, actor)
            if not has_assets_page:
                self.new_asset_action.setEnabled(False)
        else:
            self.new_asset_action.setVisible(True)
            self.new_asset_action.setEnabled(has_assets_page)
        update_file_menu_actions(self)
        self._apply_exchange_role(actor)
        update_safety_actions(self)
        signed_in = getattr(actor, "user_id", None) is not None
        for action in (self.change_password_action, self.sign_out_action):
            action.setVisible(signed_in)
            action.setEnabled(signed_in)
        for row, spec in enumerate(self.page_specs):
            allowed = self.page_allowed(spec)
            self.navigation.item(row).setHidden(not allowed)
            self.page_actions[spec.key].setVisible(allowed)
            self.page_actions[spec.key].setEnabled(allowed)
        current = self.navigation.currentRow()
        if current >= 0 and self.navigation.item(current).isHidden():
            visible = [
                r for r in range(self.navigation.count()) if not self.navigation.item(r).isHidden()
            ]
            if visible:
                self.navigation.setCurrentRow(visible[0])

    def signed_in(self, services: Any, user_label: str) -> None:
        """`services` act as the user who just signed in; rebuild the pages for them."""
        self.context.services = services
        self.context.user_name = user_label
        startup_trace.mark("signed in")
        self._rebuild_pages()

    def sign_out(self) -> None:
        """Forget the signed-in services, close the pages and ask for a sign-in again."""
        if self.context.services is None:
            return
        for dialog in self.findChildren(QDialog):
            dialog.close()
        self.context.services = None
        self.context.user_name = None
        self._rebuild_pages()
        if self.context.sign_in_services is not None:
            from ui.sign_in import start_sign_in

            start_sign_in(self, self.context.sign_in_services)

    def database_closed(self) -> None:
        """The database is about to be closed (to restore a backup over it): close every
        dialog and page and forget the services; opening a database signs in again."""
        for dialog in self.findChildren(QDialog):
            dialog.close()
        context = self.context
        context.services = context.sign_in_services = context.count_assets = None
        context.user_name = context.database_label = None
        self._rebuild_pages()

    def change_password(self) -> None:
        from ui.dialogs.password_dialog import PasswordDialog

        if self.context.services is None:
            return
        dialog = PasswordDialog(self, self.context.services)
        dialog.passwordSet.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password has been changed."), 5000)
        )
        dialog.open()

    def _waiting_for_sign_in(self) -> bool:
        return self.context.require_sign_in and self.context.services is None

    def _rebuild_pages(self) -> None:
        for page in self.pages.values():
            page.save_layout(self.window_state)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.apply_role()
        self.change_watcher.watch(self.context.services)
        row = self.navigation.currentRow()
        if row >= 0:
            self._row_changed(row)
        self.refresh_status(recount=False)  # the same database: its count is shown already

    def context_changed(self) -> None:
        """The database or user changed (e.g. the database finished opening)."""
        self.refresh_status()
        page = self.current_page()
        if page is not None:
            page.page_shown()

    # --- window state -----------------------------------------------------------------------

    def _restore_window(self) -> None:
        if not self.window_state.restore_window(self):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width() - 40), min(800, screen.height() - 40))
        self.window_state.restore_splitter("main", self.splitter)
        keys = [spec.key for spec in self.page_specs]
        last = preferences.LAST_PAGE.read(self.context.settings)
        if keys:
            self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_window_state(self) -> None:
        self.window_state.save_window(self)
        self.window_state.save_splitter("main", self.splitter)
        for page in self.pages.values():
            page.save_layout(self.window_state)
        self.context.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        from ui.help import close_help

        close_help()
        self.save_window_state()
        super().closeEvent(event)

    def _set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # --- others' changes ---------------------------------------------------------------------

    def database_changed(self) -> None:
        """Someone (an import, another laptop on the shared database) changed records:
        refresh the pages that list them and the status bar's count."""
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None) or getattr(page, "reload", None)
            if callable(refresh) and page.is_loaded():
                refresh()
        self.refresh_status()

    # --- help and tools ---------------------------------------------------------------------

    def open_log_folder(self) -> None:
        if self.context.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.log_path.parent)))

    def show_help(self) -> QDialog | None:
        """Help ▸ User guide (F1): the guide's contents page in the interface's language."""
        from ui.help import open_help

        return open_help("guide", self)

    def show_about(self) -> QDialog:
        from ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.context, self)
        dialog.open()
        return dialog
