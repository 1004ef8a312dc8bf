"""Build the gold tables (events.csv, careers.csv, dates.csv) from hand annotations.

The annotations below are written by hand from reading the documents; this script
only computes character offsets and ISO day bounds and checks that every evidence
string / date text occurs in its source.  Run:

    .venv/bin/python tests/gold/build_gold.py

See GUIDELINES.md for the conventions.
"""

from __future__ import annotations

import calendar
import csv
import re
import sys
from pathlib import Path

from pipeline.events.triggers import load_lexicon

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
SEARCH_DIRS = [ROOT / "tests" / "corpus", ROOT / "raw"]

P = "000_8402911c51372033.txt"  # persecution account (raw sample)
K = "003_85982725810900b2.txt"  # Khrapunov biography (raw sample)
B = "bio_dubrovina.txt"
N = "news_garnov.txt"
C = "cv_melnik.txt"
SOURCES = [P, K, B, N, C]


def source_path(name: str) -> Path:
    for d in SEARCH_DIRS:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(name)


TEXT = {s: Path(source_path(s)).read_text(encoding="utf-8") for s in SOURCES}

# --------------------------------------------------------------------------
# EDTF value -> inclusive ISO day bounds
# --------------------------------------------------------------------------
SEASONS = {21: ("03-01", "05-31"), 22: ("06-01", "08-31"), 23: ("09-01", "11-30"), 24: ("12-01", None)}


def _bounds_single(v: str) -> tuple[str, str]:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v, v
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        if 21 <= mo <= 24:
            a, b = SEASONS[mo]
            if b is None:  # winter runs into the next year
                nxt = y + 1
                return f"{y}-{a}", f"{nxt}-02-{calendar.monthrange(nxt, 2)[1]:02d}"
            return f"{y}-{a}", f"{y}-{b}"
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if re.fullmatch(r"\d{4}", v):
        return f"{v}-01-01", f"{v}-12-31"
    if re.fullmatch(r"\d{3}X", v):
        return f"{v[:3]}0-01-01", f"{v[:3]}9-12-31"
    if re.fullmatch(r"\d{2}XX", v):
        return f"{v[:2]}00-01-01", f"{v[:2]}99-12-31"
    raise ValueError(f"bad EDTF value {v!r}")


def bounds(v: str) -> tuple[str, str]:
    if not v or v.startswith("P"):
        return "", ""
    if "/" in v:
        a, b = v.split("/")
        start = "" if a in ("", "..") else _bounds_single(a)[0]
        end = "" if b in ("", "..") else _bounds_single(b)[1]
        return start, end
    return _bounds_single(v)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def locate(src: str, text: str, ctx: str | None) -> tuple[int, int]:
    doc = TEXT[src]
    if ctx is None:
        n = doc.count(text)
        if n != 1:
            raise SystemExit(f"[{src}] {text!r} occurs {n} times; give a context")
        s = doc.index(text)
    else:
        n = doc.count(ctx)
        if n != 1:
            raise SystemExit(f"[{src}] context {ctx!r} occurs {n} times")
        if text not in ctx:
            raise SystemExit(f"[{src}] {text!r} not inside context {ctx!r}")
        s = doc.index(ctx) + ctx.index(text)
    return s, s + len(text)


# --------------------------------------------------------------------------
# DATES: (source, text, context-or-None, value, precision, kind, note)
# --------------------------------------------------------------------------
D = []


def d(src, text, value, precision, kind, ctx=None, note=""):
    D.append((src, text, ctx, value, precision, kind, note))


# ---- 000 persecution account -------------------------------------------
d(P, "16.09.2007", "2007-09-16", "day", "point", "Madina and Iliyas 16.09.2007, Almaty", "caption line")
d(P, "16 September 2007", "2007-09-16", "day", "point")
d(P, "16.09.2007", "2007-09-16", "day", "point", "held in Almaty, on 16.09.2007")
d(P, "22.09.2007", "2007-09-22", "day", "point")
d(P, "early October 2007", "2007-10-01/2007-10-10", "day", "fuzzy")
d(P, "seven years", "P7Y", "", "duration")
d(P, "many years", "PXY", "", "duration", note="vague duration")
d(P, "the morning of 29 October 2007", "2007-10-29", "day", "point")
d(P, "the same day", "2007-10-29", "day", "relative", note="apposition to 29 October 2007")
d(P, "29 October 2007", "2007-10-29", "day", "point", "the same day, 29 October 2007")

