from kidesk.ui.common.text import fill


def test_fill_replaces_every_placeholder_once():
    assert fill("%1 von %2", 3, 10) == "3 von 10"


def test_a_value_containing_a_placeholder_is_not_rewritten():
    assert fill("%1 – %2", "Raum %2", "Herford") == "Raum %2 – Herford"


def test_unknown_placeholder_stays():
    assert fill("%1 %3", "a") == "a %3"


def test_no_replace_chains_fill_translated_text():
    """The class, not the instance: no UI module fills a placeholder with str.replace (a value
    containing "%2" would be rewritten by the next replace); fill() does it in one pass."""
    from pathlib import Path

    import kidesk.ui

    ui = Path(kidesk.ui.__file__).parent
    offenders = [
        f"{path.relative_to(ui)}:{number}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "text.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if '.replace("%' in line or ".replace('%" in line
    ]
    assert offenders == []
