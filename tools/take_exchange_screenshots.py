"""Screenshots of offline exchange and the Settings page at 1366x768 into docs/screenshots/.

    python tools/take_exchange_screenshots.py [--lang vi|en]

Two throw-away laptops (SQLite databases): A catalogues a few assets and sends them to B;
both then edit the same car, and A's second package shows a conflict on B. Look at every PNG
after a layout change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
CAR = {"kind": "car", "name": "Xe ô tô Toyota Camry 2.5Q", "current_unit_id": "2025:C04795",
       "car_brand": "Toyota", "licence_plate": "19A-123.45", "year_in_use": "2016",
       "cost_budget": "1.250.000.000", "remaining_value": "310.000.000"}  # fmt: skip
OTHERS = ["Máy photocopy Ricoh MP 5055", "Máy tính để bàn Dell Optiplex", "Bàn họp 12 chỗ",
          "Máy điều hòa Daikin 18000BTU"]  # fmt: skip


def wait(app, condition: Callable[[], bool], seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not reach the expected state")
        app.processEvents()
        time.sleep(0.02)


def settle(app, seconds: float = 0.5) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="surplus-assets-exchange-shots-"))
    (home / "screen.json").write_text(SCREEN)
    os.environ.update(
        SURPLUS_ASSETS_HOME=str(home),
        QT_QPA_PLATFORM=f"offscreen:configfile={home / 'screen.json'}",
    )
    sys.path.insert(0, str(ROOT))
    subprocess.run([sys.executable, "tools/build_translations.py", "--release"], cwd=ROOT,
                   check=True)  # fmt: skip

    from PySide6.QtWidgets import QApplication

    from surplus_assets import i18n
    from surplus_assets.services import open_services
    from surplus_assets.services.users import actor_for
    from ui.app_context import AppContext
    from ui.dialogs.exchange_export_dialog import ExchangeExportDialog
    from ui.dialogs.exchange_import_dialog import ExchangeImportDialog
    from ui.main_window import MainWindow
    from ui.preferences import open_settings
    from ui.translations import install_translators

    app = QApplication([])
    i18n.set_language(args.lang)
    translators = install_translators(app, args.lang)
    suffix = "" if args.lang == "vi" else f"-{args.lang}"
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app, 0.3)
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))

    def laptop(name: str):  # type: ignore[no-untyped-def]
        services = open_services(f"sqlite:///{home / name}.sqlite3", origin_id=str(uuid.uuid4()))
        services.users.create(username="quantri", full_name="Lê Quản Trị", role="admin",
                              password="quan-tri-2025")  # fmt: skip
        admin = services.as_actor(actor_for(services.users.get("quantri")))
        admin.users.create(username="an", full_name="Nguyễn Văn An", role="officer",
                           password="can-bo-2025", title="Chuyên viên")  # fmt: skip
        officer = services.as_actor(actor_for(services.users.get("an")))
        return services, officer, admin

    a, a_officer, _a_admin = laptop("xa-hoa-binh")
    b, b_officer, b_admin = laptop("so-tai-chinh")
    car = a_officer.catalogue.create(CAR)
    for name in OTHERS:
        a_officer.catalogue.create({"kind": "equipment", "name": name, "quantity": "1",
                                    "current_unit_id": "2025:C04795"})  # fmt: skip
    first = a_officer.exchange.export(home / "lan-1.zip", destination="Sở Tài chính")
    b_officer.exchange.import_package(first.path)
    a_officer.catalogue.update(car.id, {"notes": "Xe hỏng động cơ, đề nghị thanh lý",
                                        "condition": "Hư hỏng"}, expected_version=1)  # fmt: skip
    b_officer.catalogue.update(car.id, {"notes": "Xe còn sử dụng được sau bảo dưỡng",
                                        "remaining_value": "295.000.000"},
                               expected_version=1)  # fmt: skip
    a_officer.catalogue.create({"kind": "equipment", "name": "Máy chiếu Epson EB-X51",
                                "quantity": "2", "current_unit_id": "2025:C04795"})  # fmt: skip

    export = ExchangeExportDialog(a_officer, folder=home)
    export.destination.lineEdit().setText("Sở Tài chính")
    export.show()
    wait(app, lambda: export.destination.count() > 0)
    export.destination.setEditText("Sở Tài chính")
    export.export_package()
    wait(app, lambda: export.result is not None and not export.busy)
    save(export, "exchange-export")
    package = export.result.path
    export.close()

    dialog = ExchangeImportDialog(b_officer)
    dialog.path_edit.setText(str(package))
    dialog.show()
    dialog.inspect_package()
    wait(app, lambda: dialog.preview is not None and not dialog.busy)
    save(dialog, "exchange-import-summary")
    dialog.next_button.click()
    dialog.conflicts.take_incoming.click()
    save(dialog, "exchange-conflict")
    dialog.reject()

    context = AppContext(settings=open_settings(home / "settings.ini"),
                         log_path=home / "logs" / "surplus_assets.log",
                         database_label=b.database_label, language=args.lang,
                         require_sign_in=True)  # fmt: skip
    window = MainWindow(context)
    window.resize(1366, 768)
    window.show()
    window.signed_in(b_admin, "Lê Quản Trị (quantri)")
    page = window.show_page("settings")
    wait(app, lambda: bool(page.agency.loaded))
    box = page.shared_database
    box.host.setText("csdl.stc.local")
    box.database.setText("tai_san_cong")
    box.user.setText("can_bo")
    box.password.setText("bí mật")
    box.test()
    wait(app, lambda: not box.busy, 30.0)
    save(window, "settings-agency-shared-database")
    window.close()
    for services in (a, b):
        services.close()
    del translators
    print(f"screenshots in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
