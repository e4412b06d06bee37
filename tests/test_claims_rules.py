"""One test per attribution rule for real news: quotation styles, cues that are no verb,
evidence and naming verbs, shares of people as speakers, and sources a reader can group.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from fivews.claims import claims_table
from fivews.claims.grouping import load_source_lexicon, source_group, source_type


def claims_of(cnlp, text: str) -> list[dict]:
    return cnlp(text)._.claims


# ------------------------------------------------------------------ quotations


def test_two_apostrophes_quote_and_its_continuation(cnlp):
    claims = claims_of(
        cnlp,
        "''The harbor will not reopen before the spring tides,'' Ms. Okafor said. "
        "''We have asked for more dredgers.''",
    )
    assert [c["direct"] for c in claims] == [True, True]
    assert claims[0]["content"]["text"].startswith("The harbor will not reopen")
    assert claims[0]["source"]["text"] == "Ms. Okafor"
    assert claims[1]["continues"] == claims[0]["id"]
    assert claims[1]["content"]["text"].startswith("We have asked")


def test_quote_resumed_after_the_cue_in_the_same_sentence(cnlp):
    claims = claims_of(
        cnlp, '"The tunnel is dry," the engineer said, "and the pumps are working again."'
    )
    assert len(claims) == 2
    assert claims[1]["continues"] == claims[0]["id"]
    assert claims[1]["content"]["text"].startswith("and the pumps")


def test_short_quote_closed_by_a_comma_is_an_utterance(cnlp):
    claims = claims_of(cnlp, '"Not one vote," the chairman said.')
    assert len(claims) == 1 and claims[0]["direct"]
    assert claims[0]["content"]["text"] == "Not one vote"


def test_short_scare_quote_is_still_no_claim(cnlp):
    assert claims_of(cnlp, 'The "fresh start" plan for the port was approved in May.') == []


# ------------------------------------------------------------------ cues that are no verb


def test_colon_after_a_speaker_name(cnlp):
    claims = claims_of(cnlp, "Mayor Elena Duarte: the ferry service will resume on Monday.")
    assert len(claims) == 1
    assert claims[0]["cue"] == ":"
    assert "Duarte" in claims[0]["source"]["text"]
    assert claims[0]["content"]["text"].startswith("the ferry service will resume")


def test_colon_after_a_line_label_is_no_claim(cnlp):
    assert claims_of(cnlp, "Update: the ferry service will resume on Monday.") == []


def test_in_a_poll(cnlp):
    claims = claims_of(
        cnlp, "In a new county poll, the incumbent leads her challenger by nine points."
    )
    assert len(claims) == 1
    assert claims[0]["cue"] == "In"
    assert "poll" in claims[0]["source"]["text"]
    assert claims[0]["content"]["text"].startswith("the incumbent leads")


def test_in_an_interview_leaves_the_verb_cue_alone(cnlp):
    claims = claims_of(cnlp, "In an interview, the governor said the budget was balanced.")
    assert [c["cue"] for c in claims] == ["said"]


def test_a_poll_showing(cnlp):
    claims = claims_of(
        cnlp, "The campaign released a new poll showing that the senator was ahead in the state."
    )
    shown = [c for c in claims if c["cue"] == "showing"]
    assert shown and "poll" in shown[0]["source"]["text"]


# ------------------------------------------------------------------ verbs


def test_documents_that_find(cnlp):
    claims = claims_of(cnlp, "The survey found that most farmers had sold their grain early.")
    assert len(claims) == 1 and claims[0]["cue_lemma"] == "find"
    assert claims[0]["content"]["text"] == "most farmers had sold their grain early"


def test_naming_verb_needs_what_it_is_called(cnlp):
    claims = claims_of(cnlp, 'The senator called the tariff plan "a tax on every family."')
    assert len(claims) == 1 and claims[0]["stance"] == "accusation"
    assert "a tax on every family" in claims[0]["content"]["text"]
    assert claims_of(cnlp, "The senator called the meeting.") == []


def test_called_for(cnlp):
    claims = claims_of(cnlp, "The union called for a ban on night shifts.")
    assert len(claims) == 1
    assert claims[0]["content"]["text"] == "a ban on night shifts"


def test_a_share_of_people_speaks(cnlp):
    claims = claims_of(cnlp, "One in three said the county had ignored them.")
    assert len(claims) == 1
    assert claims[0]["source"]["text"] == "One in three"


def test_hoped_is_read_as_hope(cnlp):
    claims = claims_of(cnlp, "Party leaders hoped the meeting would heal the rift.")
    assert len(claims) == 1 and claims[0]["cue_lemma"] == "hope"


def test_the_speakers_own_evidence_is_no_second_claim(cnlp):
    claims = claims_of(cnlp, "The ministry claimed its data shows that exports rose.")
    assert len(claims) == 1 and claims[0]["cue"] == "claimed"


# ------------------------------------------------------------------ sources a reader can group


@pytest.fixture(scope="module")
def sources():
    return load_source_lexicon()


@pytest.mark.parametrize(
    "phrase,role,group",
    [
        ("Lena Ortiz", "the port authority's spokeswoman", "port authority"),
        ("Lena Ortiz", "a spokeswoman for the port authority", "port authority"),
        ("Harbor Board spokesman Tom Reyes", None, "Harbor Board"),
        ("State Department officials", None, "State Department"),
        ("Lena Ortiz", "a dock worker", "Lena Ortiz"),
    ],
)
def test_source_group(sources, phrase, role, group):
    assert source_group("Lena Ortiz", phrase, role, sources) == group


@pytest.mark.parametrize(
    "text,kind",
    [
        ("the interior ministry", "government/official"),
        ("Maj. Gen. Ana Silva", "military"),
        ("rebels", "armed group"),
        ("a human rights watchdog", "ngo/monitor"),
        ("the local newspaper", "media"),
        ("an economist at the university", "expert"),
        ("sources familiar with the talks", "anonymous"),
        ("the survey", "document"),
        ("Lena Ortiz", "person"),
    ],
)
def test_source_type(sources, text, kind):
    assert source_type([text], sources) == kind


def test_spokesperson_grouped_and_addressee_and_conditional(cnlp):
    claims = claims_of(
        cnlp,
        "Lena Ortiz, the port authority's spokeswoman, warned the shipping companies that "
        "the port would close if the storm grew.",
    )
    assert len(claims) == 1
    c = claims[0]
    assert c["source"]["group"] == "port authority"
    assert c["source"]["type"] == "government/official"
    assert c["addressee"]["text"] == "the shipping companies"
    assert [m["text"] for m in c["conditionals"]] == ["would", "if"]
    assert c["hedges"] == []  # a conditional is no hedge


def test_claims_table_has_full_text_and_grouped_source(cnlp):
    text = (
        "Lena Ortiz, the port authority's spokeswoman, said that the northern quay, the "
        "container cranes and the old customs house would all be closed for repairs until "
        "the end of the winter season."
    )
    table = claims_table(claims_of(cnlp, text))
    assert {"source", "source_group", "source_type", "addressee", "conditionals"} <= set(
        table.columns
    )
    assert table.loc[0, "source_group"] == "port authority"
    assert len(table.loc[0, "content"]) > 90 and text.endswith(table.loc[0, "content"] + ".")


def test_seed_sources_grouped_and_the_warning_addressed(cnlp, seed_text):
    claims = claims_of(cnlp, seed_text)
    assert len(claims) == 9
    spokesman = [c for c in claims if "Konashenkov" in c["source"]["text"]]
    ministry = [c for c in claims if "ministry" in (c["source"]["text"] or "")]
    assert len(spokesman) == 4 and len(ministry) == 2
    # the spokesman's four statements are filed under the ministry he speaks for
    assert {c["source"]["group"] for c in spokesman + ministry} == {ministry[0]["source"]["name"]}
    warning = next(c for c in claims if c["cue_lemma"] == "warn")
    assert warning["addressee"]["text"] == "the U.S.-led coalition"
    assert "would" in [m["text"] for m in warning["conditionals"]]
    assert not [h for h in warning["hedges"] if h["text"] == "would"]
    observatory = next(c for c in claims if c["cue_lemma"] == "according to")
    assert observatory["source"]["type"] == "ngo/monitor"


def test_asked_not_to_be_named_is_a_request_not_a_claim(cnlp):
    claims = claims_of(cnlp, "A senior official, who asked not to be named, said talks stalled.")
    assert [c["cue"] for c in claims] == ["said"]
    assert claims[0]["source"]["type"] == "government/official"


def test_unit_table_is_pints_answer() -> None:
    """The precomputed conversions equal pint's, for every unit of the claims lexicon."""
    from fivews.claims.lexicon import load_lexicon
    from fivews.claims.quantities import _normalise, conversion_table, convert_with_pint

    lexicon = load_lexicon(None)
    table = conversion_table(lexicon.unit_definitions, lexicon.normal_units)
    assert set(table) == set(lexicon.convertible_units)
    for unit in sorted(lexicon.convertible_units):
        for value in (0.0, 1.0, 3.7, 16.0, -40.0, 1234.5, 2.5e6):
            got, symbol = _normalise(value, unit, lexicon)
            want, want_symbol = convert_with_pint(value, unit, lexicon)
            assert symbol == want_symbol, unit
            assert round(got, 6) == round(want, 6), (unit, value)


def test_unit_table_unused_for_other_normal_units() -> None:
    from fivews.claims.lexicon import load_lexicon
    from fivews.claims.quantities import conversion_table

    lexicon = load_lexicon(None)
    assert not conversion_table(lexicon.unit_definitions, ("mi", *lexicon.normal_units))


def test_unit_ratio_from_the_table_is_pints() -> None:
    from fivews.claims.lexicon import load_lexicon
    from fivews.claims.quantities import _unit_ratio, _unit_registry

    lexicon = load_lexicon(None)
    ureg = _unit_registry(lexicon)
    units = sorted(lexicon.convertible_units)
    for a in units:
        for b in units:
            qa, qb = ureg.Quantity(1.0, a), ureg.Quantity(1.0, b)
            want = qa.to(b).magnitude if qa.is_compatible_with(qb) else None
            got = _unit_ratio(a, b, lexicon)
            assert (got is None) == (want is None), (a, b)
            if want is not None:
                assert got == pytest.approx(want, rel=1e-12), (a, b)
