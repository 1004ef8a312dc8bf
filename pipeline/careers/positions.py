"""Position titles: find the noun phrase naming a post and normalise it.

"a simple Service Technician" -> Service Technician; "Minister of Energy and
Mines" keeps its portfolio; "Mayor of Oslo" -> Mayor, place Oslo; "Second
Secretary of the Labour Party of the City" -> Second Secretary, organization
Labour Party of the City. The head words live in ``data/positions.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.careers.phrases import SMALL_WORDS, STOP_PUNCT, phrase_text, phrase_tokens
from pipeline.careers.post_words import (
    is_portfolio_word,
    is_position_head,
    is_position_word,
    portfolio_name,
    position_words,
)
from pipeline.events.parties import party_named
from pipeline.records import Mention
from pipeline.wordlists import data_file, words

_ABBREVIATIONS = {str(k).lower(): str(v) for k, v in data_file("positions")["abbreviations"].items()}
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Boards and their members (data/positions.toml).
_BOARDS = words("positions", "boards")
_BOARD_MEMBERS = words("positions", "board_members")


@dataclass(frozen=True, slots=True)
class TitleReading:
    """What a title noun reads as: the normalised title and the organization and place
    the post belongs to ("Mayor of Oslo" -> Mayor, place Oslo)."""

    title: str
    organization: str | None
    place: str | None
    head: Token


def read_title_noun(head: Token, mentions: dict[int, Mention]) -> TitleReading:
    """The normalised title and the organization or place the post belongs to."""
    bracketed = _bracketed_title(head)
    if bracketed is not None:
        # "technical director (Chief Engineer) of X": the bracket gives the formal title.
        title, node = bracketed.text, bracketed.root
    else:
        title, node = _title_words(head, mentions), head
    joint = joint_title(head) if bracketed is None else None
    if joint is not None:
        title = f"{title} and {joint.text}"
    organization, place = None, None
    # Written after the portfolio: "Secretary of State for Health", "Assistant to the President".
    complement = title_complement(head, mentions)
    preps = _preps(head) + (_preps(node) if node is not head else [])
    preps += [p for t in (joint or ()) for p in _preps(t)]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        kind, text = _classify(obj, prep, mentions, territorial=_is_territorial(head))
        if kind == "organization" and _portfolio_of(prep.head, prep, obj):
            kind = "portfolio"
        if kind == "portfolio" and head.lemma_.lower() in position_words().field_heads:
            continue  # "Professor of Public Health": the field, not the post
        generic_board = obj.lower_ in _BOARDS and not any(
            c.dep_ in {"compound", "amod"} for c in obj.children
        )
        if generic_board and organization is None and prep.lower_ == "of":
            # "Member of the Board of Directors of X": the board is part of the title.
            title = f"{title} of the {_portfolio_text(obj)}{_of_words(obj)}"
            owner = _board_owner(obj)
            if owner is not None:
                kind, text = _classify(owner[1], owner[0], mentions)
                kind = "organization" if kind == "portfolio" else kind  # "of Ardavian Railways"
                organization, place = _assign(kind, text, organization, place)
            continue
        if kind == "portfolio" and organization is None and place is None and prep.lower_ == "of":
            title = f"{title} of {_portfolio_text(obj)}"
            # "Head of Administration of the City": look for the organization further on.
            for inner in _preps(obj):
                inner_obj = next((c for c in inner.children if c.dep_ == "pobj"), None)
                if inner_obj is not None:
                    kind2, text2 = _classify(inner_obj, inner, mentions)
                    organization, place = _assign(kind2, text2, organization, place)
        else:
            organization, place = _assign(kind, text, organization, place)
    title = (_portfolio_first(title, head) if bracketed is None else title) + complement
    title += _bracketed_remit(head, title, mentions) if bracketed is None else ""
    seat = position_words().seat_titles.get((organization or "").lower())
    if seat is not None and title.lower() == "member":
        title, organization = seat, None  # "Member of Parliament for Halifax": the seat's title
    employer = _employer_for(head, mentions)
    if employer is not None and f"for {employer}" in title:
        employer = None  # "Secretary of State for Work and Pensions": the remit, not an employer
    organization = organization or _organization_before(head, mentions) or employer
    organization = organization or _joined_as(head, mentions)
    place = place or _place_before(head, mentions) or _constituency(head, mentions)
    return TitleReading(normalise_title(title), organization, place, head)


def _constituency(head: Token, mentions: dict[int, Mention]) -> str | None:
    """ "senator for Valparaiso", "MP for Halifax": the place a representative's seat is for."""
    if head.lemma_.lower() not in position_words().constituency_heads:
        return None
    return _place_on(head, "for", mentions)


