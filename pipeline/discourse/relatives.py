"""Lines that tell of the subject's relatives rather than of the subject.

A CV or bio-data sheet lists its subject's family under kinship labels: "Wife — Alena
X, born 1970, a biology teacher", "Sons: Pavel (b. 1992), an engineer at Y". What such a
line states (a birth, a post) is the relative's, never the subject's, though it has no
subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.parsed import tokens_of
from pipeline.wordlists import words

_KIN = words("places", "kin_of_nouns")
_BULLETS = words("sections", "bullets")
_LABEL_ENDS = frozenset({":", "—", "–", "-"})


def about_a_relative(sent: Span) -> bool:
    """Whether the sentence opens with a kinship label and a colon or dash, perhaps under a
    field's label ("Family: Wife – X")."""
    tokens = [t for t in tokens_of(sent) if not t.is_space]
    while tokens and tokens[0].text in _BULLETS:  # "– Wife: X": a bullet before the label
        tokens = tokens[1:]
    colon = next((i for i, t in enumerate(tokens[:4]) if t.text == ":"), None)
    if colon is not None and not _is_kin(tokens[colon - 1]):
        tokens = tokens[colon + 1 :]  # "Family: Wife – X"
    return len(tokens) >= 2 and _is_kin(tokens[0]) and tokens[1].text in _LABEL_ENDS


def _is_kin(token: Token) -> bool:
    return token.lemma_.lower() in _KIN or token.lower_ in _KIN
