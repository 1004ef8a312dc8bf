"""People the statistical model missed or mislabelled, found from evidence in the text.

Whatever spaCy says, a name is a person's when it is followed by lifespan brackets
("Ernst Schwandner (born 2 June 1938 in Berlin)", "Ross Alger (August 20, 1920 –
January 16, 1992)"). The whole chain of name words before the bracket is the name,
so a name the model cut short ("Valenzuela Llanos" of "Alberto Valenzuela Llanos")
is restored.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # linking imports this module without spaCy
    from spacy.tokens import Doc, Span, Token

from pipeline.dates.lexicon import MONTHS
from pipeline.parsed import all_tokens, text_of
from pipeline.wordlists import alternatives, words, words_of_lists

# What a lifespan bracket holds: "born ...", "b. 1950", "née X" (data/events.toml,
# data/names.toml), or two years joined by a dash.
_OPENINGS = (
    alternatives("events", "birth", "lifespan_words"),
    alternatives("names", "maiden_name_words"),
    alternatives("events", "death", "lifespan_words"),
)
_BORN = re.compile(rf"^\s*(?:{'|'.join(_OPENINGS)})\s", re.IGNORECASE)
_BIRTH = re.compile(rf"^\s*(?:{alternatives('events', 'birth', 'lifespan_words')})\s", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
_LIFESPAN = re.compile(r"(?<!\d)\d{3,4}(?!\d)[^()]*?(?:[-–—]|\bto\b)[^()]*?(?<!\d)\d{3,4}(?!\d)")
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
_MAX_NAME_TOKENS = 9
# A regnal number, I to XXXIX ("Philip V", "Benedict XVI").
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")
_REGNAL_TITLES = words("names", "regnal_titles")
GIVEN_NAMES = words("names", "female_given") | words("names", "male_given") | words("names", "unisex_given")
# Capitalised words before a family name that are no given name: titles, ranks, bodies, places.
_NO_GIVEN_NAMES = (
    words("names", "not_name_words")
    | words("names", "honorifics")
    | words("organizations", "heads")
    | words("organizations", "not_names")
    | words("places", "place_nouns")
    | words("positions", "heads")
    | words("positions", "modifiers")
    | words("positions", "ranks")
)
# A name field's value: two to five capitalised words, a comma after the first allowed.
_NAME_VALUE = re.compile(r"[A-Z][\w'.-]*,?(?:\s+[A-Z][\w'.-]*){1,4}")
# Degrees and honours written after a name: ", S.IP., M.Si.", ", PhD", ", MBA".
_POST_NOMINALS = re.compile(
    r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,3}\.)*|[A-Z][a-z]?[A-Z]{1,4}))+\s*$"
)
# A bracket after a name in a form's field: "Ruxandra Câmpeanu (née Voinea)".
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
# "Surname, Given Given": a register's entry line (surname_first_lines).
# "PETROV, Ivan Sergeyevich", or the surname in capitals with no comma: "SIDOROV Oleg Ivanovich".
_SURNAME_FIRST = re.compile(
    r"(?P<surname>[A-Z][\w'-]+),\s+(?P<given>(?:[A-Z][\w'.-]*\s?){1,4})"
    r"|(?P<capitals>[A-Z][A-Z'-]+)\s+(?P<names>(?:[A-Z][a-z][\w'.-]*\s?){1,3})"
)


def bracket_content(doc: Doc, opening: Token) -> Span | None:
    """The tokens inside the bracket opened at ``opening``, on the same line."""
    for token in doc[opening.i + 1 : opening.i + 60]:
        if token.text == ")":
            return doc[opening.i + 1 : token.i]
        if "\n" in token.text or token.text == "(":
            return None
    return None


def is_lifespan(content: Span) -> bool:
    """Whether a bracket's content states a birth or death: "born ...", "1878–1954"."""
    text = content.text
    if _BORN.match(text + " "):
        return bool(_YEAR.search(text))
    return bool(_LIFESPAN.search(text))


