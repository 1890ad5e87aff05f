"""What a ServiceError says, in the user's language: the one place ui/ turns codes into words.

The templates are declared once with their codes in models/errors.py (TEMPLATES, marked for
lupdate under the context "ServiceError"); here each is translated and its parameters are shown
in the user's language: a code parameter through its table in ui/labels.py, a number or an
amount through ui/formatting. An error from a raise site not converted to a code yet (code
``text``) is shown as written.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.errors import TEMPLATES, Code, ServiceError, error_from_data
from ui import formatting, labels

if TYPE_CHECKING:  # the job readers (≈40 ms of imports) load when a file is first read
    from desktop.io.jobs import RowError
    from desktop.services.contracts import MilestoneRow

class _Stored:
    """The stored notes' templates, declared with their services (Connects, a contract's work
    log, the Payments ledger) and the plans' names: imported when a note is first shown, not
    before the window's first paint (~30 ms of imports)."""

    def __getattr__(self, name: str) -> Any:
        from desktop.services import connects, interactions, payments
        from models.rules import connects as connect_rules

        for module in (connects, interactions, payments, connect_rules):
            if hasattr(module, name):
                value = getattr(module, name)
                setattr(self, name, value)
                return value
        raise AttributeError(name)


_stored = _Stored()

# parameter name -> the label table its codes are shown with (by its name in ui.labels:
# the tables declared below ui/ are imported when first used)
PARAM_LABELS: dict[str, str] = {
    "proposal_status": "PROPOSAL_STATUS",
    "to_proposal_status": "PROPOSAL_STATUS",
    "field": "PROPOSAL_FIELD",
    "contract_status": "CONTRACT_STATUS",
    "to_contract_status": "CONTRACT_STATUS",
    "connects_reason": "CONNECTS_REASON",
    "payment_kind": "PAYMENT_KIND",
    "amount_field": "CONTRACT_AMOUNT_FIELD",
    "milestone_action": "MILESTONE_ACTION",
    "milestone_state": "MILESTONE_STATE",
    "interaction_kind": "INTERACTION_KIND",
    "template_kind": "TEMPLATE_KIND",
    "job_field": "JOB_FIELD",
    "secret": "SECRET",
    "profile_field": "PROFILE_FIELD",
    "list_kind": "PROFILE_LIST",
    "list_field": "PROFILE_LIST_FIELD",
    "record": "RECORD",
    "limit_key": "LIMIT",
    "end_reason": "END_REASON",
    "step": "SWEEP_STEP",
}
# a status inside a sentence
LOWER_CASE = {"proposal_status", "to_proposal_status", "contract_status",
              "to_contract_status", "payment_kind", "milestone_state",
              "interaction_kind"}


def _param(name: str, value: object) -> str:
    if isinstance(value, ServiceError):  # the reason behind a refusal, in the same language
        return text(value)
    if isinstance(value, list | tuple):  # several problems, in one sentence
        return "; ".join(f"({formatting.number(n)}) {_param(name, item)}"
                         for n, item in enumerate(value, 1))
    table = getattr(labels, PARAM_LABELS[name]) if name in PARAM_LABELS else None
    if table is not None and isinstance(value, str) and value in table:
        shown = labels.label(table, value)
        return shown.lower() if name in LOWER_CASE else shown
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return formatting.money(value)
    if isinstance(value, int):
        return formatting.number(value)
    if isinstance(value, datetime):
        return formatting.datetime(value)
    if isinstance(value, date):
        return formatting.date(value)
    return str(value)


def text(error: ServiceError | OSError | str) -> str:
    """The error's sentence, translated, its parameters in the user's language (an OSError —
    a file that cannot be read — in the system's words)."""
    if not isinstance(error, ServiceError) or error.code is Code.TEXT:
        return str(error)
    template = QCoreApplication.translate("ServiceError", TEMPLATES[error.code])
    return template.format(**{name: _param(name, value) for name, value in error.params.items()})


def row_error(error: RowError) -> str:
    """A refused row of an import, "jobs.csv, row 4, Budget: … is not an amount of money", in
    the user's language (the field by its label when it is one of ours)."""
    translate = QCoreApplication.translate
    reason, row = text(error.reason()), formatting.number(error.row)
    if error.field:
        return translate("ServiceError", "{file}, row {row}, {field}: {reason}").format(
            file=error.file, row=row, field=_param("job_field", error.field), reason=reason)
    return translate("ServiceError", "{file}, row {row}: {reason}").format(
        file=error.file, row=row, reason=reason)


def note(text: str, code: str | None, params: dict | None) -> str:
    """A stored note in the user's language: the user's own words as written, or the code the
    service stored (desktop.services.connects.NOTE_TEMPLATES for the Connects ledger and a
    proposal's history, desktop.services.interactions.WORK_LOG_TEMPLATES for a contract's work
    log, a Payments ledger line (ledger()); context "StoredNote") translated with its
    parameters: an amount as money in its currency, a moment in local time, a "YYYY-MM" month
    by the locale's month name, a refusal in the same language. A note stored as English by
    an older version is shown as written."""
    if code and code in _stored.WORK_LOG_TEMPLATES:
        return _work_log(code, params or {})
    if code and code in _stored.LEDGER_TEMPLATES:
        return ledger(text, code, params)
    if not code or code not in _stored.NOTE_TEMPLATES:
        return text
    shown: dict[str, str] = {}
    for name, value in (params or {}).items():
        if name == "cost":
            shown[name] = formatting.money(Decimal(str(value)))
        elif name == "month":
            year, month = (int(part) for part in str(value).split("-"))
            shown[name] = QLocale().toString(QDate(year, month, 1), "MMMM yyyy")
        elif name == "plan":
            shown[name] = _stored.PLANS.get(value, value)  # a product name
        else:
            shown[name] = _param(name, value)
    template = QCoreApplication.translate("StoredNote", _stored.NOTE_TEMPLATES[code])
    return template.format(**shown)


