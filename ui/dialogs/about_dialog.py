"""Help ▸ About: what this copy is, where its data is, and under which licences it ships.

Three tabs: About (version, build date, database, data and log folders, the MIT licence
line), Licence (the LICENSE text), Third-party licences (THIRD_PARTY_NOTICES.md, generated
by tools/third_party_notices.py from the locked dependencies). The build date comes from
the bundle's build_info.json (written by build.spec); a run from the source code says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from surplus_assets import __version__
from surplus_assets.paths import data_dir, shipped_document
from ui.app_context import AppContext

NOTICES = "THIRD_PARTY_NOTICES.md"
LICENCE = "LICENSE"
BUILD_INFO = "build_info.json"


def build_info() -> dict[str, str] | None:
    """The bundle's build facts ({"built_at": ISO time, "version": ...}), None from source."""
    path = shipped_document(BUILD_INFO)
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Surplus Assets"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("aboutTabs")
        self.tabs.addTab(self._about_tab(context), self.tr("&About"))
        self.tabs.addTab(self._licence_tab(), self.tr("&Licence"))
        self.tabs.addTab(self._notices_tab(), self.tr("&Third-party licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(760, 560)

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _about_tab(self, context: AppContext) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Surplus Public Assets {version}").format(version=__version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(
            self.tr(
                "Catalogue of surplus public assets after the reorganisation of "
                "administrative units, handling proposals and signed reports."
            )
        )
        summary.setWordWrap(True)
        info = build_info()
        built = (
            info.get("built_at", "")
            if info
            else self.tr("run from the source code (not an installed build)")
        )
        log_path = context.log_path
        log_folder = str(log_path.parent) if log_path is not None else self.tr("Logging is off")
        form = QFormLayout()
        self.version_label = self._value(__version__, "aboutVersion")
        self.build_label = self._value(built, "aboutBuildDate")
        self.database_label = self._value(
            context.database_label or self.tr("No database is open."), "aboutDatabase"
        )
        self.data_label = self._value(str(data_dir()), "aboutDataFolder")
        self.log_label = self._value(log_folder, "aboutLogFolder")
        self.licence_label = self._value(
            self.tr(
                "MIT licence. The bundled components keep their own licences: see the "
                "“Third-party licences” tab."
            ),
            "aboutLicence",
        )
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Build date:"), self.build_label)
        form.addRow(self.tr("Database:"), self.database_label)
        form.addRow(self.tr("Data folder:"), self.data_label)
        form.addRow(self.tr("Log folder:"), self.log_label)
        form.addRow(self.tr("Licence:"), self.licence_label)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _missing(self, name: str) -> str:
        return self.tr("{file} is not installed with this copy of the application.").format(
            file=name
        )

    def _licence_tab(self) -> QWidget:
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        path = shipped_document(LICENCE)
        self.licence_text.setPlainText(
            path.read_text(encoding="utf-8") if path is not None else self._missing(LICENCE)
        )
        return self.licence_text

    def _notices_tab(self) -> QWidget:
        self.notices = QTextBrowser()
        self.notices.setObjectName("noticesText")
        self.notices.setOpenExternalLinks(True)
        path: Path | None = shipped_document(NOTICES)
        if path is not None:
            self.notices.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.notices.setPlainText(self._missing(NOTICES))
        return self.notices
