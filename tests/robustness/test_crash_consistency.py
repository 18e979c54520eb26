"""Kill test: SIGKILL every multi-row operation at random moments; nothing is ever half there.

For each operation of crash_operations.OPERATIONS (its `kills` share of 50 in all), a worker
process runs it on a fresh copy of a prepared database and is killed (SIGKILL: no cleanup,
no rollback by Python) at a seeded random moment between the start of the operation and a
little after its measured duration. Then the database must pass PRAGMA integrity_check, every
audit chain must verify, and the operation must be wholly there or wholly absent.
The worker is a forked child of the test process (fork keeps its start to milliseconds).
The first run of each operation is not killed: it measures the duration and proves the
"present" outcome can be observed. Bounded to about two minutes on the 2-core CI machine.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from surplus_assets.services import open_services
from surplus_assets.services.audit import iter_chain_problems
from tests.robustness.crash_operations import OPERATIONS, Operation

SEED = int(os.environ.get("SURPLUS_ASSETS_KILL_SEED", "20250701"))
RESULTS: dict[str, Counter[str]] = {}


class Worker:
    """The operation in a forked child (the test process has every module imported, so a
    child starts in milliseconds); the child reports "go" and "done <seconds>" on a pipe."""

    def __init__(self, operation: Operation, database: Path, facts: dict[str, object]):
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns into pytest
            os.close(read_end)
            code = 1
            try:
                services = open_services(f"sqlite:///{database}", origin_id="crash-worker")
                _ = services.units.units  # loaded before "go": not part of the operation
                os.write(write_end, b"go\n")
                started = time.perf_counter()
                operation.run(services, facts)
                os.write(write_end, f"done {time.perf_counter() - started:.4f}\n".encode())
                services.close()
                code = 0
            except BaseException as error:  # reported to the parent, which fails the test
                os.write(write_end, f"error {error!r}\n".encode())
            finally:
                os._exit(code)
        os.close(write_end)
        self.pipe = os.fdopen(read_end, "r")
        line = self.pipe.readline().strip()
        if line != "go":
            self.wait()
            pytest.fail(f"worker did not start: {line!r}")

    def wait(self) -> tuple[int, str]:
        """Wait for the child; returns its exit status and the rest of what it reported."""
        rest = self.pipe.read()
        self.pipe.close()
        _pid, status = os.waitpid(self.pid, 0)
        return status, rest

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)


def _check(database: Path, operation: Operation, facts: dict[str, object]) -> str:
    with sqlite3.connect(database) as connection:  # opening recovers from the hot WAL
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        outcome = operation.outcome(connection, facts)
    connection.close()
    services = open_services(f"sqlite:///{database}", origin_id="checker")
    try:
        with services.db.read() as session:
            assert list(iter_chain_problems(session)) == []
    finally:
        services.close()
    return outcome


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
             ) -> dict[str, tuple[Path, Path, dict[str, object]]]:  # fmt: skip
    """For each operation: its prepared database, its facts file and the facts."""
    result = {}
    for name, operation in OPERATIONS.items():
        folder = tmp_path_factory.mktemp(f"kill-{name}")
        base = folder / "base.sqlite3"
        shutil.copyfile(sqlite_template, base)
        services = open_services(f"sqlite:///{base}", origin_id="preparer")
        try:
            facts = operation.prepare(services, folder)
        finally:
            services.close()
        facts_file = folder / "facts.json"
        facts_file.write_text(json.dumps(facts), encoding="utf-8")
        result[name] = (base, facts_file, facts)
    return result


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_killed_operations_are_all_or_nothing(
    name: str, prepared: dict[str, tuple[Path, Path, dict[str, object]]], tmp_path: Path
) -> None:
    operation = OPERATIONS[name]
    base, _facts_file, facts = prepared[name]
    rng = random.Random(f"{SEED}-{name}")

    # Calibration run, not killed: how long the operation takes, and "present" is visible.
    database = tmp_path / "calibrate.sqlite3"
    shutil.copyfile(base, database)
    status, report = Worker(operation, database, facts).wait()
    assert status == 0 and report.startswith("done"), report
    duration = float(report.split()[1])
    assert _check(database, operation, facts) == "present"

    outcomes: Counter[str] = Counter()
    window = duration
    for attempt in range(operation.kills):
        database = tmp_path / f"kill-{attempt}.sqlite3"
        shutil.copyfile(base, database)
        worker = Worker(operation, database, facts)
        time.sleep(rng.uniform(0, window))
        worker.kill()
        status, report = worker.wait()
        assert "error" not in report, report
        outcome = _check(database, operation, facts)
        assert outcome in ("absent", "present"), f"kill {attempt} of {name}: {outcome}"
        outcomes[outcome] += 1
        if outcome == "present":  # finished before the kill: the calibration run was slow
            window *= 0.7  # (a load spike); aim earlier, into the transaction
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    RESULTS[name] = outcomes
    print(f"\n{name}: {operation.kills} kills, operation {duration:.2f} s, {dict(outcomes)}")
    # Most kills must land inside the transaction, or the test proves little.
    assert outcomes["absent"] >= operation.kills // 3, dict(outcomes)
