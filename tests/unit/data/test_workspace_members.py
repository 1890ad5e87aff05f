"""Members and roles on a real PostgreSQL workspace: each role connects with its own login and
raw SQL proves what the server hides and refuses (not the window, not the services); and the
agency's money (assignments, members' pay, the Connects pool) on both backends."""
from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest
from psycopg import errors as pg_errors

from desktop import runtime, workspace
from desktop.errors import Code, ServiceError
from desktop.services import members
from models import db as dbmod

AT = "2026-03-02T10:00:00Z"


def _insert(conn, table: str, **values) -> int:
    columns = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    return conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id",
                        tuple(values.values())).fetchone()[0]


@pytest.fixture
def team(pg_server, tmp_path):
    """A workspace made by the server's superuser (its maker, recorded as owner) with an owner,
    a manager and two members invited through the service, and rows for each of them."""
    url = pg_server.fresh_database()
    workspace.open_workspace(url, tmp_path / "data")
    try:
        members.claim_owner("boss@agency.test")
        invited = {who: members.invite(f"{who}@agency.test", role)
                   for who, role in (("olga", "owner"), ("maya", "manager"),
                                     ("anna", "member"), ("bob", "member"))}
    finally:
        runtime.close()
    ids = {who: inv.member.id for who, inv in invited.items()}
    with psycopg.connect(url, autocommit=True) as conn:  # the superuser: no policy applies
        job = _insert(conn, "job", title="Shared posting", first_seen_at=AT, updated_at=AT)
        _insert(conn, "proposal_template", name="Intro", body="Hello", created_at=AT,
                updated_at=AT)
        rows: dict[str, dict[str, int]] = {}
        for who in ("anna", "bob"):
            proposal = _insert(conn, "proposal", job_id=job, title=f"{who}'s bid",
                               member_id=ids[who], created_at=AT, updated_at=AT)
            _insert(conn, "proposal_revision", proposal_id=proposal, saved_at=AT,
                    cover_letter=f"{who} writes")
            contract = _insert(conn, "contract", proposal_id=proposal, title=f"{who}'s contract",
                               contract_type="hourly", member_id=ids[who], created_at=AT,
                               updated_at=AT)
            _insert(conn, "time_entry", contract_id=contract, started_at=AT, ended_at=AT,
                    minutes=60, manual=True, created_at=AT)
            _insert(conn, "money_transaction", kind="hourly", occurred_at=AT, gross_cents=10000,
                    fee_cents=1000, net_cents=9000, contract_id=contract, created_at=AT)
            rows[who] = {"proposal": proposal, "contract": contract}
        _insert(conn, "withdrawal_method", name="Bank", kind="ach", last4="1234", added_at=AT)
        _insert(conn, "member_pay", member_id=ids["anna"], basis="share", share_percent="60",
                updated_at=AT)
        _insert(conn, "connects_entry", at=AT, delta=80, reason="purchase", cost_cents=1200,
                member_id=ids["olga"])
    return url, invited, ids, rows


def _as(pg_server, url: str, invitation) -> psycopg.Connection:
    """A connection as the invited member's own login (the test server trusts local logins;
    the password is the one the invitation printed)."""
    dbname = url.rsplit("/", 1)[1]
    return psycopg.connect(pg_server.url(dbname, user=invitation.login),
                           password=invitation.password, autocommit=True)


def _count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _denied(conn, sql: str, *params) -> bool:
    try:
        conn.execute(sql, params or None)
    except pg_errors.InsufficientPrivilege:
        return True
    return False


