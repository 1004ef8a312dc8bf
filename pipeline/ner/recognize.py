"""NER stage: spaCy's entities of name-like labels, cleaned into Mentions.

Cleaning (articles, possessives, titles, line breaks) lives in
``pipeline.ner.clean``, and repeats of a recognised name that spaCy missed
are added by ``pipeline.ner.propagate``; this module picks the spans, keeps
the title found right before a name as its role, and assigns sentence indices
and ids.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from pipeline.ids import make_id
from pipeline.linking.titles import is_ambiguous_title, normalize_role, titles_before
from pipeline.ner.clean import CleanSpan, clean_span
from pipeline.ner.entries import roster_names, titled_line_names
from pipeline.ner.from_parse import ORG_LISTS, names_from_parse, org_words
from pipeline.ner.propagate import propagate, with_short_forms
from pipeline.ner.repair import (
    GIVEN_NAMES,
    extended_name,
    family_members,
    in_place_field,
    lifespan_names,
    named_in_fields,
    organization_evidence,
    partner_evidence,
    person_evidence,
    personal_evidence,
    place_evidence,
    regnal_names,
    settled_evidence,
    speaker_labels,
    surname_first_lines,
    title_line_name,
)
from pipeline.parsed import entities, sentences, text_of
from pipeline.places import is_city
from pipeline.records import Mention
from pipeline.wordlists import words, words_of_lists

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# Labels the model gives people it did not recognise ("Blondel" ORG, "Sita" FAC).
_MISTAKEN_FOR_PERSON = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC"})
# How far back to look for a title written before the span ("Deputy Prime Minister ").
_TITLE_WINDOW = 60
_PLACE_NOUNS = words("places", "place_nouns")
# Patronymic endings long enough to mark one alone ("-ich" would take "East Greenwich").
_PATRONYMIC_ENDINGS = tuple(e for e in words("names", "patronymic_endings") if len(e) >= 4)
# Heads whose one-word compound is a portfolio, never an organization ("Interior Minister").
_PORTFOLIO_HEADS = words("positions", "portfolio_heads")
_PARTICLES = words("names", "particles")
# Words no family's name holds: an organisation's, a place's or a title's.
_NOT_IN_NAMES = org_words() | _PLACE_NOUNS | words("names", "not_name_words") | words("positions", "heads")


def recognize_entities(doc: Doc, doc_id: str) -> list[Mention]:
    """Cleaned name mentions of ``doc``, sorted by start offset."""
    found = _with_written_names(doc, _with_parsed_names(doc, _cleaned_entities(doc)))
    found = _relabelled_by_evidence(doc, found)
    found = _with_family_members(doc, found)
    found = _names_widened(doc, found)
    found = with_short_forms(text_of(doc), found + propagate(text_of(doc), found))
    sentence_starts = [sent.start_char for sent in sentences(doc)]
    mentions: dict[tuple[int, int], Mention] = {}
    for piece, label in found:
        mention = _to_mention(text_of(doc), piece, label, doc_id, sentence_starts)
        mentions.setdefault((mention.start_char, mention.end_char), mention)
    return sorted(mentions.values(), key=lambda m: (m.start_char, m.end_char))


def _cleaned_entities(doc: Doc) -> list[tuple[CleanSpan, str]]:
    """Cleaned pieces of spaCy's name-like entities, each with its label."""
    found: list[tuple[CleanSpan, str]] = []
    for ent in entities(doc):
        if ent.label_ in NAME_LABELS and not _portfolio_word(ent):
            label = _label_of(ent)
            for part in _constituents(_over_hyphens(ent)):
                pieces = clean_span(part.text, part.start_char, label)
                found.extend((p, p.label or label) for p in pieces)
    return found


def _label_of(ent: Span) -> str:
    """The model's label, but a "person" it names with "the" ("The Long Interview", "the Bee
    Gees", "the Order of Timbiras") is a column, a band or a body: no one's name begins so."""
    return "ORG" if ent.label_ == "PERSON" and ent[0].lower_ == "the" else ent.label_