# ---- 003 Khrapunov biography -------------------------------------------
d(K, "November 24, 1948", "1948-11-24", "day", "point")
d(K, "February 21, 1913", "1913-02-21", "day", "point")
d(K, "January 24, 1980", "1980-01-24", "day", "point")
d(K, "September 3, 1923", "1923-09-03", "day", "point")
d(K, "July 1, 2006", "2006-07-01", "day", "point")
d(K, "From 1956 to 1964", "1956/1964", "year", "range")
d(K, "1964", "1964", "year", "point", "In 1964, his parents")
d(K, "two year", "P2Y", "", "duration", "a two year break")
d(K, "1968", "1968", "year", "point", "(1968 and 1969)")
d(K, "1969", "1969", "year", "point", "(1968 and 1969)")
d(K, "June 1970", "1970-06", "month", "point")
d(K, "1970", "1970", "year", "point", "at the Powerhouse in 1970")
d(K, "several years", "PXY", "", "duration", note="vague duration")
d(K, "1973", "1973", "year", "point", "graduated in 1973")
d(K, "1971", "1971", "year", "point", "In 1971, Viktor")
d(K, "1977", "1977", "year", "point", "In 1977, he graduated")
d(K, "From 1975 to 1977", "1975/1977", "year", "range", "From 1975 to 1977, he was promoted")
d(K, "1977", "1977", "year", "point", "In 1977, at the age of 29")
d(K, "at the age of 29", "1977-11-24/1978-11-23", "year", "age", note="birth 1948-11-24")
d(K, "1979", "1979", "year", "point", "In 1979, he was promoted")
d(K, "1985", "1985", "year", "point", "He kept this position until 1985")
d(K, "the night of February 4 to 5, 1984", "1984-02-04/1984-02-05", "day", "range")
d(K, "40 days", "P40D", "", "duration")
d(K, "nine months", "P9M", "", "duration")
d(K, "that night", "1984-02-04/1984-02-05", "day", "relative")
d(K, "May 1985", "1985-05", "month", "point")
d(K, "October 1986", "1986-10", "month", "point")
d(K, "August 1989", "1989-08", "month", "point")
d(
    K,
    "at the age of 42",
    "1990-11-24/1991-11-23",
    "year",
    "age",
    note="computed from birth 1948-11-24; inconsistent with the August 1989 date in the same sentence (he was 40)",
)
d(K, "1990", "1990", "year", "point", "In 1990, after three years")
d(K, "three years", "P3Y", "", "duration", "after three years of training")
d(K, "March 1991", "1991-03", "month", "point")
d(K, "December 1991", "1991-12", "month", "point")
d(
    K,
    "Three months later",
    "1992-02",
    "month",
    "relative",
    note="resolved by the apposition 'in February 1992' (mechanically Dec 1991 + 3 months = 1992-03)",
)
d(K, "February 1992", "1992-02", "month", "point")
d(K, "March 1995", "1995-03", "month", "point", "He kept this position until March 1995")
d(K, "March 1995", "1995-03", "month", "point", "In March 1995, Viktor Khrapunov was appointed")
d(K, "March 1997", "1997-03", "month", "point")
d(K, "the mid-1980s", "1984/1986", "year", "fuzzy")
d(K, "Ten years later", "1994/1996", "year", "relative", note="anchor: the mid-1980s")
d(K, "May 30, 1996", "1996-05-30", "day", "point", "On May 30, 1996, Viktor")
d(K, "May 30, 1996", "1996-05-30", "day", "point", "The reform of May 30, 1996")
d(K, "1997-2004", "1997/2004", "year", "range", "1997-2004 Mayor of Almaty.")
d(K, "June 15, 1997", "1997-06-15", "day", "point")
d(K, "three years", "P3Y", "", "duration", "his three years of work")
d(K, "the very next day", "1997-06-16", "day", "relative")
d(K, "December 1997", "1997-12", "month", "point")
d(K, "1997", "1997", "year", "point", "In 1997, the city had")
d(K, "2004", "2004", "year", "point", "in 2004, when Viktor")
d(K, "seven years", "P7Y", "", "duration", "more than doubled in seven years")
d(K, "2004", "2004", "year", "point", "$360 million in 2004")
d(K, "a few years", "PXY", "", "duration", "Within a few years", note="vague duration")
d(K, "2004", "2004", "year", "point", "In 2004, this contribution")
d(K, "December 2004", "2004-12", "month", "point", "In December 2004, when he had to leave")
d(K, "seven years", "P7Y", "", "duration", "In seven years, the city")
d(K, "From 2000 to 2005", "2000/2005", "year", "range", "From 2000 to 2005, for six years")
d(K, "six years", "P6Y", "", "duration", "for six years in a row")
d(K, "2002", "2002", "year", "point", "In 2002, he was named")
d(K, "2005", "2005", "year", "point", "In 2005, he was voted")
d(K, "November 26, 1997", "1997-11-26", "day", "point")
d(
    K,
    "the following years",
    "",
    "",
    "relative",
    "Over the following years",
    note="vague relative (after 1997-11-26), no value",
)
d(K, "October 4, 2000", "2000-10-04", "day", "point")
d(K, "December 8, 2004", "2004-12-08", "day", "point")
d(K, "one year", "P1Y", "", "duration", "would not go beyond one year")
d(K, "The next day", "2004-12-09", "day", "relative", "The next day, he was appointed governor")
d(K, "months", "PXM", "", "duration", "Within months, the city", note="vague duration")
d(K, "From December 2004 to January 2007", "2004-12/2007-01", "month", "range")
d(K, "35 years", "P35Y", "", "duration")
d(
    K,
    "After one year",
    "2005-12",
    "month",
    "relative",
    note="one year after taking office as governor (anchor December 2004)",
)
d(
    K,
    "After his second year",
    "2006-12",
    "month",
    "relative",
    note="two years after taking office as governor (anchor December 2004)",
)
d(K, "2004", "2004", "year", "point", "the 2004 elections")
d(K, "years", "PXY", "", "duration", "For years, he felt", note="vague duration")
d(K, "January 2007", "2007-01", "month", "point", "confirmed in January 2007")
d(K, "three years", "P3Y", "", "duration", "another three years")
d(K, "January 2007", "2007-01", "month", "point", "In January 2007, Viktor Khrapunov left")
d(K, "the summer of 2007", "2007-22", "season", "point")
d(
    K,
    "the spring",
    "2007-21",
    "season",
    "relative",
    "in the spring, rising water",
    note="year from context (2007)",
)
d(K, "the summer", "2007-22", "season", "relative", "in the summer (July 15, 2007)")
d(K, "July 15, 2007", "2007-07-15", "day", "point")
d(
    K,
    "the summer",
    "2007-22",
    "season",
    "relative",
    "again in the summer (September 6, 2007)",
    note="the text calls 6 September 'summer'; annotated as written",
)
d(K, "September 6, 2007", "2007-09-06", "day", "point")
d(K, "October 29, 2007", "2007-10-29", "day", "point")
d(K, "November 1, 2007", "2007-11-01", "day", "point")
d(
    K,
    "A few days later",
    "2007-11",
    "month",
    "relative",
    note="vague offset from 2007-11-01; resolved only to the enclosing month",
)
d(K, "1998", "1998", "year", "point", "In 1998, Viktor Khrapunov married")
d(K, "1958", "1958", "year", "point")
d(K, "2007", "2007", "year", "point", "2007: Lecturer")
d(K, "January 24, 1995", "1995-01-24", "day", "point")
d(K, "June 27, 2003", "2003-06-27", "day", "point")
d(K, "October 19, 2005", "2005-10-19", "day", "point")
d(K, "From 1973 to 1978", "1973/1978", "year", "range")
d(K, "From 1975 to 1977", "1975/1977", "year", "range", "From 1975 to 1977: Secretary")
d(K, "From 1986 to 1989", "1986/1989", "year", "range")
d(K, "From 1989 to 1991", "1989/1991", "year", "range", "From 1989 to 1991 : Member of the Municipal")
d(
    K,
    "From 1989 to 1991",
    "1989/1991",
    "year",
    "range",
    "From 1989 to 1991 : Member of the Communist Party Committee",
)
d(K, "From 1989 to 1991", "1989/1991", "year", "range", "From 1989 to 1991: Member of the Central")
d(K, "From 1991 to 1994", "1991/1994", "year", "range")
d(K, "From 1986 to 1997", "1986/1997", "year", "range")
d(K, "Since 1983", "1983/..", "year", "range")
d(K, "1994", "1994", "year", "point", "In 1994, he was named Best")
d(K, "From 1995 to 2007", "1995/2007", "year", "range")
d(K, "2000", "2000", "year", "point", "In 2000, he was awarded the Parasat")
d(K, "From 2000 to 2005", "2000/2005", "year", "range", "From 2000 to 2005, six years in a row")
d(K, "six years", "P6Y", "", "duration", "2005, six years in a row")
d(K, "2002", "2002", "year", "point", "In 2002, he was designated")
d(K, "2004", "2004", "year", "point", "In 2004, he was decorated")
d(K, "2005", "2005", "year", "point", "In 2005, he received the Order")
d(K, "the same year", "2005", "year", "relative")
d(K, "April 14, 1998", "1998-04-14", "day", "point")
d(K, "September 30, 1999", "1999-09-30", "day", "point")
d(K, "June 7, 2000", "2000-06-07", "day", "point")
d(K, "October 11, 2000", "2000-10-11", "day", "point")
d(K, "September 27, 2005", "2005-09-27", "day", "point")
d(K, "August 11, 2005", "2005-08-11", "day", "point")

# ---- bio_dubrovina -------------------------------------------------------
d(B, "3 April 1957", "1957-04-03", "day", "point")
d(B, "1929", "1929", "year", "point")
d(B, "11 February 1994", "1994-02-11", "day", "point")
d(B, "19 August 1931", "1931-08-19", "day", "point")
d(B, "the autumn of 2003", "2003-23", "season", "point")
d(B, "From 1964 to 1974", "1964/1974", "year", "range")
d(B, "That autumn", "1974-23", "season", "relative")
d(B, "June 1980", "1980-06", "month", "point")
d(B, "two years", "P2Y", "", "duration", "did two years of military service")
d(B, "September 1982", "1982-09", "month", "point")
d(
    B,
    "Two years later",
    "1984",
    "year",
    "relative",
    "Two years later she married",
    note="anchor September 1982",
)
d(B, "1986", "1986", "year", "point")
d(B, "January 1989", "1989-01", "month", "point")
d(B, "three months", "P3M", "", "duration")
d(B, "1990", "1990", "year", "point", "In 1990 the regional")
d(B, "March 1991", "1991-03", "month", "point")
d(B, "October 1994", "1994-10", "month", "point")
d(B, "March 1999", "1999-03", "month", "point", "until March 1999")
d(B, "1992", "1992", "year", "point")
d(B, "the late 1990s", "1997/1999", "year", "fuzzy")
d(B, "1999-2005", "1999/2005", "year", "range")
d(B, "2 March 1999", "1999-03-02", "day", "point")
d(B, "The next day", "1999-03-03", "day", "relative")
d(B, "Two years later", "2001", "year", "relative", "Two years later the region", note="anchor March 1999")
d(B, "2002", "2002", "year", "point")
d(B, "2004", "2004", "year", "point")
d(B, "mid-2005", "2005-05/2005-08", "month", "fuzzy")
d(B, "14 November 2005", "2005-11-14", "day", "point")
d(B, "the spring of 2006", "2006-21", "season", "point")
d(B, "Since 2007", "2007/..", "year", "range")
d(B, "2010", "2010", "year", "point")

