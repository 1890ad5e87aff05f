"""The "upcoming" strip across contracts and the reminders drawn from it (read-only).

One list of dated things a freelancer must not miss: milestones due or overdue, submitted work
about to be approved automatically, weekly limits near or reached, a diary about to lock,
feedback windows closing, offers waiting. Each item has a stable ``key`` so the UI can remember
which reminders the user has already seen or dismissed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop import clock
from desktop.services import contracts as contract_service
from models.contracts import (
    Contract,
    ContractMilestone,
    ContractStatus,
    ContractType,
    Feedback,
    FeedbackDirection,
    MilestoneState,
    TimeEntry,
)
from models.rules import payout
from models.rules.weeks import to_utc, utc_date, week_start

SEVERITIES = ("overdue", "urgent", "soon", "info")  # most pressing first
DEFAULT_HORIZON = timedelta(days=14)


@dataclass(frozen=True)
class Deadline:
    key: str  # stable id of this reminder, e.g. "milestone-due:12:2026-11-30"
    kind: str  # milestone_due | auto_approve | weekly_limit | diary | feedback | offer
    severity: str  # overdue | urgent | soon | info
    when: datetime  # the moment it falls due (UTC)
    contract_id: int
    title: str  # the contract's title
    text: str  # one line in English (CLI); the UI words it from kind + params, translated
    milestone_id: int | None = None
    # what the text says, as data: label, due_on, closes_on, used/cap/left (minutes), reached…
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def rank(self) -> tuple[int, datetime]:
        return SEVERITIES.index(self.severity), self.when


def _severity(when: datetime, now: datetime) -> str:
    left = when - now
    if left < timedelta(0):
        return "overdue"
    if left <= timedelta(days=1):
        return "urgent"
    if left <= timedelta(days=3):
        return "soon"
    return "info"


def _in(delta: timedelta) -> str:
    """"in 3 days", "in 5 h", "2 days ago"."""
    seconds = delta.total_seconds()
    span = abs(seconds)
    if span < 3600:
        amount = f"{max(1, int(span // 60))} min"
    elif span < 2 * 86400:
        amount = f"{int(span // 3600)} h"
    else:
        amount = f"{int(span // 86400)} days"
    return f"in {amount}" if seconds >= 0 else f"{amount} ago"


def upcoming(*, now: datetime | None = None, horizon: timedelta = DEFAULT_HORIZON
             ) -> list[Deadline]:
    """Everything falling due before ``now + horizon`` (and everything already overdue),
    most pressing first."""
    now = to_utc(now) if now is not None else clock.now()
    until = now + horizon
    items: list[Deadline] = []
    live = Contract.select().where(Contract.status.in_((ContractStatus.ACTIVE,
                                                        ContractStatus.PAUSED)))
    titles = {c.id: c.title for c in Contract.select(Contract.id, Contract.title)}

    # Milestones with a due date that are not delivered yet.
    open_states = ("not_funded", "funded", "changes_requested")
    due = (ContractMilestone.select().join(Contract)
           .where(Contract.status.in_((ContractStatus.ACTIVE, ContractStatus.PAUSED))
                  & ContractMilestone.state.in_(open_states)
                  & ContractMilestone.due_on.is_null(False)))
    for row in due:
        if row.due_on is None:  # excluded by the query; says so to the type checker
            continue
        when = payout.end_of_day(row.due_on)
        if when > until:
            continue
        severity = _severity(when, now)
        label = row.description or f"milestone {row.position + 1}"
        text = (f"“{label}” overdue since {row.due_on:%b %d}" if severity == "overdue"
                else f"“{label}” due {row.due_on:%a %b %d} ({_in(when - now)})")
        if row.state == MilestoneState.NOT_FUNDED and severity != "overdue":
            text += ", not funded yet"
        items.append(Deadline(f"milestone-due:{row.id}:{row.due_on}", "milestone_due", severity,
                              when, row.contract_id, titles[row.contract_id], text, row.id,
                              {"label": row.description, "position": row.position + 1,
                               "due_on": row.due_on,
                               "not_funded": row.state == MilestoneState.NOT_FUNDED}))

    # Submitted work: the client must answer before auto-approval.
    submitted = ContractMilestone.state == MilestoneState.SUBMITTED
    for row in ContractMilestone.select().where(submitted):
        if row.submitted_at is None:  # a submitted milestone always has its time
            continue
        when = payout.milestone_auto_approve_at(row.submitted_at)
        if when > until:
            continue
        label = row.description or f"milestone {row.position + 1}"
        items.append(Deadline(f"auto-approve:{row.id}:{row.submitted_at:%Y%m%d%H%M}",
                              "auto_approve", "info", when, row.contract_id,
                              titles[row.contract_id],
                              f"“{label}” approves automatically {when:%b %d} "
                              f"({_in(when - now)})", row.id,
                              {"label": row.description, "position": row.position + 1}))

    # Hourly contracts: this week's limit, last week's diary lock.
    this_week = week_start(now)
    for contract in live:
        if contract.contract_type != ContractType.HOURLY:
            continue
        weekly_limit = contract.weekly_limit_minutes
        if weekly_limit and contract.status == ContractStatus.ACTIVE:
            view = contract_service.week_view(contract.id, now, now=now)
            if view.near_limit:
                reached = view.total >= weekly_limit
                used = contract_service.hours_text(view.total)
                cap = contract_service.hours_text(weekly_limit)
                text = (f"weekly limit reached: {used} of {cap} h; more time is not billed"
                        if reached else f"{used} of {cap} h this week; "
                        f"{contract_service.hours_text(view.remaining or 0)} h left")
                items.append(Deadline(f"limit:{contract.id}:{this_week:%Y%m%d}:{int(reached)}",
                                      "weekly_limit", "urgent" if reached else "soon",
                                      view.week_start + timedelta(days=7), contract.id,
                                      contract.title, text, None,
                                      {"used": view.total, "cap": contract.weekly_limit_minutes,
                                       "left": view.remaining or 0, "reached": reached}))
        lock = payout.diary_edit_deadline(this_week - timedelta(days=7))
        if payout.is_open(lock, now) and _has_time(contract.id, this_week - timedelta(days=7),
                                                   this_week):
            items.append(Deadline(f"diary:{contract.id}:{lock:%Y%m%d}", "diary",
                                  _severity(lock, now), lock, contract.id, contract.title,
                                  f"last week's diary locks {lock:%a %H:%M} UTC "
                                  f"({_in(lock - now)})"))

    # Ended contracts: feedback windows.
    given = {f.contract_id for f in Feedback.select(Feedback.contract)
             .where(Feedback.direction == FeedbackDirection.GIVEN)}
    ended = Contract.select().where((Contract.status == ContractStatus.ENDED)
                                    & Contract.end_at.is_null(False)
                                    & (Contract.end_at >= now - timedelta(days=15)))
    for contract in ended:
        if contract.id in given or contract.end_at is None:  # (the query excludes no end)
            continue
        closes = payout.feedback_deadline(contract.end_at)
        when = payout.end_of_day(closes)
        if not payout.is_open(when, now):
            continue
        items.append(Deadline(f"feedback:{contract.id}", "feedback", _severity(when, now)
                              if when - now <= timedelta(days=3) else "info", when, contract.id,
                              contract.title, f"leave feedback by {closes:%b %d} "
                              f"({_in(when - now)})", None, {"closes_on": closes}))

    # Offers waiting for an answer.
    for contract in Contract.select().where(Contract.status == ContractStatus.OFFER):
        items.append(Deadline(f"offer:{contract.id}", "offer", "soon", contract.created_at,
                              contract.id, contract.title, "offer waiting for your answer"))

    items.sort(key=lambda d: d.rank)
    return items


def _has_time(contract_id: int, start: datetime, stop: datetime) -> bool:
    return TimeEntry.select().where((TimeEntry.contract == contract_id)
                                    & (TimeEntry.started_at >= start)
                                    & (TimeEntry.started_at < stop)).exists()


def reminders(items: list[Deadline], seen: set[str]) -> list[Deadline]:
    """The items worth interrupting for (overdue or due within a day) not seen before. The
    weekly limit is a state, not a date: it shows where the hours are, not in a banner."""
    return [d for d in items if d.severity in ("overdue", "urgent") and d.key not in seen
            and d.kind != "weekly_limit"]


def day_label(when: datetime, now: datetime) -> str:
    """"Today", "Tomorrow", "Mon Nov 30" for the strip."""
    days = (utc_date(when) - utc_date(now)).days
    return {0: "Today", 1: "Tomorrow", -1: "Yesterday"}.get(days, f"{when:%a %b %d}")
