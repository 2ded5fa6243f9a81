"""The one global search (toolbar and CLI): ranking of the full-text index, volunteers as hits of their own."""

from __future__ import annotations

from kidesk.db import search as fts
from kidesk.services.search import GlobalHit, search_everything


def test_volunteer_follows_its_contact_and_the_rest_keeps_the_index_ranking(office):
    db, ids = office
    hits = search_everything(db, "kovalenko")
    kinds = [(h.kind, h.id) for h in hits]
    at = kinds.index(("contact", ids["volunteer_contact"]))
    assert kinds[at + 1] == ("volunteer", ids["volunteer"])
    with db.session() as s:
        ranked = [(h.kind, h.id) for h in fts.search(s, "kovalenko", limit=30)]
    assert [k for k in kinds if k[0] != "volunteer"] == ranked


def test_limit_empty_text_and_plain_rows(office):
    db, _ids = office
    assert search_everything(db, "   ") == [] and search_everything(db, "!!") == []
    hits = search_everything(db, "herford", limit=3)
    assert len(hits) == 3 and all(isinstance(h, GlobalHit) for h in hits)
    assert hits[0].kind == "organisation"  # "Herford" starts an organisation's name before it is anyone's town
