"""Real refusals from the services reach a Hindi-speaking user in Hindi, with their parameters.

Each refusal is triggered through the service a window calls (import an archive, restore a
backup with a passphrase that does not open it, add a 16th skill), and the sentence the window
would show (ui/messages.text) is checked under the Hindi translation: Devanagari, no English
word left from the template, and the parameter (a file name, a rule's number) in it.
"""
from __future__ import annotations

import re
import zipfile

import pytest

from desktop import runtime, security
from desktop.errors import Code, ServiceError
from desktop.services import archive, backup
from desktop.services import profile as profile_service
from models.rules.limits import limit
from ui import formatting, i18n, messages

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def english_words(text: str, *params: str) -> list[str]:
    """Latin words left in `text` once the parameters and the product name are taken out."""
    for value in (*params, "Freelance Desk"):
        text = text.replace(value, " ")
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.fixture
def hindi(qapp):
    i18n.install("hi")
    yield
    i18n.install("en")


def test_a_bad_archive_a_wrong_passphrase_and_a_profile_limit_are_refused_in_hindi(
        data_dir, tmp_path, monkeypatch, hindi):
    # 1. Import all from a zip that is not an export
    bad = tmp_path / "holiday-photos.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("beach.jpg", b"not a document")
    with pytest.raises(archive.ArchiveError) as refused:
        archive.import_all(data_dir, bad)
    assert refused.value.code is Code.ARCHIVE_NO_DOCUMENT
    assert "not a Freelance Desk export" in str(refused.value)  # the CLI and the log: English
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and "holiday-photos.zip" in said
    assert english_words(said, "holiday-photos.zip", archive.DOCUMENT) == [], said

    # 2. Restore a backup made with another key, typing a passphrase that does not open it
    foreign = tmp_path / "from-the-old-laptop.sqlite3"
    conn = security.connect(foreign, security.secret_to_key("the old laptop's passphrase"))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    asked: list[str] = []
    monkeypatch.setattr(security, "prompt",
                        lambda paths, reason: asked.append(messages.text(reason)) or "wrong one")
    runtime.close()
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(data_dir, foreign)
    assert refused.value.code is Code.BACKUP_CANNOT_RESTORE
    assert refused.value.params["reason"].code is Code.BACKUP_KEY_UNAVAILABLE
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and said.count(foreign.name) == 2, said  # and its reason
    assert english_words(said, foreign.name) == [], said
    assert len(asked) == 3 and all(DEVANAGARI.search(q) for q in asked), asked
    assert foreign.name in asked[0] and english_words(asked[0], foreign.name) == []
    assert asked[1] == asked[2] and english_words(asked[1]) == [], asked
    runtime.open_data_dir(data_dir.data_dir)

    # 3. A 16th skill: the limit is the rule's (models.rules.limits), not a literal
    pid = profile_service.general_profile().id
    most = int(limit("profile_skills"))
    with pytest.raises(profile_service.ProfileError) as refused:
        profile_service.set_skills(pid, [f"Skill {n}" for n in range(most + 1)])
    assert refused.value.code is Code.PROFILE_TOO_MANY
    assert refused.value.params == {"profile_field": "skills", "max": most, "n": most + 1}
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and "स्किल्स" in said, said
    assert formatting.number(most) in said and formatting.number(most + 1) in said
    assert english_words(said) == [], said


