"""Screenshots of the data-safety dialogs at 1366x768 into docs/screenshots/.

    python tools/take_safety_screenshots.py [--lang vi|en]

A throw-away database with demo assets and a backup of it: the backup dialog (encryption
on), the restore confirmation of that backup, the check after start reporting problems (an
edited audit row, a changed attachment), and the offer shown when the database file is cut
short. Look at every PNG after a layout change.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

from screenshot_session import ADMIN, ScreenshotSession, parse_language, screenshot_session

ATTACHMENT = b"%PDF-1.7 Quyet dinh dieu chuyen " * 50
ADMIN_LABEL = "Lê Quản Trị"


def main() -> int:
    language = parse_language(__doc__)
    with screenshot_session(language, prefix="surplus-assets-safety-shots-") as shots:
        database = shots.home / "surplus_assets.sqlite3"
        backup = demo_database_with_backup(shots, database)
        shoot_backup_and_restore(shots, database, backup)
        shoot_startup_check_problems(shots, database)
        shoot_damaged_database_offer(shots, database)
    return 0


def demo_database_with_backup(shots: ScreenshotSession, database: Path) -> Any:
    """An administrator, 120 demo assets, an attachment; returns a backup of it all."""
    from surplus_assets.services.catalogue import AssetQuery
    from surplus_assets.services.demo import load_demo

    services = shots.open_services(f"sqlite:///{database}")
    services.users.create(username=ADMIN[0], full_name=ADMIN_LABEL, role="admin",
                          password=ADMIN[1])  # fmt: skip
    load_demo(services.context, services.units, count=120, seed=5)
    first_asset = services.catalogue.search_ids(AssetQuery(), limit=1)[0]
    attachment = shots.home / "quyet-dinh-dieu-chuyen.pdf"
    attachment.write_bytes(ATTACHMENT)
    services.attachments.attach(first_asset, attachment)  # as the system (demo data)
    backup = services.backup.create()
    services.close()
    return backup


def shoot_backup_and_restore(shots: ScreenshotSession, database: Path, backup: Any) -> None:
    """The backup dialog, encryption chosen, passphrase typed twice; then the restore
    confirmation once the backup has been checked."""
    from ui.dialogs.backup_dialog import BackupDialog
    from ui.dialogs.restore_dialog import RestoreDialog

    signed = shots.open_services(f"sqlite:///{database}").authenticate(*ADMIN)
    window = shots.main_window(settings_name="backup.ini", signed_in=signed, label=ADMIN_LABEL)
    dialog = BackupDialog(window, signed, encrypt=True)
    dialog.passphrase_edit.setText("ngua-o-phi-nuoc-dai")
    dialog.repeat_edit.setText("ngua-o-phi-nuoc-dai")
    dialog.show()
    shots.save(dialog, "backup-dialog")
    dialog.close()
    restore = RestoreDialog(window, backup)
    restore.show()
    shots.wait(restore.restore_button.isEnabled)
    shots.save(restore, "restore-confirmation")
    restore.close()
    window.close()
    signed.close()


def shoot_startup_check_problems(shots: ScreenshotSession, database: Path) -> None:
    """The check after start finds an edited audit row and a changed attachment file."""
    from surplus_assets.backup_file import blob_path
    from surplus_assets.paths import attachment_store_dir
    from ui import data_safety

    tampered = shots.home / "tampered.sqlite3"
    shutil.copyfile(database, tampered)
    connection = sqlite3.connect(tampered)
    connection.execute("UPDATE audit_events SET comment = 'sửa tay' WHERE id = "
                       "(SELECT min(id) FROM audit_events)")  # fmt: skip
    connection.commit()
    connection.close()
    blob = blob_path(attachment_store_dir(), hashlib.sha256(ATTACHMENT).hexdigest())
    original = blob.read_bytes()
    blob.write_bytes(b"changed")
    opened = shots.open_services(f"sqlite:///{tampered}")
    report = opened.integrity.check("quick")
    admin = opened.authenticate(*ADMIN)
    window = shots.main_window(settings_name="problems.ini", signed_in=admin, label=ADMIN_LABEL)
    problems = data_safety.show_report(window, report, at_start=True)
    shots.save(problems, "startup-check-problems")
    problems.close()
    window.close()
    opened.close()
    blob.write_bytes(original)


def shoot_damaged_database_offer(shots: ScreenshotSession, database: Path) -> None:
    """A database file cut short: the offer shown instead of a crash, before sign-in."""
    from ui.app import open_database_in_background

    damaged = shots.home / "damaged.sqlite3"
    shutil.copyfile(database, damaged)
    with open(damaged, "r+b") as handle:
        handle.truncate(damaged.stat().st_size // 2)
    window = shots.main_window(settings_name="damaged.ini")
    open_database_in_background(window, f"sqlite:///{damaged}")
    shots.wait(lambda: getattr(window, "safety_dialog", None) is not None)
    shots.save(window.safety_dialog, "damaged-database-offer")
    window.safety_dialog.hide()
    window.hide()


if __name__ == "__main__":
    sys.exit(main())
