"""Regenerate the pinned dependency locks from pyproject.toml.

requirements/runtime.lock: what the application (and its installer bundle) ships.
requirements/dev.lock:     runtime plus the test, lint and build tools.
Both are universal (every OS, Python 3.11+) and carry hashes, so every build installs the
same files. Needs `uv` (pip install uv).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def compile_lock(out: str, *extra: str) -> None:
    cmd = [
        "uv",
        "pip",
        "compile",
        "pyproject.toml",
        "--universal",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--no-header",
        "-o",
        out,
        *extra,
    ]
    subprocess.run(cmd, cwd=ROOT, check=True)


def main() -> int:
    compile_lock("requirements/runtime.lock")
    compile_lock("requirements/dev.lock", "--extra", "dev", "-c", "requirements/runtime.lock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