def test_every_service_template_has_a_hindi_translation_with_no_template_words_left(hindi):
    """Not one template falls back to English: each translated sentence differs from the
    English one (a template made only of parameters, like "{name}: {problem}", aside)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.errors import TEMPLATES

    for code, template in TEMPLATES.items():
        words = english_words(re.sub(r"\{[^}]*\}", " ", template))
        if code is Code.TEXT or not words:
            continue
        hindi = QCoreApplication.translate("ServiceError", template)
        assert hindi != template and DEVANAGARI.search(hindi), (code, template)


def test_the_progress_lines_of_a_backup_and_an_export_are_hindi(data_dir, tmp_path, hindi):
    """What the progress dialog shows (ui/tasks translates the services' marked lines)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.progress import Progress

    seen: list[str] = []
    progress = Progress(lambda done, total, text: seen.append(text))
    backup.backup_now(data_dir, progress=progress)
    archive.export_all(data_dir, tmp_path / "all.zip", progress=progress)
    assert {"Copying the database…", "Verifying the backup…"} <= set(seen)
    shown = {QCoreApplication.translate("Progress", text) for text in seen if text}
    assert all(DEVANAGARI.search(line) and not english_words(line) for line in shown), shown


def test_what_a_bad_backup_a_failed_feed_and_an_import_say_is_hindi(data_dir, tmp_path, hindi):
    """Sentences the services used to build in English: why a file is not a good backup
    (security.verify_file), why a feed failed (kept in Feed.last_error), what an import did."""
    import socket
    import sqlite3

    from PySide6.QtWidgets import QLabel

    from desktop.services import feeds, jobs
    from ui.jobs.dialogs import FeedsDialog, SummaryDialog

    # 1. Restore from a SQLite file that is not ours: the problem found is a code too
    other = tmp_path / "recipes.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipe (name TEXT)")
    conn.commit()
    conn.close()
    runtime.close()
    with pytest.raises(backup.BackupError) as refused:
        backup.restore(data_dir, other)
    runtime.open_data_dir(data_dir.data_dir)
    assert refused.value.code is Code.BACKUP_NOT_GOOD
    assert [p.code for p in refused.value.params["problems"]] == [Code.VERIFY_NOT_OURS]
    assert "not a Freelance Desk database" in str(refused.value)  # the CLI: English
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and other.name in said, said
    assert english_words(said, other.name) == [], said

    # 2. A feed whose server refuses: the Feeds dialog says why in Hindi, from the stored code
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    feeds.add_feed(f"http://127.0.0.1:{port}/jobs.rss", "Local")
    assert feeds.refresh_feeds(timeout=2).offline
    dialog = FeedsDialog()
    dialog.reload()
    said = dialog.table.item(0, 3).text()
    assert DEVANAGARI.search(said) and f"127.0.0.1:{port}" in said, said
    assert english_words(said, f"127.0.0.1:{port}") == [], said
    dialog.deleteLater()

    # 3. An import's summary, a line per file and the total
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Title,Description\nData pipeline,Build an ETL job\n")
    second.write_text("Title,Description\nDashboard,Power BI report\nData pipeline,"
                      "Build an ETL job\n")
    summary = jobs.import_files([first, second], skip_bad=True)
    shown = SummaryDialog(summary)
    said = shown.findChild(QLabel, "summaryPerFile").text()
    assert said.count("<br>") == 2 and DEVANAGARI.search(said), said
    assert english_words(said.replace("<br>", " "), "first.csv", "second.csv") == [], said


def test_a_proposal_not_ready_to_send_is_explained_in_hindi(data_dir, hindi):
    """What the editor lists before sending (proposals.check) and the refusal to submit."""
    from desktop.services import proposals

    draft = proposals.create_draft()
    proposals.update(draft.id, rate="2.50")
    problems = proposals.check(draft.id)
    assert {p.error.code for p in problems} == {Code.CHECK_LETTER_EMPTY, Code.CHECK_RATE_MIN}
    for problem in problems:
        said = messages.text(problem.error)
        assert DEVANAGARI.search(said) and english_words(said) == [], said
    with pytest.raises(proposals.ProposalError) as refused:
        proposals.submit(draft.id)
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and formatting.money(3) in said, said
    assert english_words(said) == [], said


