"""kidesk — desk software for a Kommunales Integrationszentrum.

Layers (imports point down only)::

    kidesk/ui        Qt widgets and item models (the only place PySide6 is imported)
    kidesk/cli       the ``kidesk`` command; starts the UI or runs a service headless
    kidesk/services  import/export, printing, backups, rules (no Qt)
    kidesk/pdf       reportlab renderers over plain dataclasses (no Qt, no database)
    kidesk/db        SQLAlchemy models, engine, migrations, queries, FTS (no Qt)
"""

__version__ = "0.1.0"