# ---- news_garnov ---------------------------------------------------------
d(N, "12 March 2014", "2014-03-12", "day", "point", note="dateline; a Wednesday")
d(N, "Monday", "2014-03-10", "day", "relative", note="the Monday before the dateline")
d(N, "from 2006 to 2011", "2006/2011", "year", "range")
d(N, "nearly a decade", "P10Y", "", "duration", note="approximate")
d(N, "May 2011", "2011-05", "month", "point")
d(N, "That summer", "2011-22", "season", "relative")
d(N, "January 2012", "2012-01", "month", "point")
d(N, "eight months later", "2012-09", "month", "relative")
d(N, "the spring of 2012", "2012-21", "season", "point")
d(N, "4 February 2013", "2013-02-04", "day", "point")
d(N, "November 2013", "2013-11", "month", "point")
d(N, "nine years", "P9Y", "", "duration")
d(N, "A month later", "2013-12", "month", "relative")
d(N, "11 March", "2014-03-11", "day", "relative", note="year from the dateline")
d(N, "the day after the arrest", "2014-03-11", "day", "relative")
d(N, "since 2012", "2012/..", "year", "range")
d(N, "the coming weeks", "", "", "relative", note="vague future reference, no value")
d(N, "2010", "2010", "year", "point")
d(N, "almost three years", "P3Y", "", "duration", note="approximate")
d(N, "40 days", "P40D", "", "duration")
d(N, "2 April", "2014-04-02", "day", "relative", note="year from the dateline")

# ---- cv_melnik -------------------------------------------------------------
d(C, "9 October 1961", "1961-10-09", "day", "point")
d(C, "since 1987", "1987/..", "year", "range")
d(C, "more than thirty years", "P30Y", "", "duration", note="lower bound")
d(C, "the early 1990s", "1990/1993", "year", "fuzzy")
d(C, "2005", "2005", "year", "point", "adopted in 2005")
d(C, "1968–1978", "1968/1978", "year", "range")
d(C, "From 1978 to 1983", "1978/1983", "year", "range")
d(C, "June 1983", "1983-06", "month", "point")
d(C, "1991", "1991", "year", "point")
d(C, "1995-1997", "1995/1997", "year", "range")
d(C, "From 1983 to 1985", "1983/1985", "year", "range")
d(C, "From 1985 to 1990", "1985/1990", "year", "range")
d(C, "1990-1994", "1990/1994", "year", "range")
d(C, "March 1994 – June 1998", "1994-03/1998-06", "month", "range")
d(C, "1998–2003", "1998/2003", "year", "range")
d(C, "mid-2003", "2003-05/2003-08", "month", "fuzzy")
d(C, "2007", "2007", "year", "point")
d(C, "Since 2012", "2012/..", "year", "range")
d(C, "1995–1999", "1995/1999", "year", "range")
d(C, "April 2009", "2009-04", "month", "point")
d(C, "four-year", "P4Y", "", "duration")
d(C, "2013", "2013", "year", "point")
d(C, "1988", "1988", "year", "point")
d(C, "2001", "2001", "year", "point")
d(C, "2005", "2005", "year", "point", "Engineers (2005)")
d(C, "2004", "2004", "year", "point")
d(C, "since 2010", "2010/..", "year", "range")
d(C, "9 October 2011", "2011-10-09", "day", "point")
d(C, "his fiftieth birthday", "2011-10-09", "day", "age", note="birth 1961-10-09 + 50 years")

# --------------------------------------------------------------------------
# EVENTS: (source, type, person, date_value, place, organization, evidence, note)
# --------------------------------------------------------------------------
E = []


def e(src, typ, person, date, place, org, evidence, note=""):
    E.append((src, typ, person, date, place, org, evidence, note))


VK = "Victor Khrapunov"
e(
    P,
    "marriage",
    "Iliyas Khrapunov",
    "2007-09-16",
    "Almaty",
    "",
    "my son Iliyas Khrapunov’s wedding to the daughter of Nazarbayev’s political opponent, Madina Ablyazova, which took place on 16 September 2007",
    "first wedding ceremony",
)
e(
    P,
    "marriage",
    "Madina Ablyazova",
    "2007-09-16",
    "Almaty",
    "",
    "my son Iliyas Khrapunov’s wedding to the daughter of Nazarbayev’s political opponent, Madina Ablyazova, which took place on 16 September 2007",
    "first wedding ceremony",
)
e(
    P,
    "marriage",
    "Iliyas Khrapunov",
    "2007-09-22",
    "Geneva",
    "",
    "the other, on 22.09.2007, in Switzerland’s Geneva",
    "second wedding ceremony of the same couple (for coursemates and friends)",
)
e(
    P,
    "marriage",
    "Madina Ablyazova",
    "2007-09-22",
    "Geneva",
    "",
    "the other, on 22.09.2007, in Switzerland’s Geneva",
    "second wedding ceremony of the same couple (for coursemates and friends)",
)
e(
    P,
    "resignation",
    VK,
    "2007-10-29",
    "",
    "",
    "In the morning of 29 October 2007, Victor Khrapunov wrote the Republic of Kazakhstan president Nazarbayev a notice of resignation",
    "resignation as Minister of Emergency Situations; later mentions ('voluntary resignation', 'Victor’s resignation') are the same event",
)
e(
    P,
    "award",
    VK,
    "",
    "",
    "",
    "for seven years preceding the attack on him, had held first position in “The Country’s Best Mayors” annual rankings",
    "ranking first for seven years; years not given",
)
e(
    P,
    "appointment",
    "Marat Beketayev",
    "",
    "",
    "",
    "the start of whose career he secured by making him justice minister",
    "appointed Minister of Justice by Masimov's doing; no date",
)

