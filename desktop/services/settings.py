"""Domain settings stored in the database (window layout lives in QSettings).

Every setting is declared ONCE, below, with its type and default (Picard's declared options):
``get`` returns the stored value when it has the declared type and the default otherwise (a
value an older version or a hand edit left behind never reaches the caller as the wrong type);
``put`` refuses an undeclared key or a value of the wrong type (a bug, not a user refusal).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop import events
from desktop.services import db
from models.settings import Setting


@dataclass(frozen=True)
class Option:
    key: str
    type: type | tuple[type, ...]
    default: Any
    doc: str

    def valid(self, value: Any) -> bool:
        if isinstance(value, bool) and self.type is int:
            return False
        return isinstance(value, self.type)


_OPTIONS = (
    Option("currency", str, "USD", "home currency the Payments tab converts to"),
    Option("connects_plan", str, "basic", "the Upwork plan (models.rules.connects.PLANS)"),
    Option("connects_price", (str, type(None)), None,
           "dollars per Connect as a decimal string; None: the dated rule's price"),
    Option("backups_keep", int, 10, "how many automatic backups to keep"),
    Option("language", str, "system", '"system", "en" or "hi" (ui/i18n.py); applied at start'),
    Option("keyring_namespace", (str, type(None)), None,
           "this database's namespace in the system keyring (desktop/secrets.py)"),
    Option("contracts.seen_reminders", list, [], "reminder keys the user dismissed"),
    Option("personal_dictionary", list, [], "words the user added to spell-check (ui/spelling)"),
    Option("idle_minutes", int, 10, "while a timer runs, ask whether to keep time the user was "
           "idle for at least this many minutes (ui/idle.py); 0: never ask"),
    *(Option(f"notify_{kind}", bool, True, f"desktop notification switch: {kind}")
      for kind in ("follow_up", "diary_lock", "auto_approve", "connects_expiry",
                   "saved_search")),  # desktop/services/notices.KINDS
)
OPTIONS: dict[str, Option] = {o.key: o for o in _OPTIONS}
DEFAULTS: dict[str, Any] = {o.key: o.default for o in _OPTIONS}


def option(key: str) -> Option:
    try:
        return OPTIONS[key]
    except KeyError:
        raise KeyError(f"undeclared setting {key!r} (declare it in desktop/services/settings.py)"
                       ) from None


def get(key: str) -> Any:
    """The stored value, or the declared default when none is stored or it has the wrong type."""
    declared = option(key)
    row = Setting.get_or_none(Setting.key == key)
    if row is not None and declared.valid(row.value):
        return row.value
    default = declared.default
    return list(default) if isinstance(default, list) else default


def put(key: str, value: Any) -> None:
    declared = option(key)
    if not declared.valid(value):
        raise TypeError(f"setting {key!r} takes {declared.type}, got {value!r}")
    with db.atomic():
        # an upsert both backends speak (INSERT OR REPLACE is SQLite's own)
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}).execute()
    events.changed("settings")