def title_complement(head: Token, mentions: dict[int, Mention]) -> str:
    """ " to the President" of "Assistant to the President", " for Roads and Public Works"
    of "Chief Officer for Roads and Public Works": words that belong to the title."""
    words = position_words()
    lemma = head.lemma_.lower()
    preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
    # "was Private Secretary to the Secretary of State": the parser may hang "to" on the verb.
    preps += [c for c in head.head.children if c.dep_ == "prep" and c.i == head.i + 1 and c.lower_ == "to"]
    for prep in preps:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or (obj.i in mentions and mentions[obj.i].label in _PLACE_LABELS):
            continue  # "Ambassador to Brazil": a place, not part of the title
        if prep.lower_ == "to" and lemma in words.to_heads:
            if is_position_head(obj) and obj.i > head.i:
                # "Private Secretary to the Secretary of State for Health": the title served, whole.
                return f" to the {read_title_noun(obj, mentions).title}"
            return f" to the {_with_portfolio(obj, mentions)}"
        if prep.lower_ == "for" and lemma in words.for_heads and _names_a_remit(obj, mentions):
            return f" for {_remit_text(head, obj, mentions)}"
        if prep.lower_ == "on" and lemma in words.on_heads and _names_a_remit(obj, mentions):
            return f" on {_remit_text(head, obj, mentions)}"
    return ""


def _names_a_remit(obj: Token, mentions: dict[int, Mention]) -> bool:
    """ "for Roads", "for economics", "for crimes against journalists", "on social
    welfare": what the post is for; not "for two years", "for the company", "for the
    International Defence and Aid Fund" (an organization). A department's name without
    "the" after a secretary or minister is the remit even when tagged an organization
    ("Secretary of State for Communities and Local Government")."""
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children)
    if obj.i in mentions and mentions[obj.i].label == "PERSON":
        return False  # "assistant for Karl Lind": whom one assists, not a remit
    if party_named(obj) is not None or obj.like_num or any(c.like_num for c in obj.children):
        return False  # "Councillor for Labour": a party; "Member for Thirty Years": a time
    if obj.i in mentions and mentions[obj.i].label == "ORG":
        return bare and obj.head.head.lemma_.lower() in position_words().portfolio_of
    if obj.text[:1].isupper():
        return True
    return bare and obj.pos_ == "NOUN" and obj.ent_type_ == ""


def _remit_text(head: Token, obj: Token, mentions: dict[int, Mention]) -> str:
    """The remit's words, with what the parser hung elsewhere: "for Roads and Public
    Works" (the second noun read as the head's conjunct), "for crimes against journalists"."""
    text = _portfolio_text(obj)
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ not in _ORG_PREPS):
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if inner is not None and inner.i not in mentions:
            text += f" {prep.text} {_portfolio_text(inner)}"
    for conj in (c for c in head.children if c.dep_ == "conj" and c.i > obj.i):
        joined = conj.left_edge.i > 0 and conj.doc[conj.left_edge.i - 1].lower_ in {"and", "&"}
        if joined and conj.text[:1].isupper() and conj.lemma_.lower() not in position_words().heads:
            text += f" and {_portfolio_text(conj)}"
    return text


# Prepositions after a remit that name where the post is, not what it is for.
_ORG_PREPS = frozenset({"of", "in", "at", "from", "since", "until", "with", "on"})


def _with_portfolio(obj: Token, mentions: dict[int, Mention]) -> str:
    """ "Minister of External Affairs" keeps its portfolio; "akim of Karaganda Oblast" drops the place."""
    text = normalise_title(_portfolio_text(obj))
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
        inner = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if inner is not None and _classify(inner, prep, mentions)[0] == "portfolio":
            text += f" of {_portfolio_text(inner)}"
    return text


def _portfolio_first(title: str, head: Token) -> str:
    """ "justice minister" -> "minister of justice"; "deputy energy minister" likewise."""
    words = position_words()
    if head.lemma_.lower() not in words.portfolio_heads or " of " in title:
        return title
    *before, last = title.split()
    titled = all(w[:1].isupper() for w in title.split())
    portfolio = [w for w in before if is_portfolio_word(w, titled)]
    if not portfolio:
        return title
    ranks = [w for w in before if w not in portfolio]
    return " ".join([*ranks, last, "of", portfolio_name(portfolio)])


def _is_territorial(head: Token) -> bool:
    return head.lower_ in position_words().territorial or head.lemma_.lower() in position_words().territorial


