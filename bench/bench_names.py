"""Name matching on the labelled fixture set (tests/name_fixtures.py): before and after issue 11.

Run: ``python -m bench.bench_names`` (from the repository root). Prints, for the old key
(``name_folding.fold`` up to issue 11: only [0-9a-z], so every non-Latin name folded to "") and for
the name model (:mod:`kidesk.domain.names`): false merges (pairs of different people whose names
compare equal — must be 0) and missed duplicates (one person written two ways, not matched).
"""

from __future__ import annotations

import re
import unicodedata

from kidesk.domain import names
from tests.name_fixtures import DIFFERENT, SAME

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


if __name__ == "__main__":
    main()
