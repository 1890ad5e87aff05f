"""The database foundation: migrations, version guard, persistence, schema/model agreement."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from desktop import runtime
from models import db as dbmod
from models.registry import ALL_MODELS


def test_migration_applies_to_empty_file_and_is_idempotent(tmp_path):
    path = tmp_path / "x.sqlite3"
    db = dbmod.open_database(path)
    assert dbmod.schema_version(db) == dbmod.latest_version() >= 1
    tables = set(db.get_tables())
    assert {"job", "job_fts", "proposal", "contract", "money_transaction", "profile"} <= tables
    dbmod.close_database()

    db = dbmod.open_database(path)
    assert dbmod.run_migrations(db) == []  # nothing left to apply
    assert set(db.get_tables()) == tables
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    dbmod.close_database()


def test_models_match_the_migrated_schema(data_dir):
    db = dbmod.database.obj
    for model in ALL_MODELS:
        columns = {c.name for c in db.get_columns(model._meta.table_name)}
        fields = {f.column_name for f in model._meta.sorted_fields}
        assert columns == fields, model.__name__


def test_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    dbmod.open_database(path)
    dbmod.close_database()
    newer = dbmod.latest_version() + 1
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES (?, '2030-01-01')",
                     (f"{newer:04d}_from_the_future",))
        conn.execute(f"PRAGMA user_version = {newer}")
    before = path.read_bytes()
    with pytest.raises(dbmod.SchemaTooNewError, match="newer version"):
        dbmod.open_database(path)
    assert dbmod.database.obj.is_closed()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == newer
    assert len(path.read_bytes()) == len(before)


def test_data_written_through_a_service_survives_reopening(tmp_path):
    from desktop import clock
    from desktop.services import settings
    from models.clients import Client
    from models.payments import Transaction

    runtime.open_data_dir(tmp_path)
    settings.put("currency", "EUR")
    client = Client.create(name="Acme")
    Transaction.create(kind="hourly", occurred_at=clock.now(), gross=Decimal("266.64"),
                       fee=Decimal("26.66"), net=Decimal("239.98"), client=client)
    runtime.close()

    runtime.open_data_dir(tmp_path)
    try:
        assert settings.get("currency") == "EUR"
        row = Transaction.get()
        assert (row.gross, row.fee, row.net) == (Decimal("266.64"), Decimal("26.66"),
                                                 Decimal("239.98"))
        assert row.client.name == "Acme"
        assert row.occurred_at.tzinfo is not None
    finally:
        runtime.close()


def test_job_search_index_follows_inserts_updates_and_deletes(data_dir):
    from models.jobs import Job

    def found(term):
        sql = "SELECT rowid FROM job_fts WHERE job_fts MATCH ?"
        return [r[0] for r in dbmod.database.execute_sql(sql, (term,))]

    job = Job.create(title="Flutter developer", description="Build a taxi booking app",
                     skills="Flutter, Dart")
    assert found("taxi") == [job.id]
    job.description = "Build a grocery app"
    job.save()
    assert found("taxi") == [] and found("grocery") == [job.id]
    job.delete_instance()
    assert found("grocery") == []


def test_job_skill_table_follows_inserts_updates_and_deletes(data_dir):
    from models.jobs import Job

    def skills(job):
        sql = "SELECT key, name FROM job_skill WHERE job_id = ? ORDER BY key"
        return dbmod.database.execute_sql(sql, (job.id,)).fetchall()

    job = Job.create(title="Data", skills='Power BI,  SQL ,python, Python, "R"\\x,')
    assert skills(job) == [('"r"\\x', '"R"\\x'), ("power bi", "Power BI"),
                           ("python", "Python"), ("sql", "SQL")]
    job.skills = "Excel"
    job.save()
    assert skills(job) == [("excel", "Excel")]
    job.delete_instance()
    assert skills(job) == []


def test_money_is_never_float():
    from models.fields import MoneyField

    with pytest.raises(TypeError):
        MoneyField().db_value(1.5)


@pytest.mark.parametrize("stop_after", dbmod.migration_names()[:-1])
def test_a_database_made_by_every_earlier_schema_opens_and_keeps_its_data(tmp_path, stop_after):
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path), pragmas=dbmod.PRAGMAS)
    Runner(old, str(dbmod.MIGRATIONS_DIR)).up(target=stop_after)  # as that release left it
    old.execute_sql(f"PRAGMA user_version = {dbmod.schema_version(old)}")
    old.execute_sql("INSERT INTO client (name, created_at, updated_at) "
                    "VALUES ('Old Client', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
    old.execute_sql("INSERT INTO job (title, description, skills, first_seen_at, updated_at) "
                    "VALUES ('Old posting', 'kept across upgrades', ' Power BI,SQL, sql', "
                    "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
    old.close()

    db = dbmod.open_database(path)
    try:
        assert dbmod.schema_version(db) == dbmod.latest_version()
        assert dbmod.integrity_problems(db) == []
        from models.clients import Client
        from models.jobs import Job

        assert Client.get().name == "Old Client"
        hits = db.execute_sql("SELECT rowid FROM job_fts WHERE job_fts MATCH 'upgrades'")
        assert [r[0] for r in hits] == [Job.get().id]
        skills = db.execute_sql("SELECT name FROM job_skill ORDER BY key").fetchall()
        assert skills == [("Power BI",), ("SQL",)]  # split, trimmed, one per skill
        facets = db.execute_sql("SELECT id, status, starred, posted_at FROM job_facet")
        assert facets.fetchall() == [(Job.get().id, "new", 0, None)]  # the search's filters
        for model in ALL_MODELS:  # every model can read its table after the upgrade
            list(model.select().limit(1))
    finally:
        dbmod.close_database()


def test_english_notes_of_an_older_release_become_codes_and_typed_notes_stay(tmp_path):
    """Migration 0007: the notes the services wrote in English are stored as codes (the UI says
    them in the user's language); a note the user typed is kept as written."""
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path), pragmas=dbmod.PRAGMAS)
    before = [n for n in dbmod.migration_names() if n < "0007"][-1]
    Runner(old, str(dbmod.MIGRATIONS_DIR)).up(target=before)
    old.execute_sql(f"PRAGMA user_version = {dbmod.schema_version(old)}")
    rows = [("monthly", 10, "Freelancer Plus plan, November 2026"),
            ("purchase", 60, "60 Connects for $9.00"), ("adjust", 5, "Balance set to 25"),
            ("adjust", 2, "gift from a client"), ("expired", -3, "Unused a year after issue")]
    for reason, delta, note in rows:
        old.execute_sql("INSERT INTO connects_entry (at, delta, reason, cost_cents, note) "
                        "VALUES ('2026-11-01T00:00:00Z', ?, ?, 0, ?)", (delta, reason, note))
    old.close()

    dbmod.open_database(path)
    try:
        from models.proposals import ConnectsEntry, english_note

        stored = [(e.note, e.note_code, e.note_params)
                  for e in ConnectsEntry.select().order_by(ConnectsEntry.id)]
        assert stored == [
            ("", "connects.plan_month", {"plan": "freelancer_plus", "month": "2026-11"}),
            ("", "connects.purchase", {"count": 60, "cost": "9.00"}),
            ("", "connects.balance_set", {"n": 25}),
            ("gift from a client", None, None),
            ("", "connects.expired", {}),
        ]
        # the CLI's English reads as the old note did
        assert [english_note(*row) for row in stored] == [note for _r, _d, note in rows]
    finally:
        dbmod.close_database()