VK3 = "Viktor Khrapunov"
FATHER = "Viacheslav Khrapunov"
MOTHER = "Anastassia Khrapunova"
NURK = "Zamanbek Nurkadilov"
e(
    K,
    "birth",
    VK3,
    "1948-11-24",
    "Predgornoje",
    "",
    "was born to ethnically Russian parents on November 24, 1948 in Predgornoje",
)
e(
    K,
    "injury",
    FATHER,
    "",
    "",
    "",
    "wounded in the Second World War",
    "war wound; the war is not annotated as a date",
)
e(K, "birth", FATHER, "1913-02-21", "Perm", "", "was born on February 21, 1913 in Perm")
e(K, "death", FATHER, "1980-01-24", "", "", "died on January 24, 1980")
e(K, "birth", MOTHER, "1923-09-03", "Predgornoje", "", "was born on September 3, 1923 in Predgornoje")
e(K, "death", MOTHER, "2006-07-01", "Predgornoje", "", "the same town where she died on July 1, 2006")
e(
    K,
    "education",
    VK3,
    "1956/1964",
    "Predgornoje",
    "",
    "From 1956 to 1964, Viktor Khrapunov did his required schooling in Predgornoje",
)
e(
    K,
    "education",
    VK3,
    "1964",
    "Ust-Kamenogorsk",
    "Technical School",
    "In 1964, his parents directed him to vocational training",
    "entered the Technical School in Ust-Kamenogorsk (entrance exam, next sentence)",
)
e(
    K,
    "degree",
    VK3,
    "1970-06",
    "Ust-Kamenogorsk",
    "Technical School",
    "until June 1970, when he received his degree as Heating Systems Technician",
)
e(
    K,
    "appointment",
    VK3,
    "1970",
    "Almaty",
    "Almaty Powerhouse",
    "started at the Powerhouse in 1970 as a simple Service Technician",
)
e(K, "appointment", VK3, "", "Almaty", "Almaty Powerhouse", "After being appointed Chief Supervisor")
e(
    K,
    "education",
    VK3,
    "",
    "Almaty",
    "Academy of Normalization and Metrology",
    "he was trained as a metrologist at the Academy of Normalization and Metrology in Almaty",
)
e(K, "degree", VK3, "1973", "Almaty", "Academy of Normalization and Metrology", "graduated in 1973")
e(
    K,
    "appointment",
    VK3,
    "",
    "Almaty",
    "Almaty Powerhouse",
    "allowing him access to the position of Mechanic Specialist",
    "start of post implied, date not given",
)
e(
    K,
    "education",
    VK3,
    "1971",
    "Almaty",
    "Polytechnic School",
    "In 1971, Viktor Khrapunov began taking evening classes at the Polytechnic School in Almaty (Institute of Energy)",
)
e(
    K,
    "degree",
    VK3,
    "1977",
    "Almaty",
    "Polytechnic School",
    "In 1977, he graduated in Electrical Engineering",
    "repeated in 'In 1977, at the age of 29, having obtained his degree' (same event)",
)
e(
    K,
    "appointment",
    VK3,
    "1975",
    "Almaty",
    "Almaty Powerhouse",
    "From 1975 to 1977, he was promoted to new responsibilities within the Almaty Powerhouse: as Methods Engineer",
    "event date = start of the range",
)
e(
    K,
    "appointment",
    VK3,
    "1977",
    "Almaty",
    "Almaty Powerhouse",
    "he was appointed vice-director of the Boiler Workshop",
)
e(
    K,
    "appointment",
    VK3,
    "1979",
    "Almaty",
    "Almaty Powerhouse",
    "In 1979, he was promoted to director of another major department in the plant (the Turbine Workshop",
)
e(
    K,
    "injury",
    VK3,
    "1984-02-04/1984-02-05",
    "Almaty",
    "Almaty Powerhouse",
    "Viktor Khrapunov sustained 2nd and 3rd degree burns over 42% of his body",
    "date from the preceding sentence (the night of February 4 to 5, 1984)",
)
e(
    K,
    "appointment",
    VK3,
    "1985-05",
    "Almaty",
    "Thermal Network",
    "The Minister of Energy appointed him technical director (Chief Engineer) of the Thermal Network in Almaty",
    "date from the preceding sentence (May 1985)",
)
e(
    K,
    "appointment",
    VK3,
    "1986-10",
    "Almaty",
    "Communist Party",
    "The Communist Party chose him to head Leninsky, a district of the city of Almaty",
    "date from 'political career began in October 1986'",
)
e(
    K,
    "election",
    VK3,
    "1989-08",
    "Almaty",
    "Communist Party of the City of Almaty",
    "In August 1989, at the age of 42, without ever having occupied any function within the political hierarchy, Viktor Khrapunov was elected Second Secretary",
)
e(
    K,
    "degree",
    VK3,
    "1990",
    "Almaty",
    "Academy of the Communist Party",
    "In 1990, after three years of training, the Academy of the Communist Party in Almaty granted Viktor Khrapunov the degree of Political Scientist",
    "the three years of training are not annotated as a separate education event (no dates)",
)
e(
    K,
    "appointment",
    NURK,
    "1991-03",
    "Almaty",
    "Communist Party of Almaty",
    "the mayor of Almaty (Zamanbek Nurkadilov) was appointed First Secretary of the Communist Party of Almaty",
)
e(
    K,
    "appointment",
    VK3,
    "1991-03",
    "Almaty",
    "",
    "Viktor Khrapunov took his place as Head of Administration of the city",
)
e(
    K,
    "appointment",
    NURK,
    "1992-02",
    "Almaty",
    "",
    "Zamanbek Nurkadilov took back the head position of Almaty",
)
e(
    K,
    "appointment",
    VK3,
    "1992-02",
    "Almaty",
    "",
    "Viktor Khrapunov took a position at his side as First Deputy Mayor",
)
e(
    K,
    "appointment",
    VK3,
    "1995-03",
    "",
    "",
    "In March 1995, Viktor Khrapunov was appointed Minister of Energy and Mines",
)
e(
    K,
    "appointment",
    VK3,
    "1997-06-16",
    "Almaty",
    "",
    "Viktor Khrapunov began his new job the very next day",
    "Mayor of Almaty; suggested by Nazarbayev on June 15, 1997",
)
e(
    K,
    "degree",
    VK3,
    "1997-11-26",
    "Almaty",
    "National Academy of Administration of Almaty",
    "On November 26, 1997, Viktor Khrapunov defended his doctoral thesis",
)
e(
    K,
    "degree",
    VK3,
    "2000-10-04",
    "Almaty",
    "National Academy of Administration of Almaty",
    "On October 4, 2000, he defended his second thesis",
    "title of Doctor of Economics; 'the same Academy'",
)
e(
    K,
    "award",
    VK3,
    "2000/2005",
    "",
    "",
    "From 2000 to 2005, for six years in a row, he was named “Person of the Year”",
    "same award as the list item 'designated “Personality of the Year”' (one row)",
)
e(
    K,
    "award",
    VK3,
    "2002",
    "",
    "",
    "In 2002, he was named “Statesman of the Year”",
    "repeated in the awards list (one row)",
)
e(
    K,
    "award",
    VK3,
    "2005",
    "",
    "",
    "In 2005, he was voted “Best Mayor of the Year”",
    "same as list item 'elected “Best Akim (mayor) of the Year”' (one row)",
)
e(
    K,
    "appointment",
    VK3,
    "2004-12-09",
    "Eastern Kazakhstan",
    "",
    "The next day, he was appointed governor of Eastern Kazakhstan",
)
e(
    K,
    "relocation",
    VK3,
    "2004-12",
    "Eastern Kazakhstan",
    "",
    "From December 2004 to January 2007, after 35 years in Almaty, Viktor Khrapunov found himself back in his home province",
    "move from Almaty back to his home province; date = start of the stay",
)
e(
    K,
    "appointment",
    NURK,
    "",
    "",
    "",
    "the first two people who took this job (Nurkadilov was assassinated ; Kulmashonov",
    "first Minister of Emergency Situations; no date",
)
e(K, "death", NURK, "", "", "", "Nurkadilov was assassinated", "no date")
e(
    K,
    "appointment",
    "Kulmashonov",
    "",
    "",
    "",
    "the first two people who took this job (Nurkadilov was assassinated ; Kulmashonov",
    "second Minister of Emergency Situations; no date; only the surname is given",
)
e(
    K,
    "dismissal",
    "Kulmashonov",
    "",
    "",
    "",
    "Kulmashonov, after a shuffle, was forever excluded from politics",
    "removal in a government reshuffle; judgement call",
)
e(
    K,
    "relocation",
    VK3,
    "2007-01",
    "",
    "",
    "In January 2007, Viktor Khrapunov left Eastern Kazakhstan to move back to the capital",
    "destination 'the capital' is not named",
)
e(
    K,
    "appointment",
    VK3,
    "2007-01",
    "",
    "",
    "In January 2007, Viktor Khrapunov left Eastern Kazakhstan to move back to the capital, where the President appointed him Minister of Emergency Situations",
)
e(
    K,
    "resignation",
    VK3,
    "2007-10-29",
    "",
    "",
    "On October 29, 2007, Viktor Khrapunov delivered his letter of resignation",
)
e(
    K,
    "relocation",
    VK3,
    "2007-11",
    "Switzerland",
    "",
    "A few days later, Viktor Khrapunov arrived in Switzerland",
    "'a few days' after November 1, 2007; resolved to the month",
)
e(
    K,
    "marriage",
    VK3,
    "1998",
    "",
    "",
    "In 1998, Viktor Khrapunov married his second wife Leila Kalibekovna Khrapunova",
)
e(
    K,
    "marriage",
    "Leila Khrapunova",
    "1998",
    "",
    "",
    "In 1998, Viktor Khrapunov married his second wife Leila Kalibekovna Khrapunova",
)
e(K, "birth", "Leila Khrapunova", "1958", "", "", "born in 1958")
e(
    K,
    "membership",
    VK3,
    "1995-01-24",
    "",
    "International Academy of Energy",
    "Member of the International Academy of Energy (Degree 95 on January 24, 1995)",
)
e(
    K,
    "membership",
    VK3,
    "2003-06-27",
    "Almaty",
    "International Academy of Engineering",
    "Member of the International Academy of Engineering, based in Almaty (Degree 92 on June 27, 2003)",
)
e(
    K,
    "membership",
    VK3,
    "2005-10-19",
    "",
    "Academy of Security, Defense and Law Enforcement",
    "Member of the Academy of Security, Defense and Law Enforcement (Degree 8011 on October 19, 2005)",
)
e(
    K,
    "award",
    VK3,
    "1983",
    "",
    "Almaty Thermal Powerhouse",
    "Since 1983, Viktor Khrapunov’s name has been on the board of honor of the Almaty Thermal Powerhouse",
)
e(
    K,
    "award",
    VK3,
    "1994",
    "Almaty",
    "",
    "In 1994, he was named Best Workshop Head in the City of Almaty",
    "annotated as written (in 1994 he was First Deputy Mayor; a 'workshop head' title looks odd)",
)
e(K, "award", VK3, "1995/2007", "", "", "From 1995 to 2007, he received several medals")
e(K, "award", VK3, "2000", "", "", "In 2000, he was awarded the Parasat Order")
e(
    K,
    "award",
    VK3,
    "2004",
    "",
    "",
    "In 2004, he was decorated by the Patriarch of all Russias Alexis II of the Order of the Holy Prince Daniel",
)
e(
    K,
    "award",
    VK3,
    "",
    "",
    "National Olympic Committee",
    "Decorated by the Order of the National Olympic Committee",
)
e(
    K,
    "award",
    VK3,
    "2005",
    "",
    "",
    "In 2005, he received the Order of First President of the Republic of Kazakhstan",
    "Order of First President",
)
e(
    K,
    "award",
    VK3,
    "2005",
    "",
    "",
    "as well as the Order of Peter the Great",
    "Order of Peter the Great (same sentence, separate award)",
)
e(K, "award", VK3, "", "Almaty", "", "Honorary Citizen of the City of Almaty.")
e(K, "award", VK3, "", "Almaty", "", "Honorary Citizen of the Region of Almaty.", "place = Region of Almaty")
e(K, "award", VK3, "", "Turkestan", "", "Honorary Citizen of the City of Turkestan.")
e(
    K,
    "award",
    VK3,
    "1998-04-14",
    "",
    "National Technical University of Kazakhstan",
    "Honorary Professor at the National Technical University of Kazakhstan (April 14, 1998)",
)
e(
    K,
    "award",
    VK3,
    "1999-09-30",
    "",
    "Academy at the Ministry of Interior of the Republic of Kazakhstan",
    "Honorary Doctorate Degree in Law from the Academy at the Ministry of Interior of the Republic of Kazakhstan (September 30, 1999)",
    "honorary doctorate = award, not degree",
)
e(
    K,
    "award",
    VK3,
    "2000-06-07",
    "",
    "State University of Almaty Abay",
    "Honorary Doctorate in Economics from the State University of Almaty Abay (June 7, 2000)",
    "honorary doctorate = award, not degree",
)
e(
    K,
    "award",
    VK3,
    "2000-10-11",
    "",
    "National Academy of Legal Sciences of Kazakhstan",
    "Honorary Professor of the National Academy of Legal Sciences of Kazakhstan (October 11, 2000)",
)
e(
    K,
    "award",
    VK3,
    "2005-09-27",
    "",
    "",
    "Badge of Merit for the development of Physical Education and Sports (September 27, 2005)",
)
e(
    K,
    "award",
    VK3,
    "2005-08-11",
    "",
    "",
    "Eminent Sports Personality of the Republic of Kazakhstan (August 11, 2005)",
)

