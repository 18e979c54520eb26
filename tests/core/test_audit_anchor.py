"""Deleting the newest audit events is found through this computer's anchor, kept outside the
database; intended rollbacks (restore) and crashes raise no alarm."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from surplus_assets import i18n
from surplus_assets.cli import main
from surplus_assets.services import Services, open_services
from surplus_assets.services.audit_anchor import ANCHOR_FOLDER
from surplus_assets.services.demo import load_demo
from surplus_assets.services.restore import restore_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_path(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "data.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = open_services(f"sqlite:///{db_path}")
    try:
        yield opened
    finally:
        opened.close()


def _changes(services: Services, count: int, start: int = 0) -> None:
    """`count` audited transactions (one event each)."""
    for n in range(start, start + count):
        services.settings.set({"document_place": f"Phường Hoàn Kiếm {n}"})


def _newest_seq(path: Path, origin: str) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT max(origin_seq) FROM audit_events WHERE origin_id = ?", (origin,)
        ).fetchone()
        return int(row[0] or 0)
    finally:
        connection.close()


def _delete_newest(path: Path, origin: str, keep: int) -> None:
    """What someone with the file and an SQLite tool does: delete the newest events."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "DELETE FROM audit_events WHERE origin_id = ? AND origin_seq > ?", (origin, keep)
        )
        connection.commit()
    finally:
        connection.close()


def _anchor_files(home: Path) -> list[Path]:
    return sorted((home / ANCHOR_FOLDER).glob("*.json"))


