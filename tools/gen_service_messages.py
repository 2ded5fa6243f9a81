"""Generate ``kidesk/ui/service_messages.py``: the services' German user messages as templates.

Run after adding or changing a message in ``kidesk/services``::

    .venv/bin/python tools/gen_service_messages.py     # rewrites kidesk/ui/service_messages.py
    # then pyside6-lupdate / translate / pyside6-lrelease as README says

``tests/ui/test_service_messages.py`` fails while the written file is stale, while a template has no
English translation, and while a message reaches a user error in a way this scan cannot follow.

The rule (docs/ARCHITECTURE.md, "Dienstmeldungen übersetzen"): the text of every user error made in
``kidesk/services`` (its first argument, or what its ``__init__`` hands to ``super().__init__``), every
value put into a ``problems`` dict and every answer of a rule in ``services/validation.py`` is

* a literal: a string, an f-string, or ``+`` of those — its fixed text becomes the template, every
  inserted value a placeholder (``f"„{name}“ gibt es schon."`` → ``"„%1“ gibt es schon."``);
* a name bound in the same function to such a literal (``bad = f"…"; raise ValidationError(bad)``);
* a call of a function of ``kidesk/services`` whose every ``return`` is such a literal
  (``stale_message(label)``), or of a parameter named ``…message`` (its callers pass
  ``missing_message=lambda item: f"…"``, and those lambdas are scanned too);
* a lookup in a module-level table (``HINTS[code]``, ``HINTS.get(code, f"…")``), whose sentences
  are templates (see below);
* or the line says ``# message passed on: <why>`` (``str(exc)`` of an error whose text is made
  elsewhere).

Anything else is reported by :func:`unfollowed_messages` and fails the test. A text inserted as a
value (``{hint}``) is translated on its own when it matches a template; for that, every sentence in a
module-level table of ``kidesk/services`` (a dict, tuple, list or set literal bound to a name, e.g.
the postcode hints or the file-system error texts) is a template as well, and so is a literal on a
line marked ``# user text`` (texts the services hand to the window outside an error, e.g. the notes
of the due list; the window shows them through ``service_text``/``note_text``).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "kidesk" / "services"
GENERATED = ROOT / "kidesk" / "ui" / "service_messages.py"
MIN_LITERAL = 8  # a template needs this much fixed text, or any sentence would match it
PASSED_ON = "# message passed on:"
USER_TEXT = "# user text"  # a literal on such a line is a template even where no error is made
SENTENCE_ENDS = (".", "!", "?")


def user_error_names() -> set[str]:
    """Names of every class derived from :class:`kidesk.errors.UserError` the services can raise."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import kidesk.services
    from kidesk.errors import UserError

    for module in pkgutil.walk_packages(kidesk.services.__path__, "kidesk.services."):
        importlib.import_module(module.name)
    names: set[str] = set()
    todo: list[type] = [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _parts(node: ast.expr) -> list[str | None]:
    """Literal text pieces of a message expression; ``None`` where a value goes in."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _parts(node.left) + _parts(node.right)
    return [None]


def is_literal(node: ast.expr) -> bool:
    """A string, an f-string or a ``+`` of those (values may go in; the text is fixed)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (is_literal(node.left) or is_literal(node.right)) and all(
            is_literal(side) or not isinstance(side, ast.Constant) for side in (node.left, node.right)
        )
    return False


def template_of(node: ast.expr) -> str | None:
    """``f"Ein Netzwerk namens „{name}“ gibt es schon."`` → ``"Ein Netzwerk namens „%1“ gibt es schon."``."""
    merged: list[str | None] = []
    for part in _parts(node):
        if part is None and merged and merged[-1] is None:
            continue  # two values side by side cannot be told apart: one placeholder
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    if sum(len(p) for p in merged if p) < MIN_LITERAL:
        return None
    out, n = [], 0
    for part in merged:
        if part is None:
            n += 1
            out.append(f"%{n}")
        else:
            out.append(part)
    return "".join(out)


# -- where messages are made ----------------------------------------------------------------------------
class _Module:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.lines = self.source.splitlines()
        self.tree = ast.parse(self.source)
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(self.tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent

    def function_of(self, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return None

    def class_of(self, node: ast.AST) -> ast.ClassDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.ClassDef):
                return node
        return None

    def where(self, node: ast.AST) -> str:
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{getattr(node, 'lineno', 0)}"


def _modules(folder: Path) -> list[_Module]:
    return [_Module(path) for path in sorted(folder.rglob("*.py"))]


def _call_name(func: ast.expr) -> str | None:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _composing_classes(modules: list[_Module]) -> set[str]:
    """User errors whose ``__init__`` makes the text from other values (``OrganisationNotCertain(typed,
    candidates)``): their ``super().__init__`` is scanned instead of the first argument."""
    found = set()
    for module in modules:
        for cls in ast.walk(module.tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            for item in cls.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    params = [a.arg for a in item.args.args[1:]]
                    if not params or "message" not in params[0]:
                        found.add(cls.name)
    return found


def _message_sites(module: _Module, names: set[str], composing: set[str]) -> Iterator[ast.expr]:
    """The message expressions of one module (see the module docstring)."""
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call) and node.args and _call_name(node.func) in names - composing:
            yield node.args[0]  # a user error made (raised, returned or kept)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "__init__"
            and isinstance(node.func.value, ast.Call)
            and _call_name(node.func.value.func) == "super"
            and (cls := module.class_of(node)) is not None
            and cls.name in names
        ):
            yield node.args[0]  # a user error's own __init__ composing its text
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == "problems"
            for t in node.targets
        ):
            yield node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "setdefault"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "problems"
            and len(node.args) == 2
        ):
            yield node.args[1]
        elif (
            module.path.name == "validation.py"
            and isinstance(node, ast.Return)
            and node.value is not None
            and (function := module.function_of(node)) is not None
            and function.name.endswith(("_problem", "_warning", "_reason"))
        ):
            yield node.value  # what a field rule answers
        elif isinstance(node, ast.keyword) and (node.arg or "").endswith("message"):
            value = node.value.body if isinstance(node.value, ast.Lambda) else node.value
            yield value  # a message callback handed to a helper (missing_message=lambda item: f"…")


