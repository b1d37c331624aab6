"""Personal trigger analysis and self-experiments over diary data (pure; no storage or CLI)."""