def _portfolio_word(ent: Span) -> bool:
    """ "Interior" of "Interior Minister", which the model tags ORG: the title's portfolio."""
    token = ent[0]
    return len(ent) == 1 and token.dep_ == "compound" and token.head.lemma_.lower() in _PORTFOLIO_HEADS


def _over_hyphens(ent: Span) -> Span:
    """The entity widened over the other half of a hyphenated name the model cut in two
    ("Ofosu" of "Ofosu-Appiah", "Badu" of "Ankrah-Badu")."""
    doc, start, end = ent.doc, ent.start, ent.end
    while end + 1 < len(doc) and _joins(doc[end - 1], doc[end], doc[end + 1]):
        end += 2
    while start - 2 >= 0 and _joins(doc[start - 2], doc[start - 1], doc[start]):
        start -= 2
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def _joins(left: Token, hyphen: Token, right: Token) -> bool:
    return (
        hyphen.text == "-"
        and not left.whitespace_
        and not hyphen.whitespace_
        and left.text[:1].isupper()
        and right.text[:1].isupper()
        and right.is_alpha
        and left.is_alpha
    )


def _constituents(ent: Span) -> list[Span]:
    """An entity cut at its commas when the parse hangs the parts on different words
    outside it ("Born in Tocopilla, Astaburuaga studied"): two names, not one. "Kisumu,
    Kenya" stays whole, its second part hanging on its first."""
    roots = [token for token in ent if not (ent.start <= token.head.i < ent.end) or token.head == token]
    commas = [token.i for token in ent if token.text == ","]
    if len(roots) < 2 or not commas:
        return [ent]
    doc, parts, start = ent.doc, [], ent.start
    for comma in commas:
        parts.append(doc[start:comma])
        start = comma + 1
    parts.append(doc[start : ent.end])
    return [part for part in parts if len(part)]


def _with_parsed_names(doc: Doc, found: list[tuple[CleanSpan, str]]) -> list[tuple[CleanSpan, str]]:
    """Relabel as PERSON an entity that is exactly a name the parse shows to be a
    person's; add the name when no entity overlaps it, or in place of the entities
    inside it ("Vesna" ORG of "Vesna Hrabal, Chair of the Committee")."""
    result = list(found)
    for name in names_from_parse(doc):
        start, end = name.start_char, name.end_char
        same, inside, crossed = _placed_against(result, start, end)
        for i in same:
            result[i] = (dataclasses.replace(result[i][0], label=None), "PERSON")
        if not same and not crossed:
            result = [item for i, item in enumerate(result) if i not in inside]
            # "Sir Alan Pryor, 1st Baronet": the title before the name is its role
            pieces = clean_span(name.text, start, "PERSON")
            result += [(dataclasses.replace(piece, label=None), "PERSON") for piece in pieces]
    return result


def _placed_against(
    found: list[tuple[CleanSpan, str]], start: int, end: int
) -> tuple[list[int], set[int], bool]:
    """Where the pieces lie against the name from ``start`` to ``end``, in one pass over
    them: those exactly on it, those inside it, and whether any overlaps it without
    being inside."""
    same: list[int] = []
    inside: set[int] = set()
    crossed = False
    for i, (span, _) in enumerate(found):
        if (span.start, span.end) == (start, end):
            same.append(i)
        if start <= span.start and span.end <= end:
            inside.add(i)
        elif span.start < end and start < span.end:
            crossed = True
    return same, inside, crossed


