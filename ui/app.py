"""The GUI entry point: `surplus-assets [--db URL] [--lang vi|en] [--verbose]`.

Start-up order matters for a fast, safe start: logging first (so everything after it is
recorded), then the QApplication, translators, the crash hooks and the main window, which is
shown before the database is opened. Opening (and migrating) the database runs in a worker;
the status bar fills in when it is done, and then the user signs in (ui.sign_in: on an empty
database the first-run dialog creates the administrator account first). Pages receive the
signed-in services only. Only PySide6.QtWidgets and what the first screen
needs are imported here: the services, SQLAlchemy and the report/spreadsheet libraries are
imported later, off the GUI thread or when the user asks for them.

Start-up probe (benchmarks, installer smoke test): SURPLUS_ASSETS_EXIT_AFTER_PAINT=1 quits
once the first page is painted with its data and prints the time since the process started
and the resident memory; see ui/startup_probe.py.

Environment: SURPLUS_ASSETS_DB (database URL or SQLite path) and SURPLUS_ASSETS_LANG
(vi|en) are used when the options are not given; otherwise the language saved in Settings,
Vietnamese by default, and the shared PostgreSQL database chosen in Settings (its password
from the OS keyring, or asked for when there is none), else the local SQLite file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from surplus_assets import APP_NAME, __version__
from surplus_assets.logging_setup import close_logging, redact, setup_logging
from ui import startup_trace  # early: where /proc is missing, its import starts the clock

if TYPE_CHECKING:
    from surplus_assets.errors import ServiceError

log = logging.getLogger(__name__)


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left for Qt: -style, -platform...)."""
    parser = argparse.ArgumentParser(
        prog="surplus-assets", description="Quản lý tài sản công dôi dư (Surplus Public Assets)"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("SURPLUS_ASSETS_DB") or None,
        help="database URL or SQLite file (default: $SURPLUS_ASSETS_DB, then the user data dir)",
    )
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=os.environ.get("SURPLUS_ASSETS_LANG") or None,
        help="interface language (default: $SURPLUS_ASSETS_LANG, then Settings, then vi)",
    )
    parser.add_argument("--verbose", action="store_true", help="write debug detail to the log")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, rest = parser.parse_known_args(list(argv))
    if args.lang not in (None, "vi", "en"):  # a bad environment value
        parser.error(f"SURPLUS_ASSETS_LANG must be vi or en, not {args.lang!r}")
    return args, rest


def database_at_start(db_option: str | None, settings: Any) -> tuple[str | None, bool]:
    """The database to open (None: the local file) and whether it is the shared one chosen
    in Settings: --db or SURPLUS_ASSETS_DB first, then the Settings choice."""
    from ui import preferences

    if db_option:
        return db_option, False
    shared = preferences.SHARED_DATABASE_URL.read(settings)
    return (shared, True) if shared else (None, False)


NEEDS_PASSWORD = object()  # the shared database's password is in no keyring: ask for it


