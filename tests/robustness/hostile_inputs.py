"""Every place a file comes in, as one table entry each, for the hostile-input suite.

A FileInput names the input, builds valid seed files (mutated by the fuzzer) and consumes a
file the way the application does. The contract the suite checks for every input: the
consumer either accepts the file or raises a ServiceError subclass with a message; it never
raises anything else, never hangs, and never changes the database when it refuses.
Inputs whose module is not on this branch yet are skipped (`requires`); covering a new one
(spreadsheet import, exchange packages) is one entry in INPUTS.
"""

from __future__ import annotations

import importlib.util
import io
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from surplus_assets.services import Services


@dataclass(frozen=True)
class FileInput:
    name: str
    seeds: Callable[[Services, Path], list[bytes]]
    consume: Callable[[Services, Path], object]
    requires: str | None = None  # a module that must exist for this input
    suffix: str = ".bin"  # the name the file arrives with

    @property
    def available(self) -> bool:
        return self.requires is None or importlib.util.find_spec(self.requires) is not None


# ---- backups (plain and encrypted) ---------------------------------------------------------


def _backup_seeds(services: Services, folder: Path) -> list[bytes]:
    from tests.core.safety_helpers import add_attachment

    add_attachment(services, b"%PDF-1.4 tiny scan")
    manual = services.backup.create(folder / "seed.sabackup")
    auto = services.backup.create(folder / "seed-auto.sabackup", kind="auto")
    return [manual.read_bytes(), auto.read_bytes()]


def _verify_backup(services: Services, path: Path) -> object:
    from surplus_assets.services.restore import verify_backup_file

    with tempfile.TemporaryDirectory() as work:
        verified = verify_backup_file(path, Path(work), passphrase="fuzz passphrase")
        if verified.reader is not None:
            verified.reader.archive.close()
        return verified


def _encrypted_seeds(services: Services, folder: Path) -> list[bytes]:
    from surplus_assets.crypto_envelope import KdfParams, encrypt_stream

    out = io.BytesIO()
    plain = _backup_seeds(services, folder)[1]
    encrypt_stream(io.BytesIO(plain), out, "fuzz passphrase", chunk_size=4096,
                   kdf=KdfParams(log2_n=10))  # fmt: skip
    return [out.getvalue()]


# ---- database files opened at start --------------------------------------------------------


def _database_seeds(services: Services, folder: Path) -> list[bytes]:
    path = folder / "small.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)")
    connection.executemany("INSERT INTO t VALUES (?, ?)", [(i, "x" * 50) for i in range(200)])
    connection.commit()
    connection.close()
    return [path.read_bytes()]


def _open_database(services: Services, path: Path) -> object:
    from surplus_assets.services import open_services

    opened = open_services(f"sqlite:///{path}")
    try:
        return opened.integrity.check("startup")
    finally:
        opened.close()


# ---- signed report PDFs to verify ----------------------------------------------------------


def _pdf_seeds(services: Services, folder: Path) -> list[bytes]:
    from bench.report_data import make_assets, make_header
    from surplus_assets.reports.inventory import build_inventory_report
    from surplus_assets.reports.signing import Pkcs12Source, sign_pdf
    from tests.core.reports.pki import make_ca, make_pkcs12

    pdf = build_inventory_report(make_assets(4, seed=1, communes=1), make_header()).pdf
    ca = make_ca(folder)
    p12 = make_pkcs12(ca, folder, "Nguyễn Văn Hùng", "Sở Tài chính", "fuzz-pass")
    return [pdf, sign_pdf(pdf, Pkcs12Source(p12, "fuzz-pass"))]


def _verify_pdf(services: Services, path: Path) -> object:
    from surplus_assets.reports.verify import verify_report

    return verify_report(path.read_bytes())


# ---- attachments (services.attachments, branch ui-assets) ----------------------------------


def _attachment_seeds(services: Services, folder: Path) -> list[bytes]:
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(image, "JPEG")
    return [image.getvalue(), b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"]


def _attach(services: Services, path: Path) -> object:
    from tests.core.safety_helpers import asset_ids

    attachments = services.attachments  # type: ignore[attr-defined]
    return attachments.attach(asset_ids(services, 1)[0], path, "other")


# ---- spreadsheets (xlsx, csv) and exchange packages ---------------------------------------


def _xlsx_seeds(services: Services, folder: Path) -> list[bytes]:
    from surplus_assets.exchange.xlsx_export import export_assets
    from surplus_assets.services.catalogue import AssetQuery

    export_assets(services, AssetQuery(), folder / "seed.xlsx")
    return [(folder / "seed.xlsx").read_bytes()]


def _csv_seeds(services: Services, folder: Path) -> list[bytes]:
    text = ("Mã tài sản;Tên tài sản;Loại tài sản;Đơn vị hiện tại;Nguyên giá\n"
            "TB-1;Máy tính để bàn;Thiết bị;Phường Hòa Bình;12.000.000\n")  # fmt: skip
    return [text.encode("utf-8"), text.encode("utf-8-sig")]


def _import_spreadsheet(services: Services, path: Path) -> object:
    from surplus_assets.exchange.spreadsheet_import import SpreadsheetImport

    job = SpreadsheetImport(services, path)
    job.open(None)
    report = job.validate()
    return job.commit(report) if report.ok else report


def _package_seeds(services: Services, folder: Path) -> list[bytes]:
    services.exchange.export(folder / "seed-package.zip")
    return [(folder / "seed-package.zip").read_bytes()]


def _import_package(services: Services, path: Path) -> object:
    return services.exchange.import_package(path)


INPUTS: dict[str, FileInput] = {
    entry.name: entry
    for entry in (
        FileInput("backup", _backup_seeds, _verify_backup),
        FileInput("encrypted_backup", _encrypted_seeds, _verify_backup),
        FileInput("database_file", _database_seeds, _open_database),
        FileInput("report_pdf", _pdf_seeds, _verify_pdf),
        FileInput("xlsx", _xlsx_seeds, _import_spreadsheet,
                  requires="surplus_assets.exchange.spreadsheet_import", suffix=".xlsx"),
        FileInput("csv", _csv_seeds, _import_spreadsheet,
                  requires="surplus_assets.exchange.spreadsheet_import", suffix=".csv"),
        FileInput("exchange_package", _package_seeds, _import_package,
                  requires="surplus_assets.services.exchange", suffix=".zip"),
        FileInput("attachment", _attachment_seeds, _attach,
                  requires="surplus_assets.services.attachments"),
    )
}  # fmt: skip