def _with_written_names(doc: Doc, found: list[tuple[CleanSpan, str]]) -> list[tuple[CleanSpan, str]]:
    """A name written where only a person's goes is a person's, whole: before lifespan
    brackets, alone on the first line of a CV, on a register's surname-first line, in a
    form's "Name:" field, with a regnal number ("King Philip V"). It replaces the entities
    inside it (a name cut short, a person labelled ORG)."""
    result = list(found)
    header = title_line_name(doc)
    written = [
        *surname_first_lines(doc),
        *named_in_fields(doc),
        *regnal_names(doc),
        *roster_names(doc),
        *titled_line_names(doc),
        *speaker_labels(doc),
    ]
    for name in [*lifespan_names(doc), *([header] if header is not None else []), *written]:
        start, end = name.start_char, name.end_char  # with any title ("King Haakon VII" ORG)
        for piece in clean_span(name.text, name.start_char, "PERSON"):
            inside = [i for i, (span, _) in enumerate(result) if start <= span.start and span.end <= end]
            overlapping = [i for i, (span, _) in enumerate(result) if span.start < end and start < span.end]
            if set(overlapping) <= set(inside):  # never cut through another entity
                result = [item for i, item in enumerate(result) if i not in inside]
                result.append((dataclasses.replace(piece, label=None), "PERSON"))
    return result


def _with_family_members(doc: Doc, found: list[tuple[CleanSpan, str]]) -> list[tuple[CleanSpan, str]]:
    """Untagged names ending in the family name of a person the text names ("Corneliu
    Batcu" beside "Batcu")."""
    families = family_names(span.text for span, label in found if label == "PERSON")
    taken: set[int] = set()
    for span, _ in found:
        covered = doc.char_span(span.start, span.end, alignment_mode="expand")
        taken.update(range(covered.start, covered.end) if covered is not None else ())
    added = [
        (CleanSpan(name.start_char, name.end_char, name.text), "PERSON")
        for name in family_members(doc, families, taken)
    ]
    return found + added


def _relabelled_by_evidence(doc: Doc, found: list[tuple[CleanSpan, str]]) -> list[tuple[CleanSpan, str]]:
    """Names the model called PERSON that the text shows to be something else: one
    with an organisation word ("KeRRA Performance Awards"), and one that only ever
    stands where a place goes and never where a person does ("moved to Łódź"); and
    names it called something else that someone marries, that a list of people holds, that
    opens with a known given name, carries a patronymic, or ends in the family name of a
    person the text names ("Fethi Zouari" ORG beside "Zouari")."""
    roots = _roots(doc, found)
    evidence: dict[str, list[int]] = {}
    for span, label in found:
        root = roots[span.start, span.end] if label == "PERSON" and span.role is None else None
        if root is not None:
            counts = evidence.setdefault(span.text, [0, 0, 0])
            counts[0] += place_evidence(root) or in_place_field(doc, span.start)
            counts[1] += person_evidence(root)
            counts[2] += organization_evidence(root)
    settled = _settled_organizations(found, roots)
    places = {text for text, (place, person, _) in evidence.items() if place and not person}
    elsewhere = _read_elsewhere(found, {text for text, (_, person, _) in evidence.items() if person})
    bodies = {text for text, (_, person, body) in evidence.items() if body and not person}
    personal = _personal_organizations(found, roots)
    listed = _listed_with_people(found, roots)
    counted = {span.text.lower() for span, label in found if label == "PERSON" and _after_ordinal(doc, span)}
    families = family_names(span.text for span, label in found if label == "PERSON")
    result = []
    for span, label in found:
        if label == "PERSON" and _no_name_word(span.text):
            continue  # "Mrs. X, Chief Librarian, who retires", "Professor Emeritus": a title, no name
        if label == "PERSON" and span.role is None and _has_org_word(span.text):
            label = "ORG"
        elif label == "PERSON" and span.text.lower() in counted:
            label = "ORG"  # "elected to the 12th Lok Sabha": a body that sits again, no person
        elif label == "PERSON" and span.text in places:
            label = "GPE"
        elif label == "PERSON" and span.text in elsewhere:
            label = elsewhere[span.text]  # "from the Azerbaijani frontier": NORP, as elsewhere in the text
        elif label == "PERSON" and span.text in bodies:
            label = "ORG"  # "CEO of Norges Statsbaner", "manager of Galatasaray"
        elif label == "ORG" and span.text in personal:
            label = "PERSON"  # "Chandragupta ... marries Dhruvadevi", "the son of Indra" (ORG)
        elif label == "ORG" and span.text in settled:
            label = "GPE"  # "Born 9 October 1961 in Sosnovets" (ORG)
        elif label in _MISTAKEN_FOR_PERSON and span.start in listed:
            label = "PERSON"  # "with Anne Germain, Claude Germain, Christiane Legrand (GPE) and ..."
        elif label in _MISTAKEN_FOR_PERSON and _married(doc, span):
            label = "PERSON"  # "married the architect Jacques-François Blondel" (ORG)
        elif label in _MISTAKEN_FOR_PERSON and _given_and_family_name(doc, span, label):
            label = "PERSON"  # "Christina Aguilera" (ORG), "Thabo Mbeki" (GPE) said
        elif label in _MISTAKEN_FOR_PERSON and _with_patronymic(span.text):
            label = "PERSON"  # "ORLOVA Anna Petrovna" (ORG): a patronymic is a person's
        elif label in _MISTAKEN_FOR_PERSON and _of_a_named_family(doc, span, label, families):
            label = "PERSON"  # "Fethi Zouari" (ORG) where "Zouari" is a person
        result.append((span, label))
    return result