def test_the_server_keeps_a_scram_verifier_of_the_invited_password_never_the_password(
        team, pg_server):
    import base64

    url, invited, _, _ = team
    anna = invited["anna"]
    with psycopg.connect(url) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                              (anna.login,)).fetchone()[0]
        # the server's own verifier of a password it hashed itself, to check ours against
        conn.execute("CREATE ROLE scram_probe PASSWORD 'pencil'")
        probe = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = "
                             "'scram_probe'").fetchone()[0]
        conn.rollback()
    assert anna.password not in stored and stored.startswith("SCRAM-SHA-256$4096:")
    iterations, salt = probe.split("$")[1].split(":")
    assert members.scram_verifier("pencil", salt=base64.b64decode(salt),
                                  iterations=int(iterations)) == probe
    salt = stored.split("$")[1].split(":")[1]
    assert members.scram_verifier(anna.password, salt=base64.b64decode(salt)) == stored


def test_a_member_sees_the_library_and_only_their_own_work_and_no_money(team, pg_server):
    url, invited, ids, rows = team
    with _as(pg_server, url, invited["anna"]) as anna:
        # the shared library and templates: all of it
        assert _count(anna, "job") == 1 and _count(anna, "proposal_template") == 1
        # their own proposal, contract, time and revisions; bob's are not there at all
        assert anna.execute("SELECT title FROM proposal").fetchall() == [("anna's bid",)]
        assert anna.execute("SELECT title FROM contract").fetchall() == [("anna's contract",)]
        assert _count(anna, "time_entry") == 1 and _count(anna, "proposal_revision") == 1
        assert anna.execute("SELECT cover_letter FROM proposal_revision").fetchone()[0] == \
            "anna writes"
        # payments, payout details and members' pay: refused outright
        for table in ("money_transaction", "withdrawal_method", "planned_withdrawal",
                      "member_pay", "member_payout"):
            assert _denied(anna, f"SELECT * FROM {table}"), table
        # bob's rows cannot be changed or removed: the server finds nothing to change
        bob_proposal = rows["bob"]["proposal"]
        cur = anna.execute("UPDATE proposal SET title = 'mine now' WHERE id = %s",
                           (bob_proposal,))
        assert cur.rowcount == 0
        assert anna.execute("DELETE FROM contract WHERE id = %s",
                            (rows["bob"]["contract"],)).rowcount == 0
        # nor can a row be made in someone else's name, or a time entry under their contract
        for sql, params in (
                ("INSERT INTO proposal (title, member_id, created_at, updated_at) "
                 "VALUES ('x', %s, %s, %s)", (ids["bob"], AT, AT)),
                ("INSERT INTO time_entry (contract_id, started_at, ended_at, minutes, manual, "
                 "created_at) VALUES (%s, %s, %s, 30, true, %s)",
                 (rows["bob"]["contract"], AT, AT, AT)),
                ("UPDATE proposal SET member_id = %s WHERE id = %s",
                 (ids["bob"], rows["anna"]["proposal"]))):
            assert _denied(anna, sql, *params), sql
        # a proposal anna writes carries her, by the server's default
        anna.execute("INSERT INTO proposal (title, created_at, updated_at) VALUES "
                     "('new bid', %s, %s)", (AT, AT))
        assert anna.execute("SELECT member_id FROM proposal WHERE title = 'new bid'"
                            ).fetchone()[0] == ids["anna"]
        # the team list is readable; a role is not hers to change
        assert _count(anna, "workspace_member") == 5
        assert _denied(anna, "UPDATE workspace_member SET role = 'owner' WHERE id = %s",
                       ids["anna"])
        # the agency's Connects pool: visible, and spent in her own name only
        assert anna.execute("SELECT sum(delta) FROM connects_entry").fetchone()[0] == 80
        anna.execute("INSERT INTO connects_entry (at, delta, reason, proposal_id) VALUES "
                      "(%s, -16, 'spent', %s)", (AT, rows["anna"]["proposal"]))
        assert anna.execute("DELETE FROM connects_entry WHERE reason = 'purchase'"
                            ).rowcount == 0
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT title FROM proposal WHERE id = %s",
                            (bob_proposal,)).fetchone()[0] == "bob's bid"
        assert conn.execute("SELECT member_id FROM connects_entry WHERE delta = -16"
                            ).fetchone()[0] == ids["anna"]
        assert _count(conn, "connects_entry") == 2  # the purchase was not anna's to delete


