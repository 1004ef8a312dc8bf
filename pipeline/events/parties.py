"""Party membership that the text states with a party word beside the person.

"X was a Norwegian politician for the Labour Party", "an Irish Labour Party politician",
"a Republican member of the House", "was elected as a Democrat", "fellow Democrat X",
"X (Progress Party)". The party is the party organisation the text names, or the one
a party word stands for (``data/parties.toml``). One membership row per person and party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.careers.post_words import is_position_word
from pipeline.discourse.people import People
from pipeline.linking.short_forms import defined_abbreviations
from pipeline.parsed import all_tokens, text_of
from pipeline.places import is_city_or_country
from pipeline.records import Mention
from pipeline.rosters import bracket_after, roster_lines
from pipeline.syntax import child, governing_verb
from pipeline.wordlists import data_file, word_list, words

_PARTY = "party"
# "DZS – Democratic Union of Slovenia": an abbreviation and its name; "GERB–UDF": a list of
# two parties, named as one.
_SPACED_DASH = re.compile(r"\s[–—-]\s")
_UNSPACED_DASH = re.compile(r"(?<=\S)[–—](?=\S)")
# What a roster's bracket says of someone in no party ("non-party, Italian national minority").
_NOT_PARTIES = tuple(word_list("parties", "words", "no_party"))
# The word lists of data/parties.toml [words], described there.
_MEMBER_NOUNS = words("parties", "words", "members")
_PARTY_VERBS = words("parties", "words", "verbs")
_SEAT_VERBS = words("parties", "words", "seat_verbs")
_SEAT_NOUNS = words("parties", "words", "seat_nouns")
_CANDIDACY_NOUNS = words("parties", "words", "candidacies")
# Titles a roster's bracket may give beside a party ("(MEP, Greens)"): the post words, and more.
_TITLE_WORDS = words("positions", "heads") | words("parties", "words", "bracket_titles")


@dataclass(frozen=True, slots=True)
class PartyFact:
    person: Mention
    party: str
    token: Token  # the party word or the noun it qualifies, for the row's evidence


def _roster_brackets(doc: Doc, people: People) -> Iterator[tuple[Mention, int, int]]:
    """Each roster entry's holder and the bracket right after the name (``pipeline.rosters``)."""
    text = text_of(doc)
    for line in roster_lines(doc):
        person = next((m for m in people.persons if line.start <= m.start_char < line.end), None)
        opening = text.find("(", person.end_char, line.end) if person is not None else -1
        closing = text.find(")", opening, line.end)
        if (
            person is not None
            and opening >= 0
            and closing >= 0
            and not text[person.end_char : opening].strip()
        ):
            yield person, opening, closing


def _roster_parties(
    doc: Doc, people: People, brackets: list[tuple[Mention, int, int]]
) -> Iterator[PartyFact]:
    """ "• Nives X (DZS – Democratic Union of Slovenia), since ...", "Marija Y (HGU; EPP/CD) –
    since ...": in a roster's entry, the bracket after the holder's name holds the holder's
    party and group, one membership each ("non-party" is none); an abbreviation the text
    defines elsewhere ("HGU – Croatian Civic Union") is read as its name."""
    text = text_of(doc)
    defined = defined_abbreviations(text)
    for person, opening, closing in brackets:
        offset = opening + 1
        for group in text[opening + 1 : closing].split(";"):
            parts = group.split(",")  # "(EPP, Civic Coalition)": a group and a party
            # "(non-party, Italian national minority; ALDE)": the first group names no party
            none = any(part.strip().lower().startswith(_NOT_PARTIES) for part in parts)
            for part in parts:
                name = _SPACED_DASH.split(part)[-1].strip()  # "DZS – Democratic Union"; "GERB–UDF" is one
                name = defined.get(name, name)  # "(DZS)", defined elsewhere as "DZS – Democratic Union"
                span = doc.char_span(offset, offset + len(part), alignment_mode="expand")
                offset += len(part) + 1
                read = name and not none and span is not None and len(span) and not _no_party(name)
                if read and (len(parts) == 1 or not _not_a_party(span)):  # type: ignore[arg-type]
                    yield PartyFact(people.representative_of(person), name, span[-1])  # type: ignore[index]


def _not_a_party(part: Span) -> bool:
    """Of a bracket's comma parts, one that is no party: a country's code ("(EPP, DE)"), a
    place or a constituency named after one ("(Labour, Leeds Central)"), a title ("(CDU,
    Vice-Chair)", "(MEP, Greens)")."""
    words_ = [t for t in part if t.is_alpha]
    code = len(words_) == 1 and len(words_[0].text) <= 2 and words_[0].is_upper
    placed = any(is_city_or_country(t.text) for t in part)
    titled = any(t.lower_ in _TITLE_WORDS or is_position_word(t) for t in words_)
    return code or placed or titled


