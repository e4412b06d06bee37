""" "today" set against a time long past (the present age, PRESENT_REF), a present "as"/
"when" clause of a habit, a goal after "path to"/"key to", what someone is "coming off",
a present perfect under "after" that is done only later, "looked past November", "the
future <Name>", "Now isn't that…", "each may" (the modal) and "Midday with <Name>".

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
            " newspaper calls it the pearl.",
            "2015-12-28",
            [("7th-century", "06"), ("Today", "PRESENT_REF")],
        ),
        (
            "Her advantage today is the same one Obama enjoyed in 2008 after he lost Ohio.",
            "2016-03-10",
            [("today", "PRESENT_REF"), ("2008", "2008")],
        ),
        (
            "You are far better off today than you were when he came into office.",
            "2015-12-01",
            [("today", "PRESENT_REF")],
        ),
        (
            '"Today, the kingdom is one of the leading nations in fighting terror," the'
            " paper says.",
            "2016-05-19",
            [("Today", "2016-05-19")],
        ),
        (
            'The report revisits the 9/11 attacks. "Today, the kingdom is one of the leading'
            ' nations in fighting terror," the paper says.',
            "2016-05-19",
            [("9/11", "2001-09-11"), ("Today", "PRESENT_REF")],
        ),
        # near misses: a "today" of events, a past time inside its own clause's noun, a
        # recent year, "once again" and no contrast keep the DCT's day
        (
            "Smith, who was elected in 2002, is in Ohio today.",
            "2015-12-28",
            [("2002", "2002"), ("today", "2015-12-28")],
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
        ("The market is up today, traders said.", "2015-12-28", [("today", "2015-12-28")]),
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
