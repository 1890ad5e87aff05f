"""Item models of the Contracts tab (on ui.widgets.table_model): the contract list (id-based,
filtered and sorted in SQL), one week's time entries, and a contract's milestones."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime

from desktop import clock
from desktop.services import contracts as service
from desktop.services.contracts import ContractStatus, ContractType, MilestoneState
from models.rules import payout
from ui import formatting, labels, messages
from ui.formatting import money
from ui.widgets.table_model import ID_ROLE, Column, IdTableModel

ROLE_ID = ID_ROLE
# theme tones (ui.theme colour names), read when painted so a theme switch recolours them
STATUS_TONES = {"active": "success", "offer": "warning", "paused": "warning", "ended": "muted",
                "declined": "muted"}
STATE_TONES = {"funded": "info", "submitted": "warning", "changes_requested": "error",
               "approved": "success", "paid": "success", "not_funded": "muted"}
FILTERS = service.LIST_FILTERS


def status_label(code: str) -> str:
    return labels.label(labels.CONTRACT_STATUS, code)


def state_label(code: str) -> str:
    return labels.label(labels.MILESTONE_STATE, code)


def day_text(day: date | datetime, weekday: bool = False) -> str:
    """"Nov 26" / "Thu, Nov 26" in the user's locale (a UTC date; ui.formatting.day)."""
    return formatting.day(day, weekday=weekday, year=False)


def utc_text(moment: datetime) -> str:
    """"Mon Nov 30, 11:59 UTC": Upwork's own deadlines are told in UTC."""
    return f"{day_text(moment, weekday=True)}, {moment:%H:%M} UTC"


def local_text(moment: datetime | None, fmt: str = "yyyy-MM-dd HH:mm") -> str:
    """A UTC instant shown in the user's local time."""
    if moment is None:
        return ""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime().toString(fmt)


@dataclass(frozen=True)
class ListRow:
    """A contract as the list shows it: its row and the texts that need more reads."""

    contract: service.ContractRow
    progress: str  # this week's hours, or the next milestone
    value: str


