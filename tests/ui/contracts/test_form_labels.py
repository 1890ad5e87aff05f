"""Form labels in the contract dialogs: an "&" marks a shortcut key, never shows as text."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from ui.contracts.dialogs import ContractDialog, EntryDialog, MilestoneDialog


def form_labels(dialog) -> list[QLabel]:
    found = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                found.append(item.widget())
    return found


@pytest.mark.parametrize("make", [lambda: ContractDialog(lambda v: None),
                                  lambda: EntryDialog(lambda v: None),
                                  lambda: MilestoneDialog(lambda v: None)],
                         ids=["contract", "entry", "milestone"])
def test_every_mnemonic_label_has_a_field_to_jump_to(data_dir, qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    labels = form_labels(dialog)
    marked = [label for label in labels if "&" in label.text().replace("&&", "")]
    assert marked  # the dialogs do use mnemonics
    assert [label.text() for label in marked if label.buddy() is None] == []


def test_the_length_and_due_labels_focus_their_fields(data_dir, qtbot):
    entry = EntryDialog(lambda v: None)
    qtbot.addWidget(entry)
    length = next(lb for lb in form_labels(entry) if lb.text() == "&Length")
    assert length.buddy() is entry.hours_edit
    milestone = MilestoneDialog(lambda v: None)
    qtbot.addWidget(milestone)
    due = next(lb for lb in form_labels(milestone) if lb.text() == "D&ue")
    assert due.buddy() is milestone.due_check