def test_a_job_file_that_cannot_be_imported_is_refused_in_hindi(data_dir, tmp_path, hindi):
    """The import dialog's problems with whole files (desktop/io/jobs), before any row."""
    from ui.jobs.dialogs import ImportDialog

    empty, binary = tmp_path / "notes.csv", tmp_path / "photo.dat"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02\x03binary" * 64)
    dialog = ImportDialog([str(empty), str(binary)])
    assert set(dialog.problems) == {str(empty), str(binary)}
    for path in (empty, binary):
        said = dialog.problems[str(path)]
        assert DEVANAGARI.search(said) and path.name in said, said
        assert english_words(said, path.name) == [], said
    dialog.deleteLater()


def test_data_a_newer_version_wrote_is_refused_at_start_in_hindi(data_dir, hindi):
    """What the cannot-open dialog says when the database is from a newer version."""
    from desktop import runtime as rt
    from models import db as dbmod

    rt.close()
    key = rt.database_passphrase(data_dir)
    conn = security.connect(data_dir.database, key)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    with pytest.raises(rt.DatabaseError) as refused:
        rt.open_data_dir(data_dir.data_dir)
    assert isinstance(refused.value, dbmod.SchemaTooNewError)
    assert refused.value.code is Code.SCHEMA_TOO_NEW and "999" in str(refused.value)
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and formatting.number(999) in said, said
    assert english_words(said) == [], said
    conn = security.connect(data_dir.database, key)
    conn.execute(f"PRAGMA user_version = {dbmod.latest_version()}")
    conn.commit()
    conn.close()
    rt.open_data_dir(data_dir.data_dir)


def test_the_withdrawal_method_chooser_names_the_kind_in_hindi(data_dir, hindi):
    """withdrawals.label is the CLI's English; the window's choosers translate the kind."""
    from PySide6.QtWidgets import QComboBox

    from desktop.services import withdrawals
    from ui.payments.dialogs import WithdrawalDialog

    withdrawals.add_method(name="HDFC", kind="local_bank", currency="INR")
    dialog = WithdrawalDialog()
    shown = dialog.findChild(QComboBox, "methodCombo").itemText(0)
    assert shown.startswith("HDFC (") and DEVANAGARI.search(shown), shown
    assert english_words(shown, "HDFC") == [], shown
    dialog.deleteLater()


def test_a_statement_that_cannot_be_imported_says_why_in_hindi(data_dir, tmp_path, hindi):
    """The import preview a bad Upwork statement opens (plan_import, the window's path): the
    refusal and every problem and warning, each reason a code the parser gave, in Hindi; only
    the file's own words (names, columns, cells) stay as written. The CLI keeps English."""
    import html
    import shutil

    from PySide6.QtWidgets import QLabel

    from desktop.io.statements import LEGACY_HEADER
    from desktop.services import statement_import as importer
    from tests.unit.io.test_statements import FIXTURES
    from ui.payments.dialogs import ImportPreviewDialog

    bad = tmp_path / "march.csv"
    shutil.copy(FIXTURES / "bad_rows.csv", bad)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("Name,Email\nAna,ana@example.com\n")
    plan = importer.plan_import([bad, contacts])
    assert [e.code for e in plan.errors] == [
        Code.STATEMENT_BAD_DATE, Code.NOT_AN_AMOUNT, Code.STATEMENT_REF_EMPTY,
        Code.STATEMENT_REF_TWICE, Code.STATEMENT_REF_SCIENTIFIC, Code.STATEMENT_FIELD_COUNT,
        Code.STATEMENT_NEITHER]
    refusal = plan.refusal()
    assert "line 4, Amount: not an amount of money: '12.3.4'" in str(refusal)  # the CLI
    file_words = ("march.csv", "contacts.csv", "Upwork", "'31-Feb-20'", "'12.3.4'",
                  "'2.89613E+08'", "'Crypto Reward'", "['Name', 'Email']",
                  "Date,Transaction ID,Transaction Type", "Date,Ref ID,Type",
                  "Date,Contract,Hours,Amount,Payment type", *LEGACY_HEADER)

    dialog = ImportPreviewDialog(plan)
    headline = html.unescape(re.sub(r"<[^>]+>", " ",
                                    dialog.findChild(QLabel, "importHeadline").text()))
    details = dialog.details.toPlainText().splitlines()
    formats = [dialog.table.item(row, 1).text() for row in range(2)]
    assert all(DEVANAGARI.search(f) and not english_words(f) for f in formats), formats
    dialog.deleteLater()
    assert len(details) == 7 + 1, details  # every problem, and the unknown type's warning
    assert "'12.3.4'" in details[1] and "march.csv" in details[1]
    assert "'Crypto Reward'" in details[-1]
    for said in (headline, *details):
        assert DEVANAGARI.search(said), said
        assert english_words(said, *file_words) == [], said