LD = "Larisa Dubrovina"
OV = "Oleg Varnavin"
e(B, "birth", LD, "1957-04-03", "Kostrovka", "", "was born on 3 April 1957 in Kostrovka")
e(B, "birth", "Pyotr Dubrovin", "1929", "Merinsk", "", "was born in 1929 in Merinsk")
e(B, "death", "Pyotr Dubrovin", "1994-02-11", "Kostrovka", "", "died on 11 February 1994 in Kostrovka")
e(
    B,
    "birth",
    "Vera Dubrovina",
    "1931-08-19",
    "Sarmino",
    "",
    "was born on 19 August 1931 in the village of Sarmino",
)
e(B, "death", "Vera Dubrovina", "2003-23", "", "", "died in the autumn of 2003")
e(
    B,
    "education",
    LD,
    "1964/1974",
    "Kostrovka",
    "School No. 2",
    "From 1964 to 1974 Larisa attended School No. 2 in Kostrovka",
)
e(
    B,
    "education",
    LD,
    "1974-23",
    "Merinsk",
    "Merinsk Medical Institute",
    "That autumn she entered the Merinsk Medical Institute",
    "place taken from the institute's name",
)
e(
    B,
    "degree",
    LD,
    "1980-06",
    "Merinsk",
    "Merinsk Medical Institute",
    "in June 1980 she graduated with a degree in general surgery",
)
e(
    B,
    "relocation",
    LD,
    "1982-09",
    "Kostrovka",
    "",
    "In September 1982 Dubrovina returned to her home town",
    "home town = Kostrovka (birth place)",
)
e(
    B,
    "appointment",
    LD,
    "1982-09",
    "Kostrovka",
    "Kostrovka District Hospital",
    "In September 1982 Dubrovina returned to her home town to work as a surgeon at the Kostrovka District Hospital",
)
e(
    B,
    "marriage",
    LD,
    "1984",
    "",
    "",
    "Two years later she married Oleg Varnavin",
    "relative date, anchor September 1982",
)
e(
    B,
    "marriage",
    OV,
    "1984",
    "",
    "",
    "Two years later she married Oleg Varnavin",
    "relative date, anchor September 1982",
)
e(B, "birth", "Maxim Varnavin", "1986", "", "", "their son, Maxim Varnavin, was born in 1986")
e(
    B,
    "injury",
    LD,
    "1989-01",
    "Sarmino",
    "",
    "In January 1989, while driving to a night call, she was badly injured",
    "car accident 'near Sarmino'",
)
e(
    B,
    "appointment",
    LD,
    "1990",
    "Kostrovka",
    "Kostrovka District Hospital",
    "In 1990 the regional health department appointed her Chief Physician of the Kostrovka District Hospital",
)
e(
    B,
    "election",
    LD,
    "1991-03",
    "Kostrovka",
    "Kostrovka Town Council",
    "In March 1991 she was elected to the Kostrovka Town Council",
)
e(
    B,
    "election",
    LD,
    "1994-10",
    "Kostrovka",
    "Kostrovka Town Council",
    "in October 1994, when the council chose her as Mayor of Kostrovka",
    "mayor chosen (elected) by the council",
)
e(
    B,
    "appointment",
    OV,
    "1992",
    "Kostrovka",
    "shipyard",
    "Oleg Varnavin was promoted to director of the shipyard in 1992",
    "the shipyard is not named ('the local shipyard' in Kostrovka)",
)
e(
    B,
    "appointment",
    LD,
    "1999-03-02",
    "Sarma Region",
    "",
    "On 2 March 1999 President Anatoly Greshin appointed Dubrovina governor of the Sarma Region",
)
e(
    B,
    "appointment",
    "Ruslan Tagirov",
    "1999-03-03",
    "Kostrovka",
    "",
    "The next day her deputy, Ruslan Tagirov, was sworn in as acting mayor",
)
e(B, "award", LD, "2002", "", "", "In 2002 Dubrovina received the Order of Civic Merit")
e(
    B,
    "award",
    LD,
    "2004",
    "",
    "Ardavian Herald",
    "in 2004 the weekly Ardavian Herald named her Governor of the Year",
)
e(
    B,
    "resignation",
    LD,
    "2005-11-14",
    "Kostrovka",
    "",
    "On 14 November 2005 Dubrovina resigned as governor in protest",
    "place from the next sentence (press conference in Kostrovka)",
)
e(
    B,
    "relocation",
    LD,
    "2006-21",
    "Halvenburg",
    "",
    "In the spring of 2006 she and her husband moved to Halvenburg",
)
e(
    B,
    "relocation",
    OV,
    "2006-21",
    "Halvenburg",
    "",
    "In the spring of 2006 she and her husband moved to Halvenburg",
)
e(
    B,
    "membership",
    LD,
    "2010",
    "",
    "Ostmark Society of Surgeons",
    "in 2010 she was elected a Fellow of the Ostmark Society of Surgeons",
    "elected to a learned society = membership, not election",
)

