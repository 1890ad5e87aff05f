"""Clients: found by name (case-insensitive) or created, shared by every area."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from desktop import clock, events
from desktop.errors import Code, ServiceError
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
        raise ServiceError(Code.CLIENT_NO_NAME)
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


@dataclass(frozen=True)
class ClientRow:
    """A client as read for pickers and search (a typed row, not the model)."""

    id: int
    name: str
    company: str | None
    country: str | None


def all_clients() -> list[ClientRow]:
    """Every client, by name (case-insensitive)."""
    query = (Client.select(Client.id, Client.name, Client.company, Client.country)
             .order_by(fn.lower(Client.name)))
    return [ClientRow(c.id, c.name, c.company, c.country) for c in query]
