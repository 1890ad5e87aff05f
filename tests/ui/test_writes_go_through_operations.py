"""ui/ changes data only through ui/operations (README "Architecture: one write, from a button to
the database and back"): a widget that called a service's write itself would skip undo, the
translated refusal and the typed `Changes` the tabs refresh from.

Read from the source: every call, outside ui/operations, of a function of a `desktop.*` module
(however it was imported: the module, an alias, or the function itself) whose name says it writes.
The services name their writes with these verbs; a new write verb belongs in WRITES.
"""
from __future__ import annotations

import ast
import re

from tests.conftest import REPO

WRITES = re.compile(
    r"^(add|update|delete|remove|restore|save|set|create|record|store|import|start|stop|put|buy|"
    r"clear|catch_up|encrypt|decrypt|backup|auto_backup|refresh|write|send|keep|drop|merge|mark|"
    r"move|archive|unarchive|fund|submit|approve|end|pause|resume|accept|decline|pay|refund|"
    r"apply|grant|process|get_or_create|open_saved_search|request|learn|retire|boost|wipe|"
    r"recover|push|pull|invite)(_|$)")
# reads whose names begin with such a verb
READS = {"refund_room", "auto_backup_due", "boost_auction_closes"}


def _desktop_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """Names bound to desktop.* modules, and names bound to functions imported from them."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("desktop.") and alias.asname:
                    modules.add(alias.asname)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and (
                node.module == "desktop" or node.module.startswith("desktop.")):
            for alias in node.names:
                name = alias.asname or alias.name
                # `from desktop.services import jobs` binds a module; `from desktop.services.jobs
                # import set_starred` a function (a module's names are lower case too: tell them
                # apart by what the imported module is)
                (modules if _is_module(f"{node.module}.{alias.name}") else functions).add(name)
    return modules, functions


def _is_module(dotted: str) -> bool:
    path = REPO.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def service_writes_outside_operations() -> list[str]:
    found = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        rel = path.relative_to(REPO)
        if rel.parts[:2] == ("ui", "operations"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(rel))
        modules, functions = _desktop_names(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id in modules and WRITES.match(func.attr) \
                    and func.attr not in READS:
                found.append(f"{rel}:{node.lineno} {func.value.id}.{func.attr}()")
            elif isinstance(func, ast.Name) and func.id in functions and WRITES.match(func.id) \
                    and func.id not in READS:
                found.append(f"{rel}:{node.lineno} {func.id}()")
    return found


def test_ui_writes_only_through_operations():
    assert service_writes_outside_operations() == []
