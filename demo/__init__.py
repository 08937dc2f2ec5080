"""The Bottrop demo: made-up but plausible content for trying Quartier, talks and benchmarks.

Loaded by `manage.py seed_demo`; nothing else in the project imports this app, so a real
installation can ignore it. It depends on the domain apps and never the other way round.

- `loader.py` — `load_demo()`: city, districts, places, providers, offers with their rules,
  translations, Leichte Sprache, this week's cancellations and the demo accounts; idempotent.
- `data.py` — the German content the loader writes (one offer template per key).
- `translations/<code>.py` — that content in each offered language, same keys as `data.py`.
- `digital.py` — the digital anchor places and their coordinates.
- `easy.py` — Welheim's summaries in Leichte Sprache.
- `legal_pages.py` — imprint, privacy and accessibility pages from `legal_texts*.py` beside it.
- `scans.py` — twelve weeks of QR-code scan counts for the reach page.
- `network.py` — the members' area: meetings, posts and contact persons.
"""
