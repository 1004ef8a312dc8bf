"""Who a text is about and who each word refers to (pipeline/discourse), on sentences
written for these tests."""

from __future__ import annotations

import pandas as pd
from spacy.language import Language

from pipeline.discourse.people import People
from pipeline.discourse.subject import title_person
from pipeline.linking import cluster_document
from pipeline.ner.recognize import recognize_entities
from pipeline.parsed import remember_text
from pipeline.records import Mention
from tests.conftest import Extract


def _people(extract: Extract, text: str, table: str, *columns: str) -> list[tuple]:
    frame = extract(text)[table]
    return sorted(
        tuple("-" if pd.isna(row[c]) else str(row[c]) for c in columns) for _, row in frame.iterrows()
    )


def _events(extract: Extract, text: str) -> list[tuple]:
    """(type, person, date) of each event row."""
    return _people(extract, text, "events", "event_type", "person_name", "date_value")


def test_a_profiles_name_line_under_header_lines_names_its_subject(extract: Extract) -> None:
    # "Brigadier General X" on the fourth line, under a ministry's header lines, is whom the
    # biography is about, not the minister its lead names first; the "i" of
    # "Mazar-i-Sharif" is no first person that would make her the speaker of her own line.
    text = (
        "MINISTRY OF DEFENCE\nPublic Relations Office\n\nBIOGRAPHY\nBrigadier General Anna Weiss\n"
        "Deputy Commander, Joint Operations Command\n\nVienna, 6 March 2023\n\n"
        "By decree of the President of the Republic of 2 March 2023, issued on the proposal of the "
        "Minister of Defence, Ardit Berisha, Colonel Anna Weiss was promoted to the rank of Brigadier "
        "General.\n\n"
        "Weiss was born in Linz in 1972. In 2009 she was deployed to Mazar-i-Sharif, and in "
        "2012 she graduated from the Staff College in Vienna.\n"
    )
    events = _events(extract, text)
    assert ("birth", "Anna Weiss", "1972") in events, events
    assert ("degree", "Anna Weiss", "2012") in events or ("education", "Anna Weiss", "2012") in events, events
    assert not any(person == "Ardit Berisha" and date in {"1972", "2012"} for _, person, date in events), (
        events
    )


def test_a_forms_tab_separated_name_field_names_its_subject(extract: Extract) -> None:
    text = (
        "Europass\nCurriculum Vitae\n\nPersonal information\n"
        "Surname(s) / First name(s)\tKeller, Maria\n"
        "Address\t14 Olgas Avenue, Thessaloniki (Greece)\n\n"
        "Work experience\n"
        "Dates\t01/09/2010 – 31/08/2014\n"
        "Occupation or position held\tHead of the Water Quality Section\n\n"
        "Married since 2007 to Thomas Berger, engineer.\n"
    )
    events = _events(extract, text)
    assert ("marriage", "Maria Keller", "2007") in events, events


def test_a_mans_given_name_ending_in_a_is_his(extract: Extract) -> None:
    # "Kwabena": a man's name the -a guess would take for a woman's (names.toml).
    text = (
        "Maria Keller founded the laboratory in 2001. She hired Kwabena Mensah in 2010. "
        "He was born in Kumasi in 1975."
    )
    events = _events(extract, text)
    assert ("birth", "Kwabena Mensah", "1975") in events, events


def test_a_surname_alone_is_the_subject_the_title_names_not_his_father(extract: Extract) -> None:
    text = (
        "Tomas Rydberg\n\n"
        "Tomas Anders Rydberg is a Swedish diplomat. His father, Nils Rydberg, was a teacher.\n\n"
        "Career\n\n"
        "Rydberg joined the foreign service in 1975. In 1990 Rydberg was appointed Ambassador to Chile."
    )
    events = _events(extract, text)
    appointed = [person for kind, person, date in events if kind == "appointment" and date == "1990"]
    assert appointed and appointed[0].startswith("Tomas") and appointed[0].endswith("Rydberg")


def test_an_object_pronoun_is_not_its_own_clause_subject(extract: Extract) -> None:
    text = (
        "Sudhir Mehta is an Indian diplomat. He joined the foreign service in 1972. "
        "In June 1994 President Arvind Rao appointed him Ambassador to Poland."
    )
    events = _events(extract, text)
    assert ("appointment", "Sudhir Mehta", "1994-06") in events
    assert not any(person == "Arvind Rao" for _, person, _ in events)


