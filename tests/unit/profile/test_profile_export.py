"""Export: sections ready to paste, whole-profile text/Markdown/JSON, and the CLI."""
import json

import pytest

from desktop.cli import build_parser, run_command
from desktop.io import profile_export
from desktop.services import profile as service
from tests.unit.profile.sample import OVERVIEW, fill_profile


def test_sections_are_exactly_what_goes_into_each_marketplace_field(data_dir):
    data = service.snapshot(fill_profile())
    sections = {s.key: s for s in profile_export.sections(data)}
    assert list(sections) == ["title", "overview", "skills", "details", "portfolio",
                              "certifications", "employment", "education"]
    assert sections["title"].text == "Shopify & Django developer for growing e-commerce brands"
    assert sections["overview"].text == OVERVIEW
    assert sections["skills"].text.startswith("Shopify, Django, Python, Liquid")
    assert "Hourly rate: $65.00/hr" in sections["details"].text
    assert "Languages: English (Fluent), Portuguese (Native or bilingual)" in \
        sections["details"].text
    assert "### Checkout redesign, coffee roaster (2025-03)" in sections["portfolio"].markdown
    assert "Senior developer at Loja Digital (2018-01 – 2021-06, Porto)" in \
        sections["employment"].text


def test_an_empty_profile_exports_no_empty_sections(data_dir):
    data = service.snapshot(service.general_profile().id)
    assert profile_export.sections(data) == []
    assert profile_export.to_text(data) == "GENERAL PROFILE\n"


def test_whole_profile_formats(data_dir, tmp_path):
    data = service.snapshot(fill_profile())
    markdown = profile_export.to_markdown(data)
    assert markdown.startswith("# Ana Sousa\n\n## Title\n")
    assert "## Certifications" in markdown
    written = profile_export.write(data, tmp_path / "me.json")
    assert json.loads(written.read_text(encoding="utf-8"))["skills"][0] == "Shopify"
    with pytest.raises(ValueError, match="cannot tell the format"):
        profile_export.write(data, tmp_path / "me.docx")
    assert "<h2>Overview</h2>" in profile_export.to_html(data)


def test_cli_lists_scores_and_exports(data_dir, capsys, tmp_path):
    fill_profile()
    directory = str(data_dir.data_dir)
    from desktop import runtime

    runtime.close()  # the CLI opens the data dir itself

    def cli(*argv):
        args = build_parser().parse_args(["--data-dir", directory, *argv])
        return run_command(args)

    assert cli("profile", "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "General profile" and rows[0]["skills"] == 8
    assert cli("profile", "strength") == 0
    assert "[ ] Certification expired: AWS Certified Developer" in capsys.readouterr().out
    target = tmp_path / "profile.md"
    assert cli("profile", "export", "-o", str(target)) == 0
    assert target.read_text(encoding="utf-8").startswith("# Ana Sousa")
    assert cli("profile", "export", "42") == 1
    assert "no profile with id 42" in capsys.readouterr().err
