"""Jobs: a covering index for the search filters.

A job row is large (description and raw text live inline), so checking a filter against the
table itself costs a page read — and, encrypted, a page decryption — per matching job: a broad
search over 100,000 jobs took 300+ ms that way. This index holds the id first and every
filtered column after it, so the search checks filters and counts matches inside the index
(a few MB that stay in the page cache) and reads full rows only for the page it shows.
Measured by tests/perf/bench_jobs.py.
"""

from models import dialect

COLUMNS = ("id", "status", "job_type", "hourly_min_cents", "hourly_max_cents", "budget_cents",
           "experience_level", "duration", "workload", "proposals_band", "connects_required",
           "client_payment_verified", "client_spent_cents", "client_hires", "client_country",
           "posted_at", "starred")


def up(migrator, db):
    dialect.execute(db, f"CREATE INDEX job_search_facets ON job({', '.join(COLUMNS)})")