def _no_party(name: str) -> bool:
    """A bracket of years or places: "(2010–2014)", "(Vienna–Graz)", "(Austria)"."""
    parts = [part.strip() for part in _UNSPACED_DASH.split(name)]
    return any(ch.isdigit() for ch in name) or all(is_city_or_country(part) for part in parts)


def _bracketed_parties(
    doc: Doc, people: People, brackets: list[tuple[Mention, int, int]], listed: list[PartyFact]
) -> Iterator[PartyFact]:
    """ "arrested Hon. Deepak Bholah (MTR), then Minister of ...", "Second Deputy Mayor: Nadia
    X (VxA), since ...": outside a roster's entries, a bracket right after a name holds that
    person's party when it is one the document's roster entries name, written in full or as
    the abbreviation the text defines for it ("Teachta Dála (TD)" is no party's)."""
    text = text_of(doc)
    defined = defined_abbreviations(text)
    known = {fact.party for fact in listed}
    known |= {short for short, long in defined.items() if long in known}
    # "(BSP)" and "(GERB)" beside a roster's "(BSP–United Left)" and "(GERB–UDF)": the
    # parties of a list the roster names
    known |= {member.strip() for party in known for member in _UNSPACED_DASH.split(party)}
    read = {opening for _, opening, _ in brackets}
    for person in people.persons:
        match = bracket_after(text, person.end_char)
        if match is None or match.start(1) - 1 in read:
            continue
        party = match[1].strip()
        if party in known:
            token = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
            if token is not None and len(token):
                yield PartyFact(people.representative_of(person), defined.get(party, party), token[-1])


def party_memberships(doc: Doc, people: People) -> Iterator[PartyFact]:
    seen: set[tuple[str, str]] = set()
    brackets = list(_roster_brackets(doc, people))
    listed = list(_roster_parties(doc, people, brackets))
    for bracketed in [*listed, *_bracketed_parties(doc, people, brackets, listed)]:
        seen.add((bracketed.person.mention_id, bracketed.party))
        yield bracketed
    for token in all_tokens(doc):
        if any(opening < token.idx < closing for _, opening, closing in brackets):
            continue  # read whole above, with its abbreviations
        fact = _membership(token, people)
        if fact is not None and (fact.person.mention_id, fact.party) not in seen:
            seen.add((fact.person.mention_id, fact.party))
            yield fact


def _membership(token: Token, people: People) -> PartyFact | None:
    party = party_named(token)
    if party is None:
        return None
    noun = token.head if token.dep_ in {"amod", "compound", "nmod"} else None
    while noun is not None and noun.dep_ == "compound" and party_named(noun) == party:
        noun = noun.head  # "Irish Labour Party politician": the noun after the party's words
    if noun is not None and people.mention_at(noun) is not None:
        person = people.mention_at(noun)  # "fellow Democrat Sidney Yates"
    elif noun is not None and noun.lemma_.lower() in _MEMBER_NOUNS:
        person = _person_of(noun, people)  # "a Republican senator", "Labor leader Steve Bracks"
    elif noun is not None and noun.lemma_.lower() in _CANDIDACY_NOUNS:
        person = people.resolve(_subject(governing_verb(noun)))  # "elected on the Democratic ticket"
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and people.mention_at(token.head.head):
        person = people.mention_at(token.head.head)  # "Uma Bharti of the Bharatiya Janata Party"
    elif (
        token.dep_ in {"npadvmod", "appos"} and token.head.pos_ in {"VERB", "AUX"} and token.i < token.head.i
    ):
        person = people.resolve(_subject(token.head))  # "A Republican, he has served ..."
    elif (
        token.dep_ == "pobj"
        and token.head.lower_ in {"for", "of"}
        and token.head.head.lemma_.lower() in _MEMBER_NOUNS
    ):
        person = _person_of(token.head.head, people)  # "a politician for the Labour Party"
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in _PARTY_VERBS:
        person = people.resolve(_implied_subject(token.head))  # "elected ..., representing the X party"
    elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ == "VERB":
        person = people.resolve(_subject(token.head.head))  # "was elected as a Democrat"
    elif token.dep_ == "pobj" and token.head.lower_ == "for" and (seat := _seat_verb(token.head)):
        person = people.resolve(_implied_subject(seat))  # "who won the seat for Labor"
    else:
        person = _bracketed_after(token, people)  # "Terje Halleland (Progress Party)"
    return PartyFact(person, party, token) if person is not None else None


