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

from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, islice
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

_UNSET = object()
BATCH = 5000  # rows converted and handed to the driver at a time (bounds the memory held)


def _batches(rows: Iterator[Mapping[str, Any]]) -> Iterator[list[Mapping[str, Any]]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


def insert_many(session: Session, table: Table, rows: Iterable[Mapping[str, Any]]) -> None:
    """INSERT `rows` into `table` in the session's transaction.

    `rows` may be a generator: it is consumed BATCH rows at a time, so a caller that makes
    each row as it is asked for never holds more than a batch of them."""
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return
    batches = _batches(chain([first], iterator))
    connection = session.connection()
    dialect = connection.dialect
    names = list(first)
    keys = first.keys()
    defaulted = any(c.default is not None and c.name not in keys for c in table.columns)
    if dialect.name != "sqlite" or defaulted or any(name not in table.c for name in names):
        for batch in batches:
            session.execute(insert(table), batch)
        return
    columns = [table.c[name] for name in names]
    processors: list[Callable[[Any], Any] | None] = [
        column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns
    ]
    preparer = dialect.identifier_preparer
    statement = "INSERT INTO {table} ({columns}) VALUES ({marks})".format(
        table=preparer.format_table(table),
        columns=", ".join(preparer.format_column(c) for c in columns),
        marks=", ".join("?" * len(columns)),
    )
    # Processors see None too, as in Core: a JSON column stores None as the text "null".
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    # Bulk rows repeat values (the same timestamp, actor and None in every row): a value that
    # is the very object of the previous row's is converted once.
    last: list[tuple[object, object]] = [(_UNSET, None)] * len(converted)
    for batch in batches:
        if any(row.keys() != keys for row in batch):
            session.execute(insert(table), batch)  # rows of other shapes: Core sorts them out
            continue
        parameters: list[tuple[Any, ...]] = []
        for row in batch:
            values = [row[name] for name in names]
            for position, (index, process) in enumerate(converted):
                value = values[index]
                previous, result = last[position]
                if value is not previous:
                    result = process(value)
                    last[position] = (value, result)
                values[index] = result
            parameters.append(tuple(values))
        connection.exec_driver_sql(statement, parameters)
