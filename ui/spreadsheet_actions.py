"""Spreadsheet actions shared by the File menu, the Assets page and the first-start dialog.

    open_import_wizard(parent, services, path=None, on_imported=refresh)
    save_template(parent, services)
    export_assets_to_file(parent, services, query=..., ids=...)   # .xlsx, or .csv if chosen
    export_proposals_to_file(parent, services, query)
    add_file_menu_actions(window, file_menu); update_file_menu_actions(window)

Each asks for the file (ui.file_dialogs, which tests answer), then runs the core function
(surplus_assets.exchange) in a worker with progress, and reports the result in the window's
status bar when there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from surplus_assets.domain.permissions import Permission
from ui import file_dialogs
from ui.permissions import actor_of, may
from ui.workers import BackgroundOperation, Job, run_in_background

translate = QCoreApplication.translate


def _tell(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_import_wizard(
    parent: QWidget | None,
    services: Any,
    path: Path | None = None,
    on_imported: Callable[[Any], None] | None = None,
) -> Any:
    """Open the import wizard (on `path` at once if given); returns the wizard."""
    from ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(parent, services, path)
    if on_imported is not None:
        wizard.imported.connect(on_imported)
    wizard.open()
    if path is not None:
        wizard.open_file_now()
    return wizard


def save_template(parent: QWidget | None, services: Any) -> BackgroundOperation[Any] | None:
    chosen = file_dialogs.ask_save_path(
        parent,
        translate("SpreadsheetActions", "Save the import template"),
        translate("SpreadsheetActions", "mau-nhap-tai-san.xlsx"),
        translate("SpreadsheetActions", "Excel workbook (*.xlsx)"),
    )
    if chosen is None:
        return None
    path = _with_suffix(chosen[0], ".xlsx")
    from surplus_assets.exchange.xlsx_template import write_template

    units = services.units
    return run_in_background(
        parent,
        lambda job: write_template(path, units),
        title=translate("SpreadsheetActions", "Saving the import template"),
        on_success=lambda _r: _tell(
            parent,
            translate("SpreadsheetActions", "Import template saved to {path}.").format(path=path),
        ),
    )


def export_assets_to_file(
    parent: QWidget | None,
    services: Any,
    *,
    query: Any = None,
    ids: Sequence[Any] | None = None,
    allow_csv: bool = False,
) -> BackgroundOperation[Any] | None:
    """Export the assets `query` selects, or exactly `ids`, to a file the user chooses."""
    xlsx = translate("SpreadsheetActions", "Excel workbook (*.xlsx)")
    csv = translate("SpreadsheetActions", "CSV for Excel (*.csv)")
    chosen = file_dialogs.ask_save_path(
        parent,
        translate("SpreadsheetActions", "Export assets"),
        translate("SpreadsheetActions", "tai-san.xlsx"),
        f"{xlsx};;{csv}" if allow_csv else xlsx,
    )
    if chosen is None:
        return None
    path, chosen_filter = chosen
    as_csv = allow_csv and (path.suffix.lower() == ".csv" or chosen_filter == csv)
    path = _with_suffix(path, ".csv" if as_csv else ".xlsx")
    from surplus_assets.exchange.xlsx_export import export_asset_ids, export_assets
    from surplus_assets.services.asset_export import export_csv

    def export(job: Job) -> int:
        def progress(done: int, total: int) -> None:
            job.check_cancelled()
            job.report(done, total, translate("SpreadsheetActions", "Exporting assets…"))

        if as_csv:
            selected = list(ids) if ids is not None else services.catalogue.search_ids(query)
            return export_csv(services.catalogue, selected, path, job)
        if ids is not None:
            return export_asset_ids(services, list(ids), path, progress=progress)
        return export_assets(services, query, path, progress=progress)

    return run_in_background(
        parent,
        export,
        title=translate("SpreadsheetActions", "Exporting assets"),
        on_success=lambda count: _tell(
            parent,
            translate("SpreadsheetActions", "{count} assets exported to {path}.").format(
                count=count, path=path
            ),
        ),
    )


def export_proposals_to_file(
    parent: QWidget | None, services: Any, query: Any
) -> BackgroundOperation[Any] | None:
    chosen = file_dialogs.ask_save_path(
        parent,
        translate("SpreadsheetActions", "Export proposals"),
        translate("SpreadsheetActions", "de-xuat.xlsx"),
        translate("SpreadsheetActions", "Excel workbook (*.xlsx)"),
    )
    if chosen is None:
        return None
    path = _with_suffix(chosen[0], ".xlsx")
    from surplus_assets.exchange.proposal_export import export_proposals

    return run_in_background(
        parent,
        lambda job: export_proposals(services, query, path),
        title=translate("SpreadsheetActions", "Exporting proposals"),
        on_success=lambda count: _tell(
            parent,
            translate("SpreadsheetActions", "{count} proposals exported to {path}.").format(
                count=count, path=path
            ),
        ),
    )


# --- the File menu ---------------------------------------------------------------------------


def add_file_menu_actions(window: Any, file_menu: QMenu) -> None:
    """Add Import spreadsheet…, Export asset list…, Export proposal list… and Save import
    template… at the top of the File menu (window: ui.main_window.MainWindow)."""

    def action(name: str, text: str, slot: Callable[[], Any]) -> QAction:
        item = QAction(text, window)
        item.setObjectName(name)
        item.triggered.connect(slot)
        return item

    window.import_action = action(
        "importSpreadsheetAction",
        translate("SpreadsheetActions", "&Import spreadsheet…"),
        lambda: import_from_window(window),
    )
    window.export_assets_action = action(
        "exportAssetsAction",
        translate("SpreadsheetActions", "&Export asset list…"),
        lambda: export_list_from_window(window),
    )
    window.export_proposals_action = action(
        "exportProposalsAction",
        translate("SpreadsheetActions", "Export &proposal list…"),
        lambda: export_proposals_from_window(window),
    )
    window.template_action = action(
        "saveTemplateAction",
        translate("SpreadsheetActions", "Save import &template…"),
        lambda: save_template(window, window.context.services),
    )
    first = file_menu.actions()[0]  # the menu already holds its own actions
    for item in (
        window.import_action,
        window.export_assets_action,
        window.export_proposals_action,
        window.template_action,
    ):
        file_menu.insertAction(first, item)
    file_menu.insertSeparator(first)
    update_file_menu_actions(window)


def update_file_menu_actions(window: Any) -> None:
    """Offer each action only when a database is open and the role may use it."""
    actor = actor_of(window.context)
    opened = window.context.services is not None
    offered = {
        window.import_action: opened
        and may(actor, Permission.IMPORT_DATA)
        and may(actor, Permission.EDIT_ASSETS),
        window.export_assets_action: opened,
        window.export_proposals_action: opened,
        window.template_action: opened,
    }
    for item, allowed in offered.items():
        item.setVisible(allowed)
        item.setEnabled(allowed)


def _refresh_assets(window: Any) -> None:
    page = window.pages.get("assets")
    if page is not None:
        page.refresh()
    window.refresh_status()


def import_from_window(window: Any, path: Path | None = None) -> Any:
    if not window.import_action.isEnabled():
        return None
    window.import_wizard = open_import_wizard(
        window, window.context.services, path, lambda _summary: _refresh_assets(window)
    )
    return window.import_wizard


def export_list_from_window(window: Any) -> BackgroundOperation[Any] | None:
    """The asset list as the Assets page filters it (every asset if the page is not open)."""
    from surplus_assets.services.catalogue import AssetQuery

    page = window.pages.get("assets")
    query = page.query() if page is not None and page.model is not None else AssetQuery()
    return export_assets_to_file(window, window.context.services, query=query)


def export_proposals_from_window(window: Any) -> BackgroundOperation[Any] | None:
    from surplus_assets.services.proposal_views import ProposalQuery

    page = window.pages.get("proposals")
    query = page.query() if page is not None else ProposalQuery()
    return export_proposals_to_file(window, window.context.services, query)
