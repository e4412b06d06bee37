"""TIMEX3 rules for modern US political news: set phrases that are no time, named days
of the election calendar and of past events, months and weekdays near the publication
date, and the extents of counted and joined expressions.

Sentences are our own; each test gives its publication date (DCT).
"""

from __future__ import annotations

import pytest

from timex_cases import timex_named as _one
from timex_cases import timexes_of as _timexes

#: a Sunday in December of a year before a presidential election
DECEMBER = "2015-12-20"


@pytest.mark.parametrize(
    "text",
    [
        "USA TODAY reported the figures on its front page.",  # a newspaper
        "The mayor joined Fox News Sunday to talk about taxes.",  # a programme
        "She hopes to move into 1600 Pennsylvania Avenue.",  # a street address
        "The family went to see the Christmas tree at the plaza.",  # an object
        "The senator promised a brighter tomorrow for miners.",  # the future as an idea
        "It is not going to happen overnight, the governor warned.",  # "suddenly"
        "The rookie became an overnight sensation.",
        "A cashier who takes a handful of $20s is fired.",  # banknotes
        "Less than a quarter of the senator's donors gave small sums.",  # a share
        "A quarter of voters backed the measure.",
        "About three-quarters of those polled support the ban.",
        "Nearly three-quarters support the ban, the survey found.",
        "Just over a quarter, 31 percent, say they are undecided.",
        "She did best with the quarter of voters who call themselves independents.",
        "The mayor has won six of the past eight contests.",  # a series, not the past
        "The past four cycles of rate rises hurt bonds.",
        "The governor flew to Mar-a-Lago with his aides.",  # a name, not March
        "The senator held one of several weekend rallies in Iowa.",  # rallies counted
        "Aid workers paid 13-YEAR-OLDS to carry water.",  # an age, in capitals
        "The director's film Fahrenheit 9/11 was a hit.",  # a title
    ],
)
def test_set_phrases_are_no_time(nlp, text):
    assert _timexes(nlp, text, DECEMBER) == []


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the day of a past event, not of the DCT's year
        ("Survivors of the Sept. 11 attacks met the mayor.", "Sept. 11", "2001-09-11"),
        ("He has talked about 9/11 ever since.", "9/11", "2001-09-11"),
        # days of the election calendar: the coming one of their cycle
        ("Campaigns are spending heavily before Super Tuesday.", "Super Tuesday", "2016-03-01"),
        ("Turnout matters most on Election Day.", "Election Day", "2016-11-08"),
    ],
)
def test_named_days(nlp, text, expression, value):
    assert _one(nlp, text, expression, DECEMBER)["value"] == value