def _bracketed_title(head: Token) -> Span | None:
    """ "director (Chief Engineer)": a capitalised title in brackets right after the head."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "(":
        return None
    close = next((t.i for t in doc[head.i + 2 : head.i + 8] if t.text == ")"), None)
    if close is None or close == head.i + 2:
        return None
    inner = doc[head.i + 2 : close]
    if not all(t.text[:1].isupper() or t.lower_ in SMALL_WORDS for t in inner):
        return None
    return inner if is_position_word(inner[-1]) else None


def place_within(noun: Token, mentions: dict[int, Mention]) -> str | None:
    """ "a school in Ahmedabad": the place a noun phrase says it is in."""
    return _place_on(noun, "in", mentions)


def _place_on(noun: Token, preposition: str, mentions: dict[int, Mention]) -> str | None:
    """The place mention a preposition of the noun governs."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        mention = mentions.get(obj.i) if obj is not None else None
        if mention is not None and mention.label in _PLACE_LABELS:
            return mention.text
    return None


def _bracketed_remit(head: Token, title: str, mentions: dict[int, Mention]) -> str:
    """ " (Housing)" of "Shadow Minister (Housing)", " (Crime)" of "Deputy Commissioner of
    Police (Crime)": after a head that takes a portfolio, a remit in brackets right after the
    title's words is part of it; not a date, a place, an organization's initials or a party."""
    if head.lemma_.lower() not in position_words().portfolio_of:
        return ""  # "Governor (Donegal)": the model may not know the place
    doc, written = head.doc, set(title.lower().split())
    i = head.i + 1
    while i < len(doc) and i < head.i + 8 and doc[i].lower_ in written:
        i += 1
    if i + 2 >= len(doc) or doc[i].text != "(":
        return ""
    close = next((t.i for t in doc[i + 1 : i + 6] if t.text == ")"), None)
    inner = doc[i + 1 : close] if close is not None else None
    if not inner or inner.text.isupper() or any(t.i in mentions or party_named(t) for t in inner):
        return ""
    if not inner[0].text[:1].isupper() or not all(t.is_alpha for t in inner):
        return ""
    return f" ({inner.text})"


def _place_before(head: Token, mentions: dict[int, Mention]) -> str | None:
    """ "the Kazakhstan president", "Tarvania's Minister of Justice": a place named before the title."""
    for child in head.lefts:
        mention = mentions.get(child.i)  # a place
        if (
            mention is not None
            and mention.label in _PLACE_LABELS
            and child.dep_ in {"compound", "poss", "nmod"}
        ):
            return mention.text
    return None


def _employer_for(head: Token, mentions: dict[int, Mention]) -> str | None:
    """ "editor for the New York Times", "a legal officer for the International Defence
    and Aid Fund", "an engineer with Boeing": a named organization the post is held for."""
    for prep in (
        c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "with"} and c.i > head.i
    ):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.i in mentions and mentions[obj.i].label == "ORG":
            return phrase_text(obj)
    return None


_JOINED_PREPS = frozenset({"at", "for", "with"})


def _joined_as(head: Token, mentions: dict[int, Mention]) -> str | None:
    """ "joined the County Prosecutor's Office as an assistant prosecutor", "started at
    Halden Shipyard as a hull engineer": the named organization of the verb the post follows."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as":
        return None
    held = prep.head  # "led Fjordline Group as President": the "as" hangs on the object
    if held.dep_ == "dobj" and held.i in mentions and mentions[held.i].label == "ORG":
        return mentions[held.i].text
    if held.pos_ != "VERB":
        return None
    for child in prep.head.children:
        obj = child if child.dep_ == "dobj" else None
        if child.dep_ == "prep" and child.lower_ in _JOINED_PREPS:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        mention = mentions.get(obj.i) if obj is not None else None
        if mention is not None and mention.label == "ORG":
            return mention.text
    return None


def _organization_before(head: Token, mentions: dict[int, Mention]) -> str | None:
    """ "Nintendo Australia's Managing Director": an organization owning the title. Only
    a possessive: the model tags many title words ORG ("Desk Officer", "Non-Executive")."""
    own = mentions.get(head.i)
    for token in (t for t in head.subtree if t.i < head.i and t.dep_ == "poss"):
        mention = mentions.get(token.i)
        if mention is not None and mention.label == "ORG" and mention is not own:
            return mention.text
    return None


def _assign(
    kind: str, text: str, organization: str | None, place: str | None
) -> tuple[str | None, str | None]:
    if kind == "place" and place is None:
        return organization, text
    if kind == "organization" and organization is None:
        return text, place
    return organization, place


def joint_title(head: Token) -> Span | None:
    """The second title of one post held under two: "President and Chief Executive Officer",
    "Chairman and Chief Executive of X", "President and Vice-Chancellor": capitalised title
    words right after "and", ending in a title head. A title with its own complement
    ("Minister of Finance and Deputy Prime Minister") is two posts, not one."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "and" or not head.text[:1].isupper():
        return None
    end = head.i + 2
    while end < len(doc) and (
        (doc[end].text[:1].isupper() and doc[end].is_alpha)
        or (doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_)
    ):
        end += 1
    if end == head.i + 2 or not any(c.dep_ == "conj" for c in doc[head.i + 2 : end] if c.head == head):
        return None
    last = doc[end - 1]
    return doc[head.i + 2 : end] if is_position_head(last) else None


