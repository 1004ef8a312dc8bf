"""Who holds a list line's post: the name the line opens with, or the one set after its title.

    Hon. Marie-Claire X (PSDM) – Deputy Prime Minister – 27.10.2023
    First Deputy Mayor: Iván X (PSOE), since 21.06.2023
    2. Dana Whitsell, Chief Accountant

A line naming no one is the document subject's (``careers.extract``); one that names
another person before its title tells of that person, and one whose name neither
opens it nor follows its title gives its post to no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.careers.post_words import is_position_head, is_position_word
from pipeline.discourse.people import People
from pipeline.linking.names import is_honorific
from pipeline.parsed import sentence_of, text_of
from pipeline.records import Mention
from pipeline.wordlists import words

_BULLETS = words("sections", "bullets")
# What sets a holder's name after a list line's title: "Chair: X", "Councillor for Y – Z", a
# table's bar ("Head of delegation | Hon. X MP"); where the cell after a title holds its
# organization instead ("Chairman | Siliwangi Veterans' ..."), a "name" the model found in it
# is no holder.
_NAME_SEPARATORS = frozenset({":", "–", "—", "-", "|"})
# What sets a name that opens a list line apart from the post after it: "X (Party) – Minister".
_AFTER_NAME = frozenset({"(", ",", "–", "—", "-"})
# Words of a date that may come between a listed name and its title: "X (V) – since 2025; Chair".
_BEFORE_TITLE = words("positions", "before_title")


def named_before(head: Token, holder: Mention, people: People) -> bool:
    """ "2. Dana Whitsell, Chief Accountant": a line naming someone other than the holder
    before the title tells of that person, not of the subject the list is about; and in
    "A (SPD), Chair; B (CDU), Deputy Chair" the second title is not A's."""
    sent = sentence_of(head)
    return any(
        sent.start_char <= m.start_char < head.idx and people.representative_of(m) != holder
        for m in people.persons
    )


def named_first(sent: Span, subject: Mention, people: People) -> Mention | None:
    """ "2. Dana Whitsell, Chief Accountant", "Hon. Marie-Claire X (PSDM) – Deputy Prime
    Minister": the person other than the subject whose name opens the line (after a
    bullet, a number or an honorific), set apart by a bracket, a comma or a dash from the
    title that follows at once (not "Eva Roth, a former aide to the Prime Minister")."""
    opening = next((t for t in sent if not _before_a_listed_name(t)), None)
    mention = next((m for m in people.persons if opening is not None and m.start_char == opening.idx), None)
    if mention is None or people.representative_of(mention) == subject:
        return None
    if len(mention.text.split()) < 2:
        return None  # "Jan–Apr 2015  Visiting Professor": a month the model took for a name
    after = [t for t in sent if t.idx >= mention.end_char]
    if not after or after[0].text not in _AFTER_NAME:
        return None
    depth, title = 0, None
    for token in after:  # past the bracket ("(PSDM)") and the separators, the first word
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0 and (token.is_alpha or token.like_num):
            title = token
            break
    return people.representative_of(mention) if title is not None and _opens_a_title(title) else None


def _opens_a_title(token: Token) -> bool:
    """What may follow the name: a title's first word ("Deputy Prime Minister", "manager of
    ..."), an age or a date before it ("X, 39, until October 2022 a senior expert", "X (V)
    – since 29.01.2025; Deputy Chairperson"); not "a former aide to the Prime Minister",
    "the Minister's driver" or another name."""
    if token.i + 2 < len(token.doc) and token.nbor().text == "-":
        token = token.nbor(2)  # "Vice-Rector", split at its hyphen
    return (
        is_position_word(token) or is_position_head(token) or token.like_num or token.lower_ in _BEFORE_TITLE
    )


def _before_a_listed_name(token: Token) -> bool:
    return (
        token.is_space
        or token.text in _BULLETS
        or token.text == "."
        or is_honorific(token.text)
        or (token.text.rstrip(".)").isdigit() and len(token.text) <= 3)
    )


def named_after(head: Token, people: People) -> Mention | None:
    """ "First Deputy Mayor: Iván X (PSOE), since 21.06.2023", "Councillor for Finance – Iván
    X": a name set after the title by a colon or a dash is the holder's (not "Assistant to
    Anna X", whose name hangs on a word)."""
    doc, sentence_end = head.doc, _through_honorific(sentence_of(head))
    for mention in people.persons:
        if not head.idx < mention.start_char < sentence_end:
            continue
        if all(map(is_honorific, mention.text.split())):
            continue  # "Chairperson: Dr. Ir. X", where the model took "Ir" for a name
        before = doc.char_span(head.idx, mention.start_char, alignment_mode="expand")
        kept = [t for t in before or () if not is_honorific(t.text) and t.text != "."]
        if len(kept) > 1 and kept[-1].text in _NAME_SEPARATORS:
            return people.representative_of(mention)  # "Minister of Tourism – Hon. Nadia X"
        return None  # the first name after the title decides
    return None


def _through_honorific(sent: Span) -> int:
    """Where the sentence ends, or its line, when the parser ended it at an honorific's full
    stop ("Minister of Justice — Hon. | Lorato X (BCP) — 8th November 2024")."""
    words = [t for t in sent if not t.is_space and t.text != "."]
    if not words or not is_honorific(words[-1].text) or sent.text.rstrip(" .").endswith("\n"):
        return sent.end_char
    end = text_of(sent.doc).find("\n", sent.end_char)
    return end if end >= 0 else len(text_of(sent.doc))
