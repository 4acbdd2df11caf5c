"""Storage: SQLAlchemy models, the store (engine, migrations, backups), queries. Imports no Qt."""
