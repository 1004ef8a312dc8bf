"""Person names the statistical NER missed, recovered from the parse.

The small spaCy model labels unfamiliar names ("Larisa Petrovna Dubrovina
was born ...") as ORG, or not at all. A chain of two to four title-case
proper nouns that is the one a person verb of the event lexicon happens to
(the subject of "married", the passive subject of "was born", the object of
"appointed", or a name in apposition to one of those) is a person's name,
unless a word in it marks an organisation ("the Daily Herald named her").
So is a name set beside a noun only a person is: a post, a trade or a
relative ("the historian Polybius", "Vesna Hrabal, Chair of the Committee",
"Kunti, the first wife of King Pandu"); there one word is enough.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.careers.post_words import is_position_head
from pipeline.events.triggers import Lexicon, load_lexicon
from pipeline.linking.titles import HEAD_TITLES, TITLE_MODIFIERS
from pipeline.parsed import all_tokens
from pipeline.wordlists import words, words_of_lists

# A personal name has a given name and a surname, perhaps a patronymic or a middle name.
_MIN_WORDS, _MAX_WORDS = 2, 4
# "appointed her Chief Physician": a title is the post, not the person.
_TITLE_WORDS = frozenset(HEAD_TITLES) | frozenset(TITLE_MODIFIERS)


# Entity labels of words that are no one's name ("Jan 2015 – Feb 2021: Regional Manager").
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


# The lists of organizations.toml whose words mark a capitalised chain as an organisation.
ORG_LISTS = tuple(
    ("organizations", key) for key in ("heads", "not_names", "seat_bodies", "membership_bodies")
)


def org_words() -> frozenset[str]:
    """Words that mark a capitalised chain as an organisation or a name of no person."""
    return words_of_lists(*ORG_LISTS)


def names_from_parse(doc: Doc) -> list[Span]:
    """Spans of ``doc`` that the parse shows to be people's names."""
    lexicon = load_lexicon()
    names: dict[int, Span] = {}
    opens_line = True
    for token in all_tokens(doc):
        if token.pos_ in {"VERB", "AUX"}:
            for head in _person_heads(token, lexicon) + _described_people(token):
                chain = name_chain(head)
                if chain is not None:
                    names[chain.start] = chain
        elif token.pos_ in {"NOUN", "PROPN"} and _person_noun(token):
            for chain in _apposed_names(token):
                names[chain.start] = chain
        if opens_line and _subjectless(token, lexicon):
            header = _header_before(token)
            if header is not None:
                names[header.start] = header
        opens_line = "\n" in token.text_with_ws
    return sorted(names.values(), key=lambda span: span.start)


def _person_heads(verb: Token, lexicon: Lexicon) -> list[Token]:
    deps = lexicon.person_deps(verb.lemma_.lower())
    heads = [child for child in verb.children if child.dep_ in deps]
    if verb.lemma_.lower() in lexicon.partners:  # "married to X"
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}]
        heads += [c for p in preps for c in p.children if c.dep_ == "pobj"]
    # "Her mother, Vera Dubrovina, was born ...": the name is in apposition.
    return heads + [child for head in heads for child in head.children if child.dep_ == "appos"]


def _described_people(verb: Token) -> list[Token]:
    """ "X was a pharmacist at ...", "X was one of the engineers who ...": the subject a
    copula says holds a post or trade is a person."""
    if verb.lemma_.lower() != "be":
        return []
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if attr is not None and attr.lower_ == "one":  # "one of the engineers"
        prep = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        attr = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if attr is None or not (is_position_head(attr) or attr.lemma_.lower() in words("positions", "trades")):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _person_noun(token: Token) -> bool:
    """A noun only a person is: a post's head, a trade, a relative."""
    lemma = token.lemma_.lower()
    return is_position_head(token) or lemma in words("positions", "trades") or _kin(token)


def _kin(token: Token) -> bool:
    kin = words("places", "kin_of_nouns")
    return token.lemma_.lower() in kin or token.lower_ in kin


def _apposed_names(noun: Token) -> list[Span]:
    """ "The Greek historian Polybius", "the Minister of State, Lord Shepherd,", "Kunti, the
    first wife of King Pandu": a name set beside a noun only a person is names a person,
    one word being enough there; a title before the name is not part of it."""
    beside = [c for c in noun.children if c.dep_ == "appos" and not _listed_body(noun, c)]
    # "X, Chair of the Committee", "X, the first wife of Y", "X, his son"; a relative's
    # noun there is determined ("Married, two children" is a CV's line).
    determined = _determined(noun)
    if noun.dep_ == "appos" and (determined or not _kin(noun)) and not _object_in_a_name(noun.head):
        beside.append(noun.head)
    names = [chain for other in beside if (chain := _bare_name(other)) is not None]
    return [chain for chain in names if _plainly_beside(noun, chain)]


