"""Render the main window offscreen at 1366x768 (the target laptop) into docs/screenshots/.

    python tools/take_screenshots.py [--lang vi|en]

Uses a throw-away data folder with 1,000 demo assets, so the status bar shows real figures.
Look at the PNGs after any layout change: text cut off at 1366x768 is a bug.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="surplus-assets-shots-"))
    (home / "screen.json").write_text(SCREEN)
    os.environ.update(
        SURPLUS_ASSETS_HOME=str(home),
        QT_QPA_PLATFORM=f"offscreen:configfile={home / 'screen.json'}",
    )
    sys.path.insert(0, str(ROOT))
    subprocess.run(
        [sys.executable, "tools/build_translations.py", "--release"], cwd=ROOT, check=True
    )
    subprocess.run(
        [sys.executable, "-m", "surplus_assets", "demo", "--assets", "1000"], cwd=ROOT, check=True
    )

    from PySide6.QtWidgets import QApplication

    from surplus_assets.services import open_services
    from ui.app_context import AppContext
    from ui.main_window import MainWindow
    from ui.preferences import open_settings
    from ui.translations import install_translators

    app = QApplication([])
    translators = install_translators(app, args.lang)
    services = open_services(None)
    context = AppContext(
        settings=open_settings(home / "settings.ini"),
        log_path=home / "logs" / "surplus_assets.log",
        database_label=services.database_label,
        count_assets=services.catalogue.count_assets,
        services=services,
        language=args.lang,
    )
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()

    def settle(ready: Callable[[], bool] = lambda: True) -> None:
        deadline = 100
        while (window.count_status.text().endswith("…") or not ready()) and deadline:
            app.processEvents()
            QApplication.instance().thread().msleep(50)
            deadline -= 1
        for _ in range(10):  # let nested layouts settle after the data arrived
            app.processEvents()
            QApplication.instance().thread().msleep(20)

    dashboard = window.show_page("dashboard")
    settle(dashboard.is_loaded)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "vi" else f"-{args.lang}"
    window.grab().save(str(OUT / f"main-window{suffix}.png"))
    window.grab().save(str(OUT / f"dashboard{suffix}.png"))
    take_units_page(window, settle, OUT / f"units-page{suffix}.png")
    take_first_start_dialog(window, settle, OUT / f"first-start-dialog{suffix}.png")
    shoot_assets(app, window, suffix)
    page = window.show_page("settings")
    page.language_combo.setCurrentIndex(
        page.language_combo.findData("en" if args.lang == "vi" else "vi")
    )
    app.processEvents()
    page.grab().save(str(OUT / f"settings-page{suffix}.png"))
    window.close()
    services.close()
    del translators
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


def wait_until(app: object, condition: object, limit: int = 200) -> None:
    from PySide6.QtCore import QThread

    while not condition() and limit:  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        QThread.msleep(25)
        limit -= 1
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def shoot_assets(app: object, window: object, suffix: str) -> None:
    """The assets page, the editor of each kind, a validation error, a divided commune."""
    from surplus_assets.services.catalogue import AssetQuery

    page = window.show_page("assets")  # type: ignore[attr-defined]
    wait_until(app, lambda: page.model is not None and page.model.rowCount() > 0)
    page.table.selectRow(2)
    wait_until(app, lambda: False, 4)
    window.grab().save(str(OUT / f"assets-page{suffix}.png"))  # type: ignore[attr-defined]
    catalogue = page.services.catalogue
    for kind in ("land", "housing", "car", "equipment"):
        ids = catalogue.search_ids(AssetQuery(kinds=(kind,)), limit=1)
        editor = page.open_editor(ids[0])
        wait_until(app, lambda: False, 8)
        if kind == "land":
            editor.grab().save(str(OUT / f"editor-general{suffix}.png"))
        editor.tabs.setCurrentIndex(1)
        wait_until(app, lambda: False, 4)
        editor.grab().save(str(OUT / f"editor-{kind}{suffix}.png"))
        editor.reject()
    editor = page.open_editor(None)
    wait_until(app, lambda: False, 4)
    editor.form.fields["name"].input.setText("Trụ sở UBND xã cũ")
    editor.form.fields["cost_budget"].input.setText("12.50.000")
    editor.form.fields["year_in_use"].input.setText("2031")
    editor.form.validate_all()
    wait_until(app, lambda: False, 4)
    editor.grab().save(str(OUT / f"editor-validation{suffix}.png"))
    editor.reject()
    editor = page.open_editor(None)
    editor.kind_combo.setCurrentIndex(1)
    editor.form.fields["name"].input.setText("Nhà công vụ phường Ngọc Khánh (cũ)")
    editor.form.fields["legacy_unit_id"].input.set_unit_id("pre2025:C00025", notify=True)
    wait_until(app, lambda: False, 4)
    editor.grab().save(str(OUT / f"editor-divided-commune{suffix}.png"))
    editor.reject()


def take_units_page(window: Any, settle: Callable[..., None], target: Path) -> None:
    """The units page with a current commune open on a legacy commune that was divided."""
    units = window.show_page("units")
    settle(units.is_loaded)
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
    settle()
    window.grab().save(str(target))


def take_first_start_dialog(window: Any, settle: Callable[..., None], target: Path) -> None:
    from ui.dialogs.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(window.context, window)
    dialog.show()
    settle()
    dialog.grab().save(str(target))
    dialog.done(0)


if __name__ == "__main__":
    sys.exit(main())
