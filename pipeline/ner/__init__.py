"""Named entities: spaCy's entities, cleaned into mentions and repaired from evidence.

`recognize.py` is the stage (`recognize_entities`); `clean.py` trims a raw span to
the name it contains; `propagate.py` adds repeats of a recognised name that spaCy
missed; `from_parse.py` finds person names from the parse around person verbs.
"""
