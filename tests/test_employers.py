"""Where a post is held: the employer written around the title, and memberships that
are no posts. Sentences written for these tests; each rule fires on dev documents and
Re-DocRED introductions."""

from __future__ import annotations

import pandas as pd

from tests.conftest import Extract


def _rows(table: pd.DataFrame, person: str) -> list[tuple[str, str | None]]:
    rows = table[table.person_name == person]
    return sorted(
        (r.position, None if pd.isna(r.organization_name) else r.organization_name) for r in rows.itertuples()
    )


def test_teaching_at_a_named_school_is_a_teachers_post(extract: Extract) -> None:
    text = (
        "Marta Vilks is a Latvian painter. She teaches at Liepaja Art Academy and previously "
        "taught at Daugavpils University. Her brother, Edgars Vilks, taught chemistry at a "
        "school in Jelgava for ten years."
    )
    careers = extract(text)["careers"]
    assert _rows(careers, "Marta Vilks") == [
        ("Teacher", "Daugavpils University"),
        ("Teacher", "Liepaja Art Academy"),
    ]
    edgars = careers[careers.person_name == "Edgars Vilks"].iloc[0]
    assert (edgars.position, edgars.place_name) == ("Teacher", "Jelgava")
    assert pd.isna(edgars.organization_name)  # "a school": no name to give


def test_teaching_without_a_workplace_is_no_post(extract: Extract) -> None:
    text = "Marta Vilks taught herself to paint. Later she taught in Riga."
    assert extract(text)["careers"].empty


def test_an_organization_owning_the_title_or_served_for(extract: Extract) -> None:
    text = (
        "Halvor Brekke (born 3 May 1950) is a Norwegian journalist who served as sports editor "
        "for the Bergens Tidende from 1981 to 1990. Reuters's Chief Economist, Ines Ferreira, "
        "spoke at the meeting."
    )
    careers = extract(text)["careers"]
    brekke = careers[careers.person_name == "Halvor Brekke"].iloc[0]
    assert (brekke.position, brekke.organization_name) == ("Sports Editor", "Bergens Tidende")
    assert (brekke.start_value, brekke.end_value) == ("1981", "1990")
    assert _rows(careers, "Ines Ferreira") == [("Chief Economist", "Reuters")]


def test_an_apposition_to_the_predicate_names_a_post(extract: Extract) -> None:
    text = (
        "Amos Kettering (1871 – 1940) was an American chemist and educator, the first dean "
        "of the newly founded Tulsa Medical College."
    )
    careers = extract(text)["careers"]
    assert _rows(careers, "Amos Kettering") == [("First Dean", "Tulsa Medical College")]


def test_a_name_only_ever_headed_by_a_company_post_is_an_organization(extract: Extract) -> None:
    # The model tags "Norske Skogindustrier" PERSON here.
    text = "Sigrun Aasen (born 1 June 1960) is a Norwegian engineer and former CEO of Norske Skogindustrier."
    tables = extract(text)
    assert _rows(tables["careers"], "Sigrun Aasen") == [("Chief Executive Officer", "Norske Skogindustrier")]
    mention = tables["mentions"].query("text == 'Norske Skogindustrier'").iloc[0]
    assert mention.label == "ORG"


def test_membership_of_an_academy_is_an_event_not_a_post(extract: Extract) -> None:
    text = (
        "Lotte Brandauer (born 2 April 1948) is an Austrian historian. Brandauer is a member of "
        "the Austrian Academy of Sciences. In 1990 she was elected a member of the Academia Europaea."
    )
    tables = extract(text)
    assert tables["careers"].empty
    members = tables["events"].query("event_type == 'membership'")
    assert sorted(members.organization_name) == ["Academia Europaea", "Austrian Academy of Sciences"]
    assert set(members.person_name) == {"Lotte Brandauer"}


def test_a_party_member_in_apposition_is_a_membership_with_its_own_date(extract: Extract) -> None:
    text = (
        "Sipho Ndlovu (born 4 May 1961), a senior member of the United Democratic Movement, "
        "was Minister of Public Works from 2014 to 2018."
    )
    tables = extract(text)
    member = tables["events"].query("event_type == 'membership'").iloc[0]
    assert (member.person_name, member.organization_name) == ("Sipho Ndlovu", "United Democratic Movement")
    assert pd.isna(member.date_value)  # the ministry's dates are not the membership's
    assert _rows(tables["careers"], "Sipho Ndlovu") == [("Minister of Public Works", None)]


