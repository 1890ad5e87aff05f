"""A team workspace on PostgreSQL: `workspace init`, `workspace push URL`, `workspace pull`;
its members and roles (`invite`, `members`, `role`, `remove`) and the agency's money
(`assign`, `pay`, `payout`).

Every command takes the global `--database-url postgresql://user@host:port/db` (or
FREELANCE_DESK_DATABASE_URL) to work against a workspace instead of the local data folder.
"""
from __future__ import annotations

import argparse

from desktop.cli import CommandError, add_json_flag, emit


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("workspace", help="a shared PostgreSQL workspace (init, push, pull)")
    actions = parser.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)

    init = actions.add_parser("init", help="create or update the workspace's schema "
                                           "(needs --database-url); you become its owner")
    init.add_argument("--email", help="your e-mail, as the workspace lists its owner")
    add_json_flag(init)
    init.set_defaults(handler=run_init, opens_database=False)

    push = actions.add_parser("push", help="copy this data folder's library up to a workspace "
                                           "(all or nothing; running it again adds nothing)")
    push.add_argument("url", metavar="URL", help="postgresql://user@host:port/db")
    add_json_flag(push)
    push.set_defaults(handler=run_push, opens_database=False)

    pull = actions.add_parser("pull", help="copy the workspace (--database-url) into the data "
                                           "folder, to work offline")
    add_json_flag(pull)
    pull.set_defaults(handler=run_pull, opens_database=False)

    password = actions.add_parser("password", help="keep the workspace password in the system "
                                                   "keyring (read from stdin)")
    password.set_defaults(handler=run_password, opens_database=False)

    invite = actions.add_parser("invite", help="add a member: on a workspace, makes their "
                                               "server login and prints its password once "
                                               "(owners)")
    invite.add_argument("email", metavar="EMAIL")
    invite.add_argument("--role", default="member", choices=("owner", "manager", "member"),
                        help="member: the library, templates and their own proposals, "
                             "contracts and time; manager: every proposal and contract; "
                             "owner: everything, with payments and payout details")
    invite.add_argument("--name", default="", help="the member's name")
    invite.add_argument("--login", help="the server login to make (default: from the e-mail "
                                        "and the database's name)")
    invite.add_argument("--keyring", action="store_true",
                        help="also keep the password in this computer's keyring, for when the "
                             "member works here")
    add_json_flag(invite)
    invite.set_defaults(handler=run_invite)

    listing = actions.add_parser("members", help="who is in the workspace, with their roles "
                                                 "(owners also see pay and Connects spent)")
    add_json_flag(listing)
    listing.set_defaults(handler=run_members)

    role = actions.add_parser("role", help="give a member another role (owners)")
    role.add_argument("email", metavar="EMAIL")
    role.add_argument("role", choices=("owner", "manager", "member"))
    add_json_flag(role)
    role.set_defaults(handler=run_role)

    remove = actions.add_parser(
        "remove", help="a member leaves (owners): their login is dropped, so they can no "
                       "longer connect; their open work goes to --to, or back to the agency "
                       "unassigned; their history stays",
        description="Remove a member who leaves the agency. Their server login is dropped "
                    "(it can no longer connect, and open sessions are ended). Their open work "
                    "- contracts on offer, active or paused, and proposals not yet decided - "
                    "goes to the member named with --to, or without it back to the agency, "
                    "unassigned, for an owner or manager to hand on with `workspace assign`. "
                    "Their history stays and still names them: ended contracts, time tracked, "
                    "Connects spent and pay recorded (their pay can still be recorded).")
    remove.add_argument("member", metavar="LOGIN", help="the member's server login (or e-mail)")
    remove.add_argument("--to", metavar="EMAIL", help="the member who takes over their open "
                                                      "contracts and proposals")
    add_json_flag(remove)
    remove.set_defaults(handler=run_remove)

    assign = actions.add_parser("assign", help="assign a contract to a member, or name the "
                                               "member who sends a proposal (owners, managers)")
    assign.add_argument("id", type=int, metavar="ID", help="the contract (or --proposal) id")
    assign.add_argument("email", metavar="EMAIL", nargs="?",
                        help="the member; leave out to give a contract back to the agency")
    assign.add_argument("--proposal", action="store_true", help="ID is a proposal's")
    add_json_flag(assign)
    assign.set_defaults(handler=run_assign)

    pay = actions.add_parser("pay", help="set what the agency pays a member (owners)")
    pay.add_argument("email", metavar="EMAIL")
    basis = pay.add_mutually_exclusive_group(required=True)
    basis.add_argument("--hourly", metavar="AMOUNT", help="per hour worked, e.g. 25.00")
    basis.add_argument("--share", metavar="PERCENT",
                       help="a share of the agency's net (the client's payment minus Upwork's "
                            "fee), e.g. 60")
    add_json_flag(pay)
    pay.set_defaults(handler=run_pay)

    payout = actions.add_parser("payout", help="record a member's pay against a client payment "
                                               "(owners); --list shows them all")
    payout.add_argument("transaction", type=int, nargs="?", metavar="PAYMENT",
                        help="the payment's id (see --due)")
    payout.add_argument("--minutes", type=int, help="the time worked, when the payment does "
                                                    "not record it (hourly pay)")
    listing_kind = payout.add_mutually_exclusive_group()
    listing_kind.add_argument("--list", action="store_true", help="list the recorded pay")
    listing_kind.add_argument("--due", action="store_true",
                              help="client payments on members' contracts with no pay recorded "
                                   "yet (their ids)")
    add_json_flag(payout)
    payout.set_defaults(handler=run_payout)


