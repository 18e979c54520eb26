"""A list of exchange conflicts beside the selected one's side-by-side table.

With `with_choices` (the import dialog) each conflict gets a choice: keep mine, take
incoming, or decide later (the conflict is then kept, and can be settled from Tools ▸
Pending exchange conflicts). `choices()` gives {entity_id: "local" | "incoming"} for
services.exchange.apply().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.conflict_table import ConflictTable, entity_label

LATER = "later"


class ConflictsPanel(QWidget):
    currentChanged = Signal(object)  # noqa: N815 (Qt signal naming): ConflictView or None

    def __init__(self, with_choices: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts: list[Any] = []
        self.with_choices = with_choices
        self._choices: dict[str, str] = {}
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Conflicting records"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._row_changed)
        self.heading = QLabel()
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.table = ConflictTable()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.table, 1)
        self.choice_group = QButtonGroup(self)
        self.keep_local = QRadioButton(self.tr("&Keep mine"))
        self.keep_local.setObjectName("keepLocalRadio")
        self.take_incoming = QRadioButton(self.tr("&Take incoming"))
        self.take_incoming.setObjectName("takeIncomingRadio")
        self.decide_later = QRadioButton(self.tr("Decide &later"))
        self.decide_later.setObjectName("decideLaterRadio")
        choice_row = QHBoxLayout()
        for button, value in (
            (self.keep_local, "local"),
            (self.take_incoming, "incoming"),
            (self.decide_later, LATER),
        ):
            button.setProperty("choice", value)
            self.choice_group.addButton(button)
            choice_row.addWidget(button)
        choice_row.addStretch(1)
        self.choice_group.buttonToggled.connect(self._choice_toggled)
        if with_choices:
            right_layout.addLayout(choice_row)
        else:
            for button in (self.keep_local, self.take_incoming, self.decide_later):
                button.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_conflicts(self, conflicts: list[Any]) -> None:
        self.conflicts = list(conflicts)
        self._choices = {c.entity_id: self._choices.get(c.entity_id, LATER) for c in conflicts}
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem()
            self.list.addItem(item)
            self._label_item(item, conflict)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self._row_changed(-1)

    def current(self) -> Any | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def choose(self, entity_id: str, keep: str) -> None:
        self._choices[entity_id] = keep
        current = self.current()
        if current is not None and current.entity_id == entity_id:
            self._show_choice(keep)
        for row, conflict in enumerate(self.conflicts):
            if conflict.entity_id == entity_id:
                self._label_item(self.list.item(row), conflict)

    def choices(self) -> dict[str, str]:
        return {k: v for k, v in self._choices.items() if v != LATER}

    def _label_item(self, item: QListWidgetItem, conflict: Any) -> None:
        marks = {
            "local": self.tr("keep mine"),
            "incoming": self.tr("take incoming"),
            LATER: self.tr("undecided"),
        }
        text = f"{entity_label(conflict.entity_type)} {conflict.code}"
        if self.with_choices:
            text = f"{text}\n→ {marks[self._choices.get(conflict.entity_id, LATER)]}"
        item.setText(text)

    def _row_changed(self, row: int) -> None:
        conflict = self.current()
        self.table.show_conflict(conflict)
        enabled = conflict is not None
        for button in (self.keep_local, self.take_incoming, self.decide_later):
            button.setEnabled(enabled)
        if conflict is None:
            self.heading.setText(self.tr("No conflicts."))
        else:
            self.heading.setText(
                self.tr(
                    "{entity} {code} was changed both here (version {local}) and at the "
                    "sender (version {incoming}). Compare the highlighted fields and choose "
                    "which version to keep."
                ).format(
                    entity=entity_label(conflict.entity_type),
                    code=conflict.code,
                    local=conflict.local_version,
                    incoming=conflict.incoming_version,
                )
            )
            self._show_choice(self._choices.get(conflict.entity_id, LATER))
        self.currentChanged.emit(conflict)

    def _show_choice(self, keep: str) -> None:
        button = {"local": self.keep_local, "incoming": self.take_incoming}.get(
            keep, self.decide_later
        )
        self.choice_group.blockSignals(True)
        button.setChecked(True)
        self.choice_group.blockSignals(False)
        self.table.set_choice(None if keep == LATER else keep)

    def _choice_toggled(self, button: QRadioButton, checked: bool) -> None:
        conflict = self.current()
        if checked and conflict is not None:
            self.choose(conflict.entity_id, str(button.property("choice")))
