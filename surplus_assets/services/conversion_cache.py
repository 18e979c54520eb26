"""Conversions remembered over one batch of asset records (a spreadsheet import).

A register of 100,000 rows names the same few kinds, units, years and conditions over and
over: the cache converts each distinct value of a field, and resolves each distinct unit
text, once, and answers the rest from memory, with exactly the results and messages of
convert() and the unit checks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from surplus_assets.domain.asset_kinds import FieldSpec
from surplus_assets.domain.numbers import NumberFormatError
from surplus_assets.services.asset_units import resolve_unit
from surplus_assets.services.field_values import choice_code, conversion_message, convert
from surplus_assets.services.units import UnitRegistry


def _memo_key(value: object) -> object:
    """A memo key that tells apart values equal across types (1, 1.0, True): text, the most
    common, is its own key (no tuple to build and hash); any other value is (type, value)."""
    return value if type(value) is str else (type(value), value)


_MEMO_LIMIT = 4096  # distinct values remembered per field (names and serials do not repeat)


class ConversionCache:
    """Conversions remembered over one batch of records (a spreadsheet import).

    The cells of a register repeat (kinds, units, years, categories, conditions), so each
    distinct value of a field is converted, and each distinct unit text resolved, once; the
    results, messages included, are those of `convert` and the unit checks themselves. Valid
    for one language and one `today`, like the batch it serves. A field that reaches
    _MEMO_LIMIT distinct values (names, codes, serial numbers, amounts: all different) is
    converted without a memo from then on, instead of holding a copy of the whole batch.
    """

    def __init__(self, units: UnitRegistry, today: date) -> None:
        self.units = units
        self.today = today
        self.this_year = today.year
        # Field name → {memo key: (accepted, value or message)}, None once a field has too
        # many distinct values; clean_asset reads it directly for values seen and accepted.
        self.field_memos: dict[str, dict[object, tuple[bool, Any]] | None] = {}
        self._choices: dict[tuple[str, str], tuple[bool, str]] = {}
        self._units: dict[tuple[str, bool], str | None] = {}
        self._receivers: dict[str, tuple[set[str], set[str | None]]] = {}

    def convert(self, spec: FieldSpec, value: object) -> Any:
        """`convert(spec, value)`; a refused value raises ValueError with the same message."""
        try:
            memo = self.field_memos[spec.name]
        except KeyError:
            memo = self.field_memos[spec.name] = {}
        if memo is None:  # a field of (nearly) all different values: converted each time
            return convert(spec, value, this_year=self.this_year)
        try:
            key = _memo_key(value)
            found = memo.get(key)
        except TypeError:  # an unhashable value (never from a cell): no memo
            return convert(spec, value, this_year=self.this_year)
        if found is None:
            try:
                found = (True, convert(spec, value, this_year=self.this_year))
            except (ValueError, NumberFormatError) as error:
                found = (False, conversion_message(error))
            memo[key] = found
            if len(memo) >= _MEMO_LIMIT:
                self.field_memos[spec.name] = None
        if found[0]:
            return found[1]
        raise ValueError(found[1])

    def choice(self, spec: FieldSpec, text: str) -> str:
        """`choice_code(spec, text)`, remembered (the kind of every row is read this way)."""
        key = (spec.name, text)
        found = self._choices.get(key)
        if found is None:
            try:
                found = (True, choice_code(spec, text))
            except ValueError as error:
                found = (False, str(error))
            if len(self._choices) < _MEMO_LIMIT:
                self._choices[key] = found
        if found[0]:
            return found[1]
        raise ValueError(found[1])

    def resolve_unit(self, text: str, current: bool) -> str | None:
        key = (text, current)
        if key not in self._units:
            self._units[key] = resolve_unit(text, current, self.units)
        return self._units[key]

    def receivers(self, legacy: str) -> tuple[set[str], set[str | None]]:
        """The current units that received `legacy`, and their provinces."""
        found = self._receivers.get(legacy)
        if found is None:
            ids = {s.unit.id for s in self.units.current_for(legacy)}
            found = (ids, {self.units.units[r].province_id for r in ids})
            self._receivers[legacy] = found
        return found
