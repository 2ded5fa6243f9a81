"""One function per row of issue 16's benchmark table; each returns result rows.

A row: ``figure``, ``kidesk`` and ``peer`` (numbers, unit in ``unit``), ``ratio`` (kidesk /
peer, or None), ``target`` (text) and ``ok`` (bool or None when there is no peer), ``note``.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import synthetic
from bench.measure import child, median_s, p95, runs_s

Row = dict[str, Any]


def row(figure: str, kidesk: float | None, peer: float | None, unit: str, target: str, limit: float | None,
        note: str = "", *, higher_is_better: bool = False) -> Row:  # fmt: skip
    ratio = None if kidesk is None or not peer else kidesk / peer
    ok = None
    if limit is not None and ratio is not None:
        ok = ratio >= limit if higher_is_better else ratio <= limit
    return {"figure": figure, "kidesk": kidesk, "peer": peer, "unit": unit, "ratio": ratio, "target": target,
            "ok": ok, "note": note}  # fmt: skip


# -- search-as-you-type ------------------------------------------------------------------------------
def prefixes(count: int = 200, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    pool = synthetic.FIRST + synthetic.LAST + synthetic.TOWNS
    out = []
    while len(out) < count:
        word = rng.choice(pool).replace("-", "").replace(" ", "")
        if word:
            out.append(word[: rng.randint(1, 4)])
    return out


def search(db: Any, path: Path, runs: int) -> list[Row]:
    from kidesk.db.search import fts_query
    from kidesk.services.search import search_everything

    words = prefixes()
    con = sqlite3.connect(path)
    raw_sql = "SELECT rowid, label, body FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 120"
    like_sql = (
        "SELECT id, first_name, last_name FROM contacts WHERE first_name || ' ' || last_name || ' ' || "
        "coalesce(city, '') LIKE ? ORDER BY last_name, first_name LIMIT 30"
    )

    def per_word(fn: Any) -> list[float]:
        out = []
        for word in words:
            out.append(statistics.median(runs_s(lambda w=word: fn(w), runs)))
        return out

    ours = per_word(lambda w: search_everything(db, w))
    raw = per_word(lambda w: con.execute(raw_sql, (fts_query(w),)).fetchall())
    like = per_word(lambda w: con.execute(like_sql, (f"%{w}%",)).fetchall())
    con.close()
    med, p = statistics.median(ours), p95(ours)
    return [
        row("Suche beim Tippen, Median (200 Präfixe)", med * 1000, statistics.median(raw) * 1000, "ms",
            "≤ 1,5× FTS5 MATCH", 1.5),
        row("Suche beim Tippen, p95", p * 1000, p95(raw) * 1000, "ms", "≤ 1,5× FTS5 MATCH", 1.5),
        row("Suche: LIKE '%…%' ÷ kidesk (Median)", statistics.median(like) * 1000, med * 1000, "ms",
            "≥ 20× schneller als LIKE", 20, "kidesk-Spalte = LIKE, Vergleich = kidesk", higher_is_better=True),
    ]  # fmt: skip


# -- contacts list ----------------------------------------------------------------------------------
def contact_pages(db: Any, path: Path, sizes: synthetic.Sizes, runs: int) -> list[Row]:
    from kidesk.db.list_queries import ContactListQuery, contact_count, contact_page

    far = int(sizes.contacts * 0.9)
    query = ContactListQuery()
    con = sqlite3.connect(path)
    bare = (
        "SELECT id, last_name, first_name, function, city, email, phone, is_staff FROM contacts "
        "ORDER BY last_name, first_name, id LIMIT 100 OFFSET ?"
    )

    def open_tab(offset: int) -> None:
        with db.session() as session:
            contact_count(session, query)
            contact_page(session, query, offset, 100)

    rows = []
    for label, offset in (("Kontakte-Liste: erste Seite", 0), (f"Kontakte-Liste: Sprung zu Zeile {far:,}", far)):
        # one untimed call each first: the first statement of a process opens the connection and
        # compiles the SQL (≈ 0.2 s, paid once per program start, not per page)
        open_tab(offset)
        con.execute(bare, (offset,)).fetchall()
        ours = median_s(lambda o=offset: open_tab(o), runs)
        peer = median_s(lambda o=offset: con.execute(bare, (o,)).fetchall(), runs)
        rows.append(row(label, ours * 1000, peer * 1000, "ms", "≤ 2× bloßes SELECT", 2))
    con.close()
    return rows


# -- duplicate warning ------------------------------------------------------------------------------
def duplicate_check(db: Any, runs: int) -> list[Row]:
    from kidesk.services import contacts
    from kidesk.services.contacts import ContactData

    samples = synthetic.contact_rows(10, seed=99)
    times = []
    for first, last, city, *_ in samples:
        data = ContactData(first_name=first, last_name=last, city=city)
        times.append(median_s(lambda d=data: contacts.possible_duplicates(db, d), runs))
    med = statistics.median(times)
    return [row("Dublettenwarnung bei der Eingabe (Median, 10 Namen)", med * 1000, 50, "ms", "≤ 50 ms", 1,
                "Vergleich = Ziel 50 ms")]  # fmt: skip


# -- printing -------------------------------------------------------------------------------------------
def _bare_letters(n: int, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from kidesk.pdf.typesetting import FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i in range(n):
        c.setFont(FONT, 11)
        y = 750.0
        for line in lines:
            c.drawString(70, y, f"{line} {i}")
            y -= 14
        c.showPage()
    c.save()
    return out.getvalue()


def _bare_cards(vcards: list[str], qr: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from kidesk.pdf.typesetting import FONT, register_fonts

    register_fonts()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for i, vcard in enumerate(vcards):
        slot = i % 10
        if i and slot == 0:
            c.showPage()
        x, y = 40 + (slot % 2) * 250, 700 - (slot // 2) * 155
        c.setFont(FONT, 10)
        for k, line in enumerate(vcard.splitlines()[2:7]):
            c.drawString(x, y - 12 * k, line[:40])
        image = _qr_image(vcard, qr)
        c.drawImage(ImageReader(image), x + 150, y - 80, 70, 70, mask=None)
    c.save()
    return out.getvalue()


def _qr_image(text: str, qr: str) -> Any:
    from PIL import Image

    if qr == "zxing-cpp":
        import zxingcpp

        matrix = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(scale=1)
        return Image.fromarray(matrix).convert("1")  # type: ignore[no-untyped-call]
    import segno

    code = segno.make_qr(text, error="m")
    size = code.symbol_size(scale=1, border=0)[0]
    image = Image.new("1", (size, size), 1)
    for r, line in enumerate(code.matrix):
        for col, bit in enumerate(line):
            if bit:
                image.putpixel((col, r), 0)
    return image


def _qr_encoder() -> str | None:
    """The compiled encoder if it installs (``pip install zxing-cpp``), else segno, else None."""
    for module, name in (("zxingcpp", "zxing-cpp"), ("segno", "segno")):
        try:
            __import__(module)
            return name
        except ImportError:
            continue
    return None


def printing(db: Any, path: Path, n: int, runs: int, work: Path) -> list[Row]:
    from kidesk.db import settings as db_settings
    from kidesk.services.printing import print_cards, print_invitations
    from kidesk.services.printing.records import contact_vcards

    with db.session() as session:
        db_settings.put(session, db_settings.OWN_ORGANISATION_ID, 1)
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM contacts ORDER BY id LIMIT ?", (n,))]
    con.close()
    rows = []
    ours = median_s(lambda: print_invitations(db, event_id=1, contact_ids=ids, skip_missing=True), runs)
    body = ["Sehr geehrte Damen und Herren,"] + [
        f"Zeile {k} der Einladung zum Sprachcafé – مقهى اللغة" for k in range(18)
    ]
    peer = median_s(
        lambda: _bare_letters(len(ids), ["Absender", "Anschrift", "Herforder Str. 1", "32052 Herford", *body]), runs
    )
    rows.append(row(f"{len(ids)} Einladungsbriefe (DIN 5008)", ours, peer, "s", "≤ 1,7× reportlab-Canvas", 1.7))

    from kidesk.db.models import Contact

    with db.session() as session:
        vcards = [contact_vcards(c, None)[0] for c in session.query(Contact).filter(Contact.id.in_(ids)).all()]
    ours = median_s(lambda: print_cards(db, template="C32011", contact_ids=ids, copies=1), runs)
    encoder = _qr_encoder()
    if encoder is None:
        rows.append(row(f"{len(ids)} Visitenkarten mit vCard-QR", ours, None, "s", "≤ 1,5× Canvas + kompilierter QR",
                        None, "Vergleich übersprungen: weder zxing-cpp noch segno installiert"))  # fmt: skip
        return rows
    peer = median_s(lambda: _bare_cards(vcards, encoder), runs)
    rows.append(row(f"{len(ids)} Visitenkarten mit vCard-QR", ours, peer, "s", "≤ 1,5× Canvas + kompilierter QR", 1.5,
                    f"QR-Vergleich: {encoder}"))  # fmt: skip
    glabels = shutil.which("glabels-3-batch")
    if glabels is None:
        rows.append(row("Visitenkarten: gLabels 3", None, None, "s", "schneller als gLabels", None,
                        "übersprungen: glabels-3-batch ist nicht installiert"))  # fmt: skip
    else:
        rows.append(_glabels(glabels, vcards, work, ours))
    return rows


def _glabels(glabels: str, vcards: list[str], work: Path, ours: float) -> Row:
    data = work / "cards.csv"
    with open(data, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for vcard in vcards:
            writer.writerow([vcard.replace("\r\n", "\n")])
    template = work / "cards.glabels"
    template.write_text(GLABELS_TEMPLATE.replace("@DATA@", str(data)), encoding="utf-8")
    t0 = time.perf_counter()
    done = subprocess.run([glabels, "-o", str(work / "glabels.pdf"), str(template)], capture_output=True, timeout=600)
    peer = time.perf_counter() - t0
    if done.returncode != 0:
        return row("Visitenkarten: gLabels 3", None, None, "s", "schneller als gLabels", None,
                   f"gLabels-Fehler: {done.stderr[-200:]!r}")  # fmt: skip
    return row("Visitenkarten: kidesk ÷ gLabels 3", ours, peer, "s", "schneller als gLabels", 1)


GLABELS_TEMPLATE = """<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Avery" part="C32011" size="A4" description="Business cards">
    <Label-rectangle id="0" width="85mm" height="54mm" round="0mm" x_waste="0mm" y_waste="0mm">
      <Layout nx="2" ny="5" x0="15mm" y0="13.5mm" dx="95mm" dy="54mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-barcode x="55mm" y="20mm" w="28mm" h="28mm" style="QRCode" data="${1}" color="0x000000ff"/>
    <Object-text x="3mm" y="3mm" w="50mm" h="40mm"><Span font_family="DejaVu Sans" font_size="8">${1}</Span></Object-text>
  </Objects>
  <Merge type="Text/Comma" src="@DATA@"/>
