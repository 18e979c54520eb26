"""Positions for assets in the search index's order (see db/search_index.py).

The triggers place one asset at a time in the middle of its gap. A bulk load, or the
assets left unplaced because their gap was full, are placed here in key order: each run of
new assets that falls between the same two placed neighbours is spread over that gap, or,
when the gap is too small, over a window of neighbours grown on both sides until the run
fits at a quarter of SPACING apart; the neighbours in the window are renumbered with it
(an FTS5 delete and insert each). Like an order-maintenance list, the moves stay in
proportion to the rows placed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from surplus_assets.db.search_index import BASE, DELETED, PAD, SPACING, TAIL

# rowid, name_sort, code, search_text of an asset to place
NewAsset = tuple[int, str, str, str]
MIN_WINDOW = 8
_NEIGHBOUR = """SELECT o.position, a.name_sort, a.code FROM assets a
    CROSS JOIN asset_order o ON o.asset_rowid = a.rowid
    WHERE a.deleted_at IS NULL AND (a.name_sort, a.code) {comparison} (:name_sort, :code)
    AND o.position < {tail} ORDER BY a.name_sort {direction}, a.code {direction} LIMIT 1"""
_BEFORE = text(_NEIGHBOUR.format(comparison="<", direction="DESC", tail=TAIL))
_AFTER = text(_NEIGHBOUR.format(comparison=">", direction="ASC", tail=TAIL))


def placed_before(session: Session, name_sort: str, code: str) -> int | None:
    """The position of the placed live asset just before (name_sort, code) in order."""
    row = session.execute(_BEFORE, {"name_sort": name_sort, "code": code}).first()
    return None if row is None else int(row[0])


def take_unplaced(session: Session) -> list[NewAsset]:
    """Remove the unplaced assets from the index and return them, to be placed again."""
    rows = session.execute(
        text(f"""SELECT o.position, a.rowid, a.name_sort, a.code, a.search_text
            FROM asset_order o CROSS JOIN assets a ON a.rowid = o.asset_rowid
            WHERE o.position >= {TAIL} AND o.position < {DELETED}""")
    ).all()
    if not rows:
        return []
    _unindex(session, [(int(r[0]), str(r[4])) for r in rows])
    session.execute(
        text(f"DELETE FROM asset_order WHERE position >= {TAIL} AND position < {DELETED}")
    )
    return [(int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def place_assets(session: Session, assets: Sequence[NewAsset]) -> None:
    """Give live assets that are in no range yet positions in order, and index them."""
    pending = sorted(assets, key=lambda a: (a[1], a[2]))
    start = 0
    while start < len(pending):
        first = pending[start]
        params = {"name_sort": first[1], "code": first[2]}
        before = session.execute(_BEFORE, params).first()
        after = session.execute(_AFTER, params).first()
        end = start + 1
        if after is None:
            end = len(pending)
        else:
            limit = (after[1], after[2])
            while end < len(pending) and (pending[end][1], pending[end][2]) < limit:
                end += 1
        _place_run(session, pending[start:end], None if before is None else int(before[0]),
                   None if after is None else int(after[0]))  # fmt: skip
        start = end


def _spread(count: int, low: int | None, high: int | None) -> list[int] | None:
    """`count` increasing positions strictly between low and high (None: open ended), at
    most SPACING apart; None if there is no room."""
    if low is None and high is None:
        return [BASE + SPACING * i for i in range(count)]
    if high is None:
        assert low is not None
        return [low + SPACING * (i + 1) for i in range(count)]
    if low is None:
        if high > SPACING * count:
            return [high - SPACING * (count - i) for i in range(count)]
        low = 0
    step = min(SPACING, (high - low) // (count + 1))
    return [low + step * (i + 1) for i in range(count)] if step >= 1 else None


def _place_run(session: Session, run: Sequence[NewAsset], low: int | None,
               high: int | None) -> None:  # fmt: skip
    """Place `run` (in key order) between the placed positions low and high."""
    positions = _spread(len(run), low, high)
    if positions is not None and (low is None or high is None or
                                  (high - low) // (len(run) + 1) >= 2):  # fmt: skip
        _index(session, [(p, a[0], a[3]) for p, a in zip(positions, run, strict=True)])
        return
    size = max(MIN_WINDOW, len(run))
    while True:
        left = [] if low is None else list(session.execute(
            text("SELECT position, asset_rowid FROM asset_order WHERE position <= :p "
                 "ORDER BY position DESC LIMIT :n"), {"p": low, "n": size + 1}))  # fmt: skip
        right = [] if high is None else list(session.execute(
            text(f"SELECT position, asset_rowid FROM asset_order WHERE position >= :p "
                 f"AND position < {TAIL} ORDER BY position LIMIT :n"),
            {"p": high, "n": size + 1}))  # fmt: skip
        bound_low = int(left.pop()[0]) if len(left) > size else None
        bound_high = int(right.pop()[0]) if len(right) > size else None
        count = len(left) + len(run) + len(right)
        positions = _spread(count, bound_low, bound_high)
        roomy = (
            bound_low is None or bound_high is None
            or (bound_high - bound_low) // (count + 1) >= SPACING // 4
        )  # fmt: skip
        if positions is not None and roomy:
            break
        size *= 2
    existing = [(int(p), int(r)) for p, r in reversed(left)] + [(int(p), int(r)) for p, r in right]
    new_of_existing = positions[: len(left)] + positions[len(left) + len(run) :]
    moved = [(old, new, rowid) for (old, rowid), new in zip(existing, new_of_existing, strict=True)
             if old != new]  # fmt: skip
    placed = [(p, a[0], a[3]) for p, a in zip(positions[len(left) : len(left) + len(run)], run,
                                               strict=True)]  # fmt: skip
    if moved:
        texts = _texts(session, [rowid for _, _, rowid in moved])
        _unindex(session, [(old, texts[rowid]) for old, _, rowid in moved])
        session.execute(text("DELETE FROM asset_order WHERE position = :p"),
                        [{"p": old} for old, _, _ in moved])  # fmt: skip
        placed += [(new, rowid, texts[rowid]) for _, new, rowid in moved]
    _index(session, placed)


def _texts(session: Session, rowids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(rowids), 500):
        chunk = ",".join(str(int(r)) for r in rowids[start : start + 500])
        for rowid, search_text in session.execute(
            text(f"SELECT rowid, search_text FROM assets WHERE rowid IN ({chunk})")
        ):
            found[int(rowid)] = str(search_text)
    return found


def _index(session: Session, entries: Sequence[tuple[int, int, str]]) -> None:
    """Record (position, asset rowid, search text) entries in asset_order and the index."""
    if not entries:
        return
    ordered = sorted(entries)  # FTS5 appends increasing rowids most cheaply
    session.execute(text("INSERT INTO asset_order(position, asset_rowid) VALUES (:p, :r)"),
                    [{"p": p, "r": r} for p, r, _ in ordered])  # fmt: skip
    session.execute(text("INSERT INTO asset_search(rowid, search_text) VALUES (:p, :t)"),
                    [{"p": p, "t": t + PAD} for p, _, t in ordered])  # fmt: skip


def _unindex(session: Session, entries: Sequence[tuple[int, str]]) -> None:
    """Remove (position, search text) entries from the contentless index."""
    session.execute(
        text("INSERT INTO asset_search(asset_search, rowid, search_text) "
             "VALUES ('delete', :p, :t)"),
        [{"p": p, "t": t + PAD} for p, t in entries],
    )  # fmt: skip
