"""Save screenshots of the main window on the demo data (for README and for looking at it).

    .venv/bin/python bench/ui_screenshot.py docs/screenshot-main-window.png [organisations]

Runs offscreen in a throwaway data directory; never touches the user's database.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KIDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="kidesk-shot-")


def main() -> int:
    from kidesk.db.database import open_database
    from kidesk.db.search import search
    from kidesk.services.demo_data import fill_demo_data
    from kidesk.ui.app import create_application, install_translators
    from kidesk.ui.main_window import MainWindow

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-main-window.png")
    tab = sys.argv[2] if len(sys.argv) > 2 else "contacts"
    language = sys.argv[3] if len(sys.argv) > 3 else "de"
    app = create_application()
    install_translators(app, language)
    db = open_database(Path(os.environ["KIDESK_DATA_DIR"]) / "demo.sqlite")
    fill_demo_data(db, today=dt.date(2025, 3, 1))
    window = MainWindow(db, demo=True)
    window.resize(1440, 900)
    window.show()
    with db.session() as session:
        kind = "organisation" if tab == "organisations" else "contact"
        hit = search(session, "Caritas", kinds=(kind,), limit=1)[0]
    window.jump_to(tab, hit.id)
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target))
    print(target)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