def _read_elsewhere(found: list[tuple[CleanSpan, str]], with_evidence: set[str]) -> dict[str, str]:
    """One-word names the model also read as a people or a place in the same document,
    and never where a person goes ("the Azerbaijani community" NORP, "from the Azerbaijani
    frontier" PERSON), with that other label: not a person. A given name stays one."""
    other = {
        span.text: label for span, label in sorted(found, key=lambda f: f[0].start) if label in _NOT_PEOPLE
    }
    return {
        span.text: other[span.text]
        for span, label in found
        if label == "PERSON"
        and span.role is None
        and span.text in other
        and span.text not in with_evidence
        and " " not in span.text
        and span.text.lower() not in GIVEN_NAMES
    }


# Labels of a name the model may also give to a people's or a place's word.
_NOT_PEOPLE = frozenset({"NORP", "GPE", "LOC"})


# The parse's root of each entity piece, by its (start, end): found once for the
# several readers of evidence below.
_Roots = dict[tuple[int, int], Token | None]


def _roots(doc: Doc, found: list[tuple[CleanSpan, str]]) -> _Roots:
    return {(span.start, span.end): _root(doc, span) for span, _ in found}


def _personal_organizations(found: list[tuple[CleanSpan, str]], roots: _Roots) -> set[str]:
    """Names the model called ORG that stand where only a person goes, never with an
    organization's word or written as initials ("NATO")."""
    return _organizations_standing(found, roots, personal_evidence)


def _settled_organizations(found: list[tuple[CleanSpan, str]], roots: _Roots) -> set[str]:
    """Names the model called ORG that the text places someone in ("born in X", "moved to
    X") and never puts where an organization goes ("CEO of X"); no organization's word in
    them, not written as initials."""
    settled = _organizations_standing(found, roots, settled_evidence)
    return settled - _organizations_standing(found, roots, organization_evidence)


def _organizations_standing(
    found: list[tuple[CleanSpan, str]], roots: _Roots, evidence: Callable[[Token], bool]
) -> set[str]:
    """Names the model called ORG, with no organization's word and not written as initials,
    that stand at least once where ``evidence`` says."""
    names = set()
    for span, label in found:
        if label != "ORG" or span.text.isupper() or _org_word_inside(span.text):
            continue
        root = roots[span.start, span.end]
        if root is not None and evidence(root):
            names.add(span.text)
    return names


