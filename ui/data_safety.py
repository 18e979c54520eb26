"""Data safety in the GUI: Tools ▸ Back up now…, Restore from backup…, Check database.

    add_safety_actions(window, tools_menu); update_safety_actions(window)   # MAINTAIN only
    back_up_now(window)                      # BackupDialog → services.backup.create
    restore_from_backup(window)              # choose file → RestoreDialog → restore_and_reopen
    check_database(window, "quick"|"full")   # worker → SafetyOfferDialog with the result
    show_restore_dialog(window, path, url=..., actor=...)   # also used before sign-in

How a restore runs (the cleanest safe option): services.restore needs the database closed,
and the restored database may hold other accounts and roles than the one signed in. So the
GUI does what a restart would, without quitting: it closes every dialog and page, waits for
background jobs to finish, closes the database, restores in a worker (which verifies the
backup again and keeps the current database as a copy first), then opens the restored
database the way start-up does (ui.app.open_database_in_background): status bar, the
start-up check, and sign-in against the restored accounts. If the restore is refused (the
backup changed since it was checked), the untouched current database is opened again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from surplus_assets.domain.permissions import Permission
from surplus_assets.errors import ServiceError
from ui import file_dialogs, preferences
from ui.permissions import actor_of, apply_permissions, may
from ui.workers import BackgroundOperation, Job, run_in_background

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
JOBS_TIMEOUT_MS = 30_000  # background jobs must end before the database is closed


def add_safety_actions(window: Any, tools_menu: QMenu) -> None:
    window.backup_action = QAction(translate("DataSafety", "&Back up now…"), window)
    window.backup_action.setObjectName("backupAction")
    window.backup_action.triggered.connect(lambda: back_up_now(window))
    window.restore_action = QAction(translate("DataSafety", "&Restore from backup…"), window)
    window.restore_action.setObjectName("restoreAction")
    window.restore_action.triggered.connect(lambda: restore_from_backup(window))
    window.check_database_action = QAction(translate("DataSafety", "&Check database"), window)
    window.check_database_action.setObjectName("checkDatabaseAction")
    window.check_database_action.triggered.connect(lambda: check_database(window))
    for action in (window.backup_action, window.restore_action, window.check_database_action):
        tools_menu.addAction(action)


def update_safety_actions(window: Any) -> None:
    """Backing up, restoring and checking need the MAINTAIN permission (domain.permissions)."""
    services = window.context.services
    apply_permissions(
        {
            Permission.MAINTAIN: [
                window.backup_action,
                window.restore_action,
                window.check_database_action,
            ]
        },
        actor_of(window.context) if services is not None else None,
    )


def _allowed(window: Any) -> bool:
    return window.context.services is not None and may(
        actor_of(window.context), Permission.MAINTAIN
    )


def _tell(window: Any, text: str) -> None:
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(text, 10_000)


# --- back up ----------------------------------------------------------------------------------


def back_up_now(window: Any) -> Any:
    from ui.dialogs.backup_dialog import BackupDialog

    if not _allowed(window):
        return None
    encrypt = preferences.ENCRYPT_BACKUPS.read(window.context.settings)
    dialog = BackupDialog(window, window.context.services, encrypt=encrypt)
    dialog.backedUp.connect(
        lambda path: _tell(
            window, translate("DataSafety", "Backup written: {path}").format(path=path)
        )
    )
    window.backup_dialog = dialog
    dialog.open()
    return dialog


# --- check ------------------------------------------------------------------------------------


def check_database(window: Any, mode: str = "quick") -> BackgroundOperation[Any] | None:
    if not _allowed(window):
        return None
    integrity = window.context.services.integrity

    def check(job: Job) -> Any:
        return integrity.check(mode, progress=lambda label: job.report(0, 0, label))

    return run_in_background(
        window,
        check,
        title=translate("DataSafety", "Checking the database…"),
        on_success=lambda report: show_report(window, report, at_start=False),
        cancellable=False,
    )


def show_report(window: Any, report: Any, *, at_start: bool) -> Any:
    """The result of a check; with problems, the offer to restore (MAINTAIN only)."""
    from ui.dialogs.safety_offer_dialog import SafetyOfferDialog

    latest = (
        (report.latest_backup, report.latest_backup_date or "")
        if report.latest_backup is not None
        else None
    )
    if report.ok:
        message = translate(
            "DataSafety", "No problem found. Checked: {checked} ({seconds} s)."
        ).format(checked=", ".join(report.checked), seconds=f"{report.seconds:.1f}")
    elif at_start:
        message = translate(
            "DataSafety",
            "The check after start found problems in the data. Restoring the latest good "
            "backup puts back the data as it was then; changes made since are kept in the "
            "copy of the current database.",
        )
    else:
        message = translate("DataSafety", "The check found problems in the data.")
    dialog = SafetyOfferDialog(
        window,
        title=translate("DataSafety", "Database check"),
        message=message,
        problems=report.problems,
        latest=latest,
        can_restore=_allowed(window),
        close_text=translate("DataSafety", "Continue anyway") if at_start else "",
        offer_full_check=not at_start and report.mode != "full",
    )
    actor = window.context.services.actor if window.context.services is not None else None
    dialog.restoreRequested.connect(
        lambda path: show_restore_dialog(window, path, url=_current_url(window), actor=actor)
    )
    dialog.fullCheckRequested.connect(lambda: check_database(window, "full"))
    window.safety_dialog = dialog
    dialog.open()
    return dialog


# --- restore ----------------------------------------------------------------------------------


def _current_url(window: Any) -> str | None:
    services = window.context.sign_in_services or window.context.services
    return str(services.db.url) if services is not None else None


def restore_from_backup(window: Any) -> Any:
    from surplus_assets.paths import backup_dir

    if not _allowed(window):
        return None
    path = file_dialogs.ask_open_path(
        window,
        translate("DataSafety", "Restore from a backup"),
        translate("DataSafety", "Surplus Assets backups (*.sabackup *.sqlite3);;All files (*)"),
        directory=str(backup_dir()),
    )
    if path is None:
        return None
    return show_restore_dialog(
        window, path, url=_current_url(window), actor=window.context.services.actor
    )


def show_restore_dialog(
    window: Any, path: Path, *, url: str | None, actor: Any = None, shared: bool = False
) -> Any:
    """Check `path`, show what it holds, and restore it over the database at `url` once
    confirmed. `actor` is who restores (None: nobody could sign in, the database is
    damaged: the restore is recorded as the system's)."""
    from surplus_assets.services.restore import sqlite_path
    from ui.dialogs.restore_dialog import RestoreDialog

    try:
        sqlite_path(url)  # a PostgreSQL server is restored on the server: say so now
    except ServiceError as error:
        from ui.dialogs.error_dialog import show_error

        return show_error(window, error, title=translate("DataSafety", "Restore from a backup"))
    dialog = RestoreDialog(window, path)
    dialog.restoreConfirmed.connect(
        lambda source, passphrase: restore_and_reopen(
            window, source, passphrase, url=url, actor=actor, shared=shared
        )
    )
    window.restore_dialog = dialog
    dialog.open()
    return dialog


def close_database(window: Any) -> bool:
    """Close every page and dialog and the database; False if jobs would not finish."""
    context = window.context
    opened = context.sign_in_services or context.services
    window.database_closed()
    if not QThreadPool.globalInstance().waitForDone(JOBS_TIMEOUT_MS):
        return False
    if opened is not None:
        opened.close()
    return True


def restore_and_reopen(
    window: Any,
    source: Path,
    passphrase: str | None,
    *,
    url: str | None,
    actor: Any = None,
    shared: bool = False,
) -> BackgroundOperation[Any] | None:
    from surplus_assets.services.context import SYSTEM_ACTOR
    from surplus_assets.services.restore import restore_database
    from ui.app import open_database_in_background

    if not close_database(window):
        from ui.dialogs.error_dialog import show_error

        message = translate(
            "DataSafety",
            "Background work is still running: the backup was not restored. Try again in a moment.",
        )
        show_error(window, message)
        open_database_in_background(window, url, shared=shared)
        return None
    who = actor if actor is not None else SYSTEM_ACTOR

    def restore(job: Job) -> Any:
        return restore_database(source, url=url, passphrase=passphrase, actor=who)

    def restored(result: Any) -> None:
        log.info("restored %s from %s", result.database, source)
        box = _tell_restored(window, result)  # then sign in to the restored database
        box.finished.connect(lambda _r: open_database_in_background(window, url, shared=shared))

    def refused(error: ServiceError) -> None:
        from ui.dialogs.error_dialog import show_error

        window.restore_error = show_error(
            window, error, title=translate("DataSafety", "The backup was not restored")
        )
        open_database_in_background(window, url, shared=shared)  # it is untouched

    return run_in_background(
        window,
        restore,
        title=translate("DataSafety", "Restoring the backup…"),
        on_success=restored,
        on_failure=refused,
        cancellable=False,
    )


def _tell_restored(window: QWidget, result: Any) -> QMessageBox:
    from ui.dialogs.restore_dialog import contents_text

    text = translate("DataSafety", "The backup was restored: {contents}.").format(
        contents=contents_text(result.row_counts)
    )
    if result.previous_copy is not None:
        text += "\n" + translate(
            "DataSafety", "The database as it was before is kept in {path}."
        ).format(path=result.previous_copy)
    _tell(window, text.splitlines()[0])
    box = QMessageBox(window)
    box.setObjectName("restoredMessage")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("DataSafety", "Restore from a backup"))
    box.setText(text)
    box.open()
    window.restored_message = box  # type: ignore[attr-defined]
    return box
