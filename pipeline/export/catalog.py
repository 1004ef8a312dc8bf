"""The DuckDB catalog: every table of a run, plus the views analysts ask for first.

``pipeline.duckdb`` is built in the staging folder from the run's Parquet
tables (folders of part files, or one file) and swapped in with them
(``batch/publish.py``), so it always describes the same run. It holds copies
of the tables rather than views over the Parquet files: DuckDB resolves a
view's file path against the reader's working folder and checks it when the
view is made, so views over paths would break when the folder moves and could
not be built in the staging folder before the swap. A copy opens anywhere, in
the DuckDB CLI or Python, with no setup. DuckDB copies the parts itself: no
table passes through Python.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.tables import TABLE_NAMES

CATALOG_FILENAME = "pipeline.duckdb"
# The oldest storage format DuckDB 1.x reads: the DuckDB CLI on PyPI lags the Python package.
STORAGE_VERSION = "v1.0.0"

# Posts and events of each person in one chronological list, from the merged facts; a post
# known only by its end is placed by it, undated facts come last.
TIMELINE = """
SELECT f.person_name, f.person_entity_id, f.kind,
       coalesce(f.position, f.event_type) AS what,
       f.organization_name, f.place_name,
       coalesce(f.start_value, f.date_value) AS start_value,
       coalesce(f.start_date, f.date_start) AS start_date,
       coalesce(f.start_precision, f.date_precision) AS start_precision,
       f.end_value, f.end_date, f.end_precision, f.end_basis,
       f.document_count, f.conflict, f.sentence, d.source_path AS sentence_source, f.fact_id
FROM facts AS f LEFT JOIN documents AS d ON d.doc_id = f.sentence_doc_id
ORDER BY f.person_name, f.person_entity_id, coalesce(f.start_date, f.date_start, f.end_date) NULLS LAST,
         f.end_date NULLS LAST, f.kind, what, f.fact_id
"""

# One row per person: how much the documents say, and the first and last dated fact.
PEOPLE = """
SELECT e.entity_id AS person_entity_id, e.canonical_name AS person_name, e.kb_id,
       e.mention_count, e.document_count,
       count(t.kind) FILTER (WHERE t.kind = 'post') AS posts,
       count(t.kind) FILTER (WHERE t.kind = 'event') AS events,
       count(t.conflict) AS conflicts,
       min(t.start_date) AS first_date,
       arg_min(t.what, t.start_date) AS first_fact,
       max(coalesce(t.end_date, t.start_date)) AS last_date,
       arg_max(t.what, coalesce(t.end_date, t.start_date)) AS last_fact
FROM entities AS e LEFT JOIN timeline AS t ON t.person_entity_id = e.entity_id
WHERE e.entity_type = 'PERSON'
GROUP BY ALL
ORDER BY e.canonical_name, e.entity_id
"""

VIEWS = {"timeline": TIMELINE, "people": PEOPLE}


def build_catalog(folder: Path) -> Path:
    """Write ``folder/pipeline.duckdb``: a copy of every table in ``folder``, and the views."""
    import duckdb  # only runs that write tables need it

    path = folder / CATALOG_FILENAME
    with duckdb.connect() as con:
        con.execute(f"ATTACH {_literal(path)} AS catalog (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE catalog")
        for name in TABLE_NAMES:
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet({_files(folder, name)})')
        for name, query in VIEWS.items():
            con.execute(f'CREATE VIEW "{name}" AS {query}')
        con.execute("USE memory")
        con.execute("DETACH catalog")  # checkpoints: everything is in the one file
    return path


def _files(folder: Path, name: str) -> str:
    """The table's Parquet files as a DuckDB string: a folder's parts in name order, or the one file."""
    table = folder / f"{name}.parquet"
    return _literal(table / "*.parquet" if table.is_dir() else table)


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"
