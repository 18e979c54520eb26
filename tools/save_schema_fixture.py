"""Save a small database at the current schema revision for the migration tests.

    python tools/save_schema_fixture.py

Writes tests/fixtures/schema-<revision>.sqlite3: one asset of each kind with buildings and
history, and only the administrative units they use (the rest, and the reference-data
version mark, are removed so that opening the file also exercises the reference-data
refresh). Run it once per new migration, BEFORE changing the models, so that every earlier
schema keeps a saved database that tests/core/test_migrations.py upgrades to the head.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SURPLUS_ASSETS_HOME"] = home
        from surplus_assets.db.migrations import HEAD_REVISION
        from surplus_assets.services import open_services

        target = ROOT / "tests" / "fixtures" / f"schema-{HEAD_REVISION}.sqlite3"
        target.unlink(missing_ok=True)
        services = open_services(f"sqlite:///{target}", origin_id="fixture-origin")
        catalogue = services.catalogue
        hq = catalogue.create({
            "kind": "land", "name": "Trụ sở UBND phường Phúc Xá (cũ)",
            "legacy_unit_id": "pre2025:C00001", "current_unit_id": "2025:C00097",
            "address": "Số 1 Nghĩa Dũng", "land_area": "1234,5", "cost_budget": "12500000000",
            "buildings": [{"name": "Nhà làm việc", "floors": "3", "floor_area": "850,25"}],
        })  # fmt: skip
        catalogue.update(hq.id, {"notes": "Đề xuất chuyển đổi công năng"}, expected_version=1)
        catalogue.create(
            {
                "kind": "car",
                "name": "Xe ô tô Toyota",
                "current_unit_id": "2025:C00097",
                "car_brand": "Toyota",
                "licence_plate": "29A-123.45",
            }
        )
        catalogue.create(
            {
                "kind": "housing",
                "name": "Nhà công vụ số 2",
                "current_unit_id": "2025:C00199",
                "legacy_unit_id": "pre2025:C00025",
                "address": "Láng",
            }
        )
        catalogue.create({"kind": "equipment", "name": "Máy photocopy", "current_unit_id":
                          "2025:C00097", "quantity": "2"})  # fmt: skip
        services.close()
    with closing(sqlite3.connect(target)) as db, db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DELETE FROM unit_successions")
        db.execute("""DELETE FROM admin_units WHERE id NOT IN (
            SELECT current_unit_id FROM assets UNION SELECT legacy_unit_id FROM assets
            WHERE legacy_unit_id IS NOT NULL UNION SELECT province_id FROM assets)
            AND id NOT IN (SELECT parent_id FROM admin_units WHERE parent_id IS NOT NULL)""")
        db.execute("DELETE FROM settings WHERE key = 'reference_data_version'")
    with closing(sqlite3.connect(target, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("VACUUM")
    print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