def _table_values(module: _Module) -> Iterator[ast.expr]:
    """Module-level dict, tuple, list and set literals bound to a name (not the demo data's names)."""
    if "demo_data" in module.path.parts:
        return
    for node in module.tree.body:
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(value, ast.Dict | ast.Tuple | ast.List | ast.Set):
            yield value


def _table_names(module: _Module) -> set[str]:
    names = set()
    for node in module.tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
            node.value, ast.Dict | ast.Tuple | ast.List | ast.Set
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _functions(modules: list[_Module]) -> dict[str, list[tuple[_Module, ast.FunctionDef | ast.AsyncFunctionDef]]]:
    found: dict[str, list[tuple[_Module, ast.FunctionDef | ast.AsyncFunctionDef]]] = {}
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found.setdefault(node.name, []).append((module, node))
    return found


class _Scan:
    """Templates found, and the message expressions that could not be followed to a literal."""

    def __init__(self, folder: Path = SERVICES) -> None:
        self.names = user_error_names()
        self.modules = _modules(folder)
        self.functions = _functions(self.modules)
        self.tables = {name for module in self.modules for name in _table_names(module)}
        composing = _composing_classes(self.modules)
        self.templates: dict[str, None] = {}
        self.unfollowed: list[str] = []
        self._done: set[tuple[str, int, int]] = set()
        for module in self.modules:
            for expr in _message_sites(module, self.names, composing):
                self._follow(module, expr)
            self._tables(module)
            self._marked(module)

    def _add(self, node: ast.expr) -> None:
        template = template_of(node)
        if template and " " in template.strip():  # a sentence, not a code or a key
            self.templates[template] = None

    def _follow(self, module: _Module, expr: ast.expr) -> None:
        key = (str(module.path), getattr(expr, "lineno", 0), getattr(expr, "col_offset", 0))
        if key in self._done:
            return
        self._done.add(key)
        if is_literal(expr):
            self._add(expr)
            return
        if isinstance(expr, ast.Constant) and expr.value is None:
            return  # a rule's "no problem"
        line = module.lines[expr.lineno - 1] if getattr(expr, "lineno", 0) else ""
        if PASSED_ON in line:
            return
        function = module.function_of(expr)
        if isinstance(expr, ast.IfExp):
            self._follow(module, expr.body)
            self._follow(module, expr.orelse)
            return
        if isinstance(expr, ast.Name) and function is not None:
            bound = [
                node.value
                for node in ast.walk(function)
                if (
                    isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == expr.id for t in node.targets)
                )
                or (isinstance(node, ast.NamedExpr) and node.target.id == expr.id)
            ]
            positional = function.args.args[len(function.args.args) - len(function.args.defaults) :]
            bound += [
                default for arg, default in zip(positional, function.args.defaults, strict=True) if arg.arg == expr.id
            ]
            if bound:
                for value in bound:
                    self._follow(module, value)
                return
        if (
            isinstance(expr, ast.Call)
            and isinstance(expr.func, ast.Attribute)
            and expr.func.attr == "get"
            and isinstance(expr.func.value, ast.Name)
            and expr.func.value.id in self.tables
        ):
            for default in expr.args[1:]:  # the table's sentences are templates (see _tables)
                self._follow(module, default)
            return
        if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Name) and expr.value.id in self.tables:
            return  # TABLE[key]: the table's sentences are templates
        if isinstance(expr, ast.Call):
            name = _call_name(expr.func)
            params = {a.arg for a in function.args.args + function.args.kwonlyargs} if function else set()
            if isinstance(expr.func, ast.Name) and name in params and name.endswith("message"):
                return  # a callback: its callers' lambdas are scanned as ``…message=`` keywords
            defined = self.functions.get(name or "", [])
            if defined and name not in self.names:
                for where, function_def in defined:
                    returns = [
                        node.value
                        for node in ast.walk(function_def)
                        if isinstance(node, ast.Return) and node.value is not None
                    ]
                    for value in returns:
                        self._follow(where, value)
                return
        self.unfollowed.append(f"{module.where(expr)}: {ast.unparse(expr)[:90]}")

    def _marked(self, module: _Module) -> None:
        """Literals on lines marked ``# user text`` (a due list's note: "eingesehen am %1")."""
        for node in ast.walk(module.tree):
            if (
                isinstance(node, ast.Constant | ast.JoinedStr)
                and is_literal(node)
                and USER_TEXT in module.lines[node.lineno - 1]
                and not isinstance(module.parents.get(node), ast.JoinedStr)
            ):
                template = template_of(node)
                if template:
                    self.templates[template] = None

    def _tables(self, module: _Module) -> None:
        """Sentences in module-level tables (values inserted into a message, e.g. a postcode hint)."""
        for value in _table_values(module):
            for inner in ast.walk(value):
                if isinstance(inner, ast.Constant | ast.JoinedStr | ast.BinOp) and is_literal(inner):
                    text = template_of(inner)
                    if text and " " in text.strip() and text.rstrip().endswith(SENTENCE_ENDS):
                        self.templates[text] = None


