"""Qt item models over kidesk's query functions (one module per entity)."""