def _listed_body(noun: Token, name: Token) -> bool:
    """ "Counsellor, Permanent Mission to the UN", "Deputy Head, Africa Division": a CV line's
    workplace after its title, unlike "the Minister of State, Lord X,": after a comma, a
    name beside a title no article or possessive determines."""
    if name.i == noun.i + 1:  # "the historian Polybius"
        return False
    return not _determined(noun)


def _determined(noun: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


def _object_in_a_name(name: Token) -> bool:
    """ "Archbishop of Rouen, Bishop of Ely", "Joint Committee on Transport, member": the
    noun after the comma is set beside the whole phrase, not its last word."""
    return name.dep_ == "pobj" and name.head.head.pos_ in {"NOUN", "PROPN"}


def _plainly_beside(noun: Token, chain: Span) -> bool:
    """Not in brackets ("Secretary (West)": a portfolio) nor across a label's colon
    ("Sep 2011 – present: Member of Parliament", "Occupation or position held: Head"),
    whatever the parse says; and no "of" after the name ("Adviser, Presidency of the
    Council": a body)."""
    doc = noun.doc
    start, end = sorted((noun.i, chain.start))
    between = doc[start:end]
    if any(t.text in {"(", "[", ":"} for t in between):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in chain.root.children)


def _bare_name(head: Token) -> Span | None:
    """The proper-noun chain ending at ``head`` without the titles before it, if it is a
    name of one to four words and no organisation's or place's word."""
    if not _name_word(head) or head.ent_type_ in _NOT_NAMES:
        return None
    doc = head.doc
    start = head.i
    while start > 0 and _joins(doc[start - 1], doc[start : head.i + 1]):
        start -= 1
    while start < head.i and doc[start].lower_ in _TITLE_WORDS:
        start += 1
    chain = doc[start : head.i + 1]
    if len(chain) > _MAX_WORDS or any(t.lower_ in _TITLE_WORDS or t.lower_ in org_words() for t in chain):
        return None
    if any(t.lower_ in words("places", "place_nouns") for t in chain):
        return None
    return chain


def _subjectless(verb: Token, lexicon: Lexicon) -> bool:
    """A person verb with no subject; at a line's start, a CV line ("Born 9 May 1960 in X")."""
    if not lexicon.person_deps(verb.lemma_.lower()):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _header_before(verb: Token) -> Span | None:
    """A CV's header: the line right above a subjectless line, when it is only a name."""
    doc = verb.doc
    end = verb.i - 1
    while end >= 0 and doc[end].is_space:
        end -= 1
    start = end
    while start > 0 and not doc[start - 1].is_space and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    if end < 0 or (start > 0 and "\n" not in doc[start - 1].text_with_ws):
        return None
    line = doc[start : end + 1]
    return line if name_chain(line[-1], whole=line) is not None else None


def name_chain(head: Token, whole: Span | None = None) -> Span | None:
    """The proper-noun chain ending at ``head`` (its compounds), if it looks like a
    personal name; ``whole`` checks a given span instead."""
    start = head.i
    while whole is None and start > 0 and _joins(head.doc[start - 1], head.doc[start : head.i + 1]):
        start -= 1
    chain = whole if whole is not None else head.doc[start : head.i + 1]
    named = [t for t in chain if t.text != "-"]
    if not _MIN_WORDS <= len(named) <= _MAX_WORDS or not all(_name_word(t) for t in named):
        return None
    if any(t.lower_ in org_words() or t.lower_ in _TITLE_WORDS for t in chain):
        return None
    return chain


def _joins(token: Token, chain: Span) -> bool:
    """A name word right before the chain belongs to it: as a compound, or as a
    stray one-word "sentence" the splitter cut off a line's first name; so does the
    hyphen of a double name ("Ardeleanu-Moga")."""
    attached = chain.start <= token.head.i < chain.end
    stray = token.head.i == token.i and not any(True for _ in token.children)
    return (_name_word(token) and (attached or stray)) or _inner_hyphen(token, chain)


def _inner_hyphen(token: Token, chain: Span) -> bool:
    doc = token.doc
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and _name_word(doc[token.i - 1])
        and _name_word(chain[0])
    )


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title
