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
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from peewee import JOIN, SQL, Case, Value, fn

from desktop.services.payments import schedule, status_on, today_utc
from models.clients import Client
from models.contracts import Contract
from models.jobs import Job
from models.payments import EARNING_KINDS, Transaction, TransactionKind
from models.proposals import Proposal
from models.query import tuples
from models.rules.money import from_cents

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


def _money(cents) -> Decimal:
    """A SUM of a money column (minor units) as the field itself would read it."""
    return from_cents(int(cents or 0))


def balances(today: date | None = None) -> Balances:
    """Money in review, pending and available on ``today``, withdrawn in its year, and what
    becomes available when."""
    today = today or today_utc()
    settled = (Transaction.select(fn.SUM(Transaction.net))
               .where(Transaction.available_on <= today).scalar())
    # Not yet available on ``today``: in review or pending as of that day (worked out here, not
    # read from the stored status, which is as of the last refresh).
    # The rows not yet available are the last few weeks' (found through the available_on
    # index); a GROUP BY here let SQLite walk the whole ledger in kind order instead.
    waiting = tuples(Transaction.select(Transaction.kind, Transaction.week_start_on,
                                        Transaction.occurred_at, Transaction.net)
                     .where(Transaction.available_on > today))
    in_review = pending = ZERO
    for kind, week_start_on, occurred_at, net in waiting:
        available_on, review_ends_on = schedule(kind, occurred_at, week_start_on)
        if status_on(kind, available_on, today, review_ends_on) == "in_review":
            in_review += net
        else:
            pending += net
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
    """Ledger rows added up in the database: one per kind (and its parent's kind) and report
    key. ``count`` rows went into it; money is in the ledger's currency units."""
    kind: str
    parent_kind: str | None
    gross: Decimal
    fee: Decimal
    net: Decimal
    minutes: int
    count: int
    month: str = ""                 # "2024-03"
    client_id: int | None = None
    client: str = ""
    contract_id: int | None = None
    contract: str = ""
    category: str = ""
    description: str = ""           # only for rows without a contract (see contract_label)


def _in_period(query, period: Period):
    if period.start:
        query = query.where(Transaction.occurred_at >= datetime.combine(period.start, time(0),
                                                                        tzinfo=UTC))
    if period.end:
        query = query.where(Transaction.occurred_at < _day_end(period.end))
    return query


def _rows(period: Period, by: str = "") -> list[_Row]:
    """The period's ledger summed per kind and per ``by`` ("month", "client", "contract",
    "category" or "" for the whole period), in SQL: a report over a 100,000-row ledger reads
    a few hundred sums, not the rows."""
    parent = Transaction.alias()
    keys: list = []
    names: list[str] = []
    query = Transaction.select()
    # Whose fee a service fee row is matters to the effective rate and to a contract's name
    with_parent = by in ("", "month", "contract")
    parent_kind = parent.kind if with_parent else Value(None)
    if with_parent:
        query = query.join(parent, JOIN.LEFT_OUTER, on=(Transaction.parent == parent.id))
    if by == "month":
        keys = [fn.SUBSTR(Transaction.occurred_at, 1, 7)]
        names = ["month"]
    elif by in ("client", "contract"):
        # grouped by ids; the few names are looked up afterwards (not joined into every row)
        keys = [Transaction.client]
        names = ["client_id"]
        if by == "contract":
            # A row without a contract may name one in its text: a fee row says "Service Fee
            # for Hourly - Ref ID …", so its payment's text is the one that names the work.
            text = Case(None, [(Transaction.contract.is_null(False), ""),
                               ((Transaction.kind == TransactionKind.SERVICE_FEE)
                                & parent.kind.is_null(False), parent.description)],
                        Transaction.description)
            keys += [Transaction.contract, text]
            names += ["contract_id", "description"]
    elif by == "category":
        query = (query.switch(Transaction)
                 .join(Contract, JOIN.LEFT_OUTER, on=(Transaction.contract == Contract.id))
                 .join(Proposal, JOIN.LEFT_OUTER, on=(Contract.proposal == Proposal.id))
                 .join(Job, JOIN.LEFT_OUTER, on=(Proposal.job == Job.id)))
        keys = [Job.category]
        names = ["category"]
    query = _in_period(query.select(
        Transaction.kind, parent_kind, fn.SUM(Transaction.gross), fn.SUM(Transaction.fee),
        fn.SUM(Transaction.net), fn.SUM(Transaction.minutes), fn.COUNT(Transaction.id), *keys,
    # by position: PostgreSQL does not see SUBSTR(x, $1, $2) in GROUP BY as the selected one
    ).group_by(SQL("1"), *([SQL("2")] if with_parent else []),
               *(SQL(str(8 + n)) for n in range(len(keys)))), period)
    out = []
    for kind, parent_kind, gross, fee, net, minutes, count, *values in tuples(query):
        extra: dict[str, Any] = {
            name: (value if value is not None or name.endswith("_id") else "")
            for name, value in zip(names, values, strict=True)}
        out.append(_Row(kind, parent_kind, _money(gross), _money(fee), _money(net),
                        int(minutes or 0), int(count), **extra))
    if by in ("client", "contract"):
        out = _named(out)
    return out


