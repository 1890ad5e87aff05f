"""Shipped resources (icons, themes, translations), found the same way from source or frozen."""
from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "resources" if frozen else Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    found = root().joinpath(*parts)
    if not found.exists():
        raise FileNotFoundError(f"missing resource: {found}")
    return found
