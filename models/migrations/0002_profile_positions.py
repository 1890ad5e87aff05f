"""Profile: user-chosen order for certifications, employment, education and languages.

The profile editor lets the user reorder every list (clients read them top-down), so these
tables get the same `position` column portfolio items and skills already have. Existing rows
keep their insertion order (position = id).
"""

from models import dialect

TABLES = ("certification", "employment", "education", "profile_language")


def up(migrator, db):
    for table in TABLES:
        dialect.execute(db, f"ALTER TABLE {table} ADD COLUMN position INTEGER NOT NULL DEFAULT 0")
        dialect.execute(db, f"UPDATE {table} SET position = id")
