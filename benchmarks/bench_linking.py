"""Cross-document linking of 10,000 synthetic mentions, against a naive baseline.

The mentions imitate what ``cluster_document`` hands over: several hundred
documents, each naming a few people (full names, surnames alone, spellings
that differ by transliteration or a typo), places and organisations. The
baseline groups the same mentions by exact lower-case text, the least any
linker must do; the ratio says what the matching rules cost on top of it.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence

from pipeline.ids import make_id
from pipeline.linking import link_entities
from pipeline.records import Mention

MENTIONS = 10_000
DOCUMENTS = 400
BUDGET_SECONDS = 5.0  # the limit for linking 10,000 mentions
SEED = 20240601


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN = _words(
    "Aleksandr Anna Askar Bakhyt Dana Dmitri Elena Farid Galina Gulnar Igor Inessa Kairat Lidiya "
    "Bolatbek Maria Nikolai Nurlan Oksana Petr Roman Sholpan Sergei Svetlana Talgat Valentina Vadim "
    "Yuri Zarina Rustem Olga Daniyar Aigerim Konstantin Lyudmila"
)
SURNAMES = _words(
    "Abenov Akhmetov Baimukhanov Belousov Dzhaksybekov Fedorov Gorbunov Ibragimov Kaliyev "
    "Karimov Kovalenko Kuznetsov Lebedev Mamyrov Nazarov Orlov Petrenko Rakhimov Sadykov "
    "Seitkali Sokolov Suleimenov Tokayev Umarov Vasilenko Yegorov Zhakupov Zhumabayev Shevchenko "
    "Tursunbayev Mukhametzhanov Kasymov Bekmukhambetov Osipov Ermekov"
)
PLACES = _words(
    "Aralsk Bayanaul Esik Karkaralinsk Lisakovsk Merke Priozersk Saryagash Shchuchinsk "
    "Taldykorgan Ushtobe Zhanaozen Kapchagai Stepnogorsk Balkhash"
)
ORG_HEADS = ("Ministry of", "Institute of", "Bank of", "Academy of", "Committee for")
ORG_TOPICS = ("Energy", "Agriculture", "Transport", "Water Resources", "Mining", "Culture")
# Spelling rewrites a transliteration may make (applied to a full name).
VARIANTS = (("k", "c"), ("ayev", "aev"), ("iy", "y"), ("v", "w"), ("ss", "s"), ("Ye", "E"))


def main() -> None:
    mentions = synthetic_mentions(MENTIONS, DOCUMENTS, random.Random(SEED))
    baseline_seconds = _best_of(3, lambda: group_by_text(mentions))
    start = time.perf_counter()  # the first run: name caches start empty, as in a real run
    entities, _ = link_entities(mentions)
    link_seconds = time.perf_counter() - start
    warm_seconds = _best_of(2, lambda: link_entities(mentions))
    verdict = "under" if link_seconds < BUDGET_SECONDS else "OVER"
    print(
        f"linking: {len(mentions):,} mentions in {DOCUMENTS} documents -> {len(entities):,} entities "
        f"in {link_seconds:.2f} s ({verdict} the {BUDGET_SECONDS:.0f} s budget; {warm_seconds:.2f} s "
        f"with warm name caches); exact-text grouping {baseline_seconds * 1000:.1f} ms, "
        f"ratio linking/exact grouping = {link_seconds / baseline_seconds:.0f}"
    )


def synthetic_mentions(count: int, documents: int, rng: random.Random) -> list[Mention]:
    people = sorted({(rng.choice(GIVEN), rng.choice(SURNAMES)) for _ in range(600)})
    mentions: list[Mention] = []
    per_document = count // documents
    for d in range(documents):
        doc_id = f"doc{d:04d}"
        mentions += _document(doc_id, per_document, people, rng)
    return mentions[:count]


def _document(
    doc_id: str, count: int, people: Sequence[tuple[str, str]], rng: random.Random
) -> list[Mention]:
    found: list[Mention] = []
    while len(found) < count:
        kind = rng.random()
        if kind < 0.65:
            found += _person(doc_id, len(found), rng.choice(people), rng)
        elif kind < 0.85:
            found.append(_mention(doc_id, len(found), rng.choice(PLACES), "GPE"))
        else:
            org = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TOPICS)}"
            found.append(_mention(doc_id, len(found), org, rng.choice(("ORG", "ORG", "GPE"))))
    return found[:count]


def _person(doc_id: str, n: int, person: tuple[str, str], rng: random.Random) -> list[Mention]:
    """A full name (perhaps misspelt), then its surname alone in the same cluster."""
    given, surname = person
    full = _misspell(f"{given} {surname}", rng)
    first = _mention(doc_id, n, full, "PERSON" if rng.random() < 0.9 else "ORG")
    repeats = [
        _mention(doc_id, n + i, full.split()[-1], "PERSON", cluster=first.mention_id)
        for i in range(1, rng.randint(1, 3))
    ]
    return [first, *repeats]


def _misspell(name: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        old, new = rng.choice(VARIANTS)
        return name.replace(old, new, 1)
    if roll < 0.25 and len(name) > 14:  # drop one letter of a long surname
        at = rng.randrange(len(name) - 6, len(name) - 1)
        return name[:at] + name[at + 1 :]
    return name


def _mention(doc_id: str, n: int, text: str, label: str, cluster: str | None = None) -> Mention:
    start = n * 40
    mention_id = make_id("mention", doc_id, start)
    return Mention(mention_id, doc_id, text, label, start, start + len(text), n // 3, cluster=cluster)


def group_by_text(mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
    """The baseline: mentions with the same lower-case text are one entity."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.text.lower()].append(mention)
    return groups


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
