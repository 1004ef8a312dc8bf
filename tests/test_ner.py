"""NER stage: spaCy entities become cleaned name mentions (sentences written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from pipeline.ids import make_id
from pipeline.ner.clean import CleanSpan, clean_span
from pipeline.ner.propagate import propagate
from pipeline.ner.recognize import family_names, recognize_entities
from pipeline.records import Mention
from tests.conftest import Extract


def _mentions(nlp: Language, text: str) -> list[Mention]:
    return recognize_entities(nlp(text), "doc_test")


def _texts(spans: list) -> list[str]:
    return [s.text for s in spans]


def test_possessives_are_removed() -> None:
    assert _texts(clean_span("Helena Brandt’s", 0, "PERSON")) == ["Helena Brandt"]
    assert _texts(clean_span("Helena Brandt's", 0, "PERSON")) == ["Helena Brandt"]
    assert _texts(clean_span("the Jensens’", 0, "PERSON")) == ["Jensens"]


def test_leading_article_is_removed_and_offsets_follow() -> None:
    (span,) = clean_span("the Republic of Moldova", 10, "GPE")
    assert (span.text, span.start, span.end) == ("Republic of Moldova", 14, 33)


def test_span_across_paragraph_break_is_cut() -> None:
    assert _texts(clean_span("Lisbon\n\nFindings", 0, "ORG")) == ["Lisbon", "Findings"]
    assert _texts(clean_span("Lisbon\n\n", 0, "ORG")) == ["Lisbon"]


def test_titles_move_to_role() -> None:
    (span,) = clean_span("Prime Minister Sofia Lindqvist", 0, "PERSON")
    assert (span.text, span.role, span.start) == ("Sofia Lindqvist", "Prime Minister", 15)
    assert clean_span("Dr. Helena Brandt", 0, "PERSON")[0].role == "Dr."
    assert clean_span("Mr Ole Lind", 0, "PERSON")[0].text == "Ole Lind"


def test_title_only_and_ambiguous_titles() -> None:
    assert clean_span("the Governor", 0, "PERSON") == []
    assert _texts(clean_span("General Dynamics", 0, "ORG")) == ["General Dynamics"]


def test_organisation_located_in_a_place_is_two_names() -> None:
    spans = clean_span("the Mining Institute in Tromsø", 0, "ORG")
    assert [(s.text, s.label) for s in spans] == [("Mining Institute", None), ("Tromsø", "GPE")]


def test_recognize_entities_cleans_and_sorts(nlp: Language) -> None:
    text = "President Tomas Varga met Mr. Ole Lind in Bergen. Varga thanked Lind's team."
    mentions = _mentions(nlp, text)
    assert [m.text for m in mentions] == ["Tomas Varga", "Ole Lind", "Bergen", "Varga", "Lind"]
    first = mentions[0]
    assert first.role == "President" and first.label == "PERSON"
    assert text[first.start_char : first.end_char] == "Tomas Varga"
    assert first.mention_id == make_id("mention", "doc_test", first.start_char, first.end_char)
    assert [m.sentence_index for m in mentions] == [0, 0, 0, 1, 1]
    assert all(m.cluster is None and m.entity_id is None for m in mentions)


def test_title_written_before_the_span_is_the_role(nlp: Language) -> None:
    mentions = _mentions(nlp, "The board thanked Prime Minister Sofia Lindqvist for her support.")
    person = next(m for m in mentions if m.text == "Sofia Lindqvist")
    assert person.role == "Prime Minister"


def test_no_dates_or_numbers(nlp: Language) -> None:
    mentions = _mentions(nlp, "In March 2004 three thousand people lived in Bergen.")
    assert [m.text for m in mentions] == ["Bergen"]


def test_missed_repeats_of_a_recognised_name_are_added(nlp: Language) -> None:
    text = "Helena Brandt founded the clinic in 1990. Years later Helena sold it to her partner."
    mentions = _mentions(nlp, text)
    assert "Helena" in [m.text for m in mentions]


def _found(text: str, *names: tuple[str, str]) -> list[tuple[CleanSpan, str]]:
    """(span, label) for the first occurrence of each name, as spaCy would find it."""
    found = []
    for name, label in names:
        start = text.index(name)
        found.append((CleanSpan(start, start + len(name), name), label))
    return found


def test_a_fuller_repeat_covers_a_part_spacy_found() -> None:
    text = "Omar Tashenov spoke first. The chair, Omar Tashenov, left."
    found = [(CleanSpan(0, 13, "Omar Tashenov"), "PERSON"), (CleanSpan(43, 51, "Tashenov"), "PERSON")]
    added = [(span.text, span.start) for span, _ in propagate(text, found)]
    assert added == [("Omar Tashenov", 38)]  # cluster_document then drops the inner "Tashenov"


def test_a_misspelt_repeat_of_a_long_name_is_found() -> None:
    text = "The report names Daniyar Kaliakparov. Daniyar Kaliakprov denied it. Daniel Kaliakparov did not."
    added = [span.text for span, _ in propagate(text, _found(text, ("Daniyar Kaliakparov", "PERSON")))]
    assert "Daniyar Kaliakprov" in added
    assert "Daniel Kaliakparov" not in added  # another given name is another person


def test_variant_spellings_keep_gender_marking_apart() -> None:
    text = "Pavel Sorokin arrived. Pavel Sorokina is not a name we expect."
    added = [span.text for span, _ in propagate(text, _found(text, ("Pavel Sorokin", "PERSON")))]
    assert "Pavel Sorokina" not in added


def test_a_name_after_a_title_is_still_a_repeat() -> None:
    text = "Daniyar Kaliakparov spoke. Later Minister Daniyar Kaliakparov resigned."
    added = [span.text for span, _ in propagate(text, _found(text, ("Daniyar Kaliakparov", "PERSON")))]
    assert added.count("Daniyar Kaliakparov") == 1


def test_heading_name_is_split_at_a_colon() -> None:
    assert _texts(clean_span("Anna Kowal: Biography", 0, "ORG")) == ["Anna Kowal", "Biography"]


def test_subject_of_a_person_verb_is_a_person(nlp: Language) -> None:
    mentions = _mentions(nlp, "In 1985, Pavel Orlov married Irina Sokolova in Kyiv.")
    labels = {m.text: m.label for m in mentions}
    assert labels["Pavel Orlov"] == "PERSON" and labels["Irina Sokolova"] == "PERSON"


def test_organisation_words_keep_a_subject_an_organisation(nlp: Language) -> None:
    mentions = _mentions(nlp, "In 2004 the weekly Baltic Herald named her Editor of the Year.")
    assert all(m.label != "PERSON" for m in mentions if "Herald" in m.text)


def test_a_person_a_copula_gives_a_trade_is_a_person(nlp: Language) -> None:
    # The small model misses these names or calls them something else.
    doc = nlp(
        "Silviu Ardeleanu-Moga was one of the engineers who walked out of the factory. "
        "Ileana Ardeleanu was a pharmacist at the hospital across the road."
    )
    people = {m.text for m in recognize_entities(doc, "d") if m.label == "PERSON"}
    assert {"Silviu Ardeleanu-Moga", "Ileana Ardeleanu"} <= people


def test_a_given_name_and_a_surname_the_model_called_something_else_are_a_person(nlp: Language) -> None:
    text = (
        "The album features Christina Aguilera and Bruce Springsteen. Louis Paulsen was a chess "
        "player. She later moved to Alice Springs and then to Victoria Station in London."
    )
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    for name in ("Christina Aguilera", "Bruce Springsteen", "Louis Paulsen"):
        assert labels.get(name) == "PERSON", labels
    # A given name opens many places' names: those stay places.
    assert labels.get("Alice Springs") != "PERSON" and labels.get("Victoria Station") != "PERSON"


def test_a_name_ending_in_the_family_name_of_a_named_person_is_a_person(nlp: Language) -> None:
    """The model tags "Corneliu Batcu" and "Fethi Zouari" ORG while it calls "Batcu" and
    "Zouari" people, and leaves "Asep Wiradikarta" untagged beside "Hendro Wiradikarta": a
    name that ends in the family name of a person the text names is a person. A place named
    that way stays a place, and a family name is read only from names that look like one."""
    texts = {
        "Corneliu Batcu": "Prosecutors in Lyon say that between 2016 and 2018 a call center in Tirana, "
        "Albania, run by Corneliu Batcu persuaded retirees to invest in a fake platform. In 2020 "
        "police arrested Batcu in Tbilisi.",
        "Fethi Zouari": "Amel Kchaou talks to Fethi Zouari, who spent thirty years at the Southern "
        "Phosphate Railway Company. Zouari was born in Gafsa in 1954.",
        "Asep Wiradikarta": "Brothers: Asep Wiradikarta (b. 1964), an engineer. Hendro Wiradikarta was "
        "born in 1960.",
    }
    for name, text in texts.items():
        labels = {m.text: m.label for m in _mentions(nlp, text)}
        assert labels.get(name) == "PERSON", labels
    # "Faculty of Law" and "Mech Inf Bn", which the model may tag PERSON, and the letters
    # after a name ("Xuereb MP") give no family name.
    families = family_names(
        ["Faculty of Law", "Mech Inf Bn", "Stefan Xuereb MP", "Hendro Wiradikarta", "Zouari"]
    )
    assert set(families) == {"Wiradikarta", "Zouari"}


def test_a_name_listed_among_people_is_a_person(nlp: Language) -> None:
    """The model tags one name of a list of people ORG; the list says it is a person's.
    A list of places keeps its places, and a company beside one person stays a company."""
    text = (
        "The quartet was founded in 1968 in Lille by Marc Delorme with Anne Vautrin, Claude Rossel, "
        "Christiane Valmont and Paul Mercier. The band was formed in Leeds by Tom Hardcastle with "
        "Ben Ashby, Sam Whitcombe, Carolina Dunmore and Joe Pickering. Later Anne Vautrin worked for "
        "Renault and Peugeot in Lyon, Lille and Paris."
    )
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    assert labels["Christiane Valmont"] == "PERSON" and labels["Carolina Dunmore"] == "PERSON", labels
    assert labels["Lyon"] == "GPE" and labels["Paris"] == "GPE"
    assert labels.get("Renault") != "PERSON" and labels.get("Peugeot") != "PERSON"


def test_a_title_or_honorific_before_a_name_the_model_misread_marks_a_person(nlp: Language) -> None:
    """ "Admiral X" tagged ORG, "Lord Y" and "General Z" with the name alone tagged GPE,
    "Security Advisor W" with the name tagged GPE: each title makes a person, kept as the role
    (an honorific written in full takes no dot). "General" inside an organisation's span is its name."""
    text = (
        "The convoy carrying Admiral Dufek landed at Bellingshausen in 1956. The treaty was signed by "
        "Lord Palmerston and the French envoy. The report went to the minister through then "
        "National Security Advisor James L. Jones. Later he worked for General Motors."
    )
    mentions = {m.text: m for m in _mentions(nlp, text)}
    assert (mentions["Dufek"].label, mentions["Dufek"].role) == ("PERSON", "Admiral")
    assert (mentions["Palmerston"].label, mentions["Palmerston"].role) == ("PERSON", "Lord")
    assert (mentions["James L. Jones"].label, mentions["James L. Jones"].role) == ("PERSON", "Advisor")
    assert mentions["General Motors"].label == "ORG"


