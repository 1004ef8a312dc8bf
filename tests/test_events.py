"""Events: a sentence in, the event rows out (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.events.roles import subject_of
from tests.conftest import Extract


def _events(extract: Extract, text: str) -> pd.DataFrame:
    return extract(text)["events"]


def _one(events: pd.DataFrame, event_type: str) -> pd.Series:
    rows = events[events.event_type == event_type]
    assert len(rows) == 1, events[["event_type", "person_name", "date_value"]]
    return rows.iloc[0]


def test_birth_with_day_date_and_place(extract: Extract) -> None:
    row = _one(_events(extract, "Marta Kowalczyk was born on 3 May 1961 in Gdansk."), "birth")
    assert row.person_name == "Marta Kowalczyk"
    assert row.date_value == "1961-05-03" and row.date_precision == "day"
    assert row.place_name == "Gdansk"


def test_appointee_is_the_object_not_the_appointer(extract: Extract) -> None:
    text = "In 2004, Ivan Petrenko appointed Sergei Markov head of the customs agency."
    row = _one(_events(extract, text), "appointment")
    assert row.person_name == "Sergei Markov"
    assert row.date_value == "2004"


def test_passive_arrest_with_place(extract: Extract) -> None:
    text = "Dmitri Volkov was arrested in Vienna on 12 March 2015 at the request of prosecutors."
    row = _one(_events(extract, text), "arrest")
    assert (row.person_name, row.date_value, row.place_name) == ("Dmitri Volkov", "2015-03-12", "Vienna")


def test_marriage_gives_one_row_per_spouse(extract: Extract) -> None:
    events = _events(extract, "In 1985, Pavel Orlov married Irina Sokolova in Kyiv.")
    marriages = events[events.event_type == "marriage"]
    assert sorted(marriages.person_name) == ["Irina Sokolova", "Pavel Orlov"]
    assert set(marriages.date_value) == {"1985"}


def test_pronoun_resolves_to_the_biography_subject(extract: Extract) -> None:
    text = (
        "Lena Brandt was born in 1950 in Kiel. Lena Brandt studied law. "
        "In 1972, she graduated from the University of Bonn. Lena Brandt later taught there."
    )
    row = _one(_events(extract, text), "degree")
    assert row.person_name == "Lena Brandt" and row.date_value == "1972"


def test_resignation_from_a_noun(extract: Extract) -> None:
    text = "On 4 July 2010, Anna Lindqvist handed her resignation to the board."
    row = _one(_events(extract, text), "resignation")
    assert (row.person_name, row.date_value) == ("Anna Lindqvist", "2010-07-04")


def test_dates_of_two_clauses_are_not_mixed(extract: Extract) -> None:
    text = "Her uncle, Boris Lentz, was born on 2 March 1920 in Riga and died on 5 June 1990."
    events = _events(extract, text)
    assert _one(events, "birth").date_value == "1920-03-02"
    assert _one(events, "death").date_value == "1990-06-05"


def test_every_row_has_evidence_containing_its_date(extract: Extract) -> None:
    text = (
        "Oskar Berg was born on 9 April 1950 in Turku. In May 1980, Oskar Berg left the factory. "
        "The minister appointed him director of the Turku Shipyard."
    )
    tables = extract(text)
    events = tables["events"]
    assert len(events) >= 2
    dates = tables["dates"].set_index("date_id")
    for row in events.itertuples():
        evidence = text[row.start_char : row.end_char]
        assert row.sentence == evidence and evidence.strip()
        if row.date_id:
            assert dates.loc[row.date_id, "text"] in evidence


def test_date_carries_over_within_a_paragraph(extract: Extract) -> None:
    text = (
        "In May 1980, Oskar Berg left the factory. The minister appointed him director of the Turku Shipyard."
    )
    row = _one(_events(extract, text), "appointment")
    assert row.person_name == "Oskar Berg" and row.date_value == "1980-05"


def test_honours_are_awards_not_posts(extract: Extract) -> None:
    text = "In 2011, Nadia Rahim was named “Engineer of the Year” by the guild."
    events = extract(text)
    assert _one(events["events"], "award").person_name == "Nadia Rahim"
    assert events["careers"].empty


def test_name_the_model_misses_is_found_from_the_parse(extract: Extract) -> None:
    text = "Tomasz Wierzbicki Kowal was born on 2 June 1948 in Lodz. In 1970 he married Ewa Zielinska."
    events = _events(extract, text)
    assert _one(events, "birth").person_name == "Tomasz Wierzbicki Kowal"
    marriages = events[events.event_type == "marriage"]
    assert set(marriages.person_name) == {"Tomasz Wierzbicki Kowal", "Ewa Zielinska"}


def test_cv_header_names_the_subject_of_its_lines(extract: Extract) -> None:
    text = (
        "Resume\n\nMarek Olinski\nBorn 4 May 1955 in Torun\n\nAwards\n"
        "  • Order of Merit (1999).\n  • Medal of Labour (2003).\n"
    )
    events = _events(extract, text)
    assert _one(events, "birth").person_name == "Marek Olinski"
    awards = events[events.event_type == "award"]
    assert set(awards.date_value) == {"1999", "2003"} and set(awards.person_name) == {"Marek Olinski"}


def test_council_choice_is_an_election_and_a_society_fellowship_is_membership(extract: Extract) -> None:
    text = (
        "Anna Halvorsen was born in 1950 in Bergen. Anna Halvorsen studied medicine. "
        "In 1990 the town council chose her as Mayor of Bergen. "
        "In 2001 Anna Halvorsen was elected a Fellow of the Norwegian Society of Surgeons."
    )
    events = _events(extract, text)
    assert _one(events, "election").date_value == "1990"
    assert _one(events, "membership").date_value == "2001"


def test_a_board_seat_is_not_a_membership(extract: Extract) -> None:
    text = (
        "Karl Brenner\nBorn 1 March 1960 in Graz\n\n"
        "  • Since 2012: Member of the Board of Directors of Alpenbahn.\n"
    )
    events = _events(extract, text)
    assert (events.event_type == "membership").sum() == 0


def test_honorary_doctorate_is_an_award(extract: Extract) -> None:
    text = (
        "Karl Brenner\nBorn 1 March 1960 in Graz\n\n"
        "  • Honorary Doctorate in Law from the University of Linz (2008).\n"
    )
    events = _events(extract, text)
    assert _one(events, "award").date_value == "2008"
    assert (events.event_type == "degree").sum() == 0


def test_leaving_for_a_country_is_a_relocation_for_both_subjects(extract: Extract) -> None:
    text = "In 2015 Ivan Sorokin and his wife, Olga Sorokina, left Moldavia for Portugal."
    events = _events(extract, text)
    moves = events[events.event_type == "relocation"]
    assert sorted(moves.person_name) == ["Ivan Sorokin", "Olga Sorokina"]


def test_leaving_one_place_for_another_moves_to_the_other(extract: Extract) -> None:
    """ "left Dakar for Turin": the move's place is where it went, not a place told of on the way."""
    text = (
        "In October 1993 Anna Weiss left Dakar for Turin on a student visa. In 1952 Thomas Berger "
        "left Poland for Brazil on a visa obtained with the help of an uncle in São Paulo."
    )
    moves = _events(extract, text).query("event_type == 'relocation'")
    assert sorted(zip(moves.person_name, moves.place_name, strict=True)) == [
        ("Anna Weiss", "Turin"),
        ("Thomas Berger", "Brazil"),
    ]


def test_returning_to_an_idea_is_not_a_relocation(extract: Extract) -> None:
    text = "Later in his career, Ivan Sorokin returned to his first love, mathematics."
    assert "relocation" not in set(_events(extract, text).event_type)


def test_lawsuit_against_the_couple_names_both_spouses(extract: Extract) -> None:
    text = (
        "In 2015 Ivan Sorokin and his wife, Olga Sorokina, left Moldavia for Portugal. "
        "In 2017 a local bank filed a lawsuit against the couple in Lisbon."
    )
    events = _events(extract, text)
    suits = events[events.event_type == "lawsuit"]
    assert sorted(suits.person_name) == ["Ivan Sorokin", "Olga Sorokina"]
    assert set(suits.date_value) == {"2017"}


def test_named_her_an_honour_of_the_year(extract: Extract) -> None:
    text = "Anna Petrova ran the city clinic. In 2004 a national weekly named her Doctor of the Year."
    row = _one(_events(extract, text), "award")
    assert (row.person_name, row.date_value) == ("Anna Petrova", "2004")


def test_her_husband_is_the_man_she_married(extract: Extract) -> None:
    text = (
        "Anna Petrova was born in Moscow. In 1990 she married Boris Lebedev, a pilot. "
        "Anna Petrova became a surgeon. In 2006 she and her husband moved to Riga."
    )
    moves = _events(extract, text).query("event_type == 'relocation'")
    assert sorted(moves.person_name) == ["Anna Petrova", "Boris Lebedev"]


def test_the_day_after_the_arrest_is_not_an_arrest_of_the_subject(extract: Extract) -> None:
    text = "Karl Weber, the interior minister, spoke to reporters the day after the arrest."
    assert "arrest" not in set(_events(extract, text).event_type)


def test_fighting_extradition_is_not_a_request(extract: Extract) -> None:
    text = "Ivan Sorokin said he would fight extradition in every court."
    assert "extradition_request" not in set(_events(extract, text).event_type)


def test_a_second_verb_without_its_own_date_repeats_the_first(extract: Extract) -> None:
    text = "In May 2010 a court in Vienna convicted Dmitri Volkov and sentenced him to six years."
    row = _one(_events(extract, text), "conviction")
    assert row.date_value == "2010-05"


def test_a_family_is_not_a_person(extract: Extract) -> None:
    text = "The Orlov family wedding took place in Kyiv in 1999."
    events = _events(extract, text)
    assert not any("family" in name for name in events.person_name.dropna())


def test_a_state_onset_takes_the_start_of_its_range() -> None:
    import dataclasses

    from pipeline.events.extract import event_date_value, onset_side
    from pipeline.records import DateMention

    fields = {f.name: None for f in dataclasses.fields(DateMention)}
    since = DateMention(**{**fields, "value": "1987/..", "start_value": "1987", "end_value": ".."})
    assert event_date_value(since, onset_side("marriage", since)) == "1987"
    assert event_date_value(since, onset_side("education", since)) == "1987/.."
    assert event_date_value(None, "start") is None
    life = DateMention(**{**fields, "value": "1878/1954", "start_value": "1878", "end_value": "1954"})
    assert (event_date_value(life, "start"), event_date_value(life, "end")) == ("1878", "1954")


def test_honorary_titles_in_a_list_are_awards_not_degrees(extract: Extract) -> None:
    text = (
        "Anna Petrova\n\nAnna Petrova was born in 1950 in Kiel. Anna Petrova studied law in Bonn.\n\n"
        "Honours:\n"
        "  • Honorary Citizen of the City of Kiel.\n"
        "  • Honorary Doctorate Degree in Law from the University of Bonn (May 3, 1999).\n"
    )
    events = _events(extract, text)
    awards = events[events.event_type == "award"]
    assert sorted(awards.date_value.fillna("")) == ["", "1999-05-03"]
    assert "degree" not in set(events.event_type)