def _url(args) -> str:
    from desktop import workspace

    url = workspace.url_from(getattr(args, "database_url", None))
    if not url:
        raise CommandError("this needs a workspace: give --database-url postgresql://… "
                           "(or set FREELANCE_DESK_DATABASE_URL)")
    return url


def _service(call):
    from desktop.errors import ServiceError

    try:
        return call()
    except ServiceError as exc:
        raise CommandError(str(exc)) from None


def run_init(args: argparse.Namespace) -> int:
    from desktop import runtime, workspace
    from desktop.services import members
    from models import db as dbmod

    url = _url(args)
    try:
        _service(lambda: workspace.open_workspace(url, args.data_dir))
        version = dbmod.schema_version(dbmod.database.obj)
        owner = _service(lambda: members.claim_owner(args.email))
    finally:
        runtime.close()
    emit(args, f"workspace ready: {workspace.display(url)} (schema {version}); "
               f"owner {owner.email if owner else '-'}",
         {"url": workspace.display(url), "schema_version": version,
          "owner": owner.email if owner else None})
    return 0


def _summary(args, verb: str, url: str, summary) -> int:
    from desktop import workspace

    data = summary.as_dict()
    emit(args, f"{verb} {workspace.display(url)}: {data['records_added']} records added, "
               f"{data['records_unchanged']} already there", data)
    return 0


def run_push(args: argparse.Namespace) -> int:
    from desktop import workspace
    from desktop.services import workspace_sync

    url = _service(lambda: workspace.url_from(args.url))
    return _summary(args, "pushed to", url,
                    _service(lambda: workspace_sync.push(args.data_dir, url)))


def run_pull(args: argparse.Namespace) -> int:
    from desktop.services import workspace_sync

    url = _url(args)
    return _summary(args, "pulled from", url,
                    _service(lambda: workspace_sync.pull(url, args.data_dir)))


def run_password(args: argparse.Namespace) -> int:
    import getpass
    import sys

    from desktop import workspace

    url = _url(args)
    secret = getpass.getpass("workspace password: ") if sys.stdin.isatty() else \
        sys.stdin.readline().rstrip("\n")
    _service(lambda: workspace.remember_password(workspace.split_password(url)[0], secret))
    print(f"password kept in the system keyring for {workspace.display(url)}")
    return 0


def _member_dict(m) -> dict:
    return {"id": m.id, "email": m.email, "name": m.name, "role": m.role, "login": m.login}


def run_invite(args: argparse.Namespace) -> int:
    from desktop import workspace
    from desktop.services import members

    invitation = _service(lambda: members.invite(args.email, args.role, name=args.name,
                                                 login=args.login))
    data = {**_member_dict(invitation.member), "password": invitation.password}
    url = workspace.url_from(getattr(args, "database_url", None))
    if url and invitation.login:
        from urllib.parse import urlsplit

        parts = urlsplit(workspace.split_password(url)[0])
        netloc = f"{invitation.login}@{parts.netloc.rsplit('@', 1)[-1]}"
        data["url"] = workspace.display(parts._replace(netloc=netloc).geturl())
        if args.keyring and invitation.password:
            _service(lambda: workspace.remember_password(data["url"], invitation.password))
    if args.json:
        emit(args, "", data)
    elif invitation.password:
        print(f"invited {invitation.member.email} as {invitation.member.role}: login "
              f"{invitation.login}")
        print(f"  address:  {data['url']}")
        print(f"  password: {invitation.password}")
        print("  (shown once, not stored in the workspace: give it to them privately; they "
              "keep it with `workspace password`)")
    else:
        print(f"added {invitation.member.email} as {invitation.member.role} (a local library: "
              "no server login)")
    return 0