def test_a_quarter_of_an_hour_stays_a_duration(nlp):
    assert (
        _one(nlp, "The call lasted a quarter of an hour.", "a quarter of an hour", DECEMBER)[
            "value"
        ]
        == "PT15M"
    )


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a month near the DCT across New Year is the nearest one
        ("Voting starts in January in the early states.", DECEMBER, "January", "2016-01"),
        ("The deal was struck in December, officials say.", "2016-01-12", "December", "2015-12"),
        # "since" puts a month and day in the past, "ahead to"/"toward" ahead
        ("There have been 300 shootings since January 1.", "2016-09-29", "January 1", "2016-01-01"),
        (
            "Looking ahead to the fall, the aides hired more staff.",
            "2016-04-23",
            "the fall",
            "2016-FA",
        ),
        ("She is marching toward November with a big lead.", "2016-03-09", "November", "2016-11"),
        # an imperative asks for what lies ahead
        (
            "Voters: remember in November who voted for the bill.",
            "2016-03-10",
            "November",
            "2016-11",
        ),
        # "past" as a preposition is no "last": the timex is the month alone
        ("Her plans reach well past November.", "2016-06-08", "November", "2016-11"),
    ],
)
def test_months_near_the_dct(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a possessive weekday in a present clause is the nearer such day
        (
            "Heading into Tuesday's primary, the senator leads.",
            "2016-02-08",
            "Tuesday",
            "2016-02-09",
        ),
        (
            "He tours Iowa up to Monday night's caucuses.",
            "2016-01-29",
            "Monday night",
            "2016-02-01TNI",
        ),
        # in a past clause the latest one
        (
            "At Monday's debate, the senator cited the figures.",
            "2016-09-30",
            "Monday",
            "2016-09-26",
        ),
        # early in the week a present clause tells of the weekend just past
        (
            "The ad cites a report from over the weekend.",
            "2016-10-03",
            "the weekend",
            "2016-W39-WE",
        ),
        (
            "The candidates campaign in Ohio over the weekend.",
            "2016-09-29",
            "the weekend",
            "2016-W39-WE",
        ),
    ],
)
def test_weekdays_and_weekends(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


#: a Friday late in a campaign
FRIDAY = "2016-09-30"


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        ("The law passed three or four months ago.", "three or four months ago", "DATE", "2016-06"),
        ("The law passed months ago.", "months ago", "DURATION", "PXM"),
        ("He began the feud years ago on television.", "years ago", "DURATION", "PXY"),
        (
            "The fund raised $9 million in the first half of the year.",
            "the first half of the year",
            "DATE",
            "2016-H1",
        ),
        (
            "The conventions fall in the second half of July.",
            "the second half of July",
            "DATE",
            "2016-07",
        ),
        (
            "He blamed her for the past decade and a half of turmoil.",
            "the past decade and a half",
            "DURATION",
            "P15Y",
        ),
        (
            "We began this journey on June 16th of last year.",
            "June 16th of last year",
            "DATE",
            "2015-06-16",
        ),
        ("The caucuses run March 30-April 4 in the state.", "April 4", "DATE", "2016-04-04"),
        ("He may not have paid taxes for 15-plus years.", "15-plus years", "DURATION", "P15Y"),
        (
            "He was tweeting at three o'clock in the morning.",
            "three o'clock in the morning",
            "TIME",
            "2016-09-30T03:00",
        ),
        (
            "The page was replaced at mid-morning Thursday.",
            "mid-morning Thursday",
            "TIME",
            "2016-09-29TMO",
        ),
    ],
)
def test_extents(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression, FRIDAY)
    assert (t["type"], t["value"]) == (typ, value)


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # a quotation opened with two apostrophes
        ("''Tonight, I ask you to vote,'' she told the crowd.", FRIDAY, "Tonight", "2016-09-30TNI"),
        # a year modifying a noun after a determiner and a name
        ("He leads all of the Republican 2016 hopefuls.", "2016-04-08", "2016", "2016"),
        # an ambiguous month before ", when" or after a possessive
        (
            "The rent is double that of March, when he paid it himself.",
            "2016-08-23",
            "March",
            "2016-03",
        ),
        (
            "She will wait until Florida's March presidential primary.",
            "2016-01-08",
            "March",
            "2016-03",
        ),
    ],
)
def test_found_in_running_text(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


def test_programme_names_are_no_durations(nlp):
    assert _timexes(nlp, "The senator told CBS's ''60 Minutes'' about the plan.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # "of that year" after a month: the year talked about before, not the month's own
        (
            "He won in 1992. The primaries ended in early June of that year.",
            "2016-04-20",
            "early June of that year",
            "1992-06",
        ),
        # a week counted from an event is no week of the DCT
        (
            "In the week before the convention, delegates may switch.",
            "2016-02-24",
            "the week",
            "XXXX-WXX",
        ),
        # "tonight" in a past clause quoted the morning after: the night last named
        (
            'He spoke on Thursday night. "Tonight, he painted a dark picture," an aide said.',
            "2016-07-22",
            "Tonight",
            "2016-07-21TNI",
        ),
        ("He will speak again tonight in Ohio.", "2016-07-22", "tonight", "2016-07-22TNI"),
        # a passive infinitive takes its governing verb's tense
        (
            "He is making a film set to be released in the summer.",
            DECEMBER,
            "the summer",
            "2016-SU",
        ),
    ],
)
def test_anchors_and_tense(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        # two months across New Year is not near: the coming election's November
        ("He hopes to beat her in November.", "2016-01-12", "November", "2016-11"),
        # a day of an election cycle stays the coming one in a past clause
        (
            "He urged his fans to vote for him on Election Day.",
            "2016-08-10",
            "Election Day",
            "2016-11-08",
        ),
        ("Last Election Day turnout was low.", "2016-08-10", "Last Election Day", "2014-11-04"),
    ],
)
def test_election_calendar(nlp, text, dct, expression, value):
    assert _one(nlp, text, expression, dct)["value"] == value


def test_a_programme_quoted_with_two_apostrophes(nlp):
    assert _timexes(nlp, "He landed a job on ''Today.'' The network confirmed it.", FRIDAY) == []


