"""Careers: a post as the text tells it, and one post told twice made one.

``ToldPost`` is what the finders of ``extract`` (narrative, list lines, titles)
make of a post before it becomes a careers row; ``merge_duplicates`` makes one
post of two tellings (a heading and the narrative) with the more precise dates
of each. Ends are settled afterwards, in ``ends``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pipeline.records import DateMention, Mention

# Rules that tell a post held, not taken up: two such tellings may be two posts.
_HOLDING_RULES = frozenset({"narrative:as", "narrative:work", "narrative:serve", "narrative:be", "list_item"})
# Rules that often restate a post told elsewhere; undated, they add nothing new.
_RESTATING_RULES = frozenset({"narrative:as", "title"})


@dataclass(frozen=True, slots=True)
class ToldPost:
    """A post found in the text, before it becomes a careers row."""

    person: Mention
    title: str
    organization: str | None
    place: str | None
    start: DateMention | None
    end: DateMention | None
    end_basis: str | None
    span: tuple[int, int]
    sentence_index: int
    confidence: float
    rule: str
    narrative: bool
    titled: bool = False  # known only from a title next to the name, undated
    again: bool = False  # "took back the post": a new term of a post held before
    at: int = 0  # token where the post is named, to order posts told in one sentence


def merge_duplicates(posts: list[ToldPost]) -> list[ToldPost]:
    """A post told twice (a heading and the narrative) is one row with the more precise dates of each."""
    kept: list[ToldPost] = []
    for post in posts:
        if (
            post.start is None
            and post.rule in _RESTATING_RULES
            and any(same_title(k, post.person, post.title) and not k.again for k in kept)
        ):
            continue  # "the years he spent as mayor": a post already told
        twin = next((k for k in kept if _same_post(k, post)), None)
        if twin is None:
            kept.append(post)
            continue
        kept[kept.index(twin)] = _combine(twin, post)
    return _undated_told_again(kept)


def _undated_told_again(posts: list[ToldPost]) -> list[ToldPost]:
    """An undated telling of a post the text dates elsewhere is that post ("before serving
    as deputy minister of transport" ... "appointed me deputy minister of transport in
    August 2001"): one row, with what each telling adds."""
    kept = list(posts)
    for post in posts:
        if post.start is not None or post.again or not post.narrative:
            continue
        dated = [
            k
            for k in kept
            if k is not post and k.start is not None and same_title(k, post.person, post.title)
        ]
        if len(dated) != 1 or post not in kept:
            continue
        twin = dated[0]
        if twin.rule in _HOLDING_RULES:
            continue  # "worked as a surgeon at X" in 1982: maybe one of several surgeon's posts
        elsewhere = _other_organizations(post.organization, twin.organization) or _other_organizations(
            post.place, twin.place
        )  # "as a surgeon in Tolvar" is not the surgeon's post at the Kostrovka hospital
        if not elsewhere:
            kept[kept.index(twin)] = _combine(twin, post)
            kept.remove(post)
    return kept


def _combine(a: ToldPost, b: ToldPost) -> ToldPost:
    base, other = (a, b) if a.narrative or not b.narrative else (b, a)
    start = base.start if _precision_rank(base.start) >= _precision_rank(other.start) else other.start
    end, basis = (base.end, base.end_basis) if base.end is not None else (other.end, other.end_basis)
    if start is not None and start.kind == "range" and end is start and other.start is not start:
        start = other.start if other.start is not None and other.start.kind != "range" else start
    organization = base.organization or other.organization
    place = base.place or other.place
    return replace(base, start=start, end=end, end_basis=basis, organization=organization, place=place)


def _other_organizations(a: str | None, b: str | None) -> bool:
    """Two named organizations, neither a part of the other's name."""
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    return a not in b and b not in a


def _same_post(a: ToldPost, b: ToldPost) -> bool:
    if a.person.mention_id != b.person.mention_id or a.title.lower() != b.title.lower():
        return False
    if not a.narrative and not b.narrative:
        return False  # two list lines are two posts ("Member of X", "Member of Y")
    if a.start is None or b.start is None or a.start.date_start is None or b.start.date_start is None:
        # Undated: "teaches at X and previously taught at Y" are two posts.
        return a.start is b.start and not _other_organizations(a.organization, b.organization)
    return a.start.date_start.year == b.start.date_start.year


def same_title(post: ToldPost, person: Mention, title: str) -> bool:
    return post.person.mention_id == person.mention_id and post.title.lower() == title.lower()


def _precision_rank(date: DateMention | None) -> int:
    order = ["century", "decade", "year", "season", "month", "day"]
    return order.index(date.precision) + 1 if date and date.precision in order else 0


def closed_range(date: DateMention | None) -> bool:
    """A range with both ends ("1975-1977"), not an open one ("since 2007")."""
    if date is None or date.kind != "range":
        return False
    return bool(date.end_value) and date.end_value != ".." and date.date_end is not None
