"""Every error message a user can read is written so that it can be translated.

Errors the user can act on are :class:`~fourthpillar.store.errors.KnownError` subclasses (a
refused sync package, an import that cannot be read, a backup that failed); the app shows their
message in a message box or the message bar, the command line prints it. A message written as a
plain English literal, ``raise PackageRefused("this file is not ...")``, reaches a Dutch or
French officer in English. Field messages (``FieldError(field, message)``) are shown beside the
field in the editors, so the same holds for them.

The command line's own refusals (``CommandError`` and argparse's ``ArgumentTypeError``, printed
as one line on stderr) are checked the same way.

This test reads the source of every module outside ``fourthpillar/ui/`` (the UI translates with
``tr()``) and fails naming file:line for each such message that holds words outside a
``translate()`` call (or a module's ``tr``/``_tr`` helper):

- the message given to a KnownError subclass, or to ``FieldError`` as its second argument, or
  passed to ``super().__init__`` by a KnownError subclass that builds its own message;
- a message written as a string literal, an f-string, a concatenation, or a ``.format`` template;
- a message held in a variable first (``_CUT_OFF = "..."``, ``message = "..."``) is followed to
  where the variable is assigned, in the function or at module level.

Allowed: text without words, only placeholders and punctuation (``f"{table.file_name}: " +
tr(...)``, ``f"{path}"``), since there is nothing to translate; and a field or option name
introducing the message (``"--sort: " + tr(...)``, ``"name: " + tr(...)``), which stays as typed.
``QT_TRANSLATE_NOOP`` only marks a text for extraction: a message must still go through
``translate`` where it is raised.
Classes whose constructor takes something else than the message first (``NotFound(entity,
record_id)``, ``OutputExists(path)``) are checked where they call ``super().__init__``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import fourthpillar
from fourthpillar.store.errors import KnownError

PACKAGE = Path(fourthpillar.__file__).resolve().parent
REPOSITORY = PACKAGE.parent
#: Layers that translate with Qt.
SKIPPED = ("ui",)
#: The command line's own errors, not KnownErrors: their message comes first.
COMMAND_LINE_ERRORS = {"CommandError": True, "ArgumentTypeError": True}
#: Calls whose result is translated text.
TRANSLATING = {"translate", "tr", "_tr"}
_LETTER = re.compile(r"[^\W\d_]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: A field or option name introducing a message: ``"--sort: "``, ``"name: "``, ``"NAME: "``.
_NAME_PREFIX = re.compile(r"-{0,2}[A-Za-z_][\w-]*: ")


def _checked_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if path.relative_to(PACKAGE).parts[0] not in SKIPPED and "migrations" not in path.parts)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPOSITORY).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _subclasses(cls: type) -> Iterator[type]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _known_errors() -> dict[str, bool]:
    """Name of each KnownError subclass -> whether its constructor takes the message first."""
    for path in _checked_files():
        if path.name != "__main__.py":
            importlib.import_module(_module_name(path))
    classes = {KnownError, *_subclasses(KnownError)}
    takes_message: dict[str, bool] = {}
    for cls in classes:
        package, _, rest = cls.__module__.partition(".")
        if package != "fourthpillar" or rest.split(".")[0] in SKIPPED:
            continue  # a test's own subclass, or one the UI defines
        own_init = next(klass.__dict__["__init__"] for klass in cls.__mro__ if "__init__" in klass.__dict__)
        if own_init is Exception.__init__ or own_init is BaseException.__init__:
            first = "message"
        else:
            parameters = list(inspect.signature(own_init).parameters)
            first = parameters[1] if len(parameters) > 1 else ""
        # Two classes of one name (ExportFailed) must agree, else both are checked as message-first.
        takes_message[cls.__name__] = takes_message.get(cls.__name__, False) or first == "message"
    return {**takes_message, **COMMAND_LINE_ERRORS}


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


class _MessageChecker:
    """Finds words outside translate() in a message expression of one module."""

    def __init__(self, tree: ast.Module) -> None:
        self.module_assignments = self._assignments(tree.body)

    @staticmethod
    def _assignments(nodes: list[ast.stmt] | ast.AST) -> dict[str, list[ast.expr]]:
        """Name -> values assigned to it: in a function anywhere in its body, in a module at top level."""
        statements = list(ast.walk(nodes)) if isinstance(nodes, ast.AST) else nodes
        found: dict[str, list[ast.expr]] = {}
        for node in statements:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        found.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                found.setdefault(node.target.id, []).append(node.value)
        return found

    def untranslated(self, expr: ast.expr, function: ast.AST | None, depth: int = 0) -> list[str]:
        """The untranslated words of *expr*: literal text, followed through variables it is built from."""
        if depth > 5:
            return []
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str) and _NAME_PREFIX.fullmatch(expr.value):
                return []
            if isinstance(expr.value, str) and _LETTER.search(_PLACEHOLDER.sub("", expr.value)):
                return [expr.value]
            return []
        if isinstance(expr, ast.JoinedStr):
            words = []
            for part in expr.values:
                if isinstance(part, ast.Constant):
                    words += self.untranslated(part, function, depth)
                elif isinstance(part, ast.FormattedValue):
                    words += self._literals(part.value)
            return words
        if isinstance(expr, ast.BinOp):
            return self.untranslated(expr.left, function, depth) + self.untranslated(expr.right, function, depth)
        if isinstance(expr, ast.IfExp):
            return self.untranslated(expr.body, function, depth) + self.untranslated(expr.orelse, function, depth)
        if isinstance(expr, ast.BoolOp):
            return [word for value in expr.values for word in self.untranslated(value, function, depth)]
        if isinstance(expr, ast.Name):
            values = self._assignments(function).get(expr.id) if function is not None else None
            if not values:
                values = self.module_assignments.get(expr.id, [])
            return [word for value in values for word in self.untranslated(value, function, depth + 1)]
        if isinstance(expr, ast.Call):
            name = _called_name(expr)
            if name == "QT_TRANSLATE_NOOP":  # only marks the text; it still needs translate() here
                return [ast.unparse(expr)]
            if name in ("format", "join") and isinstance(expr.func, ast.Attribute):
                words = self.untranslated(expr.func.value, function, depth) if name == "format" else []
                arguments = [*expr.args, *(keyword.value for keyword in expr.keywords)]
                return words + [word for argument in arguments for word in self._literals(argument)]
        return []  # translate(...), tr(...), str(error), a parameter: not literal text

    def _literals(self, expr: ast.expr) -> list[str]:
        """Literal words inside a value put into a message (a fallback like ``or 'unknown'``)."""
        if isinstance(expr, ast.Call) and _called_name(expr) in TRANSLATING:
            return []
        if isinstance(expr, ast.Constant | ast.JoinedStr | ast.BinOp | ast.IfExp | ast.BoolOp):
            return self.untranslated(expr, None)
        if isinstance(expr, ast.Call) and _called_name(expr) == "QT_TRANSLATE_NOOP":
            return [ast.unparse(expr)]
        return []


def _messages(tree: ast.Module, takes_message: dict[str, bool]) -> Iterator[tuple[ast.expr, ast.AST | None]]:
    """(message expression, enclosing function) for every message given to a KnownError or FieldError."""
    known = set(takes_message)

    def visit(node: ast.AST, function: ast.AST | None, error_class: bool) -> Iterator[tuple[ast.expr, ast.AST | None]]:
        for child in ast.iter_child_nodes(node):
            inner_function, inner_class = function, error_class
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner_function = child
            elif isinstance(child, ast.ClassDef):
                inner_class = any((isinstance(base, ast.Name) and base.id in known)
                                  or (isinstance(base, ast.Attribute) and base.attr in known) for base in child.bases)
            if isinstance(child, ast.Call):
                name = _called_name(child)
                if name in known and takes_message[name] and child.args:
                    yield child.args[0], function
                elif name == "FieldError" and len(child.args) > 1:
                    yield child.args[1], function
                elif (name == "__init__" and error_class and isinstance(child.func, ast.Attribute)
                      and isinstance(child.func.value, ast.Call) and _called_name(child.func.value) == "super"
                      and child.args):
                    yield child.args[0], function
            yield from visit(child, inner_function, inner_class)

    yield from visit(tree, None, False)


def untranslated_messages() -> list[str]:
    takes_message = _known_errors()
    problems = []
    for path in _checked_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        checker = _MessageChecker(tree)
        for message, function in _messages(tree, takes_message):
            words = checker.untranslated(message, function)
            if words:
                where = f"{path.relative_to(REPOSITORY).as_posix()}:{message.lineno}"
                problems.append(f"{where}: {words[0][:70]!r} is shown to the user untranslated")
    return problems


def test_every_error_message_a_user_sees_goes_through_translate() -> None:
    """A Dutch or French officer would read these refusals and field messages in English."""
    problems = untranslated_messages()
    assert not problems, ("messages shown to the user without translate() (wrap them in a module helper "
                          "tr(text) returning translate(\"Context\", text), then run tools/update-translations):\n"
                          + "\n".join(problems))


def _flagged(source: str, classes: dict[str, bool]) -> list[object]:
    """What the guard says of each message in *source*, given which error classes take it first."""
    tree = ast.parse(source)
    checker = _MessageChecker(tree)
    return [checker.untranslated(message, function) for message, function in _messages(tree, classes)]


@pytest.mark.parametrize("source", [
    'class Refused(KnownError):\n    pass\n\ndef f():\n    raise Refused("not a package")\n',
    'def f(path):\n    raise Refused(f"cannot read {path}")\n',
    '_CUT_OFF = "the file was cut off"\n\ndef f():\n    raise Refused(_CUT_OFF)\n',
    'def f(error):\n    message = "it failed ({error})"\n    raise Refused(message.format(error=error))\n',
    'def f(name):\n    raise Refused(f"{name}: " + "no rows")\n',
    'def f():\n    raise ValidationFailed([FieldError("owner_id", "no such officer")])\n',
    'class Gone(KnownError):\n    def __init__(self, id):\n        super().__init__(f"{id} is gone")\n',
    '_CUT = QT_TRANSLATE_NOOP("Sync", "cut off")\n\ndef f():\n    raise Refused(_CUT)\n',
    'def f(text):\n    raise CommandError(f"--sort: \'{text}\' is not a column")\n',
    'def f():\n    raise CommandError("--sort: no such column")\n',
    'def f(text):\n    raise ArgumentTypeError(f"\'{text}\' is not a whole number")\n',
])
def test_the_guard_catches_english_written_into_a_message(source: str) -> None:
    """Without this, the guard above could pass while English messages slip through."""
    assert any(_flagged(source, {"KnownError": True, "Refused": True, "Gone": False, **COMMAND_LINE_ERRORS})), source


@pytest.mark.parametrize("source", [
    'def f():\n    raise Refused(tr("not a package"))\n',
    'def f(path):\n    raise Refused(translate("Sync", "cannot read {path}").format(path=path))\n',
    'def f(name):\n    raise Refused(f"{name}: " + tr("no rows"))\n',
    'def f(path):\n    raise Refused(f"{path}")\n',
    'def f(id):\n    raise NotFound("conflict", id)\n',
    'def f(text):\n    raise CommandError("--sort: " + tr("\'{text}\' is not a column").format(text=text))\n',
    'def f():\n    raise CommandError("NAME: " + tr("is required"))\n',
    '_CUT = QT_TRANSLATE_NOOP("Sync", "cut off")\n\ndef f():\n    raise Refused(translate("Sync", _CUT))\n',
])
def test_the_guard_lets_translated_messages_pass(source: str) -> None:
    """A guard that flags translated messages would be switched off rather than obeyed."""
    assert not any(_flagged(source, {"Refused": True, "NotFound": False, **COMMAND_LINE_ERRORS})), source
