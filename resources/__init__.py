"""Packaged resources (fonts, icons, translations), installed as ``kidesk.resources``."""
