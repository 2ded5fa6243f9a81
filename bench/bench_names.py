"""Name matching on the labelled fixture set (tests/name_fixtures.py): before and after issue 11.

Run: ``python -m bench.bench_names`` (from the repository root). Prints, for the old key
(``name_folding.fold`` up to issue 11: only [0-9a-z], so every non-Latin name folded to "") and for
the name model (:mod:`kidesk.domain.names`): false merges (pairs of different people whose names
compare equal — must be 0) and missed duplicates (one person written two ways, not matched).

Then *Find duplicates* on the same pairs (issue 11 item 2): false merges (different people
scored at merge level, from 80), missed duplicates (same person not found at merge level), and
the suggestions — names in another script or spelling that must be proposed *below* a same name
(95), never matched: missed suggestions, and suggestions made for different people.
"""

from __future__ import annotations

import re
import unicodedata

from kidesk.domain import names
from kidesk.services.duplicates import MERGE_LEVEL
from kidesk.services.duplicates.finding import DEFAULT_THRESHOLD, _compare, _person
from tests.name_fixtures import DIFFERENT, DIFFERENT_PEOPLE, SAME, SUGGEST

_SPECIAL = str.maketrans({"ß": "ss", "ẞ": "SS", "ı": "i", "İ": "I", "æ": "ae", "ø": "o", "đ": "d", "ł": "l"})


def _old_fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = re.sub(r"[^0-9a-z]+", "", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold())
    for written, base in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        text = text.replace(written, base)
    return text


def _old_same(fa: str, la: str, fb: str, lb: str) -> bool:
    a, b = sorted((_old_fold(fa), _old_fold(la))), sorted((_old_fold(fb), _old_fold(lb)))
    return a == b  # the old name_key: ("", "") for every Arabic or Cyrillic name


def main() -> None:
    for label, same in (("before (fold [0-9a-z])", _old_same), ("after (kidesk.domain.names)", names.same_name)):
        false_merges = [p[4] for p in DIFFERENT if same(*p[:4])]
        missed = [p[4] for p in SAME if not same(*p[:4])]
        print(
            f"{label}: {len(DIFFERENT)} pairs of different people, false merges {len(false_merges)}; "
            f"{len(SAME)} true duplicates, missed {len(missed)}"
        )
        for why in false_merges:
            print(f"    false merge: {why}")
        for why in missed:
            print(f"    missed: {why}")


def _scored(pair: tuple, email: str | None = None) -> tuple[int, str] | None:
    a = _person(1, pair[0], pair[1], email)
    b = _person(2, pair[2], pair[3], email)
    return _compare(a, b, DEFAULT_THRESHOLD)


def find_duplicates_figures() -> dict[str, list[str]]:
    """The figures of *Find duplicates* on the fixture pairs (also asserted in the tests)."""
    scored = {p[4]: _scored(p) for p in SAME + DIFFERENT_PEOPLE + SUGGEST}
    return {
        "false merges": [p[4] for p in DIFFERENT_PEOPLE if (scored[p[4]] or (0, ""))[0] >= MERGE_LEVEL],
        "missed duplicates": [p[4] for p in SAME if (scored[p[4]] or (0, ""))[0] < MERGE_LEVEL],
        "missed suggestions": [p[4] for p in SUGGEST if scored[p[4]] is None or scored[p[4]][0] >= 95],
        "suggestions for different people": [p[4] for p in DIFFERENT_PEOPLE if scored[p[4]] is not None],
        # the same pairs as one household sharing a mailbox: still no merge
        "false merges with a shared e-mail": [
            p[4]
            for p in DIFFERENT_PEOPLE
            if names.has_letters(p[1]) and (_scored(p, "familie@example.org") or (0, ""))[0] >= MERGE_LEVEL
        ],
    }


def print_find_duplicates() -> None:
    figures = find_duplicates_figures()
    print(
        f"find duplicates: {len(DIFFERENT_PEOPLE)} pairs of different people, false merges "
        f"{len(figures['false merges'])}, suggested anyway {len(figures['suggestions for different people'])}; "
        f"{len(SAME)} true duplicates, missed {len(figures['missed duplicates'])}; "
        f"{len(SUGGEST)} variants to suggest, missed {len(figures['missed suggestions'])}; "
        f"as households sharing a mailbox: false merges {len(figures['false merges with a shared e-mail'])}"
    )
    for kind, whys in figures.items():
        for why in whys:
            print(f"    {kind}: {why}")
    for pair in SUGGEST:
        score, reason = _scored(pair) or (0, "")
        print(f"    suggested {score:3d} {reason}: {pair[0]} {pair[1]} / {pair[2]} {pair[3]}")


if __name__ == "__main__":
    main()
    print_find_duplicates()
