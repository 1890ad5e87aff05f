"""One search across the records (Ctrl+K): jobs, proposals, contracts, clients and
transactions, each through its own service query, a few of each kind."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.services import clients, contracts, jobs, payments, proposals
from models.payments import Transaction

KINDS = ("job", "proposal", "contract", "client", "transaction")


@dataclass(frozen=True)
class Hit:
    kind: str      # one of KINDS
    id: int
    title: str
    detail: str = ""
    day: date | None = None  # a transaction's date, shown by the UI in the user's format
    # a ledger line the app worded: its LedgerCode and parameters (``title`` is its English)
    code: str | None = None
    params: dict | None = None


def find(text: str, per_kind: int = 5,
         text_codes: tuple[tuple[str, ...], ...] = ()) -> list[Hit]:
    """Records matching every word of ``text``, grouped by kind, at most ``per_kind`` each.
    ``text_codes``: per word, the ledger codes whose line holds it in the user's language
    (payments.LedgerFilter.text_codes)."""
    text = " ".join(text.split())
    if not text:
        return []
    words = text.casefold().split()

    def matches(*fields: str | None) -> bool:
        haystack = " ".join(f for f in fields if f).casefold()
        return all(word in haystack for word in words)

    hits: list[Hit] = []
    try:
        found = jobs.search(text, limit=per_kind, with_total=False).ids
    except jobs.QueryError:
        found = []
    for job_id in found:
        job = jobs.get(job_id)
        hits.append(Hit("job", job.id, job.title, job.client_country or ""))
    for proposal_id in proposals.query_ids(search=text)[:per_kind]:
        proposal = proposals.get(proposal_id)
        hits.append(Hit("proposal", proposal.id, proposal.title or "", proposal.status))
    shown = 0
    for contract in contracts.list_contracts():
        client_name = contract.client_name
        if shown < per_kind and matches(contract.title, client_name, contract.ext_id):
            hits.append(Hit("contract", contract.id, contract.title, client_name))
            shown += 1
    shown = 0
    for client in clients.all_clients():
        if shown < per_kind and matches(client.name, client.country):
            hits.append(Hit("client", client.id, client.name, client.country or ""))
            shown += 1
    query = (payments.ledger_query(payments.LedgerFilter(text=text, text_codes=text_codes))
             .order_by(Transaction.occurred_at.desc()).limit(per_kind))
    for tx_id in [row.id for row in query]:
        tx = Transaction.get_by_id(tx_id)
        hits.append(Hit("transaction", tx.id, tx.description or tx.kind, tx.kind,
                        tx.occurred_at.date(), tx.description_code, tx.description_params))
    return hits
