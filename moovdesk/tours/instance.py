"""The solver's view of a tour: numbered nodes, a travel-time matrix and time bounds, with no
ids, places or datetimes. Stops are nodes 0..n-1; day start and end places come after them.

Bounds are on the start of a visit: it may start from `early` and must start by `late` (a
window closing at 12:00 for a 30-minute visit gives `late` = 11:30).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

EPS = 1e-7
INF = float("inf")


@dataclass(frozen=True, slots=True)
class DayShape:
    """A day as the solver sees it: leave `start_node` from `start`, reach `end_node` by `end`."""

    start_node: int
    end_node: int
    start: float
    end: float


@dataclass(slots=True)
class Instance:
    """A tour problem over nodes. Day k has shape `days[min(k, len(days) - 1)]`; `pinned[u]` is
    the day stop u must be visited on, or -1."""

    n: int
    travel: list[list[float]]
    service: list[float]
    early: list[float]
    late: list[float]
    days: list[DayShape]
    pinned: list[int]
    max_days: int | None = None
    #: (lat, lon) of each node when known: the construction sweeps around the start with it.
    coords: list[tuple[float, float]] | None = None
    has_windows: bool = field(init=False)
    interchangeable_days: bool = field(init=False)
    has_pins: bool = field(init=False)

    def __post_init__(self) -> None:
        size = len(self.travel)
        if any(len(row) != size for row in self.travel):
            raise ValueError("the travel matrix must be square")
        # Depot nodes carry no visit and no bound: their times come from the day shape.
        for values, neutral in ((self.service, 0.0), (self.early, -INF), (self.late, INF)):
            values.extend([neutral] * (size - len(values)))
        if len(self.pinned) < self.n:
            self.pinned.extend([-1] * (self.n - len(self.pinned)))
        # Whether any bound can bind inside the days (else only the day's end constrains).
        first = min(d.start for d in self.days)
        last = max(d.end for d in self.days)
        self.has_windows = any(
            self.early[u] > first + EPS or self.late[u] < last - EPS for u in range(self.n)
        )
        self.has_pins = any(p >= 0 for p in self.pinned)
        # Days that all look alike and hold no pinned stop can be renumbered freely.
        self.interchangeable_days = len(set(self.days)) == 1 and not self.has_pins

    def day(self, k: int) -> DayShape:
        return self.days[min(k, len(self.days) - 1)]

    def allowed(self, u: int, k: int) -> bool:
        pin = self.pinned[u]
        return pin < 0 or pin == k

    def alone_fits(self, u: int, k: int) -> bool:
        """Whether day k can hold stop u on its own."""
        shape = self.day(k)
        t = self.travel
        start = max(shape.start + t[shape.start_node][u], self.early[u])
        if start > self.late[u] + EPS:
            return False
        return start + self.service[u] + t[u][shape.end_node] <= shape.end + EPS


@dataclass(frozen=True, slots=True)
class Schedule:
    """A day's times in a given order: when each visit starts, and the travel it costs."""

    feasible: bool
    travel: float
    starts: tuple[float, ...]
    back: float


def simulate(instance: Instance, k: int, order: Sequence[int]) -> Schedule:
    """Earliest times of day k visiting `order`; infeasible if a bound or the day's end breaks.
    Waiting never helps later visits, so the earliest schedule decides feasibility."""
    shape = instance.day(k)
    t, service, early, late = instance.travel, instance.service, instance.early, instance.late
    clock, prev, travel, ok = shape.start, shape.start_node, 0.0, True
    starts = []
    for u in order:
        leg = t[prev][u]
        travel += leg
        start = max(clock + leg, early[u])
        if start > late[u] + EPS or not instance.allowed(u, k):
            ok = False
        starts.append(start)
        clock = start + service[u]
        prev = u
    back = clock + t[prev][shape.end_node]
    travel += t[prev][shape.end_node]
    return Schedule(ok and back <= shape.end + EPS, travel, tuple(starts), back)


def lower_bound_days(instance: Instance, stops: Sequence[int]) -> int:
    """Days needed at least: every visit plus its cheapest arrival must fit in the longest day."""
    if not stops:
        return 0
    t = instance.travel
    size = len(t)
    longest = max(d.end - d.start for d in instance.days)
    work = 0.0
    for u in stops:
        work += instance.service[u] + min(t[v][u] for v in range(size) if v != u)
    if longest <= 0:
        return len(stops)
    needed = int(work / longest - 1e-9) + 1
    return max(needed, max((instance.pinned[u] + 1 for u in stops), default=1))
