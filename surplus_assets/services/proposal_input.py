"""Checking what a proposal says: every problem at once, each naming its field and rule.

`clean_proposal` turns raw input (from the editor, the CLI or an import) into typed values;
`check_against_assets` applies the handling-form rules (domain.handling_forms) to the
assets the proposal covers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from surplus_assets.domain.dates import parse_date
from surplus_assets.domain.format_errors import NumberFormatError
from surplus_assets.domain.handling_forms import (
    FORMS,
    HandlingForm,
    SaleMethod,
    TargetUse,
    UnitValue,
    form_rule,
    kind_problem,
    sale_method_problem,
)
from surplus_assets.domain.numbers import parse_money
from surplus_assets.domain.text import nfc, single_line
from surplus_assets.errors import ProblemList
from surplus_assets.i18n import _

# Fields a proposal holds (besides its assets), in the order an editor shows them.
PROPOSAL_FIELDS = (
    "title",
    "form",
    "sale_method",
    "target_use",
    "recipient_unit_id",
    "recipient_name",
    "justification",
    "estimated_value",
    "responsible_officer",
    "target_date",
)
TEXT_LIMITS = {"title": 300, "recipient_name": 300, "justification": 4000}


@dataclass(frozen=True)
class AssetFacts:
    """What the rules need to know about one asset of a proposal."""

    code: str
    kind: str
    quantity: int
    original_cost: int
    remaining_value: int

    def unit_value(self) -> UnitValue:
        count = max(self.quantity, 1)
        return UnitValue(self.kind, self.original_cost // count, self.remaining_value // count)


def _text(value: object, *, multiline: bool = False) -> str | None:
    if value is None:
        return None
    text = nfc(str(value)).strip() if multiline else single_line(nfc(str(value)))
    return text or None


def clean_proposal(
    raw: Mapping[str, object], existing: Mapping[str, Any] | None, problems: ProblemList
) -> dict[str, Any]:
    """Typed values of the fields present in `raw`, merged over `existing`."""
    values: dict[str, Any] = dict(existing or {})
    unknown = set(raw) - set(PROPOSAL_FIELDS) - {"assets"}
    for name in sorted(unknown):
        problems.add(name, _("Unknown proposal field."), name)
    for name in PROPOSAL_FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if name == "form":
            text = _text(value)
            values[name] = text
            if text is None:
                problems.add(name, _("Choose a handling form."))
            elif text not in FORMS:
                problems.add(
                    name,
                    _("Unknown handling form; use one of: {codes}.").format(
                        codes=", ".join(HandlingForm)
                    ),
                    text,
                )
        elif name == "sale_method":
            text = _text(value)
            if text is not None and text not in SaleMethod.__members__.values():
                problems.add(
                    name,
                    _("Unknown sale method; use one of: {codes}.").format(
                        codes=", ".join(SaleMethod)
                    ),
                    text,
                )
            values[name] = text
        elif name == "target_use":
            text = _text(value)
            if text is not None and text not in TargetUse.__members__.values():
                problems.add(
                    name,
                    _("Unknown target use; use one of: {codes}.").format(
                        codes=", ".join(TargetUse)
                    ),
                    text,
                )
            values[name] = text
        elif name == "estimated_value":
            try:
                values[name] = parse_money(value)  # type: ignore[arg-type]
            except NumberFormatError as error:
                problems.add(name, error.message, value)
            else:
                if values[name] is not None and values[name] < 0:
                    problems.add(name, _("The estimated value cannot be negative."), value)
        elif name == "target_date":
            try:
                values[name] = parse_date(value)  # type: ignore[arg-type]
            except NumberFormatError as error:
                problems.add(name, error.message, value)
        else:
            values[name] = _text(value, multiline=name == "justification")
            limit = TEXT_LIMITS.get(name)
            if limit and values[name] and len(values[name]) > limit:
                problems.add(name, _("At most {count} characters.").format(count=limit))
    return values


def check_form_fields(values: Mapping[str, Any], problems: ProblemList) -> None:
    """What the chosen form requires the proposal to state (and what it must leave empty)."""
    code = values.get("form")
    if code not in FORMS:
        return
    rule = form_rule(code)
    if rule.target_use_required and not values.get("target_use"):
        problems.add(
            "target_use",
            _(
                '"{form}" needs the new use (health, education, culture, '
                "sports, commune police, community or other)."
            ).format(form=rule.name()),
        )
    if not rule.target_use_required and values.get("target_use"):
        problems.add(
            "target_use",
            _('A target use applies only to "{form}".').format(
                form=FORMS[HandlingForm.CHANGE_OF_USE].name()
            ),
            values.get("target_use"),
        )
    if rule.recipient_required and not (
        values.get("recipient_unit_id") or values.get("recipient_name")
    ):
        problems.add(
            "recipient_name",
            _('"{form}" needs the unit that receives the assets.').format(form=rule.name()),
        )
    if rule.justification_required and not values.get("justification"):
        problems.add(
            "justification",
            _('"{form}" needs a justification stating the reason and its legal basis.').format(
                form=rule.name()
            ),
        )


def check_against_assets(
    values: Mapping[str, Any], assets: Sequence[AssetFacts], problems: ProblemList
) -> None:
    """The form must apply to every asset's kind, and the sale method to its value."""
    code = values.get("form")
    if code not in FORMS:
        return
    for asset in assets:
        reason = kind_problem(code, asset.kind)
        if reason:
            problems.add("form", _("{code}: {reason}").format(code=asset.code, reason=reason), code)
            continue
        reason = sale_method_problem(code, values.get("sale_method"), asset.unit_value())
        if reason:
            problems.add(
                "sale_method",
                _("{code}: {reason}").format(code=asset.code, reason=reason),
                values.get("sale_method"),
            )


def check_decision(
    number: object, decided_on: object, signer: object, *, today: date, problems: ProblemList
) -> tuple[str, date, str]:
    """The approving decision: its number, date and signer are all required."""
    number_text, signer_text = _text(number), _text(signer)
    if not number_text:
        problems.add(
            "decision_number", _("Enter the number of the approving decision (e.g. 123/QĐ-UBND).")
        )
    if not signer_text:
        problems.add("decision_signer", _("Enter who signed the decision."))
    decision_date: date | None = None
    try:
        decision_date = parse_date(decided_on) if decided_on is not None else today  # type: ignore[arg-type]
    except NumberFormatError as error:
        problems.add("decision_date", error.message, decided_on)
    if decision_date is not None and decision_date > today:
        problems.add("decision_date", _("The decision date cannot be in the future."), decided_on)
    return number_text or "", decision_date or today, signer_text or ""
