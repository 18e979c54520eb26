"""Surplus Assets core: catalogue, proposals, reports and exchange of surplus public assets.

This package never imports PySide6 (tests/core/test_layering.py enforces it): the CLI, the
tests, the benchmarks and any future server use it without Qt.
"""

APP_NAME = "SurplusAssets"
APP_TITLE_VI = "Quản lý tài sản công dôi dư"

# The same as pyproject.toml's (tests/core/test_version.py checks). A literal rather than
# importlib.metadata: importing that and reading the installed metadata costs ~40 ms of
# every start, and a frozen bundle or a source checkout has no metadata to read.
__version__ = "0.1.0"
