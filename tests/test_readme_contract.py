"""README.md promises two set-up commands; CI must run the very test command it shows, then lint
and type-check, and the Python the commands name must be the one the project requires."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Einrichten", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(?:sh|bash)\n(.+?)\n```", section, flags=re.S)


def test_readme_has_exactly_two_setup_commands():
    commands = _setup_commands()
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert commands[0].endswith("kidesk --demo")
    assert "pytest" in commands[1]


def test_setup_commands_use_the_python_the_project_requires():
    """python3 is 3.11 on this kind of machine; the commands must name 3.12, which pyenv finds
    through .python-version, and pyproject must refuse anything older."""
    pinned = (ROOT / ".python-version").read_text(encoding="utf-8").strip()
    assert pinned == "3.12"
    assert all(c.startswith(f"python{pinned} -m venv .venv && ") for c in _setup_commands())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["requires-python"] == f">={pinned}"


def test_ci_runs_the_readme_test_command_then_lint_and_types():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = _setup_commands()[1]
    assert test_command in lines
    after = "\n".join(lines[lines.index(test_command) + 1 :])
    checks = [".venv/bin/ruff check .", ".venv/bin/ruff format --check .", ".venv/bin/mypy"]
    positions = [after.find(check) for check in checks]
    assert -1 not in positions, after
    assert positions == sorted(positions)


def test_the_test_extra_installs_the_linters_ci_runs():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"][
        "test"
    ]
    names = {re.split(r"[<>=!~ ]", requirement, maxsplit=1)[0].lower() for requirement in extra}
    assert {"ruff", "mypy", "pytest"} <= names
