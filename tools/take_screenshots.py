"""Render the main window offscreen at 1366x768 (the target laptop) into docs/screenshots/.

    python tools/take_screenshots.py [--lang vi|en]

Uses a throw-away data folder with 1,000 demo assets, so the status bar shows real figures.
Look at the PNGs after any layout change: text cut off at 1366x768 is a bug.
"""

from __future__ import annotations

import sys
from typing import Any

from screenshot_session import ScreenshotSession, parse_language, screenshot_session


def main() -> int:
    language = parse_language(__doc__)
    with screenshot_session(language, demo_assets=1000) as shots:
        services = shots.open_services()
        # Not signed in: the context carries the services, as before sign-in was required.
        window = shots.main_window(services, require_sign_in=False, services=services)

        def counted() -> bool:
            return not window.count_status.text().endswith("…")

        dashboard = window.show_page("dashboard")
        shots.wait(lambda: counted() and dashboard.is_loaded())
        shots.save(window, "main-window")
        shots.save(window, "dashboard")
        shoot_units_page(shots, window)
        shoot_first_start_dialog(shots, window)
        shoot_assets(shots, window)
        page = window.show_page("settings")
        page.language_combo.setCurrentIndex(
            page.language_combo.findData("en" if language == "vi" else "vi")
        )
        shots.save(page, "settings-page", settle=0.05)
        window.close()
        services.close()
    return 0


def shoot_assets(shots: ScreenshotSession, window: Any) -> None:
    """The assets page, the editor of each kind, a validation error, a divided commune."""
    from surplus_assets.services.catalogue import AssetQuery

    page = window.show_page("assets")
    shots.wait(lambda: page.model is not None and page.model.rowCount() > 0)
    page.table.selectRow(2)
    shots.save(window, "assets-page", settle=0.1)
    catalogue = page.services.catalogue
    for kind in ("land", "housing", "car", "equipment"):
        ids = catalogue.search_ids(AssetQuery(kinds=(kind,)), limit=1)
        editor = page.open_editor(ids[0])
        shots.settle(0.2)
        if kind == "land":
            shots.save(editor, "editor-general", settle=0)
        editor.tabs.setCurrentIndex(1)
        shots.save(editor, f"editor-{kind}", settle=0.1)
        editor.reject()
    editor = page.open_editor(None)
    shots.settle(0.1)
    editor.form.fields["name"].input.setText("Trụ sở UBND xã cũ")
    editor.form.fields["cost_budget"].input.setText("12.50.000")
    editor.form.fields["year_in_use"].input.setText("2031")
    editor.form.validate_all()
    shots.save(editor, "editor-validation", settle=0.1)
    editor.reject()
    editor = page.open_editor(None)
    editor.kind_combo.setCurrentIndex(1)
    editor.form.fields["name"].input.setText("Nhà công vụ phường Ngọc Khánh (cũ)")
    editor.form.fields["legacy_unit_id"].input.set_unit_id("pre2025:C00025", notify=True)
    shots.save(editor, "editor-divided-commune", settle=0.1)
    editor.reject()


def shoot_units_page(shots: ScreenshotSession, window: Any) -> None:
    """The units page with a current commune open on a legacy commune that was divided."""
    units = window.show_page("units")
    shots.wait(units.is_loaded)
    model, tree = units.model, units.tree
    province = tree.currentIndex()
    for row in range(model.rowCount(province)):
        commune = model.index(row, 0, province)
        model.fetchMore(commune)
        divided = [model.index(r, 0, commune) for r in range(model.rowCount(commune))
                   if model.node(model.index(r, 0, commune)).divided]  # fmt: skip
        if divided:
            tree.expand(commune)
            tree.setCurrentIndex(divided[0])
            tree.scrollTo(divided[0])
            break
    shots.save(window, "units-page")


def shoot_first_start_dialog(shots: ScreenshotSession, window: Any) -> None:
    from ui.dialogs.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(window.context, window)
    dialog.show()
    shots.save(dialog, "first-start-dialog")
    dialog.done(0)


if __name__ == "__main__":
    sys.exit(main())