def _named(rows: list[_Row]) -> list[_Row]:
    """Rows with their client's name and contract's title filled in."""
    clients = {row.client_id for row in rows} - {None}
    contracts = {row.contract_id for row in rows} - {None}
    client_names = dict(tuples(Client.select(Client.id, Client.name)
                               .where(Client.id.in_(clients)))) if clients else {}
    titles = dict(tuples(Contract.select(Contract.id, Contract.title)
                         .where(Contract.id.in_(contracts)))) if contracts else {}
    return [replace(row, client=client_names.get(row.client_id) or "",
                    contract=titles.get(row.contract_id) or "") for row in rows]


def _apply(line: Line, row: _Row) -> None:
    """Add ledger rows to a report line (see the module docstring for the definitions)."""
    if row.kind in EARNING_KINDS:
        line.gross += row.gross
        line.fees += row.fee  # an earning recorded here carries its own fee
        line.count += row.count
        if row.kind == TransactionKind.HOURLY:
            line.minutes += row.minutes
    elif row.kind == TransactionKind.SERVICE_FEE:
        line.fees += row.fee
    elif row.kind in COST_KINDS:
        line.costs -= row.net  # money out is a negative net; a credit lowers the costs


def _is_income_related(row: _Row) -> bool:
    return row.kind in EARNING_KINDS or row.kind == TransactionKind.SERVICE_FEE


def by_month(period: Period, rows: list[_Row] | None = None) -> list[Line]:
    """One line per calendar month in the period (months without activity included)."""
    rows = _rows(period, "month") if rows is None else rows
    lines: dict[str, Line] = {}
    months = sorted(date.fromisoformat(f"{row.month}-01") for row in rows)
    first = period.start or (months[0] if months else None)
    last = period.end or (months[-1] if months else None)
    if last and last > today_utc():  # this year: no empty months from the future
        last = max([today_utc(), *months[-1:]])
    if first and last:
        month = first.replace(day=1)
        while month <= last:
            key = f"{month:%Y-%m}"
            lines[key] = Line(key, f"{month:%b %Y}")
            month = (month + timedelta(days=32)).replace(day=1)
    for row in rows:
        line = lines.setdefault(
            row.month, Line(row.month, f"{date.fromisoformat(row.month + '-01'):%b %Y}"))
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


def _grouped(period: Period, by: str, key_of) -> list[Line]:
    lines: dict[str, Line] = {}
    for row in _rows(period, by):
        if not _is_income_related(row):
            continue
        key, label, ref = key_of(row)
        line = lines.setdefault(key, Line(key, label, ref_id=ref))
        _apply(line, row)
    return sorted(lines.values(), key=lambda line: (-line.gross, line.label.lower()))


def by_client(period: Period) -> list[Line]:
    return _grouped(period, "client", lambda r: (
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
    return _grouped(period, "contract", contract_label)


def by_category(period: Period) -> list[Line]:
    return _grouped(period, "category", lambda r: (
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


def fees_paid(period: Period, rows: list[_Row] | None = None) -> FeesPaid:
    service = withdrawal = connects = membership = other = gross = ZERO
    for row in _rows(period) if rows is None else rows:
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


def effective_rate(period: Period, rows: list[_Row] | None = None) -> HourlyRate:
    """What an hour of hourly work really paid in the period."""
    rows = _rows(period) if rows is None else rows
    hourly_ids = {TransactionKind.HOURLY}
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


def _summary(period: Period, rows: list[_Row]) -> Summary:
    months = by_month(period, rows)
    withdrawn = -sum((r.net for r in rows if r.kind == TransactionKind.WITHDRAWAL), ZERO)
    return Summary(
        period=period, gross=sum((m.gross for m in months), ZERO),
        fees=sum((m.fees for m in months), ZERO), costs=sum((m.costs for m in months), ZERO),
        withdrawn=withdrawn, minutes=sum(m.minutes for m in months), lines=months)


def summary(period: Period) -> Summary:
    return _summary(period, _rows(period, "month"))


@dataclass(frozen=True)
class Figures:
    """Everything the Payments report and the PDF statement show for a period but the
    per-client/contract/category tables, from one pass over the ledger."""
    summary: Summary
    fees: FeesPaid
    rate: HourlyRate

    @property
    def months(self) -> list[Line]:
        return self.summary.lines


def figures(period: Period) -> Figures:
    rows = _rows(period, "month")
    return Figures(_summary(period, rows), fees_paid(period, rows), effective_rate(period, rows))


def years_with_data() -> list[int]:
    """Calendar years that have transactions, newest first (for period pickers): one look
    into the occurred_at index per year, not a pass over the ledger."""
    years: list[int] = []
    newest = fn.SUBSTR(fn.MAX(Transaction.occurred_at), 1, 4)
    query = Transaction.select(newest)
    while (found := query.scalar()) is not None:
        years.append(int(found))
        query = Transaction.select(newest).where(
            Transaction.occurred_at < datetime(int(found), 1, 1, tzinfo=UTC))
    return years
