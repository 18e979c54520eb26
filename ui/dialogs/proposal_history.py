"""The History tab of the proposal editor: its workflow steps and its audit trail."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.deadlines import VIETNAM_TZ
from surplus_assets.domain.proposal_workflow import state_label


def _when(moment: Any) -> str:
    return f"{moment.astimezone(VIETNAM_TZ):%d/%m/%Y %H:%M}"


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProposalHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = _table(
            "workflowSteps", [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Comment")]
        )
        self.events = _table(
            "auditEvents", [self.tr("When"), self.tr("By"), self.tr("Action"), self.tr("Details")]
        )
        steps_box = QGroupBox(self.tr("Workflow steps"))
        QVBoxLayout(steps_box).addWidget(self.steps)
        events_box = QGroupBox(self.tr("Audit trail"))
        QVBoxLayout(events_box).addWidget(self.events)
        layout = QVBoxLayout(self)
        layout.addWidget(steps_box, 1)
        layout.addWidget(events_box, 1)

    def action_text(self, action: str) -> str:
        texts = {
            "create": self.tr("Created"),
            "update": self.tr("Edited"),
            "submit": self.tr("Submitted"),
            "approve": self.tr("Approved"),
            "reject": self.tr("Rejected"),
            "return": self.tr("Returned for revision"),
            "revise": self.tr("Taken back to revise"),
            "start": self.tr("Handling started"),
            "complete": self.tr("Completed"),
            "cancel": self.tr("Cancelled"),
        }
        return texts.get(action, action)

    def show_history(self, transitions: list[Any], events: list[Any]) -> None:
        self.steps.setRowCount(len(transitions))
        for row, step in enumerate(transitions):
            cells = (
                _when(step.occurred_at),
                self.tr("{source} → {target}").format(
                    source=state_label(step.from_state), target=state_label(step.to_state)
                ),
                step.actor_name,
                step.comment or "",
            )
            for column, text in enumerate(cells):
                self.steps.setItem(row, column, QTableWidgetItem(text))
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            changed = sorted(set(event.after or {}) | set(event.before or {}))
            details = ", ".join(changed)
            if event.comment:
                details = f"{details} — {event.comment}" if details else event.comment
            cells = (_when(event.occurred_at), event.actor_name, self.action_text(event.action),
                     details)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.events.setItem(row, column, item)