def _preps(token: Token) -> list[Token]:
    return [
        c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "at", "in"} and c.i > token.i
    ]


def _classify(
    obj: Token, prep: Token, mentions: dict[int, Mention], territorial: bool = False
) -> tuple[str, str]:
    """Whether "of X" is the post's portfolio, its organization or its place."""
    mention = mentions.get(obj.i)
    mention = None if mention is not None and mention.label == "PERSON" else mention
    has_det = any(c.dep_ in {"det", "poss"} for c in obj.children)
    text = phrase_text(obj)
    if mention is not None and mention.label in _PLACE_LABELS and text == mention.text:
        return "place", mention.text
    generic = _generic_place(obj, mentions)
    if generic is not None:
        return "place", generic  # "akim of the city of Temirtau"
    if mention is not None and mentions.get(prep.i) is mention and not has_det:
        return "portfolio", text  # "Head of Administration" taken whole for a name
    if territorial and prep.lower_ == "of" and text[:1].isupper() and not _names_organization(obj):
        # "Mayor of Bergen", "Governor of the Sarma Region": the territory governed.
        return "place", text
    if has_det or (mention is not None and mention.label == "ORG"):
        text = _without_epithets(obj, text)  # "the newly founded Tulsa Medical College"
        return ("organization", text) if text[:1].isupper() else ("none", text)
    if prep.lower_ == "in" and mention is not None:
        return "place", mention.text
    if text[:1].isupper() and prep.head.lower_ in position_words().organization_of:
        return "organization", text  # "CEO of Norges Statsbaner"
    if obj.pos_ == "PROPN" or obj.text[:1].isupper() or prep.lower_ == "of":
        return "portfolio", text  # "Minister of Energy", "director of research"
    return "none", text


def _generic_place(obj: Token, mentions: dict[int, Mention]) -> str | None:
    """ "the city of Temirtau", "the town of Moncton": a generic head (data/places.toml
    ``generic_heads``) and the place its "of" names."""
    if f"{obj.lemma_.lower()} of" not in _GENERIC_HEADS:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    mention = mentions.get(inner.i) if inner is not None else None
    return mention.text if mention is not None and mention.label in _PLACE_LABELS else None


_GENERIC_HEADS = words("places", "generic_heads")


def _of_words(obj: Token) -> str:
    """ " of Directors" in "Board of Directors of X" (only a lower-level noun, not the organization)."""
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return f" of {inner.text}" if inner is not None and inner.lower_ in _BOARD_MEMBERS else ""


def _board_owner(board: Token) -> tuple[Token, Token] | None:
    """The preposition and object naming whose board it is: "Board (of Directors) of X" -> (of, X)."""
    node = board
    for _ in range(2):
        prep = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if prep is None or obj is None:
            return None
        if obj.lower_ not in _BOARD_MEMBERS:
            return prep, obj
        node = obj
    return None


def _portfolio_text(obj: Token) -> str:
    """ "Energy and Mines" in "Minister of Energy and Mines of X": the words, not the "of X" after them."""
    kept = [obj]
    listed = _coordinated(obj)
    for child in obj.children:
        if child.dep_ in {"compound", "amod", "cc"} or (child.dep_ == "conj" and listed):
            kept.extend(t for t in child.subtree if t.dep_ != "prep" and t.head.dep_ != "prep")
    # "Commerce, Trade and Industry": a comma between conjuncts is the portfolio's own.
    listing = {c.i for c in kept if c.dep_ == "conj"}
    commas = [c for c in obj.children if c.text == "," and any(c.i < i for i in listing)]
    ordered = sorted(kept, key=lambda t: t.i)
    # "for Communities and Local Government, June 2007 – June 2009": the words end at a comma.
    stop = next((t.i for t in ordered if t.i > obj.i and t.text in STOP_PUNCT), None)
    words = sorted(
        [t for t in ordered if (stop is None or t.i < stop) and t.ent_type_ != "DATE"] + commas,
        key=lambda t: t.i,
    )
    return " ".join(t.text for t in words).replace(" ,", ",")