def party_named(token: Token) -> str | None:
    """The party a word (or the party name it heads) stands for."""
    # The cheap tests first: this runs on every token of every document.
    if token.lower_ == _PARTY or (token.dep_ == "compound" and token.head.lower_ == _PARTY):
        head = token if token.lower_ == _PARTY else token.head
        words = [t for t in head.subtree if t.dep_ in {"compound", "amod"} or t.i == head.i]
        possessive = _possessive_name(head)
        if (
            possessive is None
            and len(words) > 1
            and all(w.text[:1].isupper() for w in words if w.i != head.i)
        ):
            return " ".join(w.text for w in sorted(words, key=lambda w: w.i))
        return possessive
    if not token.text[:1].isupper():
        return None
    names = _party_names()
    two = f"{token.doc[token.i - 1].lower_} {token.lower_}" if token.i > 0 else ""
    if two in names:
        return names[two]
    if token.lower_ not in names:
        return None
    before = _capitalised_before(token)
    if not before:
        return names[token.lower_]
    # "Liberal Democrats", "Scottish Labour": a party of its own name, not the word's party;
    # "New York Democrats" or "Sweden Democrats": which one the words do not say
    if any(t.ent_type_ in {"GPE", "LOC"} or is_city_or_country(t.text) for t in before):
        return None
    return token.doc[before[0].i : token.i + 1].text


def _capitalised_before(token: Token) -> list[Token]:
    """The capitalised words right before a party word that modify it, not opening the
    sentence ("the Liberal Democrats", "Scottish Labour"; not "Labour" after "Yesterday")."""
    found: list[Token] = []
    i = token.i - 1
    while i >= 0 and token.doc[i].text[:1].isupper() and token.doc[i].head.i in {token.i, i + 1}:
        if token.doc[i].is_sent_start:
            return []
        found.insert(0, token.doc[i])
        i -= 1
    return found


def _possessive_name(head: Token) -> str | None:
    """ "Danish People's Party": the capitalised words and the "'s" written before the
    party word, which the parser hangs on it as a possessor, not as compounds."""
    doc = head.doc
    start = head.i
    while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in _POSSESSIVES):
        start -= 1
    words = doc[start : head.i + 1]
    marks = [t for t in words if t.lower_ in _POSSESSIVES]
    if not marks or words[0].lower_ in _POSSESSIVES or not head.text[:1].isupper():
        return None
    owner = doc[start : marks[0].i]
    if owner.text and (is_city_or_country(owner.text) or any(t.ent_type_ in {"GPE", "LOC"} for t in owner)):
        return None  # "Austria's Freedom Party": the country's party, named by the words after
    return words.text


_POSSESSIVES = frozenset({"'s", "’s"})


def _seat_verb(prep: Token) -> Token | None:
    """The verb a "for" of a seat hangs on: on a seat ("won the seat for Labor", "took a
    seat in the Folketing for X"), or on a verb of being elected or sitting, with no object
    of its own, perhaps through the assembly's name ("was elected to the Folketing for X").
    "took photographs for", "ran the campaign for" and "kept the books for" are no seat."""
    node, seat = prep.head, False
    for _ in range(_SEAT_REACH):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            break
        if node.lemma_.lower() in _SEAT_NOUNS:
            seat = True
        elif node.pos_ not in {"PROPN", "ADP"}:
            return None  # "the campaign for X", "a contract for X": not a seat
        node = node.head
    if node.pos_ != "VERB":
        return None
    objects = [c for c in node.children if c.dep_ == "dobj"]
    if seat:
        return node
    unseated = all(c.lemma_.lower() in _SEAT_NOUNS for c in objects)
    return node if node.lemma_.lower() in _SEAT_VERBS and unseated else None


# How many words up from "for" its verb may be: "won [a seat [in [the Folketing]]] for".
_SEAT_REACH = 4


def _person_of(noun: Token, people: People) -> Mention | None:
    """The person a "party politician" noun describes: its own name, its subject, its apposition."""
    named = people.resolve(noun)
    if named is not None:
        return named
    if noun.dep_ == "compound" and people.mention_at(noun.head) is not None:
        return people.mention_at(noun.head)  # "Labor candidate Matt Viney"
    if noun.dep_ == "attr":
        subject = _subject(noun.head)
        if subject is not None and subject.tag_ == "WP" and noun.head.dep_ == "relcl":
            return _person_of(noun.head.head, people)  # "a politician who was a Conservative MP"
        return people.resolve(subject)
    if noun.dep_ == "appos":
        return people.resolve(noun.head)
    return None


def _implied_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the clause a subjectless participle hangs on
    ("she was elected to the Assembly representing the X party")."""
    for _ in range(3):
        subject = _subject(verb)
        if subject is not None or verb.dep_ not in {"advcl", "xcomp", "conj"}:
            return subject
        if verb.dep_ == "xcomp" and child(verb.head, {"dobj"}) is not None:
            return child(verb.head, {"dobj"})  # "persuaded Thomas Berger to stand for X"
        verb = verb.head
    return None


def _subject(verb: Token | None) -> Token | None:
    return child(verb, {"nsubj", "nsubjpass"}) if verb is not None else None


def _bracketed_after(token: Token, people: People) -> Mention | None:
    """ "X (Progress Party)": the person named right before the bracket."""
    doc = token.doc
    opening = next((t for t in reversed(doc[max(0, token.i - 4) : token.i]) if t.text == "("), None)
    if opening is None or opening.i == 0:
        return None
    return people.mention_at(doc[opening.i - 1])


@lru_cache(maxsize=1)
def _party_names() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in data_file("parties")["names"].items()}