def scan(folder: Path = SERVICES) -> _Scan:
    """The scan of ``kidesk/services`` (or of another folder, for the tests of the scan itself)."""
    return _Scan(folder)


def scan_service_messages() -> list[str]:
    """Every message template a user sees from ``kidesk/services`` (see the module docstring)."""
    return list(scan().templates)


def unfollowed_messages() -> list[str]:
    """Message expressions the scan cannot follow to a literal template (must stay empty)."""
    return scan().unfollowed


def vocabulary_labels() -> list[str]:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from kidesk.db import vocab

    return list(dict.fromkeys([*vocab.ENGAGEMENT_AREAS, *vocab.LANGUAGES]))


def generated_source() -> str:
    def literal(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

    lines = [
        '"""GENERATED by ``tools/gen_service_messages.py`` — do not edit by hand.',
        "",
        "The German message templates of the services' user errors and the vocabulary the office types",
        "in (engagement areas, languages), listed so that pyside6-lupdate sees them. Used by",
        ":mod:`kidesk.ui.common.service_text`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "MESSAGES: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("services", {literal(t)}),' for t in scan_service_messages()),
        ")",
        "",
        "VOCABULARY: tuple[str, ...] = (",
        *(f'    QT_TRANSLATE_NOOP("vocab", {literal(t)}),' for t in vocabulary_labels()),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    GENERATED.write_text(generated_source(), encoding="utf-8")
    print(f"wrote {GENERATED.relative_to(ROOT)} ({len(scan_service_messages())} messages)")
    unfollowed = unfollowed_messages()
    for entry in unfollowed:
        print(f"not followed to a literal message: {entry}", file=sys.stderr)
    return 1 if unfollowed else 0


if __name__ == "__main__":
    raise SystemExit(main())
