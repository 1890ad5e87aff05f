"""What a ServiceError says, in the user's language: the one place ui/ turns codes into words.

The templates are declared once with their codes in models/errors.py (TEMPLATES, marked for
lupdate under the context "ServiceError"); here each is translated and its parameters are shown
in the user's language: a code parameter through its table in ui/labels.py, a number or an
amount through ui/formatting. An error from a raise site not converted to a code yet (code
``text``) is shown as written.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.errors import TEMPLATES, Code, ServiceError
from ui import formatting, labels

# parameter name -> the label table its codes are shown with
PARAM_LABELS: dict[str, dict[str, str]] = {
    "proposal_status": labels.PROPOSAL_STATUS,
    "to_proposal_status": labels.PROPOSAL_STATUS,
    "field": labels.PROPOSAL_FIELD,
    "contract_status": labels.CONTRACT_STATUS,
    "to_contract_status": labels.CONTRACT_STATUS,
}
# a status inside a sentence
LOWER_CASE = {"proposal_status", "to_proposal_status", "contract_status",
              "to_contract_status"}


def _param(name: str, value: object) -> str:
    table = PARAM_LABELS.get(name)
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
