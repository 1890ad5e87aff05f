"""Proposals: a follow-up date, the template a letter started from, and the text as sent.

- follow_up_on: the day the proposal should surface again ("nudge the client on Friday").
- template_id: which template the letter was filled from, for win-rate figures per template.
- sent_cover_letter / sent_answers: a frozen copy of what was submitted (answers as JSON),
  so later edits to the draft never rewrite history.
"""

from models import dialect

STATEMENTS = (
    "ALTER TABLE proposal ADD COLUMN follow_up_on TEXT",
    "ALTER TABLE proposal ADD COLUMN template_id INTEGER "
    "REFERENCES proposal_template(id) ON DELETE SET NULL",
    "ALTER TABLE proposal ADD COLUMN sent_cover_letter TEXT",
    "ALTER TABLE proposal ADD COLUMN sent_answers TEXT",
    "CREATE INDEX proposal_follow_up ON proposal(follow_up_on) WHERE follow_up_on IS NOT NULL",
    "CREATE INDEX connects_entry_at ON connects_entry(at)",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)
