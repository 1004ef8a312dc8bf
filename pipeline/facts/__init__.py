"""Facts: the per-document careers and events merged across documents.

``consolidate_facts(careers, events, documents)`` builds the ``facts`` table.
Modules: ``consolidate`` (the table), ``groups`` (which rows tell one fact),
``claims`` (dates that agree or conflict; precision wins), ``names``
(organization and place names that agree).
"""

from pipeline.facts.consolidate import consolidate_facts

__all__ = ["consolidate_facts"]
