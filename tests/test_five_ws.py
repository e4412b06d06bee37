"""Tests of the main event (fivews.five_ws) and of the five Ws benchmark's scoring.

Every article here is a short text written for the test, not the seed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import fivews
from fivews.five_ws import MainEventFinder, dateline_tokens, find_dateline, resolve_date_phrase
from fivews.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bare_nlp():
    """spaCy plus block structure and the five Ws only: every other layer is empty."""
    return load_pipeline(components=("fivews_blocks", "fivews_five_ws"))


@pytest.fixture(scope="module")
def bench():
    """The benchmark script, imported from its path (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "five_ws_benchmark", ROOT / "benchmarks" / "five_ws.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main_event(nlp, text: str, published: str = "2021-03-18") -> dict:
    return fivews.analyze(text, published=published, nlp=nlp).doc._.main_event


REBELS = (
    "Rebels seize airport in eastern city\n\n"
    "Rebel fighters seized the main airport in Goma on Tuesday after a night of heavy "
    "fighting, the army said on Wednesday.\n\n"
    "The army said its soldiers had withdrawn to protect civilians. Flights were suspended.\n"
)


@pytest.mark.parametrize("layers", ["full", "bare"])
def test_who_is_the_doer_not_the_sayer(nlp, bare_nlp, layers):
    event = main_event(nlp if layers == "full" else bare_nlp, REBELS)
    assert "Rebel fighters" in event["who"]["text"]
    assert "army" not in event["who"]["text"]
    assert event["what"]["text"].startswith("seized the main airport")


def test_what_is_a_short_verb_phrase_not_the_sentence(nlp):
    text = (
        "Government troops gained control of most of the town of Kadugli, which had been held "
        "by insurgents since 2019, officials said on Friday.\n"
    )
    event = main_event(nlp, text)
    what = event["what"]["text"]
    assert what.startswith("gained control of most of the town")
    assert "which" not in what and "officials" not in what
    assert len(what.split()) <= 10
    assert text[event["what"]["start"] : event["what"]["end"]] == what


def test_when_is_the_events_day_not_the_reporting_day(nlp):
    # Published Thursday 2021-03-18: the attack was on Tuesday, reported on Wednesday.
    text = (
        "Gunmen attacked a police station in the city of Maiduguri on Tuesday, killing three "
        "officers, police said on Wednesday.\n"
    )
    event = main_event(nlp, text)
    assert event["when"]["value"].startswith("2021-03-16")
    assert event["when"]["text"] == "Tuesday"


def test_when_falls_back_to_the_publication_date(bare_nlp):
    text = (
        "Engineers restored power to the northern suburbs after a storm damaged two substations.\n"
    )
    event = main_event(bare_nlp, text, published="2022-01-05")
    assert event["when"] == {
        "text": None,
        "value": "2022-01-05",
        "start": None,
        "end": None,
        "source": "publication",
    }


def test_where_takes_coordinates_from_the_entities_layer(bare_nlp):
    text = "Firefighters battled a large blaze in Valparaiso on Monday.\n"
    doc = bare_nlp.make_doc(text)
    doc._.published = "2024-02-06"
    doc = bare_nlp(doc)
    start = text.index("Valparaiso")
    doc._.entities = [
        {
            "id": "e1",
            "name": "Valparaíso",
            "label": "GPE",
            "salience": 1.0,
            "lat": -33.05,
            "lon": -71.62,
            "mentions": [{"text": "Valparaiso", "start": start, "end": start + 10, "sentence": 0}],
        }
    ]
    where = MainEventFinder().match(doc)["where"]
    assert where["text"] == "Valparaiso"
    assert (where["entity"], where["lat"], where["lon"]) == ("e1", -33.05, -71.62)


def test_places_that_are_actors_are_not_the_where(bare_nlp):
    text = (
        "LIMA, Peru — Brazil beat Argentina 2-0 in a friendly at the national stadium on Friday.\n"
    )
    where = main_event(bare_nlp, text)["where"]
    assert where["text"] == "LIMA" and where["source"] == "dateline"


def test_dateline_is_not_the_subject(nlp):
    text = (
        "NAIROBI, Kenya (AP) — Flash floods swept away dozens of homes in western Kenya on "
        "Sunday, officials said.\n"
    )
    event = main_event(nlp, text, published="2023-04-24")
    assert event["who"]["text"] == "Flash floods"
    assert "swept away dozens of homes" in event["what"]["text"]
    assert event["when"]["value"].startswith("2023-04-23")


def test_a_passive_outcome_is_explained_by_its_when_clause(bare_nlp):
    text = (
        "At least nine people were killed when a bus plunged into a ravine in the mountains "
        "of northern Peru, police said.\n"
    )
    event = main_event(bare_nlp, text)
    assert event["who"]["text"] == "a bus"
    assert event["what"]["text"].startswith("plunged into a ravine")


def test_why_and_how_when_present(bare_nlp):
    marched = main_event(
        bare_nlp,
        "Thousands of farmers marched through Lyon on Sunday to protest against new "
        "pesticide rules.\n",
    )
    assert marched["why"]["text"].startswith("to protest against new pesticide rules")
    dispersed = main_event(
        bare_nlp, "Riot police dispersed the crowd with tear gas and water cannon.\n"
    )
    assert dispersed["how"]["text"].startswith("with tear gas")
    assert "why" not in dispersed


def test_graceful_results_without_layers(bare_nlp):
    event = main_event(bare_nlp, REBELS)
    assert event["who"]["entity"] is None
    assert (
        event["when"]["value"] == "2021-03-16"
    )  # the fallback resolver: Tuesday before publication
    assert event["where"]["text"] == "Goma"
    assert event["evidence"]["kind"] == "lead"
    json.dumps(event)  # JSON-ready


def test_no_text_gives_an_empty_event(bare_nlp):
    doc = bare_nlp.make_doc("   ")
    assert MainEventFinder().match(doc) == {}


def test_resolve_date_phrase():
    assert resolve_date_phrase("late Monday", "2019-03-12") == "2019-03-11"
    assert resolve_date_phrase("Tuesday", "2019-03-12") == "2019-03-12"
    assert resolve_date_phrase("yesterday", "2019-03-12") == "2019-03-11"
    assert resolve_date_phrase("Sept. 15, 2017", None) == "2017-09-15"
    assert resolve_date_phrase("Dec. 28", "2020-01-03") == "2019-12-28"
    # A month without a tense to place it takes the publication year.
    assert resolve_date_phrase("in June", "2020-03-01") == "2020-06"
    assert resolve_date_phrase("in 2015", None) == "2015"
    assert resolve_date_phrase("next Friday", "2024-04-29") == "2024-05-03"
    assert resolve_date_phrase("last night", "2019-03-12") == "2019-03-11"  # 2019-03-11TNI
    assert resolve_date_phrase("recently", "2020-03-01") is None  # PAST_REF has no date


def test_find_dateline(bare_nlp):
    text = "WELLINGTON, Aug 16 (Reuters) - New Zealand's central bank raised rates.\n"
    doc = bare_nlp(text)
    start, end, after = find_dateline(doc)
    assert text[start:end] == "WELLINGTON"
    assert text[after:].startswith("New Zealand")
    assert find_dateline(bare_nlp("The central bank raised rates on Wednesday.\n")) is None


def test_the_dateline_is_read_from_the_blocks(bare_nlp):
    text = "Budget vote delayed\n\nLISBON, Portugal (Reuters) - Lawmakers delayed the vote.\n"
    doc = bare_nlp(text)
    (block,) = [b for b in doc._.blocks if "dateline" in b]
    place = block["dateline"]["place"]
    assert find_dateline(doc) == (place["start"], place["end"], block["dateline"]["end"])
    assert text[place["start"] : place["end"]] == "LISBON"
    tokens = dateline_tokens(doc)
    assert (doc[tokens[0]].text, doc[tokens[-1]].text) == ("LISBON", "-")


def test_a_doc_without_blocks_is_read_as_one_paragraph(bare_nlp):
    text = "PARIS — Workers walked out on Monday.\n"
    doc = bare_nlp.make_doc(text)  # no fivews_blocks: doc._.blocks is None
    start, end, after = find_dateline(doc)
    assert (text[start:end], text[after:]) == ("PARIS", "Workers walked out on Monday.\n")


def test_lexicon_dir_replaces_the_layers_word_lists(bare_nlp, tmp_path):
    from fivews.lexicon import load_json

    lexicon = dict(load_json("five_ws_lexicon.json"))
    lexicon["weak_verbs"] = [*lexicon["weak_verbs"], "seize"]
    (tmp_path / "five_ws_lexicon.json").write_text(json.dumps(lexicon), encoding="utf-8")
    doc = bare_nlp(REBELS)
    default = MainEventFinder().match(doc)["candidates"][0]["reasons"]
    replaced = MainEventFinder(lexicon_dir=str(tmp_path)).match(doc)["candidates"]
    assert not any(r.startswith("light verb") for r in default)
    assert any(
        c["what"].startswith("seized") and any(r.startswith("light verb") for r in c["reasons"])
        for c in replaced
    )


# --------------------------------------------------------------------------- benchmark


def test_token_f1_and_containment(bench):
    assert bench.token_f1("the Taliban fighters", "Taliban fighters") == pytest.approx(0.8)
    assert bench.token_f1("police", "Taliban fighters") == 0.0
    assert bench.contains_either("Astronomers", "Astronomers using the Webb telescope")
    assert bench.contains_either("Portugal's parliament on Wednesday", "Portugal’s parliament")
    assert not bench.contains_either("the", "the army")  # no content word
    assert bench.text_match("stormed a checkpoint", "stormed a police checkpoint")
    assert not bench.text_match("said", "stormed a police checkpoint")
    assert not bench.text_match("a long answer that holds Kabul", "Kabul", containment=False)


def test_an_answer_holding_the_phrase_counts_up_to_twice_its_length(bench):
    gold = "stormed the parliament"
    assert bench.text_match("stormed the parliament on Monday", gold)  # 5 words <= 2 x 3
    assert bench.text_match("stormed the parliament building late Monday night", gold)  # F1 0.67
    long_answer = "police say they stormed the parliament after a long night of protests"
    assert not bench.contains_either(long_answer, gold)
    assert not bench.text_match(long_answer, gold)
    assert bench.text_match("parliament", gold)  # inside the phrase


def test_date_equality(bench):
    assert bench.date_match("2019-03-11TNI", "2019-03-11")
    assert bench.date_match("2019-03-11", "2019-03")  # a day inside the annotated month
    assert not bench.date_match("2019", "2019-03-11")  # a year does not answer a day
    assert bench.date_match("2019-03-11", "Monday", published="2019-03-12")
    assert not bench.date_match("2019-03-12", "Monday", published="2019-03-12")
    assert not bench.date_match(None, "2019-03-11")


def test_score_counts_precision_and_recall(bench):
    records = [
        {
            "published": "2020-01-02",
            "annotations": {
                "who": ["Rescuers"],
                "what": ["pulled 12 miners alive"],
                "when": ["2020-01-02"],
                "where": ["Shanxi province"],
            },
        },
        {
            "published": "2020-01-02",
            "annotations": {
                "who": ["the army"],
                "what": ["shelled the town"],
                "when": ["2020-01-01"],
                "where": [],
            },
        },
    ]
    answers = [
        {"who": "Rescuers", "what": "pulled 12 miners", "when": "2020-01-02", "where": "China"},
        {"who": None, "what": "said", "when": "2020-01-01", "where": "Kabul"},
    ]
    scores = bench.score(records, answers)
    assert scores["who"] == {
        "annotated": 2,
        "answered": 1,
        "correct": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
    }
    assert scores["what"]["precision"] == 0.5 and scores["what"]["recall"] == 0.5
    assert scores["when"]["recall"] == 1.0
    assert scores["where"]["annotated"] == 1 and scores["where"]["correct"] == 0
    # 4W pools the questions: 7 annotated, 6 answered, 4 correct
    assert scores["4W"]["annotated"] == 7 and scores["4W"]["answered"] == 6
    assert scores["4W"]["f1"] == pytest.approx(2 * (4 / 6) * (4 / 7) / (4 / 6 + 4 / 7))


def test_polnear_records_read_their_text_at_run_time(bench, tmp_path):
    (tmp_path / "train" / "text").mkdir(parents=True)
    (tmp_path / "train" / "text" / "a1.txt").write_text("Body.\n", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ttitle\ntrain\ta1\t2016-01-02\tHead\n",
        encoding="utf-8",
    )
    records = [{"id": "a1", "split": "train"}, {"id": "gone", "split": "train"}]
    full, problems = bench.with_polnear_text(records, tmp_path)
    assert full == [
        {
            "id": "a1",
            "split": "train",
            "text": "Body.\n",
            "title": "Head",
            "published": "2016-01-02",
        }
    ]
    assert problems == [f"gone: not in {tmp_path}"]
    assert bench.with_polnear_text(records, tmp_path / "none")[0] == []


def test_polnear_annotations_are_well_formed():
    folder = ROOT / "benchmarks" / "data" / "five_ws_polnear"
    train = json.loads((folder / "train.json").read_text(encoding="utf-8"))
    assert len(train) == 40
    for record in train:
        assert record["split"] == "train" and "text" not in record
        assert set(record["annotations"]) == {"who", "what", "when", "where"}
        assert record["annotations"]["who"] and record["annotations"]["what"]
        start, end = record["sentence"]
        assert 0 <= start < end


def test_benchmark_data_is_well_formed():
    files = sorted((ROOT / "benchmarks" / "data" / "five_ws").glob("*.json"))
    assert len(files) >= 15
    for path in files:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert {"id", "title", "text", "published", "annotations"} <= set(record)
        assert set(record["annotations"]) == {"who", "what", "when", "where"}
        assert 150 <= len(record["text"].split()) <= 400, path.name


# --------------------------------------------------------------------------- tables and figures

TOY_EVENTS = [
    {
        "id": "e1",
        "trigger": {"text": "shelled"},
        "event_type": "Explosions/Remote violence",
        "time": {"value": "2020-05-03"},
        "place": {"text": "Idlib", "entity": "p1"},
    },
    {
        "id": "e2",
        "trigger": {"text": "captured"},
        "event_type": "Battles",
        "time": {"value": "2020-05", "interval": ["2020-05-01", "2020-05-31"]},
        "place": {"text": "Idlib", "entity": "p1"},
    },
    {
        "id": "e3",
        "trigger": {"text": "began"},
        "event_type": "Other",
        "time": {"value": "2015"},
        "place": {"text": "nowhere"},
    },
]
TOY_ENTITIES = [{"id": "p1", "name": "Idlib", "label": "GPE", "lat": 35.93, "lon": 36.63}]


def test_five_ws_table_has_one_row_per_question(bare_nlp):
    from fivews.five_ws import candidates_table, five_ws_table

    event = main_event(bare_nlp, REBELS)
    table = five_ws_table(event)
    assert list(table["question"]) == ["who", "what", "when", "where", "why", "how"]
    assert table.set_index("question").loc["when", "normalised"] == "2021-03-16"
    assert candidates_table(event)["score"].is_monotonic_decreasing
    assert five_ws_table({})["answer"].isna().all()


def test_event_figures_take_plain_dicts():
    from matplotlib.figure import Figure

    from fivews.plots.five_ws import event_places, event_times, events_map, events_time_axis

    places = event_places(TOY_EVENTS, TOY_ENTITIES)
    assert list(places["event_id"]) == ["e1", "e2"]  # e3's place has no coordinates
    times = event_times(TOY_EVENTS)
    assert list(times["event_id"]) == ["e3", "e2", "e1"]
    assert str(times.loc[1, "end"].date()) == "2020-05-31"
    main = {"where": {"text": "Idlib", "lat": 35.93, "lon": 36.63}}
    for fig in (
        events_map(TOY_EVENTS, TOY_ENTITIES, main),
        events_time_axis(TOY_EVENTS, "2020-05-04"),
        events_map([], []),
        events_time_axis([]),
    ):
        assert isinstance(fig, Figure)
    assert len(events_time_axis(TOY_EVENTS, "2020-05-04").axes) == 2  # broken axis: 2015 is far


# --------------------------------------------------------------------------- headline and lead


def titled_event(nlp, title: str, body: str, published: str = "2021-03-18") -> dict:
    """The main event of an article given as a new user gives it: the title, then the
    text that repeats it on its first line."""
    text = f"{title}.\n\n{body}\n"
    return fivews.analyze(text, title=title, published=published, nlp=nlp).doc._.main_event


def test_a_speaker_headline_makes_the_speakers_saying_the_event(nlp):
    event = titled_event(
        nlp,
        "Mayor Ruiz: city budget leaves schools short",
        "Mayor Ana Ruiz told council members on Monday that the city budget would leave "
        "schools short of teachers. The budget passed by one vote.",
    )
    assert "Ruiz" in event["who"]["text"]
    assert event["what"]["text"].startswith("told council members")
    assert event["evidence"]["kind"] == "lead"


def test_the_body_sentence_with_the_headlines_predicate_and_agent_wins(nlp):
    event = titled_event(
        nlp,
        "Council approves new stadium",
        "Hundreds of residents packed the old town hall for the meeting. The city council "
        "approved a new football stadium after a six-hour debate.",
    )
    assert event["who"]["text"].lower().endswith("council")
    assert event["what"]["text"].startswith("approved a new football stadium")
    assert any(r.startswith("headline's predicate") for r in event["candidates"][0]["reasons"])


def test_the_known_title_is_the_headline_whatever_its_punctuation():
    from fivews.article.blocks import segment_text

    blocks = segment_text(
        "Council Approves Stadium.\n\nThe council approved a stadium on Tuesday.\n",
        title="Council approves stadium",
    )
    assert [b.kind for b in blocks] == ["headline", "paragraph"]
    # A title printed on two lines: the headline and its deck.
    blocks = segment_text(
        "Council approves stadium;\n\nVote ends a long fight.\n\nThe council voted on it.\n",
        title="Council approves stadium; Vote ends a long fight",
    )
    assert [b.kind for b in blocks] == ["headline", "headline", "paragraph"]


def test_a_horizontal_bar_dateline_is_no_subject(nlp):
    event = main_event(
        nlp,
        "OTTAWA \u2015 The government announced plans on Tuesday to let more refugees from "
        "camps in Jordan come to Canada.\n",
    )
    assert event["who"]["text"] == "The government"
    assert event["where"]["text"] == "OTTAWA"  # "from camps in Jordan", "to Canada": directions


def test_a_misparsed_apposition_before_the_verb_is_the_subject(nlp):
    event = main_event(
        nlp,
        "Tuesday in Denver, while on the campaign trail for his wife Senator Jane Roe, former "
        "governor Bill Roe said his wife was ready to lead the state.\n",
    )
    assert event["who"]["text"].endswith("Bill Roe")
    assert event["what"]["text"].startswith("said his wife was ready")


def test_hyphenated_words_stay_in_who(nlp):
    event = main_event(
        nlp, "Republican front-runner Ben Carson took questions from voters in Iowa on Monday.\n"
    )
    assert event["who"]["text"] == "Republican front-runner Ben Carson"


def test_a_bare_verb_takes_its_complement(nlp):
    event = main_event(
        nlp, "Families of the shooting victims are not through with Senator Bernie Sanders.\n"
    )
    assert event["what"]["text"].startswith("are not through with")


def test_place_names_exclude_plural_names_and_people(nlp):
    from fivews.five_ws.where import is_place_name

    doc = nlp("Republicans met in Ohio on Monday, but they didn't vote.")
    assert not is_place_name(doc[0:1])  # a party's members
    assert is_place_name(doc[3:4])
    assert not is_place_name(doc[-3:-2])  # "n't": no capitalised word


def test_when_comes_from_the_event_told_again(nlp):
    text = (
        "The group has released a new recruitment video, officials said.\n\n"
        "The video, released in late November, shows fighters in the desert.\n"
    )
    event = main_event(nlp, text, published="2015-12-21")
    assert event["what"]["text"].startswith("has released a new recruitment video")
    assert event["when"]["value"].startswith("2015-11")
    assert event["when"]["source"] == "retold"


def test_a_comma_between_modifiers_stays_in_who(nlp):
    event = main_event(
        nlp, "The governor's angry, deeply personal attacks on the judge have alarmed lawyers.\n"
    )
    assert event["who"]["text"].startswith("The governor's angry, deeply personal attacks")


def test_a_hypothetical_clause_is_not_the_event(nlp):
    event = main_event(
        nlp,
        "Had the party nominated another candidate, the mayor would have campaigned for it. "
        "Instead, the mayor intends to sit out the race.\n",
    )
    assert event["what"]["text"].startswith("intends to sit out")


def test_the_seed_main_event(seed_path, nlp):
    event = fivews.analyze(seed_path, nlp=nlp).doc._.main_event
    assert event["who"]["text"] == "Russian special forces"
    assert event["what"]["text"] == (
        "are helping Syrian government troops fight Islamic State militants"
    )
    assert event["when"]["value"] == "2017-09-21"
    assert event["where"]["text"] == "Deir el-Zour"


def test_a_place_modifying_a_person_noun_is_not_the_scene(nlp):
    from fivews.five_ws.lexicon import load_lexicon
    from fivews.five_ws.where import modifies_non_place

    lexicon = load_lexicon()
    doc = nlp("The Texas senator visited Kunduz province.")
    assert modifies_non_place(doc[1:2], lexicon)  # "Texas senator"
    assert not modifies_non_place(doc[4:5], lexicon)  # "Kunduz province"


def test_a_persons_first_name_is_not_the_where(nlp):
    from fivews.five_ws.where import person_first_names
    from fivews.structure import reader_of

    text = (
        "Ivana Petrova, the founder of the charity, met donors at a gala in Vienna. "
        "Ivana told guests the charity would open a clinic.\n"
    )
    doc = fivews.analyze(text, published="2021-03-18", nlp=nlp).doc
    assert "ivana" in person_first_names(reader_of(doc))
    assert doc._.main_event["where"]["text"] == "Vienna"


def test_when_comes_from_the_day_the_sentence_before_names(nlp):
    text = (
        "Council plan draws fire\n\n"
        "A plan to close the old bridge, announced by the mayor on Monday, would cut the "
        "town in two.\n\n"
        "The plan immediately drew anger from shop owners on both banks of the river.\n"
    )
    event = main_event(nlp, text, published="2021-03-17")
    assert event["when"]["value"].startswith("2021-03-15")
    # A day long before publication is background, not the news of the day.
    event = main_event(nlp, text.replace("on Monday", "on March 1"), published="2021-03-17")
    assert event["when"]["source"] != "lead"


def test_event_news_records_read_their_text_from_the_shared_corpora(bench, tmp_path):
    meantime = tmp_path / "meantime"
    (meantime / "gm").mkdir(parents=True)
    (meantime / "gm" / "7.txt").write_text(
        "Carmaker files for bankruptcy\n\nJune 1, 2009\n\nThe carmaker filed.\n", encoding="utf-8"
    )
    (meantime / "metadata.tsv").write_text(
        "id\ttopic\tpublished\ttitle\turl\tfile\n"
        "7\tgm\t2009-06-01\tCarmaker files for bankruptcy\thttp://x\tgm/7.txt\n",
        encoding="utf-8",
    )
    (tmp_path / "geo").mkdir()
    (tmp_path / "geo" / "TR-News.xml").write_text(
        '<articles><article docid="9"><title>Storm hits coast\n</title>'
        "<dltime>Dec 17, 2016 8:46 AM ET</dltime><domain>x.ca</domain>"
        "<text><![CDATA[A storm hit the coast on Friday.]]></text></article></articles>",
        encoding="utf-8",
    )
    records = [
        {"id": "7", "source": "meantime"},
        {"id": "9", "source": "tr-news"},
        {"id": "8", "source": "tr-news"},
    ]
    full, problems = bench.with_polnear_text(records, tmp_path / "polnear", shared=tmp_path)
    assert [r["published"] for r in full] == ["2009-06-01", "2016-12-17"]
    assert full[0]["text"].startswith("Carmaker files for bankruptcy\n\nJune 1, 2009")
    assert full[1]["text"] == "Storm hits coast\n\nA storm hit the coast on Friday."
    assert full[1]["title"] == "Storm hits coast"
    assert problems == ["8: not in tr-news"]


def test_event_news_annotations_are_well_formed():
    folder = ROOT / "benchmarks" / "data" / "five_ws_events"
    seen: set[tuple[str, str]] = set()
    for name in ("train.json", "train2.json", "train3.json", "dev.json"):
        for record in json.loads((folder / name).read_text(encoding="utf-8")):
            key = (record["source"], str(record["id"]))
            assert key not in seen, key  # no article in two sets
            seen.add(key)
            assert record["source"] in ("meantime", "tr-news", "lgl")
            notes = record["annotations"]
            assert notes["who"] and notes["what"], key
            assert all(len(v) >= 4 and v[:4].isdigit() for v in notes["when"]), key
    assert len(seen) == 79
