from kidesk.ui.common.text import fill


def test_fill_replaces_every_placeholder_once():
    assert fill("%1 von %2", 3, 10) == "3 von 10"


def test_a_value_containing_a_placeholder_is_not_rewritten():
    assert fill("%1 – %2", "Raum %2", "Herford") == "Raum %2 – Herford"


def test_unknown_placeholder_stays():
    assert fill("%1 %3", "a") == "a %3"
