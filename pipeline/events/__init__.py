"""Events: typed, dated facts about people, each with its sentence.

``extract_events`` (per document, after dates) finds them; ``birth_resolver``
tells the dates stage whose birth anchors an age; ``event_date_value`` is the
date an events row reports. Modules: ``extract`` (the stage), ``triggers``
(the lexicon in ``data/events.toml``), ``roles`` (who the event is about),
``repeats`` (one row per fact).
"""

from pipeline.events.extract import birth_resolver, event_date_value, extract_events

__all__ = ["birth_resolver", "event_date_value", "extract_events"]
