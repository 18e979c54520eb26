"""Round-trip support: which covered records changed since a report was generated."""

from __future__ import annotations

from dataclasses import replace

from surplus_assets.reports.data import changed_since, covered_proposals
from surplus_assets.reports.rendering import RenderedReport


def test_unchanged_proposals_report_no_change(reports: dict[str, RenderedReport]) -> None:
    data = reports["plan"].data
    assert changed_since(data, data.covered) == []


def test_a_new_version_a_new_state_and_a_deleted_record_are_reported(
    reports: dict[str, RenderedReport],
) -> None:
    data = reports["plan"].data
    first, second, third = data.covered_of("proposal")
    now = [replace(first, version=first.version + 1), replace(second, state="approved")]
    changes = changed_since(data, now, entity="proposal")
    assert [c.record.code for c in changes] == [first.code, second.code, third.code]
    assert changes[2].missing and not changes[0].missing
    assert covered_proposals([]) == []
