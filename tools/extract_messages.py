"""List the core's translatable strings and the ones still missing a translation.

    python tools/extract_messages.py            # msgids without a Vietnamese translation
    python tools/extract_messages.py --po       # the same, as .po entries to paste and fill

Strings are the literal first argument of `_()` and `N_()` calls in surplus_assets/ (found with the
AST, so implicit concatenation across lines is one string). tests/core/test_i18n.py uses
the same functions to keep the catalogue complete.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from surplus_assets.i18n import parse_po  # noqa: E402


def core_messages(root: Path = ROOT / "surplus_assets") -> dict[str, list[str]]:
    """msgid → the places ("path:line") that use it."""
    found: dict[str, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault(node.args[0].value, []).append(where)
    return found


def catalogue(language: str = "vi") -> dict[str, str]:
    merged: dict[str, str] = {}
    for po in sorted((ROOT / "resources" / "translations" / language).glob("*.po")):
        merged.update(parse_po(po.read_text(encoding="utf-8")))
    return merged


def po_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main() -> int:
    translated = catalogue()
    missing = {m: w for m, w in core_messages().items() if m not in translated}
    for message, places in missing.items():
        if "--po" in sys.argv:
            print(f'#: {" ".join(places)}\nmsgid {po_quote(message)}\nmsgstr ""\n')
        else:
            print(f"{places[0]}: {message}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
