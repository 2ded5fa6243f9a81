"""Services: the work behind every menu entry and CLI verb (no Qt).

A service takes a :class:`kidesk.db.database.Database` (or a session) and plain values,
does one job in one transaction, and raises :class:`kidesk.errors.UserError` with a clear
message for anything the user can fix.
"""
