"""Export a selection of assets to CSV (UTF-8 with BOM, so Excel shows Vietnamese right).

A stop-gap for the asset list's "export selection" until the xlsx exchange module lands:
one header row of translated labels, values formatted as the user reads them.
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from surplus_assets.domain.asset_kinds import kind_label, status_label
from surplus_assets.domain.numbers import format_decimal
from surplus_assets.i18n import _
from surplus_assets.progress import Progress
from surplus_assets.services.catalogue import CatalogueService


def export_csv(
    catalogue: CatalogueService,
    ids: Sequence[uuid.UUID],
    path: Path,
    progress: Progress | None = None,
) -> int:
    """Write the assets `ids` (in that order) to `path`; returns the number of rows."""
    headers = [
        _("Asset code"), _("Asset name"), _("Asset kind"), _("Status"), _("Current unit"),
        _("Former (legacy) unit"), _("Year put into use"), _("Original cost (VND)"),
        _("Remaining value (VND)"), _("Land area (m²)"),
    ]  # fmt: skip
    temp = path.with_name(path.name + ".part")
    written = 0
    with temp.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers)
        for start in range(0, len(ids), 500):
            if progress is not None:
                progress.check_cancelled()
                progress.report(start, len(ids), "")
            chunk = ids[start : start + 500]
            rows = catalogue.rows_by_id(chunk)
            for asset_id in chunk:
                row = rows.get(asset_id)
                if row is None:
                    continue
                writer.writerow([
                    row.code, row.name, kind_label(row.kind), status_label(row.status),
                    row.current_unit, row.legacy_unit,
                    row.year_in_use or "", row.original_cost, row.remaining_value,
                    format_decimal(row.land_area) if row.land_area is not None else "",
                ])  # fmt: skip
                written += 1
    os.replace(temp, path)
    return written
