"""Typed user preferences and saved window state, both in one QSettings file.

Like Picard's options: every setting is declared once, with its type and default, in a
registry; code reads and writes it through the declaration, never through raw keys. User
preferences (language, ...) live under "preferences/", what the window remembers about
itself (geometry, splitters, table columns) under "window/", so that "reset window layout"
never touches a preference and the other way round.

Where the file is: `settings_file()`; tests pass their own path to `open_settings()` so they
never touch the user's settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from surplus_assets import APP_NAME

T = TypeVar("T", str, bool, int)
SETTINGS_FILE_NAME = "settings.ini"


def settings_file() -> Path:
    """The settings file: beside the data in portable mode or with SURPLUS_ASSETS_HOME,
    otherwise in the user's configuration directory."""
    from surplus_assets import paths

    if os.environ.get("SURPLUS_ASSETS_HOME") or paths.portable_root() is not None:
        return paths.data_dir() / SETTINGS_FILE_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE_NAME


def open_settings(path: Path | None = None) -> QSettings:
    """A QSettings over an INI file (UTF-8, the same format on every OS)."""
    target = path if path is not None else settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(target), QSettings.Format.IniFormat)


_REGISTRY: dict[str, Option[str] | Option[bool] | Option[int]] = {}


@dataclass(frozen=True)
class Option(Generic[T]):
    """One user preference: its key under preferences/, its type, default and allowed values."""

    name: str
    default: T
    choices: tuple[T, ...] = ()
    # "preferences" for what the user chose, "window" for what the window remembers.
    section: str = "preferences"

    @property
    def key(self) -> str:
        return f"{self.section}/{self.name}"

    def read(self, settings: QSettings) -> T:
        raw = settings.value(self.key, self.default)
        value = self._convert(raw)
        if value is None or (self.choices and value not in self.choices):
            return self.default
        return value

    def write(self, settings: QSettings, value: T) -> None:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name}: {value!r} is not one of {self.choices}")
        settings.setValue(self.key, value)

    def _convert(self, raw: object) -> T | None:
        kind = type(self.default)
        if isinstance(raw, kind):
            return raw
        text = str(raw).strip()
        result: object
        if kind is bool:  # INI files give strings back
            result = text.lower() in ("true", "1", "yes")
        elif kind is int:
            try:
                result = int(text)
            except ValueError:
                return None
        else:
            result = text
        return result  # type: ignore[return-value]


def register(option: Option[T]) -> Option[T]:
    if option.key in _REGISTRY:
        raise ValueError(f"option {option.key!r} declared twice")
    _REGISTRY[option.key] = option
    return option


def registered_options() -> list[Option[str] | Option[bool] | Option[int]]:
    return list(_REGISTRY.values())


# The preferences. Add new ones here, with a default that is right for a new user.
LANGUAGE = register(Option("language", "vi", ("vi", "en")))
# The user chose "start empty" on the first-start offer (demo data): never offer it again.
FIRST_START_DECLINED = register(Option("first_start_declined", False))
# Signing: where the certificate or token driver was last time, so the sign dialog starts
# there. Never the passphrase or PIN: those are asked for each signature and then dropped.
LAST_PKCS12_PATH = register(Option("signing/pkcs12_path", ""))
PKCS11_MODULE_PATH = register(Option("signing/pkcs11_module", ""))
PKCS11_TOKEN_LABEL = register(Option("signing/token_label", ""))
PKCS11_KEY_LABEL = register(Option("signing/key_label", ""))
SIGN_WITH_TOKEN = register(Option("signing/use_token", False))
# The trusted root certificate the verify and import dialogs check signatures against.
TRUST_ROOT_PATH = register(Option("signing/trust_root", ""))
# The folder reports were last saved to or opened from.
REPORT_FOLDER = register(Option("reports/folder", ""))
# The shared PostgreSQL database to open at start when neither --db nor SURPLUS_ASSETS_DB
# names one; "" means the local SQLite file. Always WITHOUT its password (OS keyring).
SHARED_DATABASE_URL = register(Option("shared_database_url", ""))
# Data safety: new backups are encrypted with a passphrase (asked each time, NEVER stored:
# only this yes/no is). Off by default: protection at rest is a choice per installation.
ENCRYPT_BACKUPS = register(Option("backup/encrypt", False))
# Window state kept as a typed option because it is a plain value, not a Qt byte array.
LAST_PAGE = register(Option("last_page", "", section="window"))


class WindowState:
    """What the window remembers about itself: geometry, dock/toolbar state, splitters,
    table header layouts. Stored as Qt's opaque byte arrays under window/<name>."""

    PREFIX = "window/"

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _read(self, name: str) -> QByteArray | None:
        value = self._settings.value(self.PREFIX + name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _write(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(self.PREFIX + name, value)

    def save_window(self, window: QMainWindow) -> None:
        self._write("geometry", window.saveGeometry())
        self._write("state", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        """True if a saved geometry was applied (otherwise the caller picks a default)."""
        geometry, state = self._read("geometry"), self._read("state")
        if state is not None:
            window.restoreState(state)
        return geometry is not None and window.restoreGeometry(geometry)

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self._write(f"splitter/{name}", splitter.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter) -> bool:
        state = self._read(f"splitter/{name}")
        return state is not None and splitter.restoreState(state)

    def save_header(self, name: str, header: QHeaderView) -> None:
        """Column order, widths, hidden columns and sort indicator of a table."""
        self._write(f"header/{name}", header.saveState())

    def read_header(self, name: str) -> QByteArray | None:
        """The saved header state, for a table whose model arrives after restore time."""
        return self._read(f"header/{name}")

    def restore_header(self, name: str, header: QHeaderView) -> bool:
        state = self._read(f"header/{name}")
        return state is not None and header.restoreState(state)

    def reset(self) -> None:
        """Forget the window layout (preferences are kept)."""
        self._settings.remove(self.PREFIX.rstrip("/"))
