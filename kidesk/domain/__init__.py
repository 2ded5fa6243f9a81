"""Pure domain rules: no I/O, no database, no Qt, no reportlab.

Each rule the office depends on lives here once (which affiliation is the primary one, how a
date is typed and shown, who is invited, whose data may be passed on …) and every list, print
product, export and command calls it. The layer sits below ``db``, ``pdf`` and ``services``;
it imports nothing from ``kidesk`` outside itself (tests/test_architecture.py checks this).
"""
