"""Run poppler's command-line tools on PDF bytes (tests skip when they are missing)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def run(tool: str, pdf: bytes, *args: str) -> str:
    exe = need(tool)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            [exe, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
            capture_output=True,
            check=True,
            timeout=120,
        )
    return done.stdout.decode("utf-8")


def pdftotext(pdf: bytes, first: int | None = None, last: int | None = None) -> str:
    args = ["-layout", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return run("pdftotext", pdf, *args)


def fonts(pdf: bytes) -> list[tuple[str, str]]:
    """(font name, emb) for each font `pdffonts` lists."""
    lines = run("pdffonts", pdf).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # columns from the right: emb sub uni objectID gen
        out.append((parts[0], parts[-5]))
    return out


def is_nfc(text: str) -> bool:
    return unicodedata.normalize("NFC", text) == text
