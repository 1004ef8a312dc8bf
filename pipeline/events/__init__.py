"""Events: typed, dated facts about people, each with its sentence.

``extract.extract_events`` (per document, after dates) finds them;
``extract.birth_resolver`` tells the dates stage whose birth anchors an age;
``extract.event_date_value`` is the date an events row reports. Modules:
``extract`` (the stage), ``triggers`` (the lexicon in ``data/events.toml``),
``roles`` (who the event is about), ``couples`` (the two people of a marriage),
``lifespan`` (births and deaths in brackets), ``sections`` (items under a CV's
headings), ``fields`` (a form's labelled fields), ``parties`` (party words beside a name),
``repeats`` (one row per fact).
"""
