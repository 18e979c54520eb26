"""The GUI's first screen must not pay for reportlab or pyHanko."""

from __future__ import annotations

import subprocess
import sys


def test_report_api_modules_do_not_import_reportlab_or_pyhanko() -> None:
    code = (
        "import sys\n"
        "import surplus_assets.reports, surplus_assets.reports.data\n"
        "import surplus_assets.reports.signing, surplus_assets.reports.verify\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules}"
        " & {'reportlab', 'pyhanko', 'PIL', 'pypdfium2', 'cryptography'})\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="."
    )
    assert done.stdout.strip() == ""
