"""Hostile input: malformed and random files into every file input (hostile_inputs.INPUTS).

For each input, hypothesis feeds mutations of valid seed files (bit flips, truncation,
inserted and overwritten ranges, favouring the start and the end where headers and zip
directories live), cut-down seeds and plain random bytes, and checks: the file is accepted
or refused with a ServiceError carrying a message; nothing else is raised; no example runs
longer than HANG_SECONDS; a refused file leaves the database as it was. A structured
strategy also builds zips with hostile member names and manifests for the backup reader.
Examples per input: SURPLUS_ASSETS_FUZZ_EXAMPLES (default 200); bounded to about a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from surplus_assets.errors import ServiceError
from surplus_assets.services import Services, open_services
from tests.robustness.hostile_inputs import INPUTS, FileInput

# Hypothesis warns when it prints a failing example of 50 kB; the failure is what matters.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
EXAMPLES = int(os.environ.get("SURPLUS_ASSETS_FUZZ_EXAMPLES", "200"))
HANG_SECONDS = 20
COUNTS: Counter[str] = Counter()
REFUSED: Counter[str] = Counter()
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                         suppress_health_check=list(HealthCheck))  # fmt: skip


class Hang(Exception):  # noqa: N818 (a finding, not an error of the code under test)
    pass


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fingerprint(services: Services) -> tuple[object, ...]:
    """Changes whenever anything is written to the SQLite database (or its WAL)."""
    path = Path(services.db.url.removeprefix("sqlite:///"))
    files = tuple((p.stat().st_size, p.stat().st_mtime_ns) if p.exists() else None
                  for p in (path, Path(f"{path}-wal")))  # fmt: skip
    return files, services.audit.verify().events_checked


@st.composite
def mutations(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        size = len(data)
        if size == 0:
            break
        where = draw(st.one_of(st.integers(0, min(size - 1, 512)),  # headers
                               st.integers(max(0, size - 2048), size - 1),  # zip directory
                               st.integers(0, size - 1)))  # fmt: skip
        operation = draw(st.sampled_from(["flip", "truncate", "insert", "overwrite", "delete"]))
        if operation == "flip":
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif operation == "truncate":
            del data[where:]
        elif operation == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=64))
        elif operation == "overwrite":
            chunk = draw(st.binary(min_size=1, max_size=64))
            data[where : where + len(chunk)] = chunk
        else:
            del data[where : where + draw(st.integers(1, 4096))]
    return bytes(data)


def hostile_files(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        mutations(seeds),
        mutations(seeds),
        st.binary(max_size=4096),
        st.sampled_from(seeds).flatmap(lambda s: st.integers(0, len(s)).map(lambda n: s[:n])),
    )


@pytest.fixture(scope="module")
def fuzz_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-home")


@pytest.fixture
def target(sqlite_template: Path, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "target.sqlite3"
    shutil.copyfile(sqlite_template, path)
    services = open_services(f"sqlite:///{path}")
    from surplus_assets.services.demo import load_demo

    load_demo(services.context, services.units, count=50, seed=2)
    try:
        yield services
    finally:
        services.close()


def _feed(entry: FileInput, services: Services, path: Path, content: bytes) -> None:
    path.write_bytes(content)
    before = fingerprint(services)
    COUNTS[entry.name] += 1
    try:
        with time_limit(HANG_SECONDS):
            entry.consume(services, path)
    except ServiceError as error:
        assert error.message.strip(), f"{type(error).__name__} without a message"
        REFUSED[entry.name] += 1
        assert fingerprint(services) == before, "a refused file changed the database"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_hostile_files_are_refused_cleanly(name: str, target: Services, tmp_path: Path) -> None:
    entry = INPUTS[name]
    if not entry.available:
        pytest.skip(f"{entry.requires} is not on this branch yet")
    seeds = entry.seeds(target, tmp_path)
    for seed in seeds:  # the seeds themselves are accepted or refused cleanly
        _feed(entry, target, tmp_path / f"seed{entry.suffix}", seed)
    counter = iter(range(10**9))

    @FUZZ_SETTINGS
    @given(content=hostile_files(seeds))
    def run(content: bytes) -> None:
        _feed(entry, target, tmp_path / f"input-{next(counter) % 4}{entry.suffix}", content)

    run()
    print(f"\n{name}: {COUNTS[name]} inputs, {REFUSED[name]} refused cleanly, 0 failures")


# ---- structured zips for the backup reader -------------------------------------------------

NAMES = st.sampled_from([
    "manifest.json", "database.sqlite3", "../../etc/passwd", "/abs/path", "attachments/x",
    "attachments/" + "a" * 64, "attachments/../../" + "b" * 62, "C:\\evil", "", "manifest.json/",
])  # fmt: skip
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=20)  # fmt: skip


def _manifest_like(draw: st.DrawFn) -> bytes:
    manifest: dict[str, Any] = {
        "format": "surplus-assets-backup", "format_version": 1, "app_version": "0.1.0",
        "schema_revision": "0002", "created_at": "2025-07-01T00:00:00+00:00", "kind": "manual",
        "database": {"member": "database.sqlite3", "sha256": "0" * 64, "size": 8},
        "row_counts": {"assets": 1}, "attachments": {"included": True, "files": []},
    }  # fmt: skip
    for key in draw(st.lists(st.sampled_from(sorted(manifest)), max_size=3)):
        manifest[key] = draw(JSON)
    return json.dumps(manifest).encode()


@pytest.mark.slow
@FUZZ_SETTINGS
@given(data=st.data())
def test_hostile_backup_structures(data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
                                   ) -> None:  # fmt: skip
    from surplus_assets.services.restore import verify_backup_file

    folder = tmp_path_factory.mktemp("zip")
    path = folder / "hostile.sabackup"
    with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are part of the attack
        for name in data.draw(st.lists(NAMES, max_size=5)):
            content = (_manifest_like(data.draw) if name == "manifest.json"
                       else data.draw(st.binary(max_size=256)))  # fmt: skip
            method = data.draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
            archive.writestr(zipfile.ZipInfo(name or "x"), content, compress_type=method)
    COUNTS["backup_structure"] += 1
    try:
        with time_limit(HANG_SECONDS):
            verify_backup_file(path, folder)
    except ServiceError as error:
        assert error.message.strip()
        REFUSED["backup_structure"] += 1