def test_a_name_called_org_is_a_person_where_only_a_person_stands(extract: Extract) -> None:
    """The model tags these names ORG; being born, resigning, marrying or being someone's
    son says they are people. An organization's word or initials keep a name an ORG."""
    text = (
        "Ramagupta was born in Pataliputra in 1340. Anahí married Manuel Velasco in 2015. "
        "He was the son of Prince Yi Kang and Lady Kim. NATO resigned itself to the result."
    )
    tables = extract(text)
    mentions = tables["mentions"]
    labels = dict(zip(mentions.text, mentions.label, strict=True))
    assert labels["Ramagupta"] == labels["Anahí"] == labels["Prince Yi Kang"] == "PERSON"
    assert labels["NATO"] == "ORG"
    events = tables["events"]
    found = set(zip(events.event_type, events.person_name, events.date_value, strict=True))
    assert {("birth", "Ramagupta", "1340"), ("marriage", "Anahí", "2015")} <= found


def test_a_word_the_model_reads_as_a_people_elsewhere_is_no_person(extract: Extract) -> None:
    text = (
        "In Marneuli, the largest town of Georgia's ethnic Azerbaijani community, the Aliyev name is on "
        "shop signs. Aydin Aliyev was born in the village of Sadakhlo, a few kilometres from the "
        "Azerbaijani frontier. He said he would apply for Azerbaijani citizenship."
    )
    mentions = extract(text)["mentions"]
    assert set(mentions.query("text == 'Azerbaijani'").label) == {"NORP"}
    assert "Azerbaijani" not in set(mentions.query("label == 'PERSON'").text)  # the model said PERSON twice


