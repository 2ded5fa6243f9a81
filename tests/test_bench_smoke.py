"""Issue 16: ``python -m bench`` runs end to end (on a tiny database; the real sizes never run in tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_the_benchmark_runs_on_a_tiny_database_and_writes_its_table(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", "0.001", "--runs", "1", "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode in (0, 1), done.stderr[-3000:]  # 1: a target missed, which tiny sizes may well do
    result = json.loads(out.read_text(encoding="utf-8"))["scale-0.001"]
    figures = [row["figure"] for row in result["rows"]]
    for expected in ("Suche beim Tippen", "Kontakte-Liste", "Dublettenwarnung", "Einladungsbriefe", "Visitenkarten",
                     "Import", "Start bis Hauptfenster", "Scrollen"):  # fmt: skip
        assert any(expected in figure for figure in figures), (expected, figures)
    assert all(row["kidesk"] is not None or "übersprungen" in row["note"] for row in result["rows"])
    assert "| Messung | kidesk |" in done.stdout
