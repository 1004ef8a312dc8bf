"""Position titles: the words of a post, normalised, with its organization or place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.careers.positions import normalise_title, read_title_noun
from pipeline.careers.post_words import is_membership


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("vice-director of mines", "Vice-Director of Mines"),
        ("first deputy mayor", "First Deputy Mayor"),
        ("Minister of Energy and Mines", "Minister of Energy and Mines"),
    ],
)
def test_normalise_title(written: str, normalised: str) -> None:
    assert normalise_title(written) == normalised


def _post_in(nlp: Language, text: str, head_word: str) -> tuple[str, str | None, str | None]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == head_word)
    post = read_title_noun(head, {})
    return post.title, post.organization, post.place


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        (
            "She was appointed Minister of Trade and Shipping.",
            "Minister",
            ("Minister of Trade and Shipping", None, None),
        ),
        (
            "He became director of research at the institute.",
            "director",
            ("Director of Research", None, None),
        ),
        (
            "He was named Chief Accountant of the Baltic Shipping Company.",
            "Accountant",
            ("Chief Accountant", "Baltic Shipping Company", None),
        ),
        ("The party made him justice minister.", "minister", ("Minister of Justice", None, None)),
        (
            "He was made technical director (Chief Engineer) of the Water Works.",
            "director",
            ("Chief Engineer", "Water Works", None),
        ),
        ("In 2004 she was elected Mayor of Gdynia.", "Mayor", ("Mayor", None, "Gdynia")),
        (
            "She has been a Visiting Professor of Chemistry at the Polytechnic.",
            "Professor",
            ("Visiting Professor of Chemistry", "Polytechnic", None),
        ),
        # The words a hyphen joins after the head are the title's.
        ("In 1986 the board made her director-general.", "director", ("Director-General", None, None)),
    ],
)
def test_read_title_noun(
    nlp: Language, text: str, head: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _post_in(nlp, text, head) == expected


def test_membership_of_an_academy_is_not_a_post(nlp: Language) -> None:
    doc = nlp("Member of the Baltic Academy of Sciences since 1995.")
    assert is_membership(doc[0])
    assert not is_membership(nlp("Member of the Harbour Committee since 1995.")[0])


def test_board_membership_keeps_the_board_in_the_title(nlp: Language) -> None:
    assert _post_in(nlp, "He was Chairman of the Board of the Riga Bank.", "Chairman") == (
        "Chairman of the Board",
        "Riga Bank",
        None,
    )


@pytest.mark.parametrize(
    ("text", "head", "title"),
    [
        ("She was clinical director of the district hospital.", "director", "Clinical Director"),
        ("He was named interim chief executive of the firm.", "executive", "Interim Chief Executive"),
        ("She was the alternate governor to the bank.", "governor", "Alternate Governor"),
    ],
)
def test_lower_case_title_modifiers_are_kept(nlp: Language, text: str, head: str, title: str) -> None:
    assert _post_in(nlp, text, head)[0] == title
