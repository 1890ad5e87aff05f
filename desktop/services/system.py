"""Health of the data (the `check` command): SQLite's integrity and foreign-key checks, the
search index, the schema version, and the domain invariants — every stored value readable by
the window (money in range, times and dates parseable, codes known; see services/validation).
A folder `check` passes is a folder the window opens."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from desktop import __version__
from desktop.errors import Code, ServiceError
from desktop.services import validation
from models import db as dbmod
from models.registry import ALL_MODELS


@dataclass
class CheckReport:
    ok: bool
    database: str
    schema_version: int
    app_schema_version: int
    app_version: str
    # each a code with its parameters: the CLI prints str() (English), a window ui/messages
    problems: list[ServiceError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        shown = {f.name: getattr(self, f.name) for f in fields(self)}
        return {**shown, "problems": [str(p) for p in self.problems], "counts": dict(self.counts)}


def check() -> CheckReport:
    db = dbmod.database.obj
    problems = [ServiceError(Code.DATA_CHECK_INTEGRITY, detail=line)  # SQLite's own words
                for line in dbmod.integrity_problems(db)]
    problems += list(validation.stored_problems(db))
    problems += validation.invariant_problems(db)
    if not dbmod.is_postgres(db):  # a workspace searches with the server's own index
        try:
            db.execute_sql("INSERT INTO job_fts(job_fts) VALUES ('integrity-check')")
        except Exception as exc:  # the FTS index disagrees with the job table
            problems.append(ServiceError(Code.DATA_CHECK_SEARCH_INDEX, detail=str(exc)))
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
