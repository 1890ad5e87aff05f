"""The filters' narrow table (migration 0018_job_facet) filled in bulk for new jobs.

Migration 0018 keeps `job_facet` in step with `job` through triggers. A large import batch
(desktop/services/jobs/store.py) drops the insert trigger, copies its new jobs' filter columns
with `FILL_SINCE` in one statement at the end of the same transaction, and creates the trigger
again, as it does for the FTS index and `job_skill`. `INSERT_TRIGGER` is the trigger's SQL
exactly as 0018 created it: the store defers the trigger only when the database holds that
very trigger. The SQL is 0018's, repeated here (migrations stay frozen).
"""

NAMES = ("status, job_type, hourly_min_cents, hourly_max_cents, budget_cents, experience_level, "
         "duration, workload, proposals_band, connects_required, client_payment_verified, "
         "client_spent_cents, client_hires, client_country, posted_at, starred")
TRIGGER = "job_facet_insert"
INSERT_TRIGGER = (
    f"CREATE TRIGGER {TRIGGER} AFTER INSERT ON job BEGIN "
    f"INSERT INTO job_facet (id, {NAMES}) VALUES "
    f"(NEW.id, {', '.join('NEW.' + name for name in NAMES.split(', '))}); END")
FILL_SINCE = f"INSERT INTO job_facet (id, {NAMES}) SELECT id, {NAMES} FROM job WHERE id > ?"
