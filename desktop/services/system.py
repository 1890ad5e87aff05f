"""Health of the data: integrity check and schema version (the `check` command)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from desktop import __version__
from models import db as dbmod
from models.registry import ALL_MODELS


@dataclass
class CheckReport:
    ok: bool
    database: str
    schema_version: int
    app_schema_version: int
    app_version: str
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def check() -> CheckReport:
    db = dbmod.database.obj
    problems = dbmod.integrity_problems(db)
    try:
        db.execute_sql("INSERT INTO job_fts(job_fts) VALUES ('integrity-check')")
    except Exception as exc:  # the FTS index disagrees with the job table
        problems.append(f"job search index: {exc}")
    counts = {m._meta.table_name: m.select().count() for m in ALL_MODELS}
    return CheckReport(
        ok=not problems,
        database=db.database,
        schema_version=dbmod.schema_version(db),
        app_schema_version=dbmod.latest_version(),
        app_version=__version__,
        problems=problems,
        counts=counts,
    )
