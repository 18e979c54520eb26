"""The log file: rotating, in the log directory, and free of secrets."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from surplus_assets.logging_setup import (
    BACKUP_COUNT,
    MAX_BYTES,
    active_log_file,
    close_logging,
    redact,
    setup_logging,
)


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    level = logging.getLogger().level
    yield tmp_path
    close_logging()
    logging.getLogger().setLevel(level)


def test_secrets_are_masked() -> None:
    assert redact("postgresql://so_tc:Bi-mat1@10.0.0.5/assets") == (
        "postgresql://so_tc:***@10.0.0.5/assets"
    )
    assert redact("login user=an password=hunter2, pin: 123456") == (
        "login user=an password=***, pin: ***"
    )
    assert redact("PASSPHRASE='a b c' ok") == "PASSPHRASE=*** ok"
    assert redact("Mở tài sản HQ-0001 (pinned=no)") == "Mở tài sản HQ-0001 (pinned=no)"


def test_log_file_rotates_and_holds_no_secrets(log_dir: Path) -> None:
    path = setup_logging(directory=log_dir)
    assert path == log_dir / "surplus_assets.log" == active_log_file()
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    assert (handler.maxBytes, handler.backupCount + 1) == (MAX_BYTES, 5) == (1_000_000, 5)
    assert BACKUP_COUNT == 4
    log = logging.getLogger("test")
    log.info("signing with pin=%s", "987654")
    try:
        raise RuntimeError("connect postgresql://u:topsecret@h/db failed")
    except RuntimeError:
        log.exception("opening failed")
    log.debug("hidden unless verbose")
    text = path.read_text(encoding="utf-8")
    assert "987654" not in text and "topsecret" not in text
    assert "pin=***" in text and "Traceback" in text
    assert "hidden unless verbose" not in text


def test_verbose_logs_debug_and_setup_twice_keeps_one_handler(log_dir: Path) -> None:
    setup_logging(directory=log_dir)
    path = setup_logging(directory=log_dir, verbose=True)
    logging.getLogger("test").debug("detail")
    assert "detail" in path.read_text(encoding="utf-8")
    ours = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert len(ours) == 1
