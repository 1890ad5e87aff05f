"""Stored notes as codes plus parameters (issue 14): the notes the services wrote in English
on the rows they made become a code and its parameters, so the UI can say them in the user's
language without parsing English back.

- connects_entry / proposal_status_change: note_code (TEXT, a models.proposals.NoteCode) and
  note_params (JSON text). A stock note is moved there and ``note`` emptied; a note the user
  typed stays in ``note`` as written.

Numbered 0007 (0006 may be taken by a concurrent change); the runner applies every script it
has not applied yet, in name order.
"""
import json
import re
from datetime import datetime

STATEMENTS = (
    "ALTER TABLE connects_entry ADD COLUMN note_code TEXT",
    "ALTER TABLE connects_entry ADD COLUMN note_params TEXT",
    "ALTER TABLE proposal_status_change ADD COLUMN note_code TEXT",
    "ALTER TABLE proposal_status_change ADD COLUMN note_params TEXT",
)
# the plan names the notes were written with (models.rules.connects.PLANS when this was made)
PLAN_CODES = {"Basic": "basic", "Freelancer Plus": "freelancer_plus"}
# (reason, exact English note) -> code
FIXED = {
    ("adjust", "Balance correction"): "connects.correction",
    ("spent", "Applied"): "connects.applied",
    ("boost", "Boost bid"): "connects.boost_bid",
    ("refund", "Boost outbid before the client interacted"): "connects.refund_outbid",
    ("refund", "Job cancelled by the client"): "connects.refund_cancelled",
    ("refund", "Job post removed"): "connects.refund_removed",
    ("expired", "Unused a year after issue"): "connects.expired",
}
PLAN_MONTH = re.compile(r"^(.+) plan, ([A-Za-z]+ \d{4})$")
PURCHASE = re.compile(r"^(\d+) Connects for \$?([\d,]+(?:\.\d+)?)$")
BALANCE_SET = re.compile(r"^Balance set to (-?\d+)$")
BOOST_OUTBID = re.compile(r"^Boost outbid: (-?\d+) Connects back$")


def connects_code(reason: str, note: str) -> tuple[str, dict] | None:
    if (reason, note) in FIXED:
        return FIXED[reason, note], {}
    match = PLAN_MONTH.match(note)
    if reason == "monthly" and match and match.group(1) in PLAN_CODES:
        try:
            month = datetime.strptime(match.group(2), "%B %Y")
        except ValueError:
            return None
        return "connects.plan_month", {"plan": PLAN_CODES[match.group(1)],
                                       "month": f"{month:%Y-%m}"}
    match = PURCHASE.match(note)
    if reason == "purchase" and match:
        return "connects.purchase", {"count": int(match.group(1)),
                                     "cost": match.group(2).replace(",", "")}
    match = BALANCE_SET.match(note)
    if reason == "adjust" and match:
        return "connects.balance_set", {"n": int(match.group(1))}
    return None


def up(migrator, db):
    p = db.param  # "?" for SQLite ("%s" for a server database)
    for statement in STATEMENTS:
        db.execute_sql(statement)
    rows = db.execute_sql("SELECT id, reason, note FROM connects_entry WHERE note != ''")
    for row_id, reason, note in rows.fetchall():
        found = connects_code(reason, note or "")
        if found is not None:
            db.execute_sql(f"UPDATE connects_entry SET note = '', note_code = {p}, "
                           f"note_params = {p} WHERE id = {p}",
                           (found[0], json.dumps(found[1], sort_keys=True), row_id))
    rows = db.execute_sql("SELECT id, note FROM proposal_status_change WHERE note != ''")
    for row_id, note in rows.fetchall():
        match = BOOST_OUTBID.match(note or "")
        if match:
            db.execute_sql(f"UPDATE proposal_status_change SET note = '', note_code = {p}, "
                           f"note_params = {p} WHERE id = {p}",
                           ("proposal.boost_outbid", json.dumps({"n": int(match.group(1))}),
                            row_id))