def test_an_older_english_work_log_becomes_codes_and_typed_notes_stay(tmp_path):
    """Migration 0014: a contract's work-log lines an older version wrote in English become
    the codes the contracts service writes now (the window says them in the user's language),
    amounts read in the contract's currency; what the user typed is kept as written."""
    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    path = tmp_path / "old.sqlite3"
    old = SqliteDatabase(str(path), pragmas=dbmod.PRAGMAS)
    before = [n for n in dbmod.migration_names() if n < "0014"][-1]
    Runner(old, str(dbmod.MIGRATIONS_DIR)).up(target=before)
    old.execute_sql(f"PRAGMA user_version = {dbmod.schema_version(old)}")
    for title, currency in (("Brand kit", "USD"), ("Euro site", "EUR")):
        old.execute_sql("INSERT INTO contract (title, contract_type, currency, created_at, "
                        "updated_at) VALUES (?, 'fixed', ?, '2026-03-02T09:00:00Z', "
                        "'2026-03-02T09:00:00Z')", (title, currency))
    lines = [
        (1, "Contract added by hand"), (1, "Service fee set to 7.5%"),
        (1, "Milestone funded: Logo (v2) ($1,250.00)"),
        (1, "Work submitted for “Logo (v2)”; approves automatically 2026-03-18 09:00 UTC. "
            "v1 attached"),
        (1, "Client asked for changes on “Logo (v2)”: bolder type"),
        (1, "Approved automatically after 14 days: “Logo (v2)”, $1,000.00 released; $250.00 "
            "rolled into the next milestone"),
        (1, "Bonus received: $150.00 (great work)"),
        (1, "Automatic processing stopped for this contract (weekly billing): contract fee "
            "rate 20% is outside 0–15%"),
        (1, "Contract ended: Work completed: handed over"),
        (1, "Bonus received: call Asha"),  # typed by the user: kept
        (2, "Refunded €40.50 to the client"),
        (2, "Contract ended: No payments after 2024-06-07 (added by an import)"),
    ]
    for contract_id, body in lines:
        old.execute_sql("INSERT INTO interaction (contract_id, kind, at, body, created_at) "
                        "VALUES (?, 'note', '2026-03-02T09:00:00Z', ?, "
                        "'2026-03-02T09:00:00Z')", (contract_id, body))
    old.close()

    dbmod.open_database(path)
    try:
        from models.contracts import Interaction

        stored = [(i.body, i.note_code, i.note_params)
                  for i in Interaction.select().order_by(Interaction.id)]
        logo = {"milestone": "Logo (v2)"}
        usd = {"currency": "USD"}
        assert stored == [
            ("", "contract.added_by_hand", {}),
            ("", "contract.fee_set", {"percent": "7.5"}),
            ("", "contract.milestone_funded", {**logo, "amount": "1250.00", **usd}),
            ("", "contract.work_submitted", {**logo, "approves_at": "2026-03-18T09:00:00+00:00",
                                             "words": "v1 attached"}),
            ("", "contract.changes_requested", {**logo, "words": "bolder type"}),
            ("", "contract.auto_approved", {**logo, "days": 14, "amount": "1000.00",
                                            "remainder": "250.00", **usd}),
            ("", "contract.bonus_received", {"amount": "150.00", "words": "great work", **usd}),
            ("", "contract.sweep_stopped", {"step": "weekly billing", "problem": {
                "text": "contract fee rate 20% is outside 0–15%"}}),
            ("", "contract.ended", {"end_reason": "completed", "words": "handed over"}),
            ("Bonus received: call Asha", None, None),
            ("", "contract.refunded", {"amount": "40.50", "currency": "EUR"}),
            ("", "contract.ended", {"end_reason": "no_payments"}),
        ]
    finally:
        dbmod.close_database()


