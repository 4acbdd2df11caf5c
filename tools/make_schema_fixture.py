"""Write tests/data/schemas/<revision>.db: a small base at that schema revision, with data.

Run once for each new migration (`python tools/make_schema_fixture.py 0003`) and commit the file:
the test suite migrates every fixture to the newest schema and checks nothing was lost.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command

from moovdesk.data import search, sort_keys
from moovdesk.data.engine import WRITE_OPTION, make_engine
from moovdesk.data.migrate import alembic_config

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "schemas"

# Rows valid from revision 0001 on; later fixtures may add rows for the tables they introduce.
SAMPLE_SQL = """
INSERT INTO import_batch (id, file_name, file_sha256, format_name, mapping_json, rows_read,
    rows_imported, rows_updated, rows_skipped, rows_rejected, status, created_at, updated_at)
VALUES ('b0000000-0000-4000-8000-000000000001', 'clients-2026.csv', '', 'csv', '{}', 2, 2, 0, 0,
    0, 'committed', '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000');
INSERT INTO prospect (id, company, phone, mobile, email, website, street, postal_code, city,
    country, latitude, longitude, geo_precision, activity, siret, source, temperature, stage,
    need, budget, zone, timing, notes, import_batch_id, created_at, updated_at)
VALUES
 ('p0000000-0000-4000-8000-000000000001', 'Boulangerie Étienne', '+33477000001', '', '',
    'https://boulangerie.example', '3 rue Victor Hugo', '42000', 'Saint-Étienne', 'FR', 45.4397,
    4.3872, 'city', 'Boulangerie', '12345678901234', 'Salon', 'hot', 'lead', 1, 0, 1, 0,
    'Préfère le matin; “devis” envoyé', 'b0000000-0000-4000-8000-000000000001',
    '2026-11-01 09:00:00.000000', '2026-11-02 10:00:00.000000'),
 ('p0000000-0000-4000-8000-000000000002', 'Garage de l''Isle', '', '', 'garage@isle.example',
    '', '', '01000', 'Bourg-en-Bresse', 'FR', NULL, NULL, 'none', '', '', 'Import', 'cold',
    'suspect', 0, 0, 0, 0, '', 'b0000000-0000-4000-8000-000000000001',
    '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000');
INSERT INTO contact (id, prospect_id, civility, first_name, last_name, job_title, phone, mobile,
    email, notes, is_primary, created_at, updated_at)
VALUES ('c0000000-0000-4000-8000-000000000001', 'p0000000-0000-4000-8000-000000000001', 'Mme',
    'Éloïse', 'Lemaître', 'Gérante', '', '+33612345678', 'eloise@boulangerie.example', '', 1,
    '2026-11-01 09:00:00.000000', '2026-11-01 09:00:00.000000');
INSERT INTO follow_up (id, prospect_id, due_at, note, snooze_count, created_at, updated_at)
VALUES ('f0000000-0000-4000-8000-000000000001', 'p0000000-0000-4000-8000-000000000001',
    '2027-01-15 08:30:00.000000', 'Rappeler pour le devis', 0, '2026-11-01 09:00:00.000000',
    '2026-11-01 09:00:00.000000');
INSERT INTO activity (id, prospect_id, kind, occurred_at, subject, body, created_at, updated_at)
VALUES ('a0000000-0000-4000-8000-000000000001', 'p0000000-0000-4000-8000-000000000001', 'visit',
    '2026-11-02 10:00:00.000000', 'Première visite', 'Intéressée', '2026-11-02 10:00:00.000000',
    '2026-11-02 10:00:00.000000');
INSERT INTO tag (id, name, color, created_at, updated_at)
VALUES ('t0000000-0000-4000-8000-000000000001', 'Salon Lyon 2026', '', '2026-11-01 09:00:00.000000',
    '2026-11-01 09:00:00.000000');
INSERT INTO prospect_tag (id, prospect_id, tag_id, created_at, updated_at)
VALUES ('g0000000-0000-4000-8000-000000000001', 'p0000000-0000-4000-8000-000000000001',
    't0000000-0000-4000-8000-000000000001', '2026-11-01 09:00:00.000000',
    '2026-11-01 09:00:00.000000');
"""

# A saved tour of one day from Lyon: the prospect above (visited) and a plain place, from 0004 on.
TOUR_SQL = """
INSERT INTO tour (id, name, first_day, max_days, visit_minutes, detour_factor, speed_kmh,
    routing_url, day_count, stop_count, visited_count, skipped_count, travel_km, travel_minutes,
    estimated, created_at, updated_at)
VALUES ('r0000000-0000-4000-8000-000000000001', 'Tournée Loire', '2027-03-15', 1, 30.0, 1.3,
    60.0, '', 1, 2, 1, 0, 140.5, 140.5, 1, '2026-11-03 09:00:00.000000',
    '2026-11-03 09:00:00.000000');
INSERT INTO tour_day (id, tour_id, day_index, start_label, start_lat, start_lon, end_label,
    end_lat, end_lon, start_minute, end_minute, created_at, updated_at)
VALUES ('d0000000-0000-4000-8000-000000000001', 'r0000000-0000-4000-8000-000000000001', 0,
    'Maison, 69003 Lyon', 45.7597, 4.8422, 'Maison, 69003 Lyon', 45.7597, 4.8422, 510.0,
    1080.0, '2026-11-03 09:00:00.000000', '2026-11-03 09:00:00.000000');
INSERT INTO tour_stop (id, tour_id, prospect_id, appointment_id, label, address, lat, lon,
    visit_minutes, window_open, window_close, appointment_minute, pinned_day, day_index,
    position, unplaced_reason, status, departed_minute, visited_at, activity_id, created_at,
    updated_at)
VALUES
 ('s0000000-0000-4000-8000-000000000001', 'r0000000-0000-4000-8000-000000000001',
    'p0000000-0000-4000-8000-000000000001', NULL, 'Boulangerie Étienne', '', 45.4397, 4.3872,
    45.0, 540.0, 720.0, NULL, NULL, 0, 0, '', 'visited', 620.0, '2027-03-15 09:20:00.000000',
    'a0000000-0000-4000-8000-000000000001', '2026-11-03 09:00:00.000000',
    '2026-11-03 09:00:00.000000'),
 ('s0000000-0000-4000-8000-000000000002', 'r0000000-0000-4000-8000-000000000001', NULL, NULL,
    'Dépôt Givors', 'Quai du Rhône, 69700 Givors', 45.5906, 4.7689, 20.0, NULL, NULL, NULL,
    NULL, 0, 1, '', 'planned', NULL, NULL, NULL, '2026-11-03 09:00:00.000000',
    '2026-11-03 09:00:00.000000');
"""


def make_fixture(revision: str) -> Path:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    target = FIXTURES / f"{revision}.db"
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.connection.executescript(SAMPLE_SQL)
        if revision >= "0004":
            connection.connection.executescript(TOUR_SQL)
        # The search index exists from 0002 on; fill it as the Moovdesk of that time did.
        if revision >= "0002":
            search.rebuild(connection)
        # The company sort keys exist from 0003 on; Moovdesk fills them on every write.
        if revision >= "0003":
            sort_keys.rebuild(connection)
        connection.commit()
    engine.dispose()
    raw = sqlite3.connect(target)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.execute("VACUUM")
    raw.close()
    return target


if __name__ == "__main__":
    for rev in sys.argv[1:]:
        print(make_fixture(rev))