def test_a_degree_told_twice_is_one_row(extract: Extract) -> None:
    text = (
        "Lena Brandt was born in 1950 in Kiel. In 1972, Lena Brandt graduated in law. "
        "In 1972, Lena Brandt obtained her degree."
    )
    row = _one(_events(extract, text), "degree")
    assert row.date_value == "1972"


def test_an_honour_retold_with_the_same_title_is_one_row(extract: Extract) -> None:
    text = (
        "Oleg Petrov was born in 1950 in Omsk. In 2002, Oleg Petrov was named “Mayor of the Year”.\n\n"
        "Awards:\n  • In 2002, Oleg Petrov was designated “Mayor of the Year”.\n"
    )
    row = _one(_events(extract, text), "award")
    assert row.date_value == "2002"


def test_a_later_bare_noun_refers_back_to_the_dated_resignation(extract: Extract) -> None:
    text = (
        "On 4 July 2010, Anna Lindqvist wrote a letter of resignation to the chairman Karl Berg. "
        "At a meeting with Karl Berg, who offered her other posts, she asked the chairman to accept "
        "her voluntary resignation."
    )
    row = _one(_events(extract, text), "resignation")
    assert (row.person_name, row.date_value) == ("Anna Lindqvist", "2010-07-04")


def test_a_with_phrase_of_another_clause_is_no_spouse(extract: Extract) -> None:
    text = "The wedding was attended by officials who could share their impressions with Ivan Sidorov."
    assert "marriage" not in set(_events(extract, text).event_type)


def test_a_surname_shared_by_two_named_people_is_a_family(extract: Extract) -> None:
    text = (
        "Pavel Sorokin is the son of Oleg Sorokin. Pavel Sorokin married Anna Orlova in 2007. "
        "Officials avoided the Sorokin’s wedding."
    )
    marriages = _events(extract, text).query("event_type == 'marriage'")
    assert sorted(marriages.person_name) == ["Anna Orlova", "Pavel Sorokin"]


def test_a_verb_in_a_list_of_deeds_keeps_its_subject(extract: Extract) -> None:
    text = (
        "From 2004 to 2007, Oleg Petrov governed the region. "
        "The governor handled crises, invested in roads, promoted the building of new housing."
    )
    assert "appointment" not in set(_events(extract, text).event_type)


def test_an_onset_dated_by_a_range_takes_the_range_start(extract: Extract) -> None:
    tables = extract("Between 1981 and 1983 Tomas Brekke was appointed director of the Vestby paper mill.")
    row = tables["events"].query("event_type == 'appointment'").iloc[0]
    assert row.person_name == "Tomas Brekke"
    assert (row.date_value, row.date_precision) == ("1981", "year")
    assert (row.date_start, row.date_end) == (dt.date(1981, 1, 1), dt.date(1981, 12, 31))
    dates = tables["dates"].set_index("date_id")
    assert dates.loc[row.date_id, "value"] == "1981/1983"  # the dates table keeps the whole range


def test_a_state_over_a_range_keeps_the_range(extract: Extract) -> None:
    tables = extract("From 1990 to 1994 Mira Holst studied law at the University of Tartu.")
    row = tables["events"].query("event_type == 'education'").iloc[0]
    assert (row.date_value, row.date_start, row.date_end) == (
        "1990/1994",
        dt.date(1990, 1, 1),
        dt.date(1994, 12, 31),
    )


def _rows(extract: Extract, text: str, *columns: str) -> list[tuple]:
    events = _events(extract, text)
    return sorted(
        tuple("None" if pd.isna(row[c]) else str(row[c]) for c in columns) for _, row in events.iterrows()
    )


def test_lifespan_brackets_give_a_birth_and_a_death_with_their_places(extract: Extract) -> None:
    text = (
        "Tomasz Wielgosz (Poznań, 3 May 1901 – Gdańsk, 12 June 1977) was a Polish engineer. "
        "Ilse Marquardt (1878–1954) was a German painter."
    )
    assert _rows(extract, text, "event_type", "person_name", "date_value", "place_name") == [
        ("birth", "Ilse Marquardt", "1878", "None"),
        ("birth", "Tomasz Wielgosz", "1901-05-03", "Poznań"),
        ("death", "Ilse Marquardt", "1954", "None"),
        ("death", "Tomasz Wielgosz", "1977-06-12", "Gdańsk"),
    ]


def test_a_name_before_lifespan_brackets_is_a_person_whatever_the_model_says(extract: Extract) -> None:
    text = "Ernst-Ludwig Schwandner (born 2 June 1938 in Berlin) is a German archaeologist."
    tables = extract(text)
    assert "Ernst-Ludwig Schwandner" in set(tables["mentions"].query("label == 'PERSON'").text)
    birth = tables["events"].query("event_type == 'birth'").iloc[0]
    assert (birth.person_name, birth.date_value, birth.place_name) == (
        "Ernst-Ludwig Schwandner",
        "1938-06-02",
        "Berlin",
    )


def test_a_term_in_brackets_is_not_a_lifespan(extract: Extract) -> None:
    text = "The council was led by Mayor Anna Berglund (2001–2005), who later moved to Oslo."
    assert "birth" not in set(_events(extract, text).event_type)


def test_a_birth_never_borrows_another_clause_date(extract: Extract) -> None:
    text = (
        "Born in Graz, Austria, Martin Weiler began his career with three seasons at Graz before "
        "joining Salzburg in 1991. Karl Huber was born in Linz. He moved to Vienna in 1960."
    )
    births = [r[1:] for r in _rows(extract, text, "event_type", "person_name", "date_value", "place_name")]
    assert births[:2] == [("Karl Huber", "None", "Linz"), ("Martin Weiler", "None", "Graz, Austria")]


def test_a_lifespan_birth_takes_the_place_told_later(extract: Extract) -> None:
    text = (
        "Edmund Rask (August 20, 1920 – January 16, 1992) was a Danish politician. "
        "Rask was born in Aarhus and moved to Copenhagen as a boy."
    )
    births = _rows(extract, text, "event_type", "person_name", "date_value", "place_name")
    assert [b for b in births if b[0] == "birth"] == [("birth", "Edmund Rask", "1920-08-20", "Aarhus")]


def test_marriages_name_the_partner_in_every_form(extract: Extract) -> None:
    text = (
        "Paul Dresner is married to Helene Varga, a lawyer. "
        "In 1994 Arman Temirov married Saule Bekova, a chemist from Shymkent. "
        "Anthony Crane is best known for his marriage to Anita Lindqvist. "
        "Irina Volkova divorced Peter Hallam in 1999."
    )
    rows = _rows(extract, text, "event_type", "person_name", "partner_name", "date_value")
    assert rows == [
        ("divorce", "Irina Volkova", "Peter Hallam", "1999"),
        ("divorce", "Peter Hallam", "Irina Volkova", "1999"),
        ("marriage", "Anita Lindqvist", "Anthony Crane", "None"),
        ("marriage", "Anthony Crane", "Anita Lindqvist", "None"),
        ("marriage", "Arman Temirov", "Saule Bekova", "1994"),
        ("marriage", "Helene Varga", "Paul Dresner", "None"),
        ("marriage", "Paul Dresner", "Helene Varga", "None"),
        ("marriage", "Saule Bekova", "Arman Temirov", "1994"),
    ]


def test_his_wife_is_the_wife_of_the_man_in_the_same_conjunct(extract: Extract) -> None:
    text = "Erik Lund was the son of Johan Lund (1820–1888) and his wife Marie Bonnevie."
    rows = _rows(extract, text, "event_type", "person_name", "partner_name", "date_value")
    marriages = [r for r in rows if r[0] == "marriage"]
    assert marriages == [
        ("marriage", "Johan Lund", "Marie Bonnevie", "None"),
        ("marriage", "Marie Bonnevie", "Johan Lund", "None"),
    ]


def test_his_wife_the_parser_joined_to_another_noun_is_the_named_mans(extract: Extract) -> None:
    # "a daughter of A and his second wife, B", where the parser joins "wife" to "daughter":
    # A's wife, not the daughter's; "the son of A, a tanner, and his wife B": A's too.
    text = (
        "Julia Brandt is a painter. She is a daughter of Thomas Berger and his second wife, Maria Keller. "
        "Anna Weiss was born in Linz, the daughter of Karl Lind, a tanner, and his wife Eva Roth."
    )
    rows = _rows(extract, text, "event_type", "person_name", "partner_name")
    assert [r for r in rows if r[0] == "marriage"] == [
        ("marriage", "Eva Roth", "Karl Lind"),
        ("marriage", "Karl Lind", "Eva Roth"),
        ("marriage", "Maria Keller", "Thomas Berger"),
        ("marriage", "Thomas Berger", "Maria Keller"),
    ]


def test_his_wife_after_two_named_men_is_no_ones(extract: Extract) -> None:
    # "his" may be the father or the grandfather: no row rather than a guess, and never
    # the subject's marriage.
    text = (
        "Thomas Berger is an actor. He is a son of Paul Berger, the fifth son of Emperor Karl Berger, "
        "and his thirteenth wife, Eva Lind, a former telephone operator."
    )
    rows = _rows(extract, text, "event_type", "person_name", "partner_name")
    assert [r for r in rows if r[0] == "marriage"] == []


def test_married_to_after_another_clause_takes_the_shared_subject(extract: Extract) -> None:
    text = "Thomas Berger was the third of the brothers and was married to Maria Keller and Eva Lind."
    rows = _rows(extract, text, "event_type", "person_name", "partner_name")
    assert [r for r in rows if r[0] == "marriage"] == [
        ("marriage", "Eva Lind", "Thomas Berger"),
        ("marriage", "Maria Keller", "Thomas Berger"),
        ("marriage", "Thomas Berger", "Eva Lind"),
        ("marriage", "Thomas Berger", "Maria Keller"),
    ]


def test_a_date_from_the_sentence_before_needs_a_link_or_a_fronted_date(extract: Extract) -> None:
    text = (
        "Nora Falk joined the bank as an analyst in 1990. She was promoted to Head of Credit. "
        "In May 1995, Nora Falk left the bank. The ministry appointed her Deputy Minister of Finance."
    )
    appointments = _rows(extract, text, "event_type", "date_value")
    # Joining as an analyst is dated in its own sentence; the promotion after it is not
    # dated by that sentence's year; the ministry's appointment takes the fronted May 1995.
    assert appointments == [("appointment", "1990"), ("appointment", "1995-05"), ("appointment", "None")]


def test_planned_denied_rumoured_and_negated_events_give_no_row(extract: Extract) -> None:
    text = (
        "Ilona Varga would apply for asylum in Austria. Police issued a warrant for her arrest. "
        "Peter Nagy denied that he had been arrested in 2001. Anna Kis was never charged. "
        "Mark Toth plans to resign next year. If Eva Szabo were elected, she would resign. "
        "Paul Morphy never returned to the game, and died in 1884."
    )
    assert _rows(extract, text, "event_type", "person_name") == [("death", "Paul Morphy")]