def test_deleting_the_newest_events_is_reported_by_audit_verify(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load_demo(services.context, services.units, count=40, seed=2)  # one bulk transaction
    _changes(services, 3)
    origin = services.context.origin_id
    newest = _newest_seq(db_path, origin)
    assert newest > 40
    services.close()
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert f"(sự kiện {newest}) vẫn còn" in out

    _delete_newest(db_path, origin, keep=newest - 3)
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "Mất các sự kiện nhật ký mới nhất của máy này" in err
    assert f"kết thúc ở sự kiện {newest - 3} nhưng máy này đã ghi đến sự kiện {newest}" in err
    assert str(db_path) in err and "khôi phục bản sao lưu" in err

    assert main(["--lang", "en", "--db", str(db_path), "audit", "verify", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    (finding,) = report["findings"]
    assert finding["kind"] == "newest_missing" and finding["origin_seq"] == newest
    assert f"chain ends at event {newest - 3}" in finding["message"]
    assert "audit accept-end" in finding["action"]


def test_a_rollback_made_on_purpose_by_hand_can_be_accepted(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After pg_restore or an older copy put in place: accepted once, recorded in the trail."""
    _changes(services, 5)
    _delete_newest(db_path, services.context.origin_id, keep=3)
    services.close()
    assert main(["--db", str(db_path), "audit", "accept-end"]) == 0
    assert "đến sự kiện 4." in capsys.readouterr().out  # the acceptance is event 4
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "audit", "log", "--json"]) == 0
    newest = json.loads(capsys.readouterr().out)
    assert newest[0]["action"] == "accept_audit_end"
    assert newest[0]["before"] == {"recorded_event": 5}


def test_the_integrity_check_reports_it_with_what_to_do(
    services: Services, db_path: Path, isolated_home: Path
) -> None:
    _changes(services, 5)
    origin = services.context.origin_id
    _delete_newest(db_path, origin, keep=2)
    i18n.set_language("en")
    report = services.integrity.check("quick")
    (problem,) = report.problems
    assert problem.kind == "audit_chain" and problem.where == origin
    assert "chain ends at event 2 but this computer recorded up to event 5" in problem.message
    (anchor,) = _anchor_files(isolated_home)
    assert "restore the newest backup" in problem.action and str(anchor) in problem.action


def test_writing_on_after_the_deletion_does_not_hide_it(services: Services, db_path: Path) -> None:
    """New events past the deleted ones (the next day's work) keep the evidence."""
    _changes(services, 6)
    _delete_newest(db_path, services.context.origin_id, keep=2)
    _changes(services, 6, start=10)  # reaches seq 8, past the anchored 6
    report = services.audit.verify()
    assert [f.kind for f in report.findings] == ["newest_replaced"]
    assert "Sự kiện nhật ký 6 của máy này không phải sự kiện máy đã ghi" in (
        report.findings[0].message
    )


def test_restoring_an_older_backup_raises_no_alarm(
    services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _changes(services, 3)
    backup = services.backup.create()
    _changes(services, 4, start=3)
    assert services.audit.verify().ok
    services.close()

    restore_database(backup, url=f"sqlite:///{db_path}")
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    # the restore event (4) follows the restored 3 and is this computer's newest now
    assert "(sự kiện 4) vẫn còn" in capsys.readouterr().out

    assert main(["--db", str(db_path), "restore", str(backup)]) == 0  # the CLI way
    capsys.readouterr()
    assert main(["--db", str(db_path), "audit", "verify"]) == 0


def test_a_process_killed_between_commit_and_anchor_raises_no_alarm(
    services: Services, db_path: Path, isolated_home: Path
) -> None:
    _changes(services, 2)
    script = (
        "import os, signal\n"
        "from surplus_assets.services import audit_anchor, open_services\n"
        "audit_anchor._Tracker.committed = lambda self: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"s = open_services({f'sqlite:///{db_path}'!r})\n"
        "s.settings.set({'document_place': 'Xã Đông Anh'})\n"
    )
    env = {**os.environ, "SURPLUS_ASSETS_HOME": str(isolated_home)}
    child = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=False)
    assert child.returncode == -signal.SIGKILL
    assert _newest_seq(db_path, services.context.origin_id) == 3  # committed, anchor at 2

    report = services.audit.verify()
    assert report.ok
    assert "(sự kiện 2) vẫn còn" in report.anchor_note
    assert "Từ nay máy này kiểm tra đến sự kiện 3" in report.anchor_note
    _delete_newest(db_path, services.context.origin_id, keep=2)
    assert [f.kind for f in services.audit.verify().findings] == ["newest_missing"]


def test_two_installations_on_one_database_each_anchor_their_own_chain(
    database_url: str, isolated_home: Path
) -> None:
    """Two laptops on one database (a shared PostgreSQL server when the tests have one)."""
    laptop_a = open_services(database_url, origin_id="laptop-a")
    laptop_b = open_services(database_url, origin_id="laptop-b")
    try:
        _changes(laptop_a, 3)
        _changes(laptop_b, 2, start=5)
        _changes(laptop_a, 1, start=9)  # A's chain goes on past what B knows: fine
        assert len(_anchor_files(isolated_home)) == 2
        assert laptop_a.audit.verify().ok and laptop_b.audit.verify().ok

        engine = create_engine(database_url)
        try:
            with engine.begin() as connection:
                connection.execute(
                    text("DELETE FROM audit_events WHERE origin_id = 'laptop-b' AND origin_seq > 1")
                )
        finally:
            engine.dispose()
        assert laptop_a.audit.verify().ok  # A's own chain is whole; B's anchor is B's
        findings = laptop_b.audit.verify().findings
        assert [(f.origin_id, f.kind, f.origin_seq) for f in findings] == [
            ("laptop-b", "newest_missing", 2)
        ]
    finally:
        laptop_a.close()
        laptop_b.close()


def test_no_anchor_means_nothing_to_compare(
    services: Services,
    db_path: Path,
    isolated_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fresh = services.audit.verify()  # a brand-new database: no events, no anchor
    assert fresh.ok and "không lưu mốc cuối chuỗi nhật ký" in fresh.anchor_note
    assert _anchor_files(isolated_home) == []

    _changes(services, 4)
    for path in _anchor_files(isolated_home):
        path.unlink()
    _delete_newest(db_path, services.context.origin_id, keep=1)
    report = services.audit.verify()
    assert report.ok and "không kiểm tra được" in report.anchor_note

    # A copy of this database opened on another computer (another installation id).
    other_home = tmp_path / "other-laptop"
    monkeypatch.setenv("SURPLUS_ASSETS_HOME", str(other_home))
    copy = open_services(f"sqlite:///{db_path}")
    try:
        report = copy.audit.verify()
        assert report.ok and "không lưu mốc" in report.anchor_note
    finally:
        copy.close()