def run_members(args: argparse.Namespace) -> int:
    from desktop.services import agency, members

    rows = _service(members.members)
    owner = _service(members.current_role) == "owner"
    spent = _service(agency.connects_spent)
    data = []
    for m in rows:
        item = {**_member_dict(m), "connects_spent": spent.get(m.email, 0)}
        if owner:
            terms = _service(lambda m=m: agency.pay_terms(m.email))
            item["pay"] = None if terms is None else {
                "basis": terms.basis, "hourly": None if terms.rate is None else str(terms.rate),
                "share_percent": None if terms.share_percent is None
                else str(terms.share_percent)}
        data.append(item)
    if args.json:
        emit(args, "", data)
        return 0
    for item in data:
        pay = item.get("pay")
        shown = "" if not owner else "  pay: -" if pay is None else \
            f"  pay: {pay['hourly']}/h" if pay["basis"] == "hourly" else \
            f"  pay: {pay['share_percent']}% of the agency's net"
        print(f"{item['email']:<32} {item['role']:<8} {item['login'] or '-':<24} "
              f"Connects spent: {item['connects_spent']}{shown}")
    return 0


def run_role(args: argparse.Namespace) -> int:
    from desktop.services import members

    row = _service(lambda: members.set_role(args.email, args.role))
    emit(args, f"{row.email} is now {row.role}", _member_dict(row))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from desktop.services import members

    done = _service(lambda: members.remove(args.member, to=args.to))
    who = done.to or "the agency (unassigned)"
    lines = [f"removed {done.member.email}: "
             + (f"login {done.login_dropped} dropped" if done.login_dropped
                else "no server login to drop"),
             f"  open contracts to {who}: "
             + (", ".join(f"#{i}" for i in done.contracts) or "none"),
             f"  open proposals to {who}: "
             + (", ".join(f"#{i}" for i in done.proposals) or "none"),
             "  their history (ended contracts, time, pay recorded) is kept"]
    emit(args, "\n".join(lines),
         {**_member_dict(done.member), "login_dropped": done.login_dropped,
          "contracts": done.contracts, "proposals": done.proposals, "to": done.to})
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from desktop.services import agency

    if args.proposal:
        if not args.email:
            raise CommandError("name the member who sends the proposal")
        _service(lambda: agency.send_as(args.id, args.email))
        text = f"proposal #{args.id} is sent by {args.email}"
    else:
        _service(lambda: agency.assign(args.id, args.email))
        text = f"contract #{args.id} is assigned to {args.email or 'the agency'}"
    emit(args, text, {"id": args.id, "proposal": args.proposal, "email": args.email})
    return 0


def run_pay(args: argparse.Namespace) -> int:
    from desktop.services import agency

    terms = _service(lambda: agency.set_pay(args.email, hourly=args.hourly, share=args.share))
    shown = f"{terms.rate} {terms.currency} an hour" if terms.basis == "hourly" else \
        f"{terms.share_percent}% of the agency's net"
    emit(args, f"{terms.email} is paid {shown}",
         {"email": terms.email, "basis": terms.basis,
          "hourly": None if terms.rate is None else str(terms.rate),
          "share_percent": None if terms.share_percent is None else str(terms.share_percent),
          "currency": terms.currency})
    return 0


def run_payout(args: argparse.Namespace) -> int:
    from desktop.services import agency

    if args.list:
        rows = _service(agency.payouts)
        if args.json:
            emit(args, "", [r.as_dict() for r in rows])
            return 0
        for r in rows:
            print(f"{r.recorded_on}  payment #{r.transaction_id:<6} {r.email:<28} "
                  f"net {r.agency_net:>10}  pay {r.amount:>10}  agency keeps "
                  f"{r.agency_keeps:>10} {r.currency}")
        return 0
    if args.due:
        waiting = _service(agency.due)
        if args.json:
            emit(args, "", [r.as_dict() for r in waiting])
            return 0
        for d in waiting:
            print(f"{d.occurred_on}  payment #{d.transaction_id:<6} {d.email:<28} "
                  f"{d.contract_title[:30]:<30} net {d.agency_net:>10} {d.currency}")
        return 0
    if args.transaction is None:
        raise CommandError("give the payment's id (see --due), or --list")
    row = _service(lambda: agency.record_payout(args.transaction, minutes=args.minutes))
    emit(args, f"payment #{row.transaction_id}: agency net {row.agency_net} {row.currency}, "
               f"{row.email} is paid {row.amount}, the agency keeps {row.agency_keeps}",
         row.as_dict())
    return 0
