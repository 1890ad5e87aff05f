"""The work timer and the hourly diary: start/stop, manual entries, edit and delete.

A running timer is a stored ``time_entry`` row with ``ended_at`` NULL (a unique index allows one),
so it survives a crash or a restart; nothing is written while it runs. Entries never cross
Monday 00:00 UTC: stopping a timer (or adding manual time) over the boundary stores one entry per
week, because each week is billed and limited on its own. A week's diary can be changed until
Monday 11:59 UTC after it (``payout.diary_edit_deadline``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import SQL

from desktop import clock, events
from desktop.errors import Code, ServiceError
from desktop.services import db
from models.contracts import Contract, ContractStatus, ContractType, TimeEntry
from models.db import is_postgres
from models.rules import payout
from models.rules.weeks import minutes_per_piece, split_at_weeks, to_utc, week_start

MAX_ENTRY_MINUTES = 24 * 60


class TimerError(ServiceError):
    """A timer or diary request the rules refuse; the message is shown to the user."""


def _now(now: datetime | None) -> datetime:
    return to_utc(now) if now is not None else clock.now()


def _carried(entry: TimeEntry) -> tuple[timedelta, int]:
    """Time and minutes already stored for the earlier weeks of the same timer run: a timer cut
    at Monday 00:00 while it ran continues as a new entry starting exactly at the cut."""
    span, minutes = timedelta(0), 0
    start, contract_id = entry.started_at, entry.contract_id
    while start == week_start(start):
        before = (TimeEntry.select()
                  .where((TimeEntry.contract == contract_id) & (TimeEntry.ended_at == start)
                         & (TimeEntry.manual == False) & (TimeEntry.id != entry.id))  # noqa: E712
                  .first())
        if before is None:
            break
        span += before.ended_at - before.started_at
        minutes += before.minutes or 0
        start = before.started_at
    return span, minutes


def running() -> TimeEntry | None:
    """The running timer (at most one per person), or None. On a workspace it is the connected
    member's own: an owner or manager sees everyone's time, not everyone's timer."""
    condition = TimeEntry.ended_at.is_null() & (TimeEntry.manual == False)  # noqa: E712
    if is_postgres():
        condition &= SQL("member_id IS NOT DISTINCT FROM fd_member_id()")
    return TimeEntry.select().where(condition).first()


@dataclass(frozen=True)
class RunningTimer:
    """The running timer as ui/ reads it (a typed row, not the model)."""

    id: int
    contract_id: int
    contract_title: str
    started_at: datetime
    memo: str


def current() -> RunningTimer | None:
    """The running timer with its contract's title, or None."""
    entry = running()
    if entry is None:
        return None
    return RunningTimer(entry.id, entry.contract_id, entry.contract.title, entry.started_at,
                        entry.memo)


def elapsed_seconds(entry: TimeEntry | RunningTimer, now: datetime | None = None) -> int:
    return max(0, int((_now(now) - entry.started_at).total_seconds()))