def test_he_is_the_subject_of_a_biography_not_the_last_man_named(extract: Extract) -> None:
    text = (
        "Karel Dvorak (12 May 1911 – 3 June 1980) was a Czech engineer. He studied in Brno under "
        "Professor Emil Hora. He died in Prague."
    )
    deaths = _people(extract, text, "events", "event_type", "person_name", "place_name")
    assert ("death", "Karel Dvorak", "Prague") in deaths


def test_first_person_is_the_speaker_of_an_interview_and_no_one_when_unnamed(extract: Extract) -> None:
    named = (
        "Interview with Ana Morales\n\n"
        "Ana Morales has led the regional court since 2015. We asked her about her career.\n\n"
        "Q: How did you start?\n"
        "A: I was appointed a judge in 1995. My husband, Luis Ortega, was a lawyer."
    )
    events = _people(extract, named, "events", "event_type", "person_name", "date_value")
    assert ("appointment", "Ana Morales", "1995") in events
    unnamed = (
        "A witness speaks\n\n"
        "Q: What happened then?\n"
        "A: I was arrested in March 2001. They took me to the police station. I was released in May."
    )
    assert extract(unnamed)["events"].person_name.isna().all()


def test_first_person_in_a_labelled_turn_is_that_turns_speaker(extract: Extract) -> None:
    text = (
        "Talking Money, episode 4\n\n"
        "In this episode Anna Berglund talks to Karin Holm about her career.\n\n"
        "Karin Holm: Anna Berglund, welcome. You grew up in Lund?\n"
        "Anna Berglund: I was born there in 1969. My brother, Nils Berglund, was a teacher.\n\n"
        "Karin Holm: And then?\n"
        "Anna Berglund: We married in Malmö in 1995, and in 1997 I joined the Riksbank as an economist.\n"
    )
    events = _events(extract, text)
    assert ("birth", "Anna Berglund", "1969") in events
    assert ("appointment", "Anna Berglund", "1997") in events
    assert not [row for row in events if row[1] in {"Karin Holm", "Nils Berglund"}]


def test_he_in_a_labelled_turn_is_never_a_speaker_of_the_transcript(extract: Extract) -> None:
    text = (
        "Talking Money, episode 5\n\n"
        "In this episode Anna Berglund talks to Karl Holm about her family.\n\n"
        "Karl Holm: Anna Berglund, welcome.\n"
        "Anna Berglund: My father, Nils Berglund, was a headmaster in Lund.\n\n"
        "Karl Holm: And then came June 1981.\n"
        "Anna Berglund: Yes. The police arrested him at home on 22 June 1981. He was released in May 1982.\n"
    )
    events = _events(extract, text)
    assert ("arrest", "Nils Berglund", "1981-06-22") in events
    assert ("release", "Nils Berglund", "1982-05") in events
    assert not [row for row in events if row[1] == "Karl Holm"]


def test_an_object_pronoun_passes_its_person_to_the_next_sentence(extract: Extract) -> None:
    text = (
        "A: In 2004 the government appointed me director of the institute. My husband, Pekka Salo, "
        "stayed behind in Rovaniemi for a year to finish his contract.\n\n"
        "A: My deputy, Jari Lindholm, had given laboratory contracts to a company owned by a friend. "
        "The police detained him in Helsinki on 3 June 2008. "
        "In 2010 the Helsinki District Court convicted him of aggravated fraud."
    )
    events = _events(extract, text)
    assert ("conviction", "Jari Lindholm", "2010") in events
    assert not [row for row in events if row[0] == "conviction" and row[1] != "Jari Lindholm"]


def test_we_moved_is_a_move_of_the_speaker(extract: Extract) -> None:
    text = (
        "Talking Money, episode 6\n\n"
        "Karl Holm: You left Sweden for a while.\n"
        "Anna Berglund: In 2003 my husband was posted to Brussels, and that September we moved there.\n"
    )
    events = _events(extract, text)
    assert ("relocation", "Anna Berglund", "2003-09") in events
    assert not [row for row in events if row[0] == "relocation" and row[1] != "Anna Berglund"]


def test_his_event_in_the_object_of_a_bystander_verb_is_not_the_subjects(extract: Extract) -> None:
    text = (
        "Police detained the mayor, Dragan Vukas, on 11 March 2020. "
        "On 9 June 2020 Judge Marko Horvat ordered his release."
    )
    events = _events(extract, text)
    assert ("release", "Dragan Vukas", "2020-06-09") in events
    assert not [row for row in events if row[1] == "Marko Horvat"]


def test_a_quotation_speaks_for_whoever_said_it(extract: Extract) -> None:
    text = (
        'BERLIN, 3 March 2019 – Minister Heike Brandt resigned on Monday. "I was appointed in 2015 '
        'and I have done my work," Heike Brandt told reporters.'
    )
    events = _events(extract, text)
    assert ("appointment", "Heike Brandt", "2015") in events


