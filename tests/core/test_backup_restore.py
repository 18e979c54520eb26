"""Backups and restores: everything comes back, bad backups are refused before any change."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from surplus_assets.backup_file import BackupDamagedError, BackupReader
from surplus_assets.crypto_envelope import WrongPassphraseError
from surplus_assets.paths import attachment_store_dir, backup_dir
from surplus_assets.services import Services, open_services
from surplus_assets.services.backup import list_backups, rotate
from surplus_assets.services.demo import load_demo
from surplus_assets.services.restore import PassphraseRequiredError, restore_database
from tests.core.safety_helpers import (
    add_attachment,
    asset_ids,
    sqlite_file,
    store_digests,
    table_digests,
)

PASSPHRASE = "đúng ngựa pin kẹp"


@pytest.fixture
def filled(tmp_path: Path, sqlite_template: Path) -> Services:
    """A SQLite database with 300 demo assets, two attachments and a bulk status change."""
    import shutil

    path = tmp_path / "data.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = open_services(f"sqlite:///{path}")
    load_demo(services.context, services.units, count=300, seed=7)
    add_attachment(services, b"%PDF-1.4 land certificate scan " * 100, "so-do.pdf")
    add_attachment(services, b"\x89PNG\r\n\x1a\n photo of the building " * 50, "anh.png")
    ids = asset_ids(services, 20)
    services.catalogue.set_status(ids, "reviewing")
    return services


def test_backup_delete_restore_gives_back_every_row_and_attachment(filled: Services) -> None:
    path = sqlite_file(filled)
    rows_before, files_before = table_digests(path), store_digests()
    backup = filled.backup.create()
    filled.close()
    path.unlink()
    for blob in attachment_store_dir().rglob("*"):
        if blob.is_file():
            blob.unlink()

    result = restore_database(backup, url=f"sqlite:///{path}")

    assert table_digests(path) == rows_before
    assert store_digests() == files_before and len(files_before) == 2
    assert result.attachments_restored == 2 and result.previous_copy is None
    assert result.row_counts["assets"] == 300
    reopened = open_services(f"sqlite:///{path}")
    try:
        assert reopened.audit.verify().ok
        assert reopened.audit.recent(1)[0].action == "restore"
        assert reopened.integrity.check("full").ok
    finally:
        reopened.close()


def test_encrypted_backup_needs_the_right_passphrase(filled: Services, tmp_path: Path) -> None:
    path = sqlite_file(filled)
    before = table_digests(path)
    backup = filled.backup.create(tmp_path / "mang-di.sabackup", passphrase=PASSPHRASE)
    assert b"assets" not in backup.read_bytes()  # nothing readable without the passphrase
    filled.catalogue.set_status(asset_ids(filled, 1), "surplus")
    filled.close()
    changed = table_digests(path)
    with pytest.raises(PassphraseRequiredError):
        restore_database(backup, url=f"sqlite:///{path}")
    with pytest.raises(WrongPassphraseError, match="Sai cụm mật khẩu"):
        restore_database(backup, url=f"sqlite:///{path}", passphrase="not the one")
    assert table_digests(path) == changed  # refused before touching anything

    result = restore_database(backup, url=f"sqlite:///{path}", passphrase=PASSPHRASE)
    assert table_digests(path) == before
    assert result.previous_copy is not None and result.previous_copy.parent == backup_dir()
    # The copy kept before restoring is itself a working backup of the changed database.
    restore_database(result.previous_copy, url=f"sqlite:///{path}")
    assert table_digests(path) == changed


def _rewrite_member(source: Path, target: Path, member: str, change: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == member:
                data = data[:4096] + change + data[4096 + len(change) :]
            new.writestr(info, data)


def test_a_tampered_backup_is_refused_and_nothing_changes(filled: Services, tmp_path: Path) -> None:
    path = sqlite_file(filled)
    backup = filled.backup.create()
    filled.close()
    before = table_digests(path)
    tampered = tmp_path / "tampered.sabackup"
    _rewrite_member(backup, tampered, "database.sqlite3", b"\x00\x01\x02\x03")
    with pytest.raises(BackupDamagedError, match="SHA-256"):
        restore_database(tampered, url=f"sqlite:///{path}")
    assert table_digests(path) == before
    assert not any(e.kind == "before-restore" for e in list_backups())


def test_a_backup_from_a_newer_schema_is_refused(filled: Services, tmp_path: Path) -> None:
    # A raw snapshot whose schema revision this version does not know.
    snapshot = tmp_path / "future.sqlite3"
    connection = sqlite3.connect(sqlite_file(filled))
    connection.execute(f"VACUUM INTO '{snapshot}'")
    connection.close()
    connection = sqlite3.connect(snapshot)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    filled.close()
    with pytest.raises(BackupDamagedError, match="9999"):
        restore_database(snapshot, url=f"sqlite:///{sqlite_file(filled)}")


def test_a_damaged_current_database_is_kept_as_raw_files(filled: Services) -> None:
    path = sqlite_file(filled)
    before = table_digests(path)
    backup = filled.backup.create()
    filled.close()
    path.write_bytes(b"this is no longer a database" * 100)
    result = restore_database(backup, url=f"sqlite:///{path}")
    assert table_digests(path) == before
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes().startswith(b"this is no longer")


def test_a_referencing_backup_needs_its_attachments_in_the_store(filled: Services) -> None:
    backup = filled.backup.create(kind="auto")
    with BackupReader(backup) as reader:
        assert not reader.manifest.attachments_included
        assert len(reader.manifest.attachments) == 2
        assert reader.manifest.row_counts["assets"] == 300
    filled.close()
    for blob in attachment_store_dir().rglob("*"):
        if blob.is_file():
            blob.unlink()
    with pytest.raises(BackupDamagedError, match="không còn trong thư mục"):
        restore_database(backup, url=filled.db.url)


def test_daily_backup_once_a_day_then_rotation(filled: Services) -> None:
    day = datetime(2025, 7, 1, 3, 0, tzinfo=UTC)
    assert filled.backup.backup_if_due(now=day) is not None
    assert filled.backup.backup_if_due(now=day + timedelta(hours=5)) is None
    assert filled.backup.backup_if_due(now=day + timedelta(days=1)) is not None
    assert len([e for e in list_backups() if e.kind == "auto"]) == 2


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)  # a Monday
    for day in range(60):
        for hour in (0, 6):  # two a day: only the newest of each day may stay
            moment = start + timedelta(days=day, hours=hour)
            (tmp_path / f"auto-{moment:%Y%m%dT%H%M%SZ}.sabackup").write_bytes(b"x")
    (tmp_path / "manual-20250303T020000Z.sabackup").write_bytes(b"x")
    rotate(tmp_path)
    kept = list_backups(tmp_path)
    autos = sorted(e.created_at for e in kept if e.kind == "auto")
    newest = start + timedelta(days=59, hours=6)
    assert autos[-7:] == [newest - timedelta(days=d) for d in range(6, -1, -1)]
    # 4 weekly: the newest of each of the last 4 ISO weeks; the last two weeks' newest are
    # already among the 7 daily ones (1 May 2025 is a Thursday), so two older Sundays remain.
    sundays = [datetime(2025, 4, 13, 8, 0, tzinfo=UTC), datetime(2025, 4, 20, 8, 0, tzinfo=UTC)]
    assert autos == [*sundays, *autos[-7:]]
    assert [e for e in kept if e.kind == "manual"]  # never rotated away
