"""A synthetic corpus of biography-like documents for the batch benchmark.

Sentences follow the shapes of the samples (births, appointments, ranges,
lists of posts, relative dates) with names, places and years drawn from small
pools by a seeded generator, so every run builds the same corpus.
"""

from __future__ import annotations

import random
from pathlib import Path

GIVEN = ["Anton", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Galina", "Igor", "Jana", "Karim", "Lidia"]
SURNAMES = ["Arvidson", "Belov", "Corwin", "Dragan", "Esterhaz", "Fennick", "Gorsky", "Halvard", "Ivers"]
PLACES = ["Karsk", "Lindau", "Mirov", "Norvik", "Ostrava", "Pellworm", "Quedlin", "Ravna", "Selmo"]
POSTS = [
    "mayor",
    "deputy governor",
    "Minister of Transport",
    "director of the state railway",
    "chief engineer",
]
MONTHS = ["January", "March", "May", "June", "September", "October", "December"]
TEMPLATES = [
    "{name} was born on {day} {month} {year} in {place}.",
    "In {month} {year2}, {short} was appointed {post} of {place}.",
    "From {year2} to {year3} {short} worked as {post} in {place}.",
    "{year2}-{year3}: {post} of the {place} regional council.",
    "Three years later, {short} moved to {place2} with his family.",
    "The plant in {place} employed 1100 workers and produced 15 tonnes of steel a day.",
    "{short} resigned in {month} {year3} after a dispute with the governor of {place2}.",
    "In the mid-{decade}s, {short} studied at the {place} Polytechnic Institute.",
    "{name} married {other} in {place2} on {day} {month} {year3}.",
    "The next day, the newspaper in {place} reported the decision of the council.",
]


def document(rng: random.Random, words: int) -> str:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    other = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
    sentences, count = [f"{given} {surname}"], 2
    while count < words:
        year = rng.randint(1920, 1990)
        sentence = rng.choice(TEMPLATES).format(
            name=f"{given} {surname}",
            short=surname,
            other=other,
            day=rng.randint(1, 28),
            month=rng.choice(MONTHS),
            year=year,
            year2=year + rng.randint(18, 30),
            year3=year + rng.randint(31, 40),
            decade=(year // 10) * 10 + 20,
            place=rng.choice(PLACES),
            place2=rng.choice(PLACES),
            post=rng.choice(POSTS),
        )
        sentences.append(sentence)
        count += len(sentence.split())
    # Paragraphs of a few sentences, as in the samples.
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)) + "\n"


def write_corpus(folder: Path, documents: int, words_per_document: int, seed: int = 7) -> int:
    """Write the corpus into ``folder``; return the number of words written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for n in range(documents):
        text = document(rng, words_per_document)
        (folder / f"doc_{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
    return total
