"""Where the user's data lives: one data dir holding the database, files, logs, backups."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from desktop import APP_ID, ORG_NAME

DB_NAME = "freelance-desk.sqlite3"


def default_data_dir() -> Path:
    override = os.environ.get("FREELANCE_DESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(user_data_dir(APP_ID, ORG_NAME))


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def create(cls, data_dir: str | Path | None = None) -> AppPaths:
        paths = cls(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())
        for folder in (paths.data_dir, paths.files_dir, paths.logs_dir, paths.backups_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return paths

    @property
    def database(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "freelance-desk.log"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"
