"""Generated from moovdesk/data/queries.py: do not edit, run
tools/generate_first_screen_sql.py instead.

The SQL of the prospect table's first screen, compiled by SQLAlchemy for SQLite, so that the
window can run it with plain `sqlite3` before SQLAlchemy is loaded (`first_screen.py`).
"""

IDS_MARK = "'__IDS__'"

COUNT_SQL = 'SELECT count(*) AS count_1 \nFROM prospect \nWHERE prospect.deleted_at IS NULL'

# (sort column, descending) -> every live prospect's id in that order
IDS_SQL = {
    ('company', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.company_key, prospect.id',
    ('company', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.company_key = '\U0010ffff', prospect.company_key DESC, prospect.id",
    ('contact', False): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, '')), '') = '', CASE WHEN (trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, '')) GLOB '*[^ -~]*') THEN moovdesk_fold(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, ''))) ELSE lower(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, ''))) END ASC, prospect.id",
    ('contact', True): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, '')), '') = '', CASE WHEN (trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, '')) GLOB '*[^ -~]*') THEN moovdesk_fold(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, ''))) ELSE lower(trim(coalesce(primary_contact.last_name, '') || ' ' || coalesce(primary_contact.first_name, ''))) END DESC, prospect.id",
    ('city', False): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.city, '') = '', CASE WHEN (prospect.city GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.city) ELSE lower(prospect.city) END ASC, prospect.id",
    ('city', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.city, '') = '', CASE WHEN (prospect.city GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.city) ELSE lower(prospect.city) END DESC, prospect.id",
    ('postal_code', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.postal_code ASC NULLS LAST, prospect.id',
    ('postal_code', True): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.postal_code DESC NULLS LAST, prospect.id',
    ('temperature', False): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY CASE WHEN (prospect.temperature = 'hot') THEN 0 ELSE 1 END ASC NULLS LAST, prospect.id",
    ('temperature', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY CASE WHEN (prospect.temperature = 'hot') THEN 0 ELSE 1 END DESC NULLS LAST, prospect.id",
    ('stage', False): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY CASE prospect.stage WHEN 'suspect' THEN 0 WHEN 'lead' THEN 1 WHEN 'prospect' THEN 2 WHEN 'client' THEN 3 ELSE 4 END ASC NULLS LAST, prospect.id",
    ('stage', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY CASE prospect.stage WHEN 'suspect' THEN 0 WHEN 'lead' THEN 1 WHEN 'prospect' THEN 2 WHEN 'client' THEN 3 ELSE 4 END DESC NULLS LAST, prospect.id",
    ('source', False): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.source, '') = '', CASE WHEN (prospect.source GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.source) ELSE lower(prospect.source) END ASC, prospect.id",
    ('source', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.source, '') = '', CASE WHEN (prospect.source GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.source) ELSE lower(prospect.source) END DESC, prospect.id",
    ('activity', False): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.activity, '') = '', CASE WHEN (prospect.activity GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.activity) ELSE lower(prospect.activity) END ASC, prospect.id",
    ('activity', True): "SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(prospect.activity, '') = '', CASE WHEN (prospect.activity GLOB '*[^ -~]*') THEN moovdesk_fold(prospect.activity) ELSE lower(prospect.activity) END DESC, prospect.id",
    ('email', False): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(coalesce(nullif(primary_contact.email, ''), prospect.email), '') = '', CASE WHEN (coalesce(nullif(primary_contact.email, ''), prospect.email) GLOB '*[^ -~]*') THEN moovdesk_fold(coalesce(nullif(primary_contact.email, ''), prospect.email)) ELSE lower(coalesce(nullif(primary_contact.email, ''), prospect.email)) END ASC, prospect.id",
    ('email', True): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(coalesce(nullif(primary_contact.email, ''), prospect.email), '') = '', CASE WHEN (coalesce(nullif(primary_contact.email, ''), prospect.email) GLOB '*[^ -~]*') THEN moovdesk_fold(coalesce(nullif(primary_contact.email, ''), prospect.email)) ELSE lower(coalesce(nullif(primary_contact.email, ''), prospect.email)) END DESC, prospect.id",
    ('phone', False): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(coalesce(nullif(primary_contact.phone, ''), prospect.phone), '') = '', CASE WHEN (coalesce(nullif(primary_contact.phone, ''), prospect.phone) GLOB '*[^ -~]*') THEN moovdesk_fold(coalesce(nullif(primary_contact.phone, ''), prospect.phone)) ELSE lower(coalesce(nullif(primary_contact.phone, ''), prospect.phone)) END ASC, prospect.id",
    ('phone', True): "SELECT prospect.id \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.deleted_at IS NULL ORDER BY coalesce(coalesce(nullif(primary_contact.phone, ''), prospect.phone), '') = '', CASE WHEN (coalesce(nullif(primary_contact.phone, ''), prospect.phone) GLOB '*[^ -~]*') THEN moovdesk_fold(coalesce(nullif(primary_contact.phone, ''), prospect.phone)) ELSE lower(coalesce(nullif(primary_contact.phone, ''), prospect.phone)) END DESC, prospect.id",
    ('next_follow_up', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY (SELECT min(follow_up.due_at) AS min_1 \nFROM follow_up \nWHERE follow_up.prospect_id = prospect.id AND follow_up.done_at IS NULL AND follow_up.deleted_at IS NULL) ASC NULLS LAST, prospect.id',
    ('next_follow_up', True): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY (SELECT min(follow_up.due_at) AS min_1 \nFROM follow_up \nWHERE follow_up.prospect_id = prospect.id AND follow_up.done_at IS NULL AND follow_up.deleted_at IS NULL) DESC NULLS LAST, prospect.id',
    ('last_contact_at', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY (SELECT max(activity.occurred_at) AS max_1 \nFROM activity \nWHERE activity.prospect_id = prospect.id AND activity.deleted_at IS NULL) ASC NULLS LAST, prospect.id',
    ('last_contact_at', True): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY (SELECT max(activity.occurred_at) AS max_1 \nFROM activity \nWHERE activity.prospect_id = prospect.id AND activity.deleted_at IS NULL) DESC NULLS LAST, prospect.id',
    ('created_at', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.created_at ASC NULLS LAST, prospect.id',
    ('created_at', True): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.created_at DESC NULLS LAST, prospect.id',
    ('updated_at', False): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.updated_at ASC NULLS LAST, prospect.id',
    ('updated_at', True): 'SELECT prospect.id \nFROM prospect \nWHERE prospect.deleted_at IS NULL ORDER BY prospect.updated_at DESC NULLS LAST, prospect.id',
}

ROWS_SQL = "SELECT prospect.id, prospect.company, coalesce(primary_contact.first_name, '') AS first_name, coalesce(primary_contact.last_name, '') AS last_name, coalesce(primary_contact.job_title, '') AS job_title, coalesce(nullif(primary_contact.email, ''), prospect.email) AS email, coalesce(nullif(primary_contact.phone, ''), prospect.phone) AS phone, coalesce(nullif(primary_contact.mobile, ''), prospect.mobile) AS mobile, prospect.website, prospect.street, prospect.postal_code, prospect.city, prospect.country, prospect.latitude, prospect.longitude, prospect.geo_precision, prospect.activity, prospect.siret, prospect.source, prospect.temperature, prospect.stage, prospect.need, prospect.budget, prospect.zone, prospect.timing, prospect.notes, prospect.created_at, prospect.updated_at, prospect.deleted_at, (SELECT min(follow_up.due_at) AS min_1 \nFROM follow_up \nWHERE follow_up.prospect_id = prospect.id AND follow_up.done_at IS NULL AND follow_up.deleted_at IS NULL) AS next_follow_up, (SELECT max(activity.occurred_at) AS max_1 \nFROM activity \nWHERE activity.prospect_id = prospect.id AND activity.deleted_at IS NULL) AS last_contact_at \nFROM prospect LEFT OUTER JOIN contact AS primary_contact ON primary_contact.prospect_id = prospect.id AND primary_contact.is_primary IS 1 AND primary_contact.deleted_at IS NULL \nWHERE prospect.id IN ('__IDS__')"

# (column, kind) of each ROWS_SQL column, in order
ROW_KINDS = (
    ('id', 'text'),
    ('company', 'text'),
    ('first_name', 'text'),
    ('last_name', 'text'),
    ('job_title', 'text'),
    ('email', 'text'),
    ('phone', 'text'),
    ('mobile', 'text'),
    ('website', 'text'),
    ('street', 'text'),
    ('postal_code', 'text'),
    ('city', 'text'),
    ('country', 'text'),
    ('latitude', 'float'),
    ('longitude', 'float'),
    ('geo_precision', 'enum:GeoPrecision'),
    ('activity', 'text'),
    ('siret', 'text'),
    ('source', 'text'),
    ('temperature', 'enum:Temperature'),
    ('stage', 'enum:Stage'),
    ('need', 'bool'),
    ('budget', 'bool'),
    ('zone', 'bool'),
    ('timing', 'bool'),
    ('notes', 'text'),
    ('created_at', 'utc_datetime'),
    ('updated_at', 'utc_datetime'),
    ('deleted_at', 'utc_datetime'),
    ('next_follow_up', 'utc_datetime'),
    ('last_contact_at', 'utc_datetime'),
)

TAGS_SQL = "SELECT prospect_tag.prospect_id, tag.name \nFROM prospect_tag JOIN tag ON tag.id = prospect_tag.tag_id \nWHERE prospect_tag.prospect_id IN ('__IDS__') AND prospect_tag.deleted_at IS NULL AND tag.deleted_at IS NULL ORDER BY moovdesk_fold(tag.name)"
