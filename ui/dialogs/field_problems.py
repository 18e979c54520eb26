"""Messages next to form fields: the service says which field is wrong, the form shows where.

    problems = FieldProblems()
    form.addRow(self.tr("&User name:"), problems.wrap("username", self.username_edit))
    ...
    except ValidationError as error:
        leftover = problems.show(error.by_field())   # messages for fields the form lacks

Each field gets a red, word-wrapped label under it (object name "<field>Problem"), hidden
while there is nothing to say, so the layout does not jump around when the form is valid.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

PROBLEM_STYLE = "color: #b00020;"


def problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{name}Problem")
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


class FieldProblems:
    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def label(self, field: str) -> QLabel:
        if field not in self.labels:
            self.labels[field] = problem_label(field)
        return self.labels[field]

    def wrap(self, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """`widget` with its problem label under it, for one row of a QFormLayout.

        `aliases` are other field names whose messages belong under the same widget
        (e.g. recipient_unit_id under the recipient's name)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = self.label(field)
        layout.addWidget(label)
        for alias in aliases:
            self.labels[alias] = label
        return box

    def show(self, by_field: Mapping[str, str]) -> dict[str, str]:
        """Show each message under its field; return those with no field on this form."""
        self.clear()
        leftover: dict[str, str] = {}
        shown: dict[int, list[str]] = {}
        for field, message in by_field.items():
            label = self.labels.get(field)
            if label is None:
                leftover[field] = message
                continue
            shown.setdefault(id(label), []).append(message)
            label.setText("\n".join(shown[id(label)]))
            label.show()
        return leftover

    def set(self, field: str, message: str) -> None:
        label = self.labels[field]
        label.setText(message)
        label.setVisible(bool(message))

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