def test_a_denied_or_register_membership_is_no_event(extract: Extract) -> None:
    text = (
        "Pieter Olivier was acquitted in 1977, and he always denied that he had ever been a member "
        "of the organisation. His son, Jan Olivier, is Member, Western Cape Provincial Parliament."
    )
    tables = extract(text)
    assert tables["events"].query("event_type == 'membership'").empty
    assert [p for p, _ in _rows(tables["careers"], "Jan Olivier")] == ["Member"]


def test_who_stands_for_the_person_its_clause_describes(extract: Extract) -> None:
    text = (
        "Dana Whitcombe is an American politician. In 1980 she voted for Harold Lamb, who had "
        "won the Republican nomination earlier that year."
    )
    parties = extract(text)["events"].query("event_type == 'membership'")
    assert list(zip(parties.person_name, parties.organization_name, strict=True)) == [
        ("Harold Lamb", "Republican Party")
    ]


def test_a_remit_in_brackets_after_the_title_is_part_of_it(extract: Extract) -> None:
    text = (
        "Orla Dempsey (born 1961) is an Irish politician.\n\n"
        "Shadow Minister (Justice), 2011–2014\n"
        "Secretary (UNHCR), 2015–2016\n"
        "Governor (Donegal), 2017–2019\n\n"
        "She later served as Deputy Commissioner of Police (Traffic) in Cork.\n"
    )
    careers = extract(text)["careers"]
    assert set(careers.position) == {
        "Shadow Minister (Justice)",
        "Deputy Commissioner of Police (Traffic)",
        "Secretary",  # initials name the organization, not the remit
        "Governor",  # a governor's bracket is where, not which post
    }


def test_an_occupation_in_apposition_or_a_rank_before_a_name_is_no_post(extract: Extract) -> None:
    text = (
        "Tomasz Wrona (1880–1950) was a Polish architect. In 1910 he married Irena Kot, a teacher "
        "from Radom. Wrona's brother, Adam Kowal, then a customs inspector, later moved to Gdansk. "
        "Professor Ewa Nowak and General Jan Pawlak attended the funeral, with Marek Zaleski, an "
        "engineer at the Radom Shipyard."
    )
    careers = extract(text)["careers"]
    assert _rows(careers, "Irena Kot") == []  # what she did, not a post she held
    assert _rows(careers, "Ewa Nowak") == _rows(careers, "Jan Pawlak") == []  # ranks
    assert _rows(careers, "Adam Kowal") == [("Customs Inspector", None)]  # "then": a post held then
    assert _rows(careers, "Marek Zaleski") == [("Engineer", "Radom Shipyard")]


def test_a_secretary_of_states_department_is_the_remit_even_when_named_as_an_organization(
    extract: Extract,
) -> None:
    text = (
        "Margaret Oduya (born 1961) is a British politician.\n\n"
        "Parliamentary career\n"
        "Member of Parliament for Luton, 2005–2019\n"
        "Parliamentary Private Secretary to the Secretary of State for Communities and Local "
        "Government, June 2007 – June 2009\n"
        "Communities and Local Government Committee, 2010–2015\n"
    )
    careers = extract(text)["careers"]
    titles = set(careers.position)
    assert (
        "Parliamentary Private Secretary to the Secretary of State for Communities and Local Government"
        in titles
    )
    pps = careers[careers.position.str.startswith("Parliamentary Private")].iloc[0]
    assert (pps.start_value, pps.end_value) == ("2007-06", "2009-06")


def test_a_committee_listed_with_its_dates_is_a_seat_on_it(extract: Extract) -> None:
    text = (
        "Aoife Brennan (born 1958) is an Irish politician.\n\n"
        "Parliamentary career\n"
        "Member of Parliament for Luton, 2005–2019\n"
        "Work and Pensions Committee, 12 July 2010 – 30 March 2015\n"
        "- Joint Committee on Transport, member, 1997–2002\n"
        "Legal traineeship at the Higher Regional Court of Celle, 1993–1995\n"
    )
    careers = extract(text)["careers"]
    seats = set(zip(careers.position, careers.organization_name, careers.start_value, strict=True))
    assert ("Member", "Work and Pensions Committee", "2010-07-12") in seats
    assert ("Member", "Joint Committee on Transport", "1997") in seats
    assert not any("Court" in str(org) for _, org, _ in seats)  # a court named inside is no seat
