from kidesk.ui.main_window import MainWindow


def test_smoke(qtbot, office):
    db, ids = office
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.count() == 4
