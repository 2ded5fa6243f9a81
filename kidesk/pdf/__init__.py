"""PDF renderers (reportlab): plain dataclasses in, PDF bytes out. No Qt, no database."""
