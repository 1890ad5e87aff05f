"""Domain settings stored in the database (window layout lives in QSettings)."""
from __future__ import annotations

from typing import Any

from desktop import events
from desktop.services import db
from models.settings import Setting

DEFAULTS: dict[str, Any] = {
    "currency": "USD",
    "connects_plan": "basic",
    "backups_keep": 10,
    "language": "system",  # "system", "en" or "hi" (ui/i18n.py); applied at the next start
}


def get(key: str, default: Any = None) -> Any:
    row = Setting.get_or_none(Setting.key == key)
    if row is not None:
        return row.value
    return DEFAULTS.get(key, default) if default is None else default


def put(key: str, value: Any) -> None:
    with db.atomic():
        Setting.replace(key=key, value=value).execute()
    events.changed("settings")
