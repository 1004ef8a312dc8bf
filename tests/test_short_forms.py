"""Short forms and descriptions: "USKOK", "PL", a turn's "FZ:", "the bank" are the names they
stand for (sentences written for these tests)."""

from __future__ import annotations

import pandas as pd

from pipeline.linking.short_forms import defined_abbreviations, short_forms
from tests.conftest import Extract


def _entity_of(tables: dict[str, pd.DataFrame], text: str) -> set[str]:
    mentions = tables["mentions"].merge(tables["entities"], on="entity_id")
    return set(mentions.loc[mentions.text == text, "canonical_name"])


def test_a_bracketed_abbreviation_is_the_organisation_wherever_written(extract: Extract) -> None:
    tables = extract(
        "Officers of the Office for the Suppression of Corruption and Organised Crime (USKOK) "
        "detained Anna Weiss at city hall on 11 March 2020. USKOK prosecutors indicted her in June 2020."
    )
    full = "Office for the Suppression of Corruption and Organised Crime"
    assert _entity_of(tables, "USKOK") == {full}
    assert len(tables["mentions"][tables["mentions"].text == "USKOK"]) == 2
    events = tables["events"].set_index("event_type")
    assert events.loc["charge", "organization_name"] == full  # written in full, not "USKOK"


def test_a_dashed_legend_defines_a_roster_abbreviation(extract: Extract) -> None:
    tables = extract(
        "Member | Hon. Thomas Berger MP | PL | since 14.06.2022\n"
        "Member | Hon. Maria Keller MP | PN | since 14.06.2022\n\n"
        "PL – Partit Laburista (Labour Party); PN – Partit Nazzjonalista (Nationalist Party)\n"
    )
    assert _entity_of(tables, "PL") == {"Partit Laburista"}
    assert _entity_of(tables, "PN") == {"Partit Nazzjonalista"}
    # a party the model took for a person is no one's name once the text abbreviates it
    assert set(tables["mentions"].loc[tables["mentions"].text == "Partit Laburista", "label"]) == {"ORG"}


def test_a_person_with_a_party_in_brackets_defines_no_abbreviation() -> None:
    text = "Hon. Deepak Bholah (MTR) was arrested. LONDON (Reuters) - The Lagos office (Nigeria) closed."
    names = [
        (text.index("Deepak"), text.index(" (MTR"), "Deepak Bholah", "PERSON"),
        (text.index("LONDON"), text.index(" (Reu"), "LONDON", "GPE"),
        (text.index("Lagos"), text.index(" (Nig"), "Lagos office", "ORG"),
    ]
    assert short_forms(text, names).stand_for() == {}


def test_an_organisation_word_or_the_initials_let_a_bracket_define() -> None:
    text = (
        "She joined the Social Democratic Party of Germany (SPD) and the United Arab Emirates (UAE) mission."
    )
    names = [
        (text.index("Social"), text.index(" (SPD"), "Social Democratic Party of Germany", "ORG"),
        (text.index("United"), text.index(" (UAE"), "United Arab Emirates", "GPE"),
    ]
    assert short_forms(text, names).abbreviations == {
        "SPD": "Social Democratic Party of Germany",
        "UAE": "United Arab Emirates",
    }


def test_defined_abbreviations_in_words_alone() -> None:
    assert defined_abbreviations("ZA – Green Alternative; Vecinos por Alcorzaya (VxA, 2 seats)") == {
        "ZA": "Green Alternative",
        "VxA": "Vecinos por Alcorzaya",
    }


def test_turn_labels_in_initials_are_the_speakers(extract: Extract) -> None:
    text = (
        "Amel Kchaou talks to Fethi Zouari, who ran the Southern Phosphate Railway Company from 2004. "
        "Zouari now teaches at the University of Sfax.\n\n"
        "AK: Where does a railwayman come from?\n"
        "FZ: From Métlaoui. I was born there on 2 November 1954.\n\n"
        "AK: And your wife?\n"
        "FZ: I married Leila in 1981.\n"
    )
    tables = extract(text)
    assert _entity_of(tables, "FZ") == {"Fethi Zouari"}
    assert _entity_of(tables, "AK") == {"Amel Kchaou"}
    births = tables["events"][tables["events"].event_type == "birth"]
    assert list(births.person_name) == ["Fethi Zouari"]