def test_lines_under_cv_headings_are_studies_degrees_memberships_and_awards(extract: Extract) -> None:
    text = (
        "CURRICULUM VITAE – Dr. Katrin Weidemann\n\n"
        "Education\n"
        "• 1974–1987: Altes Gymnasium Oldenburg; Abitur in June 1987\n"
        "• 1993: First State Examination in Law\n\n"
        "Memberships\n"
        "- Member of the Social Democratic Party of Germany (SPD) since 1991\n"
        "- 2008–2016: Member of the Supervisory Board, Flughafen Hannover GmbH\n\n"
        "Awards\n"
        "1. Environmental Medal of Lower Saxony, 2004\n\n"
        "References\n"
        "Prof. Dr. Konrad Velten, Professor of Public Law, University of Göttingen\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value", "organization_name")
    assert rows == [
        ("award", "Katrin Weidemann", "2004", "None"),
        ("degree", "Katrin Weidemann", "1987-06", "Altes Gymnasium Oldenburg"),
        ("degree", "Katrin Weidemann", "1993", "None"),
        ("education", "Katrin Weidemann", "1974/1987", "Altes Gymnasium Oldenburg"),
        ("membership", "Katrin Weidemann", "1991", "Social Democratic Party of Germany"),
    ]


def test_an_orders_operative_clauses_take_the_date_it_is_signed(extract: Extract) -> None:
    # Dated below the text in one order, under its heading in the other; the names carry
    # a patronymic marker ("oglu", "gizi") and, in the second order, the surname first.
    signed_below = (
        "ORDER OF THE MINISTER OF CULTURE\n\n"
        "1. Nigar Elchin gizi Huseynova shall be appointed Head of the Archive Department.\n\n"
        "2. Elvin Rashad oglu Mammadli shall be relieved of the post of Head of the Archive Department.\n\n"
        "Anar Aliyev\nMinister of Culture\n\nBaku, 3 February 2021\nNo. 12"
    )
    events = extract(signed_below)["events"]
    rows = set(zip(events.event_type, events.person_name, events.date_value, strict=True))
    assert ("appointment", "Nigar Elchin gizi Huseynova", "2021-02-03") in rows
    assert ("dismissal", "Elvin Rashad oglu Mammadli", "2021-02-03") in rows
    signed_above = (
        "ORDER OF THE AKIM OF PAVLODAR OBLAST\n\nNo. 41\nPavlodar, 9 June 2014\n\n"
        "I ORDER:\n\n1. To appoint SEITOV Arman Bolatovich akim of the city of Ekibastuz.\n\n"
        "2. This order enters into force from the day of its signing.\n\n"
        "In 2009 Seitov was appointed deputy akim of the city, a post he held until 2014."
    )
    events = extract(signed_above)["events"]
    rows = set(zip(events.event_type, events.date_value, strict=True))
    assert ("appointment", "2014-06-09") in rows
    assert ("appointment", "2009") in rows  # a narrative date stays its own


def test_party_words_beside_a_name_and_marriages_to_several_partners(extract: Extract) -> None:
    text = (
        "Mark Dunmore is an American politician. A Republican, he has served in the Ohio House "
        "since 2014. In the 2010 election, Labor candidate Jane Whitlock won the seat."
    )
    events = extract(text)["events"]
    members = events[events.event_type == "membership"]
    parties = set(zip(members.person_name, members.organization_name, strict=True))
    assert ("Mark Dunmore", "Republican Party") in parties
    assert ("Jane Whitlock", "Labor Party") in parties
    text = (
        "Henry Ashford was an English landowner. He was married to Mary Lyle, Anne Porter and Jane "
        "Greaves at different times."
    )
    married = extract(text)["events"].query("event_type == 'marriage'")
    pairs = set(zip(married.person_name, married.partner_name, married.date_value.fillna("-"), strict=True))
    wives = {("Henry Ashford", wife, "-") for wife in ("Mary Lyle", "Anne Porter", "Jane Greaves")}
    assert wives <= pairs
    text = (
        "Clara Ashford (born 1865) was an actress. She appeared in plays with John Kohli before "
        "marrying him in 1895."
    )
    married = extract(text)["events"].query("event_type == 'marriage'")
    pairs = set(zip(married.person_name, married.partner_name, married.date_value.fillna("-"), strict=True))
    assert ("Clara Ashford", "John Kohli", "1895") in pairs


def test_lifespan_places_after_their_dates_and_names_before_letters(extract: Extract) -> None:
    text = (
        "Anselm Pfister (11 October 1874, in Liegnitz – 6 January 1915, in Berlin) was a German "
        "internist.\n\n"
        "Oleg Vasilyevich Rudnev (May 22, 1913 in Saint-Petersburg, Russian Empire – April 4, 2004 in "
        "Moscow, Russia) was a Soviet composer.\n\n"
        "Brother Anton Kessler, OSB (January 27, 1915, Uerdingen – October 3, 1981, Mölln) was a "
        "Benedictine monk.\n\n"
        "Paul Verhaegen (13 January 1924 – 11 February 2005) was a Belgian actor, born in Ghent."
    )
    events = extract(text)["events"]
    rows = set(zip(events.event_type, events.person_name, events.date_value, events.place_name, strict=True))
    assert ("death", "Anselm Pfister", "1915-01-06", "Berlin") in rows
    assert ("birth", "Oleg Vasilyevich Rudnev", "1913-05-22", "Saint-Petersburg, Russian Empire") in rows
    assert ("death", "Oleg Vasilyevich Rudnev", "2004-04-04", "Moscow, Russia") in rows
    assert ("birth", "Anton Kessler", "1915-01-27", "Uerdingen") in rows
    assert ("death", "Anton Kessler", "1981-10-03", "Mölln") in rows
    assert ("birth", "Paul Verhaegen", "1924-01-13", "Ghent") in rows


def test_each_school_a_list_names_is_a_fact_of_its_own(extract: Extract) -> None:
    text = (
        "Marc Tessier (born July 3, 1954) is a Canadian banker. He was educated at Upper Canada "
        "College in Toronto, McGill University in Montreal, and at Laval University in Quebec."
    )
    events = extract(text)["events"]
    rows = set(zip(events.event_type, events.person_name, events.organization_name, strict=True))
    schools = ("Upper Canada College", "McGill University", "Laval University")
    assert {("education", "Marc Tessier", school) for school in schools} <= rows
    text = (
        "Tomas Reilly was born in Boston and graduated with a degree from Boston College and a law "
        "degree from the Harvard Law School in 1930. He studied at the Berklee College of Music "
        "(Berklee School) in 1931."
    )
    events = extract(text)["events"]
    rows = set(zip(events.event_type, events.person_name, events.organization_name, strict=True))
    assert {
        ("degree", "Tomas Reilly", "Boston College"),
        ("degree", "Tomas Reilly", "Harvard Law School"),
    } <= rows
    births = events[(events.event_type == "birth") & (events.person_name == "Tomas Reilly")]
    assert births.date_value.isna().all()  # 1930 dates the degree, not the birth
    studies = events[(events.event_type == "education") & (events.person_name == "Tomas Reilly")]
    assert len(studies) == 1  # the bracket names the same college again


def _facts(events: pd.DataFrame) -> set[tuple[str, str, str | None, str | None]]:
    def cells(column: str) -> list[str | None]:
        return [None if pd.isna(value) else value for value in events[column]]

    return set(
        zip(events.event_type, events.person_name, cells("date_value"), cells("place_name"), strict=True)
    )


def test_lifespans_with_a_dash_inside_a_token_and_after_a_maiden_name(extract: Extract) -> None:
    text = (
        "Harald Vinje (March 31, 1866–1932) was a Norwegian farmer and politician.\n\n"
        "Gustav Lorentzen (5 April 1815 in Bergen-21 March 1851, Oslo) was an organist.\n\n"
        "Ilse Brandauer, née Kofler (18 December 1931 in Linz – 10 November 1991 in Graz) was "
        "an Austrian gymnast."
    )
    rows = _facts(extract(text)["events"])
    assert {("birth", "Harald Vinje", "1866-03-31", None), ("death", "Harald Vinje", "1932", None)} <= rows
    assert ("death", "Gustav Lorentzen", "1851-03-21", "Oslo") in rows
    assert ("birth", "Ilse Brandauer", "1931-12-18", "Linz") in rows
    assert ("death", "Ilse Brandauer", "1991-11-10", "Graz") in rows


def test_a_death_named_by_its_owner_under_any_verb(extract: Extract) -> None:
    text = (
        "Tomas Aldana was a Panamanian lawyer. After Rafael Ortiz' death in 1988, Aldana "
        "became the leader of the opposition. He was killed by a car bomb on 2 March 1994."
    )
    events = extract(text)["events"]
    rows = _facts(events)
    assert ("death", "Rafael Ortiz", "1988", None) in rows
    assert ("death", "Tomas Aldana", "1994-03-02", None) in rows
    # The possessive apostrophe is no quotation: "became the leader" is no award.
    assert "award" not in set(events.event_type)


def test_a_possessive_whose_subject_the_model_missed_is_given_to_no_one(extract: Extract) -> None:
    text = (
        "Ewan MacLeod was a Scottish chief. After the battle he became a minor figure; and "
        "Angus continued to rule the islands until his murder in 1490."
    )
    deaths = extract(text)["events"].query("event_type == 'death'")
    assert "Ewan MacLeod" not in set(deaths.person_name)


def test_birth_places_the_model_did_not_recognise(extract: Extract) -> None:
    texts = (
        "Sigrun Bolle is a Norwegian politician. She was born in Hol.",
        "Ravi Khare (born 5 August 1997, Durg, Madhya Pradesh) is an Indian cricketer.",
        "Leila Ben Amor is a Tunisian novelist. The daughter of the politician Mondher Ben Amor, "
        "she was born in Tunis.",
    )
    rows = set().union(*(_facts(extract(text)["events"]) for text in texts))
    assert ("birth", "Sigrun Bolle", None, "Hol") in rows
    assert ("birth", "Ravi Khare", "1997-08-05", "Durg") in rows
    assert ("birth", "Leila Ben Amor", None, "Tunis") in rows
    assert not any(row[1] == "Mondher Ben Amor" for row in rows)  # her father was not born there


def test_degrees_held_and_graduates_of_a_school(extract: Extract) -> None:
    texts = (
        "Nora Quist is an American sculptor. She holds a BFA in sculpture from the University of Chicago.",
        "Pieter Vos is a Dutch economist. He is a graduate of Leiden University and has a PhD in "
        "economics from the University of Amsterdam.",
        "Orla Byrne is an Irish illustrator. She studied at Kingston College before completing an "
        "MA in illustration at the Brighton College of Art.",
        "Karl Hahn is a German geologist. Hahn earned his doctorate from the University of Bonn in "
        "1962, after which he joined the faculty of the University of Kiel. He has a degree of "
        "independence in his research.",
    )
    events = pd.concat([extract(text)["events"] for text in texts])
    rows = set(zip(events.event_type, events.person_name, events.organization_name, strict=True))
    assert {
        ("degree", "Nora Quist", "University of Chicago"),
        ("degree", "Pieter Vos", "Leiden University"),
        ("degree", "Pieter Vos", "University of Amsterdam"),
        ("degree", "Orla Byrne", "Brighton College of Art"),
        ("degree", "Karl Hahn", "University of Bonn"),
    } <= rows
    assert len(events[(events.event_type == "degree") & (events.person_name == "Karl Hahn")]) == 1