def test_later_in_a_season_is_the_year_talked_about(nlp):
    text = "He won the primaries in June 1992 and his convention later in the summer."
    assert _one(nlp, text, "later in the summer", "2016-04-20")["value"] == "1992-SU"
    # with no year before it in the sentence, the DCT and tense decide
    assert (
        _one(nlp, "She will rest later in the summer.", "later in the summer", "2016-04-20")[
            "value"
        ]
        == "2016-SU"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a speech quoted after the night the article's lede names
        (
            "He spoke on Wednesday night in Philadelphia. ''Tonight, I ask you to vote,'' he said.",
            "2016-07-27TNI",
        ),
        ('He spoke on Wednesday night. "We won tonight," he told the crowd.', "2016-07-27TNI"),
        # outside a quotation "tonight" is the DCT's night
        ("He spoke on Wednesday night. He will speak again tonight.", "2016-07-29TNI"),
    ],
)
def test_quoted_tonight(nlp, text, value):
    found = [t for t in _timexes(nlp, text, "2016-07-29") if t["text"].lower() == "tonight"]
    assert [t["value"] for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # "ahead of" a weekday's event in a present clause: the coming one
        ("The two sit atop the polls ahead of Monday's caucuses.", "2016-01-26", "2016-02-01"),
        # in a past clause the event is told of after it
        ("She had a big lead heading into Tuesday's primaries.", "2016-03-16", "2016-03-15"),
        # "in the lead-up to", "the run-up to" look ahead like "ahead of"
        ("Updates in the lead-up to Tuesday's primary in Ohio.", "2016-03-10", "2016-03-15"),
        ("Both camps spend heavily in the run-up to Tuesday's vote.", "2016-03-10", "2016-03-15"),
        # a planned event is ahead, also when a past verb of saying reports it
        ("She noted a planned rally on Saturday in Des Moines.", "2016-01-27", "2016-01-30"),
        ("Officials announced a scheduled hearing on Tuesday.", "2016-04-14", "2016-04-19"),
        # the time dates the nearest noun: a debate, not the fight at it
        (
            "The governor signaled that he is bracing for a fight at the debate Thursday in Ohio.",
            "2016-04-11",
            "2016-04-14",
        ),
        # "before" an event in a present clause: the event is ahead
        ("The race before Tuesday's primary is tight.", "2016-03-10", "2016-03-15"),
        # ...while an incident the time dates stays in the past
        ("Police are investigating the robbery on Thursday.", "2016-04-11", "2016-04-07"),
        # places and things between the time and the incident do not hide it
        (
            "A driver remains in hospital after a crash at the junction near the bank Friday.",
            "2016-04-11",
            "2016-04-08",
        ),
    ],
)
def test_ahead_of_a_weekday(nlp, text, dct, value):
    found = [t for t in _timexes(nlp, text, dct) if t["rule"].startswith("weekday")]
    assert [t["value"] for t in found] == [value]


