"""Tests for the TIMEX3 tagger (fivews.timeline) and the TimeML benchmark's scoring.

Sentences are our own; the publication date (DCT) of most is Thursday 2017-09-21.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from fivews.timeline import interval_of, tag_timexes, timexes_table
from timex_cases import DCT
from timex_cases import timex_named as _one


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # weekday in a past clause: latest such day on or before the DCT (here: the DCT)
        ("The ministry said Thursday that troops had arrived.", "Thursday", "2017-09-21"),
        ("Rebels attacked the town on Monday.", "Monday", "2017-09-18"),
        # future clause: the next such day
        ("The ministers will meet Monday in Geneva.", "Monday", "2017-09-25"),
        ("The talks are expected to resume Tuesday.", "Tuesday", "2017-09-26"),
        ("Officials met last Friday.", "last Friday", "2017-09-15"),
        ("The vote is next Wednesday.", "next Wednesday", "2017-09-27"),
    ],
)
def test_weekday_resolution_follows_tense(nlp, text, expression, value):
    assert _one(nlp, text, expression)["value"] == value


def test_late_weekday_keeps_mod_end(nlp):
    t = _one(nlp, "An offensive late Wednesday captured two villages.", "late Wednesday")
    assert (t["type"], t["value"], t.get("mod")) == ("DATE", "2017-09-20", "END")


@pytest.mark.parametrize(
    ("text", "expression", "dct", "value"),
    [
        ("The campaign began in June.", "June", DCT, "2017-06"),
        ("The election will be held in March.", "March", DCT, "2018-03"),
        ("Prices rose sharply in November.", "November", "2018-02-10", "2017-11"),
        ("The deal closes in October.", "October", DCT, "2017-10"),
        ("The attack happened on Sept. 15, 2017.", "Sept. 15, 2017", "2019-01-01", "2017-09-15"),
        ("Troops arrived on 3 August.", "3 August", DCT, "2017-08-03"),
    ],
)
def test_month_year_choice(nlp, text, expression, dct, value):
    assert _one(nlp, text, expression, dct)["value"] == value


def test_past_two_weeks_is_duration_ending_at_dct(nlp):
    t = _one(
        nlp, "In the past two weeks, the forces gained control of the city.", "the past two weeks"
    )
    assert (t["type"], t["value"]) == ("DURATION", "P2W")
    assert t["interval"] == ["2017-09-07", DCT]


def test_durations_and_no_invented_date(nlp):
    t = _one(nlp, "The SDF said Wednesday, four months after the offensive began.", "four months")
    assert (t["type"], t["value"]) == ("DURATION", "P4M")
    assert "interval" not in t
    assert (
        _one(nlp, "The siege lasted nearly three years.", "nearly three years")["mod"]
        == "LESS_THAN"
    )
    assert _one(nlp, "They waited more than 10 days.", "more than 10 days")["value"] == "P10D"


@pytest.mark.parametrize(
    ("text", "expression", "typ", "value"),
    [
        ("Positions were shelled twice in recent days.", "recent days", "DATE", "PAST_REF"),
        ("Russia began its operation in 2015.", "2015", "DATE", "2015"),
        ("The fighters are currently in the city.", "currently", "DATE", "PRESENT_REF"),
        ("Sales fell last year.", "last year", "DATE", "2016"),
        ("The summit is next month.", "next month", "DATE", "2017-10"),
        ("Markets fell yesterday.", "yesterday", "DATE", "2017-09-20"),
        ("Talks continue this week.", "this week", "DATE", "2017-W38"),
        ("Profit rose in the third quarter.", "the third quarter", "DATE", "2017-Q3"),
        ("Unemployment peaked in the 1990s.", "the 1990s", "DATE", "199"),
        ("Shelling began at 6 a.m. Thursday.", "6 a.m. Thursday", "TIME", "2017-09-21T06:00"),
        ("The committee meets every week.", "every week", "SET", "P1W"),
        ("The newsletter appears weekly.", "weekly", "SET", "P1W"),
        ("The board meets twice a year.", "twice a year", "SET", "P1Y"),
        ("Fighting resumed this morning.", "this morning", "TIME", "2017-09-21TMO"),
        ("Turnout fell in the 2016 elections.", "2016", "DATE", "2016"),
        ("The plant opened a decade ago.", "a decade ago", "DATE", "2007"),
        ("Profit fell in the first half of 2017.", "the first half of 2017", "DATE", "2017-H1"),
        ("The attack happened two days ago.", "two days ago", "DATE", "2017-09-19"),
        ("Growth slowed late last year.", "late last year", "DATE", "2016"),
    ],
)
def test_expression_values(nlp, text, expression, typ, value):
    t = _one(nlp, text, expression)
    assert (t["type"], t["value"]) == (typ, value)


def test_without_dct_values_stay_underspecified(nlp):
    assert _one(nlp, "They met on Thursday.", "Thursday", None)["value"] == "XXXX-WXX-4"
    assert _one(nlp, "It began in June.", "June", None)["value"] == "XXXX-06"
    assert _one(nlp, "It began in 2015.", "2015", None)["value"] == "2015"


def test_counts_and_money_are_not_years(nlp):
    doc = nlp("The company has 2000 employees and $1999 in cash; 1998 was a good year.")
    assert [t["text"] for t in doc._.timexes] == ["1998"]


def test_plain_string_api_and_table():
    timexes = tag_timexes("The minister said Thursday the talks would start in June.", DCT)
    assert [t["id"] for t in timexes] == ["t1", "t2"]
    assert timexes[0]["value"] == "2017-09-21"
    table = timexes_table(timexes)
    assert list(table["expression"]) == ["Thursday", "June"]
    assert str(table["start"].dtype) == "int64"
    assert interval_of("2017-Q3") == ["2017-07-01", "2017-09-30"]
    assert interval_of("2017-W38") == ["2017-09-18", "2017-09-24"]


def test_seed_expressions(nlp, seed_text):
    doc = nlp.make_doc(seed_text)
    doc._.published = DCT
    doc = nlp(doc)
    values = {t["text"]: t["value"] for t in doc._.timexes}
    assert values.get("Sept. 15, 2017") == "2017-09-15"
    assert values.get("2015") == "2015"
    assert values.get("the past two weeks") == "P2W"
    assert values.get("late Wednesday") == "2017-09-20"
    assert values.get("recent days") == "PAST_REF"
    assert values.get("June") == "2017-06"
    assert values.get("four months") == "P4M"
    assert values.get("Thursday") == DCT


# --------------------------------------------------------------------------------------
# the benchmark's reader and scorer on a TimeML string of our own
# --------------------------------------------------------------------------------------

TINY_TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-09-21"
 functionInDocument="CREATION_TIME">2017-09-21</TIMEX3></DCT>
<TEXT>
Troops &amp; tanks moved <TIMEX3 tid="t1" type="DATE" value="2017-09-20">Wednesday</TIMEX3> after
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of <EVENT eid="e1">talks</EVENT>.
</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def timeml_module():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "timeml.py"
    spec = importlib.util.spec_from_file_location("fivews_bench_timeml", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_timeml_reader_keeps_offsets(timeml_module):
    doc = timeml_module.parse_timeml(TINY_TML, "tiny")
    assert doc.dct == "2017-09-21"
    assert [g["text"] for g in doc.timexes] == ["Wednesday", "two weeks"]
    for g in doc.timexes:
        assert doc.text[g["start"] : g["end"]] == g["text"]
    assert "Troops & tanks" in doc.text


def test_timeml_scoring(timeml_module):
    doc = timeml_module.parse_timeml(TINY_TML, "tiny")
    wed, weeks = doc.timexes
    system = [
        {**wed, "value": "2017-09-20"},  # exact and right
        {
            "start": weeks["start"] - 6,
            "end": weeks["end"],
            "type": "DATE",
            "value": "P2W",
        },  # overlap
        {"start": 0, "end": 6, "type": "DATE", "value": "2017"},  # false alarm
    ]
    counts = timeml_module.score_documents([doc], [system])
    s = timeml_module.scores(counts)
    assert (counts.strict, counts.relaxed, counts.value_ok, counts.type_ok) == (1, 2, 2, 1)
    assert s["relaxed P"] == pytest.approx(2 / 3)
    assert s["relaxed R"] == 1.0
    assert s["strict F1"] == pytest.approx(2 * (1 / 3 * 1 / 2) / (1 / 3 + 1 / 2))
    assert s["type accuracy"] == 0.5
    assert s["value F1"] == pytest.approx(0.8)


def test_timeml_benchmark_runs_on_tiny_folder(timeml_module, tmp_path, capsys):
    (tmp_path / "tiny.tml").write_text(TINY_TML, encoding="utf-8")
    assert timeml_module.main([str(tmp_path), "--no-baseline"]) == 0
    out = capsys.readouterr().out
    assert "value F1" in out
    print(out)  # the score, shown with -s; not asserted


def test_out_of_range_arithmetic_is_not_raised():
    text = "It began 1000000 years ago, on Feb. 30, at 25:99 pm, in the past 5000 years."
    values = {t["text"]: t["value"] for t in tag_timexes(text, DCT)}
    # years before the calendar's first are written BC; a stretch back past it keeps
    # its length and loses its interval
    assert values["1000000 years ago"] == "BC997984"
    assert values["the past 5000 years"] == "P5000Y"
    assert "25:99 pm" not in values
    assert tag_timexes("", DCT) == []


def test_anaphoric_days_follow_the_previous_date(nlp):
    doc = nlp.make_doc("He was arrested on Sept. 4 and charged the next day.")
    doc._.published = DCT
    doc = nlp(doc)
    values = {t["text"]: t["value"] for t in doc._.timexes}
    assert values == {"Sept. 4": "2017-09-04", "the next day": "2017-09-05"}


def test_timeml_error_families(timeml_module, tmp_path):
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "timeml_families.py"
    spec = importlib.util.spec_from_file_location("fivews_bench_timeml_families", path)
    families = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(families)
    assert families.family_of_rule("weekday_past_tense") == "weekdays and day words"
    assert families.family_of_rule("weekday_past_tense+clock_time") == "times of day"
    assert families.family_of_rule("vague_duration") == "bare plural units (for years)"
    assert families.family_of_text("every Thursday") == "sets (daily, a year)"
    doc = timeml_module.parse_timeml(TINY_TML, "tiny")
    wed, weeks = doc.timexes
    system = [
        {**wed, "value": "2017-09-13", "rule": "weekday_past_tense"},  # a wrong value
        {"start": 0, "end": 6, "text": "Troops", "type": "DATE", "value": "2017", "rule": "year"},
    ]
    table = families.error_table({"tiny": ([doc], [system])}, timeml_module.match_document)
    rows = {(r.error, r.family): r.tiny for r in table.itertuples()}
    assert rows == {
        ("false positive", "years"): 1,
        ("value", "weekdays and day words"): 1,
        ("miss", "durations and N units ago"): 1,
    }
    assert families.convention_of("1968-XX", "1968") == "year written YYYY-XX"
    assert families.convention_of("2000-W7", "2000-W07") == "week number unpadded"
    assert families.convention_of("2000-01-07", "2000-01-07TNI") == "part of day left out"
    assert families.convention_of("2000-01-06", "2000-01-07TNI") is None