def ask_database_password(window: Any, url: str) -> str | None:
    """The shared database's password, typed by the user (None: they cancelled)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("App", "Shared database"),
        QCoreApplication.translate("App", "Password for {url}:").format(url=url),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def settle_after_first_page(window: Any, services: Any) -> None:
    """Once the first page after sign-in is painted with its data: collect garbage again
    (ui/startup_gc.py), and read the unit registry (~14,000 units, ~0.1 s) in a worker. The
    unit pickers and the editor need it; the first page does without (it reads the unit
    names with its rows)."""
    from PySide6.QtCore import QCoreApplication

    from ui import startup_gc
    from ui.workers import run_in_background

    startup_gc.resume_once_shown(window)
    units = services.units

    def read_units() -> None:
        if not units.loaded:
            run_in_background(
                window, lambda _job: units.units,
                title=QCoreApplication.translate("App", "Reading the administrative units"),
                on_failure=lambda error: log.warning("Unit registry not read: %s", error.message),
                show_progress=False,
            )  # fmt: skip

    window.after_current_page_painted(read_units, at_the_latest_ms=2000)


def open_database_in_background(
    window: Any, url: str | None, *, shared: bool = False, password: str | None = None
) -> None:
    """Open (and migrate) the database in a worker, show it in the status bar, sign in.

    `shared`: `url` is the password-less shared database from Settings; its password comes
    from `password`, else the OS keyring, else the user is asked."""
    from PySide6.QtCore import QCoreApplication

    from ui import startup_probe
    from ui.workers import Job, run_in_background

    def open_it(job: Job) -> Any:
        try:
            from surplus_assets.services import open_services
        except ImportError:
            log.warning("surplus_assets.services.open_services is not available yet")
            return None
        if shared and url is not None:
            from surplus_assets.services.shared_database import connection_url, load_password

            if password is None and load_password(url) is None:
                return NEEDS_PASSWORD
            services = open_services(connection_url(url, password))
        else:
            services = open_services(url)
        startup_trace.mark("database open")
        # Sign-in and the first page need these services and the core translations (role
        # names): import and parse them here rather than on the GUI thread. The unit
        # registry waits until the first page is painted (settle_after_first_page).
        from surplus_assets import i18n

        services.users  # noqa: B018 (cached properties: import argon2, the users module,
        services.catalogue  # noqa: B018 the catalogue, asked for its count on the GUI thread,
        services.statistics  # noqa: B018 and the dashboard's figures)
        i18n._("Administrator")
        startup_trace.mark("services built")
        return services

    def opened(services: Any) -> None:
        if services is None:
            return
        if services is NEEDS_PASSWORD:
            typed = ask_database_password(window, str(url))
            if typed is not None:
                open_database_in_background(window, url, shared=True, password=typed)
            return
        from ui.sign_in import start_sign_in

        context = window.context
        context.sign_in_services = services
        context.database_label = services.database_label
        context.count_assets = services.catalogue.count_assets
        log.info("Database open: %s", redact(services.database_label))
        window.context_changed()
        from ui.startup_safety import StartupChecks

        window.startup_checks = StartupChecks(window, services)  # check, then daily backup
        if startup_probe.requested():
            startup_probe.sign_in(window, services)
            settle_after_first_page(window, services)
            return
        from ui.dialogs.first_start_dialog import offer_if_empty

        def after_sign_in() -> None:
            settle_after_first_page(window, services)
            offer_if_empty(window)
            window.startup_checks.signed_in()

        start_sign_in(window, services, after=after_sign_in)

    def failed(error: ServiceError) -> None:
        from surplus_assets.db.file_check import DatabaseDamagedError

        if isinstance(error, DatabaseDamagedError):  # the offer to restore, not a dead end
            from ui.startup_safety import offer_restore_when_damaged

            offer_restore_when_damaged(window, error, url, shared=shared)
            return
        from ui.dialogs.error_dialog import show_error

        show_error(window, error, title=QCoreApplication.translate("App", "Opening the database…"))

    run_in_background(
        window,
        open_it,
        title=QCoreApplication.translate("App", "Opening the database…"),
        on_success=opened,
        on_failure=failed,
        cancellable=False,
    )


def set_window_icon(app: Any) -> None:
    """The application icon for every window (the executables carry it on Windows/macOS)."""
    from PySide6.QtGui import QIcon

    from surplus_assets.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons/surplus-assets.png"))))


def main(argv: Sequence[str] | None = None) -> int:
    from ui import startup_gc

    startup_gc.pause()  # until the first page is shown: see ui/startup_gc.py
    startup_trace.mark("main")
    args, qt_args = parse_arguments(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging(verbose=args.verbose)

    from PySide6.QtCore import QThreadPool

    from ui.pyside_import_hook import skip_source_scan

    skip_source_scan()  # before the services' imports go through PySide6's import hook

    # Import the core services (SQLAlchemy, the models: ~0.3 s) while the window is built;
    # the worker that opens the database then finds them ready. Not earlier: importing
    # while PySide6.QtCore installs its import hook can fail.
    def preload() -> None:
        importlib.import_module("surplus_assets.services")
        startup_trace.mark("services imported")

    threading.Thread(target=preload,
                     name="preload-services", daemon=True).start()  # fmt: skip
    from PySide6.QtWidgets import QApplication

    from surplus_assets import i18n
    from ui import none_guard, preferences, startup_probe
    from ui.app_context import AppContext
    from ui.crash_handler import install_exception_hooks
    from ui.main_window import MainWindow
    from ui.translations import install_translators, remove_translators

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    if none_guard.install(app):  # PySide6 6.12.0 on Python 3.11: see ui/none_guard.py
        log.info("Guarding None against the references PySide6 loses")
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    reporter = install_exception_hooks(log_path)
    set_window_icon(app)

    try:
        settings = preferences.open_settings()
        language = args.lang or preferences.LANGUAGE.read(settings)
        i18n.set_language(language)
        translators = install_translators(app, language)
        log.info("Interface language %s, settings in %s", language, settings.fileName())

        context = AppContext(
            settings=settings, log_path=log_path, language=language, require_sign_in=True
        )
        window = MainWindow(context)
        startup_gc.resume_at_the_latest(window)
        reporter.parent_widget = window
        window.show()
        startup_trace.mark("window shown")
        if startup_probe.requested():
            startup_probe.install(window, app)
        url, shared = database_at_start(args.db, settings)
        open_database_in_background(window, url, shared=shared)
    except Exception as error:  # no window yet: show the crash dialog before leaving
        startup_gc.resume()
        code = reporter.show_now(error)
        reporter.uninstall()
        close_logging()
        return code

    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)  # no job may outlive the database
        opened = context.sign_in_services or context.services
        if opened is not None:
            opened.close()  # signed-in services share its database
        reporter.uninstall()
        remove_translators(app, translators)
        log.info("%s closed", APP_NAME)
        close_logging()


if __name__ == "__main__":
    sys.exit(main())
