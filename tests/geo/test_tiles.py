"""The tile cache against a real tile server on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from moovdesk import __version__
from moovdesk.geo.tiles import MIN_LIFETIME_S, OFFLINE_BACKOFF_S, TileCache

PNG_HEADER = b"\x89PNG\r\n\x1a\n"


@dataclass
class TileServer:
    """Answers /z/x/y.png with a distinct fake PNG per tile and records every request."""

    tile_size: int = 1000
    content_type: str = "image/png"
    cache_control: str = "max-age=86400"
    etag: str = ""
    requests: list[dict[str, str]] = field(default_factory=list)
    port: int = 0
    _server: ThreadingHTTPServer | None = None

    def body(self, path: str) -> bytes:
        return (PNG_HEADER + path.encode()).ljust(self.tile_size, b"\0")

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def start(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(
                    {
                        "path": self.path,
                        "user-agent": self.headers.get("User-Agent", ""),
                        "if-none-match": self.headers.get("If-None-Match", ""),
                    }
                )
                if owner.etag and self.headers.get("If-None-Match") == owner.etag:
                    self.send_response(304)
                    self.send_header("Cache-Control", owner.cache_control)
                    self.end_headers()
                    return
                body = owner.body(self.path)
                self.send_response(200)
                self.send_header("Content-Type", owner.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", owner.cache_control)
                if owner.etag:
                    self.send_header("ETag", owner.etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@pytest.fixture
def server() -> Iterator[TileServer]:
    running = TileServer()
    running.start()
    yield running
    running.stop()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def open_cache(tmp_path: Path, server: TileServer, **options: object) -> TileCache:
    return TileCache(tmp_path / "cache" / "tiles.mbtiles", url_template=server.template, **options)  # type: ignore[arg-type]


def test_tile_fetched_online_is_served_from_the_cache_when_the_server_is_down(
    tmp_path: Path, server: TileServer
) -> None:
    cache = open_cache(tmp_path, server)
    online = cache.get(6, 32, 22)
    assert online is not None and not online.from_cache
    assert online.data == server.body("/6/32/22.png")
    assert online.content_type == "image/png"
    cache.close()
    server.stop()

    reopened = open_cache(tmp_path, server, timeout_s=2.0)
    offline = reopened.get(6, 32, 22)
    assert offline is not None and offline.from_cache
    assert offline.data == online.data
    assert reopened.get(6, 33, 22) is None  # never seen: nothing to show
    assert len(server.requests) == 1
    reopened.close()


def test_the_user_agent_names_moovdesk_its_version_and_a_contact(
    tmp_path: Path, server: TileServer
) -> None:
    cache = open_cache(tmp_path, server)
    cache.get(3, 4, 2)
    agent = server.requests[0]["user-agent"]
    assert agent.startswith(f"Moovdesk/{__version__} (+")
    assert "Python-urllib" not in agent
    cache.close()


def test_the_size_cap_evicts_the_least_recently_used_tiles(
    tmp_path: Path, server: TileServer
) -> None:
    cache = open_cache(tmp_path, server, max_bytes=3500)  # room for three 1000-byte tiles
    for x in (1, 2, 3):
        assert cache.get(4, x, 5) is not None
    assert cache.cached(4, 1, 5) is not None  # tile 1 used again: tile 2 is now the oldest
    assert cache.get(4, 4, 5) is not None

    assert cache.cached(4, 2, 5) is None
    for x in (1, 3, 4):
        assert cache.cached(4, x, 5) is not None, x
    assert cache.stats().bytes == 3000 <= cache.max_bytes
    cache.close()


def test_offline_a_miss_returns_none_without_touching_the_network(
    tmp_path: Path, server: TileServer
) -> None:
    cache = open_cache(tmp_path, server, online=False)
    assert cache.get(5, 1, 1) is None
    assert server.requests == []
    cache.online = True
    assert cache.get(5, 1, 1) is not None
    assert len(server.requests) == 1
    cache.close()


def test_after_a_network_failure_misses_wait_for_the_backoff(tmp_path: Path) -> None:
    down = TileServer()
    down.start()
    down.stop()  # the port is now closed: connections are refused
    clock = Clock()
    cache = open_cache(tmp_path, down, clock=clock, timeout_s=2.0)
    assert cache.get(2, 1, 1) is None

    down.start()  # same port, back up
    assert cache.get(2, 1, 1) is None  # still backing off: no request made
    assert down.requests == []
    clock.now += OFFLINE_BACKOFF_S + 1
    assert cache.get(2, 1, 1) is not None
    assert len(down.requests) == 1
    down.stop()
    cache.close()


def test_a_stale_tile_is_revalidated_with_its_etag(tmp_path: Path, server: TileServer) -> None:
    server.etag = '"v1"'
    clock = Clock()
    cache = open_cache(tmp_path, server, clock=clock)
    first = cache.get(7, 64, 44)
    assert first is not None
    clock.now += MIN_LIFETIME_S - 60
    assert cache.get(7, 64, 44) is not None
    assert len(server.requests) == 1  # still fresh: no request

    clock.now += 120
    again = cache.get(7, 64, 44)
    assert again is not None and again.data == first.data
    assert len(server.requests) == 2
    assert server.requests[1]["if-none-match"] == '"v1"'
    clock.now += 60
    cache.get(7, 64, 44)
    assert len(server.requests) == 2  # the 304 renewed its lifetime
    cache.close()


def test_answers_that_are_not_images_are_not_cached(tmp_path: Path, server: TileServer) -> None:
    server.content_type = "text/html"
    cache = open_cache(tmp_path, server)
    assert cache.get(1, 0, 0) is None
    assert cache.stats().tiles == 0
    cache.close()


def test_tiles_of_another_url_do_not_mix(tmp_path: Path, server: TileServer) -> None:
    cache = open_cache(tmp_path, server)
    assert cache.get(1, 1, 1) is not None
    cache.url_template = server.template + "?style=other"
    cache.online = False
    assert cache.get(1, 1, 1) is None
    cache.close()


@pytest.mark.parametrize(
    ("z", "x", "y"), [(-1, 0, 0), (2, 4, 0), (2, 0, 4), (3, -1, 0), (23, 0, 0)]
)
def test_impossible_tiles_are_refused(
    tmp_path: Path, server: TileServer, z: int, x: int, y: int
) -> None:
    cache = open_cache(tmp_path, server)
    with pytest.raises(ValueError, match="no such tile"):
        cache.get(z, x, y)
    cache.close()


@pytest.mark.parametrize(
    "template",
    ["file:///etc/{z}/{x}/{y}.png", "https://tiles.example/{z}/{x}.png", "ftp://x/{z}/{x}/{y}"],
)
def test_only_http_templates_with_z_x_y_are_accepted(tmp_path: Path, template: str) -> None:
    with pytest.raises(ValueError):
        TileCache(tmp_path / "tiles.mbtiles", url_template=template)