def test_a_manager_sees_every_proposal_and_contract_but_no_money(team, pg_server):
    url, invited, _, _ = team
    with _as(pg_server, url, invited["maya"]) as maya:
        assert _count(maya, "proposal") == 2 and _count(maya, "contract") == 2
        assert _count(maya, "time_entry") == 2
        for table in ("money_transaction", "withdrawal_method", "member_pay"):
            assert _denied(maya, f"SELECT * FROM {table}"), table
        assert maya.execute("UPDATE contract SET title = title || '.'").rowcount == 2


def test_an_owner_sees_payments_and_payout_details(team, pg_server):
    url, invited, _, _ = team
    with _as(pg_server, url, invited["olga"]) as olga:
        assert _count(olga, "money_transaction") == 2
        assert olga.execute("SELECT last4 FROM withdrawal_method").fetchone()[0] == "1234"
        assert olga.execute("SELECT share_percent FROM member_pay").fetchone()[0] == "60"
        assert _count(olga, "proposal") == 2


def test_a_role_change_takes_effect_on_the_server_at_once(team, pg_server, tmp_path):
    url, invited, _, _ = team
    workspace.open_workspace(url, tmp_path / "data")
    try:
        members.set_role("anna@agency.test", "manager")
        with pytest.raises(ServiceError) as refused:
            members.invite("anna@agency.test")
        assert refused.value.code == Code.MEMBER_EXISTS
    finally:
        runtime.close()
    with _as(pg_server, url, invited["anna"]) as anna:
        assert _count(anna, "proposal") == 2
        assert _denied(anna, "SELECT * FROM money_transaction")
    workspace.open_workspace(url, tmp_path / "data")
    try:
        members.set_role("anna@agency.test", "owner")
    finally:
        runtime.close()
    with _as(pg_server, url, invited["anna"]) as anna:
        assert _count(anna, "money_transaction") == 2


def test_a_member_cannot_invite_or_change_roles(team, pg_server, tmp_path):
    url, invited, _, _ = team
    anna = invited["anna"]
    dbname = url.rsplit("/", 1)[1]
    workspace.open_workspace(pg_server.url(dbname, user=anna.login), tmp_path / "data")
    try:
        assert members.current_role() == "member"
        assert members.current().email == "anna@agency.test"
        for call in (lambda: members.invite("eve@agency.test"),
                     lambda: members.set_role("anna@agency.test", "owner")):
            with pytest.raises(ServiceError) as refused:
                call()
            assert refused.value.code == Code.MEMBER_OWNERS_ONLY
        assert [m.email for m in members.members()][:2] == ["boss@agency.test",
                                                            "olga@agency.test"]
    finally:
        runtime.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT role FROM workspace_member WHERE email = "
                            "'anna@agency.test'").fetchone()[0] == "member"
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'eve%'"
                            ).fetchone()[0] == 0


def test_every_table_has_a_decision_on_who_sees_it(data_dir):
    """A table a later migration adds is the owners' until it is classified (models/members.py):
    this names it, so its maker decides whether members may see it."""
    from models.members import EVERYONE, OWNERS_ONLY, READ_ONLY

    tables = {t for t in dbmod.database.get_tables() if not t.startswith("job_fts")}
    assert tables - (EVERYONE | READ_ONLY | OWNERS_ONLY) == set()
    assert not (EVERYONE & OWNERS_ONLY) and not (READ_ONLY & (EVERYONE | OWNERS_ONLY))