def test_initials_used_once_or_fitting_two_people_are_no_one() -> None:
    text = "Anna Klein and Arno Kraus met.\n\nAK: Hello.\nAK: Again.\nTB: Once.\n"
    names = [
        (0, 10, "Anna Klein", "PERSON"),
        (15, 25, "Arno Kraus", "PERSON"),
        (30, 42, "Thomas Berger", "PERSON"),
    ]
    assert short_forms(text, names).speakers == {}


def test_the_bank_is_the_bank_named_before(extract: Extract) -> None:
    tables = extract(
        "Anna Weiss joined Nordhaf Bank in Reykjavik in 1998. The bank made her head of risk in 2003, "
        "and she left for the Ministry of Finance in 2009. The ministry dismissed her in 2012."
    )
    assert _entity_of(tables, "The bank") == {"Nordhaf Bank"}
    assert _entity_of(tables, "The ministry") == {"Ministry of Finance"}
    dismissal = tables["events"][tables["events"].event_type == "dismissal"]
    assert list(dismissal.organization_name) == ["Ministry of Finance"]


def test_a_description_with_its_own_complement_or_nothing_before_is_left_alone(extract: Extract) -> None:
    tables = extract(
        "Thomas Berger joined Nordhaf Bank in 1999 and left the Ostrava Shipping Company. "
        "The bank of Scotland fined him in 2004. The company Brimnes Group hired him in 2010."
    )
    texts = set(tables["mentions"].text)
    assert "The bank" not in texts and "The company" not in texts


def test_a_bracket_abbreviating_a_title_ending_in_the_name_is_not_the_name_s() -> None:
    text = "She was a Member of the European Parliament (MEP) from 2014. Every MEP votes."
    start = text.index("European")
    names = [(start, start + len("European Parliament"), "European Parliament", "ORG")]
    assert short_forms(text, names).stand_for() == {}


def test_a_company_named_by_its_first_word_is_the_company(extract: Extract) -> None:
    tables = extract(
        "Thamesbridge Energy named Julia Brandt chief executive in 2019. Thamesbridge said profits "
        "rose. Brandt joined Thamesbridge in 2009."
    )
    assert _entity_of(tables, "Thamesbridge") == {"Thamesbridge Energy"}


def test_a_person_a_place_or_a_second_company_keeps_its_first_word(extract: Extract) -> None:
    """Inputs a second review built: a surname, a county, a club beside a group."""
    tables = extract(
        "Thomas Berger married Ford, a racing driver, in 1990. Ford died in 2005. Berger later "
        "chaired the Ford Motor Company.\n\nAnna Weiss was born in Yorkshire in 1950 and joined "
        "Yorkshire Bank in 1975. She died in Yorkshire in 2010.\n\nPaul Lind played for Brimnes FC. "
        "He joined Brimnes in 1988 and later worked for Brimnes Group."
    )
    assert _entity_of(tables, "Ford") <= {"Ford"}
    assert _entity_of(tables, "Yorkshire") <= {"Yorkshire"}
    assert _entity_of(tables, "Brimnes") <= {"Brimnes"}


def test_a_city_or_a_person_s_name_opening_an_organisation_is_not_its_short_name() -> None:
    text = "Maria Keller worked at Vilnius Bank and lived in Vilnius. Karl Brimnes founded Brimnes Group."
    names = [
        (text.index("Maria"), text.index(" worked"), "Maria Keller", "PERSON"),
        (text.index("Vilnius B"), text.index(" and"), "Vilnius Bank", "ORG"),
        (text.index("Vilnius."), text.index(". Karl"), "Vilnius", "GPE"),
        (text.index("Karl"), text.index(" founded"), "Karl Brimnes", "PERSON"),
        (text.index("Brimnes G"), len(text) - 1, "Brimnes Group", "ORG"),
        (text.index("Brimnes G"), text.index(" Group"), "Brimnes", "ORG"),
    ]
    assert short_forms(text, names).short_names == {}


