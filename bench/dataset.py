"""The benchmark databases: built once with the demo generator and kept in bench/out/.

Province scale (the foundation issue): 5,000 house-and-land facilities, 2,000 housing
units, 3,000 cars and 190,000 equipment items = 200,000 assets. National scale (--national):
ten times that.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from surplus_assets.services import open_services
from surplus_assets.services.demo import load_demo

OUT = Path(__file__).resolve().parent / "out"
SCALES = {"province": 200_000, "national": 2_000_000, "small": 10_000}


def bench_home() -> Path:
    home = OUT / "home"
    home.mkdir(parents=True, exist_ok=True)
    os.environ["SURPLUS_ASSETS_HOME"] = str(home)
    return home


def database_path(scale: str) -> Path:
    return OUT / f"{scale}.sqlite3"


def build(scale: str, *, fresh: bool = False) -> Path:
    """The database of `scale`, built if missing (or if `fresh`)."""
    bench_home()
    path = database_path(scale)
    if path.exists() and not fresh:
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial = path.with_name(path.name + ".building")
    partial.unlink(missing_ok=True)
    services = open_services(f"sqlite:///{partial}")
    try:
        load_demo(services.context, services.units, count=SCALES[scale], seed=2025)
    finally:
        services.close()
    shutil.move(partial, path)
    return path
