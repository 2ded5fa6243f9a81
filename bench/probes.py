"""Child processes of the benchmark: each prints one JSON line (time and peak memory).

python -m bench.probes bare-window
python -m bench.probes main-window DB
python -m bench.probes scroll DB
python -m bench.probes import DB CSV
python -m bench.probes executemany DB CSV
"""

from __future__ import annotations

import json
import sys
import time

from bench.measure import peak_mib

T0 = time.perf_counter()
SCROLL_CAP_S = 120  # the whole list at 100 000 rows, or as far as two minutes get


def _bare_window() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

    app = QApplication([])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Kontakte", "Partnerorganisationen", "Veranstaltungen", "Ehrenamtliche"):
        tabs.addTab(QTableView(), name)
    window.setCentralWidget(tabs)
    window.show()
    app.processEvents()
    return {"seconds": time.perf_counter() - T0, "peak_mib": peak_mib()}


def _main_window(db_path: str, scroll: bool = False) -> dict:
    from kidesk.db.database import open_database
    from kidesk.ui.app import create_application
    from kidesk.ui.main_window import MainWindow

    app = create_application([])
    db = open_database(db_path, create=False, role="kidesk-Fenster")
    window = MainWindow(db)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - T0
    result = {"seconds": shown, "peak_mib": peak_mib()}
    if scroll:
        window.tabs.setCurrentWidget(window.contacts_tab)  # the overview is the first tab
        app.processEvents()
        view = window.contacts_tab.table
        model = view.model()
        t0 = time.perf_counter()
        while model.canFetchMore(view.rootIndex()) and time.perf_counter() - t0 < SCROLL_CAP_S:
            model.fetchMore(view.rootIndex())
            view.scrollToBottom()
            app.processEvents()
        view.scrollToBottom()
        app.processEvents()
        result.update(rows=model.rowCount(), scroll_seconds=time.perf_counter() - t0, peak_mib=peak_mib())
    window.close()
    db.dispose()
    return result


def _import(db_path: str, csv_path: str) -> dict:
    from kidesk.db.database import open_database
    from kidesk.services.contact_import import apply_import, load_table, plan_import

    db = open_database(db_path, create=False)
    t0 = time.perf_counter()
    table = load_table(csv_path, None)
    plan = plan_import(db, table)
    apply_import(db, plan)
    seconds = time.perf_counter() - t0
    db.dispose()
    return {"seconds": seconds, "peak_mib": peak_mib(), "rows": len(table.rows)}


def _executemany(db_path: str, csv_path: str) -> dict:
    import csv
    import sqlite3

    t0 = time.perf_counter()
    con = sqlite3.connect(db_path)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        with con:
            con.executemany(
                "INSERT INTO contacts(first_name, last_name, city, email, phone, street, postcode, salutation,"
                " country, is_staff, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'none', 'DE', 0, 1)",
                reader,
            )
    con.close()
    return {"seconds": time.perf_counter() - t0, "peak_mib": peak_mib()}


def main(argv: list[str]) -> None:
    kind = argv[0]
    if kind == "bare-window":
        result = _bare_window()
    elif kind == "main-window":
        result = _main_window(argv[1])
    elif kind == "scroll":
        result = _main_window(argv[1], scroll=True)
    elif kind == "import":
        result = _import(argv[1], argv[2])
    elif kind == "executemany":
        result = _executemany(argv[1], argv[2])
    else:
        raise SystemExit(f"unknown probe {kind}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