def lifespan_part(content: Span) -> Span | None:
    """The part of a bracket that states a life: all of it, or the part after a ";" that
    opens with "born" ("née McCray; born November 30, 1987", "Kurdish: X; born 1957")."""
    if _BIRTH.match(content.text + " "):
        return content if is_lifespan(content) else None
    for token in content:
        if token.text == ";" and token.i + 1 < content.end:
            rest = content.doc[token.i + 1 : content.end]
            if _BIRTH.match(rest.text + " ") and _YEAR.search(rest.text):
                return rest
    return content if is_lifespan(content) else None


def lifespan_names(doc: Doc) -> list[Span]:
    """The name before each lifespan bracket of ``doc``."""
    names = []
    for token in all_tokens(doc):
        if token.text != "(" or token.i == 0:
            continue
        content = bracket_content(doc, token)
        if content is None or lifespan_part(content) is None:
            continue
        name = name_before(doc, token.i) or _name_line_above(doc, token)
        if name is not None and not _ends_other_entity(name):
            names.append(name)
    return names


def _name_line_above(doc: Doc, opening: Token) -> Span | None:
    """A register's entry heads its lifespan bracket with a line of the name alone:
    "FERRAGUTI Bartolomeo" over "(Carpi, 14 June 1911 – Rome, 3 February 1988)"."""
    gap = doc[opening.i - 1]
    if not (gap.is_space and "\n" in gap.text) or opening.i < 2:
        return None
    name = name_before(doc, gap.i)
    if name is None or (name.start > 0 and "\n" not in doc[name.start - 1].text_with_ws):
        return None  # the name must fill its line
    return name


def _ends_other_entity(name: Span) -> bool:
    """ "The War of the Quadruple Alliance (1717–1720)": the words are the end of a longer
    name the model gave another label (a war, a dynasty, a treaty); the years are its span."""
    first = name[0]
    return first.ent_iob_ == "I" and first.ent_type_ != "PERSON"


def name_before(doc: Doc, end: int) -> Span | None:
    """The chain of name words (capitalised words, particles, a quoted nickname, initials)
    that ends right before token ``end``; it must start and end with a capitalised word."""
    start = end
    while start > 0 and end - start < _MAX_NAME_TOKENS and _in_name(doc[start - 1]):
        if "\n" in doc[start - 1].text_with_ws and start < end:
            break
        start -= 1
    while start < end and not _capitalised(doc[start]):
        start += 1  # an opening quote or particle does not start a name
    if start >= end or not _capitalised(doc[end - 1]):
        return None
    span = doc[start:end]
    if sum(_capitalised(t) for t in span) < 2 and doc[start].ent_type_ != "PERSON":
        return None  # one word is a person's name only if the model said so
    return span


def _in_name(token: Token) -> bool:
    return (
        _capitalised(token)
        or token.lower_ in words("names", "particles")
        or token.text in _QUOTES
        or hyphen_inside_name(token)
    )


