"""Operations: one way to write, undo through Edit ▸ Undo, a refusal shown, one Changes value."""
from __future__ import annotations

from decimal import Decimal

from desktop.errors import Code
from desktop.services import jobs, payments
from desktop.services import proposals as proposal_service
from desktop.services.proposals import ProposalError
from ui.operations import Changes, Op
from ui.operations import jobs as job_ops
from ui.operations import payments as payment_ops


def _edit(window, name):
    return next(a for a in window.menus["Edit"].actions() if a.objectName() == name)


def test_edit_undo_and_redo_reach_each_areas_operation(main_window, qtbot, clock):
    window = main_window
    seen: list[Changes] = []
    window.ctx.bus.changes.connect(seen.append)
    undo, redo = _edit(window, "undoAction"), _edit(window, "redoAction")

    jobs_tab = window.tab("jobsTab")
    window.navigate("jobsTab")
    job = jobs.add_job({"title": "Power BI dashboard", "description": "Monthly sales."})
    jobs_tab.undo_stack.push(job_ops.SetStatus([job.id], "saved"))
    assert jobs.get(job.id).status == "saved"
    assert seen[-1].touches("jobs") and job.id in seen[-1].ids_in("jobs")
    undo.trigger()
    assert jobs.get(job.id).status == "new"
    redo.trigger()
    assert jobs.get(job.id).status == "saved"

    payments_tab = window.tab("paymentsTab")
    window.navigate("paymentsTab")
    tx = payments.record_earning(kind="bonus", gross=Decimal("50.00"),
                                 occurred_at=clock.now())
    payments_tab.undo_stack.push(payment_ops.delete_transactions([tx.id], "Delete 1"))
    assert payments.totals()[0] == 0
    undo.trigger()
    assert payments.totals()[0] == 1


def test_a_refused_operation_leaves_the_stack_and_is_reported(main_window):
    tab = main_window.tab("proposalsTab")
    draft = proposal_service.create_draft()
    refusals = []
    op = Op("Mark hired", lambda: proposal_service.set_status(draft.id, "hired"),
            lambda _: None, refusals.append)
    tab.undo_stack.push(op)
    assert op.failed and tab.undo_stack.count() == 0
    assert isinstance(refusals[0], ProposalError)
    assert refusals[0].code is Code.PROPOSAL_TRANSITION
    assert proposal_service.get(draft.id).status == "draft"
