"""Payments operations: ledger rows deleted and brought back through the payments service."""
from __future__ import annotations

from desktop.services import payments
from ui.operations import Op


def delete_transactions(ids: list[int], text: str) -> Op:
    """Delete ledger rows; undo puts the same rows back (same ids)."""
    ids = list(ids)
    return Op(text, lambda: payments.delete_transactions(ids), payments.restore_transactions)
