"""Installing the Qt translators for the interface language.

Three sources, in this order of precedence:
- ui_<lang>.qm: our own interface strings (resources/translations/ui_<lang>.ts, built by
  tools/build_translations.py);
- qtbase_<lang>.qm: Qt's own strings (button boxes, context menus, the progress dialog).
  PySide6 ships qtbase_en but no Vietnamese one, so resources/translations/qtbase_vi.ts holds
  ours for the Qt strings this application shows; PySide6's translations folder is the
  fallback for other languages.
A missing .qm is not fatal: the interface falls back to the English source strings and a
warning is logged (run tools/build_translations.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
SUPPORTED_LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def translations_dir() -> Path | None:
    from surplus_assets.paths import resource_path

    try:
        return resource_path("translations")
    except FileNotFoundError:
        return None


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        path = folder / f"{name}.qm"
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
            log.warning("Could not load translation %s", path)
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; returns them (keep them alive; pass them to
    remove_translators to undo). English needs ui_en.qm only for plural forms."""
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
            QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedKingdom,
        )
    )
    ours = translations_dir()
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    own_folders = [ours] if ours is not None else []
    installed: list[QTranslator] = []
    for name, folders in (
        (f"qtbase_{language}", [*own_folders, qt_dir]),
        (f"ui_{language}", own_folders),
    ):
        translator = _load(name, folders)
        if translator is None:
            log.warning(
                "Translation %s.qm not found in %s; showing English text. "
                "Run tools/build_translations.py.",
                name,
                ", ".join(str(f) for f in folders),
            )
            continue
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
