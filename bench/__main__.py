"""``python -m bench [--quick] [--scale F] [--runs N] [--only NAMES]``: issue 16's benchmark.

Builds the synthetic database (full: 100 000 contacts …; ``--quick``: a tenth), measures every
row of the issue's table beside its peer/limit in the same run, prints one table and writes
it to ``bench/results.json`` (kept per mode, so the growth from quick to full is shown).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import time
from pathlib import Path

from bench import figures, synthetic

RESULTS = Path(__file__).with_name("results.json")
PARTS = ("search", "pages", "duplicates", "printing", "import", "startup")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} Kerne, Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: list[dict], growth: dict[str, float]) -> str:
    lines = [
        "| Messung | kidesk | Vergleich (gleicher Lauf) | Einheit | Verhältnis | Ziel | erfüllt | quick → voll | Anmerkung |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        ok = {True: "ja", False: "NEIN", None: "—"}[r["ok"]]
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}×"
        grow = growth.get(r["key"])
        lines.append(
            f"| {r['figure']} | {fmt(r['kidesk'])} | {fmt(r['peer'])} | {r['unit']} | {ratio} | {r['target']} | {ok} "
            f"| {'—' if grow is None else f'{grow:.2f}×'} | {r['note']} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="ein Zehntel der Größen")
    parser.add_argument("--scale", type=float, help="Größenfaktor (Vorgabe 1, --quick 0,1)")
    parser.add_argument("--runs", type=int, default=3, help="Läufe je Messung (Median)")
    parser.add_argument(
        "--heavy-runs", type=int, help="Läufe für Druck, Import und Start (Vorgabe: --runs bei --quick, sonst 1)"
    )
    parser.add_argument("--only", default=",".join(PARTS), help=f"Teile, kommagetrennt: {','.join(PARTS)}")
    parser.add_argument("--out", type=Path, default=RESULTS, help="JSON-Datei der Ergebnisse")
    args = parser.parse_args(argv)
    scale = args.scale if args.scale is not None else (0.1 if args.quick else 1.0)
    mode = "quick" if args.quick else ("full" if args.scale is None else f"scale-{scale:g}")
    parts = set(args.only.split(","))
    heavy = args.heavy_runs or (args.runs if scale <= 0.1 else 1)
    sizes = synthetic.Sizes.scaled(scale)
    work = figures.workdir()
    path = work / "bench.sqlite"
    started = time.perf_counter()
    try:
        build = synthetic.build(path, sizes)
        print(f"Synthetische Datenbank ({sizes}): {build['total']:.1f} s", flush=True)
        from kidesk.db.database import open_database

        db = open_database(path, create=False)
        rows: list[dict] = []
        n_print = max(10, int(1000 * min(scale, 1.0)))
        steps = [
            ("search", lambda: figures.search(db, path, args.runs)),
            ("pages", lambda: figures.contact_pages(db, path, sizes, args.runs)),
            ("duplicates", lambda: figures.duplicate_check(db, args.runs)),
            ("printing", lambda: figures.printing(db, path, n_print, heavy, work)),
            ("import", lambda: figures.imports(work, [max(10, int(10_000 * scale)), max(10, int(100_000 * scale))],
                                               heavy)),
            ("startup", lambda: figures.startup(path, max(heavy, 3))),
        ]  # fmt: skip
        for name, step in steps:
            if name not in parts:
                continue
            t0 = time.perf_counter()
            for index, result in enumerate(step()):
                result["key"] = f"{name}/{index}"
                rows.append(result)
            print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)
        db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    stored = json.loads(args.out.read_text()) if args.out.exists() else {}
    stored[mode] = {
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "sizes": sizes.__dict__,
        "runs": args.runs,
        "heavy_runs": heavy,
        "seconds": time.perf_counter() - started,
        "rows": rows,
    }
    growth: dict[str, float] = {}
    if mode == "full" and "quick" in stored:
        quick = {r["key"]: r for r in stored["quick"]["rows"]}
        for r in rows:
            q = quick.get(r["key"])
            if q and q["kidesk"] and r["kidesk"] is not None:
                growth[r["key"]] = r["kidesk"] / q["kidesk"]
        stored[mode]["growth"] = growth
    args.out.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print()
    print(f"kidesk-Benchmark ({mode}), {machine()}")
    print(table(rows, growth))
    return 0 if all(r["ok"] is not False for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