@pytest.mark.both_backends
def test_an_older_english_ledger_becomes_codes_and_other_text_stays(tmp_path, backend, request):
    """Migration 0016, on either backend: the ledger lines an older version wrote in English
    (a bonus, a refund, a billed week, a remainder's release, a withdrawal and its fee,
    Connects bought) get the code and parameters that read the same, so the Payments tab says
    them in the user's language; a statement's text and what the user typed stay without a
    code; a remainder milestone learns what it is the remainder of."""
    import uuid

    from peewee import SqliteDatabase
    from playhouse.migrations import Runner

    from models.contracts import ContractMilestone
    from models.payments import Transaction, english_description

    if backend == "postgres":
        server = request.getfixturevalue("pg_server")
        name = f"old_ledger_{uuid.uuid4().hex[:8]}"
        server.admin(f"CREATE DATABASE {name}")
        old = dbmod.make_url_database(server.url(name))
    else:
        old = SqliteDatabase(str(tmp_path / "old.sqlite3"), pragmas=dbmod.PRAGMAS)
    before = [n for n in dbmod.migration_names() if n < "0016"][-1]
    old.connect()
    Runner(old, str(dbmod.MIGRATIONS_DIR)).up(target=before)
    for title in ("Logo Sprint", "Brand kit"):
        old.execute_sql("INSERT INTO contract (title, contract_type, currency, created_at, "
                        "updated_at) VALUES (?, 'fixed', 'USD', '2026-03-02T09:00:00Z', "
                        "'2026-03-02T09:00:00Z')", (title,))
    old.execute_sql("INSERT INTO contract_milestone (contract_id, position, description, "
                    "amount_cents, state) VALUES (2, 1, 'Remainder of “Logo”', 40000, 'paid')")
    lines = [  # kind, description, contract, source
        ("hourly", "Logo Sprint: 2:30 h, week of 2026-11-16", 1, "contract"),
        ("fixed_price", "Brand kit: Logo", 2, "contract"),
        ("fixed_price", "Brand kit: Remainder of “Logo”", 2, "contract"),
        ("bonus", "Bonus: Brand kit — for the logo", 2, "contract"),
        ("bonus", "Bonus: Old kit name — thanks", 2, "contract"),  # renamed since
        ("refund", "Refund: Brand kit", 2, "contract"),
        ("withdrawal", "Sparkasse (Direct to local bank) •••• 6789", None, "manual"),
        ("withdrawal", "rent money", None, "manual"),  # typed by the user
        ("withdrawal_fee", "Withdrawal fee – Sparkasse", None, "manual"),
        ("connects", "10 Connects", None, "manual"),
        ("bonus", "Bonus: Brand kit", 2, "import"),  # a statement's own text
    ]
    for kind, text, contract_id, source in lines:
        old.execute_sql("INSERT INTO money_transaction (kind, occurred_at, description, "
                        "contract_id, source, created_at) VALUES (?, '2026-11-20T12:00:00Z', "
                        "?, ?, ?, '2026-11-20T12:00:00Z')", (kind, text, contract_id, source))
    Runner(old, str(dbmod.MIGRATIONS_DIR)).up()
    try:
        with old.bind_ctx([Transaction, ContractMilestone]):
            stored = [(t.description, t.description_code, t.description_params)
                      for t in Transaction.select().order_by(Transaction.id)]
            remainder = ContractMilestone.get().remainder_of
    finally:
        old.close()
    kit = {"contract": "Brand kit"}
    assert stored == [
        (lines[0][1], "ledger.hourly_week", {"contract": "Logo Sprint", "minutes": 150,
                                             "week": "2026-11-16"}),
        (lines[1][1], None, None),  # the user's words only: read the same in any language
        (lines[2][1], "ledger.milestone", {**kit, "remainder_of": "Logo"}),
        (lines[3][1], "ledger.bonus", {**kit, "words": "for the logo"}),
        (lines[4][1], "ledger.bonus", {"contract": "Old kit name", "words": "thanks"}),
        (lines[5][1], "ledger.refund", kit),
        (lines[6][1], "ledger.withdrawal", {"method": "Sparkasse", "method_kind": "local_bank",
                                            "last4": "6789"}),
        ("rent money", None, None),
        (lines[8][1], "ledger.withdrawal_fee", {"method": "Sparkasse"}),
        (lines[9][1], "ledger.connects", {"count": 10}),
        ("Bonus: Brand kit", None, None),
    ]
    # the export's English reads as the old line did
    assert [english_description(code, params, text) for text, code, params in stored] == [
        line[1] for line in lines]
    assert remainder == "Logo"


@pytest.mark.both_backends
def test_a_setting_is_stored_and_changed_on_either_backend(data_dir):
    """settings.put is an upsert both backends speak (it was SQLite's INSERT OR REPLACE, which
    peewee refuses for PostgreSQL: every setting write failed on a workspace)."""
    from desktop.services import settings

    settings.put("currency", "EUR")
    settings.put("currency", "INR")
    settings.put("language", "hi")
    assert (settings.get("currency"), settings.get("language")) == ("INR", "hi")