def test_names_where_places_go_are_places_and_award_names_are_no_people(extract: Extract) -> None:
    text = (
        "Feliks Brzozowiecki moved to Łódź in 1909. He died in Łódź in 1954. "
        "In 2012 she received the Kenya Rural Roads Performance Awards."
    )
    mentions = extract(text)["mentions"].set_index("text")["label"].to_dict()
    assert mentions["Łódź"] == "GPE"
    assert mentions.get("Kenya Rural Roads Performance Awards", "ORG") != "PERSON"


def test_news_people_by_their_first_surname_and_hyphenated_names(extract: Extract) -> None:
    # Spanish double surnames are shortened to the first; a hyphenated surname is one word,
    # and a place before a comma is not part of the name after it.
    text = (
        "LIMA, 4 June 2021 (Reuters) - The regional governor of Cusco, Hernán Quispe Mamani, "
        "resigned on Thursday, the ministry said.\n\n"
        "Born in Sicuani, Quispe studied law in Arequipa. He was elected mayor of Urubamba in 2010.\n\n"
        "His deputy, Rosa Ampuero-Tello, was arrested in Lima on Tuesday. Ampuero-Tello was "
        "charged the next day."
    )
    events = _events(extract, text)
    assert ("resignation", "Hernán Quispe Mamani", "2021-06-03") in events
    assert ("birth", "Hernán Quispe Mamani", "-") in events
    assert ("election", "Hernán Quispe Mamani", "2010") in events
    assert ("arrest", "Rosa Ampuero-Tello", "2021-06-01") in events
    assert not any("Sicuani" in person for _, person, _ in events)


def test_a_pronoun_reported_by_a_speaker_is_the_speaker(extract: Extract) -> None:
    text = (
        "Minister Lars Holm resigned in March 2015. Senator Tomas Berglund, who chairs the "
        "committee, said he was appointed to the board in 2012."
    )
    events = _events(extract, text)
    assert ("appointment", "Tomas Berglund", "2012") in events
    assert not any(person == "Lars Holm" and kind == "appointment" for kind, person, _ in events)


def test_someone_elses_event_named_by_a_bare_noun_is_not_the_subjects(extract: Extract) -> None:
    text = (
        "Prime Minister Aino Virtanen accepted the resignation on Monday. The ministry confirmed "
        "the arrest in May 2019. Two days after the arrest of his brother, Mikko Salo resigned."
    )
    events = _people(extract, text, "events", "event_type", "person_name")
    assert ("resignation", "Aino Virtanen") not in events
    assert ("arrest", "Mikko Salo") not in events
    assert ("resignation", "Mikko Salo") in events


def test_in_the_speakers_own_voice_he_is_someone_else(extract: Extract) -> None:
    # An interview: "I" is the subject; "he" in the same answer is the deputy just named,
    # though his given name tells no gender and an earlier man is known to be male.
    text = (
        "An interview with Radu Petrescu-Vlad\n\n"
        "Radu Petrescu-Vlad was one of the engineers who founded the union. He later became a mayor.\n\n"
        "Q: Where were you born?\n"
        "A: In Arad, on 2 May 1950. My father, John Petrescu, was a teacher.\n\n"
        "Q: And after politics?\n"
        "A: I was elected mayor in 1996. My deputy, Sorin Lupescu, succeeded me in 2004. "
        "In 2011 he was arrested in Arad."
    )
    events = _events(extract, text)
    assert ("election", "Radu Petrescu-Vlad", "1996") in events
    assert ("arrest", "Sorin Lupescu", "2011") in events
    assert not any(kind == "arrest" and person != "Sorin Lupescu" for kind, person, _ in events)


def test_a_paragraph_that_introduces_someone_else_moves_the_topic(extract: Extract) -> None:
    text = (
        "Kofi Mensah Boateng was a Ghanaian judge. He was born in Kumasi in 1921.\n\n"
        "Akosua Darko was a Ghanaian chemist. She moved to Accra in 1960, where she was "
        "appointed head of the national laboratory in 1965. She died in Accra in 1990.\n\n"
        "Yaw Asante Owusu was a Ghanaian surveyor. He moved to Tamale, where he died in 1975."
    )
    events = _events(extract, text)
    assert ("death", "Akosua Darko", "1990") in events
    assert ("death", "Yaw Asante Owusu", "1975") in events
    assert not any(person == "Kofi Mensah Boateng" and kind == "death" for kind, person, _ in events)


