"""A damaged database is reported clearly with the offer of a backup, never a traceback."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from surplus_assets.cli import main
from surplus_assets.db.file_check import DatabaseDamagedError
from surplus_assets.paths import attachment_store_dir
from surplus_assets.services import Services, open_services
from surplus_assets.services.demo import load_demo
from tests.core.safety_helpers import add_attachment, corrupt_table_page, sqlite_file


@pytest.fixture
def backed_up(tmp_path: Path, sqlite_template: Path) -> tuple[Path, Path]:
    """A database with 400 assets and one attachment, and a backup of it; closed."""
    path = tmp_path / "data.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = open_services(f"sqlite:///{path}")
    try:
        load_demo(services.context, services.units, count=400, seed=3)
        add_attachment(services, b"%PDF-1.7 decision " * 40)
        backup = services.backup.create()
    finally:
        services.close()
    return path, backup


def test_a_truncated_file_is_refused_on_open_with_the_backup_offered(
    backed_up: tuple[Path, Path],
) -> None:
    path, backup = backed_up
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_services(f"sqlite:///{path}")
    message = caught.value.message
    assert "bị hỏng" in message and "bị cắt cụt" in message
    assert str(backup) in message and caught.value.backup == backup


def test_an_overwritten_header_is_refused_on_open(backed_up: tuple[Path, Path]) -> None:
    path, _backup = backed_up
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * 100)
    with pytest.raises(DatabaseDamagedError, match="không phải cơ sở dữ liệu"):
        open_services(f"sqlite:///{path}")


def test_a_corrupted_page_is_found_by_the_start_check(backed_up: tuple[Path, Path]) -> None:
    path, backup = backed_up
    corrupt_table_page(path, "assets")
    services = open_services(f"sqlite:///{path}")  # the header is sound: opening works
    try:
        report = services.integrity.check("startup")
    finally:
        services.close()
    assert not report.ok and report.problems[0].kind == "database"
    assert report.latest_backup == backup
    assert str(backup) in report.problems[0].action


def test_cli_check_and_commands_on_a_damaged_page(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = backed_up
    assert main(["--db", str(path), "check"]) == 0
    assert "Không phát hiện vấn đề" in capsys.readouterr().out
    corrupt_table_page(path, "assets")

    assert main(["--db", str(path), "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["problems"][0]["kind"] == "database"
    latest = report["latest_backup"]  # the daily backup the first command made, or ours
    assert latest.endswith(".sabackup") and latest in report["problems"][0]["action"]

    # An ordinary command that reads the damaged page: one clear message, exit 1.
    assert main(["--db", str(path), "assets", "list"]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and latest in err and "Traceback" not in err
    # No daily backup of a damaged database: it would pass for a good one.
    assert main(["--db", str(path), "backup"]) == 1
    assert "không tạo bản sao lưu" in capsys.readouterr().err

    assert main(["--db", str(path), "restore", str(backup)]) == 0
    assert main(["--db", str(path), "check", "--full"]) == 0


def test_tampered_audit_and_attachments_and_references(backed_up: tuple[Path, Path]) -> None:
    path, _backup = backed_up
    connection = sqlite3.connect(path)
    connection.execute("UPDATE audit_events SET comment = 'edited' WHERE id = "
                       "(SELECT min(id) FROM audit_events)")  # fmt: skip
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE buildings SET asset_id = X'00112233445566778899aabbccddeeff' "
                       "WHERE rowid = (SELECT min(rowid) FROM buildings)")  # fmt: skip
    connection.commit()
    connection.close()
    blob = next(p for p in attachment_store_dir().rglob("*") if p.is_file())
    blob.write_bytes(blob.read_bytes().replace(b"decision", b"DECISION"))  # same size

    services = open_services(f"sqlite:///{path}")
    try:
        quick, full = services.integrity.check("quick"), services.integrity.check("full")
    finally:
        services.close()
    assert {p.kind for p in quick.problems} == {"references", "audit_chain"}
    assert {p.kind for p in full.problems} == {"references", "audit_chain", "attachment"}
    assert all(p.message and p.action for p in full.problems)


def test_settings_never_hold_secrets(services: Services) -> None:
    from surplus_assets.errors import ValidationError

    with pytest.raises(ValidationError):
        services.settings.set({"backup_passphrase": "hunter22"})


def test_a_fresh_database_passes_every_check(services: Services) -> None:
    report = services.integrity.check("full")
    assert report.ok, report.problems
    if services.db.is_sqlite:
        assert sqlite_file(services).exists()
