"""Clients: found by name (case-insensitive) or created, shared by every area."""
from __future__ import annotations

from peewee import fn

from desktop import clock, events
from desktop.services import db
from models.clients import Client


def find(name: str) -> Client | None:
    name = (name or "").strip()
    if not name:
        return None
    return Client.get_or_none(fn.lower(Client.name) == name.lower())


def get_or_create(name: str, *, country: str | None = None, company: str | None = None) -> Client:
    """The client called `name`, created if new. Call inside the caller's transaction."""
    name = name.strip()
    if not name:
        raise ValueError("a client needs a name")
    with db.atomic():
        client = find(name)
        if client is None:
            client = Client.create(name=name, country=country, company=company)
            events.changed("clients", [client.id])
        elif country and not client.country:
            client.country = country
            client.updated_at = clock.now()
            client.save()
    return client


def all_clients() -> list[Client]:
    return list(Client.select().order_by(fn.lower(Client.name)))
