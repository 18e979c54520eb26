"""Reading and writing report PDFs for the report screens (called in workers).

A PDF is written through a temporary file beside the target and then renamed, so a full disk
or a pulled USB stick never leaves half a signed report behind under the real name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from surplus_assets.errors import ServiceError


def read_pdf(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise ServiceError(
            QCoreApplication.translate("ReportFiles", "Cannot read {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def write_pdf(path: Path, pdf: bytes) -> Path:
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(pdf)
        tmp.replace(target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise ServiceError(
            QCoreApplication.translate("ReportFiles", "Cannot write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from error
    return target


def report_folder(settings: QSettings) -> str:
    """The folder reports were last saved to or opened from (the home folder at first)."""
    from ui.preferences import REPORT_FOLDER

    folder = REPORT_FOLDER.read(settings)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: QSettings, path: Path | str) -> None:
    from ui.preferences import REPORT_FOLDER

    REPORT_FOLDER.write(settings, str(Path(path).parent))
