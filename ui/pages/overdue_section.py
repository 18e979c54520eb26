"""The dashboard's list of overdue handling proposals.

Proposals are overdue when their legal time limit (Decree 186/2025) has passed; the
proposals service judges that. Until the database holds proposals the section says so
plainly instead of showing an empty table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ui.app_context import AppContext


class OverdueSection(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("overdueSection")
        self.setTitle(self.tr("Overdue proposals"))
        self.context = context
        self.empty_label = QLabel(
            self.tr(
                "No proposals yet. Overdue handling proposals will be listed here once "
                "proposals are recorded: each one past its legal time limit, oldest first."
            )
        )
        self.empty_label.setObjectName("overdueEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Reload the overdue proposals (none can exist before the proposals service)."""
