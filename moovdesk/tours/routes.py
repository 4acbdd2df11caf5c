"""The days of a plan under construction, with what makes a move cheap to price and check.

For each day the route keeps, per position, the departure time (earliest schedule), the latest
start that keeps the rest of the day feasible, and running travel sums in both directions.
With them, inserting a stop is priced and checked in O(1), reversing a stretch is priced in
O(1) (even when travel is not symmetric, as with road times), and any change is checked by
replaying only the stretch it touches and comparing with the latest start where it rejoins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate, pairwise, repeat
from operator import add, sub

import numpy as np

from moovdesk.tours.instance import EPS, INF, Instance


class Route:
    """One day: `nodes` runs from the day's start place to its end place, stops in between."""

    __slots__ = ("bwd", "cost", "day", "dep", "fwd", "lat", "nodes", "slack")

    def __init__(self, day: int, nodes: list[int]) -> None:
        self.day = day
        self.nodes = nodes
        self.dep: list[float] = []
        self.lat: list[float] = []
        self.fwd: list[float] = []
        self.bwd: list[float] = []
        self.cost = 0.0
        self.slack = 0.0  # the most time any gap could take in (travel obeying the triangle law)

    @property
    def stops(self) -> list[int]:
        return self.nodes[1:-1]


class RouteSet:
    """Every day of a plan, and where each stop is (`route_of[u]` is -1 while unplaced)."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.t = instance.travel
        self.service = instance.service
        self.early = instance.early
        self.late = instance.late
        self.windows = instance.has_windows
        matrix = np.asarray(self.t)
        self.symmetric = bool(np.array_equal(matrix, matrix.T))
        self.routes: list[Route] = []
        self.route_of = [-1] * instance.n
        self.pos_of = [0] * instance.n
        self.touched: set[int] = set()
        # A deterministic count of the work done (array cells rewritten, gaps priced): the
        # search budgets it instead of seconds so that a seed always gives the same plan.
        self.work = 0

    # ---- state ---------------------------------------------------------------------------

    def add_day(self) -> int:
        k = len(self.routes)
        shape = self.instance.day(k)
        self.routes.append(Route(k, [shape.start_node, shape.end_node]))
        self.refresh(k)
        return k

    def refresh(self, ri: int) -> None:
        """Recompute a route's arrays after its nodes changed (O(length), mostly in C)."""
        route = self.routes[ri]
        nodes = route.nodes
        shape = self.instance.day(route.day)
        t, service = self.t, self.service
        legs = [t[a][b] for a, b in pairwise(nodes)]
        route.fwd = fwd = list(accumulate(legs, initial=0.0))
        if self.symmetric:
            route.bwd = fwd
        else:
            back = [t[b][a] for a, b in pairwise(nodes)]
            route.bwd = list(accumulate(back, initial=0.0))
        route.cost = fwd[-1]
        visits = [service[v] for v in nodes]
        if not self.windows:
            # No waiting: departures and latest starts are running sums of legs and visits.
            route.dep = list(map(add, accumulate(legs, initial=shape.start), accumulate(visits)))
            slack = shape.end - fwd[-1] - sum(visits)
            route.lat = list(map(add, fwd, accumulate(visits, initial=slack)))
            route.slack = shape.end - route.dep[-1]
        else:
            early, late = self.early, self.late
            clock = shape.start
            dep = [clock]
            for v, leg in zip(nodes[1:], legs, strict=False):
                clock += leg
                if clock < early[v]:
                    clock = early[v]
                clock += service[v]
                dep.append(clock)
            route.dep = dep
            bound = shape.end
            lat = [bound]
            for p in range(len(nodes) - 2, 0, -1):
                v = nodes[p]
                bound -= legs[p] + visits[p]
                if late[v] < bound:
                    bound = late[v]
                lat.append(bound)
            lat.append(-INF)
            lat.reverse()
            route.lat = lat
            route.slack = max(map(sub, map(sub, lat[1:], dep), legs))
        route_of, pos_of = self.route_of, self.pos_of
        for p, v in enumerate(nodes[1:-1], 1):
            route_of[v] = ri
            pos_of[v] = p
        self.touched.add(ri)
        self.work += len(nodes) * (2 if self.windows else 1)

    def load(self, days: Sequence[Sequence[int]]) -> None:
        """Replace the plan by these orders (day k gets `days[k]`)."""
        for u in range(self.instance.n):
            self.route_of[u] = -1
        self.routes = []
        for k, order in enumerate(days):
            shape = self.instance.day(k)
            self.routes.append(Route(k, [shape.start_node, *order, shape.end_node]))
            self.refresh(k)

    def travel(self) -> float:
        return sum(route.cost for route in self.routes if len(route.nodes) > 2)

    def duration(self) -> float:
        """Time out on the road, waits included (leaving at the start of each day)."""
        return sum(route.dep[-1] - route.dep[0] for route in self.routes if len(route.nodes) > 2)

    def days_used(self) -> int:
        """Alike days count when not empty; otherwise a plan lasts up to its last busy day."""
        busy = [len(route.nodes) > 2 for route in self.routes]
        if self.instance.interchangeable_days:
            return sum(busy)
        return max((k + 1 for k, b in enumerate(busy) if b), default=0)

    def feasible(self, ri: int) -> bool:
        """Whether a route's earliest schedule keeps every bound (used by checks and tests)."""
        route = self.routes[ri]
        nodes, dep = route.nodes, route.dep
        for p in range(1, len(nodes) - 1):
            v = nodes[p]
            if dep[p] - self.service[v] > self.late[v] + EPS:
                return False
            if not self.instance.allowed(v, route.day):
                return False
        return dep[-1] <= self.instance.day(route.day).end + EPS

    # ---- insertion and removal -----------------------------------------------------------

    def insertion_cost(self, u: int, ri: int, g: int) -> float:
        """Extra travel to put u after position g of route ri, or INF if a bound breaks."""
        route = self.routes[ri]
        nodes = route.nodes
        t = self.t
        x, y = nodes[g], nodes[g + 1]
        start = route.dep[g] + t[x][u]
        if start < self.early[u]:
            start = self.early[u]
        if start > self.late[u] + EPS:
            return INF
        if start + self.service[u] + t[u][y] > route.lat[g + 1] + EPS:
            return INF
        return t[x][u] + t[u][y] - t[x][y]

    def best_insertion(self, u: int, near: Iterable[int], day_cap: int) -> tuple[float, int, int]:
        """Cheapest feasible place for u in the first `day_cap` days: beside its `near`
        neighbours or at either end of their days (or of an empty day), else anywhere.
        Days without a gap as long as the visit are skipped. Returns (cost, route, gap)."""
        allowed = self.instance.allowed
        route_of, pos_of, routes = self.route_of, self.pos_of, self.routes
        visit = self.service[u]
        best, best_ri, best_g = INF, -1, -1
        candidates: list[tuple[int, int]] = []
        seen: set[int] = set()
        for b in near:
            ri = route_of[b]
            if ri < 0 or ri >= day_cap:
                continue
            if ri not in seen:
                seen.add(ri)
                route = routes[ri]
                if route.slack + EPS < visit or not allowed(u, route.day):
                    continue
                candidates.append((ri, 0))
                candidates.append((ri, len(route.nodes) - 2))
            elif routes[ri].slack + EPS < visit or not allowed(u, routes[ri].day):
                continue
            k = pos_of[b]
            candidates.append((ri, k - 1))
            candidates.append((ri, k))
        for ri in range(min(day_cap, len(routes))):
            if len(routes[ri].nodes) == 2 and allowed(u, routes[ri].day):
                candidates.append((ri, 0))
        self.work += len(candidates) + len(seen) + 8
        for ri, g in candidates:
            cost = self.insertion_cost(u, ri, g)
            if cost < best:
                best, best_ri, best_g = cost, ri, g
        if best < INF:
            return best, best_ri, best_g
        # Anywhere, scanned inline.
        t, early, late = self.t, self.early[u], self.late[u] + EPS
        out = t[u]
        for ri, route in enumerate(routes):
            if ri >= day_cap or route.slack + EPS < visit or not allowed(u, route.day):
                continue
            nodes, dep, lat = route.nodes, route.dep, route.lat
            self.work += len(nodes)
            for g in range(len(nodes) - 1):
                x, y = nodes[g], nodes[g + 1]
                into = t[x][u]
                start = dep[g] + into
                if start < early:
                    start = early
                if start > late or start + visit + out[y] > lat[g + 1] + EPS:
                    continue
                cost = into + out[y] - t[x][y]
                if cost < best:
                    best, best_ri, best_g = cost, ri, g
        return best, best_ri, best_g

    def insert(self, u: int, ri: int, g: int) -> None:
        """Put u after position g of route ri. Without windows nothing waits, so the arrays
        only shift by constants, done in C rather than by replaying the day."""
        route = self.routes[ri]
        nodes = route.nodes
        if self.windows:
            nodes.insert(g + 1, u)
            self.refresh(ri)
            return
        t = self.t
        x, y = nodes[g], nodes[g + 1]
        into, out = t[x][u], t[u][y]
        delta = into + out - t[x][y]
        visit = self.service[u]
        nodes.insert(g + 1, u)
        head = g + 1
        fwd, dep, lat = route.fwd, route.dep, route.lat
        route.fwd = [*fwd[:head], fwd[g] + into, *map(add, fwd[head:], repeat(delta))]
        if self.symmetric:
            route.bwd = route.fwd
        else:
            bwd = route.bwd
            turned = t[u][x] + t[y][u] - t[y][x]
            route.bwd = [*bwd[:head], bwd[g] + t[u][x], *map(add, bwd[head:], repeat(turned))]
        shift = delta + visit
        route.dep = [*dep[:head], dep[g] + into + visit, *map(add, dep[head:], repeat(shift))]
        route.lat = [*map(sub, lat[:head], repeat(shift)), lat[head] - out - visit, *lat[head:]]
        route.cost += delta
        route.slack = self.instance.day(route.day).end - route.dep[-1]
        pos_of = self.pos_of
        for p in range(head, len(nodes) - 1):
            pos_of[nodes[p]] = p
        self.route_of[u] = ri
        self.touched.add(ri)
        self.work += len(nodes) * (2 if self.windows else 1) - g

    def remove_many(self, stops: Iterable[int]) -> None:
        """Take several stops out, refreshing each route once."""
        by_route: dict[int, set[int]] = {}
        for u in stops:
            by_route.setdefault(self.route_of[u], set()).add(u)
        for ri, gone in by_route.items():
            route = self.routes[ri]
            route.nodes = [v for v in route.nodes if v not in gone]
            for u in gone:
                self.route_of[u] = -1
            self.refresh(ri)

    # ---- checks --------------------------------------------------------------------------

    def path_ok(self, clock: float, prev: int, path: Iterable[int], nxt: int, bound: float) -> bool:
        """Whether leaving `prev` at `clock` through `path` reaches `nxt` by `bound`."""
        t, service, early, late = self.t, self.service, self.early, self.late
        for v in path:
            clock += t[prev][v]
            if clock < early[v]:
                clock = early[v]
            if clock > late[v] + EPS:
                return False
            clock += service[v]
            prev = v
        return clock + t[prev][nxt] <= bound + EPS