@pytest.mark.both_backends
def test_invite_refuses_bad_input_and_keeps_the_last_owner(data_dir, backend):
    for email, role, code in (("not-an-address", "member", Code.MEMBER_BAD_EMAIL),
                              ("eve@agency.test", "boss", Code.MEMBER_BAD_ROLE)):
        with pytest.raises(ServiceError) as refused:
            members.invite(email, role)
        assert refused.value.code == code
    invited = members.invite("me@agency.test", "owner")
    # a workspace makes a login with a password shown once; a local library has neither
    assert (invited.login is not None, invited.password is not None) == \
        ((True, True) if backend == "postgres" else (False, False))
    with pytest.raises(ServiceError) as refused:
        members.set_role("me@agency.test", "member")
    assert refused.value.code == Code.MEMBER_LAST_OWNER
    assert [(m.email, m.role, m.login) for m in members.members()] == \
        [("me@agency.test", "owner", invited.login)]



# -- the agency's money -----------------------------------------------------------------------

def _refused(code: Code, call) -> None:
    with pytest.raises(ServiceError) as refused:
        call()
    assert refused.value.code == code, refused.value


@pytest.mark.both_backends
def test_member_pay_is_recorded_against_the_agency_net_of_each_client_payment(data_dir, clock):
    from datetime import UTC, datetime

    from desktop.services import agency, contracts, payments
    from models.agency import MemberPayout
    from models.payments import Transaction

    worked = datetime(2026, 11, 16, 12, tzinfo=UTC)
    members.invite("anna@agency.test")
    members.invite("bob@agency.test")
    members.invite("carl@agency.test")
    assert agency.set_pay("anna@agency.test", share="60%").share_percent == Decimal(60)
    assert agency.set_pay("bob@agency.test", hourly="25.00").rate == Decimal("25.00")
    site = contracts.create(title="Shop site", contract_type="hourly", rate=Decimal("30"))
    logo = contracts.create(title="Logo", contract_type="fixed", amount=Decimal("500"))
    spare = contracts.create(title="Nobody's", contract_type="hourly", rate=Decimal("30"))
    agency.assign(site.id, "anna@agency.test")
    agency.assign(logo.id, "bob@agency.test")
    # an earning booked here carries its fee: 266.64 - 26.66 = 239.98 is the agency's
    week = payments.record_earning(kind="hourly", gross=Decimal("266.64"), occurred_at=worked,
                                   contract_id=site.id, minutes=720, fee_percent=Decimal(10))
    assert [(d.transaction_id, d.email) for d in agency.due()] == [(week.id, "anna@agency.test")]
    paid = agency.record_payout(week.id)
    assert (paid.email, paid.basis, paid.agency_net, paid.amount, paid.agency_keeps) == \
        ("anna@agency.test", "share", Decimal("239.98"), Decimal("143.99"), Decimal("95.99"))
    # a statement import's shape: the payment, and Upwork's fee as a row linked to it
    imported = Transaction.create(kind="hourly", occurred_at=worked, gross=Decimal(36),
                                  net=Decimal(36), contract=site.id, minutes=60)
    Transaction.create(kind="service_fee", occurred_at=worked, fee=Decimal("7.20"),
                       net=Decimal("-7.20"), parent=imported.id)
    assert agency.record_payout(imported.id).amount == Decimal("17.28")  # 60% of 28.80
    # hourly pay needs the hours: a fixed-price milestone records none, so they are given
    milestone = payments.record_earning(kind="fixed_price", gross=Decimal(500),
                                        occurred_at=worked, contract_id=logo.id,
                                        fee_percent=Decimal(10))
    before = MemberPayout.select().count()
    _refused(Code.PAYOUT_NO_MINUTES, lambda: agency.record_payout(milestone.id))
    bob = agency.record_payout(milestone.id, minutes=90)
    assert (bob.agency_net, bob.amount, bob.agency_keeps) == \
        (Decimal("450.00"), Decimal("37.50"), Decimal("412.50"))
    assert bob.recorded_on == clock.now().date()
    # what cannot be paid is refused, naming why, and records nothing
    unassigned = payments.record_earning(kind="bonus", gross=Decimal(50), occurred_at=worked,
                                         contract_id=spare.id)
    loose = payments.record_earning(kind="bonus", gross=Decimal(50), occurred_at=worked)
    expense = payments.record_expense(kind="connects", amount=Decimal("12"), occurred_at=worked)
    agency.assign(spare.id, "carl@agency.test")
    for code, call in (
            (Code.PAYOUT_RECORDED, lambda: agency.record_payout(week.id)),
            (Code.PAYOUT_NOT_EARNING, lambda: agency.record_payout(expense.id)),
            (Code.PAYOUT_NO_CONTRACT, lambda: agency.record_payout(loose.id)),
            (Code.PAY_NOT_SET, lambda: agency.record_payout(unassigned.id)),
            (Code.PAYOUT_NO_TRANSACTION, lambda: agency.record_payout(99999)),
            (Code.PAY_ONE_BASIS, lambda: agency.set_pay("carl@agency.test")),
            (Code.PAY_SHARE_RANGE, lambda: agency.set_pay("carl@agency.test", share="120")),
            (Code.PAY_BAD_RATE, lambda: agency.set_pay("carl@agency.test", hourly="0")),
            (Code.MEMBER_NOT_FOUND, lambda: agency.assign(spare.id, "zed@agency.test"))):
        _refused(code, call)
    agency.assign(spare.id, None)
    _refused(Code.PAYOUT_NO_MEMBER, lambda: agency.record_payout(unassigned.id))
    assert MemberPayout.select().count() == before + 1
    listed = agency.payouts()
    assert [(p.email, p.amount) for p in listed] == [
        ("anna@agency.test", Decimal("143.99")), ("anna@agency.test", Decimal("17.28")),
        ("bob@agency.test", Decimal("37.50"))]
    assert agency.pay_terms("carl@agency.test") is None
    assert agency.due() == []  # every payment on an assigned contract has its pay recorded


