"""Ordering stops into days: proven best up to a dozen stops, a strong heuristic beyond.

The heuristic builds a plan by cheapest insertion, polishes it with local search, then runs a
ruin-and-recreate search (remove a few related stops, put them back where they cost least,
polish, keep the result by simulated annealing). To use fewer days it empties one day into the
pool and searches until the pool can be placed. The objective is lexicographic: most stops
placed, then fewest days, then least travel time.

The search is deterministic for a seed: it stops after a fixed amount of work (counted, not
timed: see RouteSet.work), and `time_limit` only cuts it short on a machine too slow for it.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from moovdesk.tours.exact import EXACT_LIMIT, solve_exact
from moovdesk.tours.instance import EPS, INF, Instance, lower_bound_days
from moovdesk.tours.local_search import LocalSearch
from moovdesk.tours.routes import RouteSet

# Tuned on the instances of bench/bench_tours.py.
NEAR_MOVES = 8  # neighbours looked at by local search
NEAR_RUIN = 24  # neighbours kept for ruin and insertion
HOT, COLD = 0.5, 0.005  # annealing temperatures, in average legs
BRIDGE = 0.2  # share of rounds that swap two stretches of a day rather than ruin
WORK_BASE, WORK_PER_STOP = 150_000, 4_000  # the work budget
PATIENCE = 0.4  # of the budget without a better plan: stop
GIVE_UP = 0.1  # of the budget without placing a waiting stop: open a day, or stop reducing
REDUCE_SHARE = 0.5  # of the budget in which emptying a day may be tried
WAIT_COUNTS = True  # while stops wait for room, judge rounds on time spent, waits included


@dataclass(frozen=True, slots=True)
class Solution:
    routes: list[list[int]]  # the stops of day k, in order
    unplaced: list[int]  # stops that fit alone but found no room (days allowed, appointments)
    optimal: bool  # proven best


Progress = Callable[[float], None]


def default_budget(n: int) -> int:
    """Work for n stops (see RouteSet.work): enough to settle, and 200 stops in half a
    second of CPU here."""
    return int(WORK_BASE + WORK_PER_STOP * n)


def solve(
    instance: Instance,
    stops: Sequence[int],
    *,
    seed: int = 0,
    effort: float = 1.0,
    time_limit: float | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    exact: bool = True,
) -> Solution:
    """Plan `stops` (each able to fit a day alone) into days; `exact=False` uses the
    heuristic even for a few stops (to test it against the exact answer)."""
    stops = list(stops)
    if exact and len(stops) <= EXACT_LIMIT:
        proven = solve_exact(instance, stops)
        return Solution(proven.routes, proven.unplaced, True)
    search = _Search(instance, stops, seed)
    deadline = None if time_limit is None else time.perf_counter() + time_limit
    budget = int(effort * default_budget(len(stops)))
    return search.run(budget, deadline, progress, should_stop)


def neighbour_lists(instance: Instance, stops: Sequence[int], size: int) -> list[list[int]]:
    """For each stop, the `size` stops nearest by travel there and back, windows permitting."""
    lists: list[list[int]] = [[] for _ in range(instance.n)]
    if len(stops) < 2:
        return lists
    index = np.asarray(stops)
    t = np.asarray(instance.travel)[np.ix_(index, index)]
    cost = t + t.T
    if instance.has_windows:
        # A neighbour whose window is hours away is rarely next door in the schedule.
        early = np.asarray([instance.early[u] for u in stops])
        late = np.asarray([instance.late[u] for u in stops])
        early = np.where(np.isfinite(early), early, -1e6)
        late = np.where(np.isfinite(late), late, 1e6)
        gap = np.maximum(early[None, :] - late[:, None], early[:, None] - late[None, :])
        cost = cost + np.maximum(gap, 0.0) * 0.5
    np.fill_diagonal(cost, INF)
    k = min(size, len(stops) - 1)
    nearest = np.argsort(cost, axis=1, kind="stable")[:, :k]
    for row, u in enumerate(stops):
        lists[u] = index[nearest[row]].tolist()
    return lists


class _Search:
    def __init__(self, instance: Instance, stops: list[int], seed: int) -> None:
        self.instance = instance
        self.stops = stops
        self.rng = random.Random(seed)
        self.near_ruin = neighbour_lists(instance, stops, NEAR_RUIN)
        self.near_moves = [near[:NEAR_MOVES] for near in self.near_ruin]
        self.rs = RouteSet(instance)
        self.ls = LocalSearch(self.rs, self.near_moves)
        self.pool: list[int] = []
        cap = instance.max_days if instance.max_days is not None else len(stops) + 1
        self.max_days = max(cap, 1)
        self.day_cap = self.max_days
        self.bridge_rate = BRIDGE
        self.rounds = 0

    # ---- objective -------------------------------------------------------------------------

    def key(self) -> tuple[int, int, float]:
        return len(self.pool), self.rs.days_used(), self.rs.travel()

    # ---- building --------------------------------------------------------------------------

    def place(self, order: Sequence[int]) -> None:
        """Cheapest insertion of each stop, opening a day when none has room."""
        rs = self.rs
        for u in order:
            cost, ri, g = rs.best_insertion(u, self.near_ruin[u], self.day_cap)
            if cost < INF:
                rs.insert(u, ri, g)
                continue
            placed = False
            while len(rs.routes) < self.day_cap:
                k = rs.add_day()
                if self.instance.allowed(u, k) and self.instance.alone_fits(u, k):
                    rs.insert(u, k, 0)
                    placed = True
                    break
            if not placed:
                self.pool.append(u)

    def construct(self, bound: int) -> None:
        """Cheapest insertion, a day opening whenever a stop fits in none of the open ones;
        `bound` (the days needed at least) chooses the order."""
        pins = max((self.instance.pinned[u] + 1 for u in self.stops), default=0)
        for _ in range(max(1, min(pins, self.max_days))):
            self.rs.add_day()
        self.day_cap = self.max_days
        self.place(self.construction_order(bound))
        self.ls.run(self.stops, self.day_cap)

    def construction_order(self, days: int) -> list[int]:
        """Fixed and tight stops first. Then, for one day, the farthest first (farthest
        insertion builds better tours than nearest); for several, a sweep around the start,
        which fills each day with one sector of the map (compact days, fewer of them)."""
        instance = self.instance
        first = instance.day(0)
        t = instance.travel
        fixed = [u for u in self.stops if instance.late[u] - instance.early[u] < EPS]
        rest = [u for u in self.stops if instance.late[u] - instance.early[u] >= EPS]
        coords = instance.coords
        if days <= 1 or coords is None:
            far = sorted(rest, key=lambda u: -(t[first.start_node][u] + t[u][first.end_node]))
            if days <= 1:
                far.sort(key=lambda u: min(instance.late[u] - instance.early[u], 1e6))
            return fixed + far
        lat0, lon0 = coords[first.start_node]
        squeeze = math.cos(math.radians(lat0))
        angle = {u: math.atan2(coords[u][0] - lat0, (coords[u][1] - lon0) * squeeze) for u in rest}
        rest.sort(key=angle.__getitem__)
        # Start the sweep after the widest empty sector, so no day straddles two far sectors.
        widest = max(
            range(len(rest)),
            key=lambda i: (angle[rest[(i + 1) % len(rest)]] - angle[rest[i]]) % math.tau,
            default=-1,
        )
        return fixed + rest[widest + 1 :] + rest[: widest + 1]

    # ---- ruin and recreate -----------------------------------------------------------------

    def ruin(self) -> list[int]:
        rng, rs = self.rng, self.rs
        placed = [u for u in self.stops if rs.route_of[u] >= 0]
        if not placed:
            return []
        count = rng.randint(2, max(2, min(14, len(placed) // 6 + 2)))
        seed = rng.choice(placed)
        near = [v for v in self.near_ruin[seed] if rs.route_of[v] >= 0]
        if rng.random() < 0.5:
            chosen = [seed, *near[: count - 1]]
        else:
            # Strings: a run of the day around the seed and around a few of its neighbours.
            chosen, seen = [], set()
            for v in [seed, *near]:
                if len(chosen) >= count:
                    break
                ri = rs.route_of[v]
                if ri in seen:
                    continue
                seen.add(ri)
                nodes = rs.routes[ri].nodes
                length = min(rng.randint(1, max(1, count - len(chosen))), len(nodes) - 2)
                first = max(
                    1, min(rs.pos_of[v] - rng.randint(0, length - 1), len(nodes) - 1 - length)
                )
                chosen.extend(nodes[first : first + length])
        rs.remove_many(chosen)
        return chosen

    def recreate(self, removed: list[int]) -> None:
        rng, instance = self.rng, self.instance
        mode = rng.random()
        if mode < 0.5:
            rng.shuffle(removed)
        elif mode < 0.75 and instance.has_windows:
            removed.sort(key=lambda u: instance.late[u] - instance.early[u])
        else:
            first = instance.day(0).start_node
            removed.sort(key=lambda u: -instance.travel[first][u])
        pool, self.pool = self.pool, []
        self.place(pool + removed)

    def pressure(self) -> tuple[int, int, float]:
        """What a round is judged on: the objective, except that while stops wait for room,
        time spent (travel and waiting) matters rather than travel: it is room to free."""
        if not self.pool or not WAIT_COUNTS:
            return self.key()
        return len(self.pool), self.rs.days_used(), self.rs.duration()

    def round(self, temperature: float) -> None:
        rs = self.rs
        before = self.pressure()
        saved_routes = [route.nodes[:] for route in rs.routes]
        saved_pool = self.pool[:]
        rs.touched.clear()
        if self.rng.random() < self.bridge_rate:
            ends = self.double_bridge()
            if ends is None:
                self.restore(saved_routes, saved_pool)
                return
            self.ls.run(ends, self.day_cap)
        else:
            removed = self.ruin()
            self.recreate(removed)
            self.ls.run(removed, self.day_cap)
        after = self.pressure()
        if after[:2] < before[:2]:
            return
        if after[:2] == before[:2]:
            worse = after[2] - before[2]
            if worse <= EPS or self.rng.random() < math.exp(-worse / temperature):
                return
        self.restore(saved_routes, saved_pool)

    def double_bridge(self) -> list[int] | None:
        """Swap two consecutive stretches of one day (A B C D -> A C B D): the kick that moves
        whole clusters, which removing a few stops at a time cannot. None if it breaks a bound."""
        rs, rng = self.rs, self.rng
        busy = [ri for ri, route in enumerate(rs.routes) if len(route.nodes) >= 10]
        if not busy:
            return None
        ri = rng.choice(busy)
        nodes = rs.routes[ri].nodes
        a, b, c = sorted(rng.sample(range(1, len(nodes) - 1), 3))
        rs.routes[ri].nodes = nodes[:a] + nodes[b:c] + nodes[a:b] + nodes[c:]
        rs.refresh(ri)
        if rs.windows and not rs.feasible(ri):
            return None
        return [nodes[k] for k in (a - 1, a, b - 1, b, c - 1, c) if nodes[k] < self.instance.n]

    def restore(self, orders: list[list[int]], pool: list[int]) -> None:
        """Put back saved orders, refreshing only the days that changed since they were saved."""
        rs = self.rs
        if len(rs.routes) != len(orders):
            rs.load([nodes[1:-1] for nodes in orders])
        else:
            for ri in sorted(rs.touched):
                rs.routes[ri].nodes = orders[ri][:]
            for u in pool:
                rs.route_of[u] = -1
            for ri in sorted(rs.touched):
                rs.refresh(ri)
        self.pool = pool[:]

    # ---- fewer days ------------------------------------------------------------------------

    def empty_a_day(self) -> bool:
        """Move the stops of one day to the pool and close it; False if no day can go."""
        rs, instance = self.rs, self.instance
        busy = [ri for ri, route in enumerate(rs.routes) if len(route.nodes) > 2]
        if len(busy) < 2:
            return False
        if instance.interchangeable_days:
            # One of the two lightest days (the lightest is not always the one that can go).
            light = sorted(busy, key=lambda ri: len(rs.routes[ri].nodes))[:2]
            victim = light[0] if len(light) < 2 or self.rng.random() < 0.6 else light[1]
            last = busy[-1]
            if victim != last:  # alike days: swap it to the end so the cap closes it
                a, b = rs.routes[victim], rs.routes[last]
                a.nodes, b.nodes = b.nodes, a.nodes
                rs.refresh(victim)
                rs.refresh(last)
            victim = last
        else:
            victim = busy[-1]
            if any(instance.pinned[u] == victim for u in rs.routes[victim].stops):
                return False
        gone = rs.routes[victim].stops
        rs.remove_many(gone)
        del rs.routes[victim:]
        self.pool.extend(gone)
        self.day_cap = victim
        return True

    # ---- driver ----------------------------------------------------------------------------

    def run(
        self,
        budget: int,
        deadline: float | None,
        progress: Progress | None,
        should_stop: Callable[[], bool] | None,
    ) -> Solution:
        """Build a plan, then ruin and recreate until `budget` work is spent (or the best plan
        has not moved for a while). While every stop is placed and more days are used than
        the lower bound, the first part of the budget also tries emptying a day."""
        rs = self.rs
        bound = lower_bound_days(self.instance, self.stops)
        self.construct(bound)
        best_key = self.key()
        best = ([route.nodes[:] for route in rs.routes], self.pool[:])
        scale = rs.travel() / max(len(self.stops), 1)
        hot, cold = HOT * scale, COLD * scale
        begin = rs.work
        span = max(budget - begin, 1)
        calm, give_up = PATIENCE * span, GIVE_UP * span
        last_gain = last_shrink = begin
        reducing, may_reduce = False, True
        while rs.work < budget:
            if (deadline is not None and time.perf_counter() > deadline) or (
                should_stop is not None and should_stop()
            ):
                break
            if not reducing and rs.work - last_gain > calm:
                break
            done = (rs.work - begin) / span
            if progress is not None and self.rounds % 50 == 0:
                progress(done)
            self.rounds += 1
            if not self.pool and may_reduce and best_key[1] > bound and done < REDUCE_SHARE:
                reducing = may_reduce = self.empty_a_day()
                last_shrink = rs.work
            waiting = len(self.pool)
            self.round(hot * (cold / hot) ** done)
            key = self.key()
            if key[:2] < best_key[:2] or (key[:2] == best_key[:2] and key[2] < best_key[2] - EPS):
                best_key, last_gain = key, rs.work
                best = ([route.nodes[:] for route in rs.routes], self.pool[:])
            if not self.pool:
                reducing = False  # a day less: the next round may try another
                continue
            if len(self.pool) < waiting:
                last_shrink = rs.work
            elif rs.work - last_shrink > give_up:
                last_shrink = last_gain = rs.work
                if reducing:  # that day will not go: back to the best plan (and maybe retry)
                    reducing = False
                    self.day_cap = self.max_days
                    rs.load([nodes[1:-1] for nodes in best[0]])
                    self.pool = best[1][:]
                elif self.day_cap < self.max_days:
                    self.day_cap += 1
        orders, pool = [nodes[1:-1] for nodes in best[0]], best[1]
        if self.instance.interchangeable_days:
            orders = [order for order in orders if order]
        while orders and not orders[-1]:
            orders.pop()
        return Solution(orders, pool, False)