def test_he_after_a_sentence_without_a_person_subject_may_be_the_one_it_acted_on(extract: Extract) -> None:
    text = (
        "Alistair Brennan, the chief executive of Harwell Energy, resigned on Tuesday. "
        "Hours earlier, officers had arrested a former gas trader, Callum Reddish, at his home. "
        "He was later released under investigation."
    )
    released = [
        person
        for kind, person in _people(extract, text, "events", "event_type", "person_name")
        if kind == "release"
    ]
    assert "Alistair Brennan" not in released  # the man arrested is as likely as the topic


def test_a_register_entry_headed_surname_first_is_about_that_person_not_his_father(extract: Extract) -> None:
    text = (
        "STATE COUNCIL\nMembers Register\n\nKulkarni, Shri Mohan Damodar\n\n"
        "Constituency : Satara\nFather's Name : Shri Damodar Kulkarni\n"
        "Date of Birth : 3 Mar 1961\n\nPositions Held\n"
        "1995-2000  Member, District Board, Satara\n"
        "2001  Elected to 9th State Council\n"
        "2006-09  Chairperson, Committee on Petitions\n"
    )
    tables = extract(text)
    careers = tables["careers"]
    assert set(careers.person_name) == {"Mohan Damodar Kulkarni"}, careers[["person_name", "position"]]
    assert "Chairperson" in set(careers.position)
    people = set(tables["entities"].query("entity_type == 'PERSON'").canonical_name)
    assert "State Council" not in people  # "the 9th State Council" is counted: a body


def test_in_a_speakers_turn_he_is_the_man_just_named_and_stays_him(extract: Extract) -> None:
    """A turn labelled with its speaker's name is told in his voice: "he" there is someone
    else, here the man the verbless answer names, and each "he" after it the same man."""
    text = (
        "Nguyen Van Duc (born 1948) built ships in Haiphong for thirty years. Le Mai interviewed him.\n\n"
        "Mai: Who ran the yard after you?\n"
        "Duc: Tran Quoc Bao, yes. He was a good engineer. He ran the yard from 2001 until he was "
        "dismissed in 2010. He was arrested in May 2012, and two years later a court sentenced him "
        "to eight years. He was released in 2019 because of his health.\n"
    )
    events = _people(extract, text, "events", "event_type", "person_name")
    for kind in ("dismissal", "arrest", "conviction", "release"):
        assert (kind, "Tran Quoc Bao") in events, kind
    assert not any(person.startswith("Nguyen") for kind, person in events if kind != "birth")


def test_a_pronoun_below_the_main_clause_refers_to_its_subject(nlp: Language) -> None:
    """ "he" in a relative clause is the main clause's subject before the text's topic."""
    doc = nlp(
        "Viktor Ek (born 1950) is a Swedish mayor. The police questioned Ek in 2004. Erik Hansen "
        "would later instruct his protégé Karl Holm, the start of whose career he secured, to close the case."
    )
    people = People(doc, cluster_document(doc, recognize_entities(doc, "d")))
    he = next(t for t in doc if t.lower_ == "he")
    resolved = people.resolve(he)
    assert resolved is not None and resolved.text == "Erik Hansen"


def test_a_cv_name_line_with_titles_and_letters_names_its_subject(extract: Extract) -> None:
    text = (
        "REPUBLIC OF KALMORIA\nMINISTRY OF TRADE\n\nOFFICIAL BIOGRAPHY\n\n"
        "Hon. Dr. Grace Mwila Banda, MP\nMinister of Trade\n\n"
        "EDUCATION\n1980–1984: University of Lusaka – Bachelor of Arts (Economics)\n"
        "1988: Master of Science in Economics, University of Manchester\n"
    )
    events = extract(text)["events"]
    degrees = events[events.event_type == "degree"]
    assert set(zip(degrees.person_name, degrees.date_value, strict=True)) >= {("Grace Mwila Banda", "1988")}


def test_a_bio_data_sheet_headed_by_a_surname_in_capitals_is_about_that_person(extract: Extract) -> None:
    """A sheet's title ("BIOGRAPHICAL INFORMATION") is nobody; the line naming the person
    surname first in capitals, with no comma, is the person; a line that a kinship label
    opens ("Sons: ...") tells of a relative, whose post is not the subject's."""
    text = (
        "BIOGRAPHICAL INFORMATION\n\nKOVALCHUK Taras Mykolayovych\nHead of the Region\n\n"
        "Born: 12.04.1965, Uman.\n\nEmployment history:\n"
        "09.1988 – 02.1994 — engineer, Uman Brick Works;\n"
        "02.1994 – 11.2003 — director of the Uman Brick Works;\n"
        "since 12.2003 — head of the Uman District Administration.\n\n"
        "Marital status: married. Sons: Andrii (b. 1990), an engineer at the Cherkasy Tram Depot.\n"
    )
    tables = extract(text)
    people = set(tables["entities"].query("entity_type == 'PERSON'").canonical_name)
    assert "Biographical Information" not in people and "BIOGRAPHICAL INFORMATION" not in people
    careers = tables["careers"]
    assert set(careers.person_name) == {"Taras Mykolayovych Kovalchuk"}, careers[["person_name", "position"]]
    director = careers.query("position == 'Director'").iloc[0]
    assert (director.start_value, director.end_value) == ("1994-02", "2003-11")
    assert "Cherkasy Tram Depot" not in set(careers.organization_name.dropna())