def test_a_member_spends_the_agency_pool_sends_in_their_own_name_and_cannot_touch_money(
        team, pg_server, tmp_path, clock):
    from desktop.services import agency, connects, proposals

    url, invited, ids, rows = team
    dbname = url.rsplit("/", 1)[1]
    workspace.open_workspace(pg_server.url(dbname, user=invited["anna"].login), tmp_path / "a")
    try:
        draft = proposals.create_draft()
        with dbmod.database.atomic():
            connects.spend(draft.id, None, 16, 4, at=clock.now())
        assert connects.available(clock.now()) == 60  # the pool's 80, less her 20
        for code, call in ((Code.MEMBER_OWNERS_ONLY, agency.payouts),
                           (Code.MEMBER_OWNERS_ONLY,
                            lambda: agency.set_pay("anna@agency.test", share="90")),
                           (Code.MEMBER_MANAGERS_ONLY,
                            lambda: agency.assign(rows["bob"]["contract"], "anna@agency.test"))):
            _refused(code, call)
    finally:
        runtime.close()
    workspace.open_workspace(url, tmp_path / "o")  # the maker: an owner
    try:
        from models.proposals import Proposal

        assert Proposal.get_by_id(draft.id).member_id == ids["anna"]
        assert agency.connects_spent() == {"anna@agency.test": 20}
        agency.send_as(draft.id, "bob@agency.test")
        assert Proposal.get_by_id(draft.id).member_id == ids["bob"]
    finally:
        runtime.close()


# -- the commands an owner and a member type --------------------------------------------------

