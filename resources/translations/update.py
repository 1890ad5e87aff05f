"""Refresh the translations: extract, report, compile.

    .venv/bin/python resources/translations/update.py            # lupdate + lrelease
    .venv/bin/python resources/translations/update.py --check    # also list unmarked strings

1. `pyside6-lupdate` reads every .py under ui/ and desktop/ (the code that shows text) and
   models/ (models/errors.py's ServiceError templates) and merges new/changed strings into
   freelance_desk_hi.ts; strings that left the code are dropped (-no-obsolete). New strings
   arrive as "unfinished": translate them in Qt Linguist
   (`pyside6-linguist freelance_desk_hi.ts`) or by editing the XML.
2. `pyside6-lrelease` compiles every .ts here (freelance_desk_hi.ts and the hand-written
   qtbase_hi.ts for Qt's own buttons and dialogs) into the .qm files the app loads.
   Both .ts and .qm are committed, so a fresh clone runs without this script.

A string reaches the .ts only if the code marks it: self.tr("…") in a QObject subclass,
QCoreApplication.translate("Context", "…") elsewhere, QT_TRANSLATE_NOOP("Context", "…")
for tables of texts translated later with translate(). `--check` lists literals passed to
setText/QLabel/QPushButton/addRow/… that are not marked (tests/ui/i18n runs the same scan).
"""
from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ("ui", "desktop", "models")  # models: the ServiceError templates (models/errors.py)
LANGUAGES = ("hi",)

# calls whose string arguments are shown to the user
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "addTab", "insertTab", "setTabText", "setTabToolTip", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "addItem", "addItems", "insertItem",
    "showMessage", "setLabelText", "setCancelButtonText", "setSpecialValueText",
    "setSuffix", "setPrefix", "addRow", "insertRow", "setInformativeText", "setDetailedText",
    "addMenu", "addAction", "setButtonText", "setHeaderData",
    # static QMessageBox / QInputDialog / QFileDialog helpers
    "warning", "information", "critical", "question", "about", "getText", "getItem",
    "getInt", "getDouble", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory",
}
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QListWidgetItem", "QTableWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "QProgressDialog", "QCommandLinkButton",
    "QDockWidget", "QWizardPage", "EmptyState",
}
MARKERS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qsTr"}
# literals that are not words for a translator: object names, file filters handled by
# Qt, units and symbols, product names
ALLOWED = {
    "USD", "EUR", "INR", "GBP", "UTC", "Upwork", "Freelance Desk", "PDF", "CSV", "JSON", "OK",
    "English", "हिन्दी (Hindi)", "Connects", "%", "$", "h", "px",
}


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.AST) -> str | None:
    """The user-visible text of a literal argument, or None when it is not a literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # f-strings: their literal parts
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left, right = _literal_text(node.left), _literal_text(node.right)
        return (left or "") + (right or "") if left or right else None
    if isinstance(node, ast.Call) and _call_name(node) in {"format", "join"} and isinstance(
            node.func, ast.Attribute):
        return _literal_text(node.func.value)
    if isinstance(node, ast.List | ast.Tuple):
        parts = [_literal_text(e) for e in node.elts]
        return " | ".join(p for p in parts if p) or None
    return None


def _is_words(text: str) -> bool:
    """True for text a user reads; False for symbols, units, markup or stylesheet skeletons."""
    stripped = text.strip()
    if not stripped or stripped in ALLOWED:
        return False
    if re.search(r"[\w-]+\s*:\s*[^;]+;", stripped) or "::" in stripped:
        return False  # a stylesheet
    words = re.sub(r"<[^>]*>|\{[^}]*\}|%\d|&\w+;", " ", stripped)
    return any(sum(c.isalpha() for c in word) >= 2 for word in words.split())


def scan(paths: list[Path], root: Path = ROOT) -> list[Unmarked]:
    """Literal texts passed to text-showing Qt calls without tr()/translate()."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            if name == "tr" and node.args and not (isinstance(node.args[0], ast.Constant)
                                                   and isinstance(node.args[0].value, str)):
                # lupdate cannot see tr(variable); use translate("Context", variable) with
                # the texts marked by QT_TRANSLATE_NOOP("Context", "…") where they are written
                found.append(Unmarked(str(path.relative_to(root)), node.lineno, "tr",
                                      "<dynamic: " + ast.unparse(node.args[0]) + ">"))
                continue
            if name not in TEXT_METHODS and name not in TEXT_CLASSES:
                continue
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            if isinstance(receiver, ast.Name) and "log" in receiver.id.lower():
                continue  # log.warning("…"): for the log file, in English
            if name in {"addAction", "addMenu", "addItem", "addRow", "insertRow"} and not (
                    node.args and _literal_text(node.args[0])):
                continue
            args = list(node.args) + [k.value for k in node.keywords
                                      if k.arg in {"text", "title", "toolTip", "placeholder"}]
            for arg in args:
                text = _literal_text(arg)
                if text is not None and _is_words(text):
                    found.append(Unmarked(str(path.relative_to(root)), arg.lineno, name, text))
    return found


