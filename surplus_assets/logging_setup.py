"""Logging for the GUI and the CLI: one rotating log file in the user log directory.

`setup_logging()` is called once at start by ui.app.main and surplus_assets.cli.main. The log
holds what a support person needs to understand a failure (tracebacks, versions, which
database), never secrets: a filter masks passwords, PINs and passphrases in `key=value`
text and in database URLs before any handler sees the record.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from surplus_assets import APP_NAME, __version__

LOG_FILE_NAME = "surplus_assets.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4  # the current file plus 4 rotated ones: 5 files of 1 MB at most
_FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"
_HANDLER_MARK = "_surplus_assets_handler"

# key=value / key: value pairs whose value is secret, in any case ("PIN=1234", "password: x").
_SECRET_PAIR = re.compile(
    r"(?i)\b(password|passwd|pwd|passphrase|pin|user_pin|so_pin|secret|token)"
    r"(\s*[=:]\s*)('[^']*'|\"[^\"]*\"|[^\s,;&)]+)"
)
# scheme://user:password@host: keep the user, mask the password.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)([^@\s]+)(@)", re.IGNORECASE)
MASK = "***"


def redact(text: str) -> str:
    """The text with passwords, PINs and URL credentials replaced by ***."""
    text = _URL_PASSWORD.sub(rf"\g<1>{MASK}\g<3>", text)
    return _SECRET_PAIR.sub(rf"\g<1>\g<2>{MASK}", text)


class RedactSecretsFilter(logging.Filter):
    """Masks secrets in the final message (after %-formatting) and in tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def log_file_path(directory: Path | None = None) -> Path:
    """Where the current log file is (directory defaults to paths.log_dir())."""
    if directory is None:
        from surplus_assets.paths import log_dir

        directory = log_dir()
    return directory / LOG_FILE_NAME


def setup_logging(
    *, verbose: bool = False, directory: Path | None = None, console: bool = False
) -> Path:
    """Configure the root logger; returns the log file path.

    Calling it again replaces the handlers it installed before (tests, a second main()).
    `verbose` lowers the threshold from INFO to DEBUG; `console` also logs to stderr
    (warnings only, or everything with `verbose`), for the CLI.
    """
    path = log_file_path(directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    close_logging()
    root = logging.getLogger()
    secret_filter = RedactSecretsFilter()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    handlers: list[logging.Handler] = [file_handler]
    if console:  # the CLI: only warnings on the terminal unless --verbose
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(secret_filter)
        setattr(handler, _HANDLER_MARK, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger(__name__).info(
        "%s %s starting (Python %s, %s)",
        APP_NAME,
        __version__,
        sys.version.split()[0],
        sys.platform,
    )
    return path


def active_log_file() -> Path | None:
    """The file setup_logging() is writing to, or None if logging was not set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_MARK, False) and isinstance(
            handler, logging.handlers.RotatingFileHandler
        ):
            return Path(handler.baseFilename)
    return None


def close_logging() -> None:
    """Remove and close the handlers setup_logging() installed (end of main, tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
