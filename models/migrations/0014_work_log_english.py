"""A contract's older work log in the user's language (issue 14): the lines an older version
wrote in English (created, fee set, milestone funded, work submitted, approved, bonus, refund,
ended …) become the code and parameters the contracts service writes since 0012
(models.contracts.WorkLogCode), so the window says them in the user's language too. A line
that reads otherwise — a note the user typed — is kept as written.

The English forms are frozen here as the older version wrote them; an amount is read in the
contract's own currency (the symbol models.rules.money.format_money put before it).
Numbered 0014 (0013 is another change's); the runner applies every script it has not applied
yet, in name order.
"""
import json
import re

FIXED = {
    "Contract created from the proposal": "contract.created_from_proposal",
    "Contract created from the proposal (offer)": "contract.created_from_offer",
    "Contract added by hand": "contract.added_by_hand",
    "Service fee cleared": "contract.fee_cleared",
    "Offer accepted; contract started": "contract.offer_accepted",
    "Offer declined": "contract.offer_declined",
    "Contract paused": "contract.paused",
    "Contract resumed": "contract.resumed",
}
# models.contracts.END_REASON_LABELS when this was made (English name -> EndReason)
END_REASONS = {
    "Work completed": "completed", "Client ended the contract": "client_ended",
    "Budget exhausted": "budget", "Client unresponsive": "unresponsive",
    "Scope changed": "scope", "Other": "other",
}
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}  # models.rules.money, frozen
STEPS = ("auto-approval", "weekly billing")

FEE = re.compile(r"^Service fee set to (\d+(?:\.\d+)?)%$")
DECLINED = re.compile(r"^Offer declined: (.+)$", re.S)
ENDED = re.compile(r"^Contract ended: (.+)$", re.S)
NO_PAYMENTS = re.compile(r"^No payments after \d{4}-\d{2}-\d{2} \(added by an import\)$")
SUBMITTED = re.compile(r"^Work submitted for “(.*)”; approves automatically "
                       r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC(?:\. (.+))?$", re.S)
CHANGES = re.compile(r"^Client asked for changes on “(.*)”(?:: (.+))?$", re.S)
SWEEP = re.compile(r"^Automatic processing stopped for this contract \((" + "|".join(STEPS)
                   + r")\): (.*)$", re.S)


def _money(symbol: str) -> str:
    return re.escape(symbol) + r"(\d{1,3}(?:,\d{3})*\.\d{2})"


def _amount(text: str) -> str:
    return text.replace(",", "")


def _words(params: dict, text: str | None) -> dict:
    if text:
        params["words"] = text
    return params


def work_log_code(body: str, currency: str) -> tuple[str, dict] | None:
    """(code, parameters) of a line an older version wrote in English; None for any other."""
    if body in FIXED:
        return FIXED[body], {}
    money = _money(SYMBOLS.get(currency, currency + " "))
    if match := FEE.match(body):
        return "contract.fee_set", {"percent": match.group(1)}
    if match := DECLINED.match(body):
        return "contract.offer_declined", {"words": match.group(1)}
    if match := ENDED.match(body):
        reason = match.group(1)
        if NO_PAYMENTS.match(reason):
            return "contract.ended", {"end_reason": "no_payments"}
        name, _, details = reason.partition(": ")
        if name in END_REASONS:
            return "contract.ended", _words({"end_reason": END_REASONS[name]}, details)
        return "contract.ended", {"words": reason}
    if match := re.match(r"^Milestone funded: (.*) \(" + money + r"\)$", body, re.S):
        return "contract.milestone_funded", {"milestone": match.group(1),
                                             "amount": _amount(match.group(2)),
                                             "currency": currency}
    if match := SUBMITTED.match(body):
        moment = f"{match.group(2)}T{match.group(3)}:00+00:00"
        return "contract.work_submitted", _words(
            {"milestone": match.group(1), "approves_at": moment}, match.group(4))
    if match := CHANGES.match(body):
        return "contract.changes_requested", _words({"milestone": match.group(1)},
                                                     match.group(2))
    if match := re.match(r"^(?:Client approved|Approved automatically after (\d+) days): “(.*)”, "
                         + money + r" released(?:; " + money
                         + r" rolled into the next milestone)?$", body, re.S):
        days, milestone, released, remainder = match.groups()
        params: dict = {"milestone": milestone, "amount": _amount(released),
                        "currency": currency}
        if remainder:
            params["remainder"] = _amount(remainder)
        if days:
            return "contract.auto_approved", {"days": int(days), **params}
        return "contract.client_approved", params
    if match := re.match(r"^Bonus received: " + money + r"(?: \((.+)\))?$", body, re.S):
        return "contract.bonus_received", _words(
            {"amount": _amount(match.group(1)), "currency": currency}, match.group(2))
    if match := re.match(r"^Refunded " + money + r" to the client(?: \((.+)\))?$", body, re.S):
        return "contract.refunded", _words(
            {"amount": _amount(match.group(1)), "currency": currency}, match.group(2))
    if match := SWEEP.match(body):
        return "contract.sweep_stopped", {"step": match.group(1),
                                          "problem": {"text": match.group(2)}}
    return None


def up(migrator, db):
    p = db.param  # "?" for SQLite ("%s" for a server database)
    rows = db.execute_sql(
        "SELECT i.id, i.body, c.currency FROM interaction i JOIN contract c "
        "ON c.id = i.contract_id WHERE i.kind = 'note' AND i.note_code IS NULL "
        "AND i.body != ''")
    for row_id, body, currency in rows.fetchall():
        found = work_log_code(body, currency or "USD")
        if found is not None:
            db.execute_sql(f"UPDATE interaction SET body = '', note_code = {p}, "
                           f"note_params = {p} WHERE id = {p}",
                           (found[0], json.dumps(found[1], sort_keys=True), row_id))
