"""Tests of the main event's what: the verb with its object or complement, short.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

import fivews
from fivews.five_ws.candidates import NEGATED_POINTS, is_demand
from fivews.five_ws.lexicon import load_lexicon
from fivews.five_ws.what import extraposed_clause, verb_phrase
from fivews.five_ws.who import subject_of
from fivews.structure import reader_of, reading


def root_of(base, text: str):
    return next(t for t in base(text) if t.dep_ == "ROOT")


@pytest.mark.parametrize(
    ("text", "clause", "phrase"),
    [
        (
            "It was unusual for the senator to vote against the bill.",
            "vote",
            "vote against the bill",
        ),
        (
            "It has been common for reporters to describe the governor as a reformer.",
            "describe",
            "describe the governor",
        ),
        (
            "It is clear that the council will raise the tax.",
            "raise",
            "will raise the tax",
        ),
    ],
)
def test_an_expletive_it_gives_the_clause_it_stands_for(base, lexicon, text, clause, phrase):
    verb = root_of(base, text)
    found = extraposed_clause(verb)
    assert found is not None and found.text == clause
    assert verb_phrase(verb, lexicon).text == phrase


@pytest.mark.parametrize(
    "text",
    [
        "It was a surprise when the company fired its chief executive.",  # no extraposition
        "The report was unusual for a government agency.",  # no expletive subject
        "It rained for three days in the capital.",  # no copula
    ],
)
def test_no_extraposed_clause_without_it_be_and_a_clause(base, text):
    assert extraposed_clause(root_of(base, text)) is None


def test_an_infinitive_what_leaves_out_its_to(base, lexicon):
    doc = base("The mayor decided to close the bridge on Monday.")
    close = next(t for t in doc if t.text == "close")
    assert verb_phrase(close, lexicon).text == "close the bridge"


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("The union urged the mayor to resign.", True),
        ("The group is calling on the governor to veto the bill.", True),
        ("The minister said the army had withdrawn.", False),
        ("The minister told reporters that the army had withdrawn.", False),
    ],
)
def test_a_saying_verb_with_an_infinitive_demands(base, text, demand):
    verb = root_of(base, text)
    assert is_demand(verb) is demand


def test_a_demand_is_the_event_not_a_clause_before_it():
    text = (
        "Union calls on mayor to resign\n\n"
        "In what may be the first time the two parties have ever agreed on anything, the "
        "transit workers' union is calling on the mayor to resign over the budget.\n\n"
        "The union has 4,000 members.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["what"]["text"].startswith("is calling on the mayor to resign")


@pytest.mark.parametrize(
    ("text", "verb", "phrase"),
    [
        (
            "The party has found itself at the center of the crisis.",
            "found",
            "has found itself at the center of the crisis",
        ),
        (
            "The reporter asked her about the letter.",
            "asked",
            "asked her about the letter",
        ),
        (
            "The mayor is planning to withdraw from the race.",
            "planning",
            "is planning to withdraw from the race",
        ),
    ],
)
def test_a_pronoun_object_or_objectless_complement_takes_its_preposition_phrase(
    base, lexicon, text, verb, phrase
):
    token = next(t for t in base(text) if t.text == verb)
    assert verb_phrase(token, lexicon).text == phrase


def test_a_question_and_a_conditional_promise_are_not_the_event():
    text = (
        "Council approves new budget\n\n"
        "Will the old tax be coming back? The city council approved a new budget on Tuesday "
        "after a long debate.\n\n"
        "The mayor said he would only sign the budget if the council cut spending.\n"
    )
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    assert event["what"]["text"].startswith("approved a new budget")


def test_a_name_after_its_title_noun_stays_in_the_who(base, lexicon):
    from fivews.five_ws.phrases import trim_phrase

    doc = base(
        "Republican presidential candidate Senator John Smith (R-TX) said that the tax had failed."
    )
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
    assert "John Smith" in trim_phrase(subject, lexicon).text
    doc = base("The mayor, Jane Roe, said on Monday that the tax had failed.")
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
    assert trim_phrase(subject, lexicon).text == "The mayor"


def test_i_outside_a_quotation_is_the_writer_not_a_person_named_before():
    text = (
        "Readers split over the council\n\n"
        "Mayor John Smith closed the old bridge on Monday.\n\n"
        "As a resident, I would like to announce my departure from the council's party.\n"
    )
    doc = fivews.analyze(text, published="2021-03-18").doc
    with reading(doc):
        verb = next(t for t in doc if t.lemma_ == "like")
        subject = subject_of(verb, reader_of(doc), load_lexicon())
    assert subject is not None and subject.text == "I"


def test_an_embedded_question_parsed_as_the_root_is_not_the_main_clause(base):
    from fivews.five_ws.clauses import effective_dep, is_embedded_question

    doc = base(
        "The new survey of voters in all 50 states revealed a variety of interesting trends "
        "across the country, including wide support for small parties, the consistent role "
        "of Obama's popularity and how Texas may be the most interesting state to watch this "
        "election."
    )
    root = next(t for t in doc if t.dep_ == "ROOT")
    revealed = next(t for t in doc if t.lower_ == "revealed")
    assert root.lemma_ == "be" and revealed.dep_ == "ccomp"  # the parser's misreading
    assert is_embedded_question(root)
    assert effective_dep(root, range(0)) == "ccomp"
    assert effective_dep(revealed, range(0)) == "ROOT"
    question = base("How may Texas be the most interesting state to watch?")
    assert not is_embedded_question(next(t for t in question if t.dep_ == "ROOT"))


def test_a_word_of_a_day_s_name_is_no_place(base):
    from fivews.five_ws.where import names_a_day

    doc = base("The governor stood behind the candidate on Super Tuesday in Trenton.")
    super_ = next(t for t in doc if t.text == "Super")
    trenton = next(t.i for t in doc if t.text == "Trenton")
    assert names_a_day(doc[super_.i : super_.i + 1])
    assert not names_a_day(doc[trenton : trenton + 1])
    paris = base("The minister spoke in Paris Monday.")
    city = next(t.i for t in paris if t.text == "Paris")
    assert not names_a_day(paris[city : city + 1])


def test_a_place_in_a_person_s_title_is_no_scene(base, lexicon):
    from fivews.five_ws.where import modifies_non_place

    doc = base("Ohio Senator John Smith spoke to farmers in Iowa on Friday.")
    ohio = doc[0:1]
    iowa = next(doc[t.i : t.i + 1] for t in doc if t.text == "Iowa")
    assert modifies_non_place(ohio, lexicon)
    assert not modifies_non_place(iowa, lexicon)


def test_a_demand_after_a_fronted_clause_is_the_event_with_the_title_apart():
    body = (
        "In what may be the first time the two parties have ever agreed on anything, the "
        "transit workers' union is calling on the mayor to resign over the budget.\n\n"
        "The union has 4,000 members.\n"
    )
    result = fivews.analyze(body, published="2021-03-18", title="Union calls on mayor to resign")
    assert result.doc._.main_event["what"]["text"].startswith("is calling on the mayor")


def test_a_clause_before_a_saying_verb_does_not_stop_its_demand(base):
    verb = root_of(
        base,
        "In what may be the first time the rivals have ever agreed on anything, the union "
        "is calling on the mayor to resign.",
    )
    assert verb.lower_ == "calling"
    assert is_demand(verb)


def _lead_candidate(text: str, word: str) -> dict:
    event = fivews.analyze(text, published="2021-03-18").doc._.main_event
    return next(c for c in event["candidates"] if word in c["what"])


def test_a_negated_verb_scores_lower_than_the_same_verb_affirmed():
    head = "Campaigns race for early votes\n\n"
    tail = "\n\nTheir volunteers knocked on doors, organisers said.\n"
    affirmed = _lead_candidate(f"{head}The campaigns are waiting for election day.{tail}", "wait")
    negated = _lead_candidate(
        f"{head}The campaigns are not waiting for election day.{tail}", "wait"
    )
    assert f"negated {NEGATED_POINTS:+.2f}" in negated["reasons"]
    assert not any(r.startswith("negated") for r in affirmed["reasons"])
    assert negated["score"] < affirmed["score"]
