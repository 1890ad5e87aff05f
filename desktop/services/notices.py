"""What is worth a desktop notification now, each kind with its own on/off setting:

- ``follow_up``: proposals whose follow-up day has come;
- ``diary_lock``: last week's work diary locks within a day (Monday 11:59 UTC);
- ``auto_approve``: a submitted milestone approves itself within two days;
- ``connects_expiry``: Connects lapse within a week;
- ``saved_search``: a saved job search has new matches.

No Qt; the UI decides how to show them and remembers which it has shown (``Notice.key``
changes when there is something new to say).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.services import connects, deadlines, jobs, proposals, settings
from desktop.services import contracts as contract_service
from models.rules.weeks import to_utc, week_start

KINDS = ("follow_up", "diary_lock", "auto_approve", "connects_expiry", "saved_search")
AUTO_APPROVE_AHEAD = timedelta(days=2)
CONNECTS_AHEAD_DAYS = 7
DIARY_AHEAD = timedelta(days=1)


@dataclass(frozen=True)
class Notice:
    kind: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)


def setting_key(kind: str) -> str:
    return f"notify_{kind}"


def enabled(kind: str) -> bool:
    return settings.get(setting_key(kind)) is True


def set_enabled(kind: str, on: bool) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown notification kind {kind!r}: expected one of {KINDS}")
    settings.put(setting_key(kind), bool(on))


def due(now: datetime) -> list[Notice]:
    """The notices that apply at ``now`` for the kinds switched on."""
    now = to_utc(now)
    today = now.date()
    found: list[Notice] = []
    if enabled("follow_up"):
        count = len(proposals.query_ids(filter_key="follow_up", today=today))
        if count:
            found.append(Notice("follow_up", f"follow_up:{today}", {"count": count}))
    if enabled("diary_lock"):
        lock = week_start(now) + timedelta(hours=11, minutes=59)
        if now > lock:
            lock += timedelta(days=7)
        hourly = any(c.contract_type == "hourly" for c in contract_service.list_contracts(
            "active"))
        if hourly and lock - now <= DIARY_AHEAD:
            found.append(Notice("diary_lock", f"diary_lock:{lock.date()}", {"when": lock}))
    if enabled("auto_approve"):
        for item in deadlines.upcoming(now=now, horizon=AUTO_APPROVE_AHEAD):
            if item.kind == "auto_approve" and item.when >= now:
                found.append(Notice("auto_approve", f"auto_approve:{item.key}", {
                    "contract": item.title, "milestone": item.params.get("label") or "",
                    "when": item.when}))
    if enabled("connects_expiry"):
        balance = connects.balance(today)
        if balance.next_expiry and balance.expiring_next and \
                (balance.next_expiry - today).days <= CONNECTS_AHEAD_DAYS:
            found.append(Notice("connects_expiry", f"connects_expiry:{balance.next_expiry}", {
                "count": balance.expiring_next, "day": balance.next_expiry}))
    if enabled("saved_search"):
        for search in jobs.saved_searches():
            if search.new:
                found.append(Notice("saved_search", f"saved_search:{search.id}:{search.new}",
                                    {"name": search.name, "count": search.new,
                                     "id": search.id}))
    return found
