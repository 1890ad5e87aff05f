"""Persistence and domain rules. No Qt, no desktop/ or ui/ imports."""
