"""Careers stage: one row per post held, with start, end and the basis of the end.

Posts come from narrative sentences ("In March 1995 she was appointed
Minister of Finance", "he started at the plant as a technician", "as Methods
Engineer, he was responsible ...", "since 2007 she has been a Visiting
Professor", "chose him to head X"), from list items and headings ("2001-2006
Governor of X.", "From 1985 to 1990: Chief Engineer of the Y Plant.") and from
titles written beside a name ("Prime Minister X", see ``titles_in_text``).
Posts are ``ToldPost`` records (``posts``), merged there when told twice; ends are
settled in ``ends``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline.careers.ends import close_by_duration, close_by_events, close_by_holding, infer_ends, until_date
from pipeline.careers.list_holders import named_after, named_before, named_first
from pipeline.careers.list_lines import ListedPost, listed_posts
from pipeline.careers.phrases import phrase_text
from pipeline.careers.positions import joint_title, place_within, read_title_noun
from pipeline.careers.post_heads import headed_object, post_head, seat_body, workplace
from pipeline.careers.post_words import (
    is_honour,
    is_membership,
    is_position_head,
    is_position_word,
    position_words,
)
from pipeline.careers.posts import ToldPost, closed_range, merge_duplicates, same_title
from pipeline.careers.predecessors import predecessor_posts
from pipeline.careers.rosters import roster_posts
from pipeline.careers.titles_in_text import find_titled_names
from pipeline.discourse.people import People, people_of
from pipeline.discourse.relatives import about_a_relative
from pipeline.events.extract import PLACE_LABELS, person_token
from pipeline.events.notices import listed_people
from pipeline.events.triggers import Trigger, load_lexicon
from pipeline.evidence import DateIndex, evidence_span, mentions_by_token, opens_with
from pipeline.factuality import is_asserted
from pipeline.ids import make_id
from pipeline.parsed import sentences, text_of, tokens_of
from pipeline.places import NAMED_PLACES, document_country, place_after, place_in_name
from pipeline.records import Career, DateMention, Event, Mention
from pipeline.syntax import governing_verb, word_before
from pipeline.wordlists import words

# A new term of a post held before (data/positions.toml); "since" a date (data/narrative.toml).
_AGAIN = words("positions", "again_words")
_SINCE = words("narrative", "since")
# List markers the tagger may read as words ("•" as a verb; data/sections.toml).
_BULLETS = words("sections", "bullets")
_NATIONAL_TITLES = words("positions", "national_titles")
_NATIONAL_BODIES = words("positions", "national_bodies")
CONFIDENCE_NARRATIVE = 0.8
CONFIDENCE_LIST = 0.85
CONFIDENCE_PRONOUN = 0.7
CONFIDENCE_TITLE = 0.6


def extract_careers(
    doc: Doc, doc_id: str, mentions: Sequence[Mention], dates: Sequence[DateMention], events: Sequence[Event]
) -> list[Career]:
    people = people_of(doc, mentions)
    dated = DateIndex(doc, dates)
    names = mentions_by_token(doc, [m for m in mentions if m.label in PLACE_LABELS | {"ORG", "PERSON"}])
    posts: list[ToldPost] = []
    for index, sent in enumerate(sentences(doc)):
        posts.extend(_posts_in(sent, index, people, dated, names))
    posts.extend(_title_posts(doc, people, names, posts))
    posts.extend(roster_posts(doc, people, dated, {m.text for m in mentions if m.label in NAMED_PLACES}))
    posts.extend(predecessor_posts(posts, doc, people))
    posts = [p for p in merge_duplicates(posts) if not _rank_only(p)]
    posts = close_by_holding(posts, doc, people, dated)
    posts = close_by_events(posts, events, {d.date_id: d for d in dates}, people)
    posts = close_by_duration(posts, doc, people, dates)
    posts = infer_ends(posts)
    places = [m for m in mentions if m.label in NAMED_PLACES]
    country = document_country(text_of(doc), [m for m in mentions if m.label == "PERSON"])
    return [
        _record(
            doc_id, _in_country(_placed_by_organization(post, places, text_of(doc)), country), text_of(doc)
        )
        for post in posts
    ]


def _in_country(post: ToldPost, country: str | None) -> ToldPost:
    """A national office whose text writes no place ("Minister of Tourism – Hon. X" on a
    cabinet page, "Permanent Secretary, Ministry of Water") is the document's country's."""
    if post.place or country is None or not _national(post):
        return post
    return replace(post, place=country)


def _national(post: ToldPost) -> bool:
    title, body = post.title.lower(), (post.organization or "").lower()
    return any(title == t or title.startswith(t + " ") for t in _NATIONAL_TITLES) or any(
        body.startswith(b) for b in _NATIONAL_BODIES
    )


def _placed_by_organization(post: ToldPost, places: list[Mention], text: str) -> ToldPost:
    """A post with an organization and no place of its own takes the place written right
    after the organization ("first secretary at the Embassy of India in Washington, D.C."),
    else the place the organization's name holds ("Chief Engineer of the Leoben Cement
    Plant", when the text names Leoben as a place; "Judge of the Split County Court")."""
    if post.place or not post.organization:
        return post
    place = place_after(post.organization, post.span, text, places) or place_in_name(
        post.organization, {m.text for m in places}
    )
    return replace(post, place=place) if place else post