def _hourly_contract(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise TimerError(Code.CONTRACT_NOT_FOUND, id=contract_id)
    if contract.contract_type != ContractType.HOURLY:
        raise TimerError(Code.TIMER_FIXED_PRICE, title=contract.title)
    return contract


def _check_open(contract: Contract) -> None:
    if contract.status != ContractStatus.ACTIVE:
        raise TimerError(Code.TIMER_NOT_ACTIVE, title=contract.title,
                         contract_status=contract.status)


def _check_diary(moment: datetime, now: datetime) -> None:
    deadline = payout.diary_edit_deadline(moment)
    if not payout.is_open(deadline, now):
        raise TimerError(Code.TIMER_DIARY_CLOSED, week=week_start(moment).date(),
                         deadline=deadline)


def start(contract_id: int, *, memo: str = "", now: datetime | None = None,
          switch: bool = False) -> TimeEntry:
    """Start the timer on a contract. With ``switch`` a timer running elsewhere is stopped
    first; without it a running timer is an error (the user decides)."""
    now = _now(now)
    with db.atomic():
        contract = _hourly_contract(contract_id)
        _check_open(contract)
        current = running()
        if current is not None:
            if not switch:
                raise TimerError(Code.TIMER_ALREADY_RUNNING, title=current.contract.title)
            stop(now=now, announce=False)
        entry = TimeEntry.create(contract=contract, started_at=now, memo=memo.strip(),
                                 manual=False, created_at=now)
    events.changed("contracts", [contract.id])
    return entry


def stop(*, now: datetime | None = None, memo: str | None = None,
         announce: bool = True) -> list[TimeEntry]:
    """Stop the running timer; returns the stored entries (one per week touched; none when it
    ran under half a minute, which is discarded)."""
    now = _now(now)
    with db.atomic():
        entry = running()
        if entry is None:
            raise TimerError(Code.TIMER_NOT_RUNNING)
        if memo is not None:
            entry.memo = memo.strip()
        end = max(now, entry.started_at)
        spans = split_at_weeks(entry.started_at, end)
        carried, carried_minutes = _carried(entry)
        shares = minutes_per_piece(spans, carried=carried, carried_minutes=carried_minutes)
        pieces = [(a, b, m) for (a, b), m in zip(spans, shares, strict=True) if m > 0]
        if not pieces:
            contract_id = entry.contract_id
            entry.delete_instance()
            stored = []
        else:
            contract_id = entry.contract_id
            first_start, first_end, first_minutes = pieces[0]
            entry.started_at, entry.ended_at, entry.minutes = first_start, first_end, first_minutes
            entry.save()
            stored = [entry]
            for a, b, m in pieces[1:]:
                stored.append(TimeEntry.create(contract=contract_id, started_at=a, ended_at=b,
                                               minutes=m, memo=entry.memo,
                                               manual=False, created_at=now))
    if announce:
        events.changed("contracts", [contract_id])
    return stored


def _store_run(contract_id: int, started_at: datetime, ended_at: datetime, memo: str,
               now: datetime) -> list[TimeEntry]:
    """A timer run that is over, stored as a stop stores it (one entry per week, nothing
    under half a minute)."""
    spans = split_at_weeks(started_at, max(ended_at, started_at))
    return [TimeEntry.create(contract=contract_id, started_at=a, ended_at=b, minutes=m,
                             memo=memo.strip(), manual=False, created_at=now)
            for (a, b), m in zip(spans, minutes_per_piece(spans), strict=True) if m > 0]


def _later_run_start(at: datetime) -> datetime | None:
    """Where the earliest timer run of this person begun after ``at`` and already stopped
    began (a start clicked elsewhere later than ``at``), or None. A piece a run left at Monday
    00:00 counts from the run's first start."""
    condition = ((TimeEntry.started_at > at) & TimeEntry.ended_at.is_null(False)
                 & (TimeEntry.manual == False))  # noqa: E712
    if is_postgres():
        condition &= SQL("member_id IS NOT DISTINCT FROM fd_member_id()")
    for entry in TimeEntry.select().where(condition).order_by(TimeEntry.started_at):
        if entry.started_at - _carried(entry)[0] > at:
            return entry.started_at
    return None


def _run_over_at(at: datetime) -> datetime | None:
    """Where a timer run of this person that was running at ``at`` (begun before it, or at
    it) and is already stopped ended — a run stopped elsewhere after the click — or None.
    A run cut at Monday 00:00 ends where its last piece ends."""
    condition = ((TimeEntry.started_at <= at) & (TimeEntry.ended_at > at)
                 & (TimeEntry.manual == False))  # noqa: E712
    if is_postgres():
        condition &= SQL("member_id IS NOT DISTINCT FROM fd_member_id()")
    entry = TimeEntry.select().where(condition).order_by(TimeEntry.ended_at.desc()).first()
    if entry is None:
        return None
    end = entry.ended_at
    while end == week_start(end):  # the run went on past Monday 00:00 as a new piece
        piece = (TimeEntry.select()
                 .where((TimeEntry.contract == entry.contract_id) & (TimeEntry.started_at == end)
                        & TimeEntry.ended_at.is_null(False)
                        & (TimeEntry.manual == False))  # noqa: E712
                 .first())
        if piece is None:
            break
        end = piece.ended_at
    return end


def replay_start(contract_id: int, *, at: datetime, memo: str = "",
                 until: datetime | None = None,
                 now: datetime | None = None) -> list[TimeEntry]:
    """A start clicked at ``at`` on a computer that could not reach the server, sent now
    (desktop/outbox.py). Like a live start at ``at``: a timer running since then or earlier
    stops there, keeping its time up to the click. A timer started *after* the click (on
    another computer, while this one was away) is the later click: running, it runs on
    untouched; stopped, it stays as it is. This run is then stored as ended where that one
    began — or at ``until``, the next start or stop kept after this one, when that came first.
    A timer that was running at the click and was stopped elsewhere after it keeps its time:
    this run begins where that one ended (the time between is counted once, on that run).
    No tracked time is discarded, none counted twice. Returns the entries stored for this run
    when it was stored ended ([] when it runs)."""
    at, now = to_utc(at), _now(now)
    with db.atomic():
        contract = _hourly_contract(contract_id)
        _check_open(contract)
        current = running()
        overlapped = _run_over_at(at) if current is None or current.started_at > at else None
        if overlapped is not None:  # stopped elsewhere after this click: after that stop
            if until is not None and to_utc(until) <= overlapped:
                return []  # this whole run lies inside that one: nothing of it is left
            at = overlapped  # (a timer running now began at that stop or later: it is the
            # later click, and this run ends where it began, as below)
        later = current.started_at if current is not None and (
            current.started_at > at or overlapped is not None) else _later_run_start(at)
        if later is None:
            start(contract_id, memo=memo, now=at, switch=True)
            return []
        end = later if until is None else min(later, to_utc(until))
        stored = _store_run(contract.id, at, end, memo, now)
    events.changed("contracts", [contract.id])
    return stored


def replay_stop(*, at: datetime, memo: str | None = None,
                contract_id: int | None = None) -> list[TimeEntry]:
    """A stop clicked at ``at`` on a computer that could not reach the server, sent now. The
    running timer stops at ``at`` — unless it started after the click or (when the click says
    which) runs on another contract: then it is a timer started elsewhere meanwhile, not the
    one this click stopped, and it runs on (nothing is stored; the run the click stopped
    ended before, see :func:`replay_start`). With no timer running, a stop inside a run that
    was stopped elsewhere after it has nothing left to stop; otherwise it is refused like a
    stop."""
    at = to_utc(at)
    with db.atomic():
        entry = running()
        if entry is None:
            if _run_over_at(at) is not None:  # the run it would stop was stopped elsewhere
                return []  # after the click (its kept start began there: replay_start)
            raise TimerError(Code.TIMER_NOT_RUNNING)
        if entry.started_at > at or (contract_id is not None
                                     and entry.contract_id != contract_id):
            return []
        return stop(now=at, memo=memo)


def set_memo(memo: str) -> TimeEntry:
    """Change the running timer's memo (one write, when the user finishes typing)."""
    with db.atomic():
        entry = running()
        if entry is None:
            raise TimerError(Code.TIMER_NOT_RUNNING)
        entry.memo = memo.strip()
        entry.save()
    events.changed("contracts", [entry.contract_id])
    return entry


def split_at_week_boundary(*, now: datetime | None = None) -> bool:
    """Cut a timer running since an earlier week at Monday 00:00 UTC: the old week's piece is
    stored (so it can be billed) and the timer keeps running in the new week."""
    now = _now(now)
    with db.atomic():
        entry = running()
        if entry is None or week_start(entry.started_at) >= week_start(now):
            return False
        contract_id, memo = entry.contract_id, entry.memo
        closed = split_at_weeks(entry.started_at, week_start(now))  # whole weeks behind us
        carried, carried_minutes = _carried(entry)
        shares = minutes_per_piece(closed, carried=carried, carried_minutes=carried_minutes)
        (_, first_end), first_minutes = closed[0], shares[0]
        entry.ended_at, entry.minutes = first_end, first_minutes
        entry.save()
        for (a, b), m in zip(closed[1:], shares[1:], strict=True):  # a timer left on for weeks
            TimeEntry.create(contract=contract_id, started_at=a, ended_at=b,
                             minutes=m, memo=memo, created_at=now)
        boundary = closed[-1][1]
        TimeEntry.create(contract=contract_id, started_at=boundary, memo=memo, manual=False,
                         created_at=now)
    events.changed("contracts", [contract_id])
    return True


def _validate_span(started_at: datetime, minutes: int) -> None:
    if not isinstance(minutes, int) or minutes <= 0:
        raise TimerError(Code.TIMER_TOO_SHORT)
    if minutes > MAX_ENTRY_MINUTES:
        raise TimerError(Code.TIMER_TOO_LONG, hours=MAX_ENTRY_MINUTES // 60)
    if started_at.tzinfo is None:
        raise TimerError(Code.TIMER_NAIVE_TIME)


def add_manual(contract_id: int, *, started_at: datetime, minutes: int, memo: str = "",
               now: datetime | None = None) -> list[TimeEntry]:
    """Manual time (if the contract allows it), split at Monday 00:00 UTC; refused for a week
    whose diary is closed or for time in the future."""
    now = _now(now)
    started_at = to_utc(started_at)
    _validate_span(started_at, minutes)
    with db.atomic():
        contract = _hourly_contract(contract_id)
        _check_open(contract)
        if not contract.manual_time_allowed:
            raise TimerError(Code.TIMER_NO_MANUAL, title=contract.title)
        end = started_at + timedelta(minutes=minutes)
        if end > now + timedelta(minutes=1):
            raise TimerError(Code.TIMER_MANUAL_FUTURE)
        if contract.start_at and started_at < contract.start_at - timedelta(days=1):
            raise TimerError(Code.TIMER_BEFORE_START, day=contract.start_at.date())
        _check_diary(started_at, now)
        spans = split_at_weeks(started_at, end)
        stored = [TimeEntry.create(contract=contract, started_at=a, ended_at=b,
                                   minutes=m, memo=memo.strip(), manual=True, created_at=now)
                  for (a, b), m in zip(spans, minutes_per_piece(spans), strict=True) if m > 0]
    events.changed("contracts", [contract.id])
    return stored


@dataclass(frozen=True)
class EntryData:
    """Everything needed to put an entry back (undo of a delete or an edit)."""

    contract_id: int
    started_at: datetime
    ended_at: datetime | None
    minutes: int | None
    memo: str
    manual: bool

    @classmethod
    def of(cls, entry: TimeEntry) -> EntryData:
        return cls(entry.contract_id, entry.started_at, entry.ended_at, entry.minutes,
                   entry.memo, entry.manual)


def _entry(entry_id: int) -> TimeEntry:
    entry = TimeEntry.get_or_none(TimeEntry.id == entry_id)
    if entry is None:
        raise TimerError(Code.TIMER_ENTRY_GONE, id=entry_id)
    return entry


def update_entry(entry_id: int, *, started_at: datetime, minutes: int, memo: str,
                 now: datetime | None = None) -> TimeEntry:
    """Change a stopped entry's start, length and memo within the same open week."""
    now = _now(now)
    started_at = to_utc(started_at)
    _validate_span(started_at, minutes)
    with db.atomic():
        entry = _entry(entry_id)
        if entry.ended_at is None:
            raise TimerError(Code.TIMER_STOP_TO_EDIT)
        _check_diary(entry.started_at, now)
        _check_diary(started_at, now)
        end = started_at + timedelta(minutes=minutes)
        if week_start(started_at) != week_start(end - timedelta(microseconds=1)):
            raise TimerError(Code.TIMER_CROSSES_WEEK)
        if end > now + timedelta(minutes=1):
            raise TimerError(Code.TIMER_FUTURE)
        entry.started_at, entry.ended_at, entry.minutes = started_at, end, minutes
        entry.memo = memo.strip()
        entry.save()
    events.changed("contracts", [entry.contract_id])
    return entry


def entry_values(entry_id: int) -> tuple[int, dict]:
    """A stopped entry's version and the fields an edit changes, as plain JSON (the outbox
    keeps them; a merge compares them)."""
    entry = _entry(entry_id)
    return entry.version, entry_values_of(entry)


def entry_values_of(entry: TimeEntry) -> dict:
    """The fields of a loaded entry that an edit changes, as plain JSON (no read)."""
    return entry_changes({"started_at": entry.started_at, "minutes": entry.minutes,
                          "memo": entry.memo})


def entry_changes(values: dict) -> dict:
    """An edit's values (started_at, minutes, memo) as plain JSON."""
    out = dict(values)
    if isinstance(out.get("started_at"), datetime):
        out["started_at"] = to_utc(out["started_at"]).isoformat()
    if "memo" in out:
        out["memo"] = (out["memo"] or "").strip()
    return out


def save_entry_fields(entry_id: int, changes: dict, *, version: int | None = None,
                      now: datetime | None = None) -> int:
    """`update_entry` with `changes` (plain JSON, as `entry_values` gives) over the entry's
    `version`: refused with EditConflictError when someone else changed it since. Returns the
    new version."""
    with TimeEntry.edited_over(entry_id, version):
        values = entry_values(entry_id)[1]
        values.update(changes)
        entry = update_entry(entry_id, started_at=datetime.fromisoformat(values["started_at"]),
                             minutes=int(values["minutes"]), memo=values["memo"] or "", now=now)
    return entry.version


def delete_entry(entry_id: int, *, now: datetime | None = None) -> EntryData:
    """Delete a stopped entry in an open week; returns its data so it can be restored."""
    now = _now(now)
    with db.atomic():
        entry = _entry(entry_id)
        if entry.ended_at is None:
            raise TimerError(Code.TIMER_STOP_TO_DELETE)
        _check_diary(entry.started_at, now)
        data = EntryData.of(entry)
        entry.delete_instance()
    events.changed("contracts", [data.contract_id])
    return data


def restore_entry(data: EntryData, *, now: datetime | None = None) -> TimeEntry:
    """Put a deleted entry back (undo), if its week's diary is still open."""
    now = _now(now)
    with db.atomic():
        _check_diary(data.started_at, now)
        if data.ended_at is None:
            raise TimerError(Code.TIMER_RESTORE_RUNNING)
        entry = TimeEntry.create(contract=data.contract_id, started_at=data.started_at,
                                 ended_at=data.ended_at, minutes=data.minutes, memo=data.memo,
                                 manual=data.manual, created_at=now)
    events.changed("contracts", [data.contract_id])
    return entry


@dataclass(frozen=True)
class IdleCut:
    """A running timer cut where the user went idle: what it was, and what the cut stored, so
    :func:`restore_idle` can put it back (undo)."""

    timer: EntryData  # the run as it was (ended_at None)
    cut_at: datetime  # the run's time ends here (idle began)
    resumed_at: datetime | None  # a new run from here (the user came back); None: stopped
    stored_ids: tuple[int, ...]  # the entries the cut stored (one per week touched)
    running_id: int | None  # the new run


def cut_idle(entry_id: int, idle_since: datetime, *, resume_at: datetime | None = None,
             now: datetime | None = None) -> IdleCut:
    """Discard idle time: the running timer ``entry_id`` is stopped at ``idle_since`` (stored
    like a stop: split at Monday 00:00, nothing under half a minute) and, with ``resume_at``,
    runs on from then on the same contract with the same memo — the time between is dropped.
    Refused when the timer running now is not ``entry_id`` (stopped or switched meanwhile)."""
    now = _now(now)
    with db.atomic():
        entry = running()
        if entry is None or entry.id != entry_id:
            raise TimerError(Code.TIMER_IDLE_CHANGED)
        before = EntryData.of(entry)
        cut_at = min(max(to_utc(idle_since), entry.started_at), now)
        stored = stop(now=cut_at, announce=False)
        resumed_at, new = None, None
        if resume_at is not None:
            resumed_at = min(max(to_utc(resume_at), cut_at), now)
            new = TimeEntry.create(contract=before.contract_id, started_at=resumed_at,
                                   memo=before.memo, manual=False, created_at=now)
    events.changed("contracts", [before.contract_id])
    return IdleCut(before, cut_at, resumed_at, tuple(e.id for e in stored),
                   new.id if new is not None else None)


def restore_idle(cut: IdleCut, *, now: datetime | None = None) -> int:
    """Undo :func:`cut_idle`: the stored pieces and the new run go, and the timer runs again
    from its first start, idle time included. Refused (nothing changed) when the timer or the
    stored entries changed since. Returns the running entry's id."""
    now = _now(now)
    with db.atomic():
        current = running()
        if (current.id if current is not None else None) != cut.running_id:
            raise TimerError(Code.TIMER_IDLE_CHANGED)
        pieces = [p for p in (TimeEntry.get_or_none(TimeEntry.id == i) for i in cut.stored_ids)
                  if p is not None and p.ended_at is not None
                  and p.contract_id == cut.timer.contract_id]
        if len(pieces) != len(cut.stored_ids):  # deleted or changed since
            raise TimerError(Code.TIMER_IDLE_CHANGED)
        memo = current.memo if current is not None else cut.timer.memo
        for piece in pieces:
            piece.delete_instance()
        if current is not None:
            current.delete_instance()
        entry = TimeEntry.create(contract=cut.timer.contract_id, started_at=cut.timer.started_at,
                                 memo=memo, manual=False, created_at=now)
    events.changed("contracts", [cut.timer.contract_id])
    return entry.id
