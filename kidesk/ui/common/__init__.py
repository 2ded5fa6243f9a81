"""Widgets and helpers every tab shares: the record list tab, the editor base (with the one
edit-conflict answer), prompts (unsaved changes, delete, duplicates, edit conflict), form
fields (with the one date field), lazy paging over service functions and text with
placeholders."""