def _posts_in(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    if _is_list_item(sent, index, dated):
        yield from _list_posts(sent, index, people, dated, names)
        return
    for token in tokens_of(sent):
        role = _post_verbs().get(token.lemma_.lower()) if token.pos_ in {"VERB", "AUX"} else None
        if role is None and (headed_object(token) is not None or workplace(token) is not None):
            role = "agent"
        if role is None and seat_body(token) is not None:
            role = "agent"  # "sat on Kerry County Council from 1967 to 1985"
        if role is None and _is_held_since(token, sent, index, dated):
            role = "agent"
        if role is None or not is_asserted(token):
            continue
        head = post_head(token)
        if head is None or not _is_post(head):
            continue  # "elected a member of the Academy" is a membership event, not a post
        listed = listed_people(token, people) if role == "patient" else []
        for appointee in listed:  # "appointed the persons listed below as members of the Board:"
            yield _post(head, appointee, people, sent, index, dated, names, token, CONFIDENCE_LIST, "listed")
        if listed:
            continue
        person_tok = person_token(Trigger("appointment", role, token))  # type: ignore[arg-type]
        person = people.resolve_or_last(person_tok) or _person_elsewhere(token, head, sent, people)
        if person is None:
            continue
        named = person_tok is not None and people.mention_at(person_tok) is not None
        confidence = CONFIDENCE_NARRATIVE if named else CONFIDENCE_PRONOUN
        yield _post(
            head,
            person,
            people,
            sent,
            index,
            dated,
            names,
            token,
            confidence,
            f"narrative:{token.lemma_.lower()}",
        )
    yield from _as_posts(sent, index, people, dated, names)
    yield from _named_posts(sent, index, people, dated, names)
    yield from _copular_posts(sent, index, people, dated, names)


@lru_cache(maxsize=1)
def _post_verbs() -> dict[str, str]:
    """Verbs that start a post (the appointment and election triggers of events.toml) or
    hold one (``hold_verbs``), with the role of its holder."""
    verbs: dict[str, str] = dict(load_lexicon().post_verbs())
    verbs.update(dict.fromkeys(position_words().hold_verbs - verbs.keys(), "agent"))
    return verbs


def _named_posts(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    """ "allowing him access to the position of Mechanic Specialist": a post named after "the position of"."""
    for noun in (
        t for t in tokens_of(sent) if t.lemma_.lower() in position_words().post_nouns and t.pos_ == "NOUN"
    ):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if head is not None and not is_position_head(head):
            head = None
        if head is None or is_honour(head) or noun.head.lower_ == "from" or not is_asserted(noun):
            continue  # "his resignation from the post of minister" ends a post
        person = _nearest_holder(noun, people)
        anchor = governing_verb(noun)
        if person is not None and anchor is not None:
            yield _post(
                head, person, people, sent, index, dated, names, anchor, CONFIDENCE_PRONOUN, "narrative:post"
            )


def _nearest_holder(noun: Token, people: People) -> Mention | None:
    """The person closest above the noun in the parse: the subject or object of a verb or noun over it."""
    for above in noun.ancestors:
        for child in above.children:
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} and child.i < noun.i:
                person = people.resolve_or_last(child)
                if person is not None:
                    return person
    return None


def _as_posts(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    """ "as Methods Engineer, he was responsible for ...", "did military service as a surgeon"."""
    for prep in (
        t for t in tokens_of(sent) if t.lower_ == "as" and t.dep_ == "prep" and t.head.pos_ in {"VERB", "AUX"}
    ):
        verb = prep.head
        head = next((c for c in prep.children if c.dep_ == "pobj" and is_position_head(c)), None)
        if verb is None or head is None or is_honour(head) or not _may_hold_as(verb) or not is_asserted(verb):
            continue
        person = _object_as(verb, people) or people.resolve_or_last(
            next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        )
        if person is not None:
            post = _post(
                head, person, people, sent, index, dated, names, verb, CONFIDENCE_PRONOUN, "narrative:as"
            )
            in_sentence = post.start is None or post.start.sentence_index == index
            yield post if in_sentence else replace(post, start=None, span=evidence_span(sent))


def _copular_posts(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    """ "X was a curator at the Academy", "X is the CEO of Y", "he was Mayor of Z": a post the
    sentence says its subject holds or held. An occupation alone ("a Canadian politician",
    "a civil engineer") is no post: the title must name its organization or place, or be
    written as a title (capitalised)."""
    for verb in (t for t in tokens_of(sent) if t.lemma_ in {"be", "remain"} and t.pos_ in {"AUX", "VERB"}):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        attrs = [c for c in verb.children if c.dep_ == "attr"]
        attrs += [c for a in attrs for c in a.conjuncts]
        # "was an American sociologist, the first president of Fisk University" (not a bracket)
        attrs += [c for a in attrs for c in a.children if c.dep_ == "appos" and _after_comma(c)]
        person = people.resolve_or_last(subject) if attrs else None
        if person is None or _is_held_since(verb, sent, index, dated) or not is_asserted(verb):
            continue
        for head in (a for a in attrs if is_position_head(a) and _is_post(a)):
            post = _post(
                head, person, people, sent, index, dated, names, verb, CONFIDENCE_PRONOUN, "narrative:be"
            )
            if post.organization or post.place or head.text[:1].isupper():
                yield post


def _after_comma(token: Token) -> bool:
    before = word_before(token)
    return before is not None and before.text == ","


def _rank_only(post: ToldPost) -> bool:
    """ "Professor X", "General Y": a rank written before a name is a form of address, not a
    post, unless it says where it is held."""
    bare = not (post.organization or post.place)
    return post.titled and bare and post.title.lower() in words("positions", "rank_titles")


def _object_as(verb: Token, people: People) -> Mention | None:
    """ "X brought me to headquarters as his personal assistant", "she hired her son as
    driver": a person the verb acts on is the one who holds the post "as" names."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return people.resolve(obj) if obj is not None else None


def _may_hold_as(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma not in _post_verbs() and lemma not in position_words().not_post_verbs


def _is_held_since(token: Token, sent: Span, index: int, dated: DateIndex) -> bool:
    """ "Since 2007 she has been a Visiting Professor": a post held from a date on."""
    if token.lemma_ != "be" or not any(c.dep_ == "attr" for c in token.children):
        return False
    text = text_of(sent.doc)
    return any(
        d.text.split()[0].lower() in _SINCE
        or text[max(0, d.start_char - 6) : d.start_char].strip().lower() in _SINCE
        for d in dated.in_sentence(index)
    )


def _person_elsewhere(verb: Token, head: Token, sent: Span, people: People) -> Mention | None:
    """The person when the verb does not name them: "appointed her Chief X" (parsed as a possessive),
    "returned home to work as a surgeon" (the subject of the verb above), a list line ("2009: elected X")."""
    # "made him justice minister": the parser may read the pronoun as the title's compound.
    owner = next(
        (c for c in head.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.tag_ == "PRP")), None
    )
    if owner is not None and _post_verbs().get(verb.lemma_.lower()) == "patient":
        return people.resolve_or_last(owner)
    if _post_verbs().get(verb.head.lemma_.lower()) == "patient":  # "chose her to head X": the one chosen
        chosen = next((c for c in verb.head.children if c.dep_ in {"dobj", "dative"} and c.i < verb.i), None)
        found = people.resolve_or_last(chosen)
        if found is not None:
            return found
    for above in verb.ancestors:
        subject = next((c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return people.resolve_or_last(subject)
    if sent.text.lstrip()[:1] in _BULLETS:
        return people.subject or (people.persons[0] if people.persons else None)
    return None


def _title_posts(
    doc: Doc, people: People, names: dict[int, Mention], posts: list[ToldPost]
) -> list[ToldPost]:
    """Undated posts from titles beside names, unless the person's career already has that post."""
    index_of = {sent.start: i for i, sent in enumerate(sentences(doc))}
    found: list[ToldPost] = []
    for titled in find_titled_names(doc, people.persons, names):
        # The name the title is read beside, not another name inside the title's own
        # words ("X, then deputy governor of Kvemo Kartli": not Kvemo Kartli).
        name = doc.char_span(titled.mention.start_char, titled.mention.end_char, alignment_mode="expand")
        person = people.mention_at(name[-1]) if name is not None else None
        if person is None or any(same_title(p, person, titled.title) and not p.again for p in posts + found):
            continue
        if any(is_membership(t) for t in titled.span):
            continue  # "X, a senior member of the African National Congress": a membership event
        sent = titled.span.sent
        found.append(
            ToldPost(
                person,
                titled.title,
                titled.organization,
                titled.place,
                None,
                None,
                None,
                evidence_span(sent),
                index_of[sent.start],
                CONFIDENCE_TITLE,
                "title",
                narrative=True,
                titled=True,
                at=titled.span.end - 1,
            )
        )
    return found


def _list_posts(
    sent: Span, index: int, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    person = people.subject or (people.persons[0] if people.persons else None)
    if person is None or about_a_relative(sent):
        return
    if not dated.in_sentence(index) and not _continues_dated_list(sent, index, dated):
        # "Mechanical engineer with thirty years of experience": a profile, not a post; but
        # "Councillor for Finance – Iván X" names its holder, dated or not.
        yield from _undated_named_posts(sent, index, person, people, dated, names)
        return
    listed = [
        p for p in listed_posts(sent, dated.in_sentence(index), names) if _is_post(p.head) and _placed(p)
    ]
    # "Minister of Health – Hon. Dr A (MTR) – 27.10.2023; head of the cardiac unit, 2011–2019":
    # a line that names its holder after its first title tells of that holder throughout;
    # so does one that opens with the holder ("Hon. B (PSDM) – Deputy Prime Minister; ...").
    line_holder = named_first(sent, person, people)
    if listed:
        for post in listed:
            named = named_after(post.head, people)
            if named is not None and named.text in (post.organization or ""):
                named = None  # "Defence Attaché | Embassy of X": a word of the body the model took for a name
            line_holder = named or line_holder
            holder = line_holder or person
            if named is not None or not named_before(post.head, holder, people):
                yield _listed(post, holder, sent, index)
        return
    for part in _parts(sent):
        # "2007: Lecturer at X. Director of research.": one post per part of the line.
        head = next((t for t in part if is_position_head(t)), None)
        if head is None or not _is_post(head):
            continue
        named = named_after(head, people)
        line_holder = named or line_holder
        if line_holder is not None:
            if named is not None or not named_before(head, line_holder, people):
                yield _post(
                    head, line_holder, people, sent, index, dated, names, head, CONFIDENCE_LIST, "list_item"
                )
        elif not named_before(head, person, people):
            yield _post(head, person, people, sent, index, dated, names, head, CONFIDENCE_LIST, "list_item")


def _undated_named_posts(
    sent: Span, index: int, subject: Mention, people: People, dated: DateIndex, names: dict[int, Mention]
) -> Iterator[ToldPost]:
    head = next((t for t in tokens_of(sent) if is_position_head(t)), None)
    if head is None or not _is_post(head):
        return
    holder = named_after(head, people) or named_first(sent, subject, people)
    if holder is not None:
        yield _post(head, holder, people, sent, index, dated, names, head, CONFIDENCE_LIST, "list_item")


def _placed(listed: ListedPost) -> bool:
    """ "elected Fellow in 2019": a member's or fellow's title alone, of no named body, is no seat."""
    bare = not (listed.organization or listed.place)
    return not (bare and listed.title.lower() in words("positions", "membership_heads"))


def _is_post(head: Token) -> bool:
    return not is_honour(head) and not is_membership(head) and not _second_of_two_titles(head)


def _second_of_two_titles(head: Token) -> bool:
    """ "Chairman and Chief Executive Officer": the second title is the first's post."""
    joint = joint_title(head.head) if head.dep_ == "conj" else None
    return joint is not None and joint.start <= head.i < joint.end


def _listed(listed: ListedPost, person: Mention, sent: Span, index: int) -> ToldPost:
    """A post from a list line, dated by its segment: a closed range also ends it."""
    date = listed.date
    end, basis = (date, "explicit") if closed_range(date) else (None, None)
    return ToldPost(
        person,
        listed.title,
        listed.organization,
        listed.place,
        date,
        end,
        basis,
        evidence_span(sent, date),
        index,
        CONFIDENCE_LIST,
        "list_item",
        narrative=False,
        at=listed.head.i,
    )


def _parts(sent: Span) -> list[Span]:
    """The sentence cut at full stops the sentence splitter kept inside it."""
    cuts = [t.i + 1 for t in tokens_of(sent)[:-1] if t.text == "."]
    bounds = [sent.start, *cuts, sent.end]
    return [sent.doc[a:b] for a, b in pairwise(bounds) if b > a]


def _continues_dated_list(sent: Span, index: int, dated: DateIndex) -> bool:
    """ "2007: Lecturer at X. Teaching Y. Director of research.": an undated sentence on a dated list line."""
    text = text_of(sent.doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if text[line_start:].lstrip(" \t")[:1] not in _BULLETS:
        return False
    earlier = (d for back in (1, 2) if index - back >= 0 for d in dated.in_sentence(index - back))
    return any(d.start_char >= line_start for d in earlier)


def _is_list_item(sent: Span, index: int, dated: DateIndex) -> bool:
    """A line stating a post without a verb: "1997-2004 Mayor of X.", "From 1989 to 1991: Member of Y."."""
    if any(_states_an_action(t) for t in tokens_of(sent)):
        return False
    text = sent.text.strip()
    dates = dated.in_sentence(index)
    return (
        text.endswith((".", ")", ";"))
        or any(d.start_char <= sent.start_char + 8 for d in dates)
        or any(d.end_char >= sent.start_char + len(sent.text.rstrip()) - 2 for d in dates)  # "..., 2015–2018"
    )


def _states_an_action(token: Token) -> bool:
    """A verb of the sentence's own: not a bullet, an adjective ("acting"), a word of a name
    ("Frankfurt am Main") or of a title ("Visiting Scholar")."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ == "amod" or token.text in _BULLETS:
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    titled = token.text[:1].isupper() and following is not None and is_position_word(following)
    return not (token.ent_type_ or titled)


def _post(
    head: Token,
    person: Mention,
    people: People,
    sent: Span,
    index: int,
    dated: DateIndex,
    names: dict[int, Mention],
    anchor: Token,
    confidence: float,
    rule: str,
) -> ToldPost:
    obj = headed_object(head)
    organization: str | None
    works_at = workplace(head) if obj is None else None
    if obj is not None:
        verb_title = position_words().head_verb_titles.get(head.lemma_.lower(), "Head")
        title, organization, place = verb_title, phrase_text(obj), None
    elif works_at is not None:
        title = position_words().workplace_verb_titles[head.lemma_.lower()]
        organization = phrase_text(works_at, conjuncts=False) if works_at.text[:1].isupper() else None
        place = place_within(works_at, names)  # "taught at a school in Ahmedabad"
    elif head.lemma_.lower() in position_words().seat_bodies:
        seat_title = position_words().seat_titles.get(head.lemma_.lower(), "Member")
        title, organization, place = seat_title, phrase_text(head), None
    else:
        post = read_title_noun(head, names)
        title, organization, place = post.title, post.organization, post.place
        organization = organization or _employer_of_verb(anchor, head, names)
    start = dated.pick(anchor, index) or dated.signed(anchor)
    if start is not None and _in_other_brackets(start, anchor):
        start = None  # "(graduated in 1973)" dates what the brackets tell
    if (
        start is not None
        and start.sentence_index != index
        and not dated.heads_a_line(start)
        and start is not dated.signed(anchor)
        and not people.named_in(person, start.sentence_index)
    ):
        start = None  # the narrative before was about someone else
    end, basis = (start, "explicit") if closed_range(start) else (None, None)
    if start is not None and start.sentence_index != index and opens_with(sent, "earlier"):
        # "Before that he ran X": the date carried over is when this post ended.
        start, end, basis = None, start, "inferred"
    until = until_date(sent, index, dated)
    if until is not None and until is start:
        start = None  # "He directed the hospital until 1986": when it ended, not when it began
    if until is not None:
        end, basis = until, "explicit"
    return ToldPost(
        person,
        title,
        organization,
        place,
        start,
        end,
        basis,
        evidence_span(sent, start, end),
        index,
        confidence,
        rule,
        rule != "list_item",
        again=_is_again(anchor),
        at=head.i,
    )


def _employer_of_verb(verb: Token, head: Token, names: dict[int, Mention]) -> str | None:
    """ "was appointed special adviser at the Interior Ministry": an organization the parser
    hung on the verb rather than on the post (positions.toml verb_employer_preps)."""
    if verb.i == head.i:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in position_words().verb_employer_preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        mention = names.get(obj.i) if obj is not None else None
        if mention is not None and mention.label == "ORG":
            return mention.text
    return None


def _is_again(verb: Token) -> bool:
    """ "took back the head position", "was elected again", "returned as mayor"."""
    return verb.lemma_.lower() in _AGAIN or any(c.lower_ in _AGAIN for c in verb.children)


def _in_other_brackets(date: DateMention, anchor: Token) -> bool:
    text = text_of(anchor.doc)
    line_start = text.rfind("\n", 0, date.start_char) + 1
    opened = text.rfind("(", line_start, date.start_char)
    if opened < 0 or text.rfind(")", opened, date.start_char) >= 0:
        return False
    closed = text.find(")", date.end_char)
    return not (opened < anchor.idx < (closed if closed >= 0 else len(text)))


def _record(doc_id: str, post: ToldPost, text: str) -> Career:
    start, end = post.span
    return Career(
        career_id=make_id("career", doc_id, post.person.mention_id, post.title, start),
        doc_id=doc_id,
        person_mention_id=post.person.mention_id,
        position=post.title,
        organization_name=post.organization,
        place_name=post.place,
        start_date_id=post.start.date_id if post.start else None,
        end_date_id=post.end.date_id if post.end else None,
        end_basis=post.end_basis,  # type: ignore[arg-type]
        sentence=text[start:end],
        start_char=start,
        end_char=end,
        confidence=post.confidence,
        rule=post.rule,
    )