def _listed_with_people(found: list[tuple[CleanSpan, str]], roots_of: _Roots) -> set[int]:
    """Where the names the model did not call PERSON start, when the name stands in a list
    of people: coordinated with at least two PERSON names and more of them than of
    anything else, and carrying no organisation's or place's word."""
    roots = {span.start: roots_of[span.start, span.end] for span, _ in found}
    labels = {root.i: label for (span, label) in found if (root := roots[span.start]) is not None}
    listed = set()
    for span, label in found:
        root = roots[span.start]
        if label == "PERSON" or root is None or not root.conjuncts or _org_word_inside(span.text):
            continue
        if any(part.lower() in _PLACE_NOUNS for part in span.text.split()):
            continue
        others = [labels.get(t.i) for t in root.conjuncts]
        people = others.count("PERSON")
        if people >= 2 and people > len(others) - people:
            listed.add(span.start)
    return listed


def _org_word_inside(text: str) -> bool:
    return any(part.lower().strip(".,") in org_words() for part in text.split())


def _after_ordinal(doc: Doc, span: CleanSpan) -> bool:
    """ "the 12th Lok Sabha", "the 5th Duma": a name counted by an ordinal."""
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    if found is None or found.start == 0:
        return False
    before = doc[found.start - 1]
    return before.text[:1].isdigit() and before.lower_.endswith(("st", "nd", "rd", "th"))


def _given_and_family_name(doc: Doc, span: CleanSpan, label: str) -> bool:
    """A known given name and one to three more name words, none an organisation's or a
    place's word: a person the model mislabelled. A place's label needs the parse to agree
    ("Alice Springs" is a town; "Thabo Mbeki said" is a man)."""
    parts = span.text.split()
    if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts):
        return False
    if parts[0].lower() not in GIVEN_NAMES:
        return False
    lowered = {p.lower().strip(".,") for p in parts}
    if lowered & words_of_lists(*ORG_LISTS, ("places", "place_nouns"), ("names", "not_name_words")):
        return False
    if label in {"GPE", "LOC"}:
        root = _root(doc, span)
        return root is not None and person_evidence(root)
    return True


def family_names(persons: Iterable[str]) -> dict[str, set[str]]:
    """The family names of the people a document names, each with the names it ends: the
    last word of a full name, and a name written alone that is no known given name ("Zouari
    said"). Only names that look like one: capitalised words or particles, no organisation,
    place or title word ("Faculty of Law", "Mech Inf Bn" are no family's), and a family name
    of three letters or more that is no set of letters ("Xuereb MP")."""
    found: dict[str, set[str]] = {}
    for name in persons:
        parts = name.split()
        if not parts or not all(p[:1].isupper() or p.lower() in _PARTICLES for p in parts):
            continue
        if {p.lower().strip(".,") for p in parts} & _NOT_IN_NAMES:
            continue
        family = parts[-1]
        if len(parts) == 1 and family.lower() in GIVEN_NAMES:
            continue
        if len(family) >= 3 and not family.isupper() and family.replace("-", "").replace("'", "").isalpha():
            found.setdefault(family, set()).add(name)
    return found


def _of_a_named_family(doc: Doc, span: CleanSpan, label: str, families: dict[str, set[str]]) -> bool:
    """A name word or more before the family name of a person the text names, none an
    organisation's, a place's or a title's word: a person the model mislabelled ("Fethi
    Zouari" ORG beside "Zouari" PERSON, "Salma El Ouazzani" GPE beside "Driss El Ouazzani").
    A place must never stand where places go ("San Martín" is a town)."""
    parts = span.text.split()
    if not 2 <= len(parts) <= 4 or not all(p[:1].isupper() for p in parts):
        return False
    sources = families.get(parts[-1], set())
    if not sources or (sources == {span.text} and is_city(parts[0])):
        return False  # "Cork North-Central", once PERSON, is a constituency named after a city
    if {p.lower().strip(".,") for p in parts} & _NOT_IN_NAMES:
        return False
    if label in {"GPE", "LOC", "FAC"}:
        root = _root(doc, span)
        return root is not None and not place_evidence(root)
    return True


