"""The benchmark databases: built once with the demo generator and kept in bench/out/.

Province scale (the foundation issue): 5,000 house-and-land facilities, 2,000 housing
units, 3,000 cars and 190,000 equipment items = 200,000 assets. National scale (--national):
ten times that; "small" (10,000) is the bottom of the scaling table.

The rows are those of `demo --assets N --seed 2025` (same generator, same seed), inserted
in transactions of CHUNK assets, so an interrupted build resumes where it stopped: the file
`<scale>.sqlite3.building` holds the committed chunks and `.progress` their count; the
generator replays the rows already written (cheap next to inserting them) and carries on.
Only a finished build is renamed to `<scale>.sqlite3`.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from surplus_assets.db.models import Building, table_of
from surplus_assets.db.search_index import index_new_assets, insert_assets
from surplus_assets.services import open_services
from surplus_assets.services.audit import AuditRecorder
from surplus_assets.services.demo import DEFAULT_PROVINCE, DemoGenerator, plan_for

OUT = Path(__file__).resolve().parent / "out"
SCALES = {"small": 10_000, "province": 200_000, "national": 2_000_000}
SEED = 2025
CHUNK = 50_000


def bench_home() -> Path:
    home = OUT / "home"
    home.mkdir(parents=True, exist_ok=True)
    os.environ["SURPLUS_ASSETS_HOME"] = str(home)
    return home


def database_path(scale: str) -> Path:
    return OUT / f"{scale}.sqlite3"


def build_log() -> Path:
    """Build times of the databases (JSON lines), quoted in docs/benchmarks-scaling.md."""
    return OUT / "builds.jsonl"


def build(scale: str, *, fresh: bool = False) -> Path:
    """The database of `scale`, built (or its interrupted build resumed) if missing."""
    bench_home()
    path = database_path(scale)
    if path.exists() and not fresh:
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial = path.with_name(path.name + ".building")
    progress = path.with_name(path.name + ".progress")
    if fresh or not progress.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        progress.write_text(json.dumps({"done": 0, "buildings": 0, "seconds": 0.0}))
    state = json.loads(progress.read_text())
    count = SCALES[scale]
    started = time.perf_counter()
    services = open_services(f"sqlite:///{partial}")
    try:
        context = services.context
        generator = DemoGenerator(services.units, plan_for(services.units, DEFAULT_PROVINCE),
                                  SEED, context.origin_id)  # fmt: skip
        rows = generator.rows(count)
        for _ in range(state["done"]):  # replay what an earlier run committed
            next(rows)
        if state["done"]:
            print(f"  resuming the {scale} build at {state['done']:,} of {count:,}", flush=True)
        while state["done"] < count:
            chunk = [row for _, row in zip(range(CHUNK), rows, strict=False)]
            buildings = generator.buildings[state["buildings"] :]
            with context.db.write() as session:
                # Indexed for search once, with the last chunk: the file is not used before.
                insert_assets(session, chunk, index=False)
                if buildings:
                    session.execute(insert(table_of(Building)), buildings)
                if state["done"] + len(chunk) >= count:
                    index_new_assets(session, after_rowid=0)
                    AuditRecorder(context).record(
                        session, action="demo_load", entity_type="database", entity_id="assets",
                        after={"count": count, "seed": SEED, "province_id": DEFAULT_PROVINCE},
                    )  # fmt: skip
            state = {"done": state["done"] + len(chunk),
                     "buildings": len(generator.buildings),
                     "seconds": state["seconds"] + time.perf_counter() - started}  # fmt: skip
            started = time.perf_counter()
            progress.write_text(json.dumps(state))
            print(f"  {scale}: {state['done']:,} of {count:,} assets "
                  f"({state['seconds']:.0f} s so far)", flush=True)  # fmt: skip
    finally:
        services.close()
    shutil.move(partial, path)
    progress.unlink()
    record: dict[str, Any] = {"scale": scale, "assets": count, "seconds": round(state["seconds"]),
                              "finished": time.strftime("%Y-%m-%d %H:%M")}  # fmt: skip
    with build_log().open("a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")
    return path


def build_seconds(scale: str) -> tuple[float, int, int] | None:
    """(seconds spent, assets written, assets wanted) of the last or the running build."""
    progress = database_path(scale).with_name(f"{scale}.sqlite3.progress")
    if progress.exists():
        state = json.loads(progress.read_text())
        return state["seconds"], state["done"], SCALES[scale]
    if build_log().exists():
        for line in reversed(build_log().read_text().splitlines()):
            record = json.loads(line)
            if record["scale"] == scale:
                return record["seconds"], record["assets"], record["assets"]
    return None


if __name__ == "__main__":
    for name in sys.argv[1:] or ["province"]:
        print(build(name))