def test_spouses_the_parser_or_the_model_misread(extract: Extract) -> None:
    text = (
        "Dirk Vandamme is a Belgian journalist. Vandamme is married to Alexandra Colen, a "
        "former member of the Federal Parliament.\n\nSamira Haddad is a Tunisian writer. Her "
        "niece Yasmine Haddad married French politician Eric Bessard.\n\nJohn Hale returned "
        "to Paris with his wife Mary Hale in 1950."
    )
    events = extract(text)["events"]
    marriages = events[events.event_type == "marriage"]
    couples = {tuple(sorted(group.person_name)) for _, group in marriages.groupby("sentence")}
    assert ("Alexandra Colen", "Dirk Vandamme") in couples
    assert ("Eric Bessard", "Yasmine Haddad") in couples
    hales = marriages[marriages.person_name.isin(["John Hale", "Mary Hale"])]
    assert len(hales) == 2 and hales.place_name.isna().all()  # they did not wed in Paris


def test_who_receives_an_award_and_who_is_appointed_by_whom(extract: Extract) -> None:
    texts = (
        "Irina Popa is a Moldovan mayor. In 2002 Popa received the Order of Civic Merit.",
        "Radu Ilie is a Romanian senator. In 2000 President Doru Vrabie gave him the Order of the Star.",
        "By order of the Minister of Justice, Levan Abashidze, Nino Beridze has been appointed Chief "
        "Prosecutor of Guria with effect from 15 January 2024.",
    )
    events = pd.concat([extract(text)["events"] for text in texts])
    rows = set(zip(events.event_type, events.person_name, strict=True))
    assert {("award", "Irina Popa"), ("award", "Radu Ilie"), ("appointment", "Nino Beridze")} <= rows
    assert not rows & {("award", "Civic Merit"), ("award", "Doru Vrabie"), ("appointment", "Levan Abashidze")}


def test_a_he_after_another_mans_sentence_is_nobodys(extract: Extract) -> None:
    text = (
        "Mirela Dobre is a Romanian journalist. In 2003 her colleague Aurel Cazan was abducted "
        "outside the newspaper. He was found alive two days later. He left journalism in 2004."
    )
    events = extract(text)["events"]
    assert "Mirela Dobre" not in set(events.person_name)  # "he" is no woman's
    text = (
        "Tudor Ene was the mayor of Sibiu until 2004. His deputy, Petru Marin, succeeded him that "
        "year. He was convicted of taking bribes in 2011."
    )
    convictions = extract(text)["events"].query("event_type == 'conviction'")
    assert "Tudor Ene" not in set(convictions.person_name)  # either man: no row on the wrong one


def test_party_of_a_title_a_ticket_and_a_represented_party(extract: Extract) -> None:
    text = (
        "Roger Haldane (born 3 May 1951) is a British politician who was a Liberal Member of "
        "Parliament from 1983 to 1992.\n\n"
        "Dana Whitfield is an American lawyer. She was elected lieutenant governor in 2006 on the "
        "Democratic ticket. Her brother, Owen Whitfield, sought the Republican nomination in 2010.\n\n"
        "Mirela Anghel is a Romanian politician. She was elected to the Senate in 2012, "
        "representing the PNL party. Before 2012 she had represented the Green Party in the council."
    )
    tables = extract(text)
    members = tables["events"].query("event_type == 'membership'")
    parties = set(zip(members.person_name, members.organization_name, strict=True))
    assert {
        ("Roger Haldane", "Liberal Party"),
        ("Dana Whitfield", "Democratic Party"),
        ("Owen Whitfield", "Republican Party"),
        ("Mirela Anghel", "PNL party"),
        ("Mirela Anghel", "Green Party"),
    } <= parties
    posts = tables["careers"].query("person_name == 'Roger Haldane'")
    assert "Member of Parliament" in set(posts.position)  # the party word is the membership row
    assert not any("Liberal" in p for p in posts.position)


def test_lifespans_after_styles_a_comma_and_a_former_name(extract: Extract) -> None:
    text = (
        "Sir Alan Pryor, 1st Baronet (19 May 1767–5 January 1816) was a British Army officer.\n\n"
        "Kamran Sadeghi, (August 22, 1920 – May 26, 2014) was an Iranian architect.\n\n"
        "Dana Foley (née Marsh; born November 30, 1987) is an American wrestler.\n\n"
        "Emre Kaplan, Commendatore OSSI, T.C, (born 4 September 1953) is a Turkish football manager."
    )
    events = extract(text)["events"]
    lives = set(zip(events.event_type, events.person_name, events.date_value, strict=True))
    assert {
        ("birth", "Alan Pryor", "1767-05-19"),
        ("death", "Alan Pryor", "1816-01-05"),
        ("birth", "Kamran Sadeghi", "1920-08-22"),
        ("death", "Kamran Sadeghi", "2014-05-26"),
        ("birth", "Dana Foley", "1987-11-30"),
        ("birth", "Emre Kaplan", "1953-09-04"),
    } <= lives


def test_a_where_clause_places_its_event_and_keeps_its_date(extract: Extract) -> None:
    text = (
        "Tomasz Wierzbicki was a Polish lawyer. He moved to Wilmington, Delaware, where he died "
        "in 1919.\n\nAgnieszka Rolska was a Polish chemist. In 1950 she settled in Kraków, where "
        "she died in 1977. A street in Kraków bears the name Agnieszka Rolska."
    )
    events = extract(text)["events"]
    rows = set(
        zip(
            events.event_type,
            events.person_name,
            events.place_name,
            events.date_value.fillna("-"),
            strict=True,
        )
    )
    assert ("death", "Tomasz Wierzbicki", "Wilmington, Delaware", "1919") in rows
    assert ("death", "Agnieszka Rolska", "Kraków", "1977") in rows
    assert ("relocation", "Agnieszka Rolska", "Kraków", "1950") in rows
    # The move is not dated by the death its "where" clause tells; a street's name is no birth.
    assert ("relocation", "Tomasz Wierzbicki", "Wilmington, Delaware", "1919") not in rows
    assert "birth" not in set(events.event_type)


def test_a_forms_fields_state_the_birth_marriage_and_party_of_whom_it_names(extract: Extract) -> None:
    text = (
        "REPUBLIC OF KENYA\n\nBIO-DATA\n\nName:                Grace Wanjiku Mwangi\n"
        "Date of birth:       4th June 1970\nPlace of birth:      Nyeri\n"
        "Marital status:      Married on 12 May 1996 to Mr. Peter Kamau Njoroge\n"
        "Party:               Orange Democratic Movement (ODM)\n\n"
        "CAREER HISTORY\n2013 - 2017 | Permanent Secretary | Ministry of Energy\n"
    )
    events = extract(text)["events"]
    rows = set(
        zip(
            events.event_type,
            events.person_name,
            events.date_value.fillna("-"),
            events.place_name.fillna("-"),
            events.organization_name.fillna("-"),
            events.partner_name.fillna("-"),
            strict=True,
        )
    )
    assert {
        ("birth", "Grace Wanjiku Mwangi", "1970-06-04", "Nyeri", "-", "-"),
        ("marriage", "Grace Wanjiku Mwangi", "1996-05-12", "-", "-", "Peter Kamau Njoroge"),
        ("marriage", "Peter Kamau Njoroge", "1996-05-12", "-", "-", "Grace Wanjiku Mwangi"),
        ("membership", "Grace Wanjiku Mwangi", "-", "-", "Orange Democratic Movement", "-"),
    } <= rows


def test_a_coordinated_clause_keeps_its_date_from_the_clause_before(extract: Extract) -> None:
    text = (
        "Jonas Lindqvist (1880–1950) was a Swedish engineer. A court in Uppsala sentenced him to "
        "two years of exile, but he was released early, in the summer of 1909. He studied law in "
        "Lund and graduated in 1905."
    )
    events = _events(extract, text)
    assert pd.isna(_one(events, "conviction").date_value)  # the release's summer, not the sentence's
    assert _one(events, "release").date_value == "1909-22"
    assert pd.isna(_one(events, "education").date_value)
    assert _one(events, "degree").date_value == "1905"


def test_a_lifespan_place_is_the_first_written_even_when_the_model_knows_only_a_later_one(
    extract: Extract,
) -> None:
    text = (
        "Ravi Prakash Sahu (born 5 August 1997, Durg, Chhattisgarh) is an Indian cricketer. "
        "He moved to Chhattisgarh in 2010."  # the model knows Chhattisgarh, not Durg
    )
    assert _one(_events(extract, text), "birth").place_name == "Durg"


def test_a_cv_line_married_to_states_the_owners_marriage_not_the_maiden_names(extract: Extract) -> None:
    text = (
        "Curriculum Vitae\n\nPavel Andreyevich Sokolov\nBorn 2 March 1958 in Tver\n"
        "Married to Irina Viktorovna Sokolova (née Belova) since 1984; one daughter\n\n"
        "Profile\nCivil engineer with thirty years in bridge building.\n"
    )
    events = _events(extract, text)
    married = events[events.event_type == "marriage"]
    pairs = set(zip(married.person_name, married.partner_name, married.date_value, strict=True))
    assert pairs == {
        ("Pavel Andreyevich Sokolov", "Irina Viktorovna Sokolova", "1984"),
        ("Irina Viktorovna Sokolova", "Pavel Andreyevich Sokolov", "1984"),
    }


def test_studies_at_one_school_and_a_degree_from_another_are_two_rows(extract: Extract) -> None:
    text = (
        "Harold Quist (1920 – 1990) was an American lawyer. Quist attended Oswego University and "
        "obtained a law degree from Tillman College. He was trained as a surveyor at the Academy "
        "of Land Survey in Utica (graduated in 1946)."
    )
    events = _events(extract, text)
    schools = set(zip(events.event_type, events.organization_name, events.date_value, strict=True))
    assert ("education", "Oswego University", None) in {
        (t, o, None if pd.isna(d) else d) for t, o, d in schools
    }
    training = events[
        (events.event_type == "education") & (events.organization_name == "Academy of Land Survey")
    ]
    assert len(training) == 1 and pd.isna(training.iloc[0].date_value)  # the bracket dates the graduation
    assert "1946" in set(events[events.event_type == "degree"].date_value)


def test_joining_an_organization_as_a_post_is_an_appointment_not_a_membership(extract: Extract) -> None:
    text = "In 2001 Karl Weber joined Siemens as a sales manager. In 2005 Ida Berg joined the Green Party."
    assert _rows(extract, text, "event_type", "person_name", "organization_name") == [
        ("appointment", "Karl Weber", "Siemens"),
        ("membership", "Ida Berg", "Green Party"),
    ]


def test_a_relative_clause_under_the_event_keeps_its_own_date(extract: Extract) -> None:
    text = (
        "In January 1993 Ciara Nolan was appointed Minister of State at the Department of Enterprise. "
        "She lost the post when the coalition collapsed in November 1994, but the following month she was "
        "named Minister of State at the Department of Social Welfare, where she remained until June 1997."
    )
    assert ("appointment", "Ciara Nolan", "1994-12") in _rows(
        extract, text, "event_type", "person_name", "date_value"
    )