class ContractListModel(IdTableModel[ListRow]):
    """Row ids from one SQL query (filtered, sorted); the rest of a row is read when shown."""

    STATUS_COLUMN = 2
    PAGE = 50
    GONE = QT_TRANSLATE_NOOP("ContractListModel", "(deleted)")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_filter = "open"
        self.search = ""
        self.sort_key, self.descending = "status", False
        self.flags_by_id: dict[int, str] = {}
        self.now: datetime | None = None
        tip, tone = self._tooltip, self._tone
        self.columns = (
            Column(QT_TRANSLATE_NOOP("ContractListModel", "Contract"),
                   lambda r: r.contract.title, sort="title", tooltip=tip, tone=tone),
            Column(QT_TRANSLATE_NOOP("ContractListModel", "Client"), self._client,
                   sort="client", tooltip=tip, tone=tone),
            Column(QT_TRANSLATE_NOOP("ContractListModel", "Status"),
                   lambda r: status_label(r.contract.status), sort="status", tooltip=tip,
                   tone=self._status_tone),
            Column(QT_TRANSLATE_NOOP("ContractListModel", "This week / next"),
                   lambda r: r.progress, sort="type", tooltip=tip, tone=self._progress_tone),
            Column(QT_TRANSLATE_NOOP("ContractListModel", "Value"), lambda r: r.value,
                   sort="value", tooltip=tip, tone=tone, right=True))

    def refresh(self, *, flags: dict[int, str] | None = None, now: datetime | None = None):
        """Read the list again (the deadline flags and the moment it is shown for with it);
        the selection stays on its contract."""
        if flags is not None:
            self.flags_by_id = flags
        self.now = now
        super().refresh()

    def load_ids(self) -> list[int]:
        return service.list_ids(self.status_filter, self.search, self.sort_key or "id",
                                self.descending)

    def load_rows(self, ids: list[int]) -> dict[int, ListRow]:
        rows = {}
        for contract_id in ids:
            c = service.find(contract_id)
            if c is not None:
                rows[contract_id] = ListRow(c, self._progress(c), self._value(c))
        return rows

    @staticmethod
    def _client(row: ListRow) -> str:
        return row.contract.client_name if row.contract.client_id else "—"

    def _tooltip(self, row: ListRow) -> str:
        c = row.contract
        return f"{c.title}\n{self._client(row)} · {status_label(c.status)} · {row.value}\n" \
               f"{row.progress}".strip()

    def _tone(self, row: ListRow) -> str | None:
        return "error" if self.flags_by_id.get(row.contract.id) == "overdue" else None

    def _status_tone(self, row: ListRow) -> str | None:
        return self._tone(row) or ("muted" if row.contract.status in (
            ContractStatus.ENDED, ContractStatus.DECLINED) else None)

    def _progress_tone(self, row: ListRow) -> str | None:
        return self._tone(row) or ("warning" if self.flags_by_id.get(row.contract.id) in (
            "urgent", "soon") else None)

    def _progress(self, c: service.ContractRow) -> str:
        if c.contract_type == ContractType.HOURLY:
            if c.status not in (ContractStatus.ACTIVE, ContractStatus.PAUSED):
                return ""
            view = service.week_view(c.id, self.now or clock.now(), now=self.now)
            if c.weekly_limit_minutes:
                return self.tr("{0} of {1} h").format(service.hours_text(view.total),
                                                      service.hours_text(c.weekly_limit_minutes))
            return self.tr("{0} h").format(service.hours_text(view.total))
        rows = service.milestones_of(c.id)
        upcoming = [m for m in rows if m.state not in (MilestoneState.APPROVED,
                                                       MilestoneState.PAID)]
        if not rows:
            return self.tr("no milestones")
        if not upcoming:
            return self.tr("all milestones done")
        nxt = upcoming[0]
        if nxt.due_on:
            return self.tr("{0}, due {1}").format(state_label(nxt.state), day_text(nxt.due_on))
        return state_label(nxt.state)

    def _value(self, c: service.ContractRow) -> str:
        if c.contract_type == ContractType.HOURLY:
            return self.tr("{0}/h").format(money(c.rate, c.currency)) if c.rate is not None \
                else "—"
        value, _released = service.milestone_total(c.id)
        return money(value or c.amount, c.currency)