def test_a_name_with_its_regnal_number_is_a_person(extract: Extract) -> None:
    text = (
        "The treaty was signed by King Haakon VII and by Frederick IX. Pope Leo XIII blessed it. "
        "After World War II the Grade II building was sold, and Party X won the vote."
    )
    mentions = extract(text)["mentions"]
    people = set(mentions.query("label == 'PERSON'").text)
    assert {"Haakon VII", "Frederick IX", "Leo XIII"} <= people
    assert not any(name.endswith(("War II", "Grade II", "Party X")) for name in people)


def test_the_portfolio_of_a_minister_is_no_organization(nlp: Language) -> None:
    text = "Interior Minister Clemente Varela met Finance Minister Ana Roldán and the Gazprom chairman."
    names = {(m.text, m.label) for m in _mentions(nlp, text)}
    assert ("Interior", "ORG") not in names and ("Finance", "ORG") not in names
    assert {"Clemente Varela", "Ana Roldán"} <= {text for text, _ in names}


def test_a_name_carrying_a_patronymic_is_a_person_whatever_the_model_says(nlp: Language) -> None:
    text = (
        "4. To appoint ISKAKOVA Saule Maratovna first deputy akim of the city of Temirtau.\n\n"
        "The first deputy akim of the oblast Marat Turlybekovich Seitkaliev signed it. East Greenwich voted."
    )
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    assert labels.get("ISKAKOVA Saule Maratovna") == "PERSON"
    assert labels.get("Marat Turlybekovich Seitkaliev") == "PERSON"
    assert labels.get("East Greenwich") != "PERSON"