SG = "Stanislav Garnov"
YG = "Yelena Garnova"
e(
    N,
    "arrest",
    SG,
    "2014-03-10",
    "Halvenburg",
    "",
    "Police in Halvenburg on Monday arrested Stanislav Garnov",
    "Monday before the dateline (Wed 12 March 2014)",
)
e(N, "charge", SG, "2011-05", "Dorsk", "", "In May 2011 prosecutors in Dorsk charged him with embezzling")
e(
    N,
    "relocation",
    SG,
    "2011-22",
    "Ostmark",
    "",
    "That summer he and his wife, Yelena Garnova, left Tarvania for Ostmark",
)
e(
    N,
    "relocation",
    YG,
    "2011-22",
    "Ostmark",
    "",
    "That summer he and his wife, Yelena Garnova, left Tarvania for Ostmark",
)
e(
    N,
    "asylum",
    YG,
    "2012-01",
    "Ostmark",
    "",
    "Garnova applied for political asylum in Ostmark in January 2012",
    "application",
)
e(N, "asylum", YG, "2012-09", "Ostmark", "", "was granted it eight months later", "asylum granted")
e(
    N,
    "asylum",
    SG,
    "2012-21",
    "",
    "",
    "Her husband's own application, filed in the spring of 2012",
    "application (still pending)",
)
e(
    N,
    "lawsuit",
    SG,
    "2013-02-04",
    "Dorsk",
    "Tarvenergo",
    "On 4 February 2013 Tarvenergo filed a lawsuit against the couple in the Dorsk Commercial Court",
    "defendant; plaintiff = Tarvenergo",
)
e(
    N,
    "lawsuit",
    YG,
    "2013-02-04",
    "Dorsk",
    "Tarvenergo",
    "On 4 February 2013 Tarvenergo filed a lawsuit against the couple in the Dorsk Commercial Court",
    "defendant; plaintiff = Tarvenergo",
)
e(
    N,
    "conviction",
    SG,
    "2013-11",
    "Dorsk",
    "",
    "In November 2013 a criminal court in Dorsk convicted Garnov in absentia and sentenced him to nine years in prison",
)
e(N, "charge", YG, "2013-12", "", "", "A month later Garnova was charged with laundering part of the money")
e(
    N,
    "extradition_request",
    SG,
    "2014-03-11",
    "",
    "",
    "Arkady Pelevin, signed a request for Garnov's extradition on 11 March",
    "requested by Tarvania's Minister of Justice; the person is the one whose extradition is sought",
)

BM = "Bogdan Melnik"
e(C, "birth", BM, "1961-10-09", "Sosnovets", "", "Born 9 October 1961 in Sosnovets")
e(C, "marriage", BM, "1987", "", "", "Married to Natalia Sergeyevna Melnik (née Orlova) since 1987")
e(
    C,
    "marriage",
    "Natalia Melnik",
    "1987",
    "",
    "",
    "Married to Natalia Sergeyevna Melnik (née Orlova) since 1987",
)
e(
    C,
    "education",
    BM,
    "1968/1978",
    "Sosnovets",
    "Secondary School No. 14",
    "1968–1978: Secondary School No. 14, Sosnovets.",
)
e(
    C,
    "education",
    BM,
    "1978/1983",
    "Merinsk",
    "Ardavian Polytechnic Institute",
    "From 1978 to 1983: student at the Ardavian Polytechnic Institute, Merinsk",
)
e(
    C,
    "degree",
    BM,
    "1983-06",
    "Merinsk",
    "Ardavian Polytechnic Institute",
    "diploma in Mechanical Engineering with distinction (June 1983)",
)
e(
    C,
    "degree",
    BM,
    "1991",
    "",
    "Institute of Energy Problems of the Ardavian Academy of Sciences",
    "1991: Candidate of Technical Sciences",
)
e(
    C,
    "education",
    BM,
    "1995/1997",
    "",
    "Merinsk State University",
    "1995-1997: evening courses in economics, Merinsk State University.",
)
e(
    C,
    "election",
    BM,
    "2009-04",
    "",
    "Ardavian Union of Engineers",
    "April 2009: elected Chairman of the Ardavian Union of Engineers",
)
e(
    C,
    "election",
    BM,
    "2013",
    "",
    "Ardavian Union of Engineers",
    "re-elected for a second four-year term in 2013",
)
e(C, "award", BM, "1988", "", "", 'Medal "For Labour Valour" (1988).')
e(C, "award", BM, "2001", "", "", "Order of Honour, 2nd class (2001).")
e(
    C,
    "award",
    BM,
    "2005",
    "",
    "Ardavian Union of Engineers",
    '"Engineer of the Year" of the Ardavian Union of Engineers (2005).',
)
e(
    C,
    "membership",
    BM,
    "2004",
    "",
    "Ardavian Academy of Engineering",
    "Corresponding Member of the Ardavian Academy of Engineering (2004)",
)
e(C, "membership", BM, "2010", "", "Ardavian Academy of Engineering", "Full Member since 2010")
e(
    C,
    "award",
    BM,
    "2011-10-09",
    "Sosnovets",
    "",
    "Honorary Citizen of Sosnovets (awarded on 9 October 2011, on his fiftieth birthday)",
)

# --------------------------------------------------------------------------
# CAREERS: (source, person, position, organization, place, start, end, end_basis, evidence, note)
# --------------------------------------------------------------------------
R = []


def r(src, person, position, org, place, start, end, basis, evidence, note=""):
    R.append((src, person, position, org, place, start, end, basis, evidence, note))


NN = "Nursultan Nazarbayev"
r(
    P,
    VK,
    "Minister of Emergency Situations",
    "",
    "Kazakhstan",
    "",
    "2007-10-29",
    "explicit",
    "the minister of emergency situations Victor Khrapunov",
    "ends with the resignation of 29 October 2007",
)
r(
    P,
    "Karim Masimov",
    "Prime Minister",
    "",
    "Kazakhstan",
    "",
    "",
    "",
    "Prime Minister Karim Masimov",
    "title mention only",
)
r(
    P,
    NN,
    "President",
    "",
    "Kazakhstan",
    "",
    "",
    "",
    "the Kazakhstan president, Nursultan Nazarbayev",
    "title mention only",
)
r(P, "Marat Beketayev", "Minister of Justice", "", "Kazakhstan", "", "", "", "making him justice minister")

