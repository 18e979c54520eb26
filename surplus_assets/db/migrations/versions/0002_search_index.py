"""Indexed diacritic-insensitive search over assets.search_text; a sort index with a tie-breaker

SQLite: an FTS5 trigram index (external content over assets, kept current by triggers), so
"contains" searches of 3+ letters use the index instead of scanning every row.
PostgreSQL: the pg_trgm extension and a GIN trigram index, which LIKE '%...%' uses directly.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
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
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS asset_search_update",
    "DROP TRIGGER IF EXISTS asset_search_delete",
    "DROP TRIGGER IF EXISTS asset_search_insert",
    "DROP TABLE IF EXISTS asset_search",
]


def _sqlite_has_fts5() -> bool:
    options = op.get_bind().exec_driver_sql("PRAGMA compile_options").scalars().all()
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    # Equal names are common (equipment models): with code in the sort index the list's
    # ORDER BY name_sort, code needs no temporary sort of every row sharing a name.
    with op.batch_alter_table("assets") as batch:
        batch.drop_index("ix_assets_live_sort")
        batch.create_index("ix_assets_live_sort", ["deleted_at", "name_sort", "code"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        if _sqlite_has_fts5():  # without FTS5 the catalogue falls back to LIKE scans
            for statement in SQLITE_UP:
                op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX IF NOT EXISTS ix_assets_search_trgm ON assets "
            "USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_index("ix_assets_live_sort")
        batch.create_index("ix_assets_live_sort", ["deleted_at", "name_sort"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_assets_search_trgm")
