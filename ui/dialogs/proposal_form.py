"""The fields of a handling proposal, with Vietnamese labels and the form table's rules.

The handling-form list offers only the forms that apply to every chosen asset's kind
(domain.handling_forms); the sale method appears for sales and liquidations, the target use
for a change of use, the recipient for a transfer or handover. `problems()` runs the same
checks the proposal service runs before it saves (services.proposal_input), so Save can stay
disabled while the proposal cannot be valid; the service's own refusal, field by field, is
shown by `show_problems()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from surplus_assets.domain.dates import format_date
from surplus_assets.domain.handling_forms import (
    FORMS,
    TargetUse,
    form_rule,
    sale_method_label,
    target_use_label,
)
from surplus_assets.domain.numbers import format_money
from surplus_assets.errors import ProblemList
from surplus_assets.services.proposal_input import check_form_fields, clean_proposal
from ui.dialogs.field_problems import FieldProblems


class ProposalForm(QWidget):
    edited = Signal()

    def __init__(self, problems: FieldProblems, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field_problems = problems
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Left empty: made from the form and assets"))
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("formCombo")
        self.sale_combo = QComboBox()
        self.sale_combo.setObjectName("saleMethodCombo")
        self.use_combo = QComboBox()
        self.use_combo.setObjectName("targetUseCombo")
        self.use_combo.addItem(self.tr("— choose the new use —"), None)
        for use in TargetUse:
            self.use_combo.addItem(target_use_label(use), str(use))
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("recipientEdit")
        self.recipient_edit.setPlaceholderText(self.tr("e.g. Trường THCS Hòa Bình"))
        self.justification_edit = QPlainTextEdit()
        self.justification_edit.setObjectName("justificationEdit")
        self.justification_edit.setPlaceholderText(
            self.tr("The reason for this handling and its legal basis")
        )
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setFixedHeight(72)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("estimatedValueEdit")
        self.value_edit.setPlaceholderText(self.tr("e.g. 1.250.000.000"))
        self.officer_combo = QComboBox()
        self.officer_combo.setObjectName("officerCombo")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("targetDateEdit")
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))

        p = problems
        layout = QFormLayout()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 6, 0)
        outer.addLayout(layout)
        outer.addStretch(1)  # spare height below the fields, not inside them
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addRow(self.tr("&Handling form:"), p.wrap("form", self.form_combo))
        layout.addRow(self.tr("&Sale method:"), p.wrap("sale_method", self.sale_combo))
        layout.addRow(self.tr("New &use:"), p.wrap("target_use", self.use_combo))
        layout.addRow(
            self.tr("&Recipient:"),
            p.wrap("recipient_name", self.recipient_edit, "recipient_unit_id"),
        )
        layout.addRow(self.tr("&Title:"), p.wrap("title", self.title_edit))
        layout.addRow(self.tr("&Justification:"), p.wrap("justification", self.justification_edit))
        layout.addRow(self.tr("Estimated &value:"), p.wrap("estimated_value", self.value_edit))
        layout.addRow(
            self.tr("Responsible &officer:"), p.wrap("responsible_officer", self.officer_combo)
        )
        layout.addRow(self.tr("Target &date:"), p.wrap("target_date", self.date_edit))
        self.layout_ = layout
        self.set_kinds(set())

        for edit in (self.title_edit, self.recipient_edit, self.value_edit, self.date_edit):
            edit.textEdited.connect(self._edited)
        self.justification_edit.textChanged.connect(self._edited)
        for combo in (self.form_combo, self.sale_combo, self.use_combo, self.officer_combo):
            combo.activated.connect(self._edited)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.value_edit.editingFinished.connect(self._format_value)

    def _edited(self, *_args: object) -> None:
        self.edited.emit()

    # --- choices ----------------------------------------------------------------------------

    def set_kinds(self, kinds: Iterable[str]) -> None:
        """Offer only the handling forms that apply to every one of these asset kinds."""
        kinds = set(kinds)
        current = self.form_combo.currentData()
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        self.form_combo.addItem(self.tr("— choose a handling form —"), None)
        for code, rule in FORMS.items():
            if all(rule.applies_to(kind) for kind in kinds):
                self.form_combo.addItem(rule.name(), str(code))
        index = self.form_combo.findData(current)
        self.form_combo.setCurrentIndex(max(index, 0))
        self.form_combo.blockSignals(False)
        self._form_changed()

    def set_officers(self, officers: list[tuple[str, str]], default: str | None) -> None:
        """(user name, "Full name") of the officers who may be responsible."""
        current = self.officer_combo.currentData() or default
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("— the person who creates it —"), None)
        for username, full_name in officers:
            self.officer_combo.addItem(f"{full_name} ({username})", username)
        index = self.officer_combo.findData(current)
        if index < 0 and current:
            self.officer_combo.addItem(current, current)  # e.g. a disabled account
            index = self.officer_combo.count() - 1
        self.officer_combo.setCurrentIndex(max(index, 0))

    def _form_changed(self) -> None:
        code = self.form_combo.currentData()
        rule = form_rule(code) if code else None
        sale_methods = rule.sale_methods if rule else ()
        current = self.sale_combo.currentData()
        self.sale_combo.clear()
        self.sale_combo.addItem(self.tr("— decided later (auction by default) —"), None)
        for method in sale_methods:
            self.sale_combo.addItem(sale_method_label(method), str(method))
        self.sale_combo.setCurrentIndex(max(self.sale_combo.findData(current), 0))
        self._show_row(self.sale_combo, bool(sale_methods))
        self._show_row(self.use_combo, bool(rule and rule.target_use_required))
        self._show_row(self.recipient_edit, bool(rule and rule.recipient_required))

    def _show_row(self, widget: QWidget, visible: bool) -> None:
        self.layout_.setRowVisible(widget.parentWidget(), visible)

    def _format_value(self) -> None:
        from surplus_assets.domain.numbers import NumberFormatError, parse_money

        try:
            value = parse_money(self.value_edit.text())
        except NumberFormatError:
            return
        self.value_edit.setText(format_money(value))

    # --- values -----------------------------------------------------------------------------

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.title_edit.setText(values.get("title") or "")
        index = self.form_combo.findData(values.get("form"))
        if index < 0 and values.get("form"):
            rule = form_rule(values["form"])  # kept even if the assets no longer allow it
            self.form_combo.addItem(rule.name(), str(rule.code))
            index = self.form_combo.count() - 1
        self.form_combo.setCurrentIndex(max(index, 0))
        self.sale_combo.setCurrentIndex(max(self.sale_combo.findData(values.get("sale_method")), 0))
        self.use_combo.setCurrentIndex(max(self.use_combo.findData(values.get("target_use")), 0))
        self.recipient_edit.setText(values.get("recipient_name") or "")
        self.justification_edit.setPlainText(values.get("justification") or "")
        self.value_edit.setText(format_money(values.get("estimated_value")))
        officer = values.get("responsible_officer")
        if officer and self.officer_combo.findData(officer) < 0:
            self.officer_combo.addItem(officer, officer)
        self.officer_combo.setCurrentIndex(max(self.officer_combo.findData(officer), 0))
        self.date_edit.setText(format_date(values.get("target_date")))

    def raw(self) -> dict[str, object]:
        """What the user typed, as the proposal service takes it (fields that do not apply
        to the chosen form are sent empty)."""
        code = self.form_combo.currentData()
        rule = form_rule(code) if code else None
        return {
            "title": self.title_edit.text(),
            "form": code,
            "sale_method": self.sale_combo.currentData() if rule and rule.sale_methods else None,
            "target_use": self.use_combo.currentData()
            if rule and rule.target_use_required
            else None,
            "recipient_name": self.recipient_edit.text()
            if rule and rule.recipient_required
            else None,
            "justification": self.justification_edit.toPlainText(),
            "estimated_value": self.value_edit.text(),
            "responsible_officer": self.officer_combo.currentData(),
            "target_date": self.date_edit.text(),
        }

    def problems(self, asset_count: int) -> dict[str, str]:
        """What the service would refuse before looking at the database, field by field."""
        problems = ProblemList()
        values = clean_proposal(self.raw(), None, problems)
        if values.get("form"):
            check_form_fields(values, problems)
        if not asset_count:
            from PySide6.QtCore import QCoreApplication

            problems.add(
                "assets",
                QCoreApplication.translate(
                    "ProposalForm", "Add at least one asset from the catalogue."
                ),
            )
        found: dict[str, str] = {}
        for problem in problems.problems:
            found.setdefault(problem.field, problem.message)
        return found

    def set_editable(self, editable: bool) -> None:
        for widget in (self.title_edit, self.recipient_edit, self.value_edit, self.date_edit):
            widget.setReadOnly(not editable)
        self.justification_edit.setReadOnly(not editable)
        for combo in (self.form_combo, self.sale_combo, self.use_combo, self.officer_combo):
            combo.setEnabled(editable)
