"""The one error family every service raises: ``ServiceError(code, **params)``.

Declared in models/errors.py (pure rules raise it too; models/ cannot import desktop/); this is
the name services, io, the CLI and the UI import. A ServiceError is a refusal the user can act
on — the UI shows it translated through ui/messages.py, the CLI prints ``str(error)`` (English).
Anything else that escapes a service is a bug and reaches the crash handler.
"""
from __future__ import annotations

from models.errors import (
    RECORD_LABELS,
    TEMPLATES,
    Code,
    EditConflictError,
    ServiceError,
    WorkspaceOfflineError,
    english_labels,
    error_data,
    error_from_data,
)

__all__ = ["RECORD_LABELS", "TEMPLATES", "Code", "EditConflictError", "ServiceError",
           "WorkspaceOfflineError", "english_labels", "error_data", "error_from_data"]
