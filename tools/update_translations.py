"""Refresh the translation sources and compile them: `python tools/update_translations.py`.

Rerun it whenever the UI's strings change; existing translations are kept, and messages that left
the code stay in the .ts marked obsolete (vanished), so a string that comes back gets its old
translation again. Then translate what lupdate marked unfinished (Qt Linguist, or by hand) and run
it again to compile the .qm files that ship in resources/i18n/.

Why not point pyside6-lupdate at the .py files directly: its Python parser loses most of ours. It
gives no context to `tr = self.tr; tr("...")`, cannot see through helpers such as labels._tr
(`QCoreApplication.translate("Labels", text)`), skips f-strings, and files `parent.tr(...)` under
a context named "parent". So the messages are found here with `ast`, written out as an equivalent
C++ listing (one file per module, each call on its original line number), and pyside6-lupdate
merges that listing into the .ts; the locations are then pointed back at the .py files.

Contexts: `self.tr` (or an alias of it) uses the enclosing class. At run time PySide's `obj.tr()`
looks the text up under the class of obj and then under each base class in turn, so `parent.tr()`
on a parameter annotated `parent: QWidget` is filed under "QWidget" and found for any widget.
Calls whose context cannot be known statically are reported, and the script exits with 1.

`--check` changes nothing: it exits with 1 when a .ts lacks a message the code uses, or a message
is unfinished, or a .qm is not what lrelease makes of its .ts.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "moovdesk"
I18N = ROOT / "resources" / "i18n"
CATALOG = "moovdesk"
# French is the product's main language and always has a catalogue. English is the source
# language; an English .ts is only needed for plural forms and is then updated with -pluralonly.
TARGETS = ("fr",)
APP_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    numerus: bool
    path: Path
    line: int


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text}"


# Finding the messages -----------------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _type_name(annotation: ast.expr | None) -> str | None:
    """`parent: QWidget` -> "QWidget"; `x: QtWidgets.QWidget | None` -> "QWidget"."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        names = {_type_name(annotation.left), _type_name(annotation.right)} - {None, "None"}
        return names.pop() if len(names) == 1 else None
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return None


def _translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions written as `def _tr(text): return QCoreApplication.translate("Ctx", text)`,
    by name, with their context."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not (isinstance(s, ast.Expr) and _literal(s.value))]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if (
            isinstance(call, ast.Call)
            and _is_app_translate(call.func)
            and len(call.args) >= 2
            and _literal(call.args[0]) is not None
            and isinstance(call.args[1], ast.Name)
            and call.args[1].id == node.args.args[0].arg
        ):
            helpers[node.name] = str(_literal(call.args[0]))
    return helpers


def _is_app_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APP_CLASSES
    )


