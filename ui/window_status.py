"""The main window's status bar: the database, the signed-in user and the number of assets
(a mixin of ui.main_window.MainWindow).

    window.refresh_status(recount=True)   # after the database or the user changed
    window.database_status / user_status / count_status   # the three permanent labels

The count runs in a worker, and only once the current page is painted with its data (decision
0005: the first rows do not wait for it), or after 2 s if the page shows none. It is shown to
signed-in users only. Strings are translated in the window's context ("MainWindow"), which
the .ts catalogue is keyed by.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ui.workers import Job, run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from surplus_assets.errors import ServiceError
    from ui.app_context import AppContext

    _Window = QMainWindow  # what the mixin is mixed into, for the type checker
else:
    _Window = object

translate = QCoreApplication.translate


class WindowStatus(_Window):
    """The status bar's labels and what they show (see the module docstring)."""

    # Provided by MainWindow.
    context: AppContext
    waiting_label: QLabel

    if TYPE_CHECKING:

        def _waiting_for_sign_in(self) -> bool: ...
        def after_current_page_painted(
            self, callback: Callable[[], object], at_the_latest_ms: int = 0
        ) -> None: ...

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.user_status = QLabel()
        self.user_status.setObjectName("userStatus")
        self.count_status = QLabel()
        self._counting: Callable[[], int] | None = None  # what the shown count came from
        self.count_status.setObjectName("assetCountStatus")
        for label in (self.database_status, self.user_status, self.count_status):
            label.setContentsMargins(6, 0, 6, 0)
            status.addPermanentWidget(label)

    def refresh_status(self, *, recount: bool = True) -> None:
        """Show the database, the user and (counted in a worker) the number of assets."""
        ctx = self.context
        self.waiting_label.setText(
            translate("MainWindow", "Sign in to see the register.")
            if ctx.database_label
            else translate("MainWindow", "Opening the database…")
        )
        self.database_status.setText(
            translate("MainWindow", "Database: {name}").format(name=ctx.database_label)
            if ctx.database_label
            else translate("MainWindow", "No database open")
        )
        self.user_status.setText(
            translate("MainWindow", "User: {name}").format(name=ctx.user_name)
            if ctx.user_name
            else translate("MainWindow", "Not signed in")
        )
        if ctx.count_assets is None:
            self._counting = None
            self.count_status.setText(translate("MainWindow", "Assets: —"))
            self.count_status.setToolTip(translate("MainWindow", "No database open"))
            return
        if self._waiting_for_sign_in():  # the register's size is shown to signed-in users only
            self._counting = None  # count again for whoever signs in next
            self.count_status.setText(translate("MainWindow", "Assets: —"))
            self.count_status.setToolTip("")
            return
        count = ctx.count_assets
        if not recount and self._counting is count:
            return  # shown already, or on its way
        self._counting = count
        self.count_status.setText(translate("MainWindow", "Counting assets…"))

        def count_in_worker(job: Job) -> int:
            return count()

        def start() -> None:
            if self._counting is count and self.context.count_assets is count:  # not closed
                run_in_background(self, count_in_worker,
                                  title=translate("MainWindow", "Counting assets"),
                                  on_success=self._show_count, on_failure=self._count_failed,
                                  show_progress=False)  # fmt: skip

        self.after_current_page_painted(start, at_the_latest_ms=2000)  # the page's data first

    def _show_count(self, count: int) -> None:
        self.count_status.setText(translate("MainWindow", "%Ln asset(s)", "", count))
        self.count_status.setToolTip("")

    def _count_failed(self, error: ServiceError) -> None:
        self._counting = None
        self.count_status.setText(translate("MainWindow", "Assets: unavailable"))
        self.count_status.setToolTip(error.message)
