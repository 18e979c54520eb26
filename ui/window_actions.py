"""The main window's own actions, menus and toolbar (a mixin of ui.main_window.MainWindow).

    WindowActions._create_actions()            # quit, new asset, undo/redo, find, view, help…
    WindowActions._create_menus_and_toolbar()  # File, Edit, View, Tools, Help; the toolbar

Groups of actions that live elsewhere are added to these menus by their own modules:
spreadsheets (ui.spreadsheet_actions: File menu), offline exchange (ui.window_exchange:
Tools menu) and data safety (ui.data_safety: Tools menu). The slots the actions call stay
on the window. Strings are translated in the window's context ("MainWindow"): the .ts
catalogue is keyed by it, and self.tr in a mixin would not say which class is meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QToolBar

from ui.data_safety import add_safety_actions
from ui.spreadsheet_actions import add_file_menu_actions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from ui.app_context import AppContext
    from ui.pages import PageSpec

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object

ASSETS_PAGE = "assets"


translate = QCoreApplication.translate


class WindowActions(_Window):
    """Builds the window's actions, menus and toolbar (see the module docstring)."""

    # Provided by MainWindow (a QMainWindow).
    context: AppContext
    page_specs: list[PageSpec]
    page_actions: dict[str, QAction]
    undo_stack: Any
    navigation: Any
    menus: list[QMenu]
    toolbar: QToolBar

    if TYPE_CHECKING:

        def new_asset(self) -> None: ...
        def focus_search(self) -> None: ...
        def open_log_folder(self) -> None: ...
        def _set_full_screen(self, on: bool) -> None: ...
        def show_help(self) -> Any: ...
        def show_about(self) -> Any: ...
        def change_password(self) -> None: ...
        def sign_out(self) -> None: ...
        def _create_exchange_actions(self) -> None: ...
        def _add_exchange_actions(self, menu: QMenu) -> None: ...

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
        self.quit_action = self._action(
            translate("MainWindow", "&Quit"), "Ctrl+Q", sp.SP_DialogCloseButton
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.new_asset_action = self._action(
            translate("MainWindow", "&New asset"), "Ctrl+N", sp.SP_FileIcon
        )
        self.new_asset_action.setObjectName("newAssetAction")
        self.new_asset_action.triggered.connect(self.new_asset)
        self.new_asset_action.setEnabled(any(s.key == ASSETS_PAGE for s in self.page_specs))
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.find_action = self._action(
            translate("MainWindow", "&Find"), "Ctrl+F", sp.SP_FileDialogContentsView
        )
        self.find_action.setObjectName("findAction")
        self.find_action.triggered.connect(self.focus_search)
        self.open_log_action = self._action(
            translate("MainWindow", "Open &log folder"), icon=sp.SP_DirOpenIcon
        )
        self.open_log_action.setEnabled(self.context.log_path is not None)
        self.open_log_action.triggered.connect(self.open_log_folder)
        self.show_navigation_action = self._action(
            translate("MainWindow", "&Navigation panel"), "F9"
        )
        self.show_navigation_action.setCheckable(True)
        self.show_navigation_action.setChecked(True)
        self.show_navigation_action.toggled.connect(self.navigation.setVisible)
        self.full_screen_action = self._action(translate("MainWindow", "&Full screen"), "F11")
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.toggled.connect(self._set_full_screen)
        self.help_action = self._action(
            translate("MainWindow", "&User guide"),
            QKeySequence.StandardKey.HelpContents,
            sp.SP_DialogHelpButton,
        )
        self.help_action.setObjectName("helpAction")
        self.help_action.triggered.connect(self.show_help)
        self.about_action = self._action(translate("MainWindow", "&About Surplus Assets"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = self._action(translate("MainWindow", "About &Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.change_password_action = self._action(translate("MainWindow", "Change &password…"))
        self.change_password_action.setObjectName("changePasswordAction")
        self.change_password_action.triggered.connect(self.change_password)
        self.sign_out_action = self._action(
            translate("MainWindow", "Sign &out"), icon=sp.SP_DialogCancelButton
        )
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
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_log_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        add_file_menu_actions(self, file_menu)  # import, export, template (spreadsheets)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_asset_action)
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for key, action in self.page_actions.items():
            if key != "settings":
                view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.show_navigation_action)
        view_menu.addAction(self.full_screen_action)
        tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        if "settings" in self.page_actions:
            tools_menu.addAction(self.page_actions["settings"])
        tools_menu.addSeparator()
        self._add_exchange_actions(tools_menu)  # export, import, conflicts (ui.window_exchange)
        tools_menu.addSeparator()
        add_safety_actions(self, tools_menu)  # back up, restore, check (ui.data_safety)
        tools_menu.addSeparator()
        tools_menu.addAction(self.open_log_action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self.menus = [file_menu, edit_menu, view_menu, tools_menu, help_menu]

        self.toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
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
            self.new_asset_action: translate("MainWindow", "Catalogue a new asset"),
            self.find_action: translate("MainWindow", "Search the current page"),
            self.help_action: translate("MainWindow", "Open the user guide"),
        }
        for action, text in descriptions.items():
            action.setStatusTip(text)
            action.setToolTip(self._with_shortcut(text, action.shortcut().toString()))
