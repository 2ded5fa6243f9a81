"""Comparison forms of an organisation's name, on top of the one name model (:mod:`.names`).

"Frauentreff Bünde e.V.", "frauentreff buende eV" and "FRAUENTREFF BÜNDE e. V." are one
organisation: the forms fold case, diacritics and umlaut spellings through
:func:`kidesk.domain.names.words` and leave out the legal form at the end (e.V., gGmbH, GmbH,
UG, eG …), which people drop or write differently when they type a name at the door.
Nothing here changes what is stored.
"""

from __future__ import annotations

import difflib
import re

from kidesk.domain import names

#: legal forms at the end of a name, in folded words ("e. V." folds to "e v")
_LEGAL_FORM = re.compile(
    r"(?:\s+(?:e\s?v|eingetragener\s+verein|g?gmbh|mbh|g?ug(?:\s+haftungsbeschrankt)?|e\s?g|kdor|ggmbh))+$"
)


def organisation_forms(name: str | None) -> frozenset[str]:
    """Compact comparison forms of an organisation name (both umlaut spellings, with and
    without the legal form); empty for a name without letters (unknown, matches nothing)."""
    forms: set[str] = set()
    for digraphs in (False, True):
        folded = " ".join(names.words(name, umlauts_as_digraphs=digraphs))
        if not folded:
            continue
        forms.add(folded.replace(" ", ""))
        core = _LEGAL_FORM.sub("", folded)
        if core:
            forms.add(core.replace(" ", ""))
    return frozenset(forms)


def same_organisation(a: str | None, b: str | None) -> bool:
    """True when two organisation names share a comparison form."""
    return bool(organisation_forms(a) & organisation_forms(b))


def similar_organisation(typed: str | None, existing: str | None) -> bool:
    """A near match worth suggesting (never taken silently): one name begins with the other
    (from four letters: "Frauentreff" ~ "Frauentreff Bünde e.V.") or they differ by a typo."""
    for t in organisation_forms(typed):
        for e in organisation_forms(existing):
            if t == e:
                return True
            short, long_ = sorted((t, e), key=len)
            if len(short) >= 4 and long_.startswith(short):
                return True
            if min(len(t), len(e)) >= 6 and difflib.SequenceMatcher(None, t, e).ratio() >= 0.88:
                return True
    return False
