"""FollowTheMoney export: the tables as FtM entities, one JSON object per line.

Built through the ``followthemoney`` model (so every value is cleaned and
checked by its property type): a Document per file, a Person per person
entity (with birthDate, deathDate and birthPlace from the merged facts), an
Organization per organization entity or post's body, a Position per post, an
Occupancy per careers row, an Event per events row (the partner of a marriage
involved too) and a Family per couple the events name (a marriage's person and
partner; a divorce dates its end).
Intervals carry ``proof``: the Document they were read from. Ids are our
tables' ids where a row exists (entity_id, doc_id, career_id, event_id), with
"-" for "_" as FtM ids require, and hashes of their parts otherwise, so the
same tables give the same file.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from pipeline.export.files import write_atomically
from pipeline.export.ftm_build import build_entities
from pipeline.export.outputs import read_outputs

TABLES = ("documents", "entities", "events", "careers", "facts")
DEFAULT_FILENAME = "entities.ftm.json"


def export_ftm(out_dir: Path, target: Path | None) -> Counter[str]:
    """Write the entities of the run in ``out_dir`` to ``target`` (None: stdout); counts by schema."""
    tables = {name: table.to_pylist() for name, table in read_outputs(out_dir, TABLES).items()}
    entities = build_entities(tables)
    lines = (line + "\n" for line in entities.lines())
    if target is None:
        sys.stdout.writelines(lines)
    else:
        write_atomically(target, lines)
    return Counter(proxy.schema.name for proxy in entities.by_id.values())
