"""Jobs on the command line.

    freelance-desk import jobs FILE… [--skip-bad] [--json]
    freelance-desk search QUERY [--type hourly|fixed] [--min-budget N] [--verified] [--limit N]
                                [--sort relevance|newest|budget|fit] [--json]
    freelance-desk feeds list|add URL|remove URL|refresh [--json]
"""
from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from desktop.cli import BadInputError, CommandError, add_json_flag, emit
from models.jobs import JobType


def register(sub, import_kinds) -> None:
    imp = import_kinds.add_parser(
        "jobs", help="job postings: CSV, JSON, RSS/Atom XML, or .txt of pasted postings",
        description="Import job postings. All files go in together or not at all; postings "
                    "already in the library (same job id or link) are updated, and the earlier "
                    "version is kept as a snapshot. A file or row that cannot be read is named "
                    "(file, row, field) and nothing is imported (exit status 2), unless "
                    "--skip-bad: then the good rows go in and the bad ones are listed.")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--skip-bad", "--skip-bad-rows", action="store_true", dest="skip_bad",
                     help="import the rows that can be read and list the others")
    add_json_flag(imp)
    imp.set_defaults(handler=run_import)

    search = sub.add_parser(
        "search", help="search the job library (full text + filters)",
        description='Words must all match; "a phrase" in quotes, -word to exclude, word* for a '
                    "prefix, OR between two words for either.")
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    search.add_argument("--type", choices=("hourly", "fixed"), dest="job_type")
    search.add_argument("--min-budget", type=_amount, metavar="N",
                        help="fixed-price budget of at least N, or for hourly jobs a top rate "
                             "of at least N per hour")
    search.add_argument("--verified", action="store_true", help="client's payment verified")
    search.add_argument("--limit", type=_positive, default=20, metavar="N")
    search.add_argument("--sort", choices=("relevance", "newest", "budget", "fit"),
                        default="relevance")
    add_json_flag(search)
    search.set_defaults(handler=run_search)

    feeds = sub.add_parser("feeds", help="RSS/Atom job feeds: list, add, remove, refresh")
    actions = feeds.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the feeds you follow")
    add_json_flag(listing)
    listing.set_defaults(handler=run_feeds_list)
    add = actions.add_parser("add", help="follow a feed")
    add.add_argument("url", metavar="URL")
    add.add_argument("--title", default="")
    add_json_flag(add)
    add.set_defaults(handler=run_feeds_add)
    remove = actions.add_parser("remove", help="stop following a feed (its jobs stay)")
    remove.add_argument("url", metavar="URL")
    add_json_flag(remove)
    remove.set_defaults(handler=run_feeds_remove)
    refresh = actions.add_parser("refresh", help="fetch every enabled feed now")
    refresh.add_argument("--timeout", type=float, default=15.0, metavar="SECONDS")
    add_json_flag(refresh)
    refresh.set_defaults(handler=run_feeds_refresh)


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace("$", "").replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("an amount cannot be negative")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run_import(args: argparse.Namespace) -> int:
    from desktop.services import jobs

    try:
        summary = jobs.import_files(args.files, skip_bad=args.skip_bad)
    except jobs.BadRowsError as exc:
        raise BadInputError(f"{exc} (--skip-bad imports the good rows)") from None
    except (jobs.ImportFileError, OSError) as exc:
        raise BadInputError(f"{exc} — nothing was imported") from None
    except jobs.JobError as exc:
        raise CommandError(f"{exc} — nothing was imported") from None
    lines = [summary.text()]
    for error in summary.rejected[:50]:
        lines.append(f"  rejected: {error}")
    if len(summary.rejected) > 50:
        lines.append(f"  … and {len(summary.rejected) - 50} more rejected rows (see --json)")
    emit(args, "\n".join(lines), summary.as_dict())
    return 0