def _coordinated(obj: Token) -> bool:
    """ "Energy and Mines", "Commerce, Trade and Industry": conjuncts joined by "and"; not
    "the Treasury, Ministry of Finance", where the comma sets off another name."""
    node: Token | None = obj
    while node is not None:
        if any(c.dep_ == "cc" for c in node.children):
            return True
        node = next((c for c in node.children if c.dep_ == "conj"), None)
    return False


def _portfolio_of(head: Token, prep: Token, obj: Token) -> bool:
    """ "Secretary of State", "Minister of Mineral Resources": no article, no organization word."""
    has_det = any(c.dep_ in {"det", "poss"} for c in obj.children)
    return (
        head.lemma_.lower() in position_words().portfolio_of
        and prep.lower_ == "of"
        and not has_det
        and not any(_names_organization(t) for t in phrase_tokens(obj))
    )


def _without_epithets(obj: Token, text: str) -> str:
    """ "Fisk University" of "historically black Fisk University": the lower-case words
    that describe a name before it are not part of it (the head noun itself stays: "the
    board of Gazprom")."""
    before = [t for t in obj.subtree if t.i < obj.i and t.dep_ not in {"det", "poss", "case"}]
    name = next((t for t in before if t.text[:1].isupper()), None)
    if name is None or not all(t.dep_ in {"amod", "advmod", "npadvmod"} for t in before if t.i < name.i):
        return text
    return text[text.index(name.text) :] if name.text in text else text


def _names_organization(obj: Token) -> bool:
    nouns = words("organizations", "heads")
    return obj.lemma_.lower() in nouns or obj.lower_ in nouns


def _inside_word(hyphen: Token) -> bool:
    """ "vice-director", not a bullet's dash before a line's title ("- Chair: ...")."""
    before = hyphen.doc[hyphen.i - 1]
    return not hyphen.whitespace_ and not before.whitespace_ and before.is_alpha


def _title_words(head: Token, mentions: dict[int, Mention]) -> str:
    words = position_words()
    kept: list[Token] = [head]
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if (
            child.dep_ not in {"compound", "amod", "nmod"}
            or child.lower_ in words.drop
            or not child.text[:1].isalnum()
        ):
            break  # "| Assistant Commissioner": a table's bar is no word of the title
        if child.i in mentions and mentions[child.i].label in _PLACE_LABELS | {"NORP", "PERSON"}:
            break  # "appointed Dubrovina governor", "the Kazakhstan president"
        if child.ent_type_ == "NORP" or party_named(child) is not None:
            break  # "a Conservative Member of Parliament": the party is a membership row
        # "accounts officer", "roads director": a noun compounded with the head is the title's.
        compounded = child.dep_ == "compound" and child.pos_ == "NOUN"
        if not (
            compounded
            or child.text[:1].isupper()
            or child.lower_ in words.modifiers
            or child.lower_ in words.heads
        ):
            break
        kept.insert(0, child)
    doc = head.doc
    start = kept[0].i
    # "vice-director" is three tokens the parser may not attach to each other.
    while start >= 2 and doc[start - 1].text == "-" and _inside_word(doc[start - 1]):
        start -= 2
    if head.tag_ in {"NNS", "NNPS"}:  # "appointed them as members of the Board": each a member
        return doc[start : head.i].text_with_ws + head.lemma_
    end = head.i + 1
    # "director-general", "editor-in-chief": the words the hyphens join after the head.
    while end + 1 < len(doc) and doc[end].text == "-" and _inside_word(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    return doc[start:end].text


def normalise_title(title: str) -> str:
    """Title case, keeping small words lower case: "vice-director of mines" -> "Vice-Director of Mines";
    an abbreviated title written out ("MP" -> "Member of Parliament", "Acting CFO" -> "Acting
    Chief Financial Officer", positions.toml)."""
    title = _ABBREVIATIONS.get(title.strip(" ,;:.").lower(), title)
    words = [_ABBREVIATIONS.get(w.lower(), w) for w in title.strip(" ,;:").split()]
    words = " ".join(words).split()
    return " ".join(
        _cap(w) if i == 0 or w.lower() not in SMALL_WORDS else w.lower() for i, w in enumerate(words)
    )


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
