"""Insights operations (Edit ▸ Undo on the Insights tab): add a skill the skills gap found to the
profile, plan a withdrawal and drop a planned one (Cash flow)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.services import planned_withdrawals
from desktop.services import profile as profile_service
from ui.operations import Op, Report

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")


def AddSkill(skill: str, on_error: Report | None = None) -> Op:
    """Add `skill` to the general profile; undo puts the skill list back as it was."""
    def do() -> tuple[int, list[str]]:
        profile = profile_service.general_profile()
        before = profile_service.skills(profile.id)
        profile_service.set_skills(profile.id, [*before, skill])
        return profile.id, before

    def undo(state: tuple[int, list[str]]) -> None:
        profile_service.set_skills(*state)

    return Op(translate("InsightsCommands", "Add skill “{skill}”").format(skill=skill), do, undo,
              on_error)


def PlanWithdrawal(day: date, amount: Decimal, method_id: int | None, note: str = "",
                   on_error: Report | None = None) -> Op:
    return Op(translate("InsightsCommands", "Plan a withdrawal"),
              lambda: planned_withdrawals.plan(day=day, amount=amount, method_id=method_id,
                                               note=note).id,
              planned_withdrawals.remove, on_error)


def RemovePlannedWithdrawal(plan_id: int, on_error: Report | None = None) -> Op:
    return Op(translate("InsightsCommands", "Remove planned withdrawal"),
              lambda: planned_withdrawals.remove(plan_id), planned_withdrawals.restore, on_error)
