"""Indexes for the Payments figures on a long ledger (100,000 rows of statements).

- ``money_transaction_available``: money available by a day, and what becomes available when,
  read from the index alone (available_on, net) instead of every row of the ledger;
- ``money_transaction_balance``: the newest imported running balance, found at once even when
  no imported statement carried a balance column (it walked the whole ledger backwards);
- ``money_transaction_occurred`` becomes a covering index of what the period reports add up
  (kind, money, minutes, client, contract, parent by time), so a report reads the index, not
  the ledger's rows with their descriptions. It starts with occurred_at as before, so what
  used the old index uses this one.
"""
from models import dialect

STATEMENTS = (
    "DROP INDEX money_transaction_occurred",
    "CREATE INDEX money_transaction_occurred ON money_transaction(occurred_at, kind, "
    "gross_cents, fee_cents, net_cents, minutes, client_id, contract_id, parent_id)",
    "CREATE INDEX money_transaction_available ON money_transaction(available_on, net_cents)",
    "CREATE INDEX money_transaction_balance ON money_transaction(occurred_at) "
    "WHERE balance_cents IS NOT NULL AND source = 'import'",
)


def up(migrator, db):
    for statement in STATEMENTS:
        dialect.execute(db, statement)
