"""Facts: careers and events merged across documents, with conflicts said in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from pipeline.edtf import precision_of
from pipeline.facts.claims import interval_of
from pipeline.facts.consolidate import consolidate_facts
from pipeline.tables import SCHEMAS, build_table

Rows = Sequence[dict[str, Any]]
PAPERS = {"doc_a": "a.txt", "doc_b": "b.txt", "doc_c": "c.txt"}


def _documents() -> Any:
    rows = [
        {"doc_id": d, "source_path": p, "content_sha256": "0", "n_chars": 1, "n_tokens": 1, "status": "ok"}
        for d, p in PAPERS.items()
    ]
    return build_table("documents", rows)


def _career(
    doc: str, position: str, start: str | None, end: str | None = None, **extra: Any
) -> dict[str, Any]:
    first, last = interval_of(start), interval_of(end)
    return {
        "career_id": f"career_{doc}_{position}_{start}",
        "doc_id": doc,
        "person_entity_id": "ent_anna",
        "person_name": "Anna Berg",
        "position": position,
        "start_value": start,
        "start_date": first[0] if first else None,
        "start_precision": precision_of(start),
        "end_value": end,
        "end_date": last[1] if last else None,
        "end_precision": precision_of(end),
        "end_basis": "explicit" if end else None,
        "sentence": f"{position} from {start} ({doc}).",
        "start_char": 0,
        "end_char": 10,
        "confidence": 0.9,
        "rule": "test",
        **extra,
    }


def _event(
    doc: str, event_type: str, value: str | None, person: str = "ent_anna", **extra: Any
) -> dict[str, Any]:
    return {
        "event_id": f"event_{doc}_{event_type}_{value}_{extra.get('place_name')}",
        "doc_id": doc,
        "event_type": event_type,
        "person_entity_id": person,
        "person_name": "Anna Berg",
        "date_value": value,
        "sentence": f"{event_type} on {value} ({doc}).",
        "start_char": 0,
        "end_char": 10,
        "confidence": 0.8,
        "rule": "test",
        **extra,
    }


def _facts(careers: Rows = (), events: Rows = ()) -> pd.DataFrame:
    table = consolidate_facts(build_table("careers", careers), build_table("events", events), _documents())
    assert table.schema == SCHEMAS["facts"]
    return table.to_pandas()


def test_agreeing_posts_merge_and_the_day_beats_the_year() -> None:
    facts = _facts(
        [
            _career("doc_a", "Mayor", "1997", "2004", place_name="Bergen"),
            _career("doc_b", "Mayor", "1997-06-15", "2004-12", place_name="Bergen"),
            _career("doc_c", "Mayor", "1997-06", None),
        ]
    )
    (mayor,) = facts.itertuples()
    assert (mayor.start_value, mayor.start_precision, mayor.start_date) == (
        "1997-06-15",
        "day",
        dt.date(1997, 6, 15),
    )
    assert (mayor.end_value, mayor.end_basis) == ("2004-12", "explicit")
    assert mayor.document_count == 3 and list(mayor.doc_ids) == ["doc_a", "doc_b", "doc_c"]
    assert len(mayor.career_ids) == 3 and len(mayor.event_ids) == 0
    assert pd.isna(mayor.conflict) and mayor.place_name == "Bergen"
    assert mayor.sentence == "Mayor from 1997-06-15 (doc_b)."  # the evidence of the date kept


def test_a_different_start_year_is_a_conflict_naming_the_documents() -> None:
    facts = _facts(
        [
            _career("doc_a", "Governor", "2004-12", "2007-01"),
            _career("doc_b", "Governor", "2004", "2007"),
            _career("doc_c", "Governor", "2003", None),
        ]
    )
    (governor,) = facts.itertuples()
    assert governor.start_value == "2004-12"  # two documents against one
    assert governor.conflict == "start: 2003 (c.txt) vs 2004-12 (a.txt, b.txt)"


def test_two_terms_in_one_document_are_two_facts() -> None:
    facts = _facts([_career("doc_a", "Mayor", "1990", "1994"), _career("doc_a", "Mayor", "2001", "2005")])
    assert sorted(facts.start_value) == ["1990", "2001"] and facts.conflict.isna().all()


def test_different_organizations_are_different_posts() -> None:
    facts = _facts(
        [
            _career("doc_a", "Member", "1989", "1991", organization_name="Central Committee"),
            _career("doc_a", "Member", "1989", "1991", organization_name="Municipal Committee"),
            _career("doc_b", "Member", "1989", None, organization_name="the Municipal Committee"),
        ]
    )
    assert sorted(facts.document_count) == [1, 2]


def test_an_undated_post_joins_the_one_it_fits() -> None:
    facts = _facts(
        [_career("doc_a", "Prime Minister", "2007", "2012"), _career("doc_b", "Prime Minister", None)]
    )
    (post,) = facts.itertuples()
    assert post.document_count == 2 and post.start_value == "2007"


def test_two_birth_dates_and_two_birth_places_are_flagged() -> None:
    facts = _facts(
        events=[
            _event("doc_a", "birth", "1948-11-24", place_name="Predgornoje"),
            _event("doc_b", "birth", "1948", place_name="Predgornoje"),
            _event("doc_c", "birth", "1949-11-24", place_name="Almaty"),
        ]
    )
    (birth,) = facts.itertuples()
    assert birth.date_value == "1948-11-24"
    assert birth.conflict == (
        "date: 1948-11-24 (a.txt, b.txt) vs 1949-11-24 (c.txt); "
        "place: Almaty (c.txt) vs Predgornoje (a.txt, b.txt)"
    )


def test_recurring_events_merge_only_when_their_dates_agree() -> None:
    facts = _facts(
        events=[
            _event("doc_a", "award", "2000"),
            _event("doc_b", "award", "2000-06-07"),
            _event("doc_a", "award", "2002"),
            _event("doc_a", "award", "1995/2007"),  # a wide date must not chain the others into one fact
        ]
    )
    # The wide date agrees with 2000 and joins it; 2002 does not, and stays apart.
    assert sorted(facts.date_value) == ["2000-06-07", "2002"]
    assert sorted(facts.document_count) == [1, 2] and facts.conflict.isna().all()


def test_rows_without_a_person_are_not_facts_and_extra_columns_are_ignored() -> None:
    facts = _facts(
        events=[
            _event("doc_a", "marriage", "1998", partner_entity_id="ent_leila", partner_name="Leila"),
            _event("doc_a", "death", "2001", person=None, person_name=None),
        ]
    )
    assert list(facts.event_type) == ["marriage"]


def test_the_samples_and_three_more_documents(khrapunov_outputs: Path) -> None:
    facts = pq.read_table(khrapunov_outputs / "facts.parquet").to_pandas()
    viktor = facts[facts.person_name == "Viktor Khrapunov"]
    posts = viktor[viktor.kind == "post"].set_index("position")
    mayor = posts.loc["Mayor"]
    assert (mayor.document_count, mayor.start_value) == (4, "1997-06") and pd.isna(mayor.conflict)
    assert posts.loc["Minister of Emergency Situations"].document_count == 5
    governor = posts.loc["Governor"]
    assert governor.document_count == 4 and governor.start_value == "2004-12-09"
    assert governor.conflict == (
        "start: 2003 (encyclopedia_entry.txt) vs "
        "2004-12-09 (003_85982725810900b2.txt, profile_cv.txt, wire_report.txt)"
    )
    (birth,) = viktor[viktor.event_type == "birth"].itertuples()
    assert (birth.date_value, birth.document_count) == ("1948-11-24", 4) and pd.isna(birth.conflict)
    (resignation,) = viktor[viktor.event_type == "resignation"].itertuples()
    assert (resignation.date_value, resignation.document_count) == ("2007-10-29", 5)
    assert pd.isna(resignation.conflict)


def test_polars_reads_the_facts_with_their_lists(khrapunov_outputs: Path) -> None:
    import polars as pl

    facts = pl.read_parquet(khrapunov_outputs / "facts.parquet")
    merged = facts.filter(pl.col("document_count") > 1)
    assert merged.height > 5
    assert (merged["doc_ids"].list.len() == merged["document_count"]).all()