def test_the_workspace_commands_for_a_team(pg_server, tmp_path, capsys):
    import json

    from desktop.__main__ import main

    def cli(*args) -> tuple[int, str, str]:
        code = main([*args])
        out = capsys.readouterr()
        return code, out.out, out.err

    url = pg_server.fresh_database()
    boss = ["--database-url", url, "--data-dir", str(tmp_path / "boss")]
    code, out, err = cli(*boss, "workspace", "init", "--email", "boss@agency.test", "--json")
    assert (code, json.loads(out)["owner"]) == (0, "boss@agency.test"), err
    code, out, err = cli(*boss, "workspace", "invite", "anna@agency.test", "--name", "Anna",
                         "--keyring")
    assert code == 0, err
    login = out.split("login ", 1)[1].split()[0]
    password = out.split("password: ", 1)[1].split()[0]
    anna_url = url.replace("postgres@", f"{login}@")
    assert f"address:  {anna_url}" in out and "shown once" in out
    assert workspace.stored_password(anna_url) == password  # --keyring kept it here
    with psycopg.connect(url) as conn:  # the password is nowhere in the database
        for table in ("workspace_member", "schema_migration"):
            rows = conn.execute(f"SELECT * FROM {table}").fetchall()
            assert password not in json.dumps(rows, default=str)
        contract = _insert(conn, "contract", title="Shop site", contract_type="hourly",
                           created_at=AT, updated_at=AT)
        payment = _insert(conn, "money_transaction", kind="hourly", occurred_at=AT,
                          gross_cents=10000, fee_cents=1000, net_cents=9000, minutes=120,
                          contract_id=contract, created_at=AT)
        conn.commit()
    for args in (("pay", "anna@agency.test", "--share", "60"),
                 ("assign", str(contract), "anna@agency.test")):
        assert cli(*boss, "workspace", *args)[0] == 0
    code, out, _ = cli(*boss, "workspace", "payout", "--due", "--json")
    assert [(d["transaction_id"], d["email"], d["agency_net"]) for d in json.loads(out)] == \
        [(payment, "anna@agency.test", "90.00")]
    code, out, err = cli(*boss, "workspace", "payout", str(payment), "--json")
    assert code == 0, err
    paid = json.loads(out)
    assert (paid["agency_net"], paid["amount"], paid["agency_keeps"]) == \
        ("90.00", "54.00", "36.00")
    code, out, _ = cli(*boss, "workspace", "members", "--json")
    listed = {m["email"]: m for m in json.loads(out)}
    assert listed["anna@agency.test"]["pay"] == {"basis": "share", "hourly": None,
                                                 "share_percent": "60"}
    assert listed["boss@agency.test"]["role"] == "owner"
    # anna, with her own login: her contract, the team list, and no money
    anna = ["--database-url", anna_url, "--data-dir", str(tmp_path / "anna")]
    code, out, err = cli(*anna, "workspace", "members", "--json")
    assert code == 0, err
    assert all("pay" not in m for m in json.loads(out))
    for args in (("payout", "--list"), ("pay", "anna@agency.test", "--share", "90"),
                 ("role", "anna@agency.test", "owner"), ("invite", "eve@agency.test")):
        code, _, err = cli(*anna, "workspace", *args)
        assert code == 1 and "only the workspace's owners may do this" in err, args
    code, _, err = cli(*anna, "workspace", "assign", str(contract))
    assert code == 1 and "owners and managers" in err
    # a command reading money the server keeps from her: one line saying so, no traceback
    code, _, err = cli(*anna, "payments", "balance")
    assert code == 1 and err.strip() == (
        "freelance-desk: your role in this workspace does not allow this (the server said: "
        "permission denied for table money_transaction)")
    assert cli(*boss, "workspace", "role", "anna@agency.test", "manager")[0] == 0
    code, out, err = cli(*anna, "workspace", "assign", str(contract))  # a manager may
    assert (code, out.strip()) == (0, f"contract #{contract} is assigned to the agency"), err
    code, out, _ = cli(*boss, "workspace", "payout", "--list")
    assert out.count("payment #") == 1 and "agency keeps      36.00" in out
    assert cli(*boss, "workspace", "payout", "--due")[1] == ""  # nothing waits any more


