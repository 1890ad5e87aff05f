"""The ledger lines the app writes, as codes plus parameters (issue 14): a bonus, a refund, a
week of hourly work, a milestone's release, a withdrawal and its fee, Connects bought.

- money_transaction: ``description_code`` (TEXT, a models.payments.LedgerCode) and
  ``description_params`` (JSON text), so the Payments tab says the line in the user's
  language. ``description`` keeps the English sentence for the CSV export, the PDF, the CLI
  and the ledger's text search (and for an older version reading the same database).
- contract_milestone: ``remainder_of`` (TEXT), the description of the milestone whose
  unreleased rest it holds; its ``description`` keeps the English "Remainder of “…”".

Rows an older version wrote in English get the code and parameters that read the same; a
statement's text and anything the user typed stay as written, without a code. The English
forms are frozen here as the older version wrote them.
Numbered 0016; the runner applies every script it has not applied yet, in name order.
"""
import json
import re

from models import dialect

STATEMENTS = (
    "ALTER TABLE money_transaction ADD COLUMN description_code TEXT",
    "ALTER TABLE money_transaction ADD COLUMN description_params TEXT",
    "ALTER TABLE contract_milestone ADD COLUMN remainder_of TEXT",
)
# models.payments.METHOD_LABELS when this was made (English name -> MethodKind)
METHOD_KINDS = {
    "US bank (ACH)": "ach", "Direct to local bank": "local_bank", "US dollar wire": "wire",
    "Instant pay": "instant", "PayPal": "paypal", "Payoneer": "payoneer", "Other": "other",
}
REMAINDER = re.compile(r"^Remainder of “(.*)”$", re.S)
WEEK = re.compile(r"^(.*): (\d+):(\d{2}) h, week of (\d{4}-\d{2}-\d{2})$", re.S)
WITHDRAWAL = re.compile(r"^(.*) \((" + "|".join(re.escape(k) for k in METHOD_KINDS)
                        + r")\)(?: •••• (\S+))?$", re.S)
WITHDRAWAL_FEE = re.compile(r"^Withdrawal fee – (.*)$", re.S)
CONNECTS = re.compile(r"^(\d+) Connects$")


def _titled(prefix: str, text: str, title: str | None) -> dict | None:
    """{"contract", ["words"]} of "Bonus: {title}[ — {words}]"; None when it reads otherwise."""
    if not text.startswith(prefix):
        return None
    rest = text[len(prefix):]
    if title and rest == title:
        return {"contract": title}
    if title and rest.startswith(title + " — "):
        return {"contract": title, "words": rest[len(title) + 3:]}
    contract, _, words = rest.partition(" — ")  # renamed since: the first dash ends the title
    return {"contract": contract, "words": words} if words else {"contract": contract}


def ledger_code(kind: str, text: str, title: str | None) -> tuple[str, dict] | None:
    """(code, parameters) of a line an older version wrote in English; None for any other.
    ``title`` is the row's contract's title now, if it has one."""
    if kind == "bonus" and (found := _titled("Bonus: ", text, title)):
        return "ledger.bonus", found
    if kind == "refund" and (found := _titled("Refund: ", text, title)):
        return "ledger.refund", found
    if kind == "hourly" and (match := WEEK.match(text)):
        return "ledger.hourly_week", {"contract": match.group(1),
                                      "minutes": int(match.group(2)) * 60 + int(match.group(3)),
                                      "week": match.group(4)}
    if kind == "fixed_price" and title and text.startswith(title + ": "):
        match = REMAINDER.match(text[len(title) + 2:])
        if match:
            return "ledger.milestone", {"contract": title, "remainder_of": match.group(1)}
    if kind == "withdrawal_fee" and (match := WITHDRAWAL_FEE.match(text)):
        return "ledger.withdrawal_fee", {"method": match.group(1)}
    if kind == "withdrawal" and (match := WITHDRAWAL.match(text)):
        params = {"method": match.group(1), "method_kind": METHOD_KINDS[match.group(2)]}
        if match.group(3):
            params["last4"] = match.group(3)
        return "ledger.withdrawal", params
    if kind == "connects" and (match := CONNECTS.match(text)):
        return "ledger.connects", {"count": int(match.group(1))}
    return None


def up(migrator, db):
    p = db.param  # "?" for SQLite ("%s" for a server database)
    for statement in STATEMENTS:
        dialect.execute(db, statement)
    rows = db.execute_sql(
        "SELECT t.id, t.kind, t.description, c.title FROM money_transaction t "
        "LEFT JOIN contract c ON c.id = t.contract_id WHERE t.source != 'import' "
        "AND t.description_code IS NULL AND t.description != '' AND t.kind IN ('bonus', "
        "'refund', 'hourly', 'fixed_price', 'withdrawal', 'withdrawal_fee', 'connects')")
    for row_id, kind, text, title in rows.fetchall():
        found = ledger_code(kind, text, title)
        if found is not None:
            db.execute_sql(f"UPDATE money_transaction SET description_code = {p}, "
                           f"description_params = {p} WHERE id = {p}",
                           (found[0], json.dumps(found[1], sort_keys=True), row_id))
    milestones = db.execute_sql(f"SELECT id, description FROM contract_milestone "
                                f"WHERE description LIKE {p}", ("Remainder of %",))
    for row_id, text in milestones.fetchall():
        match = REMAINDER.match(text or "")
        if match:
            db.execute_sql(f"UPDATE contract_milestone SET remainder_of = {p} WHERE id = {p}",
                           (match.group(1), row_id))