def test_a_rosters_entries_open_with_names_whatever_the_model_says(extract: Extract) -> None:
    """Under a heading that names a post, each line opens with its holder's name: "• Vida
    Gorjanc (ZA)", "Marija Zorič (HGU; EPP/CD) – since ...", "• 2018–2022: Bojan Pleterski
    (DZS)"; the heading and a line of prose are no one."""
    text = (
        "Committee on Agriculture\n\nMembers\n• Vida Gorjanc (ZA)\n• Tjaša Slavnik (ZA)\n"
        "Substitutes\nMarija Zorič (HGU; EPP/CD) – since 15.09.2020\n\n"
        "Former chairs\n• 2018–2022: Bojan Pleterski (DZS)\n\n"
        "The Committee meets once a month in Ljubljana.\n"
    )
    tables = extract(text)
    people = set(tables["mentions"].query("label == 'PERSON'").text)
    assert people >= {"Vida Gorjanc", "Tjaša Slavnik", "Marija Zorič", "Bojan Pleterski"}, people
    rows = {(r.person_name, r.position) for r in tables["careers"].itertuples()}
    assert ("Marija Zorič", "Substitute") in rows and ("Bojan Pleterski", "Chair") in rows, rows


def test_a_name_beside_a_noun_only_a_person_is_is_a_persons(nlp: Language) -> None:
    """ "The Minister of State, Lord X," "born of X, the first wife of Y", "X, Chair of the
    Committee": a name in apposition to a post, a trade or a relative; not a portfolio in
    brackets, a CV line's month or a form's label before its colon."""
    text = (
        "The Minister of State for Fisheries, Lord Pembrake, advised that the visit be cancelled.\n"
        "Arvid was the son of Halstein, born of Sunnva, the first wife of King Halstein.\n"
        "Vesna Hrabal, Chair of the Committee on Finance, opened the session.\n"
        "She served as Secretary (West) until 2004.\n"
        "08/2005–2008   Counsellor, Permanent Mission to the UN, Geneva\n"
        "• Sep 2011 – present: Member of Parliament for Kasama Central\n"
        "Married, two children\n"
    )
    mentions = _mentions(nlp, text)
    labels = {m.text: m.label for m in mentions}
    assert ("Pembrake", "PERSON", "Lord") in {(m.text, m.label, m.role) for m in mentions}, labels
    assert labels.get("Sunnva") == "PERSON" and labels.get("Vesna Hrabal") == "PERSON", labels
    assert not {"West", "Sep", "Married"} & set(labels), labels
    assert labels.get("Permanent Mission") != "PERSON", labels  # a CV line's workplace


