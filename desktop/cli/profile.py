"""`freelance-desk profile …`: list profiles, show strength, export to paste or archive."""
from __future__ import annotations

import argparse
import sys

from desktop.cli import CommandError, add_json_flag, emit


def register(sub, import_kinds) -> None:
    parser = sub.add_parser("profile", help="your marketplace profiles: list, strength, export")
    actions = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the general and specialized profiles")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    strength = actions.add_parser("strength", help="the profile-strength score and checklist")
    strength.add_argument("profile", nargs="?", type=int, help="profile id (default: general)")
    add_json_flag(strength)
    strength.set_defaults(handler=run_strength)

    export = actions.add_parser("export", help="export a profile as text, Markdown or JSON")
    export.add_argument("profile", nargs="?", type=int, help="profile id (default: general)")
    export.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (format from its suffix unless --format); "
                             "default: print to standard output")
    export.add_argument("-f", "--format", choices=("text", "markdown", "json", "html"),
                        help="output format (default: text, or from the file suffix)")
    export.set_defaults(handler=run_export)


def _profile_id(args: argparse.Namespace) -> int:
    from desktop.services import profile as service

    if args.profile is None:
        return service.general_profile().id
    try:
        return service.get(args.profile).id
    except service.ProfileError as exc:
        known = ", ".join(str(p.id) for p in service.profiles())
        raise CommandError(f"{exc} (profiles: {known})") from None


def run_list(args: argparse.Namespace) -> int:
    from desktop.services import profile as service

    rows = []
    for profile in service.profiles():
        score, _ = service.strength(profile.id)
        rows.append({"id": profile.id, "kind": profile.kind,
                     "name": service.display_name(profile), "title": profile.title,
                     "hourly_rate": str(profile.hourly_rate) if profile.hourly_rate else None,
                     "skills": len(service.skills(profile.id)), "strength": score})
    text = "\n".join(f"{r['id']:>3}  {r['name']:<28} {r['strength']:>3}%  {r['title'] or '—'}"
                     for r in rows)
    emit(args, text, rows)
    return 0


def run_strength(args: argparse.Namespace) -> int:
    from desktop.services import profile as service
    from models.rules.profile_strength import grade

    profile_id = _profile_id(args)
    score, hints = service.strength(profile_id)
    lines = [f"{service.display_name(service.get(profile_id))}: {score}% ({grade(score)})"]
    lines += [f"  [{'x' if h.passed else ' '}] {h.message}"
              + (f" — {h.detail}" if h.detail and not h.passed else "") for h in hints]
    emit(args, "\n".join(lines), {
        "profile": profile_id, "score": score,
        "checks": [{"key": h.key, "code": h.code, "field": h.field, "passed": h.passed,
                    "weight": h.weight, "message": h.message, "detail": h.detail}
                   for h in hints]})
    return 0


def run_export(args: argparse.Namespace) -> int:
    from desktop.io import profile_export
    from desktop.services import profile as service

    data = service.snapshot(_profile_id(args))
    if args.output:
        try:
            path = profile_export.write(data, args.output, args.format)
        except (ValueError, OSError) as exc:
            raise CommandError(str(exc)) from None
        print(f"wrote {path}")
    else:
        sys.stdout.write(profile_export.render(data, args.format or "text"))
    return 0
