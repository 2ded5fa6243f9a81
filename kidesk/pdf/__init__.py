"""PDF renderers (reportlab only): plain dataclasses in, PDF bytes out. No Qt, no database."""
