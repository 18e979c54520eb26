"""Surplus Assets core: catalogue, proposals, reports and exchange of surplus public assets.

This package never imports PySide6 (tests/core/test_layering.py enforces it): the CLI, the
tests, the benchmarks and any future server use it without Qt.
"""

from importlib import metadata as _metadata

APP_NAME = "SurplusAssets"
APP_TITLE_VI = "Quản lý tài sản công dôi dư"

try:
    __version__ = _metadata.version("surplus-assets")
except _metadata.PackageNotFoundError:  # source checkout without install, or frozen bundle
    __version__ = "0.1.0"