def _with_patronymic(text: str) -> bool:
    """Two or three capitalised words, one of them a patronymic ("Saule Maratovna",
    "ORLOVA Anna Petrovna", "Rauf Tofig oglu"), and no organisation word."""
    names = text.split()
    patronymic = any(w.lower().endswith(_PATRONYMIC_ENDINGS) for w in names[1:])
    return (
        2 <= len(names) <= 3
        and patronymic
        and all(w[:1].isupper() for w in names)
        and not _has_org_word(text)
    )


def _married(doc: Doc, span: CleanSpan) -> bool:
    root = _root(doc, span)
    return root is not None and partner_evidence(root) and not _has_org_word(span.text)


def _names_widened(doc: Doc, found: list[tuple[CleanSpan, str]]) -> list[tuple[CleanSpan, str]]:
    """Person names widened over the name words the model left out beside them."""
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s, _ in found]
    taken = {
        t.i
        for span, (_, label) in zip(spans, found, strict=True)
        if span is not None and label != "PERSON"
        for t in span
    }
    result = []
    for span, (piece, label) in zip(spans, found, strict=True):
        if label == "PERSON" and span is not None:
            start, end = extended_name(doc, span.start, span.end, taken)
            if (start, end) != (span.start, span.end):
                wide = doc[start:end]
                piece = dataclasses.replace(piece, start=wide.start_char, end=wide.end_char, text=wide.text)
        result.append((piece, label))
    return result


def _root(doc: Doc, span: CleanSpan) -> Token | None:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None else None


def _no_name_word(text: str) -> bool:
    """Only words of titles, or words never in a name (names.toml not_name_words)."""
    titles = words_of_lists(("positions", "heads"), ("positions", "modifiers"), ("names", "not_name_words"))
    return all(word.lower().strip(".,") in titles for word in text.split())


def _has_org_word(text: str) -> bool:
    """ "KeRRA Performance Awards", "Faculty of Law", not "Robert Plant" (a given name opens
    a person's name)."""
    parts = [word.lower().strip(".,") for word in text.split()]
    given = words_of_lists(("names", "female_given"), ("names", "male_given"))
    if parts[0] in words("organizations", "heads") and len(parts) > 2 and parts[1] == "of":
        return True
    return parts[0] not in given and any(part in org_words() for part in parts[1:])


def _to_mention(
    text: str, piece: CleanSpan, span_label: str, doc_id: str, sentence_starts: list[int]
) -> Mention:
    role = piece.role or _preceding_role(text, piece.start, span_label)
    if role and span_label == "ORG" and _names_a_body(piece.text):
        role = None  # "Chancellor College, University of Malawi": a body's name, no one's
    # A title before a name marks a person whatever label spaCy guessed.
    label = "PERSON" if role and span_label != "NORP" else span_label
    return Mention(
        mention_id=make_id("mention", doc_id, piece.start, piece.end),
        doc_id=doc_id,
        text=piece.text,
        label=label,
        start_char=piece.start,
        end_char=piece.end,
        sentence_index=max(bisect_right(sentence_starts, piece.start) - 1, 0),
        role=role,
    )


def _names_a_body(text: str) -> bool:
    return any(word.lower().strip(".,") in words("organizations", "heads") for word in text.split())


def _preceding_role(text: str, start: int, label: str) -> str | None:
    """The title written right before the name ("president X"), if any."""
    window = text[max(0, start - _TITLE_WINDOW) : start]
    match = titles_before(window)
    if not match:
        return None
    role = normalize_role(match.group(1))
    if label not in {"PERSON", "ORG", "GPE", "LOC"} or (label == "ORG" and is_ambiguous_title(role)):
        return None  # "General Motors" split in two is a company; "General Lasalle" (GPE) a man
    return role
