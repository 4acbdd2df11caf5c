"""Reading costs little over Python's csv module itself (the floor, measured in the same run, in
CPU time so other processes on a busy machine do not decide the ratio)."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Callable

from moovdesk.importing.reader import read_table


def _file(rows: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        ["Société", "Contact", "Adresse", "CP", "Ville", "Tél", "Email", "Statut", "Notes"]
    )
    for index in range(rows):
        writer.writerow(
            [
                f"Société {index}",
                f"Jean Dupont{index}",
                f"{index % 200} rue de la République",
                f"{index % 95000 + 1000:05d}",
                "Saint-Étienne",
                f"06 12 34 {index % 100:02d} {index % 89:02d}",
                f"contact{index}@societe{index}.fr",
                "Chaud" if index % 2 else "froid",
                "Voir en début de mois; préfère le matin" if index % 3 == 0 else "",
            ]
        )
    return out.getvalue().encode("utf-8")


def _best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def test_reader_is_close_to_the_csv_floor():
    data = _file(30_000)

    def floor() -> object:
        return list(csv.reader(io.StringIO(data.decode("utf-8"), newline=""), delimiter=";"))

    ratio = _best(lambda: read_table(data)) / _best(floor)
    # Typically about 1.1-1.3; the bound leaves room for a busy test machine.
    assert ratio < 2.5, ratio
