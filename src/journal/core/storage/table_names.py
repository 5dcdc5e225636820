"""The names of the sealed tables, without SQLAlchemy, for the read-only path of the command line.

`tables.SEALED_TABLES` (the models) must list exactly these names in this order; it checks so when
imported, so a table added there without a line here fails at once rather than being left unread.
"""

SEALED_TABLE_NAMES: tuple[str, ...] = ("day_entries", "key_dates", "documents", "care_records")
MANIFEST_TABLE = "manifest"