class _Finder(ast.NodeVisitor):
    """Walks one module, keeping the enclosing class, the annotated parameters and `tr` aliases
    of each function scope."""

    def __init__(self, path: Path, helpers: dict[str, str]) -> None:
        self.path = path
        self.helpers = helpers
        self.messages: list[Message] = []
        self.problems: list[Problem] = []
        self._classes: list[str] = []
        # One dict per function scope: local name -> context ("" when unknown).
        self._scopes: list[dict[str, str]] = [{}]
        self._helper_depth = 0

    # Scopes

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        scope: dict[str, str] = {}
        args = node.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
            type_name = _type_name(arg.annotation)
            if arg.arg == "self" and self._classes:
                type_name = self._classes[-1]
            scope["param:" + arg.arg] = type_name or ""
        in_helper = len(self._scopes) == 1 and not self._classes and node.name in self.helpers
        self._helper_depth += in_helper
        self._scopes.append(scope)
        self.generic_visit(node)
        self._scopes.pop()
        self._helper_depth -= in_helper

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815

    def visit_Assign(self, node: ast.Assign) -> None:
        # tr = self.tr / tr = parent.tr
        if (
            len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "tr"
        ):
            context = self._object_context(node.value.value)
            self._scopes[-1]["alias:" + node.targets[0].id] = context or ""
        self.generic_visit(node)

    def _lookup(self, key: str) -> str | None:
        for scope in reversed(self._scopes):
            if key in scope:
                return scope[key]
        return None

    def _object_context(self, node: ast.expr) -> str | None:
        """The class under which `node.tr(...)` looks texts up first, when it can be known."""
        if isinstance(node, ast.Name):
            found = self._lookup("param:" + node.id)
            if node.id == "self" and found is None and self._classes:
                return self._classes[-1]
            return found or None
        return None

    # Calls

    def visit_Call(self, node: ast.Call) -> None:
        self._check_call(node)
        self.generic_visit(node)

    def _check_call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            context = self._object_context(func.value)
            if context is None:
                self._problem(node, f"cannot tell the class of `{ast.unparse(func)}`")
                return
            self._add_tr(node, context)
        elif isinstance(func, ast.Name) and self._lookup("alias:" + func.id) is not None:
            context = self._lookup("alias:" + func.id)
            if not context:
                self._problem(node, f"cannot tell which object `{func.id}` translates for")
                return
            self._add_tr(node, context)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._add(node, self.helpers[func.id], node.args[:1], None, None)
        elif _is_app_translate(func):
            if self._helper_depth:
                return  # the helper's own body: its calls are found where it is used
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self._problem(node, "translate() needs a literal context")
                return
            self._add(
                node,
                context,
                node.args[1:2],
                _argument(node, 2, "disambiguation"),
                _argument(node, 3, "n"),
            )
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self._problem(node, "QT_TRANSLATE_NOOP needs a literal context")
                return
            self._add(node, context, node.args[1:2], None, None)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            if not self._classes:
                self._problem(node, "QT_TR_NOOP outside a class has no context")
                return
            self._add(node, self._classes[-1], node.args[:1], None, None)

    def _add_tr(self, node: ast.Call, context: str) -> None:
        self._add(
            node,
            context,
            node.args[:1],
            _argument(node, 1, "disambiguation"),
            _argument(node, 2, "n"),
        )

    def _add(
        self,
        node: ast.Call,
        context: str,
        text_args: list[ast.expr],
        disambiguation: ast.expr | None,
        count: ast.expr | None,
    ) -> None:
        source = _literal(text_args[0]) if text_args else None
        if source is None:
            self._problem(node, "the text to translate must be a string literal")
            return
        comment = _literal(disambiguation) if disambiguation is not None else ""
        if comment is None:
            self._problem(node, "the disambiguation must be a string literal")
            return
        self.messages.append(
            Message(context, source, comment, count is not None, self.path, node.lineno)
        )

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), text))