</Glabels-document>
"""


# -- import -------------------------------------------------------------------------------------------
def write_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Vorname", "Nachname", "Ort", "E-Mail", "Telefon", "Straße", "PLZ"])
        for first, last, city, email, phone, street, postcode in synthetic.contact_rows(n, seed=11, start=10**7):
            writer.writerow([first, last, city, "i" + email, phone, street, postcode])


def imports(work: Path, sizes: list[int], runs: int) -> list[Row]:
    rows = []
    for n in sizes:
        csv_path = work / f"import-{n}.csv"
        write_csv(csv_path, n)
        ours_s, ours_mib, peer_s, peer_mib = [], [], [], []
        for k in range(runs):
            for probe, secs, mibs in (("import", ours_s, ours_mib), ("executemany", peer_s, peer_mib)):
                target = work / f"import-{n}-{probe}-{k}.sqlite"
                synthetic.build(target, synthetic.Sizes(10, 10, 10, 10, 10))
                result = child("bench.probes", probe, str(target), str(csv_path))
                secs.append(result["seconds"])
                mibs.append(result["peak_mib"])
                target.unlink()
        ours, peer = statistics.median(ours_s), statistics.median(peer_s)
        rows.append(row(f"Import {n:,} CSV-Zeilen: Zeilen/s (kidesk ÷ executemany)", n / ours, n / peer, "Zeilen/s",
                        "≥ 0,25× executemany", 0.25, higher_is_better=True))  # fmt: skip
        rows.append(row(f"Import {n:,} CSV-Zeilen: Spitzenspeicher", max(ours_mib), max(peer_mib), "MiB",
                        "flach in der Dateigröße", None, "Wachstum siehe quick → voll"))  # fmt: skip
    return rows


# -- start-up and scrolling -----------------------------------------------------------------------------
def startup(path: Path, runs: int) -> list[Row]:
    ours = [child("bench.probes", "main-window", str(path)) for _ in range(runs)]
    bare = [child("bench.probes", "bare-window") for _ in range(runs)]
    t_ours = statistics.median(r["seconds"] for r in ours)
    t_bare = statistics.median(r["seconds"] for r in bare)
    m_ours = statistics.median(r["peak_mib"] for r in ours)
    m_bare = statistics.median(r["peak_mib"] for r in bare)
    scroll = child("bench.probes", "scroll", str(path))
    return [
        row("Start bis Hauptfenster", t_ours, t_bare, "s", "≤ 4× bloßes PySide6-Fenster", 4),
        row("Start: Speicher", m_ours, m_bare, "MiB", "≤ +80 MiB", None, f"+{m_ours - m_bare:.0f} MiB")
        | {"ok": m_ours - m_bare <= 80},
        row(f"Speicher nach Scrollen durch alle {scroll['rows']:,} Kontakte", scroll["peak_mib"], m_bare, "MiB",
            "≤ +100 MiB", None, f"+{scroll['peak_mib'] - m_bare:.0f} MiB, {scroll['scroll_seconds']:.1f} s")
        | {"ok": scroll["peak_mib"] - m_bare <= 100},
    ]  # fmt: skip


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="kidesk-bench-"))
