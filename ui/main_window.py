"""The main window: navigation on the left, the current page on the right.

Pages come from the registry in ui.pages and are built the first time they are shown. The
window owns the application-wide actions (menus, toolbar, shortcuts) and routes the ones
that belong to a page: Ctrl+F to the current page's search box, Ctrl+N to the assets page.
Role-aware: once someone is signed in (ui.sign_in), pages and actions their role may not use
are hidden (ui.permissions): a reviewer has no "New asset", only administrators see "Users".
Signing in or out rebuilds the pages, so that each is built for the user now signed in.
Geometry, toolbar state, the navigation splitter and each page's layout are remembered in
the "window/" part of the settings (ui.preferences.WindowState).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
)

from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from ui import preferences, startup_trace
from ui.app_context import AppContext
from ui.change_watcher import ChangeWatcher
from ui.data_safety import add_safety_actions, update_safety_actions
from ui.pages import Page, PageSpec, all_pages
from ui.permissions import actor_of, apply_permissions, may
from ui.spreadsheet_actions import add_file_menu_actions, update_file_menu_actions
from ui.workers import Job, run_in_background

if TYPE_CHECKING:
    from surplus_assets.services.catalogue import AssetQuery

log = logging.getLogger(__name__)
ASSETS_PAGE = "assets"
NAVIGATION_WIDTH = 200


class MainWindow(QMainWindow):
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

    # --- actions, menus, toolbar -----------------------------------------------------------

    def _icon(self, spec: PageSpec) -> QIcon:
        if isinstance(spec.icon, str):
            from surplus_assets.paths import resource_path

            return QIcon(str(resource_path(f"icons/{spec.icon}")))
        return self.style().standardIcon(spec.icon)

    @staticmethod
    def _with_shortcut(text: str, shortcut: str) -> str:
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({native})" if native else text

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(self._with_shortcut(action.iconText(), action.shortcut().toString()))
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", sp.SP_DialogCloseButton)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.new_asset_action = self._action(self.tr("&New asset"), "Ctrl+N", sp.SP_FileIcon)
        self.new_asset_action.setObjectName("newAssetAction")
        self.new_asset_action.triggered.connect(self.new_asset)
        self.new_asset_action.setEnabled(any(s.key == ASSETS_PAGE for s in self.page_specs))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.find_action = self._action(self.tr("&Find"), "Ctrl+F", sp.SP_FileDialogContentsView)
        self.find_action.setObjectName("findAction")
        self.find_action.triggered.connect(self.focus_search)
        self.open_log_action = self._action(self.tr("Open &log folder"), icon=sp.SP_DirOpenIcon)
        self.open_log_action.setEnabled(self.context.log_path is not None)
        self.open_log_action.triggered.connect(self.open_log_folder)
        self.show_navigation_action = self._action(self.tr("&Navigation panel"), "F9")
        self.show_navigation_action.setCheckable(True)
        self.show_navigation_action.setChecked(True)
        self.show_navigation_action.toggled.connect(self.navigation.setVisible)
        self.full_screen_action = self._action(self.tr("&Full screen"), "F11")
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.help_action = self._action(
            self.tr("&User guide"),
            QKeySequence.StandardKey.HelpContents,
            sp.SP_DialogHelpButton,
        )
        self.help_action.setObjectName("helpAction")
        self.help_action.triggered.connect(self.show_help)
        self.about_action = self._action(self.tr("&About Surplus Assets"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = self._action(self.tr("About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.change_password_action = self._action(self.tr("Change &password…"))
        self.change_password_action.setObjectName("changePasswordAction")
        self.change_password_action.triggered.connect(self.change_password)
        self.sign_out_action = self._action(self.tr("Sign &out"), icon=sp.SP_DialogCancelButton)
        self.sign_out_action.setObjectName("signOutAction")
        self.sign_out_action.triggered.connect(self.sign_out)
        self._create_exchange_actions()

        group = QActionGroup(self)
        for index, spec in enumerate(self.page_specs):
            action = self._action(spec.title(), spec.shortcut)
            action.setObjectName(f"page_{spec.key}")
            action.setIcon(self._icon(spec))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, row=index: self.navigation.setCurrentRow(row))
            group.addAction(action)
            self.page_actions[spec.key] = action

    def _create_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_log_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        add_file_menu_actions(self, file_menu)  # import, export, template (spreadsheets)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_asset_action)
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for key, action in self.page_actions.items():
            if key != "settings":
                view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.show_navigation_action)
        view_menu.addAction(self.full_screen_action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        if "settings" in self.page_actions:
            tools_menu.addAction(self.page_actions["settings"])
        tools_menu.addSeparator()
        tools_menu.addAction(self.export_exchange_action)
        tools_menu.addAction(self.import_exchange_action)
        tools_menu.addAction(self.pending_conflicts_action)
        tools_menu.addSeparator()
        add_safety_actions(self, tools_menu)  # back up, restore, check (ui.data_safety)
        tools_menu.addSeparator()
        tools_menu.addAction(self.open_log_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self.menus = [file_menu, edit_menu, view_menu, tools_menu, help_menu]

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")  # saveState() needs a name
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.new_asset_action)
        self.toolbar.addAction(self.find_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.help_action)
        self.addToolBar(self.toolbar)
        self._describe_toolbar_actions()

    def _describe_toolbar_actions(self) -> None:
        """Tooltips that say what each toolbar button does, with its shortcut."""
        descriptions = {
            self.new_asset_action: self.tr("Catalogue a new asset"),
            self.find_action: self.tr("Search the current page"),
            self.help_action: self.tr("Open the user guide"),
        }
        for action, text in descriptions.items():
            action.setStatusTip(text)
            action.setToolTip(self._with_shortcut(text, action.shortcut().toString()))

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.user_status = QLabel()
        self.user_status.setObjectName("userStatus")
        self.count_status = QLabel()
        self._counting: Callable[[], int] | None = None  # what the shown count came from
        self.count_status.setObjectName("assetCountStatus")
        for label in (self.database_status, self.user_status, self.count_status):
            label.setContentsMargins(6, 0, 6, 0)
            status.addPermanentWidget(label)

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

    # --- status bar -------------------------------------------------------------------------

    def refresh_status(self, *, recount: bool = True) -> None:
        """Show the database, the user and (counted in a worker) the number of assets."""
        ctx = self.context
        self.waiting_label.setText(
            self.tr("Sign in to see the register.")
            if ctx.database_label
            else self.tr("Opening the database…")
        )
        self.database_status.setText(
            self.tr("Database: {name}").format(name=ctx.database_label)
            if ctx.database_label
            else self.tr("No database open")
        )
        self.user_status.setText(
            self.tr("User: {name}").format(name=ctx.user_name)
            if ctx.user_name
            else self.tr("Not signed in")
        )
        if ctx.count_assets is None:
            self._counting = None
            self.count_status.setText(self.tr("Assets: —"))
            self.count_status.setToolTip(self.tr("No database open"))
            return
        if self._waiting_for_sign_in():  # the register's size is shown to signed-in users only
            self._counting = None  # count again for whoever signs in next
            self.count_status.setText(self.tr("Assets: —"))
            self.count_status.setToolTip("")
            return
        count = ctx.count_assets
        if not recount and self._counting is count:
            return  # shown already, or on its way
        self._counting = count
        self.count_status.setText(self.tr("Counting assets…"))

        def count_in_worker(job: Job) -> int:
            return count()

        def start() -> None:
            if self._counting is count and self.context.count_assets is count:  # not closed
                run_in_background(self, count_in_worker, title=self.tr("Counting assets"),
                                  on_success=self._show_count, on_failure=self._count_failed,
                                  show_progress=False)  # fmt: skip

        self.after_current_page_painted(start, at_the_latest_ms=2000)  # the page's data first

    def _show_count(self, count: int) -> None:
        self.count_status.setText(self.tr("%Ln asset(s)", "", count))
        self.count_status.setToolTip("")

    def _count_failed(self, error: ServiceError) -> None:
        self._counting = None
        self.count_status.setText(self.tr("Assets: unavailable"))
        self.count_status.setToolTip(error.message)

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

    # --- offline exchange and others' changes ------------------------------------------------

    def _create_exchange_actions(self) -> None:
        self.export_exchange_action = self._action(self.tr("&Export exchange package…"))
        self.export_exchange_action.setObjectName("exportExchangeAction")
        self.export_exchange_action.triggered.connect(self.export_exchange)
        self.import_exchange_action = self._action(self.tr("&Import exchange package…"))
        self.import_exchange_action.setObjectName("importExchangeAction")
        self.import_exchange_action.triggered.connect(self.import_exchange)
        self.pending_conflicts_action = self._action(self.tr("Pending exchange &conflicts…"))
        self.pending_conflicts_action.setObjectName("pendingConflictsAction")
        self.pending_conflicts_action.triggered.connect(self.show_pending_conflicts)

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