def test_invite_in_a_local_library_adds_a_member_without_a_login(tmp_path, capsys):
    from desktop.__main__ import main

    local = ["--data-dir", str(tmp_path / "local")]
    assert main([*local, "workspace", "invite", "anna@agency.test"]) == 0
    assert "a local library: no server login" in capsys.readouterr().out
    assert main([*local, "workspace", "invite", "anna@agency.test"]) == 1
    assert "already a member" in capsys.readouterr().err


# -- a member who leaves ----------------------------------------------------------------------

def test_a_member_who_leaves_cannot_connect_or_read_and_their_history_stays(
        team, pg_server, tmp_path, capsys):
    import json

    from desktop.__main__ import main
    from desktop.services import agency

    url, invited, ids, rows = team
    anna = invited["anna"]
    with psycopg.connect(url, autocommit=True) as conn:  # her history: an ended contract
        ended = _insert(conn, "contract", title="anna's old contract", contract_type="hourly",
                        status="ended", member_id=ids["anna"], created_at=AT, updated_at=AT)
        _insert(conn, "time_entry", contract_id=ended, started_at=AT, ended_at=AT, minutes=90,
                manual=True, created_at=AT)
        hired = _insert(conn, "proposal", title="anna's won bid", status="hired",
                        member_id=ids["anna"], created_at=AT, updated_at=AT)
    session = _as(pg_server, url, anna)  # her window is open while she is removed
    assert _count(session, "contract") == 2
    boss = ["--database-url", url, "--data-dir", str(tmp_path / "boss")]
    code = main([*boss, "workspace", "remove", anna.login])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines() == [
        f"removed anna@agency.test: login {anna.login} dropped",
        f"  open contracts to the agency (unassigned): #{rows['anna']['contract']}",
        f"  open proposals to the agency (unassigned): #{rows['anna']['proposal']}",
        "  their history (ended contracts, time, pay recorded) is kept"]
    # her login is gone: no new connection, and the open one reads nothing any more
    with pytest.raises(psycopg.OperationalError, match="does not exist"):
        _as(pg_server, url, anna)
    with pytest.raises(psycopg.Error):
        session.execute("SELECT title FROM job").fetchall()
    session.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                            (anna.login,)).fetchone() is None
        assert conn.execute("SELECT login, removed_at IS NOT NULL FROM workspace_member "
                            "WHERE id = %s", (ids["anna"],)).fetchone() == (None, True)
        owner_of = dict(conn.execute("SELECT id, member_id FROM contract").fetchall())
        assert owner_of[rows["anna"]["contract"]] is None  # back to the agency
        assert owner_of[ended] == ids["anna"]  # history keeps naming her
        assert dict(conn.execute("SELECT id, member_id FROM proposal").fetchall()) == {
            rows["anna"]["proposal"]: None, hired: ids["anna"],
            rows["bob"]["proposal"]: ids["bob"]}
        assert _count(conn, "time_entry") == 3
    # the unassigned contract: managers see it to hand on, other members do not
    with _as(pg_server, url, invited["maya"]) as maya:
        assert _count(maya, "contract") == 3
    with _as(pg_server, url, invited["bob"]) as bob:
        assert bob.execute("SELECT title FROM contract").fetchall() == [("bob's contract",)]
    code = main([*boss, "workspace", "members", "--json"])
    assert "anna@agency.test" not in [m["email"] for m in json.loads(capsys.readouterr().out)]
    workspace.open_workspace(url, tmp_path / "boss")
    try:
        with pytest.raises(ServiceError) as refused:
            agency.assign(rows["anna"]["contract"], "anna@agency.test")
        assert refused.value.code == Code.MEMBER_REMOVED
        with pytest.raises(ServiceError) as refused:
            members.remove("anna@agency.test")
        assert refused.value.code == Code.MEMBER_REMOVED
        back = members.invite("anna@agency.test")  # she comes back: her row, a new login
    finally:
        runtime.close()
    assert back.member.id == ids["anna"]
    with _as(pg_server, url, back) as again:
        assert again.execute("SELECT title FROM contract").fetchall() == \
            [("anna's old contract",)]


