"""Alembic migrations. HEAD_REVISION lets the start-up check compare revisions without
loading Alembic (a test keeps it equal to the script directory's head)."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent
HEAD_REVISION = "0006"
