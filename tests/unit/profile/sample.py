"""A realistic filled-in profile, written through the service (used by tests and renders)."""
from __future__ import annotations

import struct
import zlib
from datetime import timedelta
from pathlib import Path

from desktop import clock
from desktop.services import profile as service

OVERVIEW = """I build fast, reliable Shopify and Django back ends for small e-commerce teams \
that have outgrown their first theme. In the last four years I have shipped 60+ stores and \
internal tools, cut checkout load times in half for a coffee roaster, and moved a 40,000-SKU \
catalogue off spreadsheets without a day of downtime.

What you can expect:
- A clear plan and a fixed quote before I start, with weekly demos you can click through.
- Clean, tested code (Python, Liquid, TypeScript) that your next developer will thank you for.
- Honest advice: if an app does the job for $20/month, I will tell you rather than build it.

Recent work includes a custom subscription flow with Stripe, a wholesale portal with tiered \
pricing, headless storefronts on Next.js, and data pipelines that sync inventory between \
Shopify, Airtable and a 3PL every five minutes. I am comfortable owning a project end to end \
or slotting into your existing team and tools (GitHub, Linear, Slack).

I work 9:00–17:00 Lisbon time and overlap with US mornings. Message me with your store URL \
and what is slowing you down, and I will reply within a day with a first idea."""


def make_portrait(path: Path, width: int = 320, height: int = 240) -> Path:
    """A small landscape PNG of a head-and-shoulders figure (pure Python, no Qt needed)."""
    rows = []
    cx, cy = width / 2, height * 0.42
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            shade = int(150 + 80 * y / height)
            pixel = (shade - 40, shade - 10, shade + 20)  # sky-blue backdrop
            if ((x - cx) / (width * 0.11)) ** 2 + ((y - cy) / (height * 0.19)) ** 2 <= 1:
                pixel = (232, 191, 159)  # face
            elif y > height * 0.68 and abs(x - cx) < width * 0.19 + (y - height * 0.68) * 0.6:
                pixel = (46, 58, 79)  # shoulders
            row += bytes(min(255, max(0, c)) for c in pixel)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))
    path = Path(path)
    path.write_bytes(png)
    return path


def fill_profile(photo: Path | None = None) -> int:
    """Fill the general profile and its shared lists; returns the general profile's id."""
    general = service.general_profile()
    service.update(general.id, name="Ana Sousa",
                   title="Shopify & Django developer for growing e-commerce brands",
                   overview=OVERVIEW, hourly_rate="65", availability="more_than_30",
                   location="Lisbon, Portugal", timezone="Europe/Lisbon",
                   categories=["Web Development", "Programming & IT"])
    service.set_skills(general.id, ["Shopify", "Django", "Python", "Liquid", "Next.js",
                                    "Stripe", "PostgreSQL", "REST API"])
    if photo is not None:
        service.set_photo(photo)
    item = service.add_entry("portfolio", {
        "title": "Checkout redesign, coffee roaster", "role": "Lead developer",
        "description": "Rebuilt the cart and checkout on Shopify Plus; load time fell from "
                       "4.1 s to 1.8 s and conversion rose 22% in the first month.",
        "skills": "Shopify, Liquid, JavaScript", "url": "https://example.com/roaster",
        "completed_on": "2025-03-14"})
    if photo is not None:
        service.add_portfolio_file(item.id, photo)
    service.add_entry("portfolio", {
        "title": "Wholesale portal with tiered pricing", "role": "Full-stack developer",
        "description": "Django portal for 300 retail buyers with tiered price lists and "
                       "Stripe invoicing.", "skills": "Django, Stripe, PostgreSQL",
        "completed_on": "2024-09-30"})
    service.add_entry("certification", {
        "name": "Shopify Theme Development", "issuer": "Shopify Academy",
        "issued_on": "2023-02-01", "credential_id": "SH-22981",
        "url": "https://academy.shopify.com/cert/SH-22981"})
    service.add_entry("certification", {
        "name": "AWS Certified Developer – Associate", "issuer": "Amazon Web Services",
        # expired 40 days ago, whatever today is (issued three years before that)
        "issued_on": (clock.local_today() - timedelta(days=40 + 3 * 365)).isoformat(),
        "expires_on": (clock.local_today() - timedelta(days=40)).isoformat()})
    service.add_entry("employment", {
        "company": "Loja Digital", "role": "Senior developer", "location": "Porto",
        "start_on": "2018-01-01", "end_on": "2021-06-30",
        "description": "Led a team of four building Shopify stores for local brands."})
    service.add_entry("education", {
        "school": "University of Lisbon", "degree": "MSc", "field": "Computer Science",
        "start_year": 2012, "end_year": 2017})
    service.add_entry("language", {"language": "English", "proficiency": "fluent"})
    service.add_entry("language", {"language": "Portuguese", "proficiency": "native"})
    return general.id
