"""What the report screens call the report kinds and register states (translated on call).

The core keeps kind and state as plain keys ("inventory", "countersigned"); the Reports page,
the report dialog and the verify dialog all name them through these two functions, so one
kind never has two names on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

KINDS = ("inventory", "plan", "dossier", "progress")


def kind_label(kind: str) -> str:
    return {
        "inventory": QCoreApplication.translate("ReportLabels", "Inventory of surplus assets"),
        "plan": QCoreApplication.translate("ReportLabels", "Handling plan (form 01/TSC-XLTS)"),
        "dossier": QCoreApplication.translate("ReportLabels", "Dossier of one asset"),
        "progress": QCoreApplication.translate("ReportLabels", "Progress report"),
    }.get(kind, kind)


def state_label(state: str) -> str:
    return {
        "generated": QCoreApplication.translate("ReportLabels", "Not signed"),
        "signed": QCoreApplication.translate("ReportLabels", "Signed"),
        "countersigned": QCoreApplication.translate("ReportLabels", "Countersigned"),
    }.get(state, state)
