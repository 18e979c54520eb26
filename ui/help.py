"""Open the user guide at a section: Help ▸ User guide (F1) and the "?" buttons of dialogs.

    open_help("sign-dialog")            # the section ui.help_topics.TOPICS names
    add_help_button(button_box, "import-wizard")

One viewer window for the whole application (shown again and raised when asked twice), in
the interface's language (surplus_assets.i18n.current_language). It is a top-level window
without a parent, so that a modal dialog that asked for help does not block it, and it does
not keep the application running once the main window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QStyle, QWidget

from surplus_assets import i18n
from ui.dialogs.help_viewer import HelpViewer
from ui.help_topics import guide_dir, guide_language, topic_target

_viewer: HelpViewer | None = None


def current_viewer() -> HelpViewer | None:
    return _viewer


def open_help(topic: str = "guide", parent: QWidget | None = None) -> HelpViewer | None:
    """Show the guide's section for `topic`; None (after saying so) if the guide is missing."""
    global _viewer
    language = guide_language(i18n.current_language())
    guide = guide_dir(language)
    if guide is None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Help", "User guide"),
            QCoreApplication.translate(
                "Help",
                "The user guide is not installed with this copy of the application. "
                "It is in the docs/user-guide folder of the source code.",
            ),
        )
        return None
    if _viewer is None or _viewer.guide != guide:
        if _viewer is not None:
            _viewer.close()
            _viewer.deleteLater()
        _viewer = HelpViewer(guide)
    target = topic_target(topic, language)
    _viewer.show_chapter(target.chapter, target.anchor)
    _viewer.show()
    _viewer.raise_()
    _viewer.activateWindow()
    return _viewer


def close_help() -> None:
    """Close the viewer (the main window does when it closes)."""
    global _viewer
    if _viewer is not None:
        _viewer.close()
        _viewer.deleteLater()
        _viewer = None


def help_button(topic: str, window: QWidget) -> QPushButton:
    """A "?" button that opens the guide at `topic`'s section; F1 in `window` does too."""
    button = QPushButton(
        window.style().standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton),
        QCoreApplication.translate("Help", "&Help"),
        window,
    )
    button.setObjectName("helpButton")
    button.setToolTip(QCoreApplication.translate("Help", "Open the user guide at this topic (F1)"))
    button.setAutoDefault(False)
    button.clicked.connect(lambda: open_help(topic, window))
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: open_help(topic, window))
    return button


def add_help_button(buttons: QDialogButtonBox, topic: str, window: QWidget) -> QPushButton:
    """Put the help button in a dialog's button box (on the side the platform puts Help)."""
    button = help_button(topic, window)
    buttons.addButton(button, QDialogButtonBox.ButtonRole.HelpRole)
    return button
