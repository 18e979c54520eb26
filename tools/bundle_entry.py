"""Entry script of the frozen bundle: one program that is the GUI or the CLI by its name.

build.spec freezes this script once. On Linux the bundle holds one executable,
`SurplusAssets`, and `surplus-assets-cli` is a symbolic link to it, so both share one
embedded module archive (PyInstaller embeds it in every executable: a second one cost
12 MiB). Windows and macOS get two executables (console and windowed) from the same script.
Started under a name beginning with `surplus-assets-cli` it runs the command line,
otherwise the desktop application. Each branch imports only its own side, so the GUI's
start is not slowed by the CLI's imports and the other way round.
"""

from __future__ import annotations

import sys
from pathlib import Path

CLI_NAME = "surplus-assets-cli"


def started_as_cli(program: str) -> bool:
    """True when `program` (argv[0]: a path, with or without .exe) names the CLI."""
    return Path(program).name.lower().startswith(CLI_NAME)


def main() -> int:
    if started_as_cli(sys.argv[0]):
        from surplus_assets.cli import main as cli_main

        return cli_main()
    from ui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
