"""Moves between two days that Or-opt cannot make when days are full: exchanging the ends of
two days (2-opt*), and swapping two stops. Both are tried beside a stop's neighbours, priced
with the running travel sums and, for alike days, checked in O(1) with the latest starts.
"""

from __future__ import annotations

from moovdesk.tours.instance import EPS
from moovdesk.tours.routes import RouteSet

#: Work units charged per neighbour looked at (see RouteSet.work).
WORK_PER_NEIGHBOUR = 10


class BetweenDays:
    def __init__(self, routes: RouteSet, near: list[list[int]], reach: list[list[float]]) -> None:
        self.rs = routes
        self.near = near
        self.reach = reach

    def improve(self, u: int, day_cap: int) -> list[int] | None:
        """Apply the best improving exchange or swap around u; the stops whose edges changed."""
        rs = self.rs
        rs.work += WORK_PER_NEIGHBOUR * len(self.near[u])
        ra = rs.route_of[u]
        i = rs.pos_of[u]
        nodes = rs.routes[ra].nodes
        t = rs.t
        after = t[u][nodes[i + 1]]
        before = t[nodes[i - 1]][u]
        best = -EPS
        move: tuple[str, int, int, int, int] | None = None
        for b, reach in zip(self.near[u], self.reach[u], strict=True):
            if reach >= after and reach >= before:
                break
            rb = rs.route_of[b]
            if rb < 0 or rb == ra or rb >= day_cap:
                continue
            j = rs.pos_of[b]
            # u then b: this day keeps up to u and takes b's day from b on.
            delta = self._tails_delta(ra, i, rb, j)
            if delta < best and self._tails_ok(ra, i, rb, j):
                best, move = delta, ("tails", ra, i, rb, j)
            # b then u: the other way round.
            delta = self._tails_delta(rb, j, ra, i)
            if delta < best and self._tails_ok(rb, j, ra, i):
                best, move = delta, ("tails", rb, j, ra, i)
            # u swapped with the stop just before or after b, so that it lands beside b.
            other = rs.routes[rb].nodes
            for k in (j - 1, j + 1):
                if 1 <= k <= len(other) - 2:
                    delta = self._swap_delta(ra, i, rb, k)
                    if delta < best and self._swap_ok(ra, i, rb, k):
                        best, move = delta, ("swap", ra, i, rb, k)
        if move is None:
            return None
        kind, ra, i, rb, j = move
        one, two = rs.routes[ra].nodes, rs.routes[rb].nodes
        changed = [one[i - 1], one[i], one[i + 1], two[j - 1], two[j], two[j + 1]]
        if kind == "tails":
            rs.routes[ra].nodes = one[: i + 1] + two[j:-1] + one[-1:]
            rs.routes[rb].nodes = two[:j] + one[i + 1 : -1] + two[-1:]
        else:
            one[i], two[j] = two[j], one[i]
        rs.refresh(ra)
        rs.refresh(rb)
        return changed

    # ---- exchanging the ends of two days ----------------------------------------------------

    def _tails_delta(self, ra: int, i: int, rb: int, j: int) -> float:
        """Travel change if day ra keeps nodes[..i] and takes rb's nodes[j..], and day rb keeps
        nodes[..j-1] and takes ra's nodes[i+1..] (each keeps its own end place)."""
        rs = self.rs
        t = rs.t
        a, b = rs.routes[ra], rs.routes[rb]
        an, bn = a.nodes, b.nodes
        last_a, last_b = len(an) - 2, len(bn) - 2  # positions of the last stops
        new_a = a.fwd[i] + t[an[i]][bn[j]] + (b.fwd[last_b] - b.fwd[j]) + t[bn[last_b]][an[-1]]
        if i < last_a:
            new_b = (
                b.fwd[j - 1]
                + t[bn[j - 1]][an[i + 1]]
                + (a.fwd[last_a] - a.fwd[i + 1])
                + t[an[last_a]][bn[-1]]
            )
        else:
            new_b = b.fwd[j - 1] + t[bn[j - 1]][bn[-1]]
        return new_a + new_b - a.cost - b.cost

    def _tails_ok(self, ra: int, i: int, rb: int, j: int) -> bool:
        rs = self.rs
        instance = rs.instance
        a, b = rs.routes[ra], rs.routes[rb]
        an, bn = a.nodes, b.nodes
        if instance.has_pins and not (
            all(instance.allowed(v, a.day) for v in bn[j:-1])
            and all(instance.allowed(v, b.day) for v in an[i + 1 : -1])
        ):
            return False
        t = rs.t
        if instance.day(a.day) == instance.day(b.day):
            # Alike days: each tail was feasible towards the same end, so arriving at its
            # first stop by that stop's latest start is enough.
            if a.dep[i] + t[an[i]][bn[j]] > b.lat[j] + EPS:
                return False
            return b.dep[j - 1] + t[bn[j - 1]][an[i + 1]] <= a.lat[i + 1] + EPS
        end_a = instance.day(a.day).end
        end_b = instance.day(b.day).end
        return rs.path_ok(a.dep[i], an[i], bn[j:-1], an[-1], end_a) and rs.path_ok(
            b.dep[j - 1], bn[j - 1], an[i + 1 : -1], bn[-1], end_b
        )

    # ---- swapping two stops -----------------------------------------------------------------

    def _swap_delta(self, ra: int, i: int, rb: int, j: int) -> float:
        rs = self.rs
        t = rs.t
        an, bn = rs.routes[ra].nodes, rs.routes[rb].nodes
        u, v = an[i], bn[j]
        pa, sa, pb, sb = an[i - 1], an[i + 1], bn[j - 1], bn[j + 1]
        return t[pa][v] + t[v][sa] - t[pa][u] - t[u][sa] + t[pb][u] + t[u][sb] - t[pb][v] - t[v][sb]

    def _swap_ok(self, ra: int, i: int, rb: int, j: int) -> bool:
        rs = self.rs
        a, b = rs.routes[ra], rs.routes[rb]
        u, v = a.nodes[i], b.nodes[j]
        instance = rs.instance
        if instance.has_pins and not (instance.allowed(v, a.day) and instance.allowed(u, b.day)):
            return False
        return rs.path_ok(a.dep[i - 1], a.nodes[i - 1], (v,), a.nodes[i + 1], a.lat[i + 1]) and (
            rs.path_ok(b.dep[j - 1], b.nodes[j - 1], (u,), b.nodes[j + 1], b.lat[j + 1])
        )