@pytest.mark.both_backends
def test_removing_a_member_hands_their_open_work_on_and_keeps_the_last_owner(data_dir):
    from desktop.services import agency, contracts, proposals

    members.invite("me@agency.test", "owner")
    for who in ("anna", "bob"):
        members.invite(f"{who}@agency.test")
    work = {}
    for status in ("active", "paused", "ended"):
        contract = contracts.create(title=f"{status} work", contract_type="hourly", rate="40")
        agency.assign(contract.id, "anna@agency.test")
        if status != "active":
            from models.contracts import Contract

            Contract.update(status=status).where(Contract.id == contract.id).execute()
        work[status] = contract.id
    draft = proposals.create_draft().id
    agency.send_as(draft, "anna@agency.test")
    with pytest.raises(ServiceError) as refused:
        members.remove("anna@agency.test", to="anna@agency.test")
    assert refused.value.code == Code.MEMBER_HANDOVER_SELF
    done = members.remove("anna@agency.test", to="bob@agency.test")
    assert (sorted(done.contracts), done.proposals, done.to) == \
        (sorted([work["active"], work["paused"]]), [draft], "bob@agency.test")
    from models.contracts import Contract
    from models.proposals import Proposal

    bob, anna = (members.find("bob@agency.test").id, done.member.id)
    assert {c.id: c.member_id for c in Contract.select()} == {
        work["active"]: bob, work["paused"]: bob, work["ended"]: anna}
    assert Proposal.get_by_id(draft).member_id == bob
    assert [m.email for m in members.members()] == ["me@agency.test", "bob@agency.test"]
    with pytest.raises(ServiceError) as refused:
        members.remove("me@agency.test")
    assert refused.value.code == Code.MEMBER_LAST_OWNER


def test_each_member_has_their_own_running_timer(team, pg_server, tmp_path):
    """The one-running-timer rule is per member: anna's timer neither blocks bob's start (a row
    he cannot see) nor shows as the owner's running timer."""
    from desktop.services import timer

    url, invited, _, rows = team
    dbname = url.rsplit("/", 1)[1]
    for who in ("anna", "bob"):
        workspace.open_workspace(pg_server.url(dbname, user=invited[who].login),
                                 tmp_path / who)
        try:
            assert timer.current() is None
            timer.start(rows[who]["contract"])
            assert timer.current().contract_id == rows[who]["contract"]
        finally:
            runtime.close()
    workspace.open_workspace(url, tmp_path / "boss")
    try:
        assert timer.current() is None  # the owner sees their time, not their timers
    finally:
        runtime.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM time_entry WHERE ended_at IS NULL"
                            ).fetchone()[0] == 2


def test_a_member_adds_jobs_before_being_granted_the_derived_skill_table(team, pg_server):
    """job_skill (migration 0015) is written by triggers with the schema owner's rights: on a
    workspace upgraded under them, a member whose login has no grant on it yet still adds a
    job, and its skills are split for the Insights views."""
    url, invited, _ids, _rows = team
    login = invited["anna"].login
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"REVOKE ALL ON job_skill FROM {login}")
    with _as(pg_server, url, invited["anna"]) as anna:
        assert _denied(anna, "SELECT * FROM job_skill")
        job = anna.execute("INSERT INTO job (title, skills, first_seen_at, updated_at) "
                           "VALUES ('Report', 'Power BI, DAX', %s, %s) RETURNING id",
                           (AT, AT)).fetchone()[0]
        anna.execute("UPDATE job SET skills = 'SQL' WHERE id = %s", (job,))
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT name FROM job_skill WHERE job_id = %s",
                            (job,)).fetchall() == [("SQL",)]