def test_a_clock_time_alone_on_its_line_is_a_time_stamp_of_the_dct(nlp):
    text = "Updates ahead of Tuesday's primary:\n\n9:34 p.m.\n\nThe senator spoke in Ohio."
    assert _one(nlp, text, "9:34 p.m.", "2016-03-10")["value"] == "2016-03-10T21:34"
    # in running text the clock time takes the day the sentence before named
    text = "The fire broke out on Friday night. Crews arrived at 10 p.m. and put it out."
    assert _one(nlp, text, "10 p.m.", "2016-03-10")["value"] == "2016-03-04T22:00"


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # once the text names the attacks, a bare "Sept. 11" is that day too
        (
            "She flew home after the 9/11 attacks. Life changed after Sept. 11, she said.",
            DECEMBER,
            "2001-09-11",
        ),
        # alone, the month and day take the publication year
        ("Life changed after Sept. 11, she said.", DECEMBER, "2015-09-11"),
        # around the anniversary the same words may be that year's day
        (
            "He spoke of the 9/11 attacks. On Sept. 11, he left the memorial early.",
            "2016-09-20",
            "2016-09-11",
        ),
    ],
)
def test_a_named_day_named_again(nlp, text, dct, value):
    assert _one(nlp, text, "Sept. 11", dct)["value"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a report written the day after: a quoted "today" is the day of the quote
        (
            'The bombs went off on Tuesday. "The attack that happened today is a crime," a man said.',
            "2016-03-22",
        ),
        # a report of the same day: the DCT
        (
            'The bombs went off on Wednesday. "The attack today is a crime," a man said.',
            "2016-03-23",
        ),
        # outside quotation marks the DCT is the day, whatever the lead
        ("The bombs went off on Tuesday. Schools stay shut today.", "2016-03-23"),
    ],
)
def test_quoted_today_in_a_next_day_report(nlp, text, value):
    found = [t for t in _timexes(nlp, text, "2016-03-23") if t["text"].lower() == "today"]
    assert [t["value"] for t in found] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "Century" before a name is part of the name
        ("The deal gave 21st Century Fox more control.", []),
        ("Murdoch elevated his sons at 21st Century Fox and News Corp.", []),
        # the century itself stays a time, capitalised or not
        ("Life in the 21st Century. Nothing else changed.", ["20"]),
        ("The church was built in the 19th century.", ["18"]),
    ],
)
def test_a_century_in_a_name(nlp, text, expected):
    assert [t["value"] for t in _timexes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fall" after a season and a conjunction is a season
        ("Volunteers knocked on doors throughout the summer and fall.", ["the summer", "fall"]),
        # ... but not a verb going on ("fall in the winter")
        ("Prices rise in the summer and fall in the winter.", ["the summer", "the winter"]),
    ],
)
def test_a_season_after_a_season(nlp, text, expected):
    assert [t["text"] for t in _timexes(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural unit spent is a vague duration
        ("The senator spent months crafting a plan.", [("months", "PXM")]),
        ("Union leaders spent weeks traveling the state.", [("weeks", "PXW")]),
        # "after weeks of" is left untagged, as the AQUAINT newswire annotators do
        ("The deal came after days of protests.", []),
        # a count of work is no time
        ("The new form saves days of work.", []),
    ],
)
def test_a_bare_plural_unit_spent(nlp, text, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found that many sites that fall under the contract are unsafe.",
        "The cases that fall within the new rules were dropped.",
    ],
)
def test_that_fall_as_a_verb(nlp, text):
    assert _timexes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "soon" moving a past narrative on is no FUTURE_REF
        ("Fact-checkers soon noted the error.", FRIDAY, []),
        ("Officials said the vote would come soon.", FRIDAY, [("soon", "FUTURE_REF")]),
        ("He wanted to present the plan very soon.", FRIDAY, [("soon", "FUTURE_REF")]),
        ("They were not looking to sell anytime soon.", FRIDAY, [("soon", "FUTURE_REF")]),
        ("She spoke at the soon-to-open park.", FRIDAY, []),
        # a participle sharing the auxiliaries of the one before ("must be … placed … soon")
        (
            "He said trading must be reviewed and placed under rules soon.",
            FRIDAY,
            [("soon", "FUTURE_REF")],
        ),
        # "March" opening a name
        ("The family leads the March for Babies in the county.", FRIDAY, []),
        ("According to March of Dimes, many babies are born early.", FRIDAY, []),
        ("They raised money in March for Haiti.", FRIDAY, [("March", "2016-03")]),
        # a spelled decade needs its "the"
        ("He was paid in fifties and twenties.", FRIDAY, []),
        ("Music of the Roaring Twenties returned.", FRIDAY, [("Twenties", "192")]),
        # "this election year"
        ("Voters are angry this election year.", FRIDAY, [("this election year", "2016")]),
    ],
)
def test_names_and_narrative_words(nlp, text, dct, expected):
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a day of an election cycle just past is the one meant, unless the clause looks ahead
        ("Rubio's poor showings on Super Tuesday have hurt him.", "2016-03-10", "2016-03-01"),
        ("Clinton won on Super Tuesday.", "2016-10-10", "2016-03-01"),
        ("Voters turned out on Election Day.", "2016-11-10", "2016-11-08"),
        # the coming one when the last lies a cycle back
        ("He urged people to vote on Election Day.", "2016-10-10", "2016-11-08"),
        ("He urged voters to turn out on Super Tuesday.", "2016-02-20", "2016-03-01"),
    ],
)
def test_a_day_of_an_election_cycle(nlp, text, dct, value):
    assert _timexes(nlp, text, dct)[0]["value"] == value


def test_an_indented_line_opens_with_a_capital(nlp):
    text = 'He said: "I am indignant."\n            Last month, the university told students.'
    assert [(t["text"], t["value"]) for t in _timexes(nlp, text, "2016-12-16")] == [
        ("Last month", "2016-11")
    ]