def test_a_register_entry_named_surname_first_over_its_lifespan_is_about_that_person(
    extract: Extract,
) -> None:
    """A senate register heads an entry with the name alone, surname first in capitals, and
    the lifespan on the line below; the given name is no known one, but the bracket shows a
    person. The entry's verbless lines are that person's."""
    text = (
        "SENATE OF THE REPUBLIC · HISTORICAL ARCHIVE\nRegister of Senators\n\n"
        "BRANDSTETTNER Wendelin\n(Linz, 3 May 1920 – Graz, 9 January 1999)\n\n"
        "BIOGRAPHICAL NOTE\nGraduated in law from the University of Vienna in 1945. "
        "Mayor of Wels from 1950 to 1955. He was a friend of Thomas Berger.\n"
    )
    tables = extract(text)
    careers = tables["careers"]
    assert set(zip(careers.person_name, careers.position, careers.start_value, strict=True)) == {
        ("Wendelin Brandstettner", "Mayor", "1950")
    }, careers[["person_name", "position"]]
    events = _events(extract, text)
    assert ("birth", "Wendelin Brandstettner", "1920-05-03") in events, events


def test_a_column_the_model_calls_a_person_with_the_is_no_one(extract: Extract) -> None:
    """ "SUNDAY LEDGER | The Long Interview | ...": a "person" the model names with "the" is a
    column, a band or a body, not the interview's subject; "I" is the interviewee."""
    text = (
        "SUNDAY LEDGER | The Long Interview | 19 September 2021\n\n"
        "Thomas Berger, 74, ran the Excise Department from 2001. Anna Weiss spoke to him.\n\n"
        "Q: You are a Halden man.\nA: I was born there in 1947. I joined the department in 1971.\n"
    )
    tables = extract(text)
    assert "Long Interview" not in set(tables["mentions"].query("label == 'PERSON'").text)
    events = _events(extract, text)
    assert ("birth", "Thomas Berger", "1947") in events, events


def test_a_man_the_text_calls_a_man_is_him_whatever_his_given_name_ends_with(extract: Extract) -> None:
    """ "Priyantha X was deputy director, a brilliant man": the noun says his gender, which
    the -a of his given name would have guessed wrong; "him" is him, not the man before."""
    text = (
        "Anna Weiss is a retired customs officer. Her predecessor, Paul Rennick, resigned on 18 May 2001. "
        "Priyantha Jayasena was deputy director from 2002, a brilliant man. "
        "On 18 April 2005 officers arrested him at the airport."
    )
    events = _events(extract, text)
    assert ("arrest", "Priyantha Jayasena", "2005-04-18") in events, events


def test_a_title_shortening_the_subjects_name_means_the_name_the_story_writes_in_full(
    extract: Extract,
) -> None:
    """ "Lucía Ferrer: ..." over a story about "Lucía Ferrer Gómez": the interview's
    "I" is the woman named in full, not a second person named by the title."""
    text = (
        "Lucía Ferrer: “A prosecutor never forgets a face”\n\n"
        "MADRID, 3 May 2021 — Lucía Ferrer Gómez spent ten years as a judge in Bilbao.\n\n"
        "Q: Where did you grow up?\n"
        "A: I was born in Bilbao in 1961. I was appointed a prosecutor in 1992."
    )
    events = _events(extract, text)
    assert ("birth", "Lucía Ferrer Gómez", "1961") in events, events
    assert ("appointment", "Lucía Ferrer Gómez", "1992") in events, events