def test_a_contracts_work_log_reads_in_hindi_with_its_amounts_and_names(data_dir, qtbot, hindi):
    """The lines the contracts service writes in a contract's work log (created, fee, funded,
    submitted, changes asked, approved with a remainder, bonus, refund, paused, ended) are kept
    as codes with parameters and shown in Hindi in the Contracts tab's work log, the amounts as
    money in the user's locale; what the user typed, and a line an older version wrote in
    English, stay as written."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from desktop.services import contracts, interactions
    from models.contracts import Interaction
    from ui.widgets.conversation import ConversationWidget

    def at(day: int, hour: int = 9) -> datetime:
        return datetime(2026, 3, day, hour, tzinfo=UTC)

    deal = contracts.create(title="Brand kit", contract_type="fixed", client_name="Asha",
                            start_at=at(2), now=at(2))
    logo = contracts.add_milestone(deal.id, description="Logo design", amount="1250",
                                   now=at(2))
    contracts.set_fee_percent(deal.id, "7.5", now=at(2, 10))
    contracts.fund_milestone(logo.id, now=at(3))
    contracts.submit_milestone(logo.id, note="v1 attached", now=at(4))
    contracts.request_changes(logo.id, note="bolder type", now=at(5))
    contracts.submit_milestone(logo.id, now=at(6))
    contracts.approve_milestone(logo.id, amount="1000", now=at(7))
    contracts.pay_bonus(deal.id, amount="150", note="great work", now=at(8))
    contracts.refund(deal.id, amount="40.5", reason="late delivery", now=at(9))
    contracts.pause(deal.id, now=at(10))
    contracts.resume(deal.id, now=at(11))
    interactions.add(contract_id=deal.id, kind="note", body="Call Asha on Friday", at=at(12))
    Interaction.create(contract=deal.id, client=deal.client_id, kind="note", at=at(13),
                       body="Contract added by hand")  # an older version's English line
    contracts.end(deal.id, reason="completed", details="logo handed over", now=at(14))

    stored = [(row.body, row.note_code, row.note_params) for row in
              map(interactions.get, interactions.ids_for(contract_id=deal.id))]
    assert stored[0] == ("", "contract.added_by_hand", {})
    assert ("", "contract.milestone_funded", {"milestone": "Logo design", "amount": "1250.00",
                                              "currency": "USD"}) in stored
    assert ("", "contract.work_submitted", {
        "milestone": "Logo design", "approves_at": "2026-03-18T09:00:00+00:00",
        "words": "v1 attached"}) in stored
    assert ("", "contract.client_approved", {
        "milestone": "Logo design", "amount": "1000.00", "remainder": "250.00",
        "currency": "USD"}) in stored
    assert ("", "contract.refunded", {"amount": "40.50", "currency": "USD",
                                      "words": "late delivery"}) in stored

    widget = ConversationWidget(parent=None)
    qtbot.addWidget(widget)
    widget.set_owner(contract_id=deal.id)
    model = widget.model
    lines = [model.data(model.index(row)).partition("\n")[2] for row in range(model.rowCount())]
    assert len(lines) == 14, lines
    # the user's words, and the moments as ui/formatting writes them in the locale
    approves = [formatting.datetime(datetime(2026, 3, day, 9, tzinfo=UTC)) for day in (18, 20)]
    user_words = ("Logo design", "v1 attached", "bolder type", "great work", "late delivery",
                  "logo handed over", *approves)
    for line in (*lines[:11], lines[-1]):
        assert DEVANAGARI.search(line) and english_words(line, *user_words) == [], line
    money = {amount: formatting.money(Decimal(amount))
             for amount in ("1250", "1000", "250", "150", "40.50")}
    assert any("Logo design" in line and money["1250"] in line for line in lines), lines
    assert any(money["1000"] in line and money["250"] in line for line in lines), lines
    assert any(money["150"] in line and "great work" in line for line in lines), lines
    assert any(money["40.50"] in line and "late delivery" in line for line in lines), lines
    assert any(formatting.number(Decimal("7.5"), 1) in line for line in lines), lines
    assert [sum(moment in line for line in lines) for moment in approves] == [1, 1], lines
    assert lines[11:13] == ["Call Asha on Friday", "Contract added by hand"]
    assert "काम पूरा हुआ" in lines[-1] and "logo handed over" in lines[-1], lines[-1]

    # made from a hired proposal, or by a statement import: said with its days, in Hindi
    from datetime import date

    from models.proposals import Proposal

    hired = Proposal.create(title="Audit", bid_type="hourly", rate=Decimal("40"),
                            status="hired", submitted_at=at(1))
    widget.set_owner(contract_id=contracts.create_from_proposal(hired.id, now=at(2)).id)
    made = model.data(model.index(0)).partition("\n")[2]
    sent = formatting.date(date(2026, 3, 1), long=True)
    assert sent in made and DEVANAGARI.search(made), made
    assert english_words(made, sent) == [], made
    imported = messages.note("", "contract.added_by_import", {
        "file": "statement.csv", "first_day": "2024-06-03", "last_day": "2024-06-07"})
    days = [formatting.date(date(2024, 6, d), long=True) for d in (3, 7)]
    assert all(day in imported for day in days), imported
    assert english_words(imported, "statement.csv", *days) == [], imported


def test_a_contract_the_sweep_could_not_process_is_flagged_in_hindi(data_dir, qtbot, hindi):
    """A fee saved before the 0–15% check stops the automatic approval; the flag in the work
    log names the step and the refusal, both in Hindi, once however often the sweep runs."""
    from datetime import UTC, datetime

    from desktop.services import contracts
    from models.contracts import Contract
    from ui.widgets.conversation import ConversationWidget

    start = datetime(2025, 3, 3, tzinfo=UTC)
    old = contracts.create(title="Old record", contract_type="fixed", start_at=start, now=start)
    Contract.update(fee_percent="20").where(Contract.id == old.id).execute()
    phase = contracts.add_milestone(old.id, description="Phase 1", amount="500", now=start)
    contracts.fund_milestone(phase.id, now=start)
    contracts.submit_milestone(phase.id, now=datetime(2025, 3, 4, tzinfo=UTC))
    for day in (25, 26):
        assert contracts.process_due(now=datetime(2025, 3, day, tzinfo=UTC)).failed
    widget = ConversationWidget(parent=None)
    qtbot.addWidget(widget)
    widget.set_owner(contract_id=old.id)
    lines = [widget.model.data(widget.model.index(row)).partition("\n")[2]
             for row in range(widget.model.rowCount())]
    flag = lines[-1]
    assert len(lines) == 4 and "अपने-आप मंज़ूरी" in flag, lines  # added, funded, sent, flag
    assert "20%" in flag and english_words(flag, "Phase 1") == [], flag


def test_a_column_mapping_and_a_marketplace_limit_are_refused_in_hindi(tmp_path, hindi):
    """A job file whose mapping reads no column as title or description (what the mapping
    dialog and the import say), and a rate under the dated minimum (models.rules.limits.check,
    the figure from the rule)."""
    from decimal import Decimal

    from desktop.io.jobs import ImportFileError, read_csv
    from models.rules.limits import check

    sheet = tmp_path / "leads.csv"
    sheet.write_text("Headline,Pay\nLogo,50\n")
    with pytest.raises(ImportFileError) as refused:
        list(read_csv(sheet, mapping={"Headline": None, "Pay": "budget"}))
    assert refused.value.params["reason"].code is Code.MAPPING_NO_TITLE
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and english_words(said, "leads.csv") == [], said

    low = check("hourly_rate_min", Decimal("2.99"))
    said = messages.text(low)
    assert formatting.money(limit("hourly_rate_min")) in said, said
    assert DEVANAGARI.search(said) and english_words(said) == [], said


def test_a_broken_ledger_rule_is_named_in_hindi(data_dir, hindi):
    """What `check` and Import All find when a money row's net + fee is not its gross
    (services/validation.invariant_problems, shown in an archive refusal): the table, row and
    field as stored, the rule in Hindi."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from desktop.services import system
    from models import db as dbmod
    from models.payments import Transaction

    row = Transaction.create(kind="fixed_price", status="available", gross=Decimal("100"),
                             fee=Decimal("10"), net=Decimal("90"), source="manual",
                             occurred_at=datetime(2025, 3, 17, 12, tzinfo=UTC))
    dbmod.database.execute_sql(f"UPDATE money_transaction SET fee_cents = 1 WHERE id = {row.id}")
    [problem] = system.check().problems
    assert problem.code is Code.DATA_CHECK_VALUE
    assert problem.params["problem"].code is Code.DATA_NET_FEE_GROSS
    said = messages.text(problem)
    assert DEVANAGARI.search(said) and formatting.number(9000) in said, said
    assert english_words(said, "money_transaction", "fee_cents") == [], said


