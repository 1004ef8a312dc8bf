"""Within-document clustering: people (``people.py``), family references,
places and organisations, then role references (``roles.py``).

A mention inside a longer one (spaCy's "Surname" where name propagation
found "Given Surname" around it) is dropped first. Every mention gets
``cluster`` = the mention_id of its cluster's representative, the most
complete name (then the most frequent, then the first).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.discourse.subject import lead_person, title_person
from pipeline.linking.descriptions import organisation_references
from pipeline.linking.families import FAMILY_ROLE, family_ids, maiden_names, relative_ids
from pipeline.linking.kinds import document_kinds
from pipeline.linking.names import completeness, fold, place_key, similar_words
from pipeline.linking.person_clusters import cluster_people
from pipeline.linking.roles import role_references
from pipeline.linking.short_forms import short_forms
from pipeline.parsed import text_of
from pipeline.records import Mention, with_fields

if TYPE_CHECKING:  # spaCy is imported by the stages that parse, not by linking on its own
    from spacy.tokens import Doc

Cluster = list[Mention]


def cluster_document(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with ``cluster`` set, plus resolvable role references."""
    ordered = _outermost(sorted(mentions, key=lambda m: (m.start_char, -m.end_char)))
    kinds = document_kinds(ordered)
    families = family_ids(text_of(doc), [m for m in ordered if kinds[m.mention_id] == "PERSON"])
    ordered = [_relabel(m, kinds[m.mention_id], m.mention_id in families) for m in ordered]
    people = [m for m in ordered if m.label == "PERSON" and m.role != FAMILY_ROLE]
    family = [m for m in ordered if m.role == FAMILY_ROLE]
    others = [m for m in ordered if m.label != "PERSON"]
    subject = title_person(doc, people) or lead_person(doc, people, lifespan_only=True)
    relatives = relative_ids(text_of(doc), people)
    maiden = maiden_names(text_of(doc), people)
    clusters = _with_short_forms(
        text_of(doc),
        cluster_people(people, subject, relatives, maiden)
        + _cluster_by_key(family)
        + _cluster_by_key(others),
    )
    named = [(cluster, _representative(cluster).mention_id) for cluster in clusters]
    clustered = sorted(
        (with_fields(m, cluster=name) for cluster, name in named for m in cluster),
        key=lambda m: (m.start_char, m.end_char),
    )
    roles = role_references(doc, clustered)
    described = organisation_references(doc, clustered)
    return sorted([*clustered, *roles, *described], key=lambda m: (m.start_char, m.end_char))


def _outermost(ordered: Sequence[Mention]) -> list[Mention]:
    """Mentions (sorted by start, longest first) not strictly inside an earlier one."""
    kept: list[Mention] = []
    spans: set[tuple[int, int]] = set()
    reach = -1
    for mention in ordered:
        span = (mention.start_char, mention.end_char)
        if mention.end_char <= reach and span not in spans:
            continue
        kept.append(mention)
        spans.add(span)
        reach = max(reach, mention.end_char)
    return kept


def _relabel(mention: Mention, kind: str, is_family: bool) -> Mention:
    role = FAMILY_ROLE if is_family else mention.role
    label = "PERSON" if is_family else kind
    return with_fields(mention, label=label, role=role)


def _cluster_by_key(mentions: Sequence[Mention]) -> list[Cluster]:
    """Same place/organisation key, or a typo of it in a long name."""
    clusters: list[tuple[str, Cluster]] = []
    for mention in mentions:
        key = place_key(mention.text)
        target = next((c for k, c in clusters if similar_words(key, k)), None)
        if target is None:
            clusters.append((key, [mention]))
        else:
            target.append(mention)
    return [cluster for _, cluster in clusters]


def _with_short_forms(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """A short form ("USKOK", "FZ") joins the cluster of the name it stands for."""
    mentions = [m for cluster in clusters for m in cluster]
    stand_for = short_forms(text, [(m.start_char, m.end_char, m.text, m.label) for m in mentions]).stand_for()
    home: dict[str, int] = {}
    for i, cluster in enumerate(clusters):
        for mention in cluster:
            home.setdefault(mention.text, i)
    joined: list[Cluster] = [[] for _ in clusters]
    for i, cluster in enumerate(clusters):
        for mention in cluster:
            joined[home.get(stand_for.get(mention.text, ""), i)].append(mention)
    return [cluster for cluster in joined if cluster]


def _representative(cluster: Cluster) -> Mention:
    """Most complete name, then most frequent spelling, then first in the text."""
    counts = Counter(fold(m.text) for m in cluster)
    return min(
        cluster,
        key=lambda m: (-completeness(m.text), -counts[fold(m.text)], m.start_char),
    )