def run_search(args: argparse.Namespace) -> int:
    from desktop.io.jobs import codes
    from desktop.services import jobs

    filters = jobs.JobFilters(
        job_types=(args.job_type,) if args.job_type else (),
        verified_only=args.verified,
        min_budget=args.min_budget
        if args.min_budget is not None and args.job_type != JobType.HOURLY else None,
        min_rate=args.min_budget if args.min_budget is not None and args.job_type != JobType.FIXED
        else None)
    try:
        result = jobs.search(args.query, filters, args.sort, limit=args.limit)
    except jobs.QueryError as exc:
        raise CommandError(str(exc)) from None
    found = jobs.jobs_by_id(result.ids)
    profile = jobs.profile_facts()
    items, lines = [], []
    for job_id in result.ids:
        job = found[job_id]
        fit, quality = jobs.signals(job, profile)
        items.append({
            "id": job.id, "title": job.title, "ext_id": job.ext_id, "url": job.url,
            "job_type": job.job_type, "amount": jobs.amount_text(job),
            "hourly_min": job.hourly_min, "hourly_max": job.hourly_max, "budget": job.budget,
            "experience_level": job.experience_level, "proposals_band": job.proposals_band,
            "connects_required": job.connects_required, "posted_at": job.posted_at,
            "client_payment_verified": job.client_payment_verified,
            "client_country": job.client_country, "client_spent": job.client_spent,
            "skills": jobs.skill_list(job.skills), "status": job.status,
            "fit": fit.value, "client_quality": quality.value})
        facts = [jobs.amount_text(job), codes.label("experience_level", job.experience_level),
                 "verified" if job.client_payment_verified else "",
                 job.posted_at.strftime("%Y-%m-%d") if job.posted_at else ""]
        lines.append(f"#{job.id:<6} {job.title[:70]}")
        lines.append("        " + " · ".join(f for f in facts if f) + f" · fit {fit.value}")
    about = "more than " if result.more_than else ""  # a big workspace counts up to a point
    header = f"{about}{result.total:,} job{'s' * (result.total != 1)} match"
    if result.total > len(result.ids):
        header += f" (showing {len(result.ids)}; use --limit)"
    emit(args, "\n".join([header, *lines]),
         {"total": result.total, "more_than": result.more_than, "jobs": items})
    return 0


def _feed_dict(feed) -> dict:
    from desktop.services import feeds

    problem = feeds.last_problem(feed)
    return {"id": feed.id, "url": feed.url, "title": feed.title, "enabled": feed.enabled,
            "last_fetched_at": feed.last_fetched_at,
            "last_error": str(problem) if problem else None,
            "last_error_code": str(problem.code) if problem else None}


def run_feeds_list(args: argparse.Namespace) -> int:
    from desktop.services import feeds

    items = feeds.feeds()
    lines = [f"{'on ' if f.enabled else 'off'} {f.title or '(untitled)'} — {f.url}"
             + (f"\n    last error: {feeds.last_problem(f)}" if f.last_error else "")
             for f in items]
    emit(args, "\n".join(lines) or "No feeds yet: freelance-desk feeds add URL",
         [_feed_dict(f) for f in items])
    return 0


def run_feeds_add(args: argparse.Namespace) -> int:
    from desktop.services import feeds

    try:
        feed = feeds.add_feed(args.url, args.title)
    except feeds.FeedError as exc:
        raise CommandError(str(exc)) from None
    emit(args, f"Following {feed.url}", _feed_dict(feed))
    return 0


def run_feeds_remove(args: argparse.Namespace) -> int:
    from desktop.services import feeds

    match = next((f for f in feeds.feeds() if f.url == args.url.strip()), None)
    if match is None:
        raise CommandError(f"you do not follow {args.url}")
    feeds.remove_feed(match.id)
    emit(args, f"Stopped following {match.url}", {"removed": match.url})
    return 0


def run_feeds_refresh(args: argparse.Namespace) -> int:
    from desktop.services import feeds

    result = feeds.refresh_feeds(timeout=args.timeout)
    data = {"added": result.added, "updated": result.updated, "offline": result.offline,
            "feeds": [{"id": o.feed_id, "name": o.name, "error": o.error,
                       "summary": o.summary.as_dict() if o.summary else None}
                      for o in result.outcomes]}
    emit(args, result.text(), data)
    return 1 if result.offline else 0
