"""The proposals list: an id-based table model (ui.widgets.table_model), rows fetched a page at
a time, SQL sorting."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop import clock
from desktop.services import proposals as service
from desktop.services.proposals import BidType, FixedMode
from ui import formatting, labels
from ui.proposals.common import STATUS_TONES
from ui.widgets.table_model import Column, IdTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
PAGE = 100


def bid_text(row: service.Row) -> str:
    """$45.00/h, $450.00 (a milestone bid: what its milestones add up to), or "milestones"
    while they have no amounts yet."""
    if row.bid is None:
        return translate("ProposalListModel", "milestones") \
            if row.bid_type == BidType.FIXED and row.fixed_mode == FixedMode.MILESTONES else ""
    text = formatting.money(row.bid, row.currency)
    return translate("ProposalListModel", "{amount}/h").format(amount=text) \
        if row.bid_type == BidType.HOURLY else text


def _due(row: service.Row) -> bool:
    return row.follow_up_on is not None and row.follow_up_on <= clock.local_today() and \
        row.status not in (*service.CLOSED_STATUSES, "hired")


def _updated(row: service.Row) -> str:
    local = formatting.to_local(row.updated_at)
    if local.date() == formatting.today_local():
        return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    return formatting.date(local.date().toPython())


def _title_tip(row: service.Row) -> str:
    lines = [row.title]
    if row.client:
        lines.append(translate("ProposalListModel", "Client: {name}").format(name=row.client))
    lines.append(translate("ProposalListModel", "{chars} characters · changed {when}").format(
        chars=formatting.number(row.chars), when=formatting.datetime(row.updated_at)))
    return "\n".join(lines)


class ProposalListModel(IdTableModel[service.Row]):
    """Proposal ids filtered and sorted in SQL; rows a page at a time."""

    columns = (
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Proposal"),
               lambda r: ("✉ " if r.is_invitation else "") + r.title, sort="title",
               tooltip=_title_tip),
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Client"), lambda r: r.client,
               sort="client"),
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Status"),
               lambda r: labels.label(labels.PROPOSAL_STATUS, r.status), sort="status",
               tone=lambda r: STATUS_TONES.get(r.status, "muted"), bold=lambda r: True),
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Bid"), bid_text, sort="bid", right=True),
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Follow up"),
               lambda r: formatting.date(r.follow_up_on) if r.follow_up_on else "",
               sort="follow_up",
               tooltip=lambda r: translate("ProposalListModel", "Follow-up due")
               if _due(r) else None,
               tone=lambda r: "warning" if _due(r) else None, bold=_due),
        Column(QT_TRANSLATE_NOOP("ProposalListModel", "Updated"), _updated, sort="updated"))
    PAGE = PAGE

    def __init__(self, parent=None):
        super().__init__(parent)
        self.filter_key = "active"
        self.search = ""
        self.sort_key = "updated"
        self.descending = True

    def set_filter(self, filter_key: str, search: str) -> None:
        self.filter_key, self.search = filter_key, search
        self.reload()

    def load_ids(self) -> list[int]:
        return service.query_ids(filter_key=self.filter_key, search=self.search,
                                 sort=self.sort_key or "updated", descending=self.descending)

    def load_rows(self, ids: list[int]) -> dict[int, service.Row] | None:
        return service.rows(ids)
