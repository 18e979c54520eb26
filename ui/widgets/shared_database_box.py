"""Settings page: the shared PostgreSQL database (host, port, database, user, password).

Test connects in a worker and shows services.shared_database.test_connection()'s diagnosis.
"Use this database" remembers the URL WITHOUT its password as a preference (the application
opens it at the next start, unless --db or SURPLUS_ASSETS_DB says otherwise) and puts the
password in the OS keyring; without a keyring the password is not remembered at all and is
asked at each start. "Use the local database" forgets the shared one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from surplus_assets.errors import ServiceError
from ui import preferences
from ui.dialogs.asset_form import ERROR_STYLE
from ui.workers import Job, run_in_background

OK_STYLE = "color: #1b5e20;"
DEFAULT_PORT = 5432


class SharedDatabaseBox(QGroupBox):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Shared database (PostgreSQL)"))
        self.setObjectName("sharedDatabaseBox")
        self.settings = settings
        self.busy = False
        intro = QLabel(
            self.tr(
                "Several computers can work on one PostgreSQL database on the office network. "
                "Leave this empty to keep working on the database of this computer."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setObjectName("pgHost")
        self.host.setPlaceholderText(self.tr("e.g. csdl.stc.local"))
        self.port = QSpinBox()
        self.port.setObjectName("pgPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("pgDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("pgUser")
        self.password = QLineEdit()
        self.password.setObjectName("pgPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system's password store"))
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_buttons)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnectionButton")
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("&Use this database"))
        self.use_button.setObjectName("useSharedButton")
        self.use_button.clicked.connect(self.use)
        self.local_button = QPushButton(self.tr("Use the &local database"))
        self.local_button.setObjectName("useLocalButton")
        self.local_button.clicked.connect(self.use_local)
        self.result = QLabel()
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.next_start = QLabel()
        self.next_start.setObjectName("nextStartLabel")
        self.next_start.setWordWrap(True)

        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(QLabel(self.tr("Port:")))
        server_row.addWidget(self.port)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(intro)
        server_label = QLabel(self.tr("&Server:"))
        server_label.setBuddy(self.host)
        form.addRow(server_label, server_row)
        form.addRow(self.tr("Data&base:"), self.database)
        form.addRow(self.tr("User na&me:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(buttons)
        form.addRow(self.result)
        form.addRow(self.next_start)
        self._fill_from_preference()
        self._update_buttons()

    # ---- fields --------------------------------------------------------------------------

    def _fill_from_preference(self) -> None:
        saved = preferences.SHARED_DATABASE_URL.read(self.settings)
        if saved:
            from surplus_assets.services.shared_database import url_fields

            fields = url_fields(saved)
            self.host.setText(fields["host"])
            self.port.setValue(int(fields["port"]))
            self.database.setText(fields["database"])
            self.user.setText(fields["user"])
        self._show_next_start()

    def url(self) -> str:
        """The URL the fields describe, without the password."""
        from surplus_assets.services.shared_database import postgres_url

        return postgres_url(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def _complete(self) -> bool:
        return all(e.text().strip() for e in (self.host, self.database, self.user))

    def _update_buttons(self) -> None:
        ready = self._complete() and not self.busy
        self.test_button.setEnabled(ready)
        self.use_button.setEnabled(ready)
        self.local_button.setEnabled(
            not self.busy and bool(preferences.SHARED_DATABASE_URL.read(self.settings))
        )

    def _show_next_start(self) -> None:
        saved = preferences.SHARED_DATABASE_URL.read(self.settings)
        self.next_start.setText(
            self.tr("At the next start the application opens {url}.").format(url=saved)
            if saved
            else self.tr("At the next start the application opens the database of this computer.")
        )

    def _say(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.setText(text)

    # ---- actions -------------------------------------------------------------------------

    def test(self) -> None:
        url, password = self.url(), self.password.text() or None

        def check(job: Job) -> Any:
            from surplus_assets.services.shared_database import test_connection

            return test_connection(url, password)

        self.busy = True
        self._update_buttons()
        self._say(self.tr("Connecting…"), True)
        run_in_background(
            self,
            check,
            title=self.tr("Testing the connection"),
            on_success=self._tested,
            on_failure=self._failed,
        )

    def _tested(self, report: Any) -> None:
        self.busy = False
        self._say(report.message, report.ok)
        self._update_buttons()

    def use(self) -> None:
        from surplus_assets.services.shared_database import url_without_password

        url = url_without_password(self.url())  # never a password in the settings file
        password = self.password.text()
        self.password.clear()
        preferences.SHARED_DATABASE_URL.write(self.settings, url)
        self.settings.sync()
        self._show_next_start()
        if not password:
            self._say(self.tr("Saved. The new database is used after a restart."), True)
            self._update_buttons()
            return

        def remember(job: Job) -> None:
            from surplus_assets.services.shared_database import save_password

            save_password(url, password)

        self.busy = True
        self._update_buttons()
        run_in_background(
            self,
            remember,
            title=self.tr("Saving the password"),
            on_success=self._remembered,
            on_failure=self._failed,
        )

    def _remembered(self, _result: None) -> None:
        self.busy = False
        self._say(
            self.tr(
                "Saved, with the password in the system's password store. The new "
                "database is used after a restart."
            ),
            True,
        )
        self._update_buttons()

    def use_local(self) -> None:
        preferences.SHARED_DATABASE_URL.write(self.settings, "")
        self.settings.sync()
        self._show_next_start()
        self._say(self.tr("The database of this computer is used after a restart."), True)
        self._update_buttons()

    def _failed(self, error: ServiceError) -> None:
        self.busy = False
        self._say(error.message, False)
        self._update_buttons()
