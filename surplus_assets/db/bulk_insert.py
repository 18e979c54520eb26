"""Inserting many rows at once through the driver's executemany.

Core's executemany handles every row's parameters in Python (defaults, key checks, type
processing through several layers), which at 100,000 rows of fifty columns costs more than
SQLite's own work. `insert_many` converts each value with the column type's own bind
processor, the very conversion Core applies, and hands plain tuples to the driver, so the
stored values are identical. Rows must all give the same columns, and every column they leave
out must have no Python-side default; otherwise (and on other databases) it uses Core. Rows
go to the driver in batches, so a generator of rows is never held in memory whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

_UNSET = object()
BATCH = 5000  # rows converted and handed to the driver at a time (bounds the memory held)
Row = Mapping[str, Any] | Sequence[Any]


def _batches(rows: Iterator[Row]) -> Iterator[list[Row]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


def insert_many(
    session: Session, table: Table, rows: Iterable[Row], columns: Sequence[str] | None = None
) -> None:
    """INSERT `rows` into `table` in the session's transaction.

    Rows are mappings (column → value), or with `columns` tuples of values in that order.
    `rows` may be a generator: it is consumed BATCH rows at a time, so a caller that makes
    each row as it is asked for never holds more than a batch of them."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    batches = _batches(chain([first], iterator))
    connection = session.connection()
    dialect = connection.dialect
    names = list(columns) if columns is not None else list(cast(Mapping[str, Any], first))
    keys = set(names)
    defaulted = any(c.default is not None and c.name not in keys for c in table.columns)
    if dialect.name != "sqlite" or defaulted or any(name not in table.c for name in names):
        for batch in batches:
            session.execute(insert(table), _as_mappings(batch, columns))
        return
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    # Processors see None too, as in Core: a JSON column stores None as the text "null".
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    # A column that is NULL in every row of a batch is left out of that batch's INSERT (the
    # same row: no default to fill it), which spares SQLite binding it: an equipment row
    # leaves half the register's columns empty. Not so a column whose processor turns None
    # into a value (JSON: "null"), nor one with a default.
    droppable = {
        i for i, (name, process) in enumerate(zip(names, processors, strict=True))
        if table.c[name].default is None and table.c[name].server_default is None
        and (process is None or process(None) is None)
    }  # fmt: skip
    statements: dict[tuple[int, ...], str] = {}
    # Bulk rows repeat values (the same timestamp, actor and None in every row): a value that
    # is the very object of the previous row's is converted once.
    last: list[tuple[object, object]] = [(_UNSET, None)] * len(converted)
    get_values = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    for batch in batches:
        if columns is not None:
            values = cast(list[tuple[Any, ...]], batch)
        elif any(cast(Mapping[str, Any], row).keys() != keys for row in batch):
            session.execute(insert(table), _as_mappings(batch, None))  # other shapes: Core
            continue
        else:
            values = list(map(get_values, batch))
        # Column by column: one loop per converted column instead of one per cell.
        by_column: list[Sequence[Any]] = list(zip(*values, strict=True))
        size = len(values)
        kept = tuple(
            i for i, column in enumerate(by_column)
            if i not in droppable or column[0] is not None or column.count(None) != size
        ) or (0,)  # fmt: skip
        for position, (index, process) in enumerate(converted):
            if index in kept:
                by_column[index], last[position] = _convert(
                    by_column[index], process, last[position]
                )
        statement = statements.get(kept)
        if statement is None:
            statement = statements[kept] = _insert_statement(dialect, table, names, kept)
        values = list(zip(*(by_column[i] for i in kept), strict=True))
        connection.exec_driver_sql(statement, values)


def _insert_statement(dialect: Any, table: Table, names: list[str], kept: tuple[int, ...]) -> str:
    preparer = dialect.identifier_preparer
    return "INSERT INTO {table} ({columns}) VALUES ({marks})".format(
        table=preparer.format_table(table),
        columns=", ".join(preparer.format_column(table.c[names[i]]) for i in kept),
        marks=", ".join("?" * len(kept)),
    )


def _convert(
    values: Sequence[Any], process: Callable[[Any], Any], last: tuple[object, object]
) -> tuple[list[Any], tuple[object, object]]:
    """`values` through `process`, a run of the very same object converted once; `last`:
    the (value, result) carried over from the previous batch."""
    previous, result = last
    out: list[Any] = []
    append = out.append
    for value in values:
        if value is not previous:
            previous, result = value, process(value)
        append(result)
    return out, (previous, result)


def _as_mappings(batch: list[Row], columns: Sequence[str] | None) -> list[Mapping[str, Any]]:
    if columns is None:
        return cast(list[Mapping[str, Any]], batch)
    return [dict(zip(columns, row, strict=True)) for row in batch]