def _argument(node: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if len(node.args) > index:
        return node.args[index]
    return next((k.value for k in node.keywords if k.arg == keyword), None)


def find_messages(paths: Iterable[Path]) -> tuple[list[Message], list[Problem]]:
    messages: list[Message] = []
    problems: list[Problem] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        finder = _Finder(path, _translate_helpers(tree))
        finder.visit(tree)
        messages += finder.messages
        problems += finder.problems
    return messages, problems


def source_files() -> list[Path]:
    """Every module of the package: the UI, and any other that may one day translate."""
    skipped = SOURCES / "data" / "migrations" / "versions"
    return [p for p in sorted(SOURCES.rglob("*.py")) if skipped not in p.parents]


# Handing them to lupdate --------------------------------------------------------------------


def _cpp_string(text: str) -> str:
    escaped = []
    for char in text:
        if char in '\\"':
            escaped.append("\\" + char)
        elif char == "\n":
            escaped.append("\\n")
        elif char == "\t":
            escaped.append("\\t")
        elif ord(char) < 0x20:
            escaped.append(f"\\{ord(char):03o}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


def cpp_listing(messages: list[Message]) -> str:
    """A C++ file lupdate reads as the same messages, each on its Python line number."""
    by_line: dict[int, list[str]] = {}
    for m in messages:
        args = [_cpp_string(m.context), _cpp_string(m.source)]
        if m.disambiguation or m.numerus:
            args.append(_cpp_string(m.disambiguation) if m.disambiguation else "nullptr")
        if m.numerus:
            args.append("n")
        by_line.setdefault(m.line, []).append(f"QCoreApplication::translate({', '.join(args)});")
    lines = [""] * max(by_line, default=1)
    for line, calls in by_line.items():
        lines[line - 1] = " ".join(calls)
    lines[0] = "void messages(int n) { " + lines[0]
    return "\n".join([*lines, "}"]) + "\n"


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python (the venv), else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"update_translations: {name} not found (install PySide6)")
    return found


def ts_files() -> list[Path]:
    wanted = {I18N / f"{CATALOG}_{language}.ts" for language in TARGETS}
    return sorted(wanted | set(I18N.glob(f"{CATALOG}_*.ts")))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(f"{CATALOG}_")


def run_lupdate(messages: list[Message], ts: Path) -> None:
    by_file: dict[Path, list[Message]] = {}
    for m in messages:
        by_file.setdefault(m.path, []).append(m)
    with tempfile.TemporaryDirectory(prefix="moovdesk-lupdate-") as temp:
        listing_of: dict[str, Path] = {}
        listings = []
        for path, found in by_file.items():
            relative = path.relative_to(ROOT)
            listing = Path(temp, *relative.parts[:-1], relative.name + ".cpp")
            listing.parent.mkdir(parents=True, exist_ok=True)
            listing.write_text(cpp_listing(found), encoding="utf-8")
            listing_of[listing.name] = path
            listings.append(str(listing))
        command = [tool("pyside6-lupdate"), "-locations", "absolute", "-no-ui-lines"]
        command += ["-source-language", "en", "-target-language", language_of(ts)]
        if language_of(ts) == "en":
            command.append("-pluralonly")
        subprocess.run([*command, *listings, "-ts", str(ts)], check=True)
        _point_locations_at_python(ts, listing_of)


def _point_locations_at_python(ts: Path, listing_of: dict[str, Path]) -> None:
    def replace(match: re.Match[str]) -> str:
        name = Path(match.group(1)).name
        if name.endswith(".py.cpp") and name in listing_of:
            real = os.path.relpath(listing_of[name], ts.parent)
            return f'filename="{Path(real).as_posix()}"'
        return match.group(0)

    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r'filename="([^"]*)"', replace, text), encoding="utf-8")


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


# Checking ----------------------------------------------------------------------------------


def ts_messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    """(context, <message>) for every message still in use (not obsolete or vanished)."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in {"obsolete", "vanished"}:
                yield name, message


def check(messages: list[Message]) -> list[str]:
    faults = []
    for ts in ts_files():
        if not ts.exists():
            faults.append(f"{ts.relative_to(ROOT)} is missing")
            continue
        known = set()
        for context, message in ts_messages(ts):
            source = message.findtext("source") or ""
            known.add((context, source, message.findtext("comment") or ""))
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                faults.append(f"{ts.name}: unfinished: {context}: {source!r}")
        plural_only = language_of(ts) == "en"
        for m in messages:
            if plural_only and not m.numerus:
                continue
            if (m.context, m.source, m.disambiguation) not in known:
                faults.append(f"{ts.name}: not in the catalogue: {m.context}: {m.source!r}")
        if not qm_is_current(ts):
            faults.append(f"{ts.with_suffix('.qm').name} does not match its .ts: rerun this script")
    return faults


def qm_is_current(ts: Path) -> bool:
    """Whether the shipped .qm is what lrelease makes of the .ts now (mtimes do not survive git)."""
    qm = ts.with_suffix(".qm")
    if not qm.exists():
        return False
    with tempfile.TemporaryDirectory(prefix="moovdesk-lrelease-") as temp:
        fresh = Path(temp, qm.name)
        compile_qm(ts, fresh)
        return fresh.read_bytes() == qm.read_bytes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="change nothing; report what is due")
    args = parser.parse_args(argv)
    messages, problems = find_messages(source_files())
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if args.check:
        faults = check(messages)
        for fault in faults:
            print(fault, file=sys.stderr)
        return 1 if faults or problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        run_lupdate(messages, ts)
        compile_qm(ts, ts.with_suffix(".qm"))
        print(f"Compiled {ts.with_suffix('.qm').relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
