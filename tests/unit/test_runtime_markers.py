"""Opening a data dir looks for a killed import's publishing marker with one small read and
loads the importers only when there is one: the kinds it looks for are the importers' own."""
from __future__ import annotations

from desktop import runtime
from desktop.services import statement_import
from desktop.services.jobs import imports as job_imports
from models.payments import ImportLog


def test_the_open_check_knows_every_publishing_marker(data_dir):
    assert set(runtime.PUBLISHING_KINDS) == {job_imports.PUBLISHING,
                                             statement_import.PUBLISHING}
    assert ImportLog._meta.table_name == "import_log"
    assert not runtime._publishing_markers()
    ImportLog.create(kind=statement_import.PUBLISHING, file_name="x.csv")
    assert runtime._publishing_markers()
