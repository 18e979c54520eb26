"""A throw-away PostgreSQL server for the test suite, on 127.0.0.1 and a free port.

Used by `tools/dev.py test` (and so by .ci/run): when PostgreSQL's server programs are
installed, a fresh cluster is created in a temporary directory, started with trust
authentication for local TCP only, and removed afterwards. initdb refuses to run as root, so
as root the cluster belongs to the `postgres` user (created by Debian's postgresql package).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def find_bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(command: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *command] if owner else command


@contextlib.contextmanager
def temporary_server() -> Iterator[str | None]:
    """Yields a SQLAlchemy URL, or None when PostgreSQL is not installed."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        yield None
        return
    owner = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="sa-pg-"))
    data = root / "data"
    if owner:
        shutil.chown(root, user=owner)
        os.chmod(root, 0o700)
    port = _free_port()
    log = root / "server.log"
    subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres",
                              "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                             owner), check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off"
    subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log),
                              "-o", options, "-w", "start"], owner),
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                  "-w", "stop"], owner), stdout=subprocess.DEVNULL)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)
