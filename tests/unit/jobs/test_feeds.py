"""Feeds fetched over real HTTP (a local http.server in a thread serving the real RSS files)."""
from __future__ import annotations

import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.errors import Code
from desktop.services import feeds
from models.jobs import Feed, Job

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "jobs"


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def server(tmp_path, shared_data):
    """Serves copies of two real Upwork feeds, our own board feed, and a page that is no feed."""
    root = tmp_path / "www"
    root.mkdir()
    for name in ("lougse_powerbi_all_jobs_20240513.xml", "idelstak_java.rss"):
        (root / name).write_bytes((shared_data / "rss" / name).read_bytes())
    (root / "board.rss").write_bytes((FIXTURES / "board_feed.rss").read_bytes())
    (root / "page.html").write_text("<html><body>Not a feed</body></html>")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def test_refresh_adds_the_feeds_jobs_and_a_second_refresh_only_dedupes(data_dir, server):
    base, _root = server
    upwork = feeds.add_feed(f"{base}/lougse_powerbi_all_jobs_20240513.xml")
    feeds.add_feed(f"{base}/idelstak_java.rss", "Java jobs")
    result = feeds.refresh_feeds(timeout=5)
    assert result.failed == []
    assert result.added == 60
    assert Job.select().where(Job.source == "feed").count() == 60
    stored = Feed.get_by_id(upwork.id)
    assert stored.last_fetched_at is not None and stored.last_error is None
    assert stored.title == "All jobs | upwork.com"  # the channel's own title
    job = Job.select().where(Job.ext_id.is_null(False)).first()
    assert job.ext_id.startswith("~01")
    again = feeds.refresh_feeds(timeout=5)
    assert (again.added, again.updated) == (0, 0)
    assert sum(o.summary.duplicates for o in again.outcomes) == 60


def test_a_feed_that_fails_is_reported_and_the_others_still_refresh(data_dir, server):
    base, _root = server
    feeds.add_feed(f"{base}/board.rss", "Board")
    missing = feeds.add_feed(f"{base}/gone.rss", "Gone")
    page = feeds.add_feed(f"{base}/page.html", "Page")
    result = feeds.refresh_feeds(timeout=5)
    assert result.added >= 1
    errors = {o.name: o.error for o in result.failed}
    assert "404" in errors["Gone"] and "check the address" in errors["Gone"]
    assert errors["Page"].startswith("not a job feed")
    assert {o.name: o.problem.code for o in result.failed} == {  # what the window translates
        "Gone": Code.FEED_NOT_FOUND, "Page": Code.FEED_NOT_A_FEED}
    assert not result.offline
    kept = feeds.last_problem(Feed.get_by_id(missing.id))  # a code, not an English sentence
    assert kept.code is Code.FEED_NOT_FOUND and "404" in str(kept)
    assert feeds.last_problem(Feed.get_by_id(page.id)).code is Code.FEED_NOT_A_FEED
    assert Feed.get_by_id(page.id).last_fetched_at is None
    assert "2 of 3" not in result.text() and "1 of 3 feeds refreshed" in result.text()


def test_offline_is_said_plainly_and_changes_nothing(data_dir):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    feeds.add_feed(f"http://127.0.0.1:{port}/jobs.rss", "Local")
    feeds.add_feed("http://no-such-host.invalid/jobs.rss", "Nowhere")
    result = feeds.refresh_feeds(timeout=2)
    assert result.offline
    assert result.text().startswith("You seem to be offline")
    assert "refused" in result.outcomes[0].error
    assert "offline" in result.outcomes[1].error
    assert [o.problem.code for o in result.outcomes] == [Code.FEED_REFUSED, Code.FEED_NO_HOST]
    assert Job.select().count() == 0


def test_feed_addresses_are_checked_and_removal_can_be_undone(data_dir):
    with pytest.raises(feeds.FeedError, match="https://"):
        feeds.add_feed("ftp://example.com/feed")
    feed = feeds.add_feed("https://example.com/jobs.rss")
    with pytest.raises(feeds.FeedError, match="already"):
        feeds.add_feed("https://example.com/jobs.rss ")
    feeds.update_feed(feed.id, enabled=False)
    assert feeds.refresh_feeds().outcomes == []  # disabled feeds are not fetched
    data = feeds.remove_feed(feed.id)
    assert feeds.feeds() == []
    feeds.restore_feed(data)
    assert [f.url for f in feeds.feeds()] == ["https://example.com/jobs.rss"]