def _work_log(code: str, params: dict) -> str:
    """A line of a contract's work log (models.contracts.WorkLogCode has its parameters)."""
    translate = QCoreApplication.translate
    currency = str(params.get("currency") or "USD")
    shown: dict[str, str] = {}
    for name, value in params.items():
        if name in ("amount", "remainder"):
            shown[name] = formatting.money(Decimal(str(value)), currency)
        elif name == "percent":
            percent = Decimal(str(value))
            shown[name] = formatting.number(percent, max(0, -percent.normalize().as_tuple()
                                                          .exponent))
        elif name == "approves_at":
            shown[name] = formatting.datetime(datetime.fromisoformat(str(value)))
        elif name == "proposal_sent":
            sent = formatting.to_local(datetime.fromisoformat(str(value)))
            shown[name] = formatting.date(sent.date().toPython(), long=True)
        elif name in ("first_day", "last_day"):
            shown[name] = formatting.date(date.fromisoformat(str(value)), long=True)
        elif name == "problem":
            shown[name] = (text(error_from_data(value)) if isinstance(value, dict)
                           and "code" in value else str((value or {}).get("text", "")))
        elif name in ("milestone", "words"):
            shown[name] = str(value)  # the user's own words
        else:
            shown[name] = _param(name, value)
    if params.get("remainder_of") is not None:  # the milestone holding an earlier one's rest
        shown["milestone"] = translate("StoredNote", _stored.LEDGER_REMAINDER_OF).format(
            milestone=params["remainder_of"])
    line = translate("StoredNote", _stored.WORK_LOG_TEMPLATES[code]).format_map(_Blank(shown))
    if shown.get("proposal_sent"):
        line = translate("StoredNote", _stored.WORK_LOG_PROPOSAL_SENT).format(
            line=line, day=shown["proposal_sent"])
    if shown.get("end_reason"):
        line = translate("StoredNote", _stored.WORK_LOG_REASON).format(line=line,
                                                                reason=shown["end_reason"])
    if shown.get("remainder"):
        line = translate("StoredNote", _stored.WORK_LOG_REMAINDER).format(
            line=line, remainder=shown["remainder"])
    if shown.get("words"):
        line = translate("StoredNote", _stored.WORK_LOG_WORDS).format(line=line,
                                                                     words=shown["words"])
    return line


def ledger(description: str, code: str | None, params: dict | None) -> str:
    """A Payments ledger line in the user's language: the code the service stored
    (desktop.services.payments.LEDGER_TEMPLATES, context "StoredNote"; models.payments.LedgerCode
    has its parameters) translated, with the user's own words (a contract's title, a milestone,
    a method's name, a note) as written; a description the user typed or a statement's text as
    written."""
    if not code or code not in _stored.LEDGER_TEMPLATES:
        return description
    translate = QCoreApplication.translate
    params = params or {}
    shown: dict[str, str] = {}
    for name, value in params.items():
        if name in ("minutes", "count"):
            shown[name] = formatting.number(int(value))
        elif name == "method_kind":
            shown[name] = labels.label(labels.PAYMENT_METHOD, str(value))
        else:
            shown[name] = str(value)  # the user's words; ``week`` as an ISO day, as before
    if code == _stored.LedgerCode.HOURLY_WEEK:
        minutes = int(params.get("minutes") or 0)
        shown["hours"] = f"{minutes // 60}:{minutes % 60:02d}"  # as the work diary shows it
    if code == _stored.LedgerCode.MILESTONE and params.get("remainder_of") is not None:
        shown["milestone"] = translate("StoredNote", _stored.LEDGER_REMAINDER_OF).format(
            milestone=shown["remainder_of"])
    line = translate("StoredNote", _stored.LEDGER_TEMPLATES[code]).format_map(_Blank(shown))
    if code == _stored.LedgerCode.MILESTONE:
        line = line.strip(": ")  # no milestone name: the contract's title alone
    if code == _stored.LedgerCode.WITHDRAWAL and params.get("last4"):
        line = f"{line} •••• {params['last4']}"
    if shown.get("words"):
        line = translate("StoredNote", _stored.LEDGER_WORDS).format(line=line,
                                                                   words=shown["words"])
    return line


def milestone(row: MilestoneRow) -> str:
    """A milestone's name in the user's language: its description (the user's words), or for
    the one holding what an earlier milestone did not release, "Remainder of “…”" translated
    (its stored description is that English)."""
    if row.remainder_of is None:
        return row.description
    return QCoreApplication.translate("StoredNote", _stored.LEDGER_REMAINDER_OF).format(
        milestone=row.remainder_of)


def ledger_codes(word: str) -> tuple[str, ...]:
    """The ledger codes whose line, in the user's language, holds ``word`` (apart from its
    parameters): what the ledger's search also matches, since the database holds the English."""
    folded = word.casefold()
    return tuple(str(code) for code, template in _stored.LEDGER_TEMPLATES.items()
                 if folded in translate_words(template).casefold())


def translate_words(template: str) -> str:
    """A StoredNote template translated, without its {placeholders}."""
    return re.sub(r"\{\w+\}", " ", QCoreApplication.translate("StoredNote", template))


class _Blank(dict):
    """Template values; a parameter a line lacks shows as nothing rather than failing."""

    def __missing__(self, key: str) -> str:
        return ""
