"""Widgets and helpers every tab shares: the record list tab, the editor base, prompts, form
fields, lazy paging and text with placeholders."""
