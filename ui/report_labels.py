"""What the report screens call the report kinds and register states (translated on call).

The core keeps kind and state as plain keys ("inventory", "countersigned"); the Reports page,
the report dialog and the verify dialog all name them through these two functions, so one
kind never has two names on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KINDS = ("inventory", "plan", "dossier", "progress")


def kind_label(kind: str) -> str:
    tr = QCoreApplication.translate
    return {
        "inventory": tr("Reports", "Inventory of surplus assets"),
        "plan": tr("Reports", "Handling plan (form 01/TSC-XLTS)"),
        "dossier": tr("Reports", "Dossier of one asset"),
        "progress": tr("Reports", "Progress report"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    tr = QCoreApplication.translate
    return {
        "generated": tr("Reports", "Not signed"),
        "signed": tr("Reports", "Signed"),
        "countersigned": tr("Reports", "Countersigned"),
    }.get(state, state)
