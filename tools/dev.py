"""Set up and run the application or the tests, from a fresh checkout, on any OS.

    python3 tools/dev.py run [app options]     # the desktop application (py tools\\dev.py run)
    python3 tools/dev.py test [pytest options] # the whole test suite (py tools\\dev.py test)
    python3 tools/dev.py cli [command ...]     # surplus-assets-cli in the same environment

The first call creates .venv/ and installs the locked dependencies (requirements/*.lock,
with hashes) and the project in editable mode; later calls reinstall only when a lock file
changed. `run` loads demo data into an empty database first. `test` also starts a private
PostgreSQL server when PostgreSQL is installed (tools/pg_test_server.py), so the database
tests run on SQLite and PostgreSQL; set SURPLUS_ASSETS_TEST_PG_URL to use your own server,
or pass --no-postgres.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
DEMO_ASSETS = "5000"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(lock: str) -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    lock_path = ROOT / "requirements" / lock
    stamp = VENV / f".installed-{lock}"
    digest = hashlib.sha256(lock_path.read_bytes() + (ROOT / "pyproject.toml").read_bytes())
    if not stamp.exists() or stamp.read_text() != digest.hexdigest():
        print(f"Installing locked dependencies ({lock}) ...", flush=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "--require-hashes", "-r", str(lock_path)], check=True)
        subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
        stamp.write_text(digest.hexdigest())
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    tool = ROOT / "tools" / "build_translations.py"
    if tool.exists():
        subprocess.run([str(python), str(tool), "--release"], check=True, cwd=ROOT)


def run_app(args: list[str]) -> int:
    python = ensure_environment("runtime.lock")
    db_args = _db_arguments(args)
    subprocess.run([str(python), "-m", "surplus_assets", *db_args, "demo", "--if-empty",
                    "--assets", DEMO_ASSETS, "--seed", "1"], check=True, cwd=ROOT,
                   stdin=subprocess.DEVNULL)  # fmt: skip
    return subprocess.run([str(python), "-m", "ui.app", *args], cwd=ROOT).returncode


def _db_arguments(args: list[str]) -> list[str]:
    """The --db option of the app's arguments ("--db URL" or "--db=URL"), for the CLI."""
    for index, arg in enumerate(args):
        if arg.startswith("--db="):
            return [arg]
        if arg == "--db" and index + 1 < len(args):
            return ["--db", args[index + 1]]
    return []


def run_cli(args: list[str]) -> int:
    python = ensure_environment("runtime.lock")
    return subprocess.run([str(python), "-m", "surplus_assets", *args], cwd=ROOT).returncode


def run_tests(args: list[str]) -> int:
    python = ensure_environment("dev.lock")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [str(python), "-m", "pytest", *[a for a in args if a != "--no-postgres"]]
    if "--no-postgres" in args or env.get("SURPLUS_ASSETS_TEST_PG_URL"):
        return subprocess.run(command, cwd=ROOT, env=env).returncode
    sys.path.insert(0, str(ROOT / "tools"))
    from pg_test_server import temporary_server

    with temporary_server() as url:
        if url is None:
            print("PostgreSQL is not installed: database tests run on SQLite only.")
        else:
            print(f"PostgreSQL test server: {url}", flush=True)
            env["SURPLUS_ASSETS_TEST_PG_URL"] = url
        return subprocess.run(command, cwd=ROOT, env=env).returncode


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "test", "cli"):
        print(__doc__)
        return 2
    action, rest = sys.argv[1], sys.argv[2:]
    return {"run": run_app, "test": run_tests, "cli": run_cli}[action](rest)


if __name__ == "__main__":
    sys.exit(main())
