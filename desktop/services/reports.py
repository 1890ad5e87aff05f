"""Read-only figures from the ledger: balances at a glance, upcoming money, and reports by month,
client, contract and category, fees paid and the effective hourly rate.

Definitions (the accountant's questions, answered the same way everywhere):

* **gross**: what clients were billed — hourly, fixed price and bonus payments minus refunds;
* **service fees**: Upwork's cut of them (on the payment row, or the linked "Service Fee" row of
  a statement);
* **net**: gross − service fees;
* **costs**: Connects bought, membership, withdrawal fees and other charges (taxes on fees…);
* **take-home**: net − costs. Withdrawals and card payments move money, they are not income.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from peewee import JOIN, SQL, fn

from desktop.services.payments import schedule, status_on, today_utc
from models.clients import Client
from models.contracts import Contract
from models.jobs import Job
from models.payments import EARNING_KINDS, Transaction, TransactionKind
from models.proposals import Proposal
from models.query import tuples

ZERO = Decimal(0)
_NAMED_CONTRACT = re.compile(r"(?:^|[—|]\s*)(?P<title>[^—|]+?)\s*\((?P<id>\d{6,})\)\s*$")
COST_KINDS = ("connects", "membership_fee", "withdrawal_fee", "misc")


@dataclass(frozen=True)
class Period:
    start: date | None = None  # inclusive UTC days; None = open
    end: date | None = None

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def label(self) -> str:
        if self.start and self.end:
            if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31) \
                    and self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start:%b %d, %Y} – {self.end:%b %d, %Y}"
        if self.start:
            return f"since {self.start:%b %d, %Y}"
        if self.end:
            return f"until {self.end:%b %d, %Y}"
        return "all time"


@dataclass(frozen=True)
class Upcoming:
    day: date
    amount: Decimal
    count: int


@dataclass(frozen=True)
class Balances:
    today: date
    in_review: Decimal
    pending: Decimal
    available: Decimal
    withdrawn_year: Decimal
    withdrawal_fees_year: Decimal
    upcoming: list[Upcoming]
    statement_balance: tuple[date, Decimal] | None  # the newest running balance imported


def _day_end(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def _cents(value) -> Decimal:
    return Decimal(value or 0) / 100


def balances(today: date | None = None) -> Balances:
    """Money in review, pending and available on ``today``, withdrawn in its year, and what
    becomes available when."""
    today = today or today_utc()
    settled = (Transaction.select(fn.SUM(Transaction.net))
               .where(Transaction.available_on <= today).scalar())
    # Not yet available on ``today``: in review or pending as of that day (worked out here, not
    # read from the stored status, which is as of the last refresh).
    waiting = tuples(Transaction.select(Transaction.kind, Transaction.week_start_on,
                                        Transaction.occurred_at, fn.SUM(Transaction.net))
                     .where(Transaction.available_on > today)
                     .group_by(Transaction.kind, Transaction.week_start_on,
                               Transaction.occurred_at))
    in_review = pending = ZERO
    for kind, week_start_on, occurred_at, cents in waiting:
        available_on, review_ends_on = schedule(kind, occurred_at, week_start_on)
        if status_on(kind, available_on, today, review_ends_on) == "in_review":
            in_review += _cents(cents)
        else:
            pending += _cents(cents)
    year_start = datetime(today.year, 1, 1, tzinfo=UTC)
    year = (Transaction.occurred_at >= year_start) & (Transaction.occurred_at < _day_end(today))
    withdrawn = (Transaction.select(fn.SUM(Transaction.net))
                 .where(year & (Transaction.kind == TransactionKind.WITHDRAWAL)).scalar())
    wfees = (Transaction.select(fn.SUM(Transaction.fee))
             .where(year & (Transaction.kind == TransactionKind.WITHDRAWAL_FEE)).scalar())
    upcoming = [
        Upcoming(day, _cents(cents), count) for day, cents, count in
        tuples(Transaction.select(Transaction.available_on, fn.SUM(Transaction.net),
                                  fn.COUNT(Transaction.id))
               .where(Transaction.available_on > today)
               .group_by(Transaction.available_on).order_by(Transaction.available_on))
    ]
    last = (Transaction.select(Transaction.occurred_at, Transaction.balance)
            .where(Transaction.balance.is_null(False) & (Transaction.source == "import"))
            .order_by(Transaction.occurred_at.desc(), Transaction.id.desc()).first())
    return Balances(
        today=today, in_review=in_review, pending=pending, available=_cents(settled),
        withdrawn_year=-_cents(withdrawn), withdrawal_fees_year=_cents(wfees),
        upcoming=upcoming,
        statement_balance=(last.occurred_at.date(), last.balance) if last else None)


def latest_rate(currency: str) -> tuple[Decimal, date] | None:
    """The most recent recorded exchange rate (units of ``currency`` per USD) and its date."""
    if not currency or currency.upper() == "USD":
        return None
    row = (Transaction.select(Transaction.exchange_rate, Transaction.local_amount,
                              Transaction.net, Transaction.occurred_at)
           .where((Transaction.local_currency == currency.upper())
                  & Transaction.local_amount.is_null(False))
           .order_by(Transaction.occurred_at.desc()).first())
    if row is None:
        return None
    if row.exchange_rate:
        rate = Decimal(row.exchange_rate)
    elif row.net:
        rate = abs(row.local_amount / row.net).quantize(Decimal("0.000001"))
    else:
        return None
    return rate, row.occurred_at.date()


# ---------------------------------------------------------------------------------------------
# Period reports

@dataclass
class Line:
    """One row of a report: a month, a client, a contract or a category."""

    key: str
    label: str
    gross: Decimal = ZERO
    fees: Decimal = ZERO
    costs: Decimal = ZERO
    minutes: int = 0
    count: int = 0
    ref_id: int | None = None  # client or contract id, for navigation

    @property
    def net(self) -> Decimal:
        return self.gross - self.fees

    @property
    def take_home(self) -> Decimal:
        return self.net - self.costs

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class _Row:
    kind: str
    day: date
    gross: Decimal
    fee: Decimal
    net: Decimal
    minutes: int
    client_id: int | None
    client: str
    contract_id: int | None
    contract: str
    category: str
    description: str
    parent_kind: str | None


def _rows(period: Period) -> list[_Row]:
    parent = Transaction.alias()
    query = (Transaction
             .select(Transaction.kind, Transaction.occurred_at, Transaction.gross,
                     Transaction.fee, Transaction.net, Transaction.minutes, Transaction.client,
                     Client.name, Transaction.contract, Contract.title, Job.category,
                     Transaction.description, parent.kind.alias("parent_kind"),
                     parent.description.alias("parent_description"))
             .join(Client, JOIN.LEFT_OUTER, on=(Transaction.client == Client.id))
             .switch(Transaction)
             .join(Contract, JOIN.LEFT_OUTER, on=(Transaction.contract == Contract.id))
             .join(Proposal, JOIN.LEFT_OUTER, on=(Contract.proposal == Proposal.id))
             .join(Job, JOIN.LEFT_OUTER, on=(Proposal.job == Job.id))
             .switch(Transaction)
             .join(parent, JOIN.LEFT_OUTER, on=(Transaction.parent == parent.id))
             .order_by(Transaction.occurred_at))
    if period.start:
        query = query.where(Transaction.occurred_at >= datetime.combine(period.start, time(0),
                                                                        tzinfo=UTC))
    if period.end:
        query = query.where(Transaction.occurred_at < _day_end(period.end))
    out = []
    for (kind, at, gross, fee, net, minutes, client_id, client, contract_id, contract, category,
         description, parent_kind, parent_description) in tuples(query):
        # A fee row says "Service Fee for Hourly - Ref ID …": its payment's text names the work.
        fee_row = parent_kind and kind == TransactionKind.SERVICE_FEE
        text = parent_description if fee_row else description
        out.append(_Row(
            kind, at.date(), gross, fee, net, minutes or 0, client_id, client or "",
            contract_id, contract or "", category or "", text or "", parent_kind))
    return out


def _apply(line: Line, row: _Row) -> None:
    """Add one ledger row to a report line (see the module docstring for the definitions)."""
    if row.kind in EARNING_KINDS:
        line.gross += row.gross
        line.fees += row.fee  # an earning recorded here carries its own fee
        line.count += 1
        if row.kind == TransactionKind.HOURLY:
            line.minutes += row.minutes
    elif row.kind == TransactionKind.SERVICE_FEE:
        line.fees += row.fee
    elif row.kind in COST_KINDS:
        line.costs -= row.net  # money out is a negative net; a credit lowers the costs


def _is_income_related(row: _Row) -> bool:
    return row.kind in EARNING_KINDS or row.kind == TransactionKind.SERVICE_FEE


def by_month(period: Period) -> list[Line]:
    """One line per calendar month in the period (months without activity included)."""
    rows = _rows(period)
    lines: dict[str, Line] = {}
    first = period.start or (rows[0].day if rows else None)
    last = period.end or (rows[-1].day if rows else None)
    if last and last > today_utc():  # this year: no empty months from the future
        last = max([today_utc()] + [row.day for row in rows[-1:]])
    if first and last:
        month = first.replace(day=1)
        while month <= last:
            key = f"{month:%Y-%m}"
            lines[key] = Line(key, f"{month:%b %Y}")
            month = (month + timedelta(days=32)).replace(day=1)
    for row in rows:
        key = f"{row.day:%Y-%m}"
        line = lines.setdefault(key, Line(key, f"{row.day:%b %Y}"))
        _apply(line, row)
    return [lines[key] for key in sorted(lines)]


def chart_lines(months: list[Line], max_bars: int = 36) -> tuple[str, list[Line]]:
    """Months for a chart, grouped by quarter ("2024-Q1") or by year ("2024") when there are
    more than ``max_bars`` of them, so a long history keeps every year: (unit, lines) with
    unit "month", "quarter" or "year"."""
    if len(months) <= max_bars:
        return "month", months
    for unit, key_of in (("quarter", lambda k: f"{k[:4]}-Q{(int(k[5:7]) - 1) // 3 + 1}"),
                         ("year", lambda k: k[:4])):
        grouped: dict[str, Line] = {}
        for month in months:
            key = key_of(month.key)
            line = grouped.setdefault(key, Line(key, key))
            line.gross += month.gross
            line.fees += month.fees
            line.costs += month.costs
            line.minutes += month.minutes
            line.count += month.count
        if len(grouped) <= max_bars or unit == "year":
            return unit, [grouped[key] for key in sorted(grouped)]
    raise AssertionError("unreachable")  # pragma: no cover


def is_empty(line: Line) -> bool:
    """Nothing billed, paid or spent in this line (an empty month of a long period)."""
    return not (line.gross or line.fees or line.costs or line.minutes or line.count)


def _grouped(period: Period, key_of) -> list[Line]:
    lines: dict[str, Line] = {}
    for row in _rows(period):
        if not _is_income_related(row):
            continue
        key, label, ref = key_of(row)
        line = lines.setdefault(key, Line(key, label, ref_id=ref))
        _apply(line, row)
    return sorted(lines.values(), key=lambda line: (-line.gross, line.label.lower()))


def by_client(period: Period) -> list[Line]:
    return _grouped(period, lambda r: (
        f"client:{r.client_id}", r.client or "No client", r.client_id))


def contract_label(row: _Row) -> tuple[str, str, int | None]:
    if row.contract_id:
        return f"contract:{row.contract_id}", row.contract, row.contract_id
    if match := _NAMED_CONTRACT.search(row.description):
        # "Title (12345678)" from a Weekly Summary or a newer statement's description
        return f"ext:{match['id']}", match["title"], None
    who = row.client or "no client"
    return f"none:{row.client_id}", f"No contract ({who})", None


def by_contract(period: Period) -> list[Line]:
    return _grouped(period, contract_label)


def by_category(period: Period) -> list[Line]:
    return _grouped(period, lambda r: (
        f"category:{r.category}", r.category or "Uncategorised", None))


@dataclass(frozen=True)
class FeesPaid:
    service_fees: Decimal
    withdrawal_fees: Decimal
    connects: Decimal
    membership: Decimal
    other: Decimal
    gross: Decimal

    @property
    def total(self) -> Decimal:
        return (self.service_fees + self.withdrawal_fees + self.connects + self.membership
                + self.other)

    @property
    def service_fee_rate(self) -> Decimal:
        """Service fees as a percent of gross (the fee you really paid, tiers included)."""
        return (self.service_fees / self.gross * 100).quantize(Decimal("0.01")) \
            if self.gross else ZERO

    def lines(self) -> list[tuple[str, Decimal]]:
        return [("Service fees", self.service_fees), ("Withdrawal fees", self.withdrawal_fees),
                ("Connects", self.connects), ("Membership", self.membership),
                ("Other charges", self.other)]


def fees_paid(period: Period) -> FeesPaid:
    service = withdrawal = connects = membership = other = gross = ZERO
    for row in _rows(period):
        if row.kind in EARNING_KINDS:
            service += row.fee
            gross += row.gross
        elif row.kind == TransactionKind.SERVICE_FEE:
            service += row.fee
        elif row.kind == TransactionKind.WITHDRAWAL_FEE:
            withdrawal += row.fee - row.gross
        elif row.kind == TransactionKind.CONNECTS:
            connects -= row.net
        elif row.kind == TransactionKind.MEMBERSHIP_FEE:
            membership -= row.net
        elif row.kind == TransactionKind.MISC and row.net < 0:
            other -= row.net
    return FeesPaid(service, withdrawal, connects, membership, other, gross)


@dataclass(frozen=True)
class HourlyRate:
    minutes: int
    gross: Decimal        # hourly billings
    fees: Decimal         # service fees on them
    connects: Decimal     # Connects bought in the period

    @property
    def hours(self) -> Decimal:
        return (Decimal(self.minutes) / 60).quantize(Decimal("0.01"))

    def _per_hour(self, amount: Decimal) -> Decimal | None:
        if not self.minutes:
            return None
        return (amount * 60 / self.minutes).quantize(Decimal("0.01"))

    @property
    def billed_rate(self) -> Decimal | None:
        return self._per_hour(self.gross)

    @property
    def net_rate(self) -> Decimal | None:
        return self._per_hour(self.gross - self.fees)

    @property
    def take_home_rate(self) -> Decimal | None:
        """After fees and the Connects spent winning work in the period."""
        return self._per_hour(self.gross - self.fees - self.connects)


def effective_rate(period: Period) -> HourlyRate:
    """What an hour of hourly work really paid in the period."""
    rows = _rows(period)
    hourly_ids = {"hourly"}
    minutes = sum(r.minutes for r in rows if r.kind in hourly_ids)
    gross = sum((r.gross for r in rows if r.kind in hourly_ids), ZERO)
    fees = sum((r.fee for r in rows if r.kind in hourly_ids), ZERO)
    fees += sum((r.fee for r in rows if r.kind == TransactionKind.SERVICE_FEE
                 and r.parent_kind == TransactionKind.HOURLY),
                ZERO)
    connects = -sum((r.net for r in rows if r.kind == TransactionKind.CONNECTS), ZERO)
    return HourlyRate(minutes, gross, fees, connects)


@dataclass
class Summary:
    period: Period
    gross: Decimal
    fees: Decimal
    costs: Decimal
    withdrawn: Decimal
    minutes: int
    lines: list[Line] = field(default_factory=list)  # by month

    @property
    def net(self) -> Decimal:
        return self.gross - self.fees

    @property
    def take_home(self) -> Decimal:
        return self.net - self.costs


def summary(period: Period) -> Summary:
    months = by_month(period)
    withdrawn = -sum((r.net for r in _rows(period) if r.kind == TransactionKind.WITHDRAWAL), ZERO)
    return Summary(
        period=period, gross=sum((m.gross for m in months), ZERO),
        fees=sum((m.fees for m in months), ZERO), costs=sum((m.costs for m in months), ZERO),
        withdrawn=withdrawn, minutes=sum(m.minutes for m in months), lines=months)


def years_with_data() -> list[int]:
    """Calendar years that have transactions, newest first (for period pickers)."""
    year = fn.SUBSTR(Transaction.occurred_at, 1, 4).alias("year")
    # GROUP BY, not DISTINCT: PostgreSQL orders a DISTINCT only by what it selects
    query = Transaction.select(year).group_by(SQL("1")).order_by(SQL("1").desc())
    return [int(value) for (value,) in tuples(query)]