# Inputs a review built against the first version of these rules.


def test_a_person_s_initials_define_no_abbreviation(extract: Extract) -> None:
    tables = extract(
        "Anna Weiss (AW) joined Nordhaf Bank in 2003. She was appointed Chief Executive Officer of "
        "Nordhaf Bank in 2008.\n\nPanel members:\nTB – Thomas Berger\n\n"
        "Thomas Berger was born in Bergen in 1950."
    )
    people = tables["mentions"][tables["mentions"].label == "PERSON"]
    assert {"Anna Weiss", "Thomas Berger"} <= set(people.text)
    assert "AW" not in set(tables["mentions"].text)
    assert _entity_of(tables, "TB") <= {"TB"}  # the model may tag it; no one's abbreviation
    assert set(tables["events"].person_name) == {"Anna Weiss", "Thomas Berger"}


def test_a_country_a_party_or_a_degree_in_brackets_is_no_abbreviation(extract: Extract) -> None:
    tables = extract(
        "Thomas Berger was born in 1960 in the UK. He worked for the Bank of England (UK) from 1990 "
        "to 1995.\n\nJulia Brandt joined the SPD in 1985. From 1990 to 1994 she sat on the Nordby "
        "City Council (SPD).\n\nMaria Keller\nEducation\nHarvard University (PhD), 1994\n"
    )
    for short in ("UK", "SPD", "PhD"):
        assert _entity_of(tables, short) <= {short}, short
    births = tables["events"][tables["events"].event_type == "birth"]
    assert list(births.place_name) == ["UK"]


def test_initials_labels_resolve_all_or_none() -> None:
    text = (
        "Oral history interview with Tove Bakke, Nordby, 2011. Interviewer: A. Wolf.\n\n"
        "AW: Where did you start working?\nTB: At the cannery. My first boss was Thomas Berger.\n"
        "AW: And later?\nTB: I married Paul Lind in 1970.\n"
    )
    names = [
        (text.index("Tove"), text.index(", Nordby"), "Tove Bakke", "PERSON"),
        (text.index("Thomas"), text.index(".\nAW: And"), "Thomas Berger", "PERSON"),
        (text.index("Paul"), text.index(" in 1970"), "Paul Lind", "PERSON"),
    ]
    assert short_forms(text, names).speakers == {}  # "AW" fits no one, "TB" two


def test_a_description_goes_to_nothing_when_another_name_stands_between(extract: Extract) -> None:
    tables = extract(
        "Paul Lind is a Norwegian footballer. He played for Nordby Football Club from 2001 to 2005 "
        "and then moved to Brimnes FC. The club released him in 2008.\n\n"
        "Karl Lind served in the Red Army from 1941 to 1945. After the war he emigrated to Israel, "
        "where he joined the army in 1950.\n\n"
        "Thomas Berger was an officer of the Nordby Police. In 2005 he was arrested by the police in "
        "Spain.\n\nJulia Brandt worked at the Federal Foreign Office from 1990 to 2004. In 2005 she "
        "was elected mayor of Nordby. She held the office until 2015."
    )
    described = tables["mentions"][tables["mentions"].text.str.lower().str.startswith("the ")]
    assert described.empty, described[["text", "entity_id"]]


def test_a_name_cut_short_is_read_whole_where_the_text_abbreviates_it(extract: Extract) -> None:
    tables = extract(
        "The Alliance is formed by the Mouvement Travailliste Rénové (MTR) and the Parti Social "
        "Démocrate Mauricien (PSDM). Marie-Claire Fanchette has been Leader of the PSDM since 2012.\n\n"
        "Thomas Berger was appointed Chief Executive Officer (CEO) of Nordhaf Bank in 2004. "
        "As CEO he cut costs."
    )
    assert _entity_of(tables, "PSDM") == {"Parti Social Démocrate Mauricien"}
    assert "Parti Social Démocrate" not in set(tables["mentions"].text)
    assert not {"CEO", "Chief Executive Officer"} & set(tables["mentions"].text)
