"""Careers: one row per post, with start, end and the basis of the end."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from tests.conftest import Extract


def _careers(extract: Extract, text: str) -> pd.DataFrame:
    return extract(text)["careers"]


def _post(careers: pd.DataFrame, position: str) -> pd.Series:
    rows = careers[careers.position == position]
    assert len(rows) == 1, careers[["position", "person_name", "start_value", "end_value"]]
    return rows.iloc[0]


def test_appointment_starts_a_post_at_month_precision(extract: Extract) -> None:
    text = "In June 1999, Tomas Brandt was appointed Minister of Transport and Roads."
    row = _post(_careers(extract, text), "Minister of Transport and Roads")
    assert row.person_name == "Tomas Brandt"
    assert (row.start_value, row.start_date, row.start_precision) == ("1999-06", dt.date(1999, 6, 1), "month")
    # pandas 3 reads missing strings as NaN, not None.
    assert pd.isna(row.end_value) and pd.isna(row.end_basis)


def test_explicit_end_from_a_later_sentence(extract: Extract) -> None:
    text = "Olaf Strand was elected Mayor of Bergen in 2003. He kept this position until June 2011."
    row = _post(_careers(extract, text), "Mayor")
    assert row.place_name == "Bergen"
    assert (row.start_value, row.end_value, row.end_basis) == ("2003", "2011-06", "explicit")
    assert row.end_date == dt.date(2011, 6, 30)


def test_next_post_gives_an_inferred_end(extract: Extract) -> None:
    text = (
        "In 1990, Kerstin Moll became Deputy Director of the Rhine Savings Bank. "
        "In March 1994, she was appointed Director of the Rhine Savings Bank."
    )
    careers = _careers(extract, text)
    deputy = _post(careers, "Deputy Director")
    assert deputy.organization_name == "Rhine Savings Bank"
    assert (deputy.end_value, deputy.end_basis, deputy.end_date) == (
        "1994-03",
        "inferred",
        dt.date(1994, 3, 1),
    )
    assert pd.isna(_post(careers, "Director").end_basis)


def test_range_in_the_sentence_is_an_explicit_end(extract: Extract) -> None:
    text = "From 1981 to 1986, Ruth Adler worked as a Senior Inspector at the Port Authority."
    row = _post(_careers(extract, text), "Senior Inspector")
    assert (row.start_value, row.end_value, row.end_basis) == ("1981", "1986", "explicit")


def test_list_items_and_headings_in_a_biography(extract: Extract) -> None:
    text = (
        "Jonas Keller: a life in office\n\n"
        "Jonas Keller was born in 1950. Jonas Keller studied law. Jonas Keller married in 1975.\n\n"
        "Posts\n"
        "  • From 1980 to 1984: Chief Accountant of the Baltic Shipping Company.\n"
        "  • 1984-1992 Governor of Westmark.\n"
    )
    careers = _careers(extract, text)
    accountant = _post(careers, "Chief Accountant")
    assert accountant.organization_name == "Baltic Shipping Company"
    assert (accountant.start_value, accountant.end_value) == ("1980", "1984")
    governor = _post(careers, "Governor")
    assert (governor.place_name, governor.start_value, governor.end_value) == ("Westmark", "1984", "1992")
    assert set(careers.person_name) == {"Jonas Keller"}


def test_resignation_ends_the_current_post(extract: Extract) -> None:
    text = (
        "In January 2001, Mira Holm was appointed Minister of Culture. "
        "On 3 October 2003, Mira Holm submitted her resignation."
    )
    row = _post(_careers(extract, text), "Minister of Culture")
    assert (row.end_value, row.end_basis) == ("2003-10-03", "explicit")


def test_title_before_a_name_gives_an_undated_post(extract: Extract) -> None:
    text = (
        "On Friday, Prime Minister Olga Varga met the Finance Minister of Pellia. "
        "Judge Tomas Reiner adjourned the case."
    )
    careers = _careers(extract, text)
    varga = _post(careers, "Prime Minister")
    assert varga.person_name == "Olga Varga"
    assert pd.isna(varga.start_value) and pd.isna(varga.end_value) and varga.rule == "title"
    assert _post(careers, "Judge").person_name == "Tomas Reiner"


def test_title_in_apposition_and_portfolio_before_minister(extract: Extract) -> None:
    text = (
        "The Pellian president, Ivo Maren, opened the session. "
        "Anton Lasky, a former deputy transport minister of Pellia, was arrested in Rome."
    )
    careers = _careers(extract, text)
    assert _post(careers, "President").person_name == "Ivo Maren"
    assert _post(careers, "Deputy Minister of Transport").person_name == "Anton Lasky"


def test_plural_or_clause_subject_is_no_title(extract: Extract) -> None:
    text = (
        "With some engineers, Pavel Orlik rebuilt the dam. As decided by the president, Pavel Orlik resigned."
    )
    careers = _careers(extract, text)
    assert careers.empty, careers[["position", "person_name"]]


def test_mayor_of_a_town_is_a_place(extract: Extract) -> None:
    text = "In 2004 Henrik Dahl was elected Mayor of Tromso."
    row = _post(_careers(extract, text), "Mayor")
    assert row.place_name == "Tromso" and pd.isna(row.organization_name)


def test_bracketed_formal_title_replaces_the_description(extract: Extract) -> None:
    text = (
        "In May 1990, the ministry appointed Karl Weiss technical director (Chief Engineer) "
        "of the Oder Water Works."
    )
    row = _post(_careers(extract, text), "Chief Engineer")
    assert (row.person_name, row.start_value) == ("Karl Weiss", "1990-05")


def test_heading_verb_and_elected_seat(extract: Extract) -> None:
    text = (
        "Nina Sorel was born in 1950. "
        "In 1980 the party chose Nina Sorel to head Vento, a district of the capital. "
        "In March 1985 Nina Sorel was elected to the Vento Town Council."
    )
    careers = _careers(extract, text)
    head = _post(careers, "Head")
    # A seat in a council is held alongside other posts: it does not end them.
    assert head.start_value == "1980" and pd.isna(head.end_value)
    seat = _post(careers, "Member")
    assert (seat.organization_name, seat.start_value) == ("Vento Town Council", "1985-03")


def test_post_held_since_a_date_and_chair_of_a_professor(extract: Extract) -> None:
    # A professor's "of X" is the chair held, part of the title (GUIDELINES: "Professor of Law
    # at X University" as a chair held there).
    text = (
        "Since 2015 Ada Kwiat has been a Visiting Professor of Chemistry at the Lund Institute of Technology."
    )
    row = _post(_careers(extract, text), "Visiting Professor of Chemistry")
    assert (row.start_value, row.organization_name) == ("2015", "Lund Institute of Technology")
    assert pd.isna(row.end_value) and pd.isna(row.end_basis)


def test_as_a_post_with_a_person_subject(extract: Extract) -> None:
    text = (
        "Ole Brun was born in 1960. From 1990 to 1993, Ole Brun was moved to the harbour office: "
        "as Chief Inspector, he was responsible for the docks."
    )
    row = _post(_careers(extract, text), "Chief Inspector")
    assert (row.person_name, row.start_value, row.end_value) == ("Ole Brun", "1990", "1993")


def test_trained_as_or_received_a_degree_as_is_no_post(extract: Extract) -> None:
    text = "In 1970 Ole Brun received his diploma as Mechanical Engineer. Ole Brun trained as a technician."
    assert _careers(extract, text).empty


def test_undated_next_post_leaves_the_end_open(extract: Extract) -> None:
    text = (
        "Ivan Petrov was born in 1940. In 1962 Ivan Petrov started at the mill as a Night Technician. "
        "After being appointed Chief Inspector, he moved to the capital."
    )
    careers = _careers(extract, text)
    assert pd.isna(_post(careers, "Night Technician").end_value)


def test_list_lines_are_separate_posts_and_memberships_are_not(extract: Extract) -> None:
    text = (
        "Marek Duda: a biography\n\n"
        "Marek Duda was born in 1950. Marek Duda studied law. Marek Duda married in 1975.\n\n"
        "  • From 1980 to 1984: Member of the Harbour Committee.\n"
        "  • From 1980 to 1984: Member of the Town Planning Board.\n"
        "  • 1999: Lecturer at the Gdynia Maritime School.  Director of studies.\n"
        "  • Member of the Baltic Academy of Sciences (1995).\n"
    )
    careers = _careers(extract, text)
    assert sorted(careers.position) == ["Director of Studies", "Lecturer", "Member", "Member"]
    assert set(careers[careers.position == "Member"].organization_name) == {
        "Harbour Committee",
        "Town Planning Board",
    }


def test_post_named_after_the_position_of_and_a_bracketed_date(extract: Extract) -> None:
    text = (
        "Ivan Petrov was born in 1940. Ivan Petrov took evening classes (finished in 1965), "
        "which gave him access to the position of Senior Inspector."
    )
    row = _post(_careers(extract, text), "Senior Inspector")
    assert row.person_name == "Ivan Petrov"
    assert pd.isna(row.start_value)  # the bracketed year dates the classes, not the post


def test_a_later_mention_of_a_post_adds_no_row(extract: Extract) -> None:
    text = (
        "Eva Lind was born in 1950. In 2001 Eva Lind was elected Mayor of Narvik. "
        "During the years she spent as mayor, Eva Lind rebuilt the port."
    )
    assert len(_careers(extract, text)) == 1


def test_before_that_dates_the_end_of_an_earlier_post(extract: Extract) -> None:
    text = (
        "Lars Vik served as Deputy Minister of Fisheries from 2001 to 2005. "
        "Before that he ran the western division of the state ferry company Nordlink."
    )
    row = _post(_careers(extract, text), "Head")
    assert pd.isna(row.start_value)
    assert (row.end_value, row.end_basis) == ("2001", "inferred")


def test_a_year_end_takes_the_month_of_the_next_post(extract: Extract) -> None:
    text = (
        "In 1979 Pavel Rudin was promoted to director of the Pump Workshop. "
        "He kept this position until 1985. "
        "In May 1985, Pavel Rudin was appointed Chief Engineer of the Dnipro Grid."
    )
    row = _post(_careers(extract, text), "Director")
    assert (row.start_value, row.end_value, row.end_basis) == ("1979", "1985-05", "explicit")


def test_resignation_from_the_post_of_is_no_new_post(extract: Extract) -> None:
    text = (
        "In 2003 Pavel Rudin was appointed Minister of Fisheries. "
        "On 2 May 2006 Pavel Rudin sent a letter of resignation from the post of fisheries minister."
    )
    careers = _careers(extract, text)
    assert list(careers.position) == ["Minister of Fisheries"]


def test_someones_deputy_is_no_title(extract: Extract) -> None:
    text = "The next day his deputy, Ivo Ranta, signed the decree. Judge Ivo Ranta retired."
    assert list(_careers(extract, text).position) == ["Judge"]


def test_cv_lines_in_every_common_date_format_give_title_organization_and_place(extract: Extract) -> None:
    text = (
        "CURRICULUM VITAE: ENG. WANJIKU ACHIENG OTIENO\n\n"
        "WORK EXPERIENCE\n"
        "* Mar 2013 – Aug 2022: Regional Manager, Central Region, Kenya Rural Roads Authority, Nyeri\n"
        "* 10.01.2007 – 24.09.2012 Project Engineer, Kenya Urban Roads Authority, Nairobi\n"
        "* 2004-2005 Graduate Engineer (internship), Ministry of Roads and Public Works, Nairobi\n"
        "– Treasurer, IEK Mount Kenya Branch, 2015–2018\n"
    )
    careers = _careers(extract, text)
    careers = careers.astype(object).where(careers.notna(), None)
    rows = sorted(
        zip(
            careers.position, careers.organization_name, careers.place_name, careers.start_value, strict=True
        ),
        key=str,
    )
    assert rows == [
        ("Graduate Engineer", "Ministry of Roads and Public Works", "Nairobi", "2004"),
        ("Project Engineer", "Kenya Urban Roads Authority", "Nairobi", "2007-01-10"),
        ("Regional Manager", "Central Region, Kenya Rural Roads Authority", "Nyeri", "2013-03"),
        ("Treasurer", "IEK Mount Kenya Branch", None, "2015"),
    ]
    assert set(careers.person_name) == {"Wanjiku Achieng Otieno"}


def test_posts_that_were_hoped_for_or_refused_are_not_held(extract: Extract) -> None:
    text = (
        "Leena Varma joined the bank in 1990. In 1998 she was widely tipped to become Governor. "
        "In 2016 Leena Varma was shortlisted for the post of Director General but was not appointed. "
        "She hopes to be promoted to deputy chairman."
    )
    assert set(_careers(extract, text).position) == set()


def test_resigning_or_retiring_as_a_post_ends_that_post(extract: Extract) -> None:
    text = (
        "Maria Lopez was elected Mayor of Girona in 2003. In 2005 she became Chair of the Regional "
        "Water Board. She resigned as Mayor in May 2009 and retired from the board in 2012."
    )
    careers = _careers(extract, text).set_index("position")
    assert (careers.loc["Mayor", "end_value"], careers.loc["Mayor", "end_basis"]) == ("2009-05", "explicit")


def test_a_post_the_subject_is_or_was_holds_and_an_occupation_alone_does_not(extract: Extract) -> None:
    text = (
        "John Castell was a curator at the Philadelphia Academy of Natural Sciences. "
        "Anna Berg was Mayor of Bergen. Tomas Lind was a Norwegian politician. "
        "Osmund Vik is a civil servant and former CEO of the Norwegian State Railways."
    )
    careers = _careers(extract, text)
    rows = sorted(
        zip(careers.person_name, careers.position, careers.organization_name.fillna(""), strict=True)
    )
    assert rows == [
        ("Anna Berg", "Mayor", ""),
        ("John Castell", "Curator", "Philadelphia Academy of Natural Sciences"),
        ("Osmund Vik", "Chief Executive Officer", "Norwegian State Railways"),
    ]


def test_a_noun_naming_the_appointee_is_not_the_post(extract: Extract) -> None:
    # "named the governor's deputy, X, as acting governor": the deputy is who X is; the
    # post is the one after "as", and it is X's, not the governor's.
    text = (
        "Governor Pablo Ferreyra resigned on Monday. Interior Minister Laura Castaño named "
        "Ferreyra's deputy, Ignacio Robledo, as acting provincial governor."
    )
    careers = _careers(extract, text)
    row = _post(careers, "Acting Provincial Governor")
    assert row.person_name == "Ignacio Robledo"
    assert not ((careers.person_name == "Pablo Ferreyra") & (careers.position == "Deputy")).any()


def test_a_title_keeps_the_nouns_and_function_words_before_its_head(extract: Extract) -> None:
    text = (
        "Adaeze Nwosu joined the company as chief financial officer in July 2022. "
        "Her husband, Kwame Mensah, joined the cocoa board in 1994 as an accounts officer in Kumasi."
    )
    careers = _careers(extract, text)
    rows = set(zip(careers.person_name, careers.position, careers.start_value, strict=True))
    assert ("Adaeze Nwosu", "Chief Financial Officer", "2022-07") in rows
    assert ("Kwame Mensah", "Accounts Officer", "1994") in rows


def test_a_remit_after_for_belongs_to_the_title(extract: Extract) -> None:
    text = (
        "Wanjiru Kamau is a Kenyan engineer. Since September 2022 Kamau has served as Chief Officer "
        "for Roads and Public Works in the County Government of Nyeri.\n\n"
        "Lucia Ortega is a Mexican lawyer. In January 2005 Ortega was appointed special prosecutor "
        "for crimes against journalists in Sinaloa.\n\n"
        "Anil Mehta is an Indian diplomat. From 1977 to 1979 Mehta was private secretary to the "
        "Minister of External Affairs. He was posted to Nairobi for two years."
    )
    posts = set(zip(_careers(extract, text).person_name, _careers(extract, text).position, strict=True))
    assert {
        ("Wanjiru Kamau", "Chief Officer for Roads and Public Works"),
        ("Lucia Ortega", "Special Prosecutor for Crimes against Journalists"),
        ("Anil Mehta", "Private Secretary to the Minister of External Affairs"),
    } <= posts


def test_a_chair_held_for_some_years_ends_that_long_after_it_began(extract: Extract) -> None:
    text = (
        "Feliks Nowak (1878–1954) was a Polish engineer. In 1920 he founded the Society of Sanitary "
        "Engineers, which he chaired for six years. In 1945 he was appointed adviser to the "
        "reconstruction office, a post he held for four years. His wife, Anna Nowak, has chaired "
        "the Nowak Foundation since 1960."
    )
    careers = _careers(extract, text)
    rows = set(
        zip(
            careers.person_name,
            careers.position,
            careers.start_value,
            careers.end_value.fillna("-"),
            careers.end_basis.fillna("-"),
            strict=True,
        )
    )
    assert ("Feliks Nowak", "Chair", "1920", "1926", "duration") in rows
    assert ("Anna Nowak", "Chair", "1960", "-", "-") in rows
    adviser = careers[careers.position.str.startswith("Adviser")].iloc[0]
    assert (adviser.start_value, adviser.end_value, adviser.end_basis) == ("1945", "1949", "duration")


def test_a_spokesperson_on_a_field_and_a_title_with_its_organization_after_at(extract: Extract) -> None:
    text = (
        "Maeve Kerrigan is an Irish politician. In opposition she was the party's spokesperson "
        "on social welfare from 1997 to 2002.\n\n"
        "Accra, 23 August 2022 — Investigators on Monday arrested Kofi Asante, a former director of "
        "finance at the Ghana Grain Board (GGB), over warehouse contracts.\n\n"
        "Rhys Morgan is a Welsh accountant. From 1981 to 1990 he worked as a legal officer for the "
        "International Defence and Aid Fund."
    )
    careers = _careers(extract, text)
    rows = set(zip(careers.person_name, careers.position, careers.organization_name.fillna("-"), strict=True))
    assert ("Maeve Kerrigan", "Spokesperson on Social Welfare", "-") in rows
    assert ("Kofi Asante", "Director of Finance", "Ghana Grain Board (GGB)") in rows
    assert not any(position.endswith(" and") for _, position, _ in rows)


def test_a_table_of_posts_reads_its_cells(extract: Extract) -> None:
    text = (
        "BIO-DATA\n\nName:                Grace Namutebi\n\nCAREER HISTORY\n"
        "Jul 2016 - to date | Permanent Secretary | Ministry of Energy\n"
        "2010 - 2016 | Director, Budget | Ministry of Finance, Planning and Economic Development\n"
        "2004 - 2010 | Assistant Commissioner, Public Expenditure | Ministry of Finance, Planning and "
        "Economic Development\n\nBOARD MEMBERSHIPS\n"
        "2012 - 2018 | Member, Board of Trustees | National Social Security Fund\n"
    )
    careers = _careers(extract, text)
    rows = set(
        zip(
            careers.position,
            careers.organization_name,
            careers.start_value,
            careers.end_value.fillna("-"),
            strict=True,
        )
    )
    assert {
        ("Permanent Secretary", "Ministry of Energy", "2016-07", "-"),
        ("Director, Budget", "Ministry of Finance, Planning and Economic Development", "2010", "2016"),
        (
            "Assistant Commissioner, Public Expenditure",
            "Ministry of Finance, Planning and Economic Development",
            "2004",
            "2010",
        ),
        ("Member", "Board of Trustees, National Social Security Fund", "2012", "2018"),
    } <= rows
    assert set(careers.person_name) == {"Grace Namutebi"}


def test_a_title_served_the_leader_of_a_group_and_an_mp_with_his_party(extract: Extract) -> None:
    text = (
        "Joanne Pryor is a British politician. She was Parliamentary Private Secretary to the Secretary "
        "of State for Communities and Local Government from June 2007 to July 2009. From 2002 she led the "
        "Labour group on Calderdale Council. She was selected for Halifax after Dennis Holroyd, the "
        "constituency's Labour MP since 1987, retired."
    )
    careers = _careers(extract, text)
    rows = set(zip(careers.person_name, careers.position, careers.start_value.fillna("-"), strict=True))
    assert {
        (
            "Joanne Pryor",
            "Parliamentary Private Secretary to the Secretary of State for Communities and Local Government",
            "2007-06",
        ),
        ("Joanne Pryor", "Leader", "2002"),
    } <= rows
    assert any(
        person == "Dennis Holroyd" and position == "Member of Parliament" for person, position, _ in rows
    )


def test_a_members_list_of_offices_keeps_the_seat_title_and_the_whip(extract: Extract) -> None:
    text = (
        "Joanne Pryor\nFormer Member of Parliament for Halifax\n\nBiography\n"
        "Joanne Pryor is a British politician and a former solicitor.\n\nParliamentary career\n"
        "Member of Parliament for Halifax, 2005–2019\n"
        "Opposition Whip, October 2010 – September 2015\n"
    )
    careers = _careers(extract, text)
    rows = set(zip(careers.position, careers.start_value, careers.end_value, strict=True))
    assert {("Member of Parliament", "2005", "2019"), ("Opposition Whip", "2010-10", "2015-09")} <= rows


def test_a_federal_title_keeps_the_countrys_initials(extract: Extract) -> None:
    text = (
        "Trial opens before U.S. District Judge Harriet Lindqvist. Assistant U.S. Attorney Megan "
        "Castellano asked for 20 years. U.S. Attorney Caroline Devereaux said the case was closed."
    )
    careers = _careers(extract, text)
    assert set(zip(careers.person_name, careers.position, strict=True)) >= {
        ("Harriet Lindqvist", "U.S. District Judge"),
        ("Megan Castellano", "Assistant U.S. Attorney"),
        ("Caroline Devereaux", "U.S. Attorney"),
    }


def test_a_portfolio_written_before_minister_is_its_of_form(extract: Extract) -> None:
    text = (
        "Interior Minister Clemente Varela accepted the resignation on Monday. "
        "From 2015 to 2017 Piotr Nowak served as Deputy Interior Minister. "
        "The foreign minister, Ann Lindqvist, flew to Geneva in May 2019. "
        "Prime Minister Olav Brekke and Shadow Transport Minister Jane Hollis met in 2010."
    )
    careers = _careers(extract, text)
    posts = dict(zip(careers.person_name, careers.position, strict=True))
    assert posts == {
        "Clemente Varela": "Minister of the Interior",
        "Piotr Nowak": "Deputy Minister of the Interior",
        "Ann Lindqvist": "Minister of Foreign Affairs",
        "Olav Brekke": "Prime Minister",
        "Jane Hollis": "Shadow Minister of Transport",
    }


def test_a_post_taken_up_as_a_title_belongs_to_the_organization_joined(extract: Extract) -> None:
    text = (
        "Eleanor Marsh joined the Franklin County Prosecutor's Office as an assistant prosecutor in 1962. "
        "In 2001 Karl Weber joined Siemens as a sales manager."
    )
    careers = _careers(extract, text)
    rows = sorted(zip(careers.person_name, careers.position, careers.organization_name, strict=True))
    assert rows == [
        ("Eleanor Marsh", "Assistant Prosecutor", "Franklin County Prosecutor's Office"),
        ("Karl Weber", "Sales Manager", "Siemens"),
    ]


def test_the_capitalised_object_of_a_chief_executive_is_the_organization(extract: Extract) -> None:
    text = "Osmund Ruud (born 27 September 1947) is a Norwegian engineer and former CEO of Norges Statsbaner."
    row = _post(_careers(extract, text), "Chief Executive Officer")
    assert (row.person_name, row.organization_name) == ("Osmund Ruud", "Norges Statsbaner")


_CV = (
    "Mary Chileshe Banda\n\n"
    "CAREER\n"
    "1984–1987: Economist, Bank of Zambia, Lusaka\n"
    "1997-2001 Director of Research, Bank of Zambia, Lusaka\n"
    "Mar 2003 – Dec 2005: Alternate Executive Director, International Monetary Fund, Washington, D.C.\n"
    "Jan 2006 – Jan 2007: Director, Economic Management Department, Ministry of Finance, Lusaka\n"
    "Sep 2021 – present: Minister of Commerce, Trade and Industry\n\n"
    "APPOINTMENTS\n"
    "Visiting Fellow, National Bureau of Economic Research, Cambridge, Massachusetts, 1998–1999\n"
    "Research Assistant, Research Institute of the Finnish Economy (ETLA), Helsinki, 1983–1985\n\n"
    "DEGREES\n"
    "Member of the Scientific Advisory Board, Statistics Finland, since 2019\n"
    "Young Economist Prize of the Economics Association, 1995\n"
    "Member, Institution of Engineers, since 2008; elected Fellow in 2019\n"
)


def test_cv_lines_opening_with_a_date_keep_it_and_name_title_organization_and_place(extract: Extract) -> None:
    careers = _careers(extract, _CV)
    rows = {
        (r.position, r.organization_name if pd.notna(r.organization_name) else None, r.start_value)
        for r in careers.itertuples()
    }
    assert rows >= {
        ("Economist", "Bank of Zambia", "1984"),
        ("Director of Research", "Bank of Zambia", "1997"),
        ("Alternate Executive Director", "International Monetary Fund", "2003-03"),
        ("Director", "Economic Management Department, Ministry of Finance", "2006-01"),
        ("Minister of Commerce, Trade and Industry", None, "2021-09"),
        ("Visiting Fellow", "National Bureau of Economic Research", "1998"),
        ("Research Assistant", "Research Institute of the Finnish Economy (ETLA)", "1983"),
        ("Member of the Scientific Advisory Board", "Statistics Finland", "2019"),
    }
    assert _post(careers, "Alternate Executive Director").place_name == "Washington, D.C"
    assert _post(careers, "Visiting Fellow").place_name == "Cambridge, Massachusetts"
    # A prize named for an economist is no economist's post; a fellowship of no named body no seat.
    assert not {"Economist", "Fellow"} & set(
        careers[careers.start_value.isin(["1995", "2008", "2019"])].position
    )


def test_a_list_line_whose_date_is_set_off_by_blanks_keeps_its_organization(extract: Extract) -> None:
    text = (
        "Ramesh Ganpat Patil\n\nPOSITIONS HELD\n"
        "1985  Secretary, Satara District Congress Committee\n"
        "1998-99  Member, Committee on Agriculture\n"
        "2001\tChairman, Satara District Co-operative Bank\n"
    )
    careers = _careers(extract, text)
    rows = sorted(zip(careers.position, careers.organization_name, careers.start_value, strict=True))
    assert rows == [
        ("Chairman", "Satara District Co-operative Bank", "2001"),
        ("Member", "Committee on Agriculture", "1998"),
        ("Secretary", "Satara District Congress Committee", "1985"),
    ]


def test_territorial_and_judicial_titles_are_posts(extract: Extract) -> None:
    text = (
        "In January 2005 the government appointed Ion Popa prefect of Valparaiso. "
        "In 1920 Jan Kowalski became the voivode of Łódź. "
        "In 2019 Yusuf Bhana was appointed Chief Magistrate of Johannesburg."
    )
    careers = _careers(extract, text)
    rows = sorted(
        zip(careers.person_name, careers.position, careers.place_name, careers.start_value, strict=True)
    )
    assert rows == [
        ("Ion Popa", "Prefect", "Valparaiso", "2005-01"),
        ("Jan Kowalski", "Voivode", "Łódź", "1920"),
        ("Yusuf Bhana", "Chief Magistrate", "Johannesburg", "2019"),
    ]


def test_a_title_beside_a_name_keeps_whom_it_serves(extract: Extract) -> None:
    text = (
        "Mr. David Lwanga, Secretary to the Treasury, Ministry of Finance, signed the letter in 2010. "
        "The decision was announced by Karen Holt, Assistant to the President, on Monday."
    )
    careers = _careers(extract, text)
    assert dict(zip(careers.person_name, careers.position, strict=True)) == {
        "David Lwanga": "Secretary to the Treasury",
        "Karen Holt": "Assistant to the President",
    }


def test_sitting_on_a_named_body_is_a_seat_on_it_for_the_one_who_sat(extract: Extract) -> None:
    text = (
        "Born in Mallow, Brid Hart was the eldest daughter of Michael Hart, a creamery manager who sat "
        "on Cork County Council from 1967 to 1985. Ravi Kapur sat in the Rajya Sabha from 1990 to 1996. "
        "Anna Berg sat on the sofa in 2001."
    )
    careers = _careers(extract, text)
    rows = sorted(zip(careers.person_name, careers.position, careers.organization_name, strict=True))
    assert rows == [
        ("Michael Hart", "Member", "Cork County Council"),
        ("Ravi Kapur", "Member", "Rajya Sabha"),
    ]


def test_a_post_takes_the_place_its_organization_names(extract: Extract) -> None:
    text = (
        "Irena Horvatić was born in Osijek in 1961. From 1985 to 1990 she was chief engineer of the "
        "Osijek Cement Plant. In 1998 she was elected to the Mexico City Council. In 2003 she was "
        "appointed a judge of the Vinkovci County Court. From 2006 to 2009 she was first secretary "
        "at the Embassy of Croatia in Lisbon. In 2010 she was appointed a director of the Ministry "
        "of Finance."
    )
    careers = extract(text)["careers"]
    places = dict(zip(careers.position, careers.place_name.fillna("-"), strict=True))
    assert places["Chief Engineer"] == "Osijek"  # the text names Osijek as a place
    assert places["Member"] == "Mexico City"
    assert places["Judge"] == "Vinkovci County"
    assert places["First Secretary"] == "Lisbon"  # written after the embassy, not the country it serves
    assert places["Director"] == "-"  # a ministry "of Finance" names no place


def test_a_list_line_names_the_town_after_the_titles_organization(extract: Extract) -> None:
    text = "Ilse Brandauer\n\nCareer\n1990-1994 Deputy Director of the Steirer Energy Trust, Leoben.\n"
    row = extract(text)["careers"].iloc[0]
    assert (row.position, row.organization_name, row.place_name) == (
        "Deputy Director",
        "Steirer Energy Trust",
        "Leoben",
    )


def test_a_representatives_for_names_the_place_of_the_seat(extract: Extract) -> None:
    text = "Tomas Rivas was born in 1960. In 2009 he was elected a councillor for Leeds."
    row = extract(text)["careers"].iloc[0]
    assert (row.position, row.place_name, row.start_value) == ("Councillor", "Leeds", "2009")


def test_an_employer_hung_on_the_verb_is_the_posts_organization(extract: Extract) -> None:
    text = (
        "Farid Osmani was born in 1950. In 2004 Osmani was appointed special adviser at the "
        "Interior Ministry."
    )
    row = extract(text)["careers"].iloc[0]
    assert (row.position, row.organization_name, row.start_value) == (
        "Special Adviser",
        "Interior Ministry",
        "2004",
    )


def test_a_grade_of_an_order_of_merit_is_an_honour_not_a_post(extract: Extract) -> None:
    text = (
        "Anna Weber was born in 1950. In 1999 she was made a Commander of the Order of the British "
        "Empire. In 2005 she was appointed an Officer of the Legion of Honour."
    )
    tables = extract(text)
    assert tables["careers"].empty
    awards = tables["events"][tables["events"].event_type == "award"]
    assert sorted(awards.date_value) == ["1999", "2005"]


def test_a_hyphenated_title_before_a_name_keeps_both_its_parts(extract: Extract) -> None:
    text = "The vice-rector Ion Popa resigned in 2010. His deputy, vice-president Elena Rusu, was detained."
    careers = extract(text)["careers"]
    assert dict(zip(careers.person_name, careers.position, strict=True)) == {
        "Ion Popa": "Vice-Rector",
        "Elena Rusu": "Vice-President",
    }


def test_a_title_with_a_named_company_has_it_as_organization(extract: Extract) -> None:
    text = "John Hale was born in 1940. Hale began his career in 1962 as an engineer with Boeing."
    row = extract(text)["careers"].iloc[0]
    assert (row.position, row.organization_name, row.start_value) == ("Engineer", "Boeing", "1962")


def test_an_organization_keeps_its_possessive_and_its_spaces(extract: Extract) -> None:
    text = (
        "Karl Weber was born in 1950. He directed the Santa Lucia Children's Hospital until 1986. "
        "In 2004 he was appointed director of Kenya's National Water Authority. From 2010 to 2016 "
        "he was deputy chair of the Arbeiterwohlfahrt (AWO) district association."
    )
    careers = extract(text)["careers"]
    assert set(careers.organization_name) == {
        "Santa Lucia Children's Hospital",
        "National Water Authority",
        "Arbeiterwohlfahrt AWO district association",
    }


def test_one_post_held_under_two_titles_is_one_row(extract: Extract) -> None:
    """ "as President and Chief Executive Officer": one post with both titles, whose
    organization is the one led or named after the second title; "led X as Y" is the post
    Y at X, not a "Leader" of X."""
    text = (
        "Marta Helgadottir has led Fjordline Group as President and Chief Executive Officer since "
        "1 June 2019. Paul Rennick serves as Chairman and Chief Executive of Ardent Holdings."
    )
    careers = _careers(extract, text)
    rows = set(zip(careers.person_name, careers.position, careers.organization_name, strict=True))
    assert rows == {
        ("Marta Helgadottir", "President and Chief Executive Officer", "Fjordline Group"),
        ("Paul Rennick", "Chairman and Chief Executive", "Ardent Holdings"),
    }, rows
    assert _post(careers, "President and Chief Executive Officer").start_value == "2019-06-01"


def test_a_rarer_title_the_parser_tags_an_adjective_is_still_the_post(extract: Extract) -> None:
    """ "elected regent of X": the parser reads "regent" as an adjective; the post, and the
    territory it governs, are read as for a mayor."""
    text = "Wulan Prasetyo is an Indonesian politician. In June 2005 she was elected regent of Sleman."
    post = _post(_careers(extract, text), "Regent")
    assert (post.person_name, post.place_name, post.start_value) == ("Wulan Prasetyo", "Sleman", "2005-06")


def test_a_list_line_naming_someone_else_before_the_title_is_not_the_subjects_post(
    extract: Extract,
) -> None:
    """A CV's line "2005–2010 – Thomas Berger, Chief Engineer of X" tells of Thomas Berger:
    the subject the list is about does not take the post."""
    text = (
        "Paul Rennick is a British civil servant.\n\nCareer\n2001–2005 – Engineer, Leeds Water Board\n"
        "2005–2010 – Thomas Berger, Chief Engineer of the Leeds Water Board\n"
        "2010–2015 – Director, Yorkshire Rail\n"
    )
    careers = _careers(extract, text)
    his = careers[careers.person_name == "Paul Rennick"]
    assert set(his.position) == {"Engineer", "Director"}, careers[["person_name", "position"]]


def test_a_title_in_apposition_after_a_hyphenated_name_names_its_body(extract: Extract) -> None:
    """ "Kwame Owusu-Sekyere, the managing director of Sekyere Agro Inputs, a Kumasi-based firm":
    the parser hangs the title on a word inside the name; the title keeps "managing", and the
    body it names is the organization, not what the text says of it after a comma."""
    text = (
        "Maria Fink is a Ghanaian lawyer. The case was brought by Kwame Owusu-Sekyere, the managing "
        "director of Sekyere Agro Inputs, a Kumasi-based firm."
    )
    post = _post(_careers(extract, text), "Managing Director")
    assert (post.person_name, post.organization_name) == ("Kwame Owusu-Sekyere", "Sekyere Agro Inputs")


def test_a_body_named_before_a_title_is_the_posts_organization(extract: Extract) -> None:
    """ "Halvorsen Energi chairman Thomas Berger": the body's name before a title written in
    lower case is the organization, not part of the title; a portfolio before "minister" and
    a place before the title stay what they are."""
    text = (
        "Halvorsen chairman Thomas Berger met Norvik chief executive Clara Holt in Oslo. "
        "Agriculture minister Anna Weiss and Bergen mayor Paul Rennick joined them."
    )
    careers = _careers(extract, text)
    rows = {r.person_name: (r.position, r.organization_name) for r in careers.fillna("").itertuples()}
    assert rows["Thomas Berger"] == ("Chairman", "Halvorsen"), rows
    assert rows["Clara Holt"] == ("Chief Executive", "Norvik"), rows
    assert rows["Anna Weiss"][1] == "" and rows["Paul Rennick"][1] == "", rows


def test_a_bullets_dash_is_no_hyphen_of_the_title_after_it(extract: Extract) -> None:
    """ "- Deputy Chair: ...": the dash opening a list line is no part of the title the way
    "vice-director" joins its words."""
    text = (
        "Finance Committee\n\nComposition\n"
        "- Chair: Anna Weiss (Social Democrats), since 14.02.2020\n"
        "- Vice-director of the Kellner Institute, 2012–2016\n"
    )
    careers = _careers(extract, text)
    assert set(careers.position) == {"Chair", "Vice-Director"}, careers[["person_name", "position"]]


def test_the_person_a_verb_acts_on_holds_the_post_as_names(extract: Extract) -> None:
    """ "Paul Rennick brought me to headquarters in 1979 as his personal assistant": the post
    is the speaker's, not Rennick's; "relieving her of her duties as head of X" is hers."""
    text = (
        "Thomas Berger: Paul Rennick, the deputy director, brought me to headquarters in 1979 as "
        "his personal assistant.\n\n"
        "4. To appoint Anna Weiss first deputy mayor of the city of Halden, relieving her of her "
        "duties as head of the finance department of the city of Halden."
    )
    careers = _careers(extract, text)
    rows = {(r.person_name, r.position) for r in careers.itertuples()}
    assert ("Thomas Berger", "Assistant") in rows, rows
    assert ("Anna Weiss", "Head") in rows, rows
    assert not any(person == "Paul Rennick" and "Assistant" in post for person, post in rows), rows


def test_a_title_the_model_took_for_a_name_holds_no_post(extract: Extract) -> None:
    """ "Mrs. Clara Holt, Chief Librarian, who retires": "Librarian" is no one; "Pontificia
    Universidad Javeriana" (an institution's head word in Spanish) is no visiting scholar."""
    text = (
        "3. Mrs. Clara Holt, Chief Librarian, who retires on 31 December after twenty-eight years "
        "at the Central Library.\n\n"
        "Anna Weiss\n\nSpring 2008     Visiting Scholar, Pontificia Universidad Javeriana, Bogota\n"
    )
    tables = extract(text)
    people = set(tables["mentions"].query("label == 'PERSON'").text)
    assert not people & {"Librarian", "Pontificia Universidad Javeriana"}, people
    assert set(tables["careers"].person_name) <= {"Clara Holt", "Anna Weiss"}, tables["careers"]


