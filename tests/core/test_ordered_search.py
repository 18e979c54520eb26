"""Search answers exactly like a scan of the folded text, in the same order, whatever path
the index takes: first pages and full lists, short and long words, filters, after bulk
loads, edits, deletes and assets left unplaced (migration 0006, db/search_index.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, text

from surplus_assets.db.models import Asset
from surplus_assets.db.search_index import DELETED, TAIL, insert_assets, unplaced_count
from surplus_assets.services import Services, ordered_search
from surplus_assets.services.catalogue import AssetQuery
from surplus_assets.services.demo import DEFAULT_PROVINCE, DemoGenerator, load_demo, plan_for

WORDS = ("may tinh", "may", "xe", "so", "x", "a", "j", "q", "oto-demo", "0001", "tru so uy ban",
         "xe o to", "khong co gi", "hp probook", "ti may", "o", "dell")  # fmt: skip
FILTERED = (
    AssetQuery(text="xe", kinds=("car",)),
    AssetQuery(text="may", kinds=("equipment",), statuses=("surplus",)),
    AssetQuery(text="a", kinds=("land",)),
    AssetQuery(text="may tinh", province_id=DEFAULT_PROVINCE),
)


def scanned(services: Services, query: AssetQuery) -> list[Any]:
    """The answer by definition: every word in the folded text, sorted by name then code."""
    statement = select(Asset.id).where(Asset.deleted_at.is_(None))
    for word in query.text.split():
        statement = statement.where(Asset.search_text.like(f"%{word}%"))
    for column, values in ((Asset.kind, query.kinds), (Asset.status, query.statuses)):
        if values:
            statement = statement.where(column.in_(values))
    if query.province_id:
        statement = statement.where(Asset.province_id == query.province_id)
    order = (Asset.name_sort.desc(), Asset.code.desc()) if query.descending else (
        Asset.name_sort, Asset.code)  # fmt: skip
    with services.db.read() as session:
        return list(session.scalars(statement.order_by(*order)))


def assert_answers_like_a_scan(services: Services) -> None:
    catalogue = services.catalogue
    queries = [AssetQuery(text=w, descending=d) for w in WORDS for d in (False, True)]
    queries += [AssetQuery(), AssetQuery(descending=True), *FILTERED]
    for query in queries:
        expected = scanned(services, query)
        for limit in (1, 7, 100):
            assert [r.id for r in catalogue.list_rows(query, limit=limit)] == expected[:limit], (
                query, limit)  # fmt: skip
        assert catalogue.ids_by_key(catalogue.search_keys(query)) == expected, query
        assert catalogue.search_ids(query) == expected, query
        assert catalogue.count_assets(query) == len(expected), query
        if query.text:
            other = replace(query, sort="code")
            assert sorted(catalogue.search_ids(other)) == sorted(expected), other


def assert_index_in_order(services: Services) -> None:
    """Placed positions follow (name_sort, code); every asset is indexed once, in its range."""
    with services.db.read() as session:
        rows = session.execute(text(
            "SELECT o.position, a.name_sort, a.code, a.deleted_at IS NOT NULL FROM asset_order o "
            "JOIN assets a ON a.rowid = o.asset_rowid ORDER BY o.position")).all()  # fmt: skip
        total = session.execute(text("SELECT count(*) FROM assets")).scalar_one()
        session.execute(text("INSERT INTO asset_search(asset_search, rank) "
                             "VALUES ('integrity-check', 1)"))  # fmt: skip
        ends = (
            session.execute(
                text(  # the padding: one of these ends every asset's text
                    "SELECT term FROM asset_search_vocab WHERE substr(term, 2) = '  '"
                )
            )
            .scalars()
            .all()
        )
        indexed = session.execute(text("SELECT count(*) FROM asset_search WHERE asset_search "
                                       "MATCH :m"), {"m": " OR ".join(f'"{t}"' for t in ends)}
                                  ).scalar_one()  # fmt: skip
    assert len(rows) == total == indexed
    placed = [(r[1], r[2]) for r in rows if r[0] < TAIL]
    assert placed == sorted(placed) and len(set(placed)) == len(placed)
    assert all(not r[3] for r in rows if r[0] < DELETED)
    assert all(r[3] for r in rows if r[0] >= DELETED)


def extra_rows(services: Services, count: int, seed: int, like: dict[str, Any]
               ) -> list[dict[str, Any]]:  # fmt: skip
    """Demo rows, half of them named like `like` with codes just after its own: one run of
    new rows in one gap, which must renumber a window of neighbours to fit."""
    generator = DemoGenerator(services.units, plan_for(services.units, DEFAULT_PROVINCE), seed,
                              services.context.origin_id)  # fmt: skip
    rows = list(generator.rows(count))
    for number, row in enumerate(rows):
        row["code"] = f"{like['code']}-{number:03d}"
        if number % 2:
            row.update(name=like["name"], name_sort=like["name_sort"])
    return rows


def test_search_paths_answer_alike_through_loads_and_edits(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = services.catalogue
    sqlite = services.db.is_sqlite
    load_demo(services.context, services.units, count=700, seed=11, batch=100)
    if sqlite:
        assert_index_in_order(services)
    assert_answers_like_a_scan(services)

    # The same name again and again: its gap fills, later ones wait unplaced.
    laptop = catalogue.list_rows(AssetQuery(text="hp probook"), limit=1)[0]
    template = catalogue.get(laptop.id).values
    for _ in range(9):
        catalogue.create({**{k: template[k] for k in ("kind", "name", "current_unit_id")},
                          "quantity": "1"})  # fmt: skip
    renamed = catalogue.list_rows(AssetQuery(text="xe o to"), limit=3)
    for row in renamed:
        catalogue.update(row.id, {"name": "Ấm đun nước " + row.code}, expected_version=row.version)
    moved_address = catalogue.list_rows(AssetQuery(text="tru so"), limit=2)
    for row in moved_address:
        catalogue.update(row.id, {"address": "Số 9 đường Quyết Thắng"},
                         expected_version=row.version)  # fmt: skip
    deleted = catalogue.list_rows(AssetQuery(text="may tinh"), limit=4)
    for row in deleted:
        catalogue.delete(row.id, expected_version=row.version)
    catalogue.restore(deleted[0].id, expected_version=deleted[0].version + 1)
    if sqlite:
        with services.db.read() as session:
            assert unplaced_count(session) > 0
        assert_index_in_order(services)
    assert_answers_like_a_scan(services)

    # A bulk load into the populated register places its rows (and the unplaced ones).
    with services.db.write() as session:
        like = session.execute(select(Asset.code, Asset.name, Asset.name_sort).where(
            Asset.id == laptop.id)).one()._asdict()  # fmt: skip
        insert_assets(session, extra_rows(services, 300, seed=12, like=like))
    if sqlite:
        with services.db.read() as session:
            assert unplaced_count(session) == 0
        assert_index_in_order(services)
    assert_answers_like_a_scan(services)

    # A tiny budget: first pages fall back to the short words' trigrams, then to the
    # filters' own indexes.
    monkeypatch.setattr(ordered_search, "BUDGET", 3)
    monkeypatch.setattr("surplus_assets.services.asset_search.BUDGET", 3)
    assert_answers_like_a_scan(services)


def test_a_word_that_occurs_nowhere_finds_nothing_at_once(services: Services) -> None:
    load_demo(services.context, services.units, count=200, seed=3, batch=100)
    for words in ("zz", "khong co tai san nao nhu vay", "q9", "tinh zq"):
        assert services.catalogue.list_rows(AssetQuery(text=words), limit=100) == []
        assert len(services.catalogue.search_keys(AssetQuery(text=words))) == 0


def test_rows_inserted_one_by_one_out_of_order_are_placed_by_the_next_search(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As an exchange package inserts them: each trigger finds its gap full or a neighbour
    unplaced; searches answer alike meanwhile, and the next one places them all."""
    import random

    from sqlalchemy import insert

    from surplus_assets.db import search_index
    from surplus_assets.db.models import table_of
    from surplus_assets.domain.text import collation_key
    from tests.core.test_catalogue import CAR

    like = {"code": "EX", "name": "Bàn", "name_sort": collation_key("Bàn")}
    rows = extra_rows(services, 400, seed=21, like=like)  # half share one name
    random.Random(4).shuffle(rows)
    monkeypatch.setattr(search_index, "PLACE_UNPLACED_AT", 10**9)
    with services.db.write() as session:
        session.execute(insert(table_of(Asset)), rows)
    if not services.db.is_sqlite:
        assert_answers_like_a_scan(services)
        return
    with services.db.read() as session:
        waiting = unplaced_count(session)
    assert waiting > 100
    assert_answers_like_a_scan(services)  # searches sort them in
    monkeypatch.setattr(search_index, "PLACE_UNPLACED_AT", 100)
    services.catalogue.create(CAR)  # the next write places them before it commits
    with services.db.read() as session:
        assert unplaced_count(session) == 0
    assert_index_in_order(services)
    assert_answers_like_a_scan(services)
