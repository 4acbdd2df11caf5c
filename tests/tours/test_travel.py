"""The travel estimate, and the OSRM adapter against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from moovdesk.tours.travel import EstimatedTravel, OsrmTravel, great_circle_km

PARIS = (48.8566, 2.3522)
LYON = (45.7640, 4.8357)
MARSEILLE = (43.2965, 5.3698)


def test_paris_lyon_great_circle_is_about_392_km() -> None:
    assert great_circle_km(PARIS, LYON) == pytest.approx(392, abs=2)
    assert great_circle_km(PARIS, PARIS) == 0.0


def test_estimate_applies_the_detour_factor_and_the_speed() -> None:
    matrix = EstimatedTravel(detour_factor=1.3, speed_kmh=60).matrix([PARIS, LYON])
    crow = great_circle_km(PARIS, LYON)
    assert matrix.km[0][1] == pytest.approx(crow * 1.3, rel=1e-9)
    assert matrix.minutes[0][1] == pytest.approx(crow * 1.3, rel=1e-9)  # 60 km/h: 1 km a minute
    assert matrix.minutes[1][0] == matrix.minutes[0][1]
    assert matrix.minutes[0][0] == 0.0
    assert matrix.estimated and matrix.source == "estimate"
    slower = EstimatedTravel(detour_factor=1.0, speed_kmh=30).matrix([PARIS, LYON])
    assert slower.minutes[0][1] == pytest.approx(crow * 2, rel=1e-9)


def test_estimate_refuses_impossible_settings() -> None:
    with pytest.raises(ValueError):
        EstimatedTravel(detour_factor=0.8)
    with pytest.raises(ValueError):
        EstimatedTravel(speed_kmh=0)


class FakeOsrm(BaseHTTPRequestHandler):
    """Answers `table` requests: 1 minute and 1 km per unit of index distance, so the test
    can tell the blocks were put back in the right places; null for pairs listed in `holes`."""

    requests: ClassVar[list[str]] = []
    holes: ClassVar[set[tuple[int, int]]] = set()
    answer: ClassVar[object] = None
    delay: ClassVar[float] = 0.0

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        time.sleep(type(self).delay)
        url = urlsplit(self.path)  # not urlparse, which takes ';...' for parameters
        parts = url.path.split("/")
        assert parts[1:4] == ["table", "v1", "driving"], parts
        coordinates = parts[4].split(";")
        query = parse_qs(url.query)
        assert query["annotations"] == ["duration,distance"]
        everyone = list(range(len(coordinates)))
        sources = (
            [int(i) for i in query["sources"][0].split(";")] if "sources" in query else everyone
        )
        targets = (
            [int(i) for i in query["destinations"][0].split(";")]
            if "destinations" in query
            else everyone
        )
        # Each coordinate is "lon,lat" with lat = its global index (set by the test).
        index = [round(float(c.split(",")[1])) for c in coordinates]
        body = type(self).answer or {
            "code": "Ok",
            "durations": [
                [
                    None if (index[s], index[d]) in self.holes else 60.0 * abs(index[s] - index[d])
                    for d in targets
                ]
                for s in sources
            ],
            "distances": [[1000.0 * abs(index[s] - index[d]) for d in targets] for s in sources],
        }
        data = json.dumps(body).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test output stays readable."""


@pytest.fixture
def osrm() -> Iterator[str]:
    FakeOsrm.requests = []
    FakeOsrm.holes = set()
    FakeOsrm.answer = None
    FakeOsrm.delay = 0.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOsrm)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def points(count: int) -> list[tuple[float, float]]:
    # Latitude = index, so the fake server can find each point's index in any block.
    return [(float(i), 2.0) for i in range(count)]


def test_osrm_table_gives_road_minutes_and_km(osrm: str) -> None:
    matrix = OsrmTravel(osrm).matrix(points(3))
    assert matrix.minutes == [[0, 1, 2], [1, 0, 1], [2, 1, 0]]
    assert matrix.km == [[0, 1, 2], [1, 0, 1], [2, 1, 0]]
    assert not matrix.estimated and matrix.source == "osrm"
    assert len(FakeOsrm.requests) == 1
    assert "/table/v1/driving/2.000000,0.000000;2.000000,1.000000;" in FakeOsrm.requests[0]


def test_osrm_large_tables_go_in_blocks_and_come_back_whole(osrm: str) -> None:
    matrix = OsrmTravel(osrm, block=2).matrix(points(5))
    assert matrix.minutes == [[float(abs(i - j)) for j in range(5)] for i in range(5)]
    assert len(FakeOsrm.requests) == 9  # 3 blocks of sources × 3 of destinations
    assert all(r.split("?")[0].count(";") <= 3 for r in FakeOsrm.requests)  # 4 points at most


def test_osrm_unroutable_legs_fall_back_to_the_estimate(osrm: str) -> None:
    FakeOsrm.holes = {(0, 2)}
    pts = points(3)
    matrix = OsrmTravel(osrm).matrix(pts)
    estimate = EstimatedTravel().matrix(pts)
    assert matrix.minutes[0][2] == pytest.approx(estimate.minutes[0][2])
    assert matrix.km[0][2] == pytest.approx(estimate.km[0][2])
    assert matrix.minutes[2][0] == 2.0  # the other way was routed
    assert matrix.estimated and matrix.source == "osrm+estimate"


@pytest.mark.parametrize(
    "answer", [{"code": "TooBig", "message": "too many"}, {"code": "Ok", "durations": [[0]]}]
)
def test_osrm_refusals_fall_back_to_the_estimate(osrm: str, answer: object) -> None:
    FakeOsrm.answer = answer
    pts = points(3)
    matrix = OsrmTravel(osrm).matrix(pts)
    assert matrix.minutes == EstimatedTravel().matrix(pts).minutes
    assert matrix.estimated and matrix.source == "estimate (router down)"


def test_osrm_too_slow_falls_back_within_the_timeout(osrm: str) -> None:
    FakeOsrm.delay = 6.0
    start = time.perf_counter()
    matrix = OsrmTravel(osrm, timeout=0.3).matrix(points(3))
    assert time.perf_counter() - start < 5.0  # gave up on the router, did not wait it out
    assert matrix.source == "estimate (router down)"


def test_osrm_server_down_falls_back_to_the_estimate() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pts = points(4)
    matrix = OsrmTravel(f"http://127.0.0.1:{port}", timeout=1.0).matrix(pts)
    assert matrix.minutes == EstimatedTravel().matrix(pts).minutes
    assert matrix.estimated and matrix.source == "estimate (router down)"
