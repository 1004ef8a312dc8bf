"""Predecessors: the post someone took over was held, until then, by the one named.

"Appointed Director in 2019, succeeding Dr X", "Y succeeds Mr X as Chairperson", "the
successor to X, who retired in 2016": the sentence that tells a post names who held it
before. That person held the same post (title, organization, place) and left it when the
successor started: the row ends there, inferred, and its start stays unknown. The words
are in ``data/positions.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from pipeline.careers.posts import ToldPost
from pipeline.discourse.people import People
from pipeline.records import Mention
from pipeline.syntax import child, governing_verb
from pipeline.wordlists import words

_SUCCESSION_VERBS = words("positions", "succession_verbs")
_SUCCESSOR_NOUNS = words("positions", "successor_nouns")
# Links that take a title out of the verb's own clause.
_OTHER_CLAUSE = frozenset({"conj", "advcl", "relcl", "ccomp", "xcomp", "parataxis", "acl"})
# A predecessor's post is inferred: less sure than the successor's own.
_CONFIDENCE = 0.6


def predecessor_posts(posts: Sequence[ToldPost], doc: Doc, people: People) -> list[ToldPost]:
    """The post each predecessor named beside a post held before it (one per person and title)."""
    found: list[ToldPost] = []
    for post in posts:
        for person in _predecessors(post, doc, people):
            if person != post.person and not any(_same(p, person, post.title) for p in [*posts, *found]):
                found.append(_held_before(post, person))
    return found


def _same(post: ToldPost, person: Mention, title: str) -> bool:
    return post.person == person and post.title.lower() == title.lower()


def _held_before(post: ToldPost, person: Mention) -> ToldPost:
    ended = post.start is not None
    return replace(
        post,
        person=person,
        start=None,
        end=post.start,
        end_basis="inferred" if ended else None,
        confidence=min(post.confidence, _CONFIDENCE),
        rule="predecessor",
        titled=False,
        again=False,
    )


def _predecessors(post: ToldPost, doc: Doc, people: People) -> Iterator[Mention]:
    """The people the post's own words name as its holder's predecessor."""
    span = doc.char_span(*post.span, alignment_mode="expand")
    if span is None or post.titled or post.rule in {"title", "roster"}:
        return  # "on the proposal of the Managing Director, X, succeeding Y": not X's post
    head = doc[post.at]
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in _SUCCESSION_VERBS and token.pos_ == "VERB" and _taken_by(token, post, people):
            named = people.resolve(child(token, {"dobj"})) if _tied(token, head) else None
        elif lemma in _SUCCESSOR_NOUNS:
            named = people.resolve(_object_of(token, "to"))  # "the successor to X"
        else:
            continue
        if named is not None:
            yield named


def _tied(verb: Token, head: Token) -> bool:
    """The succession is the post's: its title is the verb's ("succeeds her as Chair", not
    the subject's own "Senior Independent Director since 2019"), or the participle hangs on
    the post's verb ("was appointed CFO in 2011, succeeding X", not "joined in 2004 as Head
    of Treasury, and was appointed CFO ...")."""
    subject = child(verb, {"nsubj", "nsubjpass"})
    if verb.i != head.i and head in verb.subtree:
        return (subject is None or head not in subject.subtree) and _direct(head, verb)
    above = governing_verb(verb)
    return above is not None and above == governing_verb(head) and _direct(head, above)


def _direct(head: Token, verb: Token) -> bool:
    """The title hangs on the verb itself, not through another clause or a second title
    joined by "and" ("succeeded X as head ... and was elected Mayor", "appointed Director,
    succeeding X, and Chair of the Audit Committee")."""
    node = head
    while node.i != verb.i:
        if node.dep_ in _OTHER_CLAUSE:
            return False
        node = node.head
    return True


def _taken_by(verb: Token, post: ToldPost, people: People) -> bool:
    """The succession verb's subject is the post's holder, or it has none of its own
    ("appointed in 2019, succeeding X": the clause it hangs on has the holder)."""
    subject = child(verb, {"nsubj"})
    if subject is None:
        above = governing_verb(verb)
        subject = child(above, {"nsubj", "nsubjpass"}) if above is not None else None
        if subject is None:
            return True  # a CV's line: its holder is the CV's
    holder = people.resolve(subject)
    return holder is not None and people.representative_of(holder) == people.representative_of(post.person)


def _object_of(noun: Token, preposition: str) -> Token | None:
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    return child(prep, {"pobj"}) if prep is not None else None
