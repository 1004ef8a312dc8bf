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
