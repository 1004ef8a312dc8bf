"""Facts: the per-document careers and events merged across documents.

``consolidate.consolidate_facts(careers, events, documents)`` builds the
``facts`` table from one or more people's rows; ``consolidate.person_key``
says whose fact a row tells (the batch sends each person's rows to one task).
Modules: ``consolidate`` (the table), ``groups`` (which rows tell one fact),
``claims`` (dates that agree or conflict; precision wins), ``names``
(organization and place names that agree).
"""
