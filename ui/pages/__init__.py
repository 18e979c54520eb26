"""The pages of the main window and how they register themselves.

Each page module defines a `Page` subclass and calls `register_page(PageSpec(...))` at import
time with its key, translated title, icon, shortcut and a factory. The main window shows one
navigation entry per registered page and builds a page only when it is first shown, so the
start stays fast however many pages there are. To add a page: write its module, add its name
to PAGE_MODULES below (in navigation order).

Pages not written yet are not registered: there are no placeholder screens.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStyle, QWidget

from ui.app_context import AppContext
from ui.preferences import WindowState

if TYPE_CHECKING:  # the core services are imported after the window is shown
    from surplus_assets.services.catalogue import AssetQuery

# Navigation order. Keys reserved for the follow-up pages: dashboard (Ctrl+1), assets
# (Ctrl+2, handles Ctrl+N), proposals (Ctrl+3), reports (Ctrl+4), units (Ctrl+5).
PAGE_MODULES: tuple[str, ...] = (
    "ui.pages.dashboard_page",
    "ui.pages.assets_page",
    "ui.pages.proposals_page",
    "ui.pages.reports_page",
    "ui.pages.units_page",
    "ui.pages.users_page",
    "ui.pages.settings_page",
)


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

    def is_loaded(self) -> bool:
        """True once the page shows its data; pages that load in a worker override this."""
        return True

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


_PAGES: dict[str, PageSpec] = {}


def register_page(spec: PageSpec) -> PageSpec:
    if spec.key in _PAGES and _PAGES[spec.key] != spec:
        raise ValueError(f"page {spec.key!r} registered twice")
    _PAGES[spec.key] = spec
    return spec


def registered_pages() -> list[PageSpec]:
    """Every registered page, in navigation order (imports the page modules first)."""
    for name in PAGE_MODULES:
        importlib.import_module(name)
    return sorted(_PAGES.values(), key=lambda spec: spec.order)