class EntriesModel(IdTableModel[service.EntrySplit]):
    """The time entries of the week shown; over-limit minutes are marked as not billed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        tip, tone = self._tooltip, self._tone
        over_tone = self._over_tone
        self.columns = (
            Column(QT_TRANSLATE_NOOP("EntriesModel", "Day"),
                   lambda i: day_text(i.entry.started_at, weekday=True), tooltip=tip,
                   tone=tone, background=_over_soft),
            Column(QT_TRANSLATE_NOOP("EntriesModel", "From – to"), self._span, tooltip=tip,
                   tone=tone, background=_over_soft),
            Column(QT_TRANSLATE_NOOP("EntriesModel", "Hours"),
                   lambda i: service.hours_text(i.minutes), tooltip=tip, tone=tone,
                   background=_over_soft, right=True),
            Column(QT_TRANSLATE_NOOP("EntriesModel", "Billable"),
                   lambda i: service.hours_text(i.billable), tooltip=tip, tone=over_tone,
                   background=_over_soft, right=True),
            Column(QT_TRANSLATE_NOOP("EntriesModel", "Over limit"),
                   lambda i: service.hours_text(i.over) if i.over else "", tooltip=tip,
                   tone=over_tone, background=_over_soft, right=True),
            Column(QT_TRANSLATE_NOOP("EntriesModel", "Memo"), self._memo, tooltip=tip,
                   tone=tone, background=_over_soft))

    def set_view(self, view: service.WeekView | None) -> None:
        self.set_rows(view.entries if view is not None else [], key=lambda i: i.entry.id)

    @property
    def rows(self) -> list[service.EntrySplit]:
        return [item for row in range(len(self.ids())) if (item := self.item(row))]

    def entry_id(self, row: int) -> int | None:
        return self.id_at(row)

    def _span(self, item: service.EntrySplit) -> str:
        end = self.tr("running") if item.running else local_text(item.entry.ended_at, "HH:mm")
        return f"{local_text(item.entry.started_at, 'HH:mm')} – {end}"

    def _memo(self, item: service.EntrySplit) -> str:
        tags = [t for t, on in ((self.tr("manual"), item.entry.manual),
                                (self.tr("running"), item.running)) if on]
        return item.entry.memo + (f"  ({', '.join(tags)})" if tags else "")

    def _tooltip(self, item: service.EntrySplit) -> str | None:
        if item.over:
            return self.tr("{0} h over the weekly limit: recorded, not billed").format(
                service.hours_text(item.over))
        return item.entry.memo or None

    @staticmethod
    def _tone(item: service.EntrySplit) -> str | None:
        return "success" if item.running else None

    @staticmethod
    def _over_tone(item: service.EntrySplit) -> str | None:
        return "error" if item.over else ("success" if item.running else None)


def _over_soft(item: service.EntrySplit) -> str | None:
    return "error_soft" if item.over else None


class MilestonesModel(IdTableModel[service.MilestoneRow]):
    """A fixed-price contract's milestones with their escrow state and the next date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currency = "USD"
        self.now: datetime | None = None
        self.columns = (
            Column("#", lambda m: str(self.row_of(m.id) + 1), tooltip=self._text(0),
                   right=True),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "Milestone"), messages.milestone,
                   tooltip=self._text(1)),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "Amount"),
                   lambda m: money(m.amount, self.currency), tooltip=self._text(2), right=True),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "Due"),
                   lambda m: formatting.date(m.due_on) if m.due_on else "—",
                   tooltip=lambda m: self.tr("Overdue") if self._overdue(m)
                   else self.columns[3].display(m),
                   tone=lambda m: "error" if self._overdue(m) else None),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "State"), lambda m: state_label(m.state),
                   tooltip=self._text(4), tone=lambda m: STATE_TONES.get(m.state, "muted")),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "Released"),
                   lambda m: money(m.released, self.currency) if m.released else "",
                   tooltip=self._text(5), right=True),
            Column(QT_TRANSLATE_NOOP("MilestonesModel", "Next"), self._next,
                   tooltip=self._text(6)))

    def _text(self, column: int):
        """A tooltip that repeats the cell (a long description or date reads in full)."""
        return lambda m: self.columns[column].display(m)

    def set_contract(self, contract: service.ContractRow | None,
                     now: datetime | None = None) -> None:
        self.now = now
        self.currency = contract.currency if contract is not None else "USD"
        self.set_rows([] if contract is None else service.milestones_of(contract.id))

    @property
    def rows(self) -> list[service.MilestoneRow]:
        return [item for row in range(len(self.ids())) if (item := self.item(row))]

    def milestone(self, row: int) -> service.MilestoneRow | None:
        return self.item(row)

    def _overdue(self, m: service.MilestoneRow) -> bool:
        open_states = (MilestoneState.NOT_FUNDED, MilestoneState.FUNDED,
                       MilestoneState.CHANGES_REQUESTED)
        return (m.due_on is not None and m.state in open_states
                and self.now is not None and m.due_on < self.now.date())

    def _next(self, m: service.MilestoneRow) -> str:
        if m.state == MilestoneState.SUBMITTED and m.submitted_at:
            at = payout.milestone_auto_approve_at(m.submitted_at)
            return self.tr("auto-approves {0}").format(day_text(at))
        if m.state == MilestoneState.APPROVED and m.approved_at:
            return self.tr("available {0}").format(
                day_text(payout.manual_available_on(m.approved_at)))
        if m.state == MilestoneState.PAID and m.paid_at:
            return self.tr("paid {0}").format(day_text(m.paid_at))
        if m.state == MilestoneState.NOT_FUNDED:
            return self.tr("client to fund")
        if m.state == MilestoneState.CHANGES_REQUESTED:
            return self.tr("resubmit")
        return self.tr("submit when done")
