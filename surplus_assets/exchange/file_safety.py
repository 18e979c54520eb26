"""Refusing spreadsheet files that are not what they claim, or that are built to do harm.

Checked before any parser sees the file, from its bytes, not its name:
- the type is sniffed by content: an .xlsx is a zip holding the SpreadsheetML parts, a .csv is
  text; a PDF, an image, an old .xls or a text file named .xlsx is refused;
- an OLE2 (Compound File) container is either a password-protected workbook (Excel wraps the
  encrypted package in one) or an old .xls: both are refused with what to do instead;
- zip archives: the number of members, each member's and the total uncompressed size, and the
  compression ratio are bounded (zip bombs), and every member is read once through zipfile,
  which stops at the declared size and checks the CRC, so lying headers and truncated archives
  are caught too;
- XML parts must not declare a DOCTYPE (the carrier of entity-expansion "billion laughs" and
  external-entity attacks): the prolog of every part is scanned, and the parts parsed here
  ([Content_Types].xml, xl/workbook.xml) go through defusedxml.

Limits are generous for real registers (a 200,000-row sheet is ~100 MB of XML) and small
enough that a hostile file can neither hang the application nor exhaust its memory.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import defusedxml.ElementTree as SafeXml
from defusedxml import DefusedXmlException

from surplus_assets.errors import ServiceError
from surplus_assets.i18n import _

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_MEMBER_BYTES = 600 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
# Sheet XML compresses 10-30 times; a bomb compresses a thousand times or more.
MAX_RATIO = 150
RATIO_CHECKED_FROM = 2 * 1024 * 1024  # tiny parts may compress well without harm
PROLOG_LIMIT = 64 * 1024
MAX_SHEET_CELLS = 15_000_000  # e.g. 300,000 rows of 50 columns
_READ_CHUNK = 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_MAIN_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MACRO_SHEET_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_ROOT_START = re.compile(rb"<[A-Za-z_]")
_WIDE_COLUMN = re.compile(rb'<c r="([A-Z]{2,3})[0-9]')
_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class FileKind(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class UnsafeFileError(ServiceError):
    """The file was refused before parsing; nothing was read into the database."""


@dataclass(frozen=True)
class CheckedFile:
    path: Path
    kind: FileKind
    size: int


def _refuse(message: str) -> UnsafeFileError:
    return UnsafeFileError(message)


def _describe_magic(head: bytes) -> str | None:
    """A name for well-known non-spreadsheet contents, to say what the file really is."""
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return _("an image")
    if head.startswith((b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf")):
        return _("a compressed archive")
    if head[:5].lower() in (b"<html", b"<!doc") or head[:14].lower().startswith(b"<?xml"):
        return _("a web page or XML document")
    return None


def check_file(path: Path) -> CheckedFile:
    """The file's real kind, or UnsafeFileError saying why it cannot be imported."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(4096)
    except FileNotFoundError:
        raise _refuse(_("File {name} does not exist.").format(name=path)) from None
    except OSError as error:
        raise _refuse(
            _("File {name} cannot be read: {reason}.").format(name=name, reason=error.strerror)
        ) from None
    if size == 0:
        raise _refuse(_("File {name} is empty.").format(name=name))
    if size > MAX_FILE_BYTES:
        raise _refuse(
            _("File {name} is {size} MB; at most {limit} MB can be imported. Split it.").format(
                name=name, size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    suffix = path.suffix.lower()
    if head.startswith(OLE2_MAGIC):
        raise _refuse(_ole2_message(path))
    if head.startswith(ZIP_MAGIC):
        if suffix == ".csv":
            raise _refuse(
                _(
                    "File {name} is named .csv but is an Excel workbook. Rename it to .xlsx "
                    "and import it again."
                ).format(name=name)
            )
        check_xlsx_archive(path)
        return CheckedFile(path, FileKind.XLSX, size)
    if suffix in (".xlsx", ".xlsm"):
        what = _describe_magic(head)
        if what is None and _looks_like_text(head):
            what = _("a text file")
        raise _refuse(
            _(
                "File {name} is named {suffix} but is not an Excel workbook (it is {what}). "
                "Open it in Excel and save it as an Excel workbook (.xlsx)."
            ).format(name=name, suffix=suffix, what=what or _("of an unknown type"))
        )
    if suffix == ".csv":
        what = _describe_magic(head)
        if what is not None or not _looks_like_text(head):
            raise _refuse(
                _("File {name} is named .csv but is not a text file (it is {what}).").format(
                    name=name, what=what or _("of an unknown type")
                )
            )
        return CheckedFile(path, FileKind.CSV, size)
    raise _refuse(
        _(
            "File {name} cannot be imported: give an Excel workbook (.xlsx) or a CSV file "
            "(.csv, UTF-8)."
        ).format(name=name)
    )


def _looks_like_text(head: bytes) -> bool:
    return b"\x00" not in head


def _ole2_message(path: Path) -> str:
    # An encrypted OOXML package is an OLE2 file with these stream names (UTF-16LE).
    with path.open("rb") as stream:
        directory = stream.read(min(path.stat().st_size, 4 * 1024 * 1024))
    if "EncryptedPackage".encode("utf-16-le") in directory or (
        "EncryptionInfo".encode("utf-16-le") in directory
    ):
        return _(
            "Workbook {name} is protected by a password. Open it in Excel, remove the "
            "password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, "
            "and import it again."
        ).format(name=path.name)
    return _(
        "File {name} is an old Excel 97-2003 workbook (.xls) or another Office document. Open "
        "it in Excel and save it as an Excel workbook (.xlsx)."
    ).format(name=path.name)


def check_xlsx_archive(path: Path) -> None:
    """Refuse zip bombs, lying or truncated archives, DOCTYPEs and non-spreadsheet packages."""
    name = path.name
    corrupt = _("Workbook {name} is damaged or incomplete; it cannot be read.").format(name=name)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refuse(corrupt) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise _refuse(_bomb_message(name))
        total = 0
        for info in members:
            if info.flag_bits & 0x1:
                raise _refuse(
                    _("Workbook {name} contains encrypted parts; it cannot be read.").format(
                        name=name
                    )
                )
            total += info.file_size
            too_big = info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
            ratio = info.file_size / max(info.compress_size, 1)
            if too_big or (info.file_size > RATIO_CHECKED_FROM and ratio > MAX_RATIO):
                raise _refuse(_bomb_message(name))
        names = {info.filename for info in members}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise _refuse(
                _(
                    "File {name} is a zip archive but not an Excel workbook. Save the sheet "
                    "from Excel as an Excel workbook (.xlsx)."
                ).format(name=name)
            )
        for info in members:
            _read_member(archive, info, name, corrupt)
        _check_content_types(archive, name, corrupt)


def _bomb_message(name: str) -> str:
    return _(
        'Workbook {name} unpacks to far more data than a spreadsheet holds (a "zip bomb"); '
        "it was refused. If it is a real register, split it into smaller files."
    ).format(name=name)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, corrupt: str) -> None:
    """Inflate a member once (bounded by its declared size, CRC checked); scan XML prologs."""
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    is_sheet = info.filename.startswith("xl/worksheets/") and is_xml
    prolog = b""
    extent = _SheetExtent()
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_READ_CHUNK):
                if is_xml and len(prolog) < PROLOG_LIMIT:
                    prolog += chunk[: PROLOG_LIMIT - len(prolog)]
                if is_sheet:
                    extent.scan(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise _refuse(corrupt) from None
    except Exception as error:  # zlib.error and friends from a damaged deflate stream
        raise _refuse(corrupt) from error
    if is_xml:
        _check_prolog(prolog, info.filename, name, corrupt)
    if is_sheet and extent.rows * extent.columns > MAX_SHEET_CELLS:
        raise _refuse(
            _(
                "A sheet of workbook {name} spans {rows} rows and {columns} columns, more than "
                "can be imported at once ({limit} cells). Delete stray cells far from the "
                "table, or split the sheet."
            ).format(name=name, rows=extent.rows, columns=extent.columns, limit=MAX_SHEET_CELLS)
        )


class _SheetExtent:
    """The last row number and widest column of a worksheet part, scanned chunk by chunk.

    The reader builds a dense grid from the first to the last cell, so two cells far apart
    would make it allocate billions of empty cells: this bounds the grid before parsing.
    """

    def __init__(self) -> None:
        self.rows = 0
        self.columns = 0
        self._tail = b""

    def scan(self, chunk: bytes) -> None:
        data = self._tail + chunk
        self._tail = data[-64:]
        start = data.rfind(b'<row r="')
        if start >= 0:
            digits = re.match(rb'<row r="(\d+)', data[start:])
            if digits:
                self.rows = max(self.rows, int(digits.group(1)))
        letters = _WIDE_COLUMN.findall(data)
        width = max((_column_number(c) for c in set(letters)), default=26)
        self.columns = max(self.columns, width)


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def _check_prolog(prolog: bytes, part: str, name: str, corrupt: str) -> None:
    """A DOCTYPE can only stand before the root element, so the prolog is all we scan."""
    if prolog.startswith(b"\xff\xfe") or prolog.startswith(b"\xfe\xff"):
        prolog = prolog.decode("utf-16", errors="replace").encode("utf-8")
    # The root element is the first "<" followed by a name ("<?xml", "<!--" and "<!DOCTYPE"
    # are not).
    match = _ROOT_START.search(prolog)
    root = match.start() if match else None
    head = prolog if root is None else prolog[:root]
    if _DOCTYPE.search(head):
        raise _refuse(
            _(
                "Workbook {name} contains an XML document type declaration in {part}, which "
                "Excel never writes and which can be used to attack the reader; it was refused."
            ).format(name=name, part=part)
        )
    if root is None and len(prolog) >= PROLOG_LIMIT:
        raise _refuse(corrupt)


def _check_content_types(archive: zipfile.ZipFile, name: str, corrupt: str) -> None:
    try:
        types = SafeXml.fromstring(archive.read("[Content_Types].xml"))
        SafeXml.fromstring(archive.read("xl/workbook.xml"))
    except (DefusedXmlException, SafeXml.ParseError):
        raise _refuse(corrupt) from None
    content_types = {element.get("ContentType") for element in types.iter()}
    if _MAIN_SHEET_TYPE not in content_types and _MACRO_SHEET_TYPE not in content_types:
        raise _refuse(
            _(
                "File {name} is an Office document but not an Excel workbook. Save the sheet "
                "from Excel as an Excel workbook (.xlsx)."
            ).format(name=name)
        )