def test_the_name_after_a_place_s_post_is_a_person_not_the_place_s_body(nlp: Language) -> None:
    text = (
        "The memo is alleged to have been drafted at the behest of President of Pakistan Farid Ali Sheranzai."
    )
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    assert labels.get("Farid Ali Sheranzai") == "PERSON", labels


def test_where_one_is_born_or_moves_is_a_place_whatever_the_model_says(nlp: Language) -> None:
    text = (
        "Born on 9 October 1961 in Kostrovets, he moved to Dravnik in 1990 "
        "and worked at the Kostrovets Cement Plant."
    )
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    assert labels.get("Dravnik") == "GPE", labels
    assert labels.get("Kostrovets Cement Plant") == "ORG", labels


def test_a_first_line_in_capitals_is_a_person_only_when_the_text_names_them(nlp: Language) -> None:
    """ "SECOND ACTS" heads a column, "DRŽAVNI ZBOR" a parliament's page; "ANNA M. WEISS"
    heads her CV, and the text names her again."""
    column = "SECOND ACTS\n\nAmel Kchaou talks to Fethi Zouari, who ran the railway for five years.\n"
    assert "SECOND ACTS" not in {m.text for m in _mentions(nlp, column) if m.label == "PERSON"}
    cv = "ANNA M. WEISS\nAmstelveen, Netherlands\n\nPROFILE\nAnna Weiss is a logistics executive.\n"
    assert "ANNA M. WEISS" in {m.text for m in _mentions(nlp, cv) if m.label == "PERSON"}


def test_an_alliance_is_a_party_not_a_person(nlp: Language) -> None:
    text = "Sofie Kjeldsen\nChair of the Finance Committee · Liberal Alliance · North Zealand\n"
    labels = {m.text: m.label for m in _mentions(nlp, text)}
    assert labels.get("Liberal Alliance") != "PERSON", labels


def test_a_body_named_with_of_is_no_person(extract: Extract) -> None:
    """ "Visiting Professor, Faculty of Law, National University of Singapore": the model
    may call "Faculty of Law" a person; a name that opens with an organization's word and
    "of" is an organization's, so it holds no post."""
    text = (
        "Julia Brandt\n\nTEACHING\n"
        "Sep–Dec 2016   Visiting Professor, Faculty of Law, National University of Singapore\n"
        "Jan–Apr 2015   Visiting Professor, Faculty of Law, University of Tokyo\n"
    )
    found = extract(text)
    assert "Faculty of Law" not in set(found["mentions"].query("label == 'PERSON'").text)
    assert "Faculty of Law" not in set(found["careers"].person_name)


def test_a_body_after_a_title_word_stays_a_body(extract: Extract) -> None:
    """ "graduated from Chancellor College, University of Norland": "Chancellor" before it
    makes no person of a name with a body's word, so "Norland" ending it makes no person
    of "Parliament of Norland" either."""
    text = (
        "PARLIAMENT OF NORLAND\n\nPress release\n\n"
        "Anna Weiss graduated from Chancellor College, University of Norland, in 1994. "
        "She was elected Member of Parliament for Halden in 2014.\n\n"
        "Public Relations Department, Parliament of Norland\n"
    )
    people = set(extract(text)["mentions"].query("label == 'PERSON'").text)
    assert (
        not {"College, University of Norland", "Parliament of Norland", "PARLIAMENT OF NORLAND"} & people
    ), people


def test_the_right_honourable_is_a_courtesy_not_a_name(extract: Extract) -> None:
    """ "Rt. Hon. Maria Keller" and "Honourable Anna Weiss": the courtesy is the name's role;
    "Rt. Hon" alone is no one, so "She" after it is still Weiss."""
    text = (
        "The Assembly this morning elected Honourable Anna Weiss as Speaker. Hon. Weiss succeeds "
        "Rt. Hon. Maria Keller, who had presided over the House since June 2019. "
        "She was first elected to Parliament for Halden in May 2014."
    )
    found = extract(text)
    people = set(found["mentions"].query("label == 'PERSON'").text)
    assert not {"Rt. Hon", "Hon", "Rt"} & people, people
    elections = found["events"].query("event_type == 'election'")
    assert "Hon" not in set(elections.person_name), elections[["person_name", "date_value"]]
