"""search index in the asset list's order: first pages of common words at any register size

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

SQLite: the FTS5 trigram index of 0002 was keyed by the asset's rowid, so a search sorted by
name either fetched and sorted every match or walked the sort index testing each row; for
words whose matches sort late ("máy tính": every "Máy ..." sorts under M) either read half
the register: 97 ms at 200,000 assets, 410-610 ms at 2,000,000 (bench/out). This migration
replaces it with a contentless trigram index whose rowid is the asset's position in name
order (asset_order maps positions to assets; db/search_index.py explains the ranges and the
triggers), so the first page is the first matches the index yields: under 3 ms at both
sizes. The index grows ~10 % (gaps between positions), asset_order adds ~16 bytes an asset.

The list's sort index (deleted_at, name_sort, code) drops the asset id (the list now holds
rowids, not ids) and takes the filter columns instead (kind, status, handling form, units,
province): a list filtered by a common value walks the index without reading the table
(at 200,000 assets the keys of every equipment item took 1.2 s, the table read row by row).

PostgreSQL keeps its pg_trgm index (0002) and gets the same sort index. A SQLite without
FTS5 had no search index before and gets none now (the catalogue falls back to LIKE scans).
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_TRIGGERS = ("asset_search_update", "asset_search_delete", "asset_search_insert")
OLD_SQLITE = [
    "CREATE VIRTUAL TABLE asset_search USING fts5(search_text, content='assets', "
    "content_rowid='rowid', tokenize='trigram')",
    """CREATE TRIGGER asset_search_insert AFTER INSERT ON assets BEGIN
         INSERT INTO asset_search(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
    """CREATE TRIGGER asset_search_delete AFTER DELETE ON assets BEGIN
         INSERT INTO asset_search(asset_search, rowid, search_text)
         VALUES ('delete', old.rowid, old.search_text);
       END""",
    """CREATE TRIGGER asset_search_update AFTER UPDATE OF search_text ON assets BEGIN
         INSERT INTO asset_search(asset_search, rowid, search_text)
         VALUES ('delete', old.rowid, old.search_text);
         INSERT INTO asset_search(rowid, search_text) VALUES (new.rowid, new.search_text);
       END""",
    "INSERT INTO asset_search(asset_search) VALUES ('rebuild')",
]
NEW_TRIGGERS = ("asset_search_insert", "asset_search_delete", "asset_search_move",
                "asset_search_text")  # fmt: skip


def _has_old_index() -> bool:
    found = (
        op.get_bind()
        .exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'asset_search'")
        .first()
    )
    return found is not None


SORT_COLUMNS = ["deleted_at", "name_sort", "code", "kind", "status", "handling_form",
                "current_unit_id", "legacy_unit_id", "province_id"]  # fmt: skip


def upgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_index("ix_assets_live_sort")
        batch.create_index("ix_assets_live_sort", SORT_COLUMNS)
    if op.get_bind().dialect.name != "sqlite" or not _has_old_index():
        return  # PostgreSQL (pg_trgm), or a SQLite built without FTS5
    from surplus_assets.db.search_index import REBUILD, TABLES, TRIGGERS

    for name in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE asset_search")
    for statement in (*TABLES, *REBUILD, *TRIGGERS):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_index("ix_assets_live_sort")
        batch.create_index("ix_assets_live_sort", ["deleted_at", "name_sort", "code", "id"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    found = bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'asset_order'")
    if found.first() is None:
        return
    for name in NEW_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in ("asset_search_vocab", "asset_search", "asset_order"):
        op.execute(f"DROP TABLE IF EXISTS {name}")
    for statement in OLD_SQLITE:
        op.execute(statement)