PH = "Almaty Powerhouse"
r(
    K,
    VK3,
    "Service Technician",
    PH,
    "Almaty",
    "1970",
    "",
    "",
    "Viktor Khrapunov started at the Powerhouse in 1970 as a simple Service Technician",
    "next post (Chief Supervisor) has no date",
)
r(K, VK3, "Chief Supervisor", PH, "Almaty", "", "", "", "After being appointed Chief Supervisor")
r(
    K,
    VK3,
    "Mechanic Specialist",
    PH,
    "Almaty",
    "",
    "1975",
    "inferred",
    "allowing him access to the position of Mechanic Specialist",
    "followed by Methods Engineer from 1975",
)
r(
    K,
    VK3,
    "Methods Engineer",
    PH,
    "Almaty",
    "1975",
    "1977",
    "explicit",
    "From 1975 to 1977, he was promoted to new responsibilities within the Almaty Powerhouse: as Methods Engineer",
)
r(
    K,
    VK3,
    "Vice-Director",
    "Boiler Workshop, Almaty Powerhouse",
    "Almaty",
    "1977",
    "1979",
    "inferred",
    "he was appointed vice-director of the Boiler Workshop",
)
r(
    K,
    VK3,
    "Director",
    "Turbine Workshop, Almaty Powerhouse",
    "Almaty",
    "1979",
    "1985-05",
    "explicit",
    "In 1979, he was promoted to director of another major department in the plant (the Turbine Workshop",
    "'kept this position until 1985'; 'In May 1985, Viktor left the Almaty plant' gives the month",
)
r(
    K,
    VK3,
    "Chief Engineer",
    "Thermal Network",
    "Almaty",
    "1985-05",
    "1986-10",
    "explicit",
    "The Minister of Energy appointed him technical director (Chief Engineer) of the Thermal Network in Almaty",
    "'technical director (Chief Engineer)'; left 'permanently as engineer' when his political career began in October 1986",
)
r(
    K,
    VK3,
    "District Head",
    "Leninsky District",
    "Almaty",
    "1986-10",
    "1989-08",
    "inferred",
    "The Communist Party chose him to head Leninsky, a district of the city of Almaty",
)
r(
    K,
    VK3,
    "Second Secretary",
    "Communist Party of the City of Almaty",
    "Almaty",
    "1989-08",
    "1991-03",
    "inferred",
    "Viktor Khrapunov was elected Second Secretary of the Communist Party of the City of Almaty",
)
r(
    K,
    NURK,
    "Mayor",
    "",
    "Almaty",
    "",
    "1991-03",
    "inferred",
    "the mayor of Almaty (Zamanbek Nurkadilov)",
    "Khrapunov 'took his place' in March 1991",
)
r(
    K,
    NURK,
    "First Secretary",
    "Communist Party of Almaty",
    "Almaty",
    "1991-03",
    "",
    "",
    "the mayor of Almaty (Zamanbek Nurkadilov) was appointed First Secretary of the Communist Party of Almaty",
    "the party was banned in December 1991; end not stated for him",
)
r(
    K,
    VK3,
    "Head of Administration",
    "",
    "Almaty",
    "1991-03",
    "1992-02",
    "inferred",
    "Viktor Khrapunov took his place as Head of Administration of the city",
)
r(
    K,
    NURK,
    "Mayor",
    "",
    "Almaty",
    "1992-02",
    "",
    "",
    "Zamanbek Nurkadilov took back the head position of Almaty",
    "'head position of Almaty' normalised to Mayor",
)
r(
    K,
    VK3,
    "First Deputy Mayor",
    "",
    "Almaty",
    "1992-02",
    "1995-03",
    "explicit",
    "Viktor Khrapunov took a position at his side as First Deputy Mayor",
    "'He kept this position until March 1995'",
)
r(
    K,
    VK3,
    "Minister of Energy and Mines",
    "",
    "Kazakhstan",
    "1995-03",
    "1997-06-16",
    "inferred",
    "In March 1995, Viktor Khrapunov was appointed Minister of Energy and Mines",
    "ministry broadened in March 1997 (same post); succeeded by Mayor of Almaty on 1997-06-16",
)
r(
    K,
    VK3,
    "Mayor",
    "",
    "Almaty",
    "1997-06-16",
    "2004-12",
    "explicit",
    "Viktor Khrapunov began his new job the very next day",
    "heading '1997-2004 Mayor of Almaty.'; 'In December 2004, when he had to leave office as mayor of Almaty'",
)
r(
    K,
    VK3,
    "Governor",
    "",
    "Eastern Kazakhstan",
    "2004-12-09",
    "2007-01",
    "explicit",
    "The next day, he was appointed governor of Eastern Kazakhstan",
    "'From December 2004 to January 2007'; 'In January 2007, Viktor Khrapunov left Eastern Kazakhstan'",
)
r(
    K,
    NURK,
    "Minister of Emergency Situations",
    "",
    "Kazakhstan",
    "",
    "",
    "",
    "the first two people who took this job (Nurkadilov was assassinated",
)
r(
    K,
    "Kulmashonov",
    "Minister of Emergency Situations",
    "",
    "Kazakhstan",
    "",
    "",
    "",
    "Kulmashonov, after a shuffle, was forever excluded from politics",
    "end by reshuffle, no date",
)
r(
    K,
    VK3,
    "Minister of Emergency Situations",
    "",
    "Kazakhstan",
    "2007-01",
    "2007-10-29",
    "explicit",
    "where the President appointed him Minister of Emergency Situations",
    "ends with the letter of resignation",
)
r(
    K,
    NN,
    "President",
    "",
    "Kazakhstan",
    "",
    "",
    "",
    "President Nazarbayev called Viktor Khrapunov",
    "title mention only",
)
r(
    K,
    "Alexis II",
    "Patriarch",
    "",
    "",
    "",
    "",
    "",
    "the Patriarch of all Russias Alexis II",
    "title mention only",
)
r(
    K,
    VK3,
    "Lecturer",
    "Technical University of Eastern Kazakhstan",
    "",
    "2007",
    "",
    "",
    "2007: Lecturer at the Technical University of Eastern Kazakhstan",
    "single-year list entry -> start only",
)
r(
    K,
    VK3,
    "Director of Research",
    "Technical University of Eastern Kazakhstan",
    "",
    "2007",
    "",
    "",
    "Director of research.",
    "same list item as Lecturer; organisation assumed from the item",
)
r(
    K,
    VK3,
    "President",
    "Council of Young Specialists of the Almaty Thermal Powerhouse",
    "Almaty",
    "1973",
    "1978",
    "explicit",
    "From 1973 to 1978: President of the Council of Young Specialists of the Almaty Thermal Powerhouse",
)
r(
    K,
    VK3,
    "Secretary",
    "Komsomol Committee of the Almay Thermal Powerhouse",
    "Almaty",
    "1975",
    "1977",
    "explicit",
    "From 1975 to 1977: Secretary of the Komsomol Committee of the Almay Thermal Powerhouse",
    "'Almay' sic",
)
r(
    K,
    VK3,
    "Board Member",
    "Communist Party Committee of the Leninsky District of the City of Almaty",
    "Almaty",
    "1986",
    "1989",
    "explicit",
    "From 1986 to 1989: Board Member of the Communist Party Committee of the Leninsky District of the City of Almaty",
)
r(
    K,
    VK3,
    "Member",
    "Municipal Committee of the Communist Party of the City of Almaty",
    "Almaty",
    "1989",
    "1991",
    "explicit",
    "From 1989 to 1991 : Member of the Municipal Committee of the Communist Party of the City of Almaty",
)
r(
    K,
    VK3,
    "Member",
    "Communist Party Committee of the Region of Almaty",
    "Almaty",
    "1989",
    "1991",
    "explicit",
    "From 1989 to 1991 : Member of the Communist Party Committee of the Region of Almaty",
    "place = Region of Almaty",
)
r(
    K,
    VK3,
    "Member",
    "Central Committee of the Communist Party",
    "",
    "1989",
    "1991",
    "explicit",
    "From 1989 to 1991: Member of the Central Committee of the Communist Party",
)
r(
    K,
    VK3,
    "Deputy",
    "Supreme Soviet of Deputies of the People of Kazakhstan",
    "Kazakhstan",
    "1991",
    "1994",
    "explicit",
    "From 1991 to 1994: Deputy of the Supreme Soviet of Deputies of the People of Kazakhstan",
)
r(
    K,
    VK3,
    "Deputy",
    "Communal and Municipal Council of People’s Deputies",
    "",
    "1986",
    "1997",
    "explicit",
    "From 1986 to 1997 : several times, Deputy of the Communal and Municipal Council of People’s Deputies",
    "several (non-continuous) terms within the range",
)

r(
    B,
    LD,
    "Surgeon",
    "Medical Corps of the Ardavian Army",
    "Tolvar",
    "",
    "1982-09",
    "inferred",
    "She then did two years of military service as a surgeon with the medical corps of the Ardavian Army in Tolvar",
    "military service with a stated function; after June 1980, two years",
)
r(
    B,
    LD,
    "Surgeon",
    "Kostrovka District Hospital",
    "Kostrovka",
    "1982-09",
    "1990",
    "inferred",
    "In September 1982 Dubrovina returned to her home town to work as a surgeon at the Kostrovka District Hospital",
)
r(
    B,
    LD,
    "Chief Physician",
    "Kostrovka District Hospital",
    "Kostrovka",
    "1990",
    "1994-10",
    "explicit",
    "In 1990 the regional health department appointed her Chief Physician of the Kostrovka District Hospital",
    "'She left the hospital in October 1994'",
)
r(
    B,
    LD,
    "Member",
    "Kostrovka Town Council",
    "Kostrovka",
    "1991-03",
    "",
    "",
    "In March 1991 she was elected to the Kostrovka Town Council",
)
r(
    B,
    LD,
    "Mayor",
    "",
    "Kostrovka",
    "1994-10",
    "1999-03",
    "explicit",
    "when the council chose her as Mayor of Kostrovka",
    "'She kept this position until March 1999'",
)
r(
    B,
    OV,
    "Engineer",
    "shipyard",
    "Kostrovka",
    "",
    "1992",
    "inferred",
    "Oleg Varnavin, an engineer at the local shipyard",
    "succeeded by his promotion to director in 1992",
)
r(
    B,
    OV,
    "Director",
    "shipyard",
    "Kostrovka",
    "1992",
    "1997/1999",
    "explicit",
    "Oleg Varnavin was promoted to director of the shipyard in 1992",
    "'he held that post until its privatisation in the late 1990s'",
)
r(
    B,
    LD,
    "Governor",
    "",
    "Sarma Region",
    "1999-03-02",
    "2005-11-14",
    "explicit",
    "On 2 March 1999 President Anatoly Greshin appointed Dubrovina governor of the Sarma Region",
    "heading '1999-2005 Governor of the Sarma Region.'; resigned 14 November 2005",
)
r(B, "Anatoly Greshin", "President", "", "", "", "", "", "President Anatoly Greshin", "title mention only")
r(
    B,
    "Ruslan Tagirov",
    "Acting Mayor",
    "",
    "Kostrovka",
    "1999-03-03",
    "",
    "",
    "The next day her deputy, Ruslan Tagirov, was sworn in as acting mayor",
)
r(
    B,
    "Ruslan Tagirov",
    "Deputy Mayor",
    "",
    "Kostrovka",
    "",
    "1999-03-03",
    "inferred",
    "her deputy, Ruslan Tagirov",
    "'her deputy' (deputy mayor) until sworn in as acting mayor",
)
r(
    B,
    LD,
    "Visiting Professor",
    "Halvenburg School of Medicine",
    "Halvenburg",
    "2007",
    "",
    "",
    "Since 2007 she has been a Visiting Professor of Public Health at the Halvenburg School of Medicine",
    "'Visiting Professor of Public Health'",
)