def test_a_where_or_when_clause_happens_at_its_head_clauses_time(extract: Extract) -> None:
    text = (
        "In 1909 Feliks Nowicki moved to Lodz, where he became chief engineer of the Lodz Waterworks. "
        "Anna Koski moved to Rovaniemi in the autumn of 1987, when the Lapland Central Hospital hired her "
        "as a specialist in internal medicine."
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert ("appointment", "Feliks Nowicki", "1909") in rows
    assert ("appointment", "Anna Koski", "1987-23") in rows


def test_joining_an_employer_is_an_appointment_even_without_a_title(extract: Extract) -> None:
    text = "Ravi Shah joined the Indian Foreign Service in 1972. Anna Holt joined the Green Party in 1990."
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert ("appointment", "Ravi Shah", "1972") in rows
    assert ("membership", "Anna Holt", "1990") in rows
    assert ("appointment", "Anna Holt", "1990") not in rows


def test_found_dead_is_a_death_and_a_time_dates_its_day(extract: Extract) -> None:
    text = (
        "MONCTON, N.B., November 16, 2021 — Gerald Leblanc, who led the city for years, was found dead "
        "at his cottage in Cap-Pele on Sunday morning. The reporter Ana Ruiz was found shot dead in 2004."
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert ("death", "Gerald Leblanc", "2021-11-14") in rows
    assert ("death", "Ana Ruiz", "2004") in rows


def test_place_keeps_the_address_the_text_writes(extract: Extract) -> None:
    # A town and the region holding it, each after a comma, name one place: the row keeps
    # both; the place entity is the town's, the most precise part.
    text = (
        "Tomas Ruelle (March 2, 1921 – May 5, 1990) was a painter born in Ardmore, Oklahoma, "
        "United States. He died in Rennes, France, in 1990."
    )
    events = _events(extract, text)
    birth, death = _one(events, "birth"), _one(events, "death")
    assert birth.place_name == "Ardmore, Oklahoma, United States"
    assert death.place_name == "Rennes, France"
    mentions = extract(text)["mentions"]
    town = mentions[mentions.text == "Ardmore"].iloc[0]
    assert birth.place_entity_id == town.entity_id


def test_places_listed_with_and_are_not_one_address(extract: Extract) -> None:
    text = "In 1962 Hanna Koivisto moved to Lyon, Paris and Marseille with her band."
    row = _one(_events(extract, text), "relocation")
    assert row.place_name == "Lyon"


def test_a_death_retold_with_its_year_is_one_row(extract: Extract) -> None:
    text = (
        "Greta Lindahl (4 June 1902 – 9 October 1971) was a Swedish chemist. "
        "She died in Uppsala in 1971. Her brother Nils was born in 1905."
    )
    death = _one(_events(extract, text), "death")
    assert (death.date_value, death.place_name) == ("1971-10-09", "Uppsala")


def test_a_later_fuller_date_of_death_replaces_the_year(extract: Extract) -> None:
    text = "Aldo Ferrante (1899–1960) was an Italian architect. He died in Turin on 2 May 1960."
    death = _one(_events(extract, text), "death")
    assert (death.date_value, death.place_name) == ("1960-05-02", "Turin")


def test_an_appointment_takes_the_place_its_organization_names(extract: Extract) -> None:
    text = (
        "In 1998 Petra Novak was elected to the Vukovar City Council. In 2003 she was appointed a "
        "judge of the Ponte da Barca District Court. In 2010 she was appointed to the Ministry of "
        "Finance."
    )
    events = _events(extract, text)
    places = dict(zip(events.date_value, events.place_name.fillna("-"), strict=True))
    assert places == {"1998": "Vukovar City", "2003": "Ponte da Barca District", "2010": "-"}


def test_a_death_in_a_relative_clause_takes_no_place_from_the_main_clause(extract: Extract) -> None:
    text = (
        "The manor keeps a library in Venetian Gothic style and Karl Wendt's study, which has "
        "remained untouched since his death in 1931."
    )
    row = _one(_events(extract, text), "death")
    assert (row.person_name, row.date_value) == ("Karl Wendt", "1931")
    assert pd.isna(row.place_name)


def test_an_election_takes_the_place_of_the_post_it_gives(extract: Extract) -> None:
    text = (
        "Ramon Astudillo was born in 1970. He was elected mayor of Taltal in October 2012. "
        "In 2009 he was elected senator for Ohio."
    )
    events = _events(extract, text)
    elections = events[events.event_type == "election"]
    assert dict(zip(elections.date_value, elections.place_name, strict=True)) == {
        "2012-10": "Taltal",
        "2009": "Ohio",
    }


def test_there_places_an_event_where_the_text_last_named(extract: Extract) -> None:
    text = (
        "Maria Gonzalez Torres grew up in Oaxaca, Mexico. She was born there in 1969. She studied "
        "law at the university in Puebla, and in 1995 she moved there for good."
    )
    events = _events(extract, text)
    assert _one(events, "birth").place_name == "Oaxaca, Mexico"
    assert _one(events, "relocation").place_name == "Puebla"


def test_a_verdict_takes_the_place_of_the_court_or_prosecutors_who_give_it(extract: Extract) -> None:
    text = (
        "Mihail Popovici was born in 1960. In May 2011 prosecutors in Brasov charged him with fraud. "
        "In 2014 the Iasi County Court convicted Popovici of embezzlement. In 2016 the Sibiu Regional "
        "Court acquitted him. In 2018 he was convicted by the Arad County Court."
    )
    events = _events(extract, text)
    places = dict(zip(events.date_value, events.place_name.fillna("-"), strict=True))
    assert places == {
        "1960": "-",
        "2011-05": "Brasov",
        "2014": "Iasi County",
        "2016": "Sibiu",
        "2018": "Arad County",
    }


def test_a_school_where_a_post_is_held_is_no_schooling(extract: Extract) -> None:
    text = (
        "Maria Lind was born in 1950. She started her career as a teacher at the Uppsala Cathedral "
        "School in 1972."
    )
    events = _events(extract, text)
    assert "education" not in set(events.event_type)
    assert _one(events, "appointment").organization_name == "Uppsala Cathedral School"


def test_a_name_the_parser_glued_to_the_year_before_it_is_the_subject() -> None:
    # The parse the small model gives "In 1978 Carty married Pádraig Ó Briain" under some
    # headings: the name as the object of "In", the verb without a subject.
    vocab = English().vocab

    words = ["In", "1978", "Carty", "married", "Pádraig", "Ó", "Briain", "."]
    doc = Doc(
        vocab,
        words=words,
        pos=["ADP", "NUM", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT"],
        tags=["IN", "CD", "NNP", "VBD", "NNP", "NNP", "NNP", "."],
        deps=["prep", "nummod", "pobj", "ROOT", "compound", "compound", "dobj", "punct"],
        heads=[3, 2, 0, 3, 6, 6, 3, 3],
    )
    subject = subject_of(doc[3])
    assert subject is not None and subject.text == "Carty"
    # A date alone before the verb is no subject.
    doc = Doc(
        vocab,
        words=["In", "1978", "married", "."],
        pos=["ADP", "NUM", "VERB", "PUNCT"],
        tags=["IN", "CD", "VBD", "."],
        deps=["prep", "pobj", "ROOT", "punct"],
        heads=[2, 0, 2, 2],
    )
    assert subject_of(doc[2]) is None


def test_a_marriage_that_ended_in_divorce_divorces_its_couple(extract: Extract) -> None:
    text = (
        "Levan Beridze was born in 1978. Three years later he married Tamar Okropiridze, the "
        "daughter of a judge; the marriage ended in divorce in 2016."
    )
    divorces = _events(extract, text).query("event_type == 'divorce'")
    assert set(zip(divorces.person_name, divorces.partner_name, divorces.date_value, strict=True)) == {
        ("Levan Beridze", "Tamar Okropiridze", "2016"),
        ("Tamar Okropiridze", "Levan Beridze", "2016"),
    }


def test_degree_headings_of_cvs_list_degrees(extract: Extract) -> None:
    text = (
        "Curriculum vitae\n\nMaria Lindqvist\n\n"
        "DEGREES\nPh.D. in Economics, London School of Economics, 1989\n\n"
        "ACADEMIC QUALIFICATIONS\n2003 | MSc Public Policy | University of York\n"
    )
    degrees = _events(extract, text).query("event_type == 'degree'")
    assert set(zip(degrees.person_name, degrees.date_value, strict=True)) == {
        ("Maria Lindqvist", "1989"),
        ("Maria Lindqvist", "2003"),
    }


def test_an_education_line_names_the_school_not_the_subject(extract: Extract) -> None:
    text = (
        "Curriculum vitae\n\nMaria Lindqvist\n\nACADEMIC QUALIFICATIONS\n"
        "1990 | Bachelor of Arts (Economics), Second Class Upper | Kenyatta University, Nairobi\n"
        "1968–1978: Secondary School No. 3, Leoben.\n"
    )
    events = _events(extract, text)
    assert dict(zip(events.event_type, events.organization_name, strict=True)) == {
        "degree": "Kenyatta University",
        "education": "Secondary School No. 3",
    }


def test_a_relative_clause_told_of_another_person_does_not_date_a_birth(extract: Extract) -> None:
    """ "born in Kraków, the daughter of X, who was arrested in November 1939": X's arrest has
    its date, the birth has none."""
    text = (
        "Anna Weiss was born in Kraków, the daughter of the mathematician Thomas Berger, who was "
        "arrested with other professors of the university in November 1939."
    )
    events = _events(extract, text)
    births = events[events.event_type == "birth"]
    assert list(births.person_name) == ["Anna Weiss"] and births.date_value.isna().all(), births


def test_a_date_told_of_the_subject_does_not_date_the_verb(extract: Extract) -> None:
    text = (
        "Anna Berg will step down as Chair on 19 May 2022. Sir Martin Osgood, Senior Independent "
        "Director since March 2019, succeeds her as Chair from the same date."
    )
    events = _events(extract, text)
    row = events[(events.event_type == "appointment") & (events.person_name == "Martin Osgood")].iloc[0]
    assert row.date_value == "2022-05-19"


def test_each_person_of_a_nested_list_is_charged(extract: Extract) -> None:
    text = (
        "On 2 June 2020 the prosecutor Dora Lovrić indicted Ivan Perić, Marko Jurić and Tomislav "
        "Knežević for fraud."
    )
    charged = _events(extract, text).query("event_type == 'charge'")
    assert set(zip(charged.person_name, charged.date_value, strict=True)) == {
        ("Ivan Perić", "2020-06-02"),
        ("Marko Jurić", "2020-06-02"),
        ("Tomislav Knežević", "2020-06-02"),
    }


def test_a_degree_is_not_placed_by_a_post_told_beside_it(extract: Extract) -> None:
    text = (
        "Ravi Mehta was born in 1946. He read history at Wilson College in Nagpur, graduating in "
        "1967, and taught for two years at a school in Surat before enrolling at the university in "
        "Pune. He completed an MA in economics there in 1971."
    )
    degrees = _events(extract, text).query("event_type == 'degree'")
    places = dict(zip(degrees.date_value, degrees.place_name.fillna("-"), strict=True))
    assert places == {"1967": "-", "1971": "Pune"}


def test_one_election_per_date_a_list_gives_it(extract: Extract) -> None:
    """ "re-elected in 1994, 1998 and 2002", "in 2017 and in 2021": an election for each date."""
    text = (
        "Tomas Berger is a Brazilian politician. He was first elected to the Chamber of Deputies in "
        "1990 and was re-elected in 1994, 1998 and 2002. Anna Weiss was elected to the Landtag in "
        "2013 and was re-elected in 2017 and in 2021."
    )
    elections = extract(text)["events"].query("event_type == 'election'")
    dated = set(zip(elections.person_name, elections.date_value, strict=True))
    assert dated == {
        ("Tomas Berger", "1990"),
        ("Tomas Berger", "1994"),
        ("Tomas Berger", "1998"),
        ("Tomas Berger", "2002"),
        ("Anna Weiss", "2013"),
        ("Anna Weiss", "2017"),
        ("Anna Weiss", "2021"),
    }, dated


def test_coming_or_going_back_is_a_move_a_trip_or_a_habit_is_not(extract: Extract) -> None:
    """ "came back to X", "went back to X", "came home in 1991" are moves; a trip ("went to a
    conference in Rome"), a way home ("was coming home from a shift") and a habit ("every
    August she went back") are not."""
    text = (
        "Anna Weiss is an Austrian judge. In 1985 she moved to Vienna. She came back to Prague in the "
        "summer of 1990. In 2001 she went to a conference in Rome. Every August she went back to "
        "Vienna. One night in 2003 she was coming home from a late shift. Thomas Berger was her "
        "brother. He emigrated to Canada in 1979 and came home in 1991."
    )
    moves = extract(text)["events"].query("event_type == 'relocation'")
    dated = zip(moves.person_name, moves.date_value.fillna("-"), moves.place_name.fillna("-"), strict=True)
    rows = set(dated)
    assert rows == {
        ("Anna Weiss", "1985", "Vienna"),
        ("Anna Weiss", "1990-22", "Prague"),
        ("Thomas Berger", "1979", "Canada"),
        ("Thomas Berger", "1991", "-"),
    }, rows


def test_a_notice_appoints_each_person_its_list_names(extract: Extract) -> None:
    """ "I have appointed the persons listed below as members of the Board ... with effect
    from 1 July 2019:" and a numbered list: each listed person is appointed, on that date."""
    text = (
        "DEPARTMENT OF HEALTH\n\nI, Dr Paul Rennick, Minister of Health, hereby give notice that I have "
        "appointed the persons listed below as members of the Board of the National Blood Service for a "
        "period of three years with effect from 1 July 2019:\n\n1. Professor Anna Weiss (Chairperson)\n"
        "2. Dr Thomas Berger\n3. Ms Clara Holt\n\nProfessor Weiss, who has served on the Board since "
        "2013, succeeds Mr Tom Hardcastle as Chairperson.\n"
    )
    events = extract(text)["events"].query("event_type == 'appointment'")
    dated = set(zip(events.person_name, events.date_value.fillna("-"), strict=True))
    assert {(name, "2019-07-01") for name in ("Anna Weiss", "Thomas Berger", "Clara Holt")} <= dated
    assert ("Paul Rennick", "2019-07-01") not in dated  # the minister appoints; he is not appointed
    # "who has served on the Board since 2013" tells of her, not of when she succeeds him.
    assert ("Anna Weiss", "2013") not in dated
    careers = extract(text)["careers"].query("rule == 'listed'")
    posts = set(zip(careers.person_name, careers.position, careers.start_value, strict=True))
    assert {(name, "Member of the Board", "2019-07-01") for name in ("Thomas Berger", "Clara Holt")} <= posts


def test_a_relative_clause_dates_its_own_noun_unless_it_tells_when_the_event_took_place(
    extract: Extract,
) -> None:
    text = (
        "Anna Weiss is an Austrian lawyer. She was appointed to the Tariff Commission for the rest of "
        "its term, which expires on 2 July 2027. Her wedding to Thomas Berger, which took place on 16 "
        "September 2007, was held in Graz."
    )
    events = extract(text)["events"]
    appointment = events.query("event_type == 'appointment'").iloc[0]
    assert appointment.person_name == "Anna Weiss" and pd.isna(appointment.date_value)
    married = events.query("event_type == 'marriage'")
    assert set(married.date_value) == {"2007-09-16"}, married[["person_name", "date_value"]]


def test_we_married_is_the_speaker_and_the_spouse_the_text_names(extract: Extract) -> None:
    """In the first person, "we married" is the speaker's marriage to the spouse the text
    names: by a kinship noun anywhere ("my husband, X"), else the person the sentence before
    is about; with neither, no row."""
    told_before = (
        "Anna Weiss: a life in the courts\n\nAnna Weiss, a retired judge, talks about her career.\n\n"
        "I was born in Graz in 1950. I studied law in Vienna, where I met Thomas Berger. Thomas Berger "
        "was a young engineer then. We married in Vienna on 3 September 1976."
    )
    by_kinship = (
        "Clara Holt: forty years at the bar\n\nClara Holt, a retired barrister, talks about her career.\n\n"
        "I was born in York in 1951. I studied law in Leeds. We married on 3 September 1976. My husband, "
        "Tom Hardcastle, taught physics in Leeds."
    )
    unnamed = (
        "Clara Holt: forty years at the bar\n\nClara Holt, a retired barrister, talks about her career.\n\n"
        "I was born in York in 1951. I studied law in Leeds. We married on 3 September 1976."
    )
    named = ((told_before, ("Anna Weiss", "Thomas Berger")), (by_kinship, ("Clara Holt", "Tom Hardcastle")))
    for text, spouse in named:
        married = extract(text)["events"].query("event_type == 'marriage' and date_value == '1976-09-03'")
        pairs = set(zip(married.person_name, married.partner_name, strict=True))
        assert pairs == {spouse, spouse[::-1]}, pairs
    assert extract(unnamed)["events"].query("event_type == 'marriage'").empty


def test_a_spouse_label_with_a_dash_states_the_marriage_and_the_spouses_dates_are_hers(
    extract: Extract,
) -> None:
    """ "Wife – X (1935–2011), teacher": a marriage of the subject and X, undated; "Married to
    X (b. 1966) since 1987": 1987, not X's birth; and "Wife — Y, born 1970" is no birth of the subject."""
    sheet = (
        "BIOGRAPHICAL INFORMATION\n\nKOVALCHUK Taras Mykolayovych\n\nBorn: 12.04.1941, Uman.\n\n"
        "Family: Wife – Olena Petrivna Kovalchuk (1945–2011), a teacher. Son – Andrii (b. 1970).\n"
    )
    events = extract(sheet)["events"]
    married = events.query("event_type == 'marriage'")
    pairs = set(zip(married.person_name, married.partner_name, married.date_value.fillna("-"), strict=True))
    assert ("Taras Mykolayovych Kovalchuk", "Olena Petrivna Kovalchuk", "-") in pairs, pairs
    births = events.query("event_type == 'birth' and person_name == 'Taras Mykolayovych Kovalchuk'")
    assert set(births.date_value) == {"1941-04-12"}
    profile = (
        "Anna Weiss\n\nAnna Weiss is an Austrian judge.\n\nMarital status: Married to Thomas Berger "
        "(b. 1946) since 1987; two sons.\n"
    )
    married = extract(profile)["events"].query("event_type == 'marriage'")
    assert set(married.date_value) == {"1987"}, married[["person_name", "date_value"]]


def test_a_coordinated_clause_or_a_birth_beside_the_event_keeps_its_date(extract: Extract) -> None:
    """ "studied agronomy at X and from 1986 to 1991 ran a farm": the range is the farm's;
    "Born in Y in 1971, he studied law": 1971 is the birth's. The study stays undated."""
    text = (
        "Anna Weiss is an Austrian farmer. She studied agronomy at the University of Vienna and from "
        "1986 to 1991 ran a cooperative in Graz. Thomas Berger is a German lawyer. Born in Bremen in "
        "1971, Berger studied law at the University of Hamburg."
    )
    studies = extract(text)["events"].query("event_type == 'education'")
    assert set(studies.person_name) == {"Anna Weiss", "Thomas Berger"}, studies[["person_name", "date_value"]]
    assert studies.date_value.isna().all(), studies[["person_name", "date_value"]]


def test_years_after_a_war_are_no_lifespan_and_its_name_no_husband(extract: Extract) -> None:
    """ "The War of the Baltic Alliance (1717–1720)": the words before the years end a longer
    name the model calls an event; they are no person, so "his wife" is the king's."""
    text = (
        "The War of the Baltic Alliance (1717–1720) was a result of the ambitions of King Harald IV "
        "of Norlund, his wife, Clara Holt, and his chancellor Thomas Berger to retake the islands."
    )
    tables = extract(text)
    people = set(tables["mentions"].query("label == 'PERSON'").text)
    assert "Baltic Alliance" not in people, people
    assert "birth" not in set(tables["events"].event_type)
    rows = _rows(extract, text, "event_type", "person_name", "partner_name")
    assert sorted(r for r in rows if r[0] == "marriage") == [
        ("marriage", "Clara Holt", "Harald IV"),
        ("marriage", "Harald IV", "Clara Holt"),
    ], rows


def test_a_bio_data_sheet_names_its_subject_with_letters_and_its_birthplace_in_a_field(
    extract: Extract,
) -> None:
    """ "Full name : X, S.IP., M.Si.": degrees after the name leave the field's name whole;
    "Place/date of birth : Garut, 09-04-1962": the field's value is a place, however the
    model labels it, and the date is day first."""
    text = (
        "BIO-DATA\n\n"
        "Full name\t\t: Hendro Suryo Pranoto, S.IP., M.Si.\n"
        "Place/date of birth\t: Garut, 09-04-1962\n"
        "Wife\t\t\t: Ratna Kusumawati (married 12 May 1990, Bandung)\n\n"
        "CAREER\n"
        "1984–1988 | Platoon Commander | 321st Infantry Battalion, Garut\n"
        "1988–1993 | Company Commander | 321st Infantry Battalion, Garut\n"
    )
    tables = extract(text)
    assert "Garut" not in set(tables["mentions"].query("label == 'PERSON'").text)
    rows = _rows(extract, text, "event_type", "person_name", "date_value", "place_name")
    assert ("birth", "Hendro Suryo Pranoto", "1962-04-09", "Garut") in rows, rows
    assert ("marriage", "Hendro Suryo Pranoto", "1990-05-12", "None") in rows, rows
    assert set(tables["careers"].person_name) == {"Hendro Suryo Pranoto"}


def test_a_question_asks_and_states_no_fact(extract: Extract) -> None:
    """ "Q: How did you become director-general? / Were you ever arrested?": the answer tells."""
    text = (
        "Anna Weiss was appointed director of the Excise Department in 2001. Thomas Berger spoke to her.\n\n"
        "Q: How did you become director-general?\nA: By way of an audit.\n"
        "Q: Were you arrested in 2005?\nA: Never.\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert ("appointment", "Anna Weiss", "2001") in rows, rows
    assert not any(r[0] == "arrest" for r in rows), rows
    careers = extract(text)["careers"]
    assert list(careers.position) == ["Director"], careers[["person_name", "position"]]


def test_a_europass_name_field_with_a_maiden_name_names_the_subject(extract: Extract) -> None:
    """ "First name(s) / Surname(s): X (née Y)": the form's name field, whatever its label's
    wording and the bracket after the name; the CV's sections are that person's."""
    text = (
        "EUROPASS\nCurriculum Vitae\n\nPERSONAL INFORMATION\n"
        "First name(s) / Surname(s): Clara Maria Holt (née Berger)\n"
        "Date of birth: 21/08/1969\n\n"
        "HONOURS AND AWARDS\nDiploma of Merit of the Ministry of Environment (2011)\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert ("birth", "Clara Maria Holt", "1969-08-21") in rows, rows
    assert ("award", "Clara Maria Holt", "2011") in rows, rows


def test_a_rosters_bracket_after_a_name_holds_the_holders_party_and_group(extract: Extract) -> None:
    """ "Thomas Berger (HGU; EPP/CD) – since 15.09.2020" under "Members": one membership for
    the party and one for the group, named as the text defines them ("HGU – Halden Civic
    Union"); "non-party" is none; a party word inside ("Democratic Union") reads no other party."""
    text = (
        "Delegation to the Assembly\n\n"
        "Members\nThomas Berger (HGU; EPP/CD) – since 15.09.2020\n"
        "Anna Weiss (non-party, Sami minority; ALDE) – since 15.09.2020\n"
        "Paul Rennick (DZS – Democratic Union of Norland) – since 01.03.2021\n\n"
        "Parties: HGU – Halden Civic Union; DZS – Democratic Union of Norland.\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    members = sorted(r[1:] for r in rows if r[0] == "membership")
    assert members == [
        ("Anna Weiss", "ALDE"),
        ("Paul Rennick", "Democratic Union of Norland"),
        ("Thomas Berger", "EPP/CD"),
        ("Thomas Berger", "Halden Civic Union"),
    ], members


def test_a_school_named_after_its_city_places_the_degree_there(extract: Extract) -> None:
    """A degree's place is the city its school's name holds, read from a list of cities
    (data/cities.txt) when the text names it nowhere else; a word that is also a common word
    or a given name ("Temple University"), and a name with no organisation's word ("Lok
    Sabha"), hold none."""
    text = (
        "Anna Lindqvist graduated from Kyoto University in 1992. In 1995 she received a doctorate "
        "from the University of Göttingen. Thomas Berger graduated from Temple University in 1980. "
        "In 1999 Maria Keller was elected to the Lok Sabha."
    )
    assert _rows(extract, text, "event_type", "person_name", "place_name") == [
        ("degree", "Anna Lindqvist", "Göttingen"),
        ("degree", "Anna Lindqvist", "Kyoto"),
        ("degree", "Thomas Berger", "None"),
        ("election", "Maria Keller", "None"),
    ]


def test_a_party_abbreviation_after_a_name_outside_the_roster_is_that_persons_party(extract: Extract) -> None:
    """A cabinet page names the parties in full, then as "(MTR)" in its roster entries and
    in its narrative ("arrested Hon. X (MTR), then Minister of ..."): each is a membership of
    the party written in full. A bracket that defines no roster's party ("(TD)") is none."""
    text = (
        "MEMBERS OF THE CABINET\nThe Alliance is formed by the Mouvement Travailliste Rénové (MTR) "
        "and the Parti Social Démocrate Mauricien (PSDM).\n\nPRIME MINISTER\n"
        "Hon. Thomas Berger (MTR) – Prime Minister – 24 October 2023\n\nMINISTERS\n"
        "Hon. Anna Weiss (PSDM) – Minister of Health – 27 October 2023\n\n"
        "On 24 May 2024 officers of the Financial Crimes Commission arrested Hon. Karl Lind (MTR), then "
        "Minister of Public Infrastructure, in connection with a road contract. Mr Lind resigned from "
        "the Cabinet on 28 May. The Teachta Dála (TD) system was discussed.\n"
    )
    events = _events(extract, text)
    members = events[events.event_type == "membership"]
    assert set(zip(members.person_name, members.organization_name, strict=True)) == {
        ("Thomas Berger", "Mouvement Travailliste Rénové"),
        ("Anna Weiss", "Parti Social Démocrate Mauricien"),
        ("Karl Lind", "Mouvement Travailliste Rénové"),
    }


def test_a_masters_degree_held_or_taken_is_a_degree(extract: Extract) -> None:
    """ "a master's degree": the possessive names the degree's kind, not its owner, so the
    degree is the subject's."""
    text = (
        "Anna Weiss is a Swedish economist. She holds a master's degree in social work from Lund "
        "University (2009). Maria Keller took a bachelor's degree at Aarhus University in 2006."
    )
    assert _rows(extract, text, "event_type", "person_name", "date_value", "organization_name") == [
        ("degree", "Anna Weiss", "2009", "Lund University"),
        ("degree", "Maria Keller", "2006", "Aarhus University"),
    ]


def test_a_possessive_that_is_no_degree_still_owns_its_event(extract: Extract) -> None:
    """Only a degree word before "degree" is the degree's kind ("a master's degree"); "the
    candidate's wedding" is the candidate's, not the subject's."""
    text = "Karl Lind is a Swedish politician. Lind attended the candidate's wedding in Lund in 2015."
    assert _events(extract, text).empty


def test_an_undated_membership_line_is_an_item_not_a_new_heading(extract: Extract) -> None:
    """Under "PROFESSIONAL MEMBERSHIPS", "Member of the Finnish Economic Association" is short
    and has no date, like a heading, but speaks the section's words: it is a membership."""
    text = (
        "CURRICULUM VITAE\n\nAnna Weiss\n\nPROFESSIONAL MEMBERSHIPS\n"
        "Member of the Finnish Economic Association\nMember, Rotary Club of Kasama\n"
    )
    assert _rows(extract, text, "event_type", "person_name", "organization_name") == [
        ("membership", "Anna Weiss", "Finnish Economic Association"),
        ("membership", "Anna Weiss", "Rotary Club"),
    ]


def test_a_re_election_is_an_election_to_the_seat_held_before(extract: Extract) -> None:
    """ "She was re-elected in 1991 and again in 1999": the parser reads "re-elected" as an
    adjective after "was"; each date is a re-election, to the body of the election before."""
    text = (
        "Anna Weiss is an Irish politician. She was elected to Cork Corporation in 1985. She was "
        "re-elected in 1991 and again in 1999."
    )
    assert _rows(extract, text, "event_type", "person_name", "date_value", "organization_name") == [
        ("election", "Anna Weiss", "1985", "Cork Corporation"),
        ("election", "Anna Weiss", "1991", "Cork Corporation"),
        ("election", "Anna Weiss", "1999", "Cork Corporation"),
    ]


def test_a_cv_degree_line_with_dotted_letters_is_a_degree_not_studies(extract: Extract) -> None:
    """ "M.Sc. (Econ.), University of Tampere, 1983": the letters are a degree's, the line a
    degree awarded that year, not studies; only a range of years says the studies too."""
    text = (
        "CURRICULUM VITAE\n\nAnna Weiss\n\nEDUCATION\nM.Sc. (Econ.), University of Tampere, 1983\n"
        "LL.M., University of Michigan Law School, Ann Arbor, 1996\n"
        "Licenciatura in Economics, Universitat de València, 1992–1997\n"
    )
    assert _rows(extract, text, "event_type", "date_value", "place_name") == [
        ("degree", "1983", "Tampere"),
        ("degree", "1996", "Ann Arbor"),
        ("degree", "None", "València"),
        ("education", "1992/1997", "València"),
    ]


def test_a_place_written_after_the_date_of_a_birth_is_its_place(extract: Extract) -> None:
    text = "CURRICULUM VITAE\n\nAnna Weiss\n\nBorn 3 November 1969, Sendai, Japan.\n"
    assert _rows(extract, text, "event_type", "date_value", "place_name") == [
        ("birth", "1969-11-03", "Sendai, Japan")
    ]


def test_a_place_after_a_date_in_running_text_is_not_the_events(extract: Extract) -> None:
    """Only a line's "DATE, PLACE" places the event: "After her husband Karl Lind died in 2001,
    Vienna became her home" does not put his death in Vienna."""
    text = (
        "Anna Weiss is a Norwegian painter. After her husband Karl Lind died in 2001, Vienna became her home."
    )
    deaths = _events(extract, text).query("event_type == 'death'")
    assert list(deaths.place_name.isna()) == [True], deaths


def test_a_membership_listed_under_honours_is_a_membership(extract: Extract) -> None:
    """ "Fellow of X, elected 2008" under "PRIZES AND HONOURS" is a membership; an order's
    "Member" grade stays an honour."""
    text = (
        "CURRICULUM VITAE – Katrin Weidemann\n\n"
        "PRIZES AND HONOURS\n"
        "Young Economist Prize of the Finnish Economic Association, 1995\n"
        "Fellow of the European Economic Association, elected 2008\n"
        "Corresponding Member of the Academy of Sciences of Lower Saxony (2011)\n"
        "Member of the Order of the British Empire, 2014\n"
        "Member of the Legion of Honour, 2016\n"
    )
    rows = _rows(extract, text, "event_type", "date_value", "organization_name")
    assert rows == [
        ("award", "1995", "None"),
        ("award", "2014", "None"),
        ("award", "2016", "None"),
        ("membership", "2008", "European Economic Association"),
        ("membership", "2011", "Academy of Sciences of Lower Saxony"),
    ]


def test_whoever_moves_with_the_mover_moves_too(extract: Extract) -> None:
    """ "moved to Canberra with his wife": the wife the text names moves too; a companion
    no one is named for ("with his parents") gives no row, nor does "with" on other events."""
    text = (
        "Hendro Wiradikarta is an Indonesian politician. He married Ratna Kusumaningsih in 2008. "
        "He moved to Canberra with his wife in July 2012. In 2015 he was arrested with his "
        "brother in Jakarta. Karl Lind moved to Norway with his parents in 1988."
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[0] == "relocation"] == [
        ("relocation", "Hendro Wiradikarta", "2012-07"),
        ("relocation", "Karl Lind", "1988"),
        ("relocation", "Ratna Kusumaningsih", "2012-07"),
    ]
    assert [r[1] for r in rows if r[0] == "arrest"] == ["Hendro Wiradikarta"]


def test_a_dated_list_line_with_a_bare_participle_is_the_subjects(extract: Extract) -> None:
    """ "1998  Elected to the 12th Lok Sabha", "II Legislature: elected 7 June 1953", "2005
    general election: Halifax (Labour) – elected": a participle with no subject on a dated or
    labelled line is the document subject's, never when the line names someone else; "not
    elected" is no election."""
    text = (
        "Anna Weiss (born 3 May 1950) is a German politician.\n\n"
        "Political career\n"
        "1998  Elected to the 12th Bundestag\n"
        "2002  Re-elected to the 13th Bundestag (2nd term)\n"
        "II Legislature: elected 7 June 1953 in the college of Carpi\n"
        "2001 general election: Skipton (Labour) – not elected\n"
        "2005 general election: Halifax (Labour) – elected\n"
        "2009: Thomas Berger (SPD) – elected\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[0] == "election"] == [
        ("election", "Anna Weiss", "1953-06-07"),
        ("election", "Anna Weiss", "1998"),
        ("election", "Anna Weiss", "2002"),
        ("election", "Anna Weiss", "2005"),
    ]


def test_a_participle_in_running_text_is_not_a_list_line(extract: Extract) -> None:
    """Found by review: a line's participle is the subject's only right after the line's
    date, colon or dash; what else stands before it is whom it is about ("3 members
    elected", "Wife elected"), and an organisation's founding or a relative's birth after a
    dash is not the subject's."""
    text = (
        "Anna Weiss is a German politician. 1998 was the year the newly elected council met "
        "in Bonn for the first time.\n\n"
        "Party: Social Democratic Party – founded 1889\n"
        "2012: 3 members elected to the board\n"
        "2014: Wife elected to the city council\n"
        "2016 – son born in Vienna\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[1] == "Anna Weiss"] == [("membership", "Anna Weiss", "None")]


def test_a_party_list_in_a_roster_is_one_party_and_names_its_members(extract: Extract) -> None:
    """ "(GERB–UDF)" in a roster's entry is one party list, not "UDF"; outside the roster,
    "(BSP)" is a party when the roster names a list it belongs to ("BSP–United Left")."""
    text = (
        "Committee on Regional Policy\n\n"
        "Members\n"
        "Thomas Berger (GERB–UDF) – since 29.01.2025\n"
        "Anna Weiss (BSP–United Left) – since 29.01.2025\n"
        "Paul Rennick (DZS – Democratic Union of Norland) – since 29.01.2025\n\n"
        "Former chairs\n"
        "42nd National Assembly – Maria Keller (BSP), May–August 2014\n"
        "43rd National Assembly – Julia Brandt (GERB), 2014–2017\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    assert sorted(r[1:] for r in rows if r[0] == "membership") == [
        ("Anna Weiss", "BSP–United Left"),
        ("Julia Brandt", "GERB"),
        ("Maria Keller", "BSP"),
        ("Paul Rennick", "Democratic Union of Norland"),
        ("Thomas Berger", "GERB–UDF"),
    ]


def test_winning_or_holding_a_seat_for_a_party_is_membership(extract: Extract) -> None:
    """ "won the seat for Labor", "was elected to the Folketing for the Danish People's
    Party": the seat's holder is the party's member. Running for an office, voting or
    campaigning for a party is no membership, nor is a name after an unrecognised one's
    "who" clause ("behind Vo, who won the seat for Labor, and Harriet Oduya")."""
    text = (
        "Mikkel Lindholm is a Danish politician. He was elected to the Folketing for the Danish "
        "People's Party in June 2015. Karl Lind won a seat in the Folketing for the Socialist "
        "People's Party. Anna Weiss, who held the seat for Labour, retired in 2010. Maria Keller "
        "ran for Parliament. Paul Lind voted for Labour. Eva Roth campaigned for the Green Party. "
        "Julia Brandt finished third behind Vo, who won the seat for Labor, and Thomas Berger."
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    assert sorted(r[1:] for r in rows if r[0] == "membership") == [
        ("Anna Weiss", "Labour Party"),
        ("Karl Lind", "Socialist People's Party"),
        ("Mikkel Lindholm", "Danish People's Party"),
    ]


def test_a_school_whose_name_holds_a_city_places_a_degree_there_not_in_the_country(extract: Extract) -> None:
    """ "University of York, United Kingdom": the city the school's name holds says more than
    the country written after it; a name that holds no city keeps the country."""
    text = (
        "Anna Weiss is a Ugandan economist.\n\n"
        "Education\n"
        "2003 | MSc Public Finance | University of York, United Kingdom\n"
        "1998 | BA Economics | Harvard University, United States\n"
    )
    rows = _rows(extract, text, "event_type", "date_value", "place_name")
    assert [r for r in rows if r[0] == "degree"] == [
        ("degree", "1998", "United States"),
        ("degree", "2003", "York"),
    ]


def test_the_wife_of_a_named_man_is_married_to_him(extract: Extract) -> None:
    """ "Kunti, the first wife of King Pandu" (Re-DocRED), "X was the wife of Y", "X, the widow
    of Y": a marriage between the two named; "met the wife of Karl Lind" names no wife."""
    text = (
        "Their son was born of Eva Roth, the first wife of Karl Lind, in 1950. Anna Weiss, "
        "the widow of Thomas Berger, died in 1990. Maria Keller was the wife of Paul Lind. Julia "
        "Brandt met the wife of Karl Lind in Paris."
    )
    rows = _rows(extract, text, "event_type", "person_name", "partner_name")
    assert [r for r in rows if r[0] == "marriage"] == [
        ("marriage", "Anna Weiss", "Thomas Berger"),
        ("marriage", "Eva Roth", "Karl Lind"),
        ("marriage", "Karl Lind", "Eva Roth"),
        ("marriage", "Maria Keller", "Paul Lind"),
        ("marriage", "Paul Lind", "Maria Keller"),
        ("marriage", "Thomas Berger", "Anna Weiss"),
    ]


def test_party_words_the_review_found_read_wrongly(extract: Extract) -> None:
    """Found by review: "persuaded X to stand for" is X's party; a "for" on a campaign,
    photographs or books is no seat; "the Liberal Democrats" is that party, not the
    Democrats, and "the Sweden Democrats" is left unread; "Austria's Freedom Party" is the
    Freedom Party; a roster bracket of years or places is no party."""
    text = (
        "Eva Roth persuaded Thomas Berger to stand for the Labour Party in 2005. Julia Brandt "
        "took photographs for the Labour Party during the 1997 campaign. Paul Lind kept the "
        "books for the Liberal Party for ten years. Karl Weber ran the campaign for the "
        "Conservative Party in Kent. Anna Weiss won the seat for the Liberal Democrats in 2005. "
        "Karl Lind was elected to the Riksdag for the Sweden Democrats. Maria Keller, a member "
        "of Austria's Freedom Party, spoke.\n\n"
        "Former chairs\n"
        "Hanna Berg (2010–2014)\n"
        "Ida Lund (Vienna–Graz)\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    assert [r[1:] for r in rows if r[0] == "membership"] == [
        ("Anna Weiss", "Liberal Democrats"),
        ("Maria Keller", "Freedom Party"),
        ("Thomas Berger", "Labour Party"),
    ]


def test_a_city_in_a_schools_name_before_its_word_does_not_override_the_country(extract: Extract) -> None:
    """Found by review: "York University, Canada" is in Toronto; only a city after "of"
    ("University of York") says where the school is."""
    text = (
        "Anna Weiss is a Canadian economist.\n\n"
        "Education\n"
        "1998 | PhD Economics | York University, Canada\n"
        "1994 | MA Economics | University of York, United Kingdom\n"
    )
    rows = _rows(extract, text, "event_type", "date_value", "place_name")
    assert [r for r in rows if r[0] == "degree"] == [("degree", "1994", "York"), ("degree", "1998", "Canada")]


def test_the_couple_is_the_pair_the_text_said_married(extract: Extract) -> None:
    """ "the couple moved" after "X married Y" is X and Y, not the woman and the man named
    last (her mother, her brother); with two marriages of the one named last, no one."""
    text = (
        "Anna Weiss is a teacher. Her brother Karl Lind lives in Tbilisi, and her mother, Eva "
        "Roth, taught in Marneuli. Their sister, Maria Keller, married Thomas Berger in 2005. "
        "Berger was dismissed in the autumn of 2012, and the couple moved to Baku the following "
        "year."
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[0] == "relocation"] == [
        ("relocation", "Maria Keller", "2013"),
        ("relocation", "Thomas Berger", "2013"),
    ]
    twice = (
        "Paul Lind married Julia Brandt in 1990. In 2001 Paul Lind married Eva Roth. Lind retired "
        "in 2010, and the couple moved to Linz in 2011."
    )
    rows = _rows(extract, twice, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[0] == "relocation"] == []


def test_reading_or_training_at_a_school_is_education(extract: Extract) -> None:
    """ "read law at the University of Tirana", "trained as a nurse at X" (events.toml
    ``at_school``): study, when done at a school; "read a book at the library", "read the
    verdict at the Supreme Court" and "trained recruits at the Military Academy" are not."""
    text = (
        "Anna Weiss read law at the University of Tirana from 1979 to 1983. Paul Lind trained as "
        "a nurse at the Universidad de Antioquia. Thomas Berger read a book at the library. Karl "
        "Lind trained recruits at the Military Academy in 1990. Eva Roth read the verdict at the "
        "Supreme Court."
    )
    rows = _rows(extract, text, "event_type", "person_name", "date_value")
    assert [r for r in rows if r[0] == "education"] == [
        ("education", "Anna Weiss", "1979/1983"),
        ("education", "Paul Lind", "None"),
    ]


def test_a_rosters_bracket_may_give_a_group_and_a_party_apart_by_a_comma(extract: Extract) -> None:
    """ "Anna Weiss (EPP, Civic Union) – Norland": one membership each for the group and the
    party; a country in the bracket ("(Renew, Poland)") is none."""
    text = (
        "Committee on Regional Development\n\n"
        "VICE-CHAIRS\n"
        "Anna Weiss (EPP, Civic Union) – Norland, North-East\n"
        "Thomas Berger (Renew, Poland)\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    members = sorted(r[1:] for r in rows if r[0] == "membership")
    assert members == [("Anna Weiss", "Civic Union"), ("Anna Weiss", "EPP"), ("Thomas Berger", "Renew")], (
        members
    )


def test_a_rosters_bracket_part_that_is_a_code_a_place_or_a_title_is_no_party(extract: Extract) -> None:
    """ "(EPP, DE)", "(Labour, Leeds Central)", "(CDU, Vice-Chair)", "(MEP, Greens)": the
    country's code, the constituency, the title are no memberships; the parties are."""
    text = (
        "Committee on Fisheries\n\nMEMBERS\n"
        "Anna Weiss (EPP, DE) – since 2024\n"
        "Hilary Benn (Labour, Leeds Central)\n"
        "Paul Rennick (CDU, Vice-Chair)\n"
        "Eva Roth (MEP, Greens)\n"
    )
    rows = _rows(extract, text, "event_type", "person_name", "organization_name")
    members = sorted(r[1:] for r in rows if r[0] == "membership")
    assert members == [
        ("Anna Weiss", "EPP"),
        ("Eva Roth", "Greens"),
        ("Hilary Benn", "Labour"),
        ("Paul Rennick", "CDU"),
    ], members


def test_a_dash_after_a_body_that_opens_a_comment_gives_no_place(extract: Extract) -> None:
    """ "elected President of the European Commission – Germany's first woman in the post":
    the dash opens a comment, not the body's seat."""
    text = (
        "In 2019 Anna Weiss was elected President of the European Commission – Germany's first "
        "woman in the post."
    )
    rows = _rows(extract, text, "event_type", "person_name", "place_name")
    assert ("election", "Anna Weiss", "None") in rows, rows