def test_a_title_naming_a_family_is_not_shortening_a_firms_name(nlp: Language) -> None:
    """ "the Varga dynasty" over "Varga Holdings": one word is a family's name, not a person's
    name shortened; two words ("Lucía Ferrer") are."""
    text = "Varga: a dynasty\n\nVarga Holdings was founded by Tamas Varga. Lucía Ferrer Gómez spoke."

    def mention(name: str) -> Mention:
        start = text.index(name, 1)
        return Mention(name, "d1", name, "PERSON", start, start + len(name), 0)

    title = Mention("t", "d1", "Varga", "PERSON", 0, 5, 0)
    persons = [title, mention("Varga Holdings"), mention("Tamas Varga")]
    assert title_person(nlp(text), persons) == title
    shortened = "Lucía Ferrer: a prosecutor\n\n" + text[len("Varga: a dynasty\n\n") :]
    title = Mention("t", "d1", "Lucía Ferrer", "PERSON", 0, 12, 0)
    start = shortened.index("Lucía Ferrer Gómez")
    full = Mention("f", "d1", "Lucía Ferrer Gómez", "PERSON", start, start + 18, 1)
    assert title_person(nlp(shortened), [title, full]) == full


def test_a_transcripts_turns_in_capitals_are_their_speakers(extract: Extract) -> None:
    """ "PAUL RENNICK (moderator): ..." and "THOMAS BERGER: ...", then "BERGER: ...": each
    turn's "I" is the person its label names, however the model reads capitals."""
    text = (
        "FORUM ON JUSTICE 2023\nTranscript\n\n"
        "PAUL RENNICK (moderator): Good afternoon. I chaired the bar council until 2019.\n\n"
        "THOMAS BERGER: Thank you, Paul. I was appointed a judge in 1995.\n\n"
        "RENNICK: And then?\n\n"
        "BERGER: I retired in 2010.\n\n"
        "HOST: Thank you both.\n"
    )
    events = _events(extract, text)
    assert ("appointment", "Thomas Berger", "1995") in events, events
    assert ("retirement", "Thomas Berger", "2010") in events, events


def test_a_name_headings_subtitle_stays_in_that_persons_section(nlp: Language) -> None:
    """ "Thomas Weiss\nSecond Deputy Speaker · Denmark Democrats": the line under a name
    heading is its subtitle, so the text below is about Thomas Weiss, not about the page's
    subject, whose surname he shares."""
    text = (
        "THE PRESIDIUM\n\n"
        "Anna Weiss\nSpeaker · Social Democrats · South Jutland\n"
        "Anna Weiss was born in Esbjerg in 1961. She was first elected to the Folketing in 2001.\n\n"
        "Thomas Weiss\nSecond Deputy Speaker · Denmark Democrats · Zealand\n"
        "He was a police officer in Slagelse for eighteen years.\n"
    )
    doc = nlp(text)
    people = People(doc, cluster_document(doc, recognize_entities(doc, "d1")))
    topic = people.topic_at(text.index("He was a police officer"))
    assert topic is not None and topic.text == "Thomas Weiss", topic


def test_a_turn_labelled_with_a_surname_in_capitals_is_that_persons(extract: Extract) -> None:
    """ "BERGER: I was born ...", "KELLER: I was born ..." after an introduction naming
    both: each turn's "I" is the person its surname names."""
    text = (
        "THE DOCKET | Conversations\n\n"
        "Thomas Berger and Maria Keller sat on the Supreme Court in Brno for thirteen years. "
        "The Docket (TD) met them in Brno.\n\n"
        "TD: Where do you come from?\n"
        "BERGER: I was born above my grandfather’s bakery in Třebíč on 12 May 1949.\n"
        "KELLER: I was born in Jihlava on 3 June 1952.\n"
    )
    events = _events(extract, text)
    assert ("birth", "Thomas Berger", "1949-05-12") in events, events
    assert ("birth", "Maria Keller", "1952-06-03") in events, events


def test_a_features_masthead_and_byline_do_not_hide_whom_it_is_about(nlp: Language) -> None:
    """A masthead, a date line, a headline and a byline ("By Thomas Berger") before the
    standfirst: the text is about the woman the standfirst names, not about its author."""
    text = (
        "WESTERN WEEKLY\nSaturday Profile | 21 May 2022\n\n"
        "The woman who listens to the volcano\n\n"
        "She was fired for telling three villages to leave. Eleven years on, Anna Lindqvist says she "
        "would do it again.\n\nBy Thomas Berger\n\n"
        "Anna Lindqvist keeps an old seismograph drum on her kitchen table.\n"
    )
    doc = nlp(text)
    people = People(doc, cluster_document(doc, recognize_entities(doc, "d1")))
    assert people.subject is not None and people.subject.text == "Anna Lindqvist", people.subject
    topic = people.topic_at(text.index("keeps an old"))
    assert topic is not None and topic.text == "Anna Lindqvist", topic


