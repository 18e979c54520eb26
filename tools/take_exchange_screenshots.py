"""Screenshots of offline exchange and the Settings page at 1366x768 into docs/screenshots/.

    python tools/take_exchange_screenshots.py [--lang vi|en]

Two throw-away laptops (SQLite databases): A catalogues a few assets and sends them to B;
both then edit the same car, and A's second package shows a conflict on B. Look at every PNG
after a layout change.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import Any

from screenshot_session import (
    DemoTeam,
    ScreenshotSession,
    demo_team,
    parse_language,
    screenshot_session,
)

CAR = {"kind": "car", "name": "Xe ô tô Toyota Camry 2.5Q", "current_unit_id": "2025:C04795",
       "car_brand": "Toyota", "licence_plate": "19A-123.45", "year_in_use": "2016",
       "cost_budget": "1.250.000.000", "remaining_value": "310.000.000"}  # fmt: skip
OTHERS = ["Máy photocopy Ricoh MP 5055", "Máy tính để bàn Dell Optiplex", "Bàn họp 12 chỗ",
          "Máy điều hòa Daikin 18000BTU"]  # fmt: skip


def main() -> int:
    language = parse_language(__doc__)
    with screenshot_session(language, prefix="surplus-assets-exchange-shots-") as shots:
        a, a_team = laptop(shots, "xa-hoa-binh")
        b, b_team = laptop(shots, "so-tai-chinh")
        car = catalogue_and_send(shots.home, a_team.officer, b_team.officer)
        edit_on_both(car, a_team.officer, b_team.officer)
        package = shoot_export(shots, a_team.officer)
        shoot_import(shots, b_team.officer, package)
        shoot_shared_database_settings(shots, b, b_team.admin)
        for services in (a, b):
            services.close()
    return 0


def laptop(shots: ScreenshotSession, name: str) -> tuple[Any, DemoTeam]:
    """A laptop: its own database and installation id, with the demo accounts."""
    url = f"sqlite:///{shots.home / name}.sqlite3"
    services = shots.open_services(url, origin_id=str(uuid.uuid4()))
    return services, demo_team(services)


def catalogue_and_send(home: Path, a_officer: Any, b_officer: Any) -> Any:
    """A catalogues a car and some equipment and sends them to B; returns the car."""
    car = a_officer.catalogue.create(CAR)
    for name in OTHERS:
        a_officer.catalogue.create({"kind": "equipment", "name": name, "quantity": "1",
                                    "current_unit_id": "2025:C04795"})  # fmt: skip
    first = a_officer.exchange.export(home / "lan-1.zip", destination="Sở Tài chính")
    b_officer.exchange.import_package(first.path)
    return car


def edit_on_both(car: Any, a_officer: Any, b_officer: Any) -> None:
    """Both laptops change the same car (a conflict for B); A adds one more asset."""
    a_officer.catalogue.update(car.id, {"notes": "Xe hỏng động cơ, đề nghị thanh lý",
                                        "condition": "Hư hỏng"}, expected_version=1)  # fmt: skip
    b_officer.catalogue.update(car.id, {"notes": "Xe còn sử dụng được sau bảo dưỡng",
                                        "remaining_value": "295.000.000"},
                               expected_version=1)  # fmt: skip
    a_officer.catalogue.create({"kind": "equipment", "name": "Máy chiếu Epson EB-X51",
                                "quantity": "2", "current_unit_id": "2025:C04795"})  # fmt: skip


def shoot_export(shots: ScreenshotSession, a_officer: Any) -> Path:
    """A's second package to the Department of Finance; returns the package's path."""
    from ui.dialogs.exchange_export_dialog import ExchangeExportDialog

    export = ExchangeExportDialog(a_officer, folder=shots.home)
    export.destination.lineEdit().setText("Sở Tài chính")
    export.show()
    shots.wait(lambda: export.destination.count() > 0)
    export.destination.setEditText("Sở Tài chính")
    export.export_package()
    shots.wait(lambda: export.result is not None and not export.busy)
    shots.save(export, "exchange-export")
    package: Path = export.result.path
    export.close()
    return package


def shoot_import(shots: ScreenshotSession, b_officer: Any, package: Path) -> None:
    """B opens A's package: the summary, then the conflict on the car."""
    from ui.dialogs.exchange_import_dialog import ExchangeImportDialog

    dialog = ExchangeImportDialog(b_officer)
    dialog.path_edit.setText(str(package))
    dialog.show()
    dialog.inspect_package()
    shots.wait(lambda: dialog.preview is not None and not dialog.busy)
    shots.save(dialog, "exchange-import-summary")
    dialog.next_button.click()
    dialog.conflicts.take_incoming.click()
    shots.save(dialog, "exchange-conflict")
    dialog.reject()


def shoot_shared_database_settings(shots: ScreenshotSession, b: Any, b_admin: Any) -> None:
    """B's administrator tries a shared PostgreSQL server that does not answer."""
    window = shots.main_window(b, count_assets=None, signed_in=b_admin,
                               label="Lê Quản Trị (quantri)")  # fmt: skip
    page = window.show_page("settings")
    shots.wait(lambda: bool(page.agency.loaded))
    box = page.shared_database
    box.host.setText("csdl.stc.local")
    box.database.setText("tai_san_cong")
    box.user.setText("can_bo")
    box.password.setText("bí mật")
    box.test()
    shots.wait(lambda: not box.busy, 30.0)
    shots.save(window, "settings-agency-shared-database")
    window.close()


if __name__ == "__main__":
    sys.exit(main())
