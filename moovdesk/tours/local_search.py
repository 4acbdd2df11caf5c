"""Local search over the days of a plan: 2-opt inside a day and Or-opt (moving a run of one to
three stops, either way round) inside a day or to another day, driven by neighbour lists and
a queue of stops whose surroundings changed ("don't look bits"), so each pass only looks where
something moved.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from moovdesk.tours.between_days import BetweenDays
from moovdesk.tours.instance import EPS
from moovdesk.tours.routes import RouteSet

#: Work units charged for looking at the moves around one stop (see RouteSet.work).
NODE_WORK = 40


class LocalSearch:
    """Improves a RouteSet in place until no move from the queued stops lowers travel."""

    def __init__(self, routes: RouteSet, near: list[list[int]]) -> None:
        self.rs = routes
        self.near = near
        t = routes.t
        # How far each neighbour is (both ways averaged): lists are sorted by it, so a scan can
        # stop at the first neighbour too far for a move to gain (the Lin-Kernighan criterion).
        self.reach = [[(t[u][b] + t[b][u]) / 2 for b in row] for u, row in enumerate(near)]
        self.queued = [False] * routes.instance.n
        self.between = BetweenDays(routes, near, self.reach)

    def run(self, seeds: Iterable[int], day_cap: int) -> None:
        rs, queued = self.rs, self.queued
        n = rs.instance.n
        queue: deque[int] = deque()
        for u in seeds:
            if not queued[u] and rs.route_of[u] >= 0:
                queued[u] = True
                queue.append(u)
        while queue:
            u = queue.popleft()
            queued[u] = False
            rs.work += NODE_WORK
            if rs.route_of[u] < 0:
                continue
            changed = self._two_opt(u)
            if changed is None:
                changed = self._or_opt(u, day_cap)
            if changed is None and len(rs.routes) > 1:
                changed = self.between.improve(u, day_cap)
            if changed is None:
                continue
            for v in changed:
                if v < n and not queued[v] and rs.route_of[v] >= 0:
                    queued[v] = True
                    queue.append(v)

    def _two_opt(self, u: int) -> list[int] | None:
        """Reverse a stretch of u's day so that u lands beside one of its neighbours."""
        rs = self.rs
        ri = rs.route_of[u]
        route = rs.routes[ri]
        nodes, fwd, bwd = route.nodes, route.fwd, route.bwd
        t, route_of, pos_of = rs.t, rs.route_of, rs.pos_of
        i = rs.pos_of[u]
        m = len(nodes)
        spans: list[tuple[int, int]] = [(1, i), (i, m - 2)]  # u to the start or to the end
        after = t[u][nodes[i + 1]]  # the edges a move must replace by a shorter one
        before = t[nodes[i - 1]][u]
        longest = max(after, before)
        for b, reach in zip(self.near[u], self.reach[u], strict=True):
            if reach >= longest:
                break
            if route_of[b] != ri:
                continue
            j = pos_of[b]
            low, high = (i, j) if i < j else (j, i)
            if reach < after:
                spans.append((low + 1, high))
            if reach < before:
                spans.append((low, high - 1))
        best, best_lo, best_hi = -EPS, 0, 0
        for lo, hi in spans:
            if hi <= lo:
                continue
            p, a, z, q = nodes[lo - 1], nodes[lo], nodes[hi], nodes[hi + 1]
            delta = (
                t[p][z] + t[a][q] - t[p][a] - t[z][q] + (bwd[hi] - bwd[lo]) - (fwd[hi] - fwd[lo])
            )
            if delta < best and (
                not rs.windows
                or rs.path_ok(
                    route.dep[lo - 1],
                    p,
                    (nodes[k] for k in range(hi, lo - 1, -1)),
                    q,
                    route.lat[hi + 1],
                )
            ):
                best, best_lo, best_hi = delta, lo, hi
        if best_hi == 0:
            return None
        lo, hi = best_lo, best_hi
        changed = [nodes[lo - 1], nodes[lo], nodes[hi], nodes[hi + 1]]
        nodes[lo : hi + 1] = nodes[lo : hi + 1][::-1]
        rs.refresh(ri)
        return changed

    def _or_opt(self, u: int, day_cap: int) -> list[int] | None:
        """Move a run of 1-3 stops starting or ending at u next to a neighbour of its ends,
        in this day or another one, forwards or reversed."""
        rs = self.rs
        ri = rs.route_of[u]
        route = rs.routes[ri]
        nodes, fwd, bwd = route.nodes, route.fwd, route.bwd
        t, route_of, pos_of, routes = rs.t, rs.route_of, rs.pos_of, rs.routes
        near = self.near
        i = pos_of[u]
        m = len(nodes)
        best = -EPS
        move: tuple[int, int, int, int, bool] | None = None  # lo, hi, target route, gap, reversed
        for length in (1, 2, 3):
            for lo in (i,) if length == 1 else (i, i - length + 1):
                hi = lo + length - 1
                if lo < 1 or hi > m - 2:
                    continue
                s, e, p, q = nodes[lo], nodes[hi], nodes[lo - 1], nodes[hi + 1]
                gain = t[p][s] + t[e][q] - t[p][q]
                turn = (bwd[hi] - bwd[lo]) - (fwd[hi] - fwd[lo])
                # Candidates as (route, gap, reversed, delta), priced before anything else.
                found: list[tuple[int, int, bool, float]] = []
                x, y = nodes[0], nodes[1]  # right after the day's start
                found.append((ri, 0, False, t[x][s] + t[e][y] - t[x][y] - gain))
                x, y = nodes[m - 2], nodes[m - 1]  # right before its end
                found.append((ri, m - 2, False, t[x][s] + t[e][y] - t[x][y] - gain))
                for b, reach in zip(near[s], self.reach[s], strict=True):
                    if reach >= gain:
                        break
                    rb = route_of[b]
                    if rb < 0 or rb >= day_cap:
                        continue
                    k = pos_of[b]
                    gn = nodes if rb == ri else routes[rb].nodes
                    y = gn[k + 1]  # s after b
                    delta = t[b][s] + t[e][y] - t[b][y] - gain
                    if delta < best:
                        found.append((rb, k, False, delta))
                    x = gn[k - 1]  # s before b, the run reversed
                    if length == 1:
                        delta = t[x][s] + t[s][b] - t[x][b] - gain
                    else:
                        delta = t[x][e] + t[s][b] - t[x][b] + turn - gain
                    if delta < best:
                        found.append((rb, k - 1, length > 1, delta))
                if length > 1:
                    for b, reach in zip(near[e], self.reach[e], strict=True):
                        if reach >= gain:
                            break
                        rb = route_of[b]
                        if rb < 0 or rb >= day_cap:
                            continue
                        k = pos_of[b]
                        gn = nodes if rb == ri else routes[rb].nodes
                        x = gn[k - 1]  # e before b
                        delta = t[x][s] + t[e][b] - t[x][b] - gain
                        if delta < best:
                            found.append((rb, k - 1, False, delta))
                        y = gn[k + 1]  # e after b, the run reversed
                        delta = t[b][e] + t[s][y] - t[b][y] + turn - gain
                        if delta < best:
                            found.append((rb, k, True, delta))
                visits = sum(rs.service[nodes[k]] for k in range(lo, hi + 1))
                for rb, g, turned, delta in found:
                    if delta >= best:
                        continue
                    if rb == ri:
                        if lo - 2 < g < hi + 1:
                            continue
                    elif routes[rb].slack + EPS < visits:  # no gap in that day is that long
                        continue
                    if self._or_ok(ri, lo, hi, rb, g, turned):
                        best, move = delta, (lo, hi, rb, g, turned)
        if move is None:
            return None
        lo, hi, rb, g, turned = move
        segment = nodes[lo : hi + 1]
        if turned:
            segment.reverse()
        gnodes = routes[rb].nodes
        changed = [nodes[lo - 1], nodes[lo], nodes[hi], nodes[hi + 1], gnodes[g], gnodes[g + 1]]
        if rb != ri:
            route.nodes = nodes[:lo] + nodes[hi + 1 :]
            routes[rb].nodes = gnodes[: g + 1] + segment + gnodes[g + 1 :]
            rs.refresh(rb)
        elif g < lo:
            route.nodes = nodes[: g + 1] + segment + nodes[g + 1 : lo] + nodes[hi + 1 :]
        else:
            route.nodes = nodes[:lo] + nodes[hi + 1 : g + 1] + segment + nodes[g + 1 :]
        rs.refresh(ri)
        return changed

    def _or_ok(self, ri: int, lo: int, hi: int, rb: int, g: int, turned: bool) -> bool:
        """Whether moving nodes[lo..hi] of route ri after gap g of route rb keeps every bound."""
        rs = self.rs
        rs.work += 6
        route = rs.routes[ri]
        nodes = route.nodes
        segment = range(hi, lo - 1, -1) if turned else range(lo, hi + 1)
        if rb != ri:
            day = rs.routes[rb].day
            if rs.instance.has_pins and not all(
                rs.instance.allowed(nodes[k], day) for k in segment
            ):
                return False
            # The day losing the run: its neighbours meet directly.
            p, q = nodes[lo - 1], nodes[hi + 1]
            if route.dep[lo - 1] + rs.t[p][q] > route.lat[hi + 1] + EPS:
                return False
            target = rs.routes[rb]
            x, y = target.nodes[g], target.nodes[g + 1]
            return rs.path_ok(target.dep[g], x, (nodes[k] for k in segment), y, target.lat[g + 1])
        if not rs.windows:
            return True  # less travel in one day without windows ends that day sooner
        if g < lo:
            path = [nodes[k] for k in segment] + nodes[g + 1 : lo]
            return rs.path_ok(route.dep[g], nodes[g], path, nodes[hi + 1], route.lat[hi + 1])
        path = nodes[hi + 1 : g + 1] + [nodes[k] for k in segment]
        return rs.path_ok(route.dep[lo - 1], nodes[lo - 1], path, nodes[g + 1], route.lat[g + 1])
