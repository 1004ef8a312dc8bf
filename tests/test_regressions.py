"""Analysis exceptions found on real text: each document must now end `ok`.

Every exception on real text is a bug; its text goes here with the fix.
"""

from __future__ import annotations

from tests.conftest import Extract

# Re-DocRED dev document d032 (Wikipedia, "Rogaland County Municipality"): spaCy reads
# "County Governor" as part of a place name, which left a title with no title word
# (IndexError in careers.titles_in_text.read_title).
ROGALAND = (
    "The county council has 47 members, and county mayor is Janne Johnsen (Conservative Party) "
    "and the deputy mayor is Terje Halleland (Progress Party). Harald Thune is the County "
    "Governor of Rogaland. The administration is located in the city of Stavanger."
)


def test_a_title_the_model_reads_as_a_place_does_not_stop_the_analysis(extract: Extract) -> None:
    tables = extract(ROGALAND)
    assert set(tables["documents"]["status"]) == {"ok"}
    people = set(tables["mentions"].loc[tables["mentions"]["label"] == "PERSON", "text"])
    assert {"Janne Johnsen", "Harald Thune"} <= people
    assert "County Governor" not in set(tables["careers"]["place_name"].dropna())


# Gold corpus document parl_kalogeropoulos.txt (an infobox, then the article): the form's
# "Born: 14 August 1961, Kalamata" was read twice, by its field and by its verb, as two
# births with one id; a later retelling of the birth then looked up the deleted twin
# (KeyError in events.repeats).
BORN_TWICE = (
    "Anna Weiss\n\nPersonal details\nBorn: 14 August 1961, Kalamata, Greece\n\n"
    "Anna Weiss (born 14 August 1961) is a former politician. Weiss was born in Kalamata.\n"
)


def test_a_form_field_read_twice_as_one_birth_does_not_stop_the_analysis(extract: Extract) -> None:
    tables = extract(BORN_TWICE)
    assert set(tables["documents"]["status"]) == {"ok"}
    births = tables["events"].query("event_type == 'birth'")
    assert list(zip(births.person_name, births.date_value, strict=True)) == [("Anna Weiss", "1961-08-14")]
    assert tables["events"]["event_id"].is_unique