def hyphen_inside_name(token: Token) -> bool:
    """ "Ernst-Ludwig": the tokenizer splits a double name at its hyphen."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and _capitalised(doc[token.i - 1])
        and _capitalised(doc[token.i + 1])
    )


def _capitalised(token: Token) -> bool:
    text = token.text.rstrip(".")
    return bool(text) and text[0].isupper() and (text.isalpha() or "-" in text or "'" in text)


def _name_head(token: Token, proper_only: bool = False) -> Token:
    """The word a name's words hang on ("Zurab" -> "Chkhaidze"), where its role in the
    sentence is read; ``proper_only``: climbing only through proper nouns."""
    node = token
    while node.dep_ in {"compound", "flat"} and node.head.i != node.i:
        if proper_only and node.head.pos_ != "PROPN":
            break
        node = node.head
    return node


def in_place_field(doc: Doc, start_char: int) -> bool:
    """A name that opens the value of a form's place field: "Place of birth: Garut, 09-04-1962",
    "Date of Birth: 2 February 1984 | Place of Birth: Iloilo City" (data/places.toml)."""
    text = text_of(doc)
    before = text[text.rfind("\n", 0, start_char) + 1 : start_char].rsplit("|", 1)[-1]
    label, colon, value = before.rpartition(":")
    return bool(colon) and not value.strip() and label.strip().lower() in words("places", "place_fields")


def place_evidence(token: Token) -> bool:
    """A name where a place goes: "in X", "near X", "moved to X", "returned from X"
    (not "in the X administration": there the name modifies another noun)."""
    node = _name_head(token, proper_only=True)
    if node.dep_ != "pobj" or node.head.dep_ == "prt":
        return False
    prep = node.head.lower_
    if prep in words("places", "location_prepositions"):
        return True
    verb = node.head.head
    return prep in {"to", "from"} and verb.lemma_.lower() in words("places", "motion_verbs")


def settled_evidence(token: Token) -> bool:
    """A name where only a place goes, whatever else it might be: where one is born, lives
    or dies ("born in X", "died near X"), or moves to or from ("moved to X")."""
    node = _name_head(token, proper_only=True)
    if node.dep_ != "pobj" or node.head.dep_ == "prt":
        return False
    prep, verb = node.head.lower_, node.head.head.lemma_.lower()
    if prep in {"in", "near"} and verb in words("places", "settled_verbs"):
        return True
    return prep in {"to", "from"} and verb in words("places", "motion_verbs")


def person_evidence(token: Token) -> bool:
    """A name where a person goes: the one who says, marries, is born or appointed, or
    the owner of "X's wife"."""
    node = _name_head(token)
    verb = node.head
    if node.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in words("places", "person_verbs"):
        return True
    return node.dep_ == "poss" and verb.lemma_.lower() in words("places", "kin_nouns")


def personal_evidence(token: Token) -> bool:
    """A name where only a person goes: who marries, dies or resigns ("Chandragupta dethrones
    Ramagupta and marries Dhruvadevi"), is born or arrested, or is someone's kin ("the son of
    Indra", "Indra's son")."""
    node = _name_head(token)
    head = node.head
    lemma = head.lemma_.lower()
    if node.dep_ == "nsubj":
        verbs = [lemma] + [c.lemma_.lower() for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        return any(v in words("places", "personal_verbs") for v in verbs)
    if node.dep_ == "nsubjpass":
        return lemma in words("places", "personal_passives")
    if node.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in words("places", "kin_of_nouns")
    return node.dep_ == "poss" and lemma in words("places", "kin_of_nouns")


def organization_evidence(token: Token) -> bool:
    """A name where an organization goes: "CEO of X", "manager of X"; not the name after
    a place there ("President of Pakistan Asif Ali Zardari": the post is the place's)."""
    node = _name_head(token, proper_only=True)
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    if any(t.ent_type_ in {"GPE", "LOC"} for t in node.doc[node.head.i + 1 : node.i]):
        return False
    post = node.head.head
    return post.pos_ in {"NOUN", "PROPN"} and post.lower_ in words("organizations", "owned_posts")


def partner_evidence(token: Token) -> bool:
    """A name one marries: "married the architect X", "is married to X"."""
    node = _name_head(token)
    if node.dep_ == "appos":
        node = node.head  # "married the architect X"
    verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "to" else node.head
    dependent = node.dep_ in {"dobj", "pobj"} or (node.dep_ == "npadvmod" and node.i > verb.i)
    return dependent and verb.lemma_.lower() in words("places", "partner_verbs")


def extended_name(doc: Doc, start: int, end: int, taken: set[int]) -> tuple[int, int]:
    """A person's name the model cut short, widened over the name words beside it:
    "Ana" before "Morales", "Orlov" after "Vladimir Mitrofanovich". A word joins when
    the tagger calls it a proper noun (at a sentence's start only a known given name),
    and it is no title, no organisation word and no other entity's."""
    while start > 0 and _joins_name(doc[start - 1], taken, leading=True):
        start -= 1
    if start > 0 and _opens_with_patronymic(doc, start) and _capitalised(doc[start - 1]):
        start -= 1  # "Gunel Rafig gizi X": a father's name and marker follow a given name
    while end < len(doc) and (_joins_name(doc[end], taken, leading=False) or _after_patronymic(doc[end])):
        end += 1
    return start, end


def _opens_with_patronymic(doc: Doc, start: int) -> bool:
    markers = words("names", "patronymic_markers")
    return start + 1 < len(doc) and doc[start + 1].lower_ in markers


def _after_patronymic(token: Token) -> bool:
    """ "Rauf Tofig oglu Jafarguliyev": a surname follows the patronymic marker."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    markers = words("names", "patronymic_markers")
    return before is not None and before.lower_ in markers and _capitalised(token) and token.is_alpha


def _joins_name(token: Token, taken: set[int], leading: bool) -> bool:
    if not token.is_alpha:
        return False
    if leading and token.is_upper and len(token) > 2 and not token.is_sent_start and _alone(token, taken):
        return True  # a surname written in capitals first: "to appoint PETROV Ivan Sergeyevich"
    if token.i in taken:
        return False
    if token.lower_ in words("names", "patronymic_markers"):  # "Kamran Ilham oglu Rustamli"
        return _next_is_title(token) if not leading else _previous_is_title(token)
    if not token.is_title or token.ent_type_ not in {"", "PERSON"}:
        return False
    lower = token.lower_
    if lower in words_of_lists(
        ("names", "not_name_words"), ("organizations", "heads"), ("organizations", "not_names")
    ):
        return False
    if lower in words("positions", "heads") or lower in words("positions", "modifiers"):
        return False  # "Chief Supervisor" is a title, whatever the model made of it
    given = lower in words("names", "female_given") or lower in words("names", "male_given")
    if leading and token.is_sent_start:
        return given
    return given or (
        token.pos_ == "PROPN"
        and token.dep_ in {"compound", "flat", "nsubj", "nsubjpass", "appos", "pobj", "dobj"}
    )


def family_members(doc: Doc, families: Collection[str], taken: set[int]) -> list[Span]:
    """ "Corneliu Batcu", which the model left untagged, where "Batcu" is a person the text
    names elsewhere: a given name written before a family name the document knows. The
    given name is a known one or a proper noun, and no title, month or common word."""
    found = []
    for token in all_tokens(doc):
        if token.text not in families or token.i in taken or token.i == 0:
            continue
        given = doc[token.i - 1]
        if not given.whitespace_ or "\n" in given.whitespace_ or not _given_before(given, taken):
            continue
        found.append(doc[given.i : token.i + 1])
    return found


def _given_before(token: Token, taken: set[int]) -> bool:
    lower = token.lower_
    if token.i in taken or not token.is_alpha or not token.is_title or token.is_stop or lower in MONTHS:
        return False
    if lower in _NO_GIVEN_NAMES:
        return False  # "Sergeant Batcu", "County Cork": a rank's, a title's or a place's word
    return lower in GIVEN_NAMES or token.pos_ == "PROPN"


def _next_is_title(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].is_alpha


def _alone(token: Token, taken: set[int]) -> bool:
    """Not part of another entity, or an entity of this one word only."""
    doc = token.doc
    single = token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return token.i not in taken or single


def regnal_names(doc: Doc) -> list[Span]:
    """A name with its Roman numeral, after a monarch's title or opening with a given name
    ("King Philip V", "Ptolemaic Queen Cleopatra VII", "Fernando VII"); not "World War II"."""
    found = []
    numerals = (t for t in all_tokens(doc) if t.text[:1] in "IVX" and t.i > 0 and _ROMAN.fullmatch(t.text))
    for numeral in numerals:
        start = numeral.i
        while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].lower_ not in _REGNAL_TITLES:
            start -= 1
        if start == numeral.i or numeral.i - start > 3:
            continue
        titled = start > 0 and doc[start - 1].lower_ in _REGNAL_TITLES
        given = doc[start].lower_ in GIVEN_NAMES
        if (titled or (given and numeral.text != "I")) and not _has_other_words(doc[start : numeral.i]):
            found.append(doc[start - titled : numeral.i + 1])  # the title becomes the mention's role
    return found


def _has_other_words(words_: Span) -> bool:
    lowered = {t.lower_ for t in words_}
    other = words_of_lists(
        ("organizations", "heads"), ("organizations", "not_names"), ("names", "not_name_words")
    )
    return bool(lowered & other)


def surname_first_lines(doc: Doc) -> list[Span]:
    """Lines that are only a name written surname first, as registers and profiles head
    an entry: "Jadhav, Shri Ramdas Vithalrao", "PETROV, Ivan Sergeyevich". The given names
    must show it: a known given name, a patronymic, or an honorific before them ("Paris,
    France" is no one)."""
    found = []
    offset = 0
    for line in text_of(doc).splitlines(keepends=True):
        match = _SURNAME_FIRST.fullmatch(line.strip())
        if match is not None and _shows_given_names((match["given"] or match["names"]).split()):
            start = offset + line.index(match[0])
            span = doc.char_span(start, start + len(match[0]), alignment_mode="contract")
            if span is not None:
                found.append(span)
        offset += len(line)
    return found


# A transcript's turn opened by its speaker's name in capitals: "ADAEZE NWOSU: Thank you",
# "INGRID SOLVANG (moderator): Good afternoon", and later "NWOSU: ...".
_CAPITALS_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+"
_SPEAKER_LABEL = re.compile(
    rf"(?P<name>{_CAPITALS_WORD}(?: {_CAPITALS_WORD}){{0,3}})(?:\s*\([^()\n]*\))?\s*:"
)


def speaker_labels(doc: Doc) -> list[Span]:
    """The names a transcript's turns open with, written in capitals, a person's whatever the
    model says: a given name and more ("ADAEZE NWOSU:"), the given name also written in the
    text or a known one; a surname alone that ends one of those ("NWOSU:") or a full name
    the text writes ("HRONKOVÁ:" after "Libuše Hronková"). Labels of roles and fields
    ("HOST:", "PLACE OF BIRTH:") are no one (data/names.toml)."""
    text = text_of(doc)
    labels = []
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _SPEAKER_LABEL.match(line)
        if match is not None and not _role_label(match["name"].split()):
            labels.append((offset + match.start("name"), match["name"].split()))
        offset += len(line)
    full = [(start, names) for start, names in labels if len(names) > 1 and _given_shown(names[0], text)]
    surnames = {names[-1] for _, names in full}
    alone = [(start, names) for start, names in labels if len(names) == 1]
    chosen = full + [
        (start, names) for start, names in alone if names[0] in surnames or _surname_shown(names[0], text)
    ]
    spans = [
        doc.char_span(start, start + len(" ".join(names)), alignment_mode="contract")
        for start, names in chosen
    ]
    return [span for span in spans if span is not None]


def _role_label(names: list[str]) -> bool:
    lowered = {name.lower() for name in names}
    return bool(lowered & words_of_lists(("names", "not_name_words"), ("names", "turn_labels")))


def _surname_shown(word: str, text: str) -> bool:
    """ "HRONKOVÁ:" after "Libuše Hronková, née Vávrová, sat on ...": the end of a full name
    the text writes."""
    written = word[:1] + word[1:].lower()
    return re.search(rf"\b[A-Z][\w'’-]+ {re.escape(written)}\b", text) is not None


def _given_shown(word: str, text: str) -> bool:
    """ "ADAEZE": a known given name, or one the text writes as a name ("Adaeze is right")."""
    written = word[:1] + word[1:].lower()
    return word.lower() in GIVEN_NAMES or re.search(rf"\b{re.escape(written)}\b", text) is not None


def named_in_fields(doc: Doc) -> list[Span]:
    """The value of a form's name field, a person's name whatever the model says:
    "Name:   Grace Namutebi", "Full name: PETROV Ivan" (data/names.toml name_fields), also
    in a form exported with tabs ("Surname(s) / First name(s)<tab>Tsakalidou, Sofia")."""
    found = []
    offset = 0
    for line in text_of(doc).splitlines(keepends=True):
        value = next((v for v in (_field_value(line, sep) for sep in (":", "\t")) if v is not None), None)
        found_at = (offset + value[0], offset + value[1]) if value else None
        span = doc.char_span(*found_at, alignment_mode="contract") if found_at else None
        if span is not None:
            found.append(span)
        offset += len(line)
    return found


def _field_value(line: str, separator: str) -> tuple[int, int] | None:
    """(start, end) in ``line`` of the name a name field gives after ``separator``."""
    label, sep, value = line.partition(separator)
    name = _POST_NOMINALS.sub("", _ASIDE.sub("", value.strip()))
    if not sep or label.strip().lower() not in words("names", "name_fields"):
        return None
    if not _NAME_VALUE.fullmatch(name):
        return None
    start = len(label) + len(sep) + value.index(name)
    return start, start + len(name)


def _shows_given_names(given: list[str]) -> bool:
    words_ = [w.lower().rstrip(".") for w in given]
    known = words_of_lists(("names", "female_given"), ("names", "male_given"), ("names", "unisex_given"))
    honorific = words_[0] in words("names", "honorifics")
    return (
        honorific
        or any(w in known for w in words_)
        or any(w.endswith(tuple(words("names", "patronymic_endings"))) for w in words_)
    )


def title_line_name(doc: Doc) -> Span | None:
    """The person a CV or profile is headed with: the document's first line when it is
    only a name, after a label ("CURRICULUM VITAE: ENG. BEATRICE N. GACHANJA") and
    honorifics; capitals and all."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None:
        return None
    end = first.i
    while end < len(doc) - 1 and "\n" not in doc[end].whitespace_ and "\n" not in doc[end + 1].text:
        end += 1
    colon = next((t.i for t in doc[first.i : end + 1] if t.text == ":"), None)
    before = _name_part(doc[first.i : colon]) if colon is not None else None
    if before is not None and _named_again(before):
        return before  # an obituary's headline: "Mzolisi Gqirana: detainee, exile and judge"
    start = colon + 1 if colon is not None else first.i
    while start <= end and (
        doc[start].lower_.rstrip(".") in words("names", "honorifics") or doc[start].text == "."
    ):
        start += 1
    tokens = [t for t in doc[start : end + 1] if not t.is_space]
    if not 2 <= len(tokens) <= 5 or not all(_name_like(t) for t in tokens):
        return None
    name = doc[tokens[0].i : tokens[-1].i + 1]
    # A line in capitals is as often a publication's or a body's name ("SECOND ACTS",
    # "DRŽAVNI ZBOR REPUBLIKE SLOVENIJE"): a person's is written again, or has a known given name.
    if name.text.isupper() and not (_named_again(name) or _known_given(tokens)):
        return None
    return name


def _name_part(part: Span) -> Span | None:
    tokens = [t for t in part if not t.is_space]
    if not 2 <= len(tokens) <= 5 or not all(_name_like(t) for t in tokens):
        return None
    return part.doc[tokens[0].i : tokens[-1].i + 1]


def _known_given(tokens: list[Token]) -> bool:
    return any(t.lower_.rstrip(".") in GIVEN_NAMES for t in tokens)


def _named_again(name: Span) -> bool:
    """The name's last word (the surname) is a person's name again later in the text:
    tagged PERSON there, or the subject of a verb."""
    surname = name[-1].lower_
    return any(
        t.lower_ == surname and (t.ent_type_ == "PERSON" or t.dep_ in {"nsubj", "nsubjpass"})
        for t in name.doc[name.end :]
    )


def _name_like(token: Token) -> bool:
    text = token.text.rstrip(".")
    if not text.isalpha() or not text[0].isupper():
        return False
    banned = words_of_lists(
        ("names", "not_name_words"),
        ("organizations", "heads"),
        ("organizations", "not_names"),
        ("positions", "heads"),
    )
    return text.lower() not in banned


def _previous_is_title(token: Token) -> bool:
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].is_alpha
