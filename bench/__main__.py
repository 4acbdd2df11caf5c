"""`make bench`: run every benchmark and print each figure beside its floor and the ratio."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench import bench_import, bench_map, bench_search, bench_tours, bench_window
from bench.common import Result, print_table

SUITES = {
    "import": bench_import.run,
    "map": bench_map.run,
    "search": bench_search.run,
    "tours": bench_tours.run,
    "window": bench_window.run,
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("suites", nargs="*", help=f"some of: {', '.join(SUITES)}")
    parser.add_argument("--count", type=int, default=100_000, help="prospects in the base")
    args = parser.parse_args()
    chosen = args.suites or list(SUITES)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="moovdesk-bench-") as work:
        for name in chosen:
            print(f"running {name}…", flush=True)
            results.extend(SUITES[name](Path(work), args.count))
    print()
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
