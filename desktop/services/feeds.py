"""RSS/Atom feed subscriptions: fetch them when online, add their postings to the library.

Network work happens outside any transaction; each feed's postings are then stored in one
transaction of their own (through jobs.store_records, so they dedupe by the job's id like any
import), and the feed remembers when it was fetched and its last error. A feed that fails — no
network, a timeout, a 404, a page that is not a feed — is reported in plain words and changes
nothing; the other feeds still refresh.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from desktop import APP_NAME, __version__, clock, events
from desktop.errors import Code, ServiceError, error_data, error_from_data
from desktop.io.jobs import ImportFileError, parse_feed
from desktop.io.jobs.rss import check_safe
from desktop.progress import Progress, report
from desktop.services import db
from desktop.services import jobs as job_service
from models.errors import QT_TRANSLATE_NOOP
from models.jobs import Feed

AREA = "jobs"
TIMEOUT = 15.0  # seconds per request: a slow feed must not hold up the others for long
MAX_BYTES = 10 * 1024 * 1024  # real Upwork feeds are ~130 KB; anything this big is not a feed


class FeedError(ServiceError):
    """A feed could not be fetched or read; the code says why. `offline`: for want of a
    network (the refresh then says "you seem to be offline" once, not per feed)."""

    def __init__(self, code: str, /, *, offline: bool = False, **params: Any):
        super().__init__(code, **params)
        self.offline = offline


def last_problem(feed: Feed) -> FeedError | None:
    """Why the feed's last refresh failed (None: it did not), as a code with its parameters:
    Feed.last_error keeps it as JSON, so the window says it in the user's language and the CLI
    in English. A problem stored as an English sentence by an older version is shown as is."""
    if not feed.last_error:
        return None
    try:
        data = json.loads(feed.last_error)
    except ValueError:
        data = None
    if not isinstance(data, dict) or "code" not in data:
        return FeedError(Code.TEXT, text=feed.last_error)
    error = error_from_data(data)
    return FeedError(error.code, **error.params)


def _clean_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FeedError(Code.FEED_BAD_URL, url=url)
    return url


def feeds() -> list[Feed]:
    return list(Feed.select().order_by(Feed.title, Feed.url))


def add_feed(url: str, title: str = "") -> Feed:
    url = _clean_url(url)
    with db.atomic():
        if Feed.get_or_none(Feed.url == url) is not None:
            raise FeedError(Code.FEED_ALREADY)
        feed = Feed.create(url=url, title=title.strip(), created_at=clock.now())
    events.changed(AREA)
    return feed


def update_feed(feed_id: int, *, title: str | None = None, enabled: bool | None = None) -> None:
    changes: dict[str, Any] = {}
    if title is not None:
        changes["title"] = title.strip()
    if enabled is not None:
        changes["enabled"] = enabled
    if changes:
        with db.atomic():
            Feed.update(**changes).where(Feed.id == feed_id).execute()
        events.changed(AREA)


def remove_feed(feed_id: int) -> dict[str, Any]:
    """Unsubscribe (the jobs it brought stay); returns what restore_feed needs (undo)."""
    with db.atomic():
        feed = Feed.get_or_none(Feed.id == feed_id)
        if feed is None:
            raise FeedError(Code.FEED_GONE)
        data = dict(feed.__data__)
        feed.delete_instance()
    events.changed(AREA)
    return data


def restore_feed(data: dict[str, Any]) -> None:
    with db.atomic():
        Feed.insert(data).execute()
    events.changed(AREA)


def fetch(url: str, *, timeout: float = TIMEOUT) -> bytes:
    """The feed document at `url`; FeedError in plain words when that is impossible."""
    # the HTTP stack (ssl, http.client, email…) loads on the first fetch, not with the Jobs tab
    import socket
    import ssl
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={
        "User-Agent": f"{APP_NAME.replace(' ', '')}/{__version__} (feed reader)",
        "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, */*"})
    host = urlsplit(url).netloc
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FeedError(Code.FEED_NOT_FOUND if exc.code == 404 else Code.FEED_HTTP, host=host,
                        status=str(exc.code), reason=str(exc.reason)) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            raise FeedError(Code.FEED_NO_HOST, host=host, offline=True) from None
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FeedError(Code.FEED_TIMEOUT, host=host, seconds=f"{timeout:g}",
                            offline=True) from None
        if isinstance(reason, ConnectionRefusedError):
            raise FeedError(Code.FEED_REFUSED, host=host, offline=True) from None
        if isinstance(reason, ssl.SSLError):
            raise FeedError(Code.FEED_TLS, host=host, detail=str(reason.reason)) from None
        raise FeedError(Code.FEED_UNREACHABLE, host=host, detail=str(reason),
                        offline=True) from None
    except TimeoutError:
        raise FeedError(Code.FEED_TIMEOUT, host=host, seconds=f"{timeout:g}",
                        offline=True) from None
    except (ConnectionError, OSError) as exc:
        raise FeedError(Code.FEED_UNREACHABLE, host=host, detail=str(exc), offline=True) from None
    if len(data) > MAX_BYTES:
        raise FeedError(Code.FEED_TOO_BIG, host=host, megabytes=MAX_BYTES // (1024 * 1024))
    return data


def feed_title(data: bytes) -> str:
    """The channel's own title ("Python jobs | upwork.com"), for feeds added without one."""
    try:
        check_safe(data, "feed")
        root = ET.fromstring(data)
    except (ET.ParseError, ImportFileError):
        return ""
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] == "title":
            return " ".join((element.text or "").split())[:120]
    return ""


