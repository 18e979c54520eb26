"""The pages of the main window: the `Page` base class and the navigation list.

PAGES declares every page (key, translated title, icon, shortcut, permission) and names the
module and class that build it. The main window shows one navigation entry per page and
imports and builds a page only when it is first shown: at start-up only the start page's
module is imported, so the start stays fast however many pages there are. To add a page:
write its module with a `Page` subclass and add a PageSpec to PAGES (in navigation order).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QStyle, QWidget

from ui import startup_trace
from ui.app_context import AppContext
from ui.preferences import WindowState

if TYPE_CHECKING:  # the core services are imported after the window is shown
    from surplus_assets.services.catalogue import AssetQuery


class Page(QWidget):
    """Base class of a main-window page; override the hooks a page supports."""

    # Emitted when the page shows its data (after loading it in a worker). The start-up
    # probe (ui.startup_probe) waits for it; pages that show no data are loaded at once.
    loaded = Signal()
    # Asks the main window to open the asset list filtered by an AssetQuery (show_assets).
    assets_requested = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        if startup_trace.enabled():
            name = type(self).__name__
            self.loaded.connect(lambda: startup_trace.mark(f"data shown: {name}"))

    def is_loaded(self) -> bool:
        """True once the page shows its data; pages that load in a worker override this."""
        return True

    def when_painted(self, callback: Callable[[], object]) -> None:
        """Call `callback` once the page shows its data and has been painted with it (never,
        if the page is closed first). Work that can wait (counting, warming caches) then no
        longer competes for the GIL with the first rows the user is waiting for."""
        if self.is_loaded():
            QTimer.singleShot(0, self, callback)
        else:  # a zero timer runs after the paint that the page's data posted
            self.loaded.connect(lambda: QTimer.singleShot(0, self, callback),
                                Qt.ConnectionType.SingleShotConnection)  # fmt: skip

    def apply_query(self, query: AssetQuery) -> bool:
        """Show the assets matching `query` (the assets page); False if unsupported.

        Called by MainWindow.show_assets(), which the dashboard and units page use to open
        the asset list filtered on a figure or a unit.
        """
        return False

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in this page's search box; False if it has none."""
        return False

    def new_item(self) -> bool:
        """Ctrl+N on this page (the assets page opens the editor); False if unsupported."""
        return False

    def page_shown(self) -> None:
        """Called each time the page becomes the current one (refresh cheap things here)."""

    def save_layout(self, state: WindowState) -> None:
        """Remember splitters and table columns (called when the window closes)."""

    def restore_layout(self, state: WindowState) -> None:
        """Restore what save_layout() saved (called once, after the page is built)."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # translated when called, so it follows the installed language
    # A Qt standard icon, or the name of an SVG/PNG under resources/icons/.
    icon: QStyle.StandardPixmap | str
    shortcut: str  # portable text, e.g. "Ctrl+2"
    factory: Callable[[AppContext], Page]
    order: int
    # A domain.permissions.Permission value: the page is offered only to roles holding it.
    permission: str | None = None


def _built_by(module: str, class_name: str) -> Callable[[AppContext], Page]:
    """A factory that imports `module` only when the page is first shown."""

    def build(context: AppContext) -> Page:
        page_class: type[Page] = getattr(importlib.import_module(module), class_name)
        page = page_class(context)
        startup_trace.mark(f"page built: {class_name}")
        return page

    return build


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Pages", text)


# Marked for lupdate; translated when shown, in the running language.
_TITLES = (
    QT_TRANSLATE_NOOP("Pages", "Overview"),
    QT_TRANSLATE_NOOP("Pages", "Assets"),
    QT_TRANSLATE_NOOP("Pages", "Proposals"),
    QT_TRANSLATE_NOOP("Pages", "Reports"),
    QT_TRANSLATE_NOOP("Pages", "Administrative units"),
    QT_TRANSLATE_NOOP("Pages", "Users"),
    QT_TRANSLATE_NOOP("Pages", "Settings"),
)

_ICONS = QStyle.StandardPixmap
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", _title("Overview"), _ICONS.SP_FileDialogInfoView, "Ctrl+1",
             _built_by("ui.pages.dashboard_page", "DashboardPage"), order=10),
    PageSpec("assets", _title("Assets"), _ICONS.SP_FileDialogListView, "Ctrl+2",
             _built_by("ui.pages.assets_page", "AssetsPage"), order=20),
    PageSpec("proposals", _title("Proposals"), _ICONS.SP_FileDialogListView, "Ctrl+3",
             _built_by("ui.pages.proposals_page", "ProposalsPage"), order=30),
    PageSpec("reports", _title("Reports"), _ICONS.SP_FileDialogDetailedView, "Ctrl+4",
             _built_by("ui.pages.reports_page", "ReportsPage"), order=40),
    PageSpec("units", _title("Administrative units"), _ICONS.SP_DirHomeIcon, "Ctrl+5",
             _built_by("ui.pages.units_page", "UnitsPage"), order=50),
    PageSpec("users", _title("Users"), _ICONS.SP_DirHomeIcon, "Ctrl+6",
             _built_by("ui.pages.users_page", "UsersPage"), order=80,
             permission="manage_users"),
    PageSpec("settings", _title("Settings"), _ICONS.SP_FileDialogDetailedView, "Ctrl+,",
             _built_by("ui.pages.settings_page", "SettingsPage"), order=90),
)  # fmt: skip


def all_pages() -> list[PageSpec]:
    """Every page, in navigation order (without importing their modules)."""
    return sorted(PAGES, key=lambda spec: spec.order)
