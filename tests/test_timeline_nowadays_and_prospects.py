"""A sentence-opening "Today" set against a time long past (the present age,
PRESENT_REF), a present "as"/"when" clause of a habit, a goal after "path to"/"key to",
what someone is "coming off", a present perfect under "after" that is done only later,
"looked past November", "the next day" after a month told since the last day named,
"the future <Name>", "Now isn't that…", "each may" (the modal) and "Midday with <Name>".

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Here the pipelines always pointed north to the old Soviet Union. Today, those"
            " links are beginning to point toward China.",
            "2015-12-28",
            [("Today", "PRESENT_REF")],
        ),
        (
            "This is reputed to have been a 7th-century stop for merchants. Today, the"
            " newspaper views it as the pearl.",
            "2015-12-28",
            [("7th-century", "06"), ("Today", "PRESENT_REF")],
        ),
        (
            'The report revisits the 9/11 attacks. "Today, the kingdom is one of the leading'
            ' nations in fighting terror," the paper says.',
            "2016-05-19",
            [("9/11", "2001-09-11"), ("Today", "PRESENT_REF")],
        ),
        (
            "In 2009, the club charged a $100,000 fee. Dues were $6,612 a year. Today, that"
            " membership costs $25,000.",
            "2015-11-25",
            [("2009", "2009"), ("Today", "PRESENT_REF")],
        ),
        (
            "The town used to be a mill town. Today it is a bedroom community.",
            "1997-06-20",
            [("Today", "PRESENT_REF")],
        ),
        # near misses: a "today" inside its sentence, one of events, a recent year, no
        # contrast, a comparison, "Today is", a gathering, a noun of the past: the day
        (
            '"Today, the kingdom is one of the leading nations in fighting terror," the'
            " paper says.",
            "2016-05-19",
            [("Today", "2016-05-19")],
        ),
        (
            "Her advantage today is the same one Obama enjoyed in 2008 after he lost Ohio.",
            "2016-03-10",
            [("today", "2016-03-10"), ("2008", "2008")],
        ),
        (
            '"Libya today is completely chaotic," Bush said.',
            "2015-12-07",
            [("today", "2015-12-07")],
        ),
        (
            "Smith was elected in 2002. He is in Ohio today.",
            "2015-12-28",
            [("2002", "2002"), ("today", "2015-12-28")],
        ),
        (
            "Smith was elected in 2002. Today, he resigned.",
            "2015-12-28",
            [("2002", "2002"), ("Today", "2015-12-28")],
        ),
        (
            "Sales rose in 2013. Today, sales are higher than then.",
            "2015-12-28",
            [("2013", "2013"), ("Today", "2015-12-28")],
        ),
        (
            "Once again, I never asked anybody to lie. I know about the stories today.",
            "1998-02-06",
            [("today", "1998-02-06")],
        ),
        (
            "It is hotter today than it was on this date in 1936.",
            "2012-07-04",
            # "this date in 1936": the DCT's day in that year
            [("today", "2012-07-04"), ("this date in 1936", "1936-07-04")],
        ),
        (
            "Today is sunny and hot, unlike the rainy July of 1992.",
            "2007-07-07",
            [("Today", "2007-07-07"), ("July of 1992", "1992-07")],
        ),
        (
            "In 1968, Nixon accepted the nomination in Miami Beach. Today, Republicans are"
            " gathering in San Diego.",
            "1996-08-12",
            [("1968", "1968"), ("Today", "1996-08-12")],
        ),
        (
            "She used to be a teacher. Today she is the keynote speaker at the union's convention.",
            "2006-10-10",
            [("Today", "2006-10-10")],
        ),
        (
            "The river was declared dead in 1969. Today, the city is beginning a $2 million"
            " cleanup.",
            "1995-03-14",
            [("1969", "1969"), ("Today", "1995-03-14")],
        ),
        (
            "The old stadium held 30,000 fans. Today, the new one is full for its first game.",
            "2010-03-10",
            [("Today", "2010-03-10")],
        ),
    ],
)
def test_today_set_against_a_time_long_past_is_the_present_age(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The Senate tends to slow down as it gets closer to November in election years.",
            "2016-04-12",
            [("November", "XXXX-11")],
        ),
        (
            "Sales usually rise when school starts in September.",
            "2016-04-12",
            [("September", "XXXX-09")],
        ),
        # near misses: no habit in the clause it hangs from
        (
            "Sales rise when school starts in September, he said.",
            "2016-04-12",
            [("September", "2016-09")],
        ),
        ("Sales rose when school started in September.", "2016-04-12", [("September", "2015-09")]),
    ],
)
def test_a_present_clause_of_a_habit_recurs_with_it(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Hannity asked Kasich to lay out his path to becoming the party's nominee in July.",
            "2016-03-04",
            [("July", "2016-07")],
        ),
        (
            "He called the heist key to scoring a White House win in November.",
            "2016-02-29",
            [("November", "2016-11")],
        ),
        (
            "Kasich is coming off a strong debate Thursday night, when commentators praised him.",
            "2016-03-04",
            [("Thursday night", "2016-03-03TNI")],
        ),
        (
            "Cruz, fresh off his win on Tuesday, will campaign in Texas.",
            "2016-03-04",
            [("Tuesday", "2016-03-01")],
        ),
        (
            "The question is what happens after the November results have been tallied.",
            "2016-04-21",
            [("November", "2016-11")],
        ),
        (
            "Mrs. Clinton looked way past November to a time when candidates need less grit.",
            "2016-06-08",
            [("November", "2016-11")],
        ),
        # near misses: a gerund after "about", leaving a stage, a present perfect after
        # "since", living past a month
        ("He talked about becoming the nominee in July.", "2016-03-04", [("July", "2015-07")]),
        ("The cast will come off the stage on Friday.", "2016-03-03", [("Friday", "2016-03-04")]),
        (
            "Prices have risen since the March votes have been counted.",
            "2016-04-21",
            [("March", "2016-03")],
        ),
        ("The talks dragged on past March.", "2016-06-08", [("March", "2016-03")]),
    ],
)
def test_a_time_ahead_of_or_behind_its_clause(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The campaign toured the future Trump International Hotel on Monday.",
            "2016-03-22",
            [("future", "FUTURE_REF"), ("Monday", "2016-03-21")],
        ),
        (
            "Meetings include a press tour of the future Trump International Hotel.",
            "2016-03-21",
            [("future", "FUTURE_REF")],
        ),
        (
            "They passed out bottles that said, \"Welcome to the Games. Now isn't that"
            ' refreshing."',
            "2016-07-11",
            [],
        ),
        ("Paul Singer takes a look at where each may thrive.", "2016-04-07", []),
        (
            'Ryan spoke on WTMJ\'s "Midday with Charlie Sykes," on Tuesday.',
            "2016-07-06",
            [("Tuesday", "2016-07-05")],
        ),
        # near misses: the noun "the future", "Now isn't the time", "each May", noon
        ("In the future Trump will win.", "2016-03-22", [("the future", "FUTURE_REF")]),
        ("Now isn't the time to quit.", "2016-07-11", [("Now", "PRESENT_REF")]),
        ("They meet each May in Ohio.", "2016-04-07", [("each May", "XXXX-05")]),
        (
            "The vote is at noon with Smith presiding.",
            "2016-07-06",
            [("noon", "2016-07-06T12:00")],
        ),
    ],
)
def test_words_that_only_look_like_times(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Last September, Beck called Palin a clown. He apologized the next day.",
            "2016-01-20",
            [("Last September", "2015-09"), ("the next day", "2015-09-XX")],
        ),
        (
            "On Jan. 5, Smith spoke. Last September, Beck called Palin a clown. He apologized"
            " the next day.",
            "2016-01-20",
            [
                ("Jan. 5", "2016-01-05"),
                ("Last September", "2015-09"),
                ("the next day", "2015-09-XX"),
            ],
        ),
        (
            "In March 2010, the plant closed. The workers were told the next morning.",
            "2016-01-20",
            [("March 2010", "2010-03"), ("the next morning", "2010-03-XXTMO")],
        ),
        # near misses: a day named after the month, or within it, stays the anchor
        (
            "Last September, Beck called Palin a clown. On Sept. 14 he spoke. He apologized the"
            " next day.",
            "2016-01-20",
            [
                ("Last September", "2015-09"),
                ("Sept. 14", "2015-09-14"),
                ("the next day", "2015-09-15"),
            ],
        ),
        (
            "Last September he spoke. On Monday he fell ill. He died the next day.",
            "2016-01-20",
            [
                ("Last September", "2015-09"),
                ("Monday", "2016-01-18"),
                ("the next day", "2016-01-19"),
            ],
        ),
    ],
)
def test_the_next_day_after_a_month_told_since_the_last_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Fresh off a victory on Saturday, Smith will head to Ohio on Monday.",
            "2016-03-09",
            [("Saturday", "2016-03-05"), ("Monday", "2016-03-14")],
        ),
        (
            "The Yankees, coming off a 6-1 loss on Tuesday night, will start Tanaka Wednesday.",
            "2016-03-09",
            [("Tuesday night", "2016-03-08TNI"), ("Wednesday", "2016-03-09")],
        ),
        # near misses: a time of the next clause, or of a clause inside what is come off
        (
            "He'll be coming off a win when he faces Ruiz on Saturday in Riyadh.",
            "2019-11-12",
            [("Saturday", "2019-11-16")],
        ),
        (
            "The Packers, coming off a road trip that ends Sunday in Seattle, will rest.",
            "2016-03-09",
            [("Sunday", "2016-03-13")],
        ),
        ("Now, isn't that something?", "2016-07-11", []),
        (
            "She was a guest on Midday With Charlie Sykes last month.",
            "2016-07-06",
            [("last month", "2016-06")],
        ),
        (
            "The hearing resumes at Noon with Judge Harris presiding.",
            "2016-07-06",
            [("Noon", "2016-07-06T12:00")],
        ),
        (
            "If he has lied to investigators in January, he will face charges, the prosecutor"
            " said.",
            "2016-06-08",
            [("January", "2016-01")],
        ),
        (
            "Looking back past March, analysts found the slump began early.",
            "2016-07-15",
            [("March", "2016-03")],
        ),
    ],
)
def test_near_misses_the_probes_found(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Mrs. Clinton, who remained in the 2008 primary contest until June, will not quit.",
            "2016-04-28",
            [("2008", "2008"), ("June", "2008-06")],
        ),
        (
            "Obama, in his 2008 campaign, lost more contests than he won after early March.",
            "2016-04-28",
            [("2008", "2008"), ("early March", "2008-03")],
        ),
        (
            "The 2008 Beijing Olympics ended in August with China atop the medal table.",
            "2010-03-01",
            [("2008", "2008"), ("August", "2008-08")],
        ),
        (
            "Her victories in Pennsylvania and Delaware on Tuesday will only accelerate that"
            " shift.",
            "2016-04-28",
            [("Tuesday", "2016-04-26")],
        ),
        (
            "He may face a skeptical audience when he speaks later Monday.",
            "2016-03-22",
            [("later Monday", "2016-03-21")],
        ),
        ("It's been a night mostly lacking of cheers.", "2016-02-20", []),
        # near misses: a year of no contest, a contest ahead, a victory still wanted,
        # "later" on a day ahead, a stretch of a day
        (
            "The 2008 crash lasted until June.",
            "2016-04-28",
            [("2008", "2008"), ("June", "2016-06")],
        ),
        (
            "Clinton, who lost the 2008 primary, won New York's primary in April.",
            "2016-04-28",
            [("2008", "2008"), ("April", "2016-04")],
        ),
        (
            "The team's 1998 season ticket holders were invited to a reunion in March.",
            "2015-04-10",
            [("1998", "1998"), ("March", "2015-03")],
        ),
        (
            "Registration for the 2016 Boston Marathon race closed in September.",
            "2016-04-28",
            [("2016", "2016"), ("September", "2015-09")],
        ),
        (
            "The 2016 race will be decided in November.",
            "2016-04-28",
            [("2016", "2016"), ("November", "2016-11")],
        ),
        ("A victory on Tuesday will help him.", "2016-04-28", [("Tuesday", "2016-05-03")]),
        ("He will speak later Wednesday.", "2016-03-22", [("later Wednesday", "2016-03-23")]),
        ("It has been a day since the vote.", "2016-02-20", [("a day", "P1D")]),
    ],
)
def test_contests_results_and_later_days(nlp, text, dct, expected):
    assert _found(nlp, text, dct) == expected
