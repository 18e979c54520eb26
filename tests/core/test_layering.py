"""The core never imports Qt: the CLI, benchmarks and a future server run without it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "surplus_assets"


def test_core_imports_with_pyside6_blocked() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in CORE.rglob("*.py")
        if "migrations" not in path.parts and path.name != "__main__.py"
    )
    program = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_qt_import_statement_in_core() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)
    offenders = [p for p in CORE.rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_cli_start_does_not_load_heavy_libraries() -> None:
    """`surplus-assets-cli --help` must not pay for reportlab, pyHanko or openpyxl."""
    program = (
        "import sys\n"
        "from surplus_assets.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'openpyxl', 'PySide6') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