r(
    N,
    SG,
    "Deputy Minister of Energy",
    "",
    "Tarvania",
    "2006",
    "2011",
    "explicit",
    "Garnov served as Deputy Minister of Energy from 2006 to 2011",
)
r(
    N,
    SG,
    "Head",
    "Northern Division, Tarvenergo",
    "",
    "",
    "2006",
    "inferred",
    "Before that he ran the northern division of the state grid company Tarvenergo for nearly a decade",
    "'ran' normalised to Head; ended before he became Deputy Minister in 2006",
)
r(
    N,
    "Arkady Pelevin",
    "Minister of Justice",
    "",
    "Tarvania",
    "",
    "",
    "",
    "Tarvania's Minister of Justice, Arkady Pelevin",
    "later referred to as 'The minister'",
)
r(
    N,
    "Marta Kiselis",
    "Deputy Prosecutor General",
    "",
    "Tarvania",
    "",
    "",
    "",
    "Deputy Prosecutor General Marta Kiselis",
    "later referred to as 'The prosecutor'; 'led the investigation since 2012' is not a post",
)
r(N, "Annika Sollberg", "Judge", "", "Halvenburg", "", "", "", "Judge Annika Sollberg", "title mention only")

r(
    C,
    BM,
    "Shift Engineer",
    "Sosnovets Cement Plant",
    "Sosnovets",
    "1983",
    "1985",
    "explicit",
    "From 1983 to 1985: Shift Engineer at the Sosnovets Cement Plant.",
)
r(
    C,
    BM,
    "Chief Engineer",
    "Sosnovets Cement Plant",
    "Sosnovets",
    "1985",
    "1990",
    "explicit",
    "From 1985 to 1990: Chief Engineer of the Sosnovets Cement Plant.",
)
r(
    C,
    BM,
    "Deputy Director",
    "Northern Ardavia Energy Trust",
    "Sosnovets",
    "1990",
    "1994",
    "explicit",
    "1990-1994 Deputy Director of the Northern Ardavia Energy Trust, Sosnovets.",
)
r(
    C,
    BM,
    "Director General",
    "Northern Ardavia Energy Trust",
    "",
    "1994-03",
    "1998-06",
    "explicit",
    "March 1994 – June 1998: Director General of the Northern Ardavia Energy Trust.",
)
r(
    C,
    BM,
    "Deputy Minister of Industry",
    "",
    "Ardavia",
    "1998",
    "2003",
    "explicit",
    "1998–2003: Deputy Minister of Industry of the Republic of Ardavia.",
)
r(
    C,
    BM,
    "Head",
    "Presidential Commission on Industrial Safety",
    "",
    "2003-05/2003-08",
    "",
    "",
    "From mid-2003: Head of the Presidential Commission on Industrial Safety.",
)
r(
    C,
    BM,
    "Lecturer",
    "Merinsk Higher School of Management",
    "Merinsk",
    "2007",
    "",
    "",
    "2007: Lecturer at the Merinsk Higher School of Management.",
    "single-year list entry -> start only",
)
r(
    C,
    BM,
    "Member of the Board of Directors",
    "Ardavian Railways",
    "",
    "2012",
    "",
    "",
    "Since 2012: Member of the Board of Directors of Ardavian Railways.",
)
r(
    C,
    BM,
    "Deputy",
    "Northern Ardavia Regional Council",
    "Northern Ardavia",
    "1995",
    "1999",
    "explicit",
    "1995–1999: Deputy of the Northern Ardavia Regional Council.",
)
r(
    C,
    BM,
    "Chairman",
    "Ardavian Union of Engineers",
    "",
    "2009-04",
    "",
    "",
    "April 2009: elected Chairman of the Ardavian Union of Engineers",
    "re-elected in 2013 (same post, one row)",
)

# --------------------------------------------------------------------------
# write
# --------------------------------------------------------------------------
# The closed vocabulary is the lexicon's (README: Event vocabulary).
EVENT_TYPES = set(load_lexicon().event_types)


def main() -> int:
    rows = []
    spans = set()
    for src, text, ctx, value, prec, kind, note in D:
        s, t = locate(src, text, ctx)
        assert TEXT[src][s:t] == text
        if (src, s, t) in spans:
            raise SystemExit(f"duplicate span {src} {text!r} {s}")
        spans.add((src, s, t))
        ds, de = bounds(value)
        rows.append(
            dict(
                source=src,
                text=text,
                start_char=s,
                end_char=t,
                value=value,
                date_start=ds,
                date_end=de,
                precision=prec,
                kind=kind,
                note=note,
            )
        )
    rows.sort(key=lambda x: (SOURCES.index(x["source"]), x["start_char"]))
    with open(GOLD / "dates.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

    ev = []
    for src, typ, person, date, place, org, evidence, note in E:
        assert typ in EVENT_TYPES, typ
        if evidence not in TEXT[src]:
            raise SystemExit(f"[{src}] evidence not found: {evidence!r}")
        bounds(date)
        ev.append(
            dict(
                source=src,
                event_type=typ,
                person=person,
                date_value=date,
                place=place,
                organization=org,
                evidence=evidence,
                note=note,
            )
        )
    ev.sort(key=lambda x: (SOURCES.index(x["source"]), TEXT[x["source"]].index(x["evidence"])))
    with open(GOLD / "events.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(ev[0]))
        w.writeheader()
        w.writerows(ev)

    ca = []
    for src, person, position, org, place, start, end, basis, evidence, note in R:
        if evidence not in TEXT[src]:
            raise SystemExit(f"[{src}] evidence not found: {evidence!r}")
        bounds(start), bounds(end)
        assert basis in ("explicit", "inferred", ""), basis
        assert (basis == "") == (end == ""), (person, position)
        ca.append(
            dict(
                source=src,
                person=person,
                position=position,
                organization=org,
                place=place,
                start_value=start,
                end_value=end,
                end_basis=basis,
                evidence=evidence,
                note=note,
            )
        )
    ca.sort(key=lambda x: (SOURCES.index(x["source"]), TEXT[x["source"]].index(x["evidence"])))
    with open(GOLD / "careers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(ca[0]))
        w.writeheader()
        w.writerows(ca)

    for name, tab in (("dates", rows), ("events", ev), ("careers", ca)):
        counts = {s: sum(1 for x in tab if x["source"] == s) for s in SOURCES}
        print(name, len(tab), counts)

    # coverage report: candidate temporal tokens not inside any annotated date span
    pat = re.compile(
        r"\b(1[89]\d\d|20\d\d)\b|\b\d{1,2}\.\d{2}\.\d{4}\b|"
        r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
        r"|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        r"|years?|months?|days?|weeks?|decades?|night|morning|later|since|Since)\b"
    )
    if "-v" in sys.argv:
        for src in SOURCES:
            covered = [(x["start_char"], x["end_char"]) for x in rows if x["source"] == src]
            for m in pat.finditer(TEXT[src]):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    s = TEXT[src]
                    print(
                        f"  uncovered [{src}] {m.group()!r}: ...{s[max(0, m.start() - 40) : m.end() + 30]!r}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