def test_his_after_a_participle_is_the_clause_subjects(extract: Extract) -> None:
    """ "X resigned his seat, following his appointment as ...": "following" has no subject
    of its own, so "his" is the subject's of the clause it hangs on, not the page's subject."""
    text = (
        "Karl Lind, the head of the delegation, was born in 1961. Lind chaired the delegation from 2019."
        "\n\nTwo members left in 2023. Thomas Berger resigned his seat on 31 August 2023, following "
        "his appointment as Ambassador to Tunisia earlier that month.\n"
    )
    events = _events(extract, text)
    assert ("appointment", "Thomas Berger", "2023-08") in events, events


def test_the_interviewee_of_a_talks_to_lead_is_who_says_i(extract: Extract) -> None:
    """ "X talks to Y": the interviewee is the side that is no journalist, else the side the
    lead describes (an age, "an economist", "who spent thirty years at ..."). "I" in the
    answers is that person, not the relative named most often."""
    leads = {
        "Anna Weiss": "Anna Weiss, 61, talks to our legal affairs correspondent, Eva Roth.",
        "Maria Keller": "Paul Lind talks to Maria Keller, who spent thirty years at the Halden "
        "Railway Company.",
    }
    for interviewee, lead in leads.items():
        text = (
            f"THE LONG INTERVIEW\n\n{lead}\n\n**Where did you start?**\n\n"
            "My husband, Thomas Berger, is an engineer. Thomas Berger ran the water works. "
            "I was born in Halden in 1954. In 1979 the railway hired me as an engineer.\n"
        )
        events = _events(extract, text)
        assert ("birth", interviewee, "1954") in events, (interviewee, events)


def test_her_after_appointed_is_the_appointee_not_the_appointer(extract: Extract) -> None:
    """ "Y appointed her Minister for Fair Trading": the parser reads "her" as the owner of
    the title; it is the verb's object, and the verb's subject cannot be it."""
    text = (
        "Anna Weiss is a former politician. She was elected to the assembly in 1999. Joost "
        "Ravesteijn became Premier in 2007. On 8 April 2008 Ravesteijn appointed her Minister for "
        "Fair Trading, replacing Karl Lind, who had resigned two days earlier.\n"
    )
    careers = extract(text)["careers"]
    minister = careers.query("position == 'Minister for Fair Trading'")
    assert list(zip(minister.person_name, minister.start_value, strict=True)) == [
        ("Anna Weiss", "2008-04-08")
    ]


def test_spoke_to_outside_an_interview_says_nothing_of_whom_a_text_is_about(extract: Extract) -> None:
    """ "X spoke to Y, who later became her husband" in a third-person profile is a meeting:
    the profile's list of posts stays X's."""
    text = (
        "Anna Weiss was born in Linz in 1950. In 1990 Anna Weiss spoke to Karl Lind, who later "
        "became her husband.\n\nCAREER\n1995–2001 Mayor of Linz\n2001–2005 Minister of Finance\n"
    )
    careers = extract(text)["careers"]
    assert set(careers.person_name) == {"Anna Weiss"}, careers[["person_name", "position"]]


def test_his_after_a_participle_is_no_ones_when_the_clause_names_two_men(extract: Extract) -> None:
    """ "Y succeeded X as chairman, following his death": "his" may be X's or Y's; the death
    is not put on the subject."""
    text = (
        "Karl Lind chaired the board until 2001. Thomas Berger succeeded Lind as chairman in "
        "March 2001, following his death in February.\n"
    )
    deaths = [e for e in _events(extract, text) if e[0] == "death"]
    assert all(person != "Thomas Berger" for _, person, _ in deaths), deaths


def _kin_mentions(extract: Extract, text: str) -> list[tuple[str, str]]:
    """(reference, the canonical name of its entity) for each kin reference."""
    tables = extract(text)
    names = tables["entities"].set_index("entity_id")["canonical_name"]
    mentions = tables["mentions"]
    kin = mentions[mentions.text.str.match(r"(?i)(my|his|her|our|their|your)\b")]
    return [(row.text, names[row.entity_id]) for row in kin.itertuples()]