def test_an_abbreviated_title_is_written_out_and_a_time_word_dropped(extract: Extract) -> None:
    """ "served as acting CFO since the previous CFO, Clara Holt, left": titles as the guidelines
    write them, "Chief Financial Officer"; "previous" says when, and is no word of the title."""
    text = (
        "Paul Rennick has served as acting CFO of Norvik Shipping since the previous CFO, Clara Holt, "
        "left the company in November 2024."
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert rows == {
        ("Paul Rennick", "Acting Chief Financial Officer"),
        ("Clara Holt", "Chief Financial Officer"),
    }, rows


def test_latin_words_of_a_title_are_no_one(extract: Extract) -> None:
    """ "To confer the title of Professor Emeritus on Dr. X", "the degree of Doctor Honoris
    Causa": the model's "persons" are words of the title, and receive no award."""
    text = (
        "FIRST. To confer the degree of Doctor Honoris Causa of the University of Halden on Professor "
        "Anna Weiss.\nSECOND. To confer the title of Professor Emeritus on Dr. Thomas Berger.\n"
    )
    tables = extract(text)
    people = set(tables["mentions"].query("label == 'PERSON'").text)
    assert not people & {"Honoris Causa", "Emeritus"}, people
    assert set(tables["events"].person_name) <= {"Anna Weiss", "Thomas Berger"}, tables["events"]


def test_a_post_after_a_relative_clause_on_the_object_is_not_the_subjects(extract: Extract) -> None:
    """ "I moved to Strasbourg to join my husband, who had been seconded there by X, as liaison
    officer": the parser hangs "as" on "join"; the post is not the speaker's."""
    text = (
        "Clara Holt: In March 2015 I moved with the children to Strasbourg to join my husband, who had "
        "been seconded there a year earlier by Romanian Waters, the national water authority, as liaison "
        "officer to the Upper Rhine Basin Secretariat."
    )
    careers = _careers(extract, text)
    assert "Clara Holt" not in set(careers.person_name), careers[["person_name", "position"]]


def test_a_roster_lists_holders_under_the_post_its_heading_names(extract: Extract) -> None:
    """A committee page: "Deputy Chairs" then a holder per line, with the line's date; a
    heading in the plural names each holder's post in the singular; "Former chairs" lines
    open with their period; prose ends the roster."""
    text = (
        "Finance Committee\n\nComposition\n"
        "Chair\n• Anna Weiss (Social Democrats), since 14.02.2020\n"
        "Deputy Chairs\n• Thomas Berger (Centre Party), since 10.04.2021\n"
        "• Tom Hardcastle (Greens), since 01.03.2022\n\n"
        "Former chairs\n• 2016–2020: Paul Rennick (Centre Party)\n\n"
        "About the chair\nAnna Weiss was born in 1971 in Graz and studied economics.\n"
    )
    rows = {(r.person_name, r.position, r.start_value) for r in _careers(extract, text).itertuples()}
    assert rows >= {
        ("Anna Weiss", "Chair", "2020-02-14"),
        ("Thomas Berger", "Deputy Chair", "2021-04-10"),
        ("Tom Hardcastle", "Deputy Chair", "2022-03-01"),
        ("Paul Rennick", "Chair", "2016"),
    }, rows


def test_a_signatures_title_with_no_entry_under_it_is_no_roster(extract: Extract) -> None:
    """ "MINISTER OF HEALTH" under a signature, then a date, a blank line and the next
    notice's "MAGISTRATES ACT, 1993": a blank line ends a roster, and an act is no holder."""
    text = (
        "I appoint Dr Anna Weiss to the Board with effect from 1 July 2019.\n\n"
        "DR THOMAS BERGER, MP\nMINISTER OF HEALTH\nDate: 04/06/2019\n\n"
        "DEPARTMENT OF JUSTICE\nNo. 835\n\nMAGISTRATES ACT, 1993 (ACT No. 90 OF 1993)\n"
    )
    tables = extract(text)
    assert "MAGISTRATES ACT" not in set(tables["mentions"].query("label == 'PERSON'").text)
    assert "roster" not in set(tables["careers"].rule), tables["careers"][["person_name", "position"]]


def test_titles_of_customs_and_diplomatic_service_are_posts(extract: Extract) -> None:
    """ "assistant superintendent", "chief appraiser", "trade attaché", "registrar": titles
    whose head words the post vocabulary (positions.toml heads) knows."""
    text = (
        "Thomas Berger joined the customs department as an assistant superintendent in 1971, and in "
        "1975 Paul Rennick was appointed Principal of the Halden Grammar School. "
        "In 1983 he went back to the port as chief appraiser. In 1990 Anna Weiss became registrar "
        "of the High Court."
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert rows >= {
        ("Thomas Berger", "Assistant Superintendent"),
        ("Thomas Berger", "Chief Appraiser"),
        ("Anna Weiss", "Registrar"),
        ("Paul Rennick", "Principal"),
    }, rows


def test_a_name_set_after_a_list_lines_title_is_its_holder(extract: Extract) -> None:
    """ "First Deputy Mayor: Thomas Berger (PSOE), since 21.06.2023" on the mayor's page is
    Berger's post, not the mayor's; so is "Councillor for Finance – Paul Rennick", dated or
    not; "Assistant to Anna Weiss" names no holder."""
    text = (
        "MAYOR\nAnna Weiss (PSOE) — since 17 June 2023\n\n"
        "DEPUTY MAYORS\nFirst Deputy Mayor: Thomas Berger (PSOE), since 21.06.2023\n\n"
        "DELEGATED COUNCILLORS\nCouncillor for Finance – Paul Rennick (PSOE)\n\n"
        "Anna Weiss was born in Halden in 1974.\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Thomas Berger", "First Deputy Mayor") in rows, rows
    assert ("Anna Weiss", "First Deputy Mayor") not in rows, rows
    assert any(person == "Paul Rennick" and post.startswith("Councillor") for person, post in rows), rows


def test_a_list_lines_holder_may_follow_an_honorific_and_holds_the_lines_later_posts(
    extract: Extract,
) -> None:
    """ "Minister of Tourism – Hon. Maria Keller (PSDM) – 27.10.2023" is Keller's post, not
    that of the president the page named first (whose own title is written beside her
    name); a second post on his line is Berger's too; "Chairperson : Dr. Ir. Anna
    Lindqvist" is Lindqvist's, the honorifics' full stops ending no sentence."""
    text = (
        "MEMBERS OF THE CABINET\n\n"
        "The President of the Republic, Mrs Julia Brandt, appointed the ministers on 24 October 2023.\n\n"
        "MINISTERS\n"
        "• Minister of Tourism – Hon. Maria Keller (PSDM) – 27.10.2023\n"
        "• Minister of Health – Hon. Dr Thomas Berger (MTR) – 27.10.2023; head of the cardiac unit "
        "of Victoria Hospital, 2011–2019\n\n"
        "WORKING GROUP\n"
        "Chairperson         : Dr. Ir. Anna Lindqvist, M.Si.\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Maria Keller", "Minister of Tourism") in rows, rows
    assert ("Thomas Berger", "Minister of Health") in rows, rows
    assert ("Thomas Berger", "Head") in rows, rows
    assert ("Anna Lindqvist", "Chairperson") in rows, rows
    # "The President of the Republic, Mrs Julia Brandt": her own title, and no minister's post
    assert {post for person, post in rows if person == "Julia Brandt"} == {"President"}, rows


def test_a_national_office_without_a_place_is_in_the_country_the_document_names_most(
    extract: Extract,
) -> None:
    """ "Minister of Tourism" on a page about Malta is Malta's; a post the text places
    keeps its place; a page naming two countries as often gives no country."""
    text = (
        "GOVERNMENT OF MALTA\n\n"
        "Maria Keller was appointed Minister of Tourism on 3 March 2020. "
        "She was Mayor of Valletta from 2012 to 2017 and studied at the University of Malta.\n"
    )
    careers = _careers(extract, text)
    assert _post(careers, "Minister of Tourism").place_name == "Malta"
    assert _post(careers, "Mayor").place_name == "Valletta"
    two = (
        "Thomas Berger was born in Austria and grew up in Italy. "
        "He was appointed Minister of Finance in 2019.\n"
    )
    assert pd.isna(_post(_careers(extract, two), "Minister of Finance").place_name)


def test_a_title_in_apposition_before_an_honorific_and_a_name_is_a_post(extract: Extract) -> None:
    """ "the Managing Director, Mr Paul Lind", "the Deputy Minister of Environment and Energy,
    Ms Maria Keller": the honorific sits between the title and the name; "An economist,
    Ms X" says what she is, not a post."""
    text = (
        "Anna Weiss was appointed on the proposal of the Managing Director, Mr Paul Lind, "
        "and of the Deputy Minister of Environment and Energy, Ms Maria Keller. "
        "An economist, Ms Julia Brandt was Deputy Governor of the Bank of Austria from 2007 to 2011."
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Paul Lind", "Managing Director") in rows, rows
    assert ("Maria Keller", "Deputy Minister of Environment and Energy") in rows, rows
    assert not any(position.lower() == "economist" for _, position in rows), rows


def test_a_title_before_a_name_the_model_did_not_tag_is_a_post(extract: Extract) -> None:
    """ "the Minister of Justice and Security, Joost Ravesteijn": the small model leaves the
    name untagged (the pipeline's own reading finds it); the title is still his."""
    text = "Anna Weiss was appointed by the Minister of Justice and Security, Joost Ravesteijn, in 2015."
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Joost Ravesteijn", "Minister of Justice and Security") in rows, rows


def test_being_elected_to_a_legislature_named_in_its_own_language_is_a_seat(extract: Extract) -> None:
    """ "elected to the Folketing", "elected to the Riigikogu": one list of the bodies whose
    members hold a seat (organizations.toml seat_bodies) serves every reader."""
    text = (
        "Anna Weiss was born in Esbjerg in 1961. She was first elected to the Folketing in November 2001.\n\n"
        "Thomas Berger is an Estonian economist. He was elected to the Riigikogu in March 2019."
    )
    careers = _careers(extract, text)
    seats = set(zip(careers.person_name, careers.position, careers.organization_name, strict=True))
    assert {("Anna Weiss", "Member", "Folketing"), ("Thomas Berger", "Member", "Riigikogu")} <= seats, seats


def test_a_cv_post_at_a_university_named_after_its_city_is_placed_there(extract: Extract) -> None:
    text = (
        "CURRICULUM VITAE\n\nAnna Weiss\n\nEMPLOYMENT\n"
        "2015–2018 Deputy Commander, Joint Operations Command, Skopje\n"
        "2018–2021 Professor of Economics, University of Jyväskylä\n"
    )
    careers = extract(text)["careers"]
    assert set(zip(careers.position, careers.place_name, strict=True)) == {
        ("Deputy Commander", "Skopje"),
        ("Professor of Economics", "Jyväskylä"),
    }


def test_the_predecessor_named_beside_a_post_held_it_until_then(extract: Extract) -> None:
    """ "appointed X, succeeding Y", "Z succeeded W as Chairperson": the one succeeded held the
    same post until the successor took it (end inferred, start unknown). A title beside the
    successor's name is not the post taken over, and neither is a post the successor
    took up in another clause."""
    text = (
        "Anna Weiss is a Swedish engineer. She joined the company in 2004 as Head of Treasury, and "
        "in March 2019 she was appointed Director of Water Quality at the Halden Water Company, "
        "succeeding Dr Eva Roth, who retired in February 2019. In 2021 Thomas Berger, Senior "
        "Independent Director since 2015, succeeded Karl Lind as Chairperson of the Board.\n"
    )
    careers = extract(text)["careers"]
    before = careers[careers.rule == "predecessor"]
    assert set(zip(before.person_name, before.position, before.end_value, strict=True)) == {
        ("Eva Roth", "Director of Water Quality", "2019-03"),
        ("Karl Lind", "Chairperson of the Board", "2021"),
    }, careers[["person_name", "position", "end_value", "rule"]]


def test_a_correspondent_is_a_post(extract: Extract) -> None:
    text = (
        "Delia Gallagher is an American journalist. She formerly served as CNN's Faith and Values "
        "Correspondent."
    )
    careers = extract(text)["careers"]
    assert set(zip(careers.person_name, careers.position, careers.organization_name, strict=True)) == {
        ("Delia Gallagher", "Faith and Values Correspondent", "CNN")
    }


def test_a_predecessor_holds_only_the_post_the_succession_names(extract: Extract) -> None:
    """ "succeeded X as head ... and was elected Mayor": X was head, not mayor; "appointed
    Director, succeeding X, and Chair of the Audit Committee": X was director only."""
    text = (
        "Anna Weiss is a Norwegian politician. She succeeded her father Karl Lind as head of the "
        "family firm in 1990 and was elected Mayor of Bergen in 1995. In March 2019 Eva Roth was "
        "appointed Director of Finance at the Halden Water Company, succeeding Thomas Berger, and "
        "Chair of the Audit Committee."
    )
    careers = extract(text)["careers"]
    before = careers[careers.rule == "predecessor"]
    assert set(zip(before.person_name, before.position, strict=True)) == {
        ("Karl Lind", "Head"),
        ("Thomas Berger", "Director of Finance"),
    }, before[["person_name", "position"]]


def test_a_capitalised_title_is_read_whole_when_the_parse_hangs_its_first_word(extract: Extract) -> None:
    """ "became Chief Executive Officer": the parse hangs "Chief" (a post's word) on "Officer"."""
    careers = extract("In 2001 Maria Keller became Chief Executive Officer of Nordhaf Bank.")["careers"]
    assert [p.split(" of ")[0] for p in careers.position] == ["Chief Executive Officer"]
    careers = extract("Thomas Berger was appointed Chief of Staff in 2004.")["careers"]
    assert list(careers.position) == ["Chief of Staff"]


def test_a_range_after_an_organisation_named_group_is_still_a_range(extract: Extract) -> None:
    """ "Group" numbers things ("Group 5"), but not a year after "from"."""
    tables = extract("Thomas Berger was the chief financial officer of Brimnes Group from 2003 to 2008.")
    assert list(tables["dates"].value) == ["2003/2008"]
    careers = tables["careers"]
    assert list(zip(careers.position, careers.start_value, careers.end_value, strict=True)) == [
        ("Chief Financial Officer", "2003", "2008")
    ]


def test_a_post_of_the_city_of_a_place_is_in_that_place(extract: Extract) -> None:
    """ "akim of the city of Temirtau", "mayor of the town of Moncton": the generic head
    (data/places.toml ``generic_heads``) is no organisation; the place its "of" names is the
    post's place. A post of "the city council" names no place."""
    text = (
        "1. To appoint Anna Weiss akim of the city of Temirtau. Thomas Berger was elected "
        "mayor of the town of Moncton in 1998. Maria Keller was appointed secretary of the "
        "city council in 2001."
    )
    careers = _careers(extract, text)
    places = {
        row.person_name: None if pd.isna(row.place_name) else row.place_name for row in careers.itertuples()
    }
    assert places == {"Anna Weiss": "Temirtau", "Thomas Berger": "Moncton", "Maria Keller": None}


def test_a_remit_after_for_belongs_to_more_titles(extract: Extract) -> None:
    """ "Vice-Dean for Research", "Regional Manager for Economic Development"
    (positions.toml ``for_heads``); an organisation after a comma is not part of the remit;
    a place, "for two years" and "for the company" are no remit."""
    text = (
        "Anna Weiss was Vice-Dean for Research from 2018. Thomas Berger served as Regional "
        "Manager for Economic Development, Regional Government of Cajamarca. Paul Lind was "
        "elected Member for Halifax in 2005. Karl Lind served as Councillor for two years. "
        "Julia Brandt was appointed Assistant for the company in 2001."
    )
    careers = _careers(extract, text)
    assert sorted(zip(careers.person_name, careers.position, strict=True)) == [
        ("Anna Weiss", "Vice-Dean for Research"),
        ("Julia Brandt", "Assistant"),
        ("Karl Lind", "Councillor"),
        ("Paul Lind", "Member"),
        ("Thomas Berger", "Regional Manager for Economic Development"),
    ]


def test_a_title_naming_its_body_with_the_before_a_name_in_apposition(extract: Extract) -> None:
    """ "the Chairman of the Regional Executive Committee, Valiantsin Haurylenka": a "the"
    after "of" is inside the title's phrase; the title itself never opens with "the"."""
    text = (
        "Anna Weiss was received by the Chairman of the Regional Executive Committee, Valiantsin "
        "Haurylenka, in 2015. The case was heard by the Chief Judge of the Bandung High Court, "
        "Rudolf Sinaga. She was appointed by order of the Director General, Thomas Berger."
    )
    careers = _careers(extract, text)
    rows = sorted(
        zip(careers.person_name, careers.position, careers.organization_name.fillna(""), strict=True)
    )
    assert rows == [
        ("Rudolf Sinaga", "Chief Judge", "Bandung High Court"),
        ("Thomas Berger", "Director General", ""),
        ("Valiantsin Haurylenka", "Chairman", "Regional Executive Committee"),
    ]


def test_a_name_right_after_a_group_noun_is_the_groups_not_a_holder(extract: Extract) -> None:
    """ "a member of the pop group McMaster & James": with no comma between, the name is
    the group's own, not someone holding the post."""
    text = "Rob James was a member of the pop group Thomas Berger from 1970 to 1975."
    careers = _careers(extract, text)
    assert "Thomas Berger" not in set(careers.person_name), careers[["person_name", "position"]]


def test_titles_the_review_found_read_wrongly(extract: Extract) -> None:
    """Found by review: "The daughter of the Mayor of Graz, A" may name the daughter, so
    A holds no post; "Councillor for Labour" is a party, not a remit; "Member for Thirty
    Years" a time."""
    text = (
        "The daughter of the Mayor of the City of Graz, Anna Weiss, married in 2010. Thomas "
        "Berger was Councillor for Labour from 2002 to 2006. Paul Lind served as Member for "
        "Thirty Years of the Board of Trustees."
    )
    careers = _careers(extract, text)
    assert sorted(zip(careers.person_name, careers.position, strict=True)) == [
        ("Paul Lind", "Member"),
        ("Thomas Berger", "Councillor"),
    ]


def test_a_name_the_model_missed_after_a_list_lines_title_is_its_holder(extract: Extract) -> None:
    """ "Second Deputy Mayor: Nadia Amrani (VxA)": the model labels the name ORG, yet a name
    set after a title by a colon, shown a person's by a bracket that holds what other
    people's hold (their party, "Anna Weiss (VxA)"), a known given name or an honorific
    ("mag. Petra Logar"), is the holder; the post never falls to the person named on the
    line before. Capitals alone after a title are no one ("Head of Unit – Human Resources")."""
    text = (
        "Town Council of Alcorzaya\n\n"
        "MEMBERS\nAnna Weiss (VxA)\n\n"
        "DEPUTY MAYORS\n"
        "First Deputy Mayor: Iván Crespo Lozano (PSOE), since 21.06.2023\n"
        "Second Deputy Mayor: Nadia Amrani (VxA), since 21.06.2023\n\n"
        "Secretariat\n"
        "• Secretary of the Committee: mag. Petra Logar (since 1 February 2016)\n"
        "• Head of Unit – Human Resources\n"
    )
    found = extract(text)
    rows = {(r.person_name, r.position) for r in found["careers"].itertuples()}
    assert ("Nadia Amrani", "Second Deputy Mayor") in rows, rows
    assert ("Iván Crespo Lozano", "Second Deputy Mayor") not in rows, rows
    assert ("Petra Logar", "Secretary") in rows, rows
    people = set(found["mentions"].query("label == 'PERSON'").text)
    assert "Human Resources" not in people, people


def test_a_list_line_that_opens_with_a_name_holds_that_persons_posts(extract: Extract) -> None:
    """ "Hon. Maria Keller (PSDM) – Deputy Prime Minister – 27.10.2023" is Keller's post, not
    the page's subject's; but "Jan–Apr 2015  Visiting Professor" is not Jan's (a month the
    model takes for a name), and in "Karl Lind (SPD), Chair, 2019–2023; Eva Roth (CDU),
    Deputy Chair" the deputy's post is not Lind's."""
    text = (
        "Julia Brandt\n\nJulia Brandt is the President of the Republic.\n\n"
        "CABINET\n"
        "Hon. Maria Keller (PSDM) – Deputy Prime Minister – 27.10.2023\n\n"
        "BOARD\n"
        "Karl Lind (SPD), Chair, 2019–2023; Eva Roth (CDU), Deputy Chair, 2019–2023\n\n"
        "TEACHING\n"
        "Jan–Apr 2015   Visiting Professor, Faculty of Law, National University of Singapore\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Maria Keller", "Deputy Prime Minister") in rows, rows
    assert ("Julia Brandt", "Deputy Prime Minister") not in rows, rows
    assert ("Karl Lind", "Deputy Chair") not in rows, rows
    assert not any(person == "Jan" for person, _ in rows), rows


def test_a_place_set_after_an_organization_by_a_dash_is_the_posts_place(extract: Extract) -> None:
    """ "director of the Water Supply Company – Varna": the branch's city after a dash, as
    after a comma or "in"."""
    text = "In 2020 Thomas Berger became director of the Water Supply Company – Varna."
    row = _post(_careers(extract, text), "Director")
    assert (row.organization_name, row.place_name) == ("Water Supply Company", "Varna")


def test_roster_headings_in_capitals_hyphenated_or_of_past_holders(extract: Extract) -> None:
    """ "VICE-CHAIRS" and "PREVIOUS CHAIRS" head rosters as "Deputy Chairs" and "Former
    chairs" do; a line that introduces the entries ("The Assembly then elected two
    Vice-Presidents:") keeps the roster open, and an entry may go on after its holder's
    bracket ("– Paul Rennick (Norland), 93 votes, replacing Eva Roth")."""
    text = (
        "Committee on Fisheries\n\n"
        "VICE-CHAIRS\n"
        "Thomas Berger (Greens, Halden Party) – Norland\n\n"
        "PREVIOUS CHAIRS\n"
        "2019–2024  Maria Keller (Renew, Norland)\n\n"
        "VICE-PRESIDENTS\n"
        "The Assembly then elected two Vice-Presidents:\n"
        "– Paul Rennick (Norland), 93 votes, replacing Eva Roth;\n"
        "– Julia Brandt (Sudland), 88 votes, re-elected.\n"
    )
    rows = {(r.person_name, r.position, r.start_value) for r in _careers(extract, text).itertuples()}
    assert ("Thomas Berger", "Vice-Chair") in {(p, t) for p, t, _ in rows}, rows
    assert ("Maria Keller", "Chair", "2019") in rows, rows
    assert {("Paul Rennick", "Vice-President"), ("Julia Brandt", "Vice-President")} <= {
        (p, t) for p, t, _ in rows
    }, rows


def test_a_line_under_a_roster_heading_told_in_prose_takes_no_date_of_its_own(extract: Extract) -> None:
    """Under "PRESIDENT", "Anna Weiss (Norland) was elected with 71 votes. She succeeds Paul
    Rennick, who had presided over the Assembly since October 2019.": a sentence, not an
    entry; Weiss is not President since 2019, Rennick's date."""
    text = (
        "Assembly Bureau elected\n\n"
        "PRESIDENT\n"
        "Anna Weiss (Norland) was elected in the second round with 71 votes. She succeeds Paul "
        "Rennick (Sudland), who had presided over the Assembly since October 2019.\n"
    )
    rows = _careers(extract, text)
    weiss = rows[(rows.person_name == "Anna Weiss") & (rows.start_value == "2019-10")]
    assert weiss.empty, rows[["person_name", "position", "start_value"]]


def test_a_list_lines_holder_after_an_honorific_the_parser_split_off(extract: Extract) -> None:
    """ "Minister of Lands and Agriculture — Hon. Thomas Berger (UDC) — 10th February 2025":
    the parser may end a sentence at "Hon."; the name on the rest of the line is still the
    holder's."""
    text = (
        "THE CABINET\n\nMINISTERS\n"
        "Minister of Health — Hon. Dr Anna Weiss (UDC) — 8th November 2024\n"
        "Minister of Justice and Correctional Services — Hon. Maria Keller (BCP) — 8th November 2024\n"
        "Minister of Lands and Agriculture — Hon. Thato Mmolai (UDC) — 10th February 2025\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, text).itertuples()}
    assert ("Thato Mmolai", "Minister of Lands and Agriculture") in rows, rows


def test_review_shapes_of_list_lines_that_name_no_other_holder(extract: Extract) -> None:
    """After a title and a colon, a firm with its city in brackets is the subject's employer,
    not a person ("Analyst: Goldman Sachs (London), 2003–2005"); a list of mourners gives
    no one the post of the person they are described by ("Eva Roth, a former aide to the
    Prime Minister", "Paul Rennick, the Minister's driver")."""
    cv = (
        "Daniel Mwangi\n\nDaniel Mwangi is a Kenyan banker.\n\n"
        "Analyst: Goldman Sachs (London), 2003–2005\n"
        "Director: Standard Chartered (Nairobi), 2010–2014\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, cv).itertuples()}
    assert ("Daniel Mwangi", "Analyst") in rows and ("Daniel Mwangi", "Director") in rows, rows
    mourners = (
        "Mourners included:\n"
        "Eva Roth, a former aide to the Prime Minister.\n"
        "Mary Smith, widow of the former Mayor of Varna.\n"
        "Paul Rennick, the Minister's driver.\n"
    )
    rows = {(r.person_name, r.position) for r in _careers(extract, mourners).itertuples()}
    assert (
        not {("Eva Roth", "Prime Minister"), ("Mary Smith", "Mayor"), ("Paul Rennick", "Minister")} & rows
    ), rows


def test_review_shapes_of_rosters_that_name_no_holder_of_the_heading(extract: Extract) -> None:
    """Under "PRESIDENT", a line telling of another candidate ("Eva Roth (Austria), who had
    also stood, received 40 votes") is no entry; "The vice-chairs are:" under "CHAIR" ends
    that roster; an entry's date is not its predecessor's ("replacing Maria Keller (Norland),
    who had served since 2019")."""
    text = (
        "Assembly Bureau\n\n"
        "PRESIDENT\n"
        "Anna Weiss (Hungary) was elected President in the second round with 71 votes.\n"
        "Eva Roth (Austria), who had also stood, received 40 votes.\n\n"
        "CHAIR\nJulia Brandt (EPP, Germany)\nThe vice-chairs are:\nPaul Rennick (S&D, Malta)\n\n"
        "VICE-PRESIDENTS\n"
        "The Assembly then elected two Vice-Presidents:\n"
        "– Karl Lind (Norland), 93 votes, replacing Maria Keller (Norland), who had served since 2019;\n"
        "– Thomas Berger (Sudland), 88 votes, re-elected.\n"
    )
    rows = {(r.person_name, r.position, r.start_value) for r in _careers(extract, text).itertuples()}
    people = {(p, t) for p, t, _ in rows}
    assert ("Eva Roth", "President") not in people and ("Paul Rennick", "Chair") not in people, rows
    assert ("Julia Brandt", "Chair") in people and ("Thomas Berger", "Vice-President") in people, rows
    assert not any(p == "Karl Lind" and s == "2019" for p, _, s in rows), rows
