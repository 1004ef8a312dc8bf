"""Within-document clustering of person mentions.

Full names (given name + surname) cluster when every pair is compatible
(``names.same_person``). A partial name (surname, first name, or patronymic +
surname) joins the one full-name cluster it fits; when several fit, the one
mentioned most recently wins if it is clearly the latest, otherwise the partial
stays on its own rather than being merged wrongly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from pipeline.linking.names import (
    PersonName,
    gender_conflict,
    parse_person,
    paternal_surname,
    same_given,
    same_person,
    similar_words,
)
from pipeline.records import Mention

Cluster = list[Mention]


def cluster_people(
    mentions: Sequence[Mention],
    subject: Mention | None = None,
    relatives: Set[str] = frozenset(),
    maiden: Mapping[str, str] | None = None,
) -> list[Cluster]:
    """Person mentions (in text order) grouped into clusters. A surname alone that
    several full names fit goes to the document's ``subject`` when it is one of them:
    a biography calls its subject by surname, and relatives by given name. ``relatives``:
    the ids of names told as someone's relative ("son of X"); ``maiden``: mention id ->
    the surname that woman was born with ("X (née Y)")."""
    full = [m for m in mentions if parse_person(m.text).is_full]
    partial = [m for m in mentions if not parse_person(m.text).is_full]
    clusters: list[Cluster] = []
    for mention in full:
        target = next((c for c in clusters if _fits_all(mention, c)), None)
        if target is None:
            target = _maiden_cluster(mention, clusters, maiden or {})
        if target is None:
            target = _tail_cluster(mention, clusters, relatives)
        if target is None:
            clusters.append([mention])
        else:
            target.append(mention)
    full_count = len(clusters)
    leftovers: dict[tuple[str | None, ...], Cluster] = {}
    for mention in partial:
        target = _resolve_partial(mention, clusters[:full_count], subject)
        if target is not None:
            target.append(mention)
            target.sort(key=lambda m: m.start_char)
        else:
            leftovers.setdefault(_partial_key(parse_person(mention.text)), []).append(mention)
    return clusters + list(leftovers.values())


def _maiden_cluster(
    mention: Mention, clusters: Sequence[Cluster], maiden: Mapping[str, str]
) -> Cluster | None:
    """ "Halina Ostrowska" after "Halina Szczepankiewicz (née Ostrowska)": her given name with
    the surname she was born with; only when exactly one cluster has such a name."""
    name = parse_person(mention.text)
    fitting = [
        cluster
        for cluster in clusters
        if any(
            (born := parse_person(other.text)).given
            and same_person(
                name, PersonName(born.given, born.patronymic, parse_person(maiden[other.mention_id]).surname)
            )
            for other in cluster
            if other.mention_id in maiden
        )
    ]
    return fitting[0] if len(fitting) == 1 else None


def _tail_cluster(mention: Mention, clusters: Sequence[Cluster], relatives: Set[str]) -> Cluster | None:
    """ "Ortiz Salas" after "Rogelio Ortiz Salas": a name of two or more words that ends a
    longer name (or that a shorter one ends), a double surname written without the given
    name; only when exactly one cluster has such a name."""
    words = mention.text.split()
    fitting = [c for c in clusters if any(_ends(words, other.text.split()) for other in c)]
    if len(fitting) != 1 or any(m.mention_id in relatives for m in (mention, *fitting[0])):
        return None  # "the eldest son of Mohanlal Desai": a father's name ends his son's
    return fitting[0]


def _ends(one: list[str], other: list[str]) -> bool:
    short, long = sorted((one, other), key=len)
    return 2 <= len(short) < len(long) and long[-len(short) :] == short


def _fits_all(mention: Mention, cluster: Cluster) -> bool:
    name = parse_person(mention.text)
    return all(same_person(name, parse_person(other.text)) for other in cluster)


def _partial_key(name: PersonName) -> tuple[str | None, ...]:
    return (*name.given, name.patronymic, name.surname)


def _resolve_partial(
    mention: Mention, clusters: Sequence[Cluster], subject: Mention | None
) -> Cluster | None:
    name = parse_person(mention.text)
    candidates = [c for c in clusters if _partial_fits(name, c)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    topical = [c for c in candidates if subject is not None and subject in c]
    if topical and not name.given:
        return topical[0]
    return _nearest(mention, candidates)


def _partial_fits(name: PersonName, cluster: Cluster) -> bool:
    fulls = [parse_person(m.text) for m in cluster if parse_person(m.text).is_full]
    if not fulls:
        return False
    if name.surname is None:  # "Pavel Andreyevich": given name and patronymic must agree
        return any(_addressed_as(name, full) for full in fulls) and all(_agrees(name, full) for full in fulls)
    if name.patronymic or name.given:  # "Ivanovich Petrov": surname and patronymic must agree
        return all(same_person(name, full) for full in fulls)
    word = name.surname or ""
    as_surname = all(same_person(name, full) for full in fulls)
    as_given = all(_first_name_fits(word, full) for full in fulls)
    as_paternal = all(similar_words(word, paternal_surname(full) or "") for full in fulls)
    return as_surname or as_given or as_paternal


def _addressed_as(name: PersonName, full: PersonName) -> bool:
    """ "Pavel Andreyevich" of "Pavel Andreyevich Orlov": the given name and the
    patronymic one is addressed by."""
    given = bool(name.given and full.given) and similar_words(name.given[0], full.given[0])
    return (
        given
        and bool(name.patronymic and full.patronymic)
        and similar_words(name.patronymic or "", full.patronymic or "")
    )


def _agrees(name: PersonName, full: PersonName) -> bool:
    """No part written in both that differs ("P.A. Orlov" agrees with "Pavel Andreyevich")."""
    patronymics = name.patronymic and full.patronymic
    return same_given(name.given, full.given) and not (
        patronymics and not similar_words(name.patronymic or "", full.patronymic or "")
    )


def _first_name_fits(word: str, full: PersonName) -> bool:
    surname = full.surname or ""
    return similar_words(word, full.given[0]) and not gender_conflict(word, surname)


def _nearest(mention: Mention, candidates: Sequence[Cluster]) -> Cluster | None:
    """The candidate mentioned last before ``mention`` (first after it, if none before),
    provided no other candidate appears in the same sentence as that mention."""
    before = [(_last_before(c, mention.start_char), i) for i, c in enumerate(candidates)]
    scored = [(m.start_char, m.sentence_index, i) for m, i in before if m is not None]
    if scored:
        scored.sort(reverse=True)
    else:
        after = [(_first_after(c, mention.start_char), i) for i, c in enumerate(candidates)]
        scored = sorted((m.start_char, m.sentence_index, i) for m, i in after if m is not None)
    if len(scored) > 1 and scored[0][1] == scored[1][1]:
        return None  # two candidates in the same sentence: too close to call
    return candidates[scored[0][2]] if scored else None


def _last_before(cluster: Cluster, offset: int) -> Mention | None:
    earlier = [m for m in cluster if m.start_char < offset]
    return earlier[-1] if earlier else None


def _first_after(cluster: Cluster, offset: int) -> Mention | None:
    later = [m for m in cluster if m.start_char > offset]
    return later[0] if later else None
