"""New rows of one table waiting to be written, kept in the order they came.

An import queues its new rows as tuples of the values they bring, grouped by the columns they
set (most rows of a file share a handful of shapes); `PendingRows.take` gives them back in queue
order with one set of columns, ready for one `executemany`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import itemgetter
from typing import Any, cast

# A batch of queued rows: their column keys, and per row the values in that order.
Names = tuple[str, ...]
Values = tuple[Any, ...]


class PendingRows:
    """The new rows of one table waiting to be written, in the order they came.

    Rows setting the same columns are kept together (a tuple of values each, see `batch`),
    and `order` remembers which batch each row went to: `take` gives every row back in queue
    order, with one set of columns (a row lacking one has its `shared` value, the same as
    if the whole table had been written row by row)."""

    def __init__(self, shared: dict[str, Any]) -> None:
        self.shared = shared  # the values of the columns a row does not set
        self.batches: dict[Names, list[Values]] = {}
        self.positions: dict[Names, int] = {}  # where each batch is in `batches`
        self.order: list[int] = []  # per row, the position of its batch

    def batch(self, names: Names) -> tuple[list[Values], int]:
        """The pending rows setting the columns `names`, and their batch's position."""
        position = self.positions.get(names)
        if position is None:
            position = self.positions[names] = len(self.batches)
            self.batches[names] = []
        return self.batches[names], position

    def add(self, names: Names, values: Values) -> None:
        rows, position = self.batch(names)
        rows.append(values)
        self.order.append(position)

    def take(self) -> tuple[Names, list[Values]] | None:
        """The column keys and every pending row in queue order; the batches are emptied
        (their lists stay: shapes of new rows append to them directly)."""
        batches = [(names, rows) for names, rows in self.batches.items()]
        filled = [(names, rows) for names, rows in batches if rows]
        if not filled:
            return None
        if len(filled) == 1:  # one shape of row: already in order
            names, rows = filled[0]
            taken = list(rows)
        else:
            names = tuple(dict.fromkeys(name for batch, _rows in filled for name in batch))
            taken = self._merged(names, batches)
        for _names, rows in batches:
            rows.clear()
        self.order.clear()
        return names, taken

    def _merged(self, names: Names, batches: list[tuple[Names, list[Values]]]) -> list[Values]:
        """Every row as a tuple of the columns `names`, in queue order."""
        sources: list[tuple[Iterator[Values], Values, Callable[[Values], Values]]] = []
        for batch, rows in batches:
            if not rows:  # no row of the queue refers to it
                sources.append((iter(rows), (), tuple))
                continue
            missing = [name for name in names if name not in batch]
            padding = tuple(self.shared[name] for name in missing)
            padded = (*batch, *missing)
            arrange = getter(tuple(padded.index(name) for name in names))
            sources.append((iter(rows), padding, arrange))
        merged = []
        for position in self.order:
            remaining, padding, arrange = sources[position]
            merged.append(arrange(next(remaining) + padding))
        return merged


def getter(names: Values) -> Callable[[Any], Values]:
    """A function giving the values of these fields of a row (or these positions of a
    tuple), as a tuple in this order."""
    if not names:
        return lambda _fields: ()
    if len(names) == 1:
        only = names[0]
        return lambda fields: (fields[only],)
    return cast(Callable[[dict[str, Any]], Values], itemgetter(*names))