def test_a_refund_larger_than_the_clients_billings_is_refused_in_hindi(data_dir, hindi):
    """Recording a refund the fee rules cannot place (models/rules/fees: more than the client
    was ever billed): the amounts as money, the rule in Hindi."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from desktop.services import clients, payments

    client = clients.get_or_create("Harbor Analytics")
    payments.record_earning(kind="fixed_price", gross=Decimal("600"), client_id=client.id,
                            occurred_at=datetime(2019, 5, 1, 12, tzinfo=UTC))
    with pytest.raises(payments.PaymentError) as refused:
        payments.record_earning(kind="refund", gross=Decimal("-9000"), client_id=client.id,
                                occurred_at=datetime(2019, 6, 1, 12, tzinfo=UTC))
    assert refused.value.code is Code.FEE_REFUND_OVER_BILLINGS
    assert "exceeds lifetime billings of $600.00" in str(refused.value)  # the CLI's English
    said = messages.text(refused.value)
    assert formatting.money(Decimal("9000")) in said and formatting.money(Decimal("600")) in said
    assert DEVANAGARI.search(said) and english_words(said) == [], said


def test_the_earning_dialog_says_the_fee_rule_and_a_bad_amount_in_hindi(data_dir, hindi):
    """The fee preview's rule line (was models.rules.fees.describe_regime's English) and an
    amount the strict reader refuses (desktop/io/statements.parse_amount, now a code)."""
    from datetime import date

    from ui.payments import dialogs

    dialog = dialogs.EarningDialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed_price"))
    dialog.when.setDate(date(2024, 3, 20))
    dialog.amount.setText("100")
    shown = re.sub(r"<[^>]+>", " ", dialog.preview.text())
    assert DEVANAGARI.search(shown) and english_words(shown, "Upwork") == [], shown
    with pytest.raises(ServiceError) as refused:
        dialogs._money_or_none("12.3.4")
    said = messages.text(refused.value)
    assert "'12.3.4'" in said and DEVANAGARI.search(said), said
    assert english_words(said, "'12.3.4'") == [], said
    dialog.deleteLater()


def test_a_query_while_the_data_is_restored_is_refused_in_hindi(data_dir, hindi):
    """While a restore (or encrypt, decrypt) swaps the database file, a query is refused with a
    code the window says in Hindi — a refusal, not a bug for the crash dialog; the log keeps
    the English."""
    from desktop import datalock, runtime
    from models.clients import Client
    from ui.tasks import TaskError

    runtime.close()
    datalock.refuse_queries()
    try:
        with pytest.raises(datalock.DataReplacingError) as refused:
            Client.select().count()
    finally:
        runtime.open_data_dir(data_dir.data_dir)
    assert "being restored" in str(refused.value)
    said = messages.text(refused.value)
    assert DEVANAGARI.search(said) and english_words(said) == [], said
    error = TaskError(refused.value, "")
    assert (error.bug, error.text) == (False, said)


def test_the_report_period_is_read_whole_in_hindi(main_window, qtbot, hindi):
    """The Reports page's period chooser is filled by the first refresh, after the page is shown;
    it used to keep the width it had empty, and Hindi read "शुरू से अ…"."""
    main_window.resize(1280, 800)
    main_window.show()
    main_window.navigate("paymentsTab")
    tab = main_window.tab("paymentsTab")
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not tab.busy() and tab.report_period.count() > 0)
    combo = tab.report_period
    assert combo.currentText() == "शुरू से अब तक"
    option_text = combo.fontMetrics().horizontalAdvance(combo.currentText())
    qtbot.waitUntil(lambda: combo.width() >= combo.sizeHint().width())
    assert combo.width() - option_text >= 24, (combo.width(), option_text)  # text + arrow


def test_the_profiles_availability_and_its_name_are_hindi(data_dir, qtbot, hindi):
    """The availability choices and the general profile's name came from the service's English
    (the CLI's words); the Profile tab says them in Hindi."""
    from desktop.app import build_window
    from desktop.services import profile as service
    from desktop.services import settings as domain_settings
    from ui.profile.fields import AVAILABILITY_TEXT

    assert AVAILABILITY_TEXT == service.AVAILABILITY  # the mirror says the service's words
    domain_settings.put("language", "hi")  # the window applies the data folder's language
    window = build_window(data_dir)
    qtbot.addWidget(window)
    window.navigate("profileTab")
    tab = window.tab("profileTab")
    combo = tab.basics.availability
    shown = [combo.itemText(i) for i in range(1, combo.count())]  # after "Not set"
    assert len(shown) == len(service.AVAILABILITY)
    for text in shown:
        assert DEVANAGARI.search(text) and english_words(text) == [], text
    general = tab.selector.itemText(tab.selector.findData(service.general_profile().id))
    assert DEVANAGARI.search(general) and english_words(general) == [], general


def test_sorting_the_ledger_by_description_in_hindi_follows_the_lines_as_shown(data_dir, hindi):
    """The app's own ledger lines are stored in English with a code; sorted by Description in
    Hindi they go by the Hindi line the column shows, not by the English underneath."""
    from desktop.services import payments
    from tests.helpers.ledger_lines import make_app_lines
    from ui.payments.models import description_order, shown_description

    make_app_lines()
    for descending in (False, True):
        ordered = payments.ledger_ids(None, "description", descending, says=description_order())
        rows = payments.ledger_rows(ordered)
        shown = [shown_description(rows[tx_id]) for tx_id in ordered]
        assert shown == sorted(shown, reverse=descending), shown
        assert any(DEVANAGARI.search(line) for line in shown)
        # the stored English sorts otherwise: that order would look shuffled to the user
        assert payments.ledger_ids(None, "description", descending) != ordered
    i18n.install("en")
    assert description_order() is None  # English sorts the stored lines, in SQL
