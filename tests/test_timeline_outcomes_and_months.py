"""A day on a contest's outcome already had ("Cruz's victories Tuesday"), "Earlier
Tuesday", a month a past clause tells as its time though it lies just ahead of the DCT
("In October, she proposed…" in September), and possessive weekdays on more events set
for a day ("during Sunday's final").

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import texts_and_values as _found

WEDNESDAY = "2016-03-23"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural or definite outcome, in a present clause, is one already had...
        (
            "The focus is taking a toll, pointing to Cruz's victories Tuesday in Texas.",
            ("Tuesday", "2016-03-22"),
        ),
        (
            "Despite a series of costly defeats on Tuesday night, Sanders remains committed.",
            ("Tuesday night", "2016-03-22TNI"),
        ),
        ("He should also get a boost from the win Tuesday.", ("Tuesday", "2016-03-22")),
        # ...a single one may still be wanted, and "more" of them lie ahead
        ("He needs a win on Saturday.", ("Saturday", "2016-03-26")),
        ("He is poised to reel off a few more victories on Saturday.", ("Saturday", "2016-03-26")),
        ("A victory Saturday will give him momentum.", ("Saturday", "2016-03-26")),
        # a bare "wins" may be the verb
        (
            "If he wins by a big margin in Washington this weekend, he gains ground.",
            ("this weekend", "2016-W12-WE"),
        ),
    ],
)
def test_a_day_on_an_outcome_already_had_is_past(nlp, text, expected):
    assert expected in _found(nlp, text, WEDNESDAY)


def test_earlier_on_a_weekday_is_never_ahead(nlp):
    # a live blog's historic present ("says") would otherwise look ahead to next Tuesday
    text = "Earlier Tuesday, his campaign manager says his strength is growing."
    assert _found(nlp, text, "2016-04-06") == [("Earlier Tuesday", "2016-04-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month just after the DCT's, told in a past clause as its time: last year's
        ("In October, Mrs. Clinton proposed a no-fly zone.", ("October", "2015-10")),
        ("He announced his candidacy in October at a college.", ("October", "2015-10")),
        # a month dating a noun, an event set for a day or a condition keeps the near one
        ("The activists built an October firewall.", ("October", "2016-10")),
        ("The convention was set to take place in Cleveland in October.", ("October", "2016-10")),
        (
            "He said that if she were to win in November, she would sign it.",
            ("November", "2016-11"),
        ),
        # a month already begun or past is this year's
        ("Sales rose in August.", ("August", "2016-08")),
    ],
)
def test_a_month_told_as_past_is_not_yet_to_come(nlp, text, expected):
    assert expected in _found(nlp, text, "2016-09-06")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the nearer such day (a Friday DCT: the coming Sunday; a Tuesday's: tomorrow)
        ("The spot will air during Sunday's final of the tournament.", "2016-06-24", "2016-06-26"),
        ("Wednesday's statewide drill is meant to prepare residents.", "2016-06-21", "2016-06-22"),
        # an event not set for a day keeps the latest such day
        ("Friday's agreement may merely reset the clock.", "2016-06-21", "2016-06-17"),
    ],
)
def test_a_possessive_weekday_dates_more_events_set_for_a_day(nlp, text, dct, expected):
    assert _found(nlp, text, dct)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a night still to come...
        ("Rain will fall across the valley overnight.", "2009-03-24TNI"),
        ("A storm moving in overnight could drop an inch of rain.", "2009-03-24TNI"),
        # ...and the one just past
        ("Rain fell across the valley overnight.", "2009-03-23TNI"),
    ],
)
def test_overnight_ahead_is_the_coming_night(nlp, text, value):
    assert ("overnight", value) in _found(nlp, text, "2009-03-24")


def test_a_gerund_after_before_comes_later_than_a_present(nlp):
    text = "Rain chances jump to 100 percent, before falling back to 30 percent on Wednesday."
    assert ("Wednesday", "2009-04-01") in _found(nlp, text, "2009-03-31")
    # after another preposition the gerund's time is not told ("of staging")
    text = "He accuses the general of staging a coup on Wednesday."
    assert ("Wednesday", "2009-03-25") in _found(nlp, text, "2009-03-31")


@pytest.mark.parametrize(
    "text",
    [
        "Voters may not believe Liar-of the Year Barack Obama.",
        "It was tragic in the Year of the Woman.",
    ],
)
def test_a_capitalised_year_in_a_name_is_no_time(nlp, text):
    assert _found(nlp, text, "2016-07-29") == []


def test_a_day_in_apposition_after_a_dash_restates_the_date(nlp):
    text = "He spoke during a busy shift on Nov. 24 — the day after the cheques went out."
    assert ("the day", "2016-11-24") in _found(nlp, text, "2016-12-19")


@pytest.mark.parametrize(
    "text",
    [
        "After the fall of Mosul, the army regrouped.",
        "Thousands celebrated the fall of the World Trade Center towers.",
    ],
)
def test_the_fall_of_a_place_is_a_collapse(nlp, text):
    assert _found(nlp, text, "2015-12-13") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left in the fall of 2014.", ("the fall of 2014", "2014-FA")),
        ("They met in the fall of that year.", ("the fall of that year", "2015-FA")),
    ],
)
def test_the_fall_of_a_year_stays_a_season(nlp, text, expected):
    assert expected in _found(nlp, text, "2015-12-13")


def test_overnight_a_few_words_after_an_idiom_verb_means_suddenly(nlp):
    text = "The merger ended up virtually doubling the company's size and stature overnight."
    assert _found(nlp, text, "2016-01-20") == []
    # a verb of no idiom keeps the night
    assert _found(nlp, "Sandbagging efforts continued overnight.", "2016-01-20") == [
        ("overnight", "2016-01-19TNI")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "late in the day after falling": the day told of, "after" belongs to the verb
        (
            "The Dow rebounded late in the day after falling more than 250 points.",
            ("late in the day", "2007-08-10"),
        ),
        # with no day named before, a past clause's "next day" is some day already past
        ("He apologized the next day, saying it was childish.", ("the next day", "XXXX-XX-XX")),
        ("Her remarks came the day after the convention ended.", ("the day", "XXXX-XX-XX")),
        # a future clause keeps the DCT's next day, a named day its own
        ("He will apologize the next day.", ("the next day", "2007-08-11")),
        ("On Monday he met her. The next day he left.", ("The next day", "2007-08-07")),
    ],
)
def test_a_day_counted_from_an_unnamed_day(nlp, text, expected):
    assert expected in _found(nlp, text, "2007-08-10")