@dataclass
class FeedOutcome:
    feed_id: int
    name: str
    summary: job_service.ImportSummary | None = None
    error: str | None = None  # English, for the CLI and the log
    offline: bool = False
    problem: FeedError | None = None  # the same, as a code: the window shows it translated


@dataclass
class RefreshResult:
    outcomes: list[FeedOutcome] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(o.summary.added for o in self.outcomes if o.summary)

    @property
    def updated(self) -> int:
        return sum(o.summary.updated for o in self.outcomes if o.summary)

    @property
    def failed(self) -> list[FeedOutcome]:
        return [o for o in self.outcomes if o.error]

    @property
    def offline(self) -> bool:
        """Every feed failed for want of a network."""
        return bool(self.outcomes) and all(o.offline for o in self.outcomes)

    def text(self) -> str:
        if not self.outcomes:
            return "No feeds to refresh: add one with Jobs ▸ Feeds."
        if self.offline:
            return "You seem to be offline: no feed could be reached. Nothing changed."
        lines = [f"{len(self.outcomes) - len(self.failed)} of {len(self.outcomes)} feeds "
                 f"refreshed: {self.added} new jobs, {self.updated} updated."]
        lines += [f"{o.name}: {o.error}" for o in self.failed]
        return "\n".join(lines)


def _name(feed: Feed) -> str:
    return feed.title or urlsplit(feed.url).netloc or feed.url


def refresh_feed(feed: Feed, *, timeout: float = TIMEOUT) -> FeedOutcome:
    outcome = FeedOutcome(feed.id, _name(feed))
    now = clock.now()
    try:
        data = fetch(feed.url, timeout=timeout)
        records = list(parse_feed(data, outcome.name))
        outcome.summary = job_service.store_records(records, name=outcome.name, source="feed",
                                                    now=now)
    except FeedError as exc:  # kept as a fresh copy: no traceback holding the socket open
        outcome.problem = FeedError(exc.code, offline=exc.offline, **exc.params)
        outcome.offline = exc.offline
    except ImportFileError as exc:
        outcome.problem = FeedError(Code.FEED_NOT_A_FEED, detail=exc)
    if outcome.problem is not None:
        outcome.error = str(outcome.problem)
    with db.atomic():
        changes: dict[str, Any] = {"last_error": None if outcome.problem is None
                                   else json.dumps(error_data(outcome.problem))}
        if outcome.error is None:
            changes["last_fetched_at"] = now
            if not feed.title:
                changes["title"] = feed_title(data)
        Feed.update(**changes).where(Feed.id == feed.id).execute()
    events.changed(AREA)
    return outcome


def refresh_feeds(*, feed_ids: list[int] | None = None, progress: Progress | None = None,
                  timeout: float = TIMEOUT) -> RefreshResult:
    """Fetch every enabled feed (or those given) and store their postings."""
    query = Feed.select().order_by(Feed.id)
    query = query.where(Feed.id.in_(feed_ids)) if feed_ids is not None else \
        query.where(Feed.enabled == True)  # noqa: E712 - peewee expression
    targets = list(query)
    result = RefreshResult()
    for number, feed in enumerate(targets):
        report(progress, number, len(targets), QT_TRANSLATE_NOOP("Progress", "Fetching job feeds…"))
        result.outcomes.append(refresh_feed(feed, timeout=timeout))
    report(progress, len(targets), len(targets), QT_TRANSLATE_NOOP("Progress", "Done"))
    return result
