"""Screenshots of the data-safety dialogs at 1366x768 into docs/screenshots/.

    python tools/take_safety_screenshots.py [--lang vi|en]

A throw-away database with demo assets and a backup of it: the backup dialog (encryption
on), the restore confirmation of that backup, the check after start reporting problems (an
edited audit row, a changed attachment), and the offer shown when the database file is cut
short. Look at every PNG after a layout change.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SCREEN = (
    '{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)


def wait(app, condition: Callable[[], bool], seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
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
    home = Path(tempfile.mkdtemp(prefix="surplus-assets-safety-shots-"))
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
    from surplus_assets.backup_file import blob_path
    from surplus_assets.paths import attachment_store_dir
    from surplus_assets.services import open_services
    from surplus_assets.services.demo import load_demo
    from ui import data_safety
    from ui.app import open_database_in_background
    from ui.app_context import AppContext
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.restore_dialog import RestoreDialog
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

    database = home / "surplus_assets.sqlite3"
    services = open_services(f"sqlite:///{database}")
    services.users.create(username="quantri", full_name="Lê Quản Trị", role="admin",
                          password="quan-tri-2025")  # fmt: skip
    load_demo(services.context, services.units, count=120, seed=5)
    content = b"%PDF-1.7 Quyet dinh dieu chuyen " * 50
    from surplus_assets.services.catalogue import AssetQuery

    first_asset = services.catalogue.search_ids(AssetQuery(), limit=1)[0]
    attachment = home / "quyet-dinh-dieu-chuyen.pdf"
    attachment.write_bytes(content)
    services.attachments.attach(first_asset, attachment)  # as the system (demo data)
    backup = services.backup.create()
    services.close()

    def window_for(name: str) -> MainWindow:
        context = AppContext(settings=open_settings(home / f"{name}.ini"), language=args.lang,
                             require_sign_in=True)  # fmt: skip
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        return window

    # The backup dialog, encryption chosen, passphrase typed twice.
    window = window_for("backup")
    signed = open_services(f"sqlite:///{database}").authenticate("quantri", "quan-tri-2025")
    window.signed_in(signed, "Lê Quản Trị")
    dialog = BackupDialog(window, signed, encrypt=True)
    dialog.passphrase_edit.setText("ngua-o-phi-nuoc-dai")
    dialog.repeat_edit.setText("ngua-o-phi-nuoc-dai")
    dialog.show()
    save(dialog, "backup-dialog")
    dialog.close()

    # The restore confirmation, once the backup has been checked.
    restore = RestoreDialog(window, backup)
    restore.show()
    wait(app, restore.restore_button.isEnabled)
    save(restore, "restore-confirmation")
    restore.close()
    window.close()
    signed.close()

    # The check after start finds an edited audit row and a changed attachment file.
    tampered = home / "tampered.sqlite3"
    shutil.copyfile(database, tampered)
    connection = sqlite3.connect(tampered)
    connection.execute("UPDATE audit_events SET comment = 'sửa tay' WHERE id = "
                       "(SELECT min(id) FROM audit_events)")  # fmt: skip
    connection.commit()
    connection.close()
    blob = blob_path(attachment_store_dir(), hashlib.sha256(content).hexdigest())
    original = blob.read_bytes()
    blob.write_bytes(b"changed")
    window = window_for("problems")
    opened = open_services(f"sqlite:///{tampered}")
    report = opened.integrity.check("quick")
    window.signed_in(opened.authenticate("quantri", "quan-tri-2025"), "Lê Quản Trị")
    problems = data_safety.show_report(window, report, at_start=True)
    save(problems, "startup-check-problems")
    problems.close()
    window.close()
    opened.close()
    blob.write_bytes(original)

    # A database file cut short: the offer shown instead of a crash, before sign-in.
    damaged = home / "damaged.sqlite3"
    shutil.copyfile(database, damaged)
    with open(damaged, "r+b") as handle:
        handle.truncate(damaged.stat().st_size // 2)
    window = window_for("damaged")
    open_database_in_background(window, f"sqlite:///{damaged}")
    wait(app, lambda: getattr(window, "safety_dialog", None) is not None)
    save(window.safety_dialog, "damaged-database-offer")
    window.safety_dialog.hide()
    window.hide()

    for translator in translators:
        app.removeTranslator(translator)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