def marked_literals(paths: list[Path], root: Path = ROOT) -> list[Unmarked]:
    """Every literal the code marks for translation — tr("…"), translate("Ctx", "…"),
    QT_TRANSLATE_NOOP("Ctx", "…") — wherever it is written, f-strings included (lupdate
    does not look inside an f-string, so a tr() there never reaches the .ts)."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            position = {"tr": 0, "QT_TR_NOOP": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.append(Unmarked(str(path.relative_to(root)), node.lineno, name, arg.value))
    return found


def python_files(folders=SOURCES, root: Path = ROOT) -> list[Path]:
    return sorted(p for folder in folders for p in (root / folder).rglob("*.py")
                  if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt tools)")
    return found


def lupdate(ts_file: Path, root: Path = ROOT, plural_only: bool = False) -> str:
    """Merge the code's strings into ts_file. plural_only: just the %n messages (English,
    the source language, needs a .qm only to say "1 job" / "2 jobs")."""
    files = [str(p.relative_to(root)) for p in python_files(root=root)]
    extra = ["-pluralonly", "-target-language", "en"] if plural_only else []
    result = subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative",
                             *extra, *files, "-ts", str(ts_file)], cwd=root, check=True,
                            capture_output=True, text=True)
    return result.stdout + result.stderr


def fill_english_plurals(ts_file: Path) -> int:
    """English plural forms written from the source: "%n job(s)" → "%n job" / "%n jobs"
    (and "(es)", "(ies)"); a form already written by hand is kept."""
    text = ts_file.read_text(encoding="utf-8")

    def forms(source: str) -> tuple[str, str]:
        one = re.sub(r"(\w*?)y\(ies\)|\((?:s|es)\)", lambda m: (m[1] + "y") if m[1] else "",
                     source)
        many = re.sub(r"(\w*?)y\(ies\)|\((s|es)\)",
                      lambda m: (m[1] + "ies") if m[1] else m[2], source)
        return one, many

    count = 0

    def fill(match: re.Match) -> str:
        nonlocal count
        source = match["source"]
        import html
        one, many = forms(html.unescape(source))
        count += 1
        return (f"{match['head']}<translation>\n            <numerusform>{html.escape(one, False)}"
                f"</numerusform>\n            <numerusform>{html.escape(many, False)}"
                f"</numerusform>\n        </translation>")

    text = re.sub(r'(?P<head><source>(?P<source>[^<]*)</source>\s*)<translation type="unfinished">'
                  r"\s*(?:<numerusform>\s*</numerusform>\s*|<numerusform/>\s*)*</translation>",
                  fill, text)
    ts_file.write_text(text, encoding="utf-8")
    return count


def lrelease(ts_file: Path) -> str:
    result = subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm",
                             str(ts_file.with_suffix(".qm"))], check=True,
                            capture_output=True, text=True)
    return result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="list unmarked strings too")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        print(lupdate(HERE / f"freelance_desk_{language}.ts").strip())
    print(lupdate(HERE / "freelance_desk_en.ts", plural_only=True).strip())
    fill_english_plurals(HERE / "freelance_desk_en.ts")
    for ts_file in sorted(HERE.glob("*.ts")):
        print(lrelease(ts_file).strip())
    if args.check:
        unmarked = scan(python_files())
        for item in unmarked:
            print(item)
        print(f"{len(unmarked)} unmarked string(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
