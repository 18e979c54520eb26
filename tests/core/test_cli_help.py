"""Every page of `surplus-assets-cli ... --help` speaks the language asked for.

The help is read in a fresh interpreter, the way a user runs the CLI: text translated when a
module is imported (before --lang is read) would show in the wrong language there, while a
test in this process would see modules imported long ago.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Vietnamese letters with diacritics (Latin-1 Supplement to Latin Extended Additional).
VIETNAMESE = re.compile(r"[\u00C0-\u1EF9]")
# Quoted examples are Vietnamese document wording on purpose: "123/QĐ-UBND", "PHÓ GIÁM ĐỐC".
QUOTED_EXAMPLE = re.compile(r'"[^"]*"')

# Prints {"command path": help text} for the top level and every command and subcommand.
HELP_PAGES = """
import argparse, contextlib, io, json, sys
from surplus_assets import cli

def commands(parser, path):
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, [*path, name])

pages = {}
for path in list(commands(cli.build_parser(), [])):
    page = io.StringIO()
    with contextlib.redirect_stdout(page), contextlib.suppress(SystemExit):
        cli.main([*sys.argv[1:], *path, "--help"])
    pages[" ".join(path) or "(top level)"] = page.getvalue()
json.dump(pages, sys.stdout, ensure_ascii=False)
"""


def help_pages(*lang_args: str, env_language: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SURPLUS_ASSETS_LANG"}
    if env_language:
        env["SURPLUS_ASSETS_LANG"] = env_language
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-c", HELP_PAGES, *lang_args],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    pages: dict[str, str] = json.loads(result.stdout)
    assert len(pages) > 40 and "proposals submit" in pages  # every command was reached
    return pages


def vietnamese_lines(page: str) -> list[str]:
    return [line.strip() for line in QUOTED_EXAMPLE.sub("", page).splitlines()
            if VIETNAMESE.search(line)]  # fmt: skip


@pytest.mark.parametrize(
    ("lang_args", "env_language"),
    [(("--lang", "en"), None), (("--lang=en",), "vi"), ((), "en")],
    ids=["--lang en", "--lang=en over SURPLUS_ASSETS_LANG=vi", "SURPLUS_ASSETS_LANG=en"],
)
def test_english_help_has_no_vietnamese(lang_args: tuple[str, ...], env_language: str | None
                                        ) -> None:  # fmt: skip
    pages = help_pages(*lang_args, env_language=env_language)
    leftovers = {path: lines for path, page in pages.items() if (lines := vietnamese_lines(page))}
    assert leftovers == {}
    assert "submit a draft for decision" in pages["proposals"]
    assert "usage: surplus-assets-cli proposals create" in pages["proposals create"]


def test_vietnamese_help_on_every_page() -> None:
    pages = help_pages("--lang", "vi", env_language="en")
    untranslated = [path for path, page in pages.items() if not vietnamese_lines(page)]
    assert untranslated == []
    assert "trình phương án dự thảo để quyết định" in pages["proposals"]
    create = pages["proposals create"]
    assert create.startswith("cách dùng: surplus-assets-cli proposals create")
    assert "ngày dự kiến hoàn thành" in create and "tùy chọn:" in create
