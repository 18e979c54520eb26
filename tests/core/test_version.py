"""The version the application shows is the one it is packaged under."""

from __future__ import annotations

import tomllib
from pathlib import Path

from surplus_assets import __version__


def test_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == __version__
