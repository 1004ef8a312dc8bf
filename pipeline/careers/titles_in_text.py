"""Posts known only from a title written next to a name.

"Prime Minister Karim X", "the Kazakhstan president, Nursultan X", "the mayor
of Y (Zamanbek X)", "Oleg X, an engineer at the local shipyard": each names a
post the person holds (or held) without saying when. The title is read from
the words themselves, not the parse, which often mangles a title in front of
a name ("the minister of emergency situations Victor X").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.careers.positions import normalise_title, title_complement
from pipeline.careers.post_words import is_portfolio_word, is_position_word, portfolio_name, position_words
from pipeline.events.parties import party_named
from pipeline.linking.names import is_honorific
from pipeline.records import Mention
from pipeline.wordlists import words

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Tokens that may sit between a title and the name it belongs to.
_JOINERS = frozenset({",", "("})
# A country written as its initials with full stops: "U.S.", "U.K.".
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# How far before a name a title may start.
_WINDOW = 8


@dataclass(frozen=True, slots=True)
class TitledName:
    mention: Mention
    title: str
    organization: str | None
    place: str | None
    span: Span  # the title and the name together


def find_titled_names(
    doc: Doc, persons: Sequence[Mention], names: dict[int, Mention]
) -> Iterator[TitledName]:
    """Each person mention with a post title right before it or in apposition after it."""
    for mention in persons:
        if not mention.text[:1].isupper() or mention.text.lower().startswith("the "):
            continue  # a role reference ("the president") is not a new post
        name = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if name is None or any(is_position_word(t) for t in name):
            continue  # "Best Akim", "Supervisor": a title taken for a name
        phrase = _title_before(doc, name.start, names) or _title_after(name, names)
        read = read_title(phrase, names) if phrase is not None else None
        if phrase is not None and read is not None:
            span = doc[min(phrase.start, name.start) : max(phrase.end, name.end)]
            yield TitledName(mention, *read, span)


def _title_before(doc: Doc, start: int, names: dict[int, Mention]) -> Span | None:
    """ "Judge A", "the Kazakhstan president, A", "Minister of Justice, A", "the mayor of Y (A",
    also with an honorific before the name ("the Managing Director, Mr A")."""
    bare = start
    while bare > 0 and (is_honorific(doc[bare - 1].text) or doc[bare - 1].text == "."):
        bare -= 1
    end = bare - 1 if bare > 0 and doc[bare - 1].text in _JOINERS else bare
    first = end
    while first > max(0, bare - _WINDOW) and _may_be_in_title(doc[first - 1], names):
        first -= 1
    if first < end and is_position_word(doc[end - 1]):
        # "Representatives of President A": the title is the words right before the name.
        first = max([first] + [t.i + 1 for t in doc[first:end] if t.lower_ == "of"])
    while first < end and not _starts_title(doc[first]):
        first += 1
    phrase = doc[first:end]
    if len(phrase) > 0 and phrase[-1].lower_ in {"of", "at", "for", "the"}:
        return None  # "CEO of Norges Statsbaner": the name is the post's organization, not its holder
    if end == bare and any(t.lower_ == "the" for t in phrase):
        return None  # "member of the pop group McMaster & James": the name is the group's
    if (
        first >= 3
        and doc[first - 1].lower_ == "the"
        and doc[first - 2].lower_ == "of"
        and _a_person(doc[first - 3])
    ):
        return None  # "the daughter of the Mayor of Graz, A": A may be the daughter
    if not _headed(phrase) or (end < start and not _in_apposition(doc[start : start + 1].root, phrase)):
        return None
    if len(phrase) == 1 and first > 0 and doc[first - 1].tag_ == "PRP$":
        return None  # "her deputy, A": deputy to someone, the post left unnamed
    if end < bare and first > 0 and doc[first - 1].lower_ in {"a", "an"} and phrase.text.islower():
        return None  # "An economist, Ms A was ...": what she is, not a post
    return phrase


def _a_person(noun: Token) -> bool:
    """A noun that names a person: a post ("secretary"), a trade, or a relative ("daughter")."""
    lemma = noun.lemma_.lower()
    return is_position_word(noun) or lemma in _TRADES or lemma in _KIN


_TRADES = words("positions", "trades")
_KIN = words("places", "kin_of_nouns")


def _in_apposition(name_token: Token, phrase: Span) -> bool:
    """ "the president, A, said": the name explains the title (not "... the president, A began")."""
    root = name_token
    # Up to the name's last word, also where only our repair, not the model, read it as a name.
    while root.head.i != root.i and (root.head.ent_type_ == "PERSON" or _name_compound(root)):
        root = root.head
    return root.dep_ == "appos" or phrase.start <= root.head.i < phrase.end


def _name_compound(token: Token) -> bool:
    return token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i == token.i + 1


def _title_after(name: Span, names: dict[int, Mention]) -> Span | None:
    """ "A, an engineer at the local shipyard": a title in apposition after the name (hung on
    any word of it: the parser splits a hyphenated name, "Kwame Owusu-Sekyere, the managing
    director of X")."""
    appos = next((c for t in name for c in t.children if c.dep_ == "appos" and c.i > name.end), None)
    if appos is None or not is_position_word(appos) or _occupation(appos):
        return None
    first = appos.i
    while first > name.end and _may_be_in_title(name.doc[first - 1], names):
        first -= 1
    last = appos.i + 1
    for prep in (c for c in appos.children if c.dep_ == "prep" and c.lower_ in {"of", "at"}):
        # Up to a comma: "of Sekyere Agro Inputs, a Kumasi-based firm" names the firm, then says what it is.
        words = list(prep.subtree)
        comma = next((t.i for t in words if t.text == ","), None)
        last = max(last, comma if comma is not None else words[-1].i + 1)
    return name.doc[first:last]


def _occupation(appos: Token) -> bool:
    """ "Janina X, a teacher from Piotrków", "Michael X, a creamery manager": what the person
    does, written with "a" and no organization, is an occupation, not a post."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in appos.children)
    where = any(c.dep_ == "prep" and c.lower_ in {"of", "at", "on", "for", "with"} for c in appos.children)
    when = any(c.dep_ == "advmod" for c in appos.children)  # "X, then a customs inspector": a post then held
    return indefinite and appos.text.islower() and not where and not when


def _may_be_in_title(token: Token, names: dict[int, Mention]) -> bool:
    mention = names.get(token.i)
    if _joins_words(token):
        return True  # "vice-president": a hyphen inside one title word
    if (mention is not None and mention.label == "PERSON") or token.is_punct or token.is_space:
        return False
    if token.lower_ in {"and", "&"} and 0 < token.i < len(token.doc) - 1:
        # "Minister of Environment and Energy": a portfolio of two capitalised words.
        return token.doc[token.i - 1].text[:1].isupper() and token.doc[token.i + 1].text[:1].isupper()
    if token.lower_ == "the" and token.i > 0 and token.doc[token.i - 1].lower_ == "of":
        return True  # "the Chief Judge of the Bandung High Court, A"
    # "managing director": a title's modifier the tagger reads as a verb.
    modifier = token.lower_ in position_words().modifiers
    return token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.lower_ in {"of", "all"} or modifier


def _joins_words(token: Token) -> bool:
    doc = token.doc
    inside = 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ and not token.whitespace_
    return token.text in {"-", "‑"} and inside and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def _starts_title(token: Token) -> bool:
    return token.lower_ not in {"of", "and", "&", "the"} and token.lower_ not in position_words().drop


def _initialism(token: Token) -> bool:
    """ "U.S.", "U.K.": a country's initials, written in a title ("Assistant U.S. Attorney")."""
    return bool(_INITIALS.fullmatch(token.text))


def _headed(phrase: Span) -> bool:
    """A title ends in its head word or continues with "of ..." after it."""
    if len(phrase) == 0:
        return False
    before_of = [t for t in phrase if t.i < _first_of(phrase)]
    if not before_of or before_of[-1].tag_ in {"NNS", "NNPS"}:
        return False  # "specialists", "representatives": a group, not a post
    return is_position_word(before_of[-1])


def _place_name(token: Token, names: dict[int, Mention]) -> bool:
    """A place mention that is not a title the model took for one ("County Governor")."""
    mention = names.get(token.i)
    if mention is None or mention.label not in _PLACE_LABELS:
        return False
    span = token.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and not any(is_position_word(t) for t in span)


def _organization_name(token: Token, names: dict[int, Mention]) -> bool:
    """An organization mention that is not a title the model took for one."""
    mention = names.get(token.i)
    if mention is None or mention.label != "ORG":
        return False
    span = token.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and not any(is_position_word(t) for t in span)


def _owner_before(phrase: Span, names: dict[int, Mention]) -> str | None:
    """ "Nintendo Australia's Managing Director": the organization whose post it is."""
    doc = phrase.doc
    if phrase.start < 2 or doc[phrase.start - 1].tag_ != "POS":
        return None
    mention = names.get(phrase.start - 2)
    return mention.text if mention is not None and _organization_name(doc[phrase.start - 2], names) else None


def _in_place_name(token: Token, names: dict[int, Mention]) -> bool:
    mention = names.get(token.i)
    return mention is not None and mention.label in _PLACE_LABELS | {"NORP"}


def _first_of(phrase: Span) -> int:
    return next((t.i for t in phrase if t.lower_ in {"of", "at"}), phrase.end)


def read_title(phrase: Span, names: dict[int, Mention]) -> tuple[str, str | None, str | None] | None:
    """The normalised title, organization and place of a title phrase; None when
    nothing of it is a title word (the model took the whole title for a place)."""
    words = position_words()
    split = _first_of(phrase)
    left = [t for t in phrase if t.i < split]
    place = next((names[t.i].text for t in left if _place_name(t, names) and not _initialism(t)), None)
    owner = _owner_before(phrase, names)
    named, left = _organization_in_front(left, names)
    left = [
        t
        for t in left
        if t.lower_ not in words.drop
        and party_named(t) is None  # "the constituency's Labour MP": the party is a membership
        and (
            is_position_word(t)
            or _initialism(t)  # "U.S. District Judge": a federal title writes its country in
            or not (t.ent_type_ in {"NORP", "GPE"} or _in_place_name(t, names))
        )
    ]
    if not left:
        return None
    head = left[-1]
    portfolio: list[str] = []
    if head.lemma_.lower() in words.portfolio_heads:
        # "justice minister", "former Agriculture Minister": the portfolio before the head.
        titled = all(t.text[:1].isupper() for t in left)
        portfolio = [t.text for t in left[:-1] if is_portfolio_word(t.text, titled)]
        left = [t for t in left[:-1] if not is_portfolio_word(t.text, titled)] + [head]
    # Written as the text has them, so that "vice-president" stays one word.
    title = "".join(t.text_with_ws for t in left).strip()
    if not any(t.lower_ in {"to", "for", "on"} for t in phrase):
        title += title_complement(head, names)  # "David Lwanga, Secretary to the Treasury,"
    organization = None
    rest = phrase.doc[split + 1 : phrase.end] if split < phrase.end else None
    at = next((t for t in rest if t.lower_ == "at"), None) if rest is not None else None
    if rest is not None and at is not None:
        # "director of finance at the Ghana Cocoa Board": the portfolio, then where.
        organization = phrase.doc[at.i + 1 : phrase.end].text.removeprefix("the ").strip() or None
        rest = phrase.doc[rest.start : at.i]
    if rest is not None and len(rest) > 0:
        mention = names.get(rest[-1].i)
        text = rest.text.removeprefix("the ").strip()
        territorial = head.lemma_.lower() in words.territorial
        # "Professor of Public Law", "lecturer of economics": a field or a chair, no body
        field = head.lemma_.lower() in words.field_heads | words.chair_heads
        if (mention is not None and mention.label in _PLACE_LABELS) or (territorial and text[:1].isupper()):
            place = mention.text if mention is not None else text  # "the mayor of Linz"
        elif phrase.doc[split].lower_ == "at" or any(t.lower_ in {"the", "a"} for t in rest[:1]):
            organization = text
        elif mention is not None and mention.label == "ORG" and mention.text == text and not field:
            organization = text  # "the managing director of Sekyere Agro Inputs": a named body
        elif not portfolio:
            portfolio = [text]
    if portfolio:
        title = f"{title} of {portfolio_name(portfolio)}"
    return normalise_title(title), organization or owner or named, place


def _organization_in_front(left: list[Token], names: dict[int, Mention]) -> tuple[str | None, list[Token]]:
    """ "Eskom chairperson", "Siemens chief executive": a body named before the title is the
    post's organization, not part of its title. A name is told from a title word by its
    capital before a title written in lower case, or by the model calling it an organization.
    A portfolio ("Agriculture minister") is the title's own, and stays."""
    words = position_words()
    heads = [t for t in left if is_position_word(t)]
    if not heads or heads[-1].lemma_.lower() in words.portfolio_heads | words.territorial:
        return None, left  # "Bergen mayor": a capital before a territorial title is its place
    lowercase_title = heads[-1].text.islower()
    front = []
    for token in left:
        if is_position_word(token) or token.lower_ in words.modifiers or token.lower_ in words.drop:
            break
        if not _body_word(token, names, lowercase_title):
            return None, left
        front.append(token)
    if not front:
        return None, left
    return " ".join(t.text for t in front), left[len(front) :]


def _body_word(token: Token, names: dict[int, Mention], lowercase_title: bool) -> bool:
    if token.pos_ != "PROPN" or _initialism(token) or party_named(token) is not None:
        return False  # "Liberal chief X": a party, told as a membership; "U.S. Attorney"
    unnamed = token.tag_ == "NNP" and token.text[:1].isupper() and names.get(token.i) is None
    return _organization_name(token, names) or (lowercase_title and unnamed)
