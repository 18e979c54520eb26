"""First start on an empty database: load demo data, or start empty.

Shown once the database is open if it holds no asset and the user has not declined before
(preference first_start_declined). Loading the demo runs services.demo.load_demo in a worker
with a progress bar and Cancel; cancelling rolls the whole load back (one transaction).
Starting empty, or closing the dialog, is remembered, so the offer never comes back.
"Import a spreadsheet…" (for roles that may import) closes the offer the same way and opens
the import wizard (ui.dialogs.import_wizard) on the main window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.permissions import Permission
from ui import preferences
from ui.app_context import AppContext
from ui.figures_format import count_text
from ui.permissions import actor_of, may
from ui.workers import BackgroundOperation, Job, run_in_background

translate = QCoreApplication.translate
DEMO_ASSETS = 2000
DEMO_SEED = 1
DEMO_BATCH = 100  # rows per insert, so the progress bar moves and Cancel is heard quickly


class FirstStartDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome"))
        # Closing the main window quits even while the offer is open (nothing is recorded).
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.context = context
        self.loaded_count: int | None = None
        self.operation: BackgroundOperation[int] | None = None

        heading = QLabel(self.tr("The database has no assets yet"))
        heading.setObjectName("firstStartHeading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "You can try the application with demo data: {count} realistic assets "
                "(headquarters, official housing, cars and equipment) of the former communes "
                "of one province. Demo records have codes containing DEMO. Or start with an "
                "empty catalogue and record your own assets."
            ).format(count=count_text(DEMO_ASSETS))
        )
        intro.setWordWrap(True)

        self.province_combo = QComboBox()
        self.province_combo.setObjectName("demoProvinceCombo")
        self.province_combo.setAccessibleName(self.tr("Province of the demo data"))
        from surplus_assets.services.demo import DEFAULT_PROVINCE

        for unit in context.services.units.provinces():
            self.province_combo.addItem(unit.name, unit.id)
        self.province_combo.setCurrentIndex(self.province_combo.findData(DEFAULT_PROVINCE))
        form = QFormLayout()
        form.addRow(self.tr("&Province of the demo data:"), self.province_combo)

        self.progress = QProgressBar()
        self.progress.setObjectName("demoProgress")
        self.progress.setRange(0, DEMO_ASSETS)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("firstStartStatus")
        self.status_label.setWordWrap(True)

        self.demo_button = QPushButton(self.tr("Load &demo data"))
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button = QPushButton(self.tr("Start &empty"))
        self.empty_button.setObjectName("startEmptyButton")
        self.empty_button.clicked.connect(self.reject)
        self.wants_import = False
        self.import_button = QPushButton(self.tr("&Import a spreadsheet…"))
        self.import_button.setObjectName("importSpreadsheetButton")
        self.import_button.clicked.connect(self.choose_import)
        actor = actor_of(context)
        self.import_button.setVisible(
            may(actor, Permission.IMPORT_DATA) and may(actor, Permission.EDIT_ASSETS)
        )
        self.cancel_button = QPushButton(self.tr("&Cancel loading"))
        self.cancel_button.setObjectName("cancelDemoButton")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_loading)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.import_button, self.empty_button,
                       self.demo_button):  # fmt: skip
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    # --- demo data -------------------------------------------------------------------------

    def load_demo(self) -> None:
        from surplus_assets.services.demo import load_demo

        services = self.context.services
        province_id = self.province_combo.currentData()
        text = self.tr("Loading demo assets…")

        def run(job: Job) -> int:
            def progress(done: int, total: int) -> None:
                job.check_cancelled()  # raises: the transaction rolls back
                job.report(done, total, text)

            return load_demo(services.context, services.units, count=DEMO_ASSETS,
                             seed=DEMO_SEED, province_id=province_id, progress=progress,
                             batch=DEMO_BATCH)  # fmt: skip

        self._set_busy(True)
        self.status_label.setText(text)
        self.operation = run_in_background(
            self, run, title=self.tr("Loading demo data"), on_success=self._loaded,
            on_failure=self._failed, on_cancelled=self._cancelled, show_progress=False,
        )  # fmt: skip
        self.operation.progressed.connect(self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel_loading(self) -> None:
        if self.operation is not None:
            self.status_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            self.operation.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.demo_button, self.empty_button, self.import_button,
                       self.province_combo):  # fmt: skip
            widget.setEnabled(not busy)

    def _loaded(self, count: int) -> None:
        self.operation = None
        self.loaded_count = count
        self._set_busy(False)
        self.accept()

    def _failed(self, error: Any) -> None:
        self.operation = None
        self._set_busy(False)
        self.status_label.setText(error.message)

    def _cancelled(self) -> None:
        self.operation = None
        self._set_busy(False)
        self.status_label.setText(self.tr("Loading was cancelled; nothing was added."))

    # --- closing ---------------------------------------------------------------------------

    def choose_import(self) -> None:
        """Close the offer (remembered, like starting empty); the caller opens the wizard."""
        self.wants_import = True
        self.reject()

    def reject(self) -> None:
        if self.operation is not None:  # Esc while loading cancels the load, not the dialog
            self.cancel_loading()
            return
        preferences.FIRST_START_DECLINED.write(self.context.settings, True)
        super().reject()


def offer_if_empty(window: Any) -> None:
    """After the database opened: show the dialog if it is empty and not declined before."""
    context: AppContext = window.context
    if context.services is None or preferences.FIRST_START_DECLINED.read(context.settings):
        return
    count = context.services.catalogue.count_assets

    def show_if_empty(found: int) -> None:
        if found or not window.isVisible():  # the window may have closed while counting
            return
        dialog = FirstStartDialog(context, window)
        window.first_start_dialog = dialog

        def finished(result: int) -> None:
            if dialog.loaded_count:
                window.statusBar().showMessage(
                    translate("FirstStartDialog", "Loaded {count} demo assets.").format(
                        count=count_text(dialog.loaded_count)), 8000)  # fmt: skip
                window.context_changed()
            if dialog.wants_import:
                from ui.spreadsheet_actions import open_import_wizard

                window.import_wizard = open_import_wizard(
                    window, context.services, on_imported=lambda _s: window.context_changed()
                )

        dialog.finished.connect(finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    run_in_background(window, lambda job: count(),
                      title=translate("FirstStartDialog", "Counting assets"),
                      on_success=show_if_empty, show_progress=False)  # fmt: skip