def test_a_kin_reference_is_the_person_the_text_names_for_it(extract: Extract) -> None:
    """ "My father, Ioan Moga, ..." makes every later "my father" Ioan Moga; "your husband"
    is the speaker's; "her husband" is the man she married."""
    interview = (
        "Interview with Ana Morales\n\n"
        "Ana Morales has led the regional court since 2015. We asked her about her career.\n\n"
        "Q: Where did you grow up?\n"
        "A: In Cuenca. My father, Ioan Moga, was a railway switchman. I married Luis Ortega in "
        "1980.\n"
        "Q: Your husband was a lawyer?\n"
        "A: Yes. My father never forgave him for it."
    )
    assert _kin_mentions(extract, interview) == [
        ("My father", "Ioan Moga"),
        ("Your husband", "Luis Ortega"),
        ("My father", "Ioan Moga"),
    ]
    biography = (
        "Halina Berg (1921–2004) was a Polish paediatrician. She married Tomasz Lind in 1950. "
        "In 1986 she succeeded her husband as director of the ward. Her brother-in-law, Karl "
        "Lind, ran the family pharmacy."
    )
    assert _kin_mentions(extract, biography) == [
        ("her husband", "Tomasz Lind"),
        ("Her brother-in-law", "Karl Lind"),
    ]


def test_a_kin_reference_the_text_does_not_settle_is_no_ones(extract: Extract) -> None:
    """Two brothers named: a later "my brother" is neither; a man named as "my mother" is
    no mother; "her husband" of a woman married twice is neither husband; "my parents" is
    two people."""
    text = (
        "Interview with Ana Morales\n\n"
        "Ana Morales has led the regional court since 2015.\n\n"
        "Q: Tell us about your family.\n"
        "A: My brother, Pablo Morales, is a doctor, and my brother Diego Morales a teacher. "
        "My brother still calls me every day. My parents live in Quito. My mother, Thomas "
        "Berger, said so.\n"
    )
    assert _kin_mentions(extract, text) == [
        ("My brother", "Pablo Morales"),
        ("my brother", "Diego Morales"),
    ]
    married_twice = (
        "Eva Roth (1930–2001) was an Austrian singer. She married Paul Lind in 1955. In 1970 "
        "she married Karl Weber. Her husband ran a bakery."
    )
    assert _kin_mentions(extract, married_twice) == []


def test_a_kin_reference_is_no_one_when_the_text_tells_several_apart(extract: Extract) -> None:
    """Found by review: a name joined by "and" is another person; "her first husband" says
    she had more than one, so "her husband" is neither; a step-father is no father; the
    canonical name is never the kin words; "His wife" after a sentence naming another man
    ("Their son, Paul Lind, married ...") is not the subject's wife."""
    text = (
        "Anna Weiss died on 3 May 2020 in Graz. Her first husband, Thomas Berger, died in 1990. "
        "She is survived by her husband and two sons. Her step-father, Paul Lind, was a miner. "
        "Her father had died in the war. Her sister and Maria Keller founded a school. Her "
        "sister lived in Linz."
    )
    assert _kin_mentions(extract, text) == [
        ("Her first husband", "Thomas Berger"),
        ("Her step-father", "Paul Lind"),
    ]
    family = (
        "Karl Lind was born in Oslo in 1940. He married Eva Roth in 1965. Their son, Paul "
        "Lind, married Julia Brandt in 1995. His wife runs a bakery."
    )
    assert _kin_mentions(extract, family) == [("Their son", "Paul Lind")]


def test_whose_kin_my_and_your_are_in_an_interview(extract: Extract) -> None:
    """ "Q: My father was a miner too" is the interviewer's father; "your father" in a
    question is the interviewee's; a "Your father" inside a quotation is not the speaker's."""
    text = (
        "Anna Weiss talks to Thomas Berger about her life.\n\n"
        "Q: Where did you grow up?\n"
        "A: In Cuenca, where I was born. My father, Ioan Moga, was a miner.\n"
        "Q: My father was a miner too. Did your father ever talk about the mine?\n"
        'A: Never. I once told my son: "Your father, Luis, loves you." My father laughed.\n'
    )
    assert _kin_mentions(extract, text) == [
        ("My father", "Ioan Moga"),
        ("your father", "Ioan Moga"),
        ("Your father", "Luis"),
        ("My father", "Ioan Moga"),
    ]


def test_a_lead_the_parser_gives_two_subjects_names_no_subject_of_its_own(nlp: Language) -> None:
    """ "By order of the Prosecutor General of Georgia, Giorgi Beridze, Nino Kapanadze has
    been appointed": the parser sets the second name beside the first as the verb's subject,
    so the lead does not say whose text it is; the person named most often is its subject."""
    text = (
        "By order of the Prosecutor General of Georgia, Giorgi Beridze, Nino Kapanadze has been "
        "appointed Chief Prosecutor of the region with effect from 15 January 2024. Ms. Kapanadze "
        "replaces Paul Berg, who retired in December. Kapanadze joined the service in 2006."
    )
    doc = nlp(text)
    remember_text(doc, text)
    people = People(doc, cluster_document(doc, recognize_entities(doc, "d")))
    assert people.subject is not None and people.subject.text == "Nino Kapanadze"
