"""The benchmark harness: resumable database builds and targets scaled to the machine."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bench import dataset
from bench.harness import markdown_table, under_scaled
from surplus_assets.services import open_services
from surplus_assets.services.demo import load_demo


def _rows(path: Path, sql: str) -> list[Any]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_an_interrupted_build_resumes_and_equals_the_demo_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset, "OUT", tmp_path / "out")
    monkeypatch.setitem(dataset.SCALES, "tiny", 1_200)
    monkeypatch.setattr(dataset, "CHUNK", 500)
    insert = dataset.insert_assets
    calls = 0

    def stop_at_the_third_chunk(session: Any, rows: Any, **options: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        insert(session, rows, **options)

    monkeypatch.setattr(dataset, "insert_assets", stop_at_the_third_chunk)
    with pytest.raises(KeyboardInterrupt):
        dataset.build("tiny")
    assert not dataset.database_path("tiny").exists()  # only a finished build gets the name
    assert dataset.build_seconds("tiny")[1:] == (1_000, 1_200)  # type: ignore[index]
    monkeypatch.setattr(dataset, "insert_assets", insert)
    built = dataset.build("tiny")

    reference = tmp_path / "reference.sqlite3"
    services = open_services(f"sqlite:///{reference}")
    load_demo(services.context, services.units, count=1_200, seed=dataset.SEED)
    services.close()
    for sql in (
        "SELECT id, code, name, search_text FROM assets ORDER BY code",
        "SELECT * FROM buildings ORDER BY id",
        # the index's matches in list order (positions may differ: placed in other batches)
        "SELECT o.asset_rowid FROM asset_search s JOIN asset_order o ON o.position = s.rowid "
        "WHERE asset_search MATCH 'may' ORDER BY s.rowid",
    ):
        assert _rows(built, sql) == _rows(reference, sql), sql
    assert dataset.build_seconds("tiny")[1:] == (1_200, 1_200)  # type: ignore[index]


def test_a_target_grows_only_when_the_same_run_baseline_is_slower() -> None:
    quiet = under_scaled("search", 0.040, 0.050, 5, baseline_s=0.030, baseline="LIKE scan",
                         reference_s=0.035)  # fmt: skip
    busy = under_scaled("search", 0.090, 0.050, 5, baseline_s=0.140, baseline="LIKE scan",
                        reference_s=0.035)  # fmt: skip
    slow = under_scaled("search", 0.090, 0.050, 5, baseline_s=0.036, baseline="LIKE scan",
                        reference_s=0.035)  # fmt: skip
    assert (quiet.passed, busy.passed, slow.passed) == (True, True, False)
    assert quiet.target == "< 50.0 ms"
    assert "×4.0 → 200.0 ms" in busy.target
    assert "| search | 90.0 ms | 140.0 ms LIKE scan | 0.64× |" in markdown_table([busy])
