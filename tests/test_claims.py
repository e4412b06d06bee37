"""Tests for fivews.claims: attribution, sources, framing, numbers, contradictions.

Every sentence here is written for the test (not taken from the seed), so a rule tuned
to one article fails.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from fivews.claims import (
    ClaimExtractor,
    assertions_table,
    claims_table,
    contradictions_table,
    quantities_table,
)


def claims_of(cnlp, text: str) -> list[dict]:
    return cnlp(text)._.claims


def only(claims: list[dict]) -> dict:
    assert len(claims) == 1, [c["content"]["text"] for c in claims]
    return claims[0]


# ------------------------------------------------------------------ attribution


def test_cue_after_content(cnlp):
    c = only(
        claims_of(
            cnlp,
            "Floods cut off three mountain villages overnight, the regional "
            "governor said on Monday.",
        )
    )
    assert c["cue_lemma"] == "say"
    assert c["content"]["text"] == "Floods cut off three mountain villages overnight"
    assert c["source"]["text"] == "the regional governor"
    assert c["direct"] is False


def test_cue_before_content_with_that(cnlp):
    c = only(claims_of(cnlp, "The port authority said that two cranes had collapsed in the storm."))
    assert c["content"]["text"] == "two cranes had collapsed in the storm"
    assert c["source"]["name"] == "port authority"


def test_content_in_a_statement_that(cnlp):
    c = only(
        claims_of(
            cnlp,
            "Gen. Amir Haddad said in a statement that the airport had been "
            "reopened to civilian flights.",
        )
    )
    assert c["content"]["text"].startswith("the airport had been reopened")
    assert "Haddad" in c["source"]["text"]


@pytest.mark.parametrize(
    "text, source, content",
    [
        (
            "Fewer than 50 families remain in the camp, according to the Norwegian Refugee Council.",
            "Norwegian Refugee Council",
            "Fewer than 50 families remain in the camp",
        ),
        (
            "According to local police, the driver fled on foot.",
            "local police",
            "the driver fled on foot",
        ),
    ],
)
def test_according_to(cnlp, text, source, content):
    c = only(claims_of(cnlp, text))
    assert c["cue"].lower() == "according to"
    assert source in c["source"]["text"]
    assert c["content"]["text"] == content


def test_pronoun_speaker_resolved_to_named_source(cnlp):
    claims = claims_of(
        cnlp,
        "Police spokeswoman Maria Lopez said that two bridges had "
        "collapsed. She added that about 40 people were missing.",
    )
    assert len(claims) == 2
    assert claims[1]["source"]["text"] == "She"
    assert claims[1]["source"]["kind"] == "pronoun"
    assert "Lopez" in claims[1]["source"]["name"]


def test_pronoun_gender_and_number_compatible(cnlp):
    claims = claims_of(
        cnlp,
        "Local residents said the dam had cracked. Engineer Paul Kim said "
        "the cracks were old. He added that repairs would take a week.",
    )
    he = claims[-1]
    assert "Kim" in he["source"]["name"]  # not the plural "residents"


def test_description_resolved_to_earlier_source(cnlp):
    claims = claims_of(
        cnlp,
        "The interior ministry said the curfew would be lifted. Later the "
        "ministry said the curfew would stay.",
    )
    assert claims[1]["source"]["name"] == claims[0]["source"]["name"]


def test_coordinated_that_clauses_are_one_claim_with_parts(cnlp):
    c = only(
        claims_of(
            cnlp,
            "The army claimed Friday that the rebels had withdrawn from the "
            "valley, and that its troops controlled the main road.",
        )
    )
    assert len(c["parts"]) == 2
    assert c["parts"][0]["text"] == "the rebels had withdrawn from the valley"
    assert c["parts"][1]["text"] == "its troops controlled the main road"


def test_second_reporting_verb_is_a_second_claim_by_the_same_speaker(cnlp):
    claims = claims_of(
        cnlp,
        "Senator Ruth Ames said the bill had stalled in committee and warned "
        "her colleagues that the deadline would pass.",
    )
    assert [c["cue"] for c in claims] == ["said", "warned"]
    assert claims[1]["source"]["text"] == "Senator Ruth Ames"
    assert "warned" not in claims[0]["content"]["text"]
    assert claims[1]["content"]["text"] == "the deadline would pass"


def test_direct_quote_spanning_sentences_and_its_continuation(cnlp):
    text = (
        '"The bridge was old. It should have been replaced years ago," said engineer '
        'Paul Kim. "Nobody listened to us."'
    )
    claims = claims_of(cnlp, text)
    assert len(claims) == 2
    first, cont = claims
    assert first["direct"] and first["content"]["text"] == (
        "The bridge was old. It should have been replaced years ago"
    )
    assert "Kim" in first["source"]["text"]
    assert cont["continues"] == first["id"] and cont["content"]["text"].startswith("Nobody")


def test_quote_after_colon(cnlp):
    c = only(claims_of(cnlp, 'The mayor said: "We warned them twice. Nobody came."'))
    assert c["direct"] and c["content"]["text"].startswith("We warned them twice")


def test_scare_quotes_are_not_claims(cnlp):
    assert claims_of(cnlp, 'The "peace plan" was drafted in secret in 2019.') == []


@pytest.mark.parametrize(
    "text",
    [
        "The so-called peace plan was drafted in secret.",
        "The company is said to be preparing a bid.",
        "The said property was sold in May.",
        "The troops captured the bridge and crossed the river.",
        "The map shows that the town lies on the river.",
        "The plan said nothing about the bridges.",
    ],
)
def test_no_claim_from_non_reporting_uses(cnlp, text):
    assert claims_of(cnlp, text) == []


# ------------------------------------------------------------------ framing


@pytest.mark.parametrize(
    "verb, stance",
    [
        ("said", "neutral"),
        ("claimed", "distancing"),
        ("insisted", "distancing"),
        ("warned", "warning"),
        ("denied", "denial"),
    ],
)
def test_stance_from_reporting_verb(cnlp, verb, stance):
    c = only(claims_of(cnlp, f"The rebel commander {verb} that the convoy had been attacked."))
    assert c["stance"] == stance


def test_accusation_stance(cnlp):
    c = only(
        claims_of(cnlp, "Opposition leader Tom Reyes accused the government of hiding the report.")
    )
    assert c["stance"] == "accusation"
    assert "hiding the report" in c["content"]["text"]


def test_hedges_and_approximators(cnlp):
    c = only(
        claims_of(
            cnlp,
            "The agency said nearly 2,000 people had reportedly fled and some "
            "villages may be empty.",
        )
    )
    kinds = {(h["text"], h["kind"]) for h in c["hedges"]}
    assert ("nearly", "approximator") in kinds
    assert ("reportedly", "evidential") in kinds
    assert ("may", "modal") in kinds
    # "some villages": an approximator only counts before a number
    assert ("some", "approximator") not in kinds


def test_assertions_are_the_reporters_own_voice(cnlp):
    doc = cnlp("The river burst its banks on Sunday. The governor said the army would help.")
    assert [a["text"] for a in doc._.assertions] == ["The river burst its banks on Sunday."]
    assert len(doc._.claims) == 1


# ------------------------------------------------------------------ numbers


def test_quantities_units_and_consistent_conversion(cnlp):
    c = only(
        claims_of(
            cnlp,
            "The army said it had cleared about 25 square kilometers "
            "(10 square miles) of farmland.",
        )
    )
    q = {x["text"]: x for x in c["quantities"]}
    km = q["25 square kilometers"]
    assert km["approx"] is True and km["normalized_unit"] == "km ** 2"
    miles = q["10 square miles"]
    assert miles["normalized_value"] == pytest.approx(25.9, abs=0.1)
    assert km["consistent"] is True and miles["consistent"] is True


def test_inconsistent_conversion_is_flagged(cnlp):
    c = only(
        claims_of(
            cnlp, "The ministry said the convoy drove 10 kilometers (20 miles) through the desert."
        )
    )
    assert {q["consistent"] for q in c["quantities"]} == {False}


def test_counted_nouns_and_number_words(cnlp):
    c = only(claims_of(cnlp, "Officials said less than 300 fighters and two tanks remained."))
    q = {x["counted"]: x for x in c["quantities"]}
    assert q["fighter"]["value"] == 300 and q["fighter"]["bound"] == "upper"
    assert q["tank"]["value"] == 2


# ------------------------------------------------------------------ contradictions


def test_incompatible_states_contradiction(cnlp):
    claims = claims_of(
        cnlp,
        "The offensive on Mosul is reaching its final stages, the Iraqi army "
        "said. The Kurdish ministry, however, claimed that the offensive on "
        "Mosul had stopped.",
    )
    a, b = claims
    assert a["contested_by"] == [b["id"]] and b["contested_by"] == [a["id"]]
    reasons = " ".join(a["contradiction_reasons"][b["id"]])
    assert "incompatible states" in reasons and "however" in reasons


def test_incompatible_numbers_and_denial(cnlp):
    claims = claims_of(
        cnlp,
        "The ministry said 12 civilians were killed in the strike. Local "
        "doctors said 45 civilians were killed in the strike.",
    )
    assert claims[0]["contested_by"] == [claims[1]["id"]]
    assert "incompatible numbers" in claims[0]["contradiction_reasons"][claims[1]["id"]][0]
    claims = claims_of(
        cnlp,
        "Opposition leader Tom Reyes accused the government of ignoring "
        "flood warnings. The government denied that it had ignored the "
        "flood warnings.",
    )
    assert claims[0]["contested_by"] == [claims[1]["id"]]


@pytest.mark.parametrize(
    "text",
    [
        # compatible numbers: "at least 12" allows 45
        "The ministry said at least 12 civilians were killed. Local doctors said 45 civilians "
        "were killed.",
        # the same source cannot contest itself
        "The army said the offensive was continuing. The army later said the offensive had stopped.",
        # different subjects: a halted road project and an ongoing offensive
        "The army said the offensive was continuing. Engineers said the road project had stopped.",
        # a contrast marker alone is not a contradiction
        "The ministry said the talks would resume in May. The rebels, however, said their "
        "delegation had arrived in Geneva.",
    ],
)
def test_no_contradiction_without_evidence(cnlp, text):
    claims = claims_of(cnlp, text)
    assert len(claims) == 2
    assert all(c["contested_by"] == [] for c in claims)


# ------------------------------------------------------------------ other layers


def test_entity_and_timex_layers_are_used_when_present(cnlp):
    text = "The Red Cross said Tuesday that the convoy had arrived."
    doc = cnlp(text)
    start = text.index("Red Cross")
    doc._.entities = [
        {
            "id": "e7",
            "name": "International Red Cross",
            "label": "ORG",
            "mentions": [{"text": "Red Cross", "start": start, "end": start + 9}],
        }
    ]
    t = text.index("Tuesday")
    doc._.timexes = [
        {"text": "Tuesday", "start": t, "end": t + 7, "type": "DATE", "value": "2024-03-05"}
    ]
    doc._.published = "2024-03-07"
    c = only(ClaimExtractor().match(doc)[0])
    assert c["source"]["entity"] == "e7" and c["source"]["name"] == "International Red Cross"
    assert c["date"] == {"text": "Tuesday", "value": "2024-03-05", "from": "timex"}


def test_without_entities_or_timexes(cnlp):
    doc = cnlp("The Red Cross said the convoy had arrived.")
    doc._.entities, doc._.timexes, doc._.published = None, None, "2024-03-07"
    c = only(ClaimExtractor().match(doc)[0])
    assert c["source"]["entity"] is None
    assert c["date"]["value"] == "2024-03-07" and c["date"]["text"] is None


def test_records_are_json_ready_and_tables_typed(cnlp):
    doc = cnlp(
        "The ministry said 12 civilians were killed. Doctors said 45 civilians were "
        "killed. The town is 5 km (3 miles) from the border."
    )
    json.dumps(doc._.claims)
    json.dumps(doc._.assertions)
    table = claims_table(doc._.claims)
    assert list(table["id"]) == ["c1", "c2"] and table["direct"].dtype == "boolean"
    assert len(contradictions_table(doc._.claims)) == 1
    assert len(assertions_table(doc._.assertions)) == 1
    quantities = quantities_table(doc._.claims, doc._.assertions)
    assert isinstance(quantities, pd.DataFrame) and quantities["consistent"].sum() == 2
    assert claims_table([]).empty and list(claims_table([]).columns) == list(table.columns)


# ------------------------------------------------------------------ wire copy details


def test_dateline_and_money(cnlp):
    c = only(
        claims_of(
            cnlp,
            "PARIS, May 3 (Reuters) - Donors pledged $2.5bn and 300 million "
            "pounds for the fund, the French government said.",
        )
    )
    assert c["content"]["text"].startswith("Donors pledged")
    units = {q["text"]: q["unit"] for q in c["quantities"]}
    assert units == {"$2.5bn": "USD", "300 million pounds": "GBP"}
    assert c["quantities"][0]["value"] == 2.5e9


def test_a_dash_in_a_content_that_opens_with_a_capitalised_word_is_no_dateline(cnlp):
    # the dateline comes from the blocks: only a real one ("PARIS, May 3 (Reuters) -")
    # is dropped from the content
    c = only(
        claims_of(
            cnlp,
            "NATO troops will stay in Estonia - a signal to Moscow, the minister said.",
        )
    )
    assert c["content"]["text"] == "NATO troops will stay in Estonia - a signal to Moscow"


def test_hyphenated_numbers_are_not_quantities(cnlp):
    c = only(claims_of(cnlp, "Police said a 70-year-old man had lost one-third of his savings."))
    assert c["quantities"] == []


def test_restatement_inside_a_claim_is_not_a_second_claim(cnlp):
    c = only(claims_of(cnlp, "The minister said he did not want a trade war with China."))
    assert c["cue"] == "said"


def test_multi_paragraph_quote(cnlp):
    text = (
        '"We will rebuild every house," the mayor told reporters. "It will take years.\n\n'
        '"But we will not leave anyone behind."'
    )
    claims = claims_of(cnlp, text)
    assert [c["direct"] for c in claims] == [True, True, True]
    assert claims[2]["continues"] in {claims[0]["id"], claims[1]["id"]}
    assert claims[2]["content"]["text"].startswith("But we will not")


def test_seed_attributions_and_its_contradiction(cnlp, seed_text):
    claims = claims_of(cnlp, seed_text)
    sources = [c["source"]["text"] for c in claims]
    assert len(claims) == 9
    assert sources.count("Konashenkov") == 3
    last = claims[-1]
    assert last["stance"] == "distancing" and len(last["parts"]) == 2
    sdf = next(c for c in claims if "final stages" in c["content"]["text"])
    assert sdf["contested_by"] == [last["id"]] and last["contested_by"] == [sdf["id"]]
    assert sum(len(c["contested_by"]) for c in claims) == 2  # no other link


def test_names_in_apposition_and_generic_org_descriptions(cnlp):
    claims = claims_of(
        cnlp,
        "Toyota said on Wednesday it would recall 1,000 cars. The company "
        "said no injuries had been reported. Union leader Ana Ruiz said "
        "workers were worried.",
    )
    assert claims[1]["source"]["name"] == claims[0]["source"]["name"]
    assert "Ruiz" in claims[2]["source"]["name"]
    # a company never named before is left as the description
    other = claims_of(
        cnlp,
        "The state water agency said the dam was safe. The company said repairs would start soon.",
    )
    assert other[1]["source"]["name"] == "company"


def test_currency_with_bracketed_equivalent_does_not_break_claims(nlp) -> None:
    """A currency amount with an equivalent in brackets is a quantity pint cannot convert."""
    doc = nlp(
        "The company said the deal was worth $2 million (1.8 million euros), its chief executive said."
    )
    assert doc._.claims, "the attributed statement is still found"


def test_pint_is_imported_without_masking_optional_packages_for_good():
    """pint is imported with dask & co. masked, and they stay importable afterwards."""
    import importlib.util
    import subprocess
    import sys

    code = (
        "import sys; from fivews import claims; "
        "pint = claims._import_pint(); "
        "assert 'dask' not in sys.modules, 'pint imported dask'; "
        "assert all(n not in sys.modules for n in claims.PINT_OPTIONAL_IMPORTS); "
        "import dask; print(pint.UnitRegistry().Quantity(6, 'mi**2').to('km**2').magnitude)"
    )
    if importlib.util.find_spec("dask") is None:
        pytest.skip("dask is not installed")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert abs(float(out.stdout) - 15.54) < 0.01


def test_lexicon_dir_replaces_a_file_and_keeps_the_others(cnlp, tmp_path):
    from fivews.lexicon import load_json

    verbs = load_json("reporting_verbs.json")
    mine = {**verbs, "verbs": {k: v for k, v in verbs["verbs"].items() if k != "say"}}
    (tmp_path / "reporting_verbs.json").write_text(json.dumps(mine), encoding="utf-8")
    doc = cnlp("The minister said the bridge would reopen in May.")
    assert ClaimExtractor().match(doc)[0]
    # without "say" the sentence has no cue; the speakers and hedges still load
    assert ClaimExtractor(lexicon_dir=str(tmp_path)).match(doc)[0] == []


# ------------------------------------------------------------------ speed helpers

#: Texts with each kind of contradiction (and one that has none).
CONTRADICTION_TEXTS = (
    "The offensive on Mosul is reaching its final stages, the Iraqi army said. The Kurdish "
    "ministry, however, claimed that the offensive on Mosul had stopped.",
    "The ministry said 12 civilians were killed in the strike. Local doctors said 45 "
    "civilians were killed in the strike.",
    "Opposition leader Tom Reyes accused the government of ignoring flood warnings. The "
    "government denied that it had ignored the flood warnings.",
    "Police accused the organizers of blocking an ambulance. The organizers denied that "
    "they had blocked any vehicle.",
    "The army said the offensive was continuing. Engineers said the road project had stopped.",
)


def test_pair_precheck_skips_no_contradiction(cnlp, seed_text, monkeypatch):
    """``_may_contradict`` only skips pairs the full test would not link."""
    from fivews.claims import contradictions

    texts = (seed_text, *CONTRADICTION_TEXTS)
    fast = [claims_of(cnlp, text) for text in texts]
    assert sum(len(c["contested_by"]) for claims in fast for c in claims) >= 8
    monkeypatch.setattr(contradictions, "_may_contradict", lambda fa, fb: True)
    assert [claims_of(cnlp, text) for text in texts] == fast


def test_claim_helpers_read_what_spacy_reads(cnlp, seed_text):
    """Children, subtrees, text and span tokens from the Doc's reader equal spaCy's own."""
    from fivews.claims import tokens as claim_tokens
    from fivews.structure import content_sentences, doc_text, reading
    from fivews.structure.reader import _READERS

    doc = cnlp(seed_text)
    with reading(doc):
        assert doc_text(doc) == doc.text
        for token in doc:
            for _ in range(2):  # computed, then kept
                assert [t.i for t in claim_tokens._children(token)] == [t.i for t in token.children]
                assert [t.i for t in claim_tokens._subtree_of(token)] == [
                    t.i for t in token.subtree
                ]
        for sent in doc.sents:
            assert [t.i for t in claim_tokens._tokens_of(sent)] == [t.i for t in sent]
            assert claim_tokens._span_text(sent) == sent.text
        assert [(s.start, s.end) for s in claim_tokens._sentences(doc)] == [
            (s.start, s.end) for s in content_sentences(doc)
        ]
    ClaimExtractor()(doc)
    assert id(doc) not in _READERS  # nothing outlives a call


def test_a_call_leaves_no_reader_for_the_garbage_collector(cnlp, seed_text):
    """The Doc's reader (its Tokens, lists and layer index) is freed when the call ends,
    not kept alive by a reference cycle until the collector runs."""
    import gc

    from fivews.structure import DocReader

    doc = cnlp(seed_text)
    gc.collect()
    gc.disable()
    try:
        ClaimExtractor()(doc)
        left = [o for o in gc.get_objects() if isinstance(o, DocReader) and o.doc is doc]
    finally:
        gc.enable()
    assert left == []


def test_cue_candidates_and_subject_nouns_match_token_attributes(cnlp, seed_text):
    from fivews.claims import _cue_candidates, _subject_nouns

    doc = cnlp(seed_text)
    assert _cue_candidates(doc) == [
        t.i for t in doc if t.pos_ in {"VERB", "AUX"} or t.lower_ == "according"
    ]
    assert [t.i for t in _subject_nouns(doc)] == [
        t.i
        for t in doc
        if t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "NOUN" and not t.ent_type_
    ]


def test_intervals_and_mentions_agree_with_a_scan():
    import random

    from fivews.claims import _Intervals
    from fivews.structure import MentionIndex

    rng = random.Random(7)
    ranges = [(s, s + rng.randint(0, 30)) for s in (rng.randint(0, 300) for _ in range(40))]
    intervals = _Intervals(ranges)
    mentions = MentionIndex.of([(s, e, k, {}) for k, (s, e) in enumerate(ranges)])
    for _ in range(300):
        start = rng.randint(0, 330)
        end = start + rng.randint(0, 40)
        assert intervals.overlaps(start, end) == any(s < end and start < e for s, e in ranges)
        assert [m[2] for m in mentions.overlapping(start, end)] == sorted(
            (k for k, (s, e) in enumerate(ranges) if s < end and start < e),
            key=lambda k: (ranges[k][0], k),
        )
        assert [m[2] for m in mentions.within(start, end)] == sorted(
            (k for k, (s, e) in enumerate(ranges) if start <= s and e <= end),
            key=lambda k: (ranges[k][0], k),
        )
