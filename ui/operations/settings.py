"""Preference operations: one setting stored, the membership plan, a notification switch.

Every setting is declared once, with its type and default, in desktop/services/settings.py
(`OPTIONS`); `put_setting` stores one of them. These are not undone through Edit ▸ Undo: a
preference is changed back where it was changed (a Settings page, a context menu), and the
control shows what is stored. A refusal (ServiceError, e.g. a plan the rules do not know) is
shown translated, or given to `on_refused` so the control can show the stored value again; an
undeclared key or a value of the wrong type is a bug and reaches the crash handler.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import settings
from ui.operations import Report, run_op

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")
Done = Callable[[Any], None]


def _title() -> str:
    return translate("SettingsDialog", "Settings")  # the title of a refusal's message


def put_setting(parent: QWidget, key: str, value: Any, *, on_done: Done | None = None,
                on_refused: Report | None = None) -> None:
    """Store the preference `key` (declared in desktop/services/settings.py)."""
    run_op(parent, _title(), lambda: settings.put(key, value), on_done=on_done,
           on_refused=on_refused)


def set_plan(parent: QWidget, code: str, *, on_done: Done | None = None,
             on_refused: Report | None = None) -> None:
    """The Upwork membership plan (monthly Connects; models.rules.connects.PLANS)."""
    from desktop.services import connects  # not before the first paint (the spell-checker
    # stores its words through put_setting; connects and notices import most services)

    run_op(parent, _title(), lambda: connects.set_plan(code), on_done=on_done,
           on_refused=on_refused)


def set_notice_enabled(parent: QWidget, kind: str, on: bool, *,
                       on_done: Done | None = None) -> None:
    """Switch one kind of desktop notification (desktop/services/notices.KINDS) on or off."""
    from desktop.services import notices

    run_op(parent, _title(), lambda: notices.set_enabled(kind, on), on_done=on_done)
