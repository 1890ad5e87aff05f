"""Payout details (account numbers, IBAN, routing, PayPal e-mail) live in the OS keyring.

The database keeps only the last four digits, for display. Entries are named per data dir (a
random namespace kept in the settings table), so two data dirs on one machine never read each
other's secrets, and a copied database carries no account numbers at all.

The same policy as the database key (desktop/security.keyring_problem): no keyring, or
only keyrings.alt's plaintext file, means the details are refused with a clear message
rather than written somewhere readable. The tests opt in to the plaintext file with
FREELANCE_DESK_ALLOW_PLAINTEXT_KEYRING=1. Reading what an earlier version already stored
stays possible (it harms nothing), so the user can see and remove it.
"""
from __future__ import annotations

import json
import re
import uuid

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from desktop.errors import Code, ServiceError

SERVICE = "Freelance Desk"
_NAMESPACE_KEY = "keyring_namespace"


class SecretStoreError(ServiceError):
    """The keyring is unavailable or refused the operation (the code says what to do)."""


def _namespace() -> str:
    from desktop.services import settings

    value = settings.get(_NAMESPACE_KEY)
    if not value:
        value = uuid.uuid4().hex
        settings.put(_NAMESPACE_KEY, value)
    return value


def _entry(method_id: int) -> str:
    return f"{_namespace()}:withdrawal-method:{method_id}"


def last_four(number: str) -> str:
    """The last four letters or digits of an account number ("DE89 3704 0044" -> "0044")."""
    compact = re.sub(r"[^0-9A-Za-z]", "", number or "")
    return compact[-4:]


def mask(last4: str | None) -> str:
    return f"•••• {last4}" if last4 else ""


def store_payout_details(method_id: int, details: dict[str, str]) -> None:
    """Save a method's payout details (``account_number`` plus any others) in the keyring."""
    from desktop import security

    clean = {key: value.strip() for key, value in details.items() if value and value.strip()}
    problem = security.keyring_problem("payout_details") if clean else None
    if problem:
        raise SecretStoreError(Code.SECRET_NO_KEYRING, problem=problem)
    try:
        if clean:
            keyring.set_password(SERVICE, _entry(method_id), json.dumps(clean, sort_keys=True))
        else:
            forget_payout_details(method_id)
    except KeyringError as exc:
        raise SecretStoreError(Code.SECRET_STORE_REFUSED, detail=str(exc)) from exc


def payout_details(method_id: int) -> dict[str, str]:
    """The stored details (empty when there are none)."""
    try:
        text = keyring.get_password(SERVICE, _entry(method_id))
    except KeyringError as exc:
        raise SecretStoreError(Code.SECRET_READ_FAILED, detail=str(exc)) from exc
    return json.loads(text) if text else {}


def forget_payout_details(method_id: int) -> None:
    try:
        keyring.delete_password(SERVICE, _entry(method_id))
    except PasswordDeleteError:
        pass  # nothing stored: already forgotten
    except KeyringError as exc:
        raise SecretStoreError(Code.SECRET_REMOVE_FAILED, detail=str(exc)) from exc
