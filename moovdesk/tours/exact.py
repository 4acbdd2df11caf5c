"""Proven-best tours for up to a dozen stops (what reps plan most days).

One dynamic programme over (set of stops visited, last stop) per kind of day gives the cheapest
feasible day for every subset of stops: Held–Karp in numpy when only the day's end binds, and
labels of (travel, clock) kept on their Pareto front when time windows bind (arriving later for
less travel can still be worth it). A second programme then splits the stops into days:
most stops placed, then fewest days, then least travel.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from moovdesk.tours.instance import EPS, INF, DayShape, Instance

EXACT_LIMIT = 12


@dataclass(frozen=True, slots=True)
class _Label:
    cost: float
    clock: float  # departure from `last`
    last: int
    prev: _Label | None


class _DayTable:
    """The cheapest feasible order of every subset of the stops for one day shape."""

    def __init__(self, instance: Instance, stops: Sequence[int], shape: DayShape) -> None:
        self.stops = list(stops)
        self.cost: list[float] = [INF] * (1 << len(stops))
        if instance.has_windows:
            self._labels(instance, shape)
        else:
            self._held_karp(instance, shape)

    def order(self, mask: int) -> list[int]:
        return [self.stops[i] for i in self._order(mask)]

    def _held_karp(self, instance: Instance, shape: DayShape) -> None:
        n = len(self.stops)
        t, stops = instance.travel, self.stops
        legs = np.array([[t[a][b] for b in stops] for a in stops], dtype=float).reshape(n, n)
        first = np.array([t[shape.start_node][a] for a in stops], dtype=float)
        back = np.array([t[a][shape.end_node] for a in stops], dtype=float)
        size = 1 << n
        bits = 1 << np.arange(n, dtype=np.int64)
        masks = np.arange(size, dtype=np.int64)
        members = (masks[:, None] & bits[None, :]) != 0
        dp = np.full((size, n), INF)
        parent = np.full((size, n), -1, dtype=np.int8)
        dp[bits, np.arange(n)] = first
        popcount = members.sum(axis=1)
        into = legs.T[None, :, :]  # into[0, j, i] = travel i -> j
        for k in range(2, n + 1):
            layer = masks[popcount == k]
            prev = layer[:, None] ^ bits[None, :]
            candidates = dp[prev] + into
            best_i = candidates.argmin(axis=2)
            best = np.take_along_axis(candidates, best_i[:, :, None], axis=2)[:, :, 0]
            dp[layer] = np.where(members[layer], best, INF)
            parent[layer] = best_i
        totals = dp + back[None, :]
        durations = totals.min(axis=1) + members @ np.array(
            [instance.service[u] for u in stops], dtype=float
        )
        cost = totals.min(axis=1)
        cost[shape.start + durations > shape.end + EPS] = INF
        cost[0] = 0.0
        self.cost = cost.tolist()
        self._dp, self._parent, self._back = dp, parent, back

    def _labels(self, instance: Instance, shape: DayShape) -> None:
        n = len(self.stops)
        t, stops = instance.travel, self.stops
        legs = [[t[a][b] for b in stops] for a in stops]
        back = [t[a][shape.end_node] for a in stops]
        early = [instance.early[u] for u in stops]
        late = [instance.late[u] + EPS for u in stops]
        service = [instance.service[u] for u in stops]
        end = shape.end + EPS
        states: list[list[_Label] | None] = [None] * ((1 << n) * n)
        for j in range(n):
            leg = t[shape.start_node][stops[j]]
            start = max(shape.start + leg, early[j])
            if start <= late[j] and start + service[j] + back[j] <= end:
                states[(1 << j) * n + j] = [_Label(leg, start + service[j], j, None)]
        best: list[_Label | None] = [None] * (1 << n)
        cost = self.cost
        cost[0] = 0.0
        for mask in range(1, 1 << n):
            base = mask * n
            outside = [j for j in range(n) if not mask >> j & 1]
            for i in range(n):
                labels = states[base + i]
                if not labels:
                    continue
                states[base + i] = None  # only parent links keep them from here on
                home = back[i]
                for label in labels:
                    if label.clock + home <= end and label.cost + home < cost[mask]:
                        cost[mask] = label.cost + home
                        best[mask] = label
                row = legs[i]
                for j in outside:
                    leg = row[j]
                    key = (mask | 1 << j) * n + j
                    for label in labels:
                        start = label.clock + leg
                        if start < early[j]:
                            start = early[j]
                        if start > late[j]:
                            continue
                        clock = start + service[j]
                        if clock + back[j] > end:  # travel times obey the triangle inequality
                            continue
                        spent = label.cost + leg
                        _add(states, key, _Label(spent, clock, j, label))
        self._best = best

    def _order(self, mask: int) -> list[int]:
        if mask == 0:
            return []
        if hasattr(self, "_best"):
            label = self._best[mask]
            order = []
            while label is not None:
                order.append(label.last)
                label = label.prev
            return order[::-1]
        j = int((self._dp[mask] + self._back).argmin())
        order = [j]
        while mask & (mask - 1):
            i = int(self._parent[mask, j])
            mask ^= 1 << j
            j = i
            order.append(j)
        return order[::-1]


def _add(states: list[list[_Label] | None], key: int, label: _Label) -> None:
    """Keep `label` at `key` unless another is no dearer and no later; drop those it beats."""
    labels = states[key]
    if labels is None:
        states[key] = [label]
        return
    cost, clock = label.cost, label.clock
    for other in labels:
        if other.cost <= cost + EPS and other.clock <= clock + EPS:
            return
    labels[:] = [o for o in labels if not (cost <= o.cost and clock <= o.clock)]
    labels.append(label)


@dataclass(frozen=True, slots=True)
class ExactResult:
    routes: list[list[int]]  # the stops of day k, in order (maybe empty)
    unplaced: list[int]


def solve_exact(instance: Instance, stops: Sequence[int]) -> ExactResult:
    """The best plan of `stops` (at most EXACT_LIMIT): most placed, fewest days, least travel."""
    max_pin = max((instance.pinned[u] for u in stops), default=-1)
    limit = instance.max_days if instance.max_days is not None else len(stops) + max_pin + 1
    hopeless = [u for u in stops if not any(fits_some_day(instance, u, limit))]
    stops = [u for u in stops if u not in hopeless]
    n = len(stops)
    if n > EXACT_LIMIT:
        raise ValueError(f"the exact solver takes at most {EXACT_LIMIT} stops")
    if n == 0:
        return ExactResult([], hopeless)
    full = (1 << n) - 1
    tables: dict[DayShape, _DayTable] = {}

    def feasible_sets(k: int) -> list[float]:
        shape = instance.day(k)
        if shape not in tables:
            tables[shape] = _DayTable(instance, stops, shape)
        elsewhere = sum(1 << i for i, u in enumerate(stops) if not instance.allowed(u, k))
        if not elsewhere:
            return tables[shape].cost
        return [INF if m & elsewhere else c for m, c in enumerate(tables[shape].cost)]

    # levels[k][mask] = least travel placing exactly `mask` in days 0..k-1, and how
    # Alike days with every stop placeable: let each day take the first stop left, which
    # skips the k! orderings of the same days.
    symmetric = instance.interchangeable_days and instance.max_days is None
    levels: list[dict[int, tuple[float, int]]] = [{0: (0.0, 0)}]
    for k in range(limit):
        costs = feasible_sets(k)
        previous = levels[-1]
        level: dict[int, tuple[float, int]] = {}
        for mask, (spent, _) in previous.items():
            rest = full ^ mask
            low = rest & -rest if symmetric else 0
            free = rest ^ low
            sub = free
            while True:  # every subset of the stops still free, the empty one last
                day_cost = costs[sub | low]
                if day_cost < INF:
                    total = spent + day_cost
                    target = mask | sub | low
                    known = level.get(target)
                    if known is None or total < known[0] - EPS:
                        level[target] = (total, sub | low)
                if sub == 0:
                    break
                sub = (sub - 1) & free
        levels.append(level)
        if full in level or (k >= max_pin and level.keys() == previous.keys()):
            break
    # most stops, then fewest days (the first level reaching the set), then least travel
    best_key: tuple[int, int, float] | None = None
    chosen = (0, 0)
    for k, level in enumerate(levels):
        for mask, (spent, _) in level.items():
            key = (-mask.bit_count(), k, spent)
            if best_key is None or key < best_key:
                best_key, chosen = key, (k, mask)
    days, mask = chosen
    routes: list[list[int]] = []
    for k in range(days, 0, -1):
        sub = levels[k][mask][1]
        routes.append(tables[instance.day(k - 1)].order(sub))
        mask ^= sub
    routes.reverse()
    placed = {u for route in routes for u in route}
    return ExactResult(routes, hopeless + [u for u in stops if u not in placed])


def fits_some_day(instance: Instance, u: int, days: int) -> Iterator[bool]:
    """Whether stop u fits alone in each day it may use, one distinct day shape at a time."""
    pin = instance.pinned[u]
    if pin >= 0:
        yield pin < days and instance.alone_fits(u, pin)
        return
    seen = set()
    for k in range(min(days, len(instance.days))):
        shape = instance.day(k)
        if shape not in seen:
            seen.add(shape)
            yield instance.alone_fits(u, k)
