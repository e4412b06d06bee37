"""One story, many articles: actor timelines, disagreements, single-article events and
presence on small hand-made linked tables (the linker's columns), plus a check on real
MEANTIME text that the numbers compared are read from the sentences."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from fivews.story import (
    NotLinkedError,
    actor_timeline,
    disagreement_counts,
    disagreements,
    event_reports,
    most_reported,
    only_in_one,
    presence,
    resolve_entity,
    shared_reports,
)
from fivews.story.numbers import agree, conflicting

# Three invented articles on one invented story (a carmaker cutting jobs), written for
# these tests: the second gives another job count, another date and another place.
ARTICLES = {
    "a": (
        "2020-01-10",
        [
            "Zentor Motors cut 3,000 jobs on Monday in Ohio.",
            "Mara Holt, its chief executive, said the plant would close.",
        ],
    ),
    "b": (
        "2020-01-12",
        [
            "Zentor cut 3,500 jobs last week in Brazil, analysts said.",
            "Holt met unions on Friday.",
        ],
    ),
    "c": (
        "2020-03-02",
        ["Zentor Motors opened a plant in Texas."],
    ),
}


def _documents() -> pd.DataFrame:
    rows = []
    for doc_id, (published, sentences) in ARTICLES.items():
        text, bounds = "", []
        for s in sentences:
            start = len(text)
            text += s + " "
            bounds.append({"start": start, "end": start + len(s)})
        rows.append(
            {
                "doc_id": doc_id,
                "text": text,
                "title": sentences[0],
                "published_value": published,
                "sentences": json.dumps(bounds),
            }
        )
    return pd.DataFrame(rows).astype("string")


def _entity(doc_id, eid, name, label, corpus_id, country=None, kind=None):
    geo = json.dumps({"kind": kind, "country": country}) if kind else None
    return {
        "doc_id": doc_id,
        "id": eid,
        "name": name,
        "label": label,
        "corpus_id": corpus_id,
        "country": country,
        "geo": geo,
    }


def _event(doc_id, eid, text, trigger, sentence, actors, how, value, corpus_event_id, **more):
    row = {
        "doc_id": doc_id,
        "position": int(eid[1:]) - 1,
        "id": eid,
        "text": text,
        "trigger_text": trigger,
        "trigger_lemma": trigger.rstrip("s"),
        "sentence": sentence,
        "actors": json.dumps([{"entity": a, "role": "agent"} for a in actors]),
        "time_value": value,
        "time_interval": None,
        "time_how": how,
        "caption": False,
        "place_name": None,
        "place_entity": None,
        "claimed_by": None,
        "corpus_event_id": corpus_event_id,
    }
    row.update(more)
    return row


def linked_tables() -> dict[str, pd.DataFrame]:
    """Hand-made tables with the columns :func:`fivews.linking.link_corpus` adds."""
    entities = pd.DataFrame(
        [
            _entity("a", "E1", "Zentor Motors", "ORG", "C1"),
            _entity("a", "E2", "Mara Holt", "PERSON", "C2"),
            _entity("a", "E3", "Ohio", "GPE", "C3", "US", "us_state"),
            _entity("b", "E1", "Zentor", "ORG", "C1"),
            _entity("b", "E2", "Holt", "PERSON", "C2"),
            _entity("b", "E3", "Brazil", "GPE", "C4", "BR", "country"),
            _entity("c", "E1", "Zentor Motors", "ORG", "C1"),
            _entity("c", "E2", "Texas", "GPE", "C5", "US", "us_state"),
        ]
    )
    events = pd.DataFrame(
        [
            _event(
                "a",
                "e1",
                "Zentor Motors cut 3,000 jobs on Monday in Ohio",
                "cut",
                0,
                ["E1"],
                "explicit",
                "2020-01-06",
                "X1",
                place_name="Ohio",
                place_entity="E3",
                claimed_by="c1",
            ),
            _event(
                "a",
                "e2",
                "the plant would close",
                "close",
                1,
                [],
                "publication",
                "2020-01-10",
                "X2",
                claimed_by="c1",
            ),
            _event(
                "b",
                "e1",
                "Zentor cut 3,500 jobs last week in Brazil",
                "cut",
                0,
                ["E1"],
                "explicit",
                "2020-W01",
                "X1",
                place_name="Brazil",
                place_entity="E3",
                claimed_by="c1",
            ),
            _event(
                "b",
                "e2",
                "Holt met unions on Friday",
                "met",
                1,
                ["E2"],
                "explicit",
                "2020-01-10",
                "X3",
            ),
            _event(
                "c",
                "e1",
                "Zentor Motors opened a plant in Texas",
                "opened",
                0,
                ["E1"],
                "publication",
                "2020-03-02",
                "X4",
            ),
        ]
    )
    claims = pd.DataFrame(
        [
            {
                "doc_id": "a",
                "id": "c1",
                "source_name": "Mara Holt",
                "source_group": "Mara Holt",
                "source_entity": "E2",
            },
            {
                "doc_id": "b",
                "id": "c1",
                "source_name": "analysts",
                "source_group": "analysts",
                "source_entity": None,
            },
        ]
    )
    corpus_entities = pd.DataFrame(
        [
            {
                "corpus_id": "C1",
                "name": "Zentor Motors",
                "label": "ORG",
                "aliases": ["Zentor"],
                "articles": 3,
                "mentions": 3,
            },
            {
                "corpus_id": "C2",
                "name": "Mara Holt",
                "label": "PERSON",
                "aliases": ["Holt"],
                "articles": 2,
                "mentions": 2,
            },
            {
                "corpus_id": "C3",
                "name": "Ohio",
                "label": "GPE",
                "aliases": [],
                "articles": 1,
                "mentions": 1,
            },
            {
                "corpus_id": "C4",
                "name": "Brazil",
                "label": "GPE",
                "aliases": [],
                "articles": 1,
                "mentions": 1,
            },
            {
                "corpus_id": "C5",
                "name": "Texas",
                "label": "GPE",
                "aliases": [],
                "articles": 1,
                "mentions": 1,
            },
        ]
    )
    corpus_events = pd.DataFrame(
        [
            {"corpus_event_id": x, "articles": n, "actors": actors}
            for x, n, actors in [
                ("X1", 2, ["C1"]),
                ("X2", 1, []),
                ("X3", 1, ["C2"]),
                ("X4", 1, ["C1"]),
            ]
        ]
    )
    return {
        "documents": _documents(),
        "entities": entities,
        "events": events,
        "claims": claims,
        "timexes": pd.DataFrame({"doc_id": pd.Series(dtype="string")}),
        "corpus_entities": corpus_entities,
        "corpus_events": corpus_events,
    }


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return linked_tables()


@pytest.fixture(scope="module")
def base_nlp():
    from fivews.nlp import load_base_model

    return load_base_model()


def test_unlinked_tables_raise_a_clear_error(tables):
    unlinked = dict(tables)
    unlinked["entities"] = tables["entities"].drop(columns="corpus_id")
    del unlinked["corpus_events"]
    with pytest.raises(NotLinkedError, match=r"entities\.corpus_id.*corpus_events.*--link"):
        actor_timeline(unlinked, "C1")


def test_entity_is_found_by_id_name_or_alias(tables):
    assert resolve_entity(tables, "C2") == "C2"
    assert resolve_entity(tables, "mara holt") == "C2"
    assert resolve_entity(tables, "Holt") == "C2"
    with pytest.raises(KeyError, match="Zentor Motors"):
        resolve_entity(tables, "Zentor Mot")


def test_event_reports_date_from_timex_or_publication_said_so(tables):
    reports = event_reports(tables).set_index(["doc_id", "event_id"])
    assert reports.loc[("a", "e1"), "date"] == "2020-01-06"
    assert reports.loc[("a", "e1"), "date_how"] == "time expression on the event"
    assert reports.loc[("c", "e1"), "date"] == "2020-03-02"
    assert reports.loc[("c", "e1"), "date_how"].startswith("publication date")
    assert reports.loc[("b", "e1"), "begin"] == "2019-12-30"  # ISO week 2020-W01
    assert reports.loc[("a", "e1"), "sentence"] == ARTICLES["a"][1][0]
    assert reports.loc[("b", "e1"), "source"] == "analysts"
    assert reports.loc[("a", "e1"), "actors"] == ["C1"]


def test_actor_timeline_is_in_time_order_one_row_per_event(tables):
    timeline = actor_timeline(tables, "Zentor")
    assert list(timeline["corpus_event_id"]) == ["X1", "X4"]
    first = timeline.iloc[0]
    assert first["articles"] == 2 and first["doc_ids"] == ["a", "b"]
    # the two articles date it differently: the earlier article's date, and said so
    assert first["date"] == "2020-01-06"
    assert first["date_how"].endswith("2 articles give 2 dates")
    assert timeline.iloc[1]["date_how"].startswith("publication date")
    assert timeline.attrs["actor"] == {"corpus_id": "C1", "name": "Zentor Motors"}
    person = actor_timeline(tables, "Mara Holt")
    assert list(person["trigger"]) == ["met"]


def test_most_reported_person(tables):
    assert most_reported(tables) == "C2"
    assert most_reported(tables, label=None) == "C1"
    assert most_reported(tables, label="NORP") is None


def test_disagreements_on_number_date_place_and_source(tables, base_nlp):
    found = disagreements(tables, nlp=base_nlp)
    assert found.attrs["events_compared"] == 1
    by_kind = {row["kind"]: row for row in found.to_dict("records")}
    assert set(by_kind) == {"number", "date", "place", "source"}
    number = by_kind["number"]
    assert (number["value_a"], number["value_b"]) == ("3,000 jobs", "3,500 jobs")
    assert (number["doc_id_a"], number["doc_id_b"]) == ("a", "b")
    assert "two events" in number["note"]  # the same pair is dated apart
    assert number["sentence_b"] == ARTICLES["b"][1][0]
    assert (by_kind["date"]["value_a"], by_kind["date"]["value_b"]) == ("2020-01-06", "2020-W01")
    assert (by_kind["place"]["value_a"], by_kind["place"]["value_b"]) == ("Ohio", "Brazil")
    # a source without a corpus id keeps its own name; the other reads as its entity
    assert (by_kind["source"]["value_a"], by_kind["source"]["value_b"]) == (
        "Mara Holt",
        "analysts",
    )
    side_by_side = shared_reports(tables)
    assert list(side_by_side["doc_id"]) == ["a", "b"]
    assert list(side_by_side["place"]) == ["Ohio", "Brazil"]
    counts = disagreement_counts(found).set_index("kind")
    assert counts.loc["number", "disagreements"] == 1


def test_agreeing_accounts_give_no_disagreement(tables, base_nlp):
    same = {k: v.copy() for k, v in tables.items()}
    events = same["events"]
    second = (events["doc_id"] == "b") & (events["id"] == "e1")
    events.loc[second, "text"] = "Zentor cut about 3,000 jobs on Monday in Ohio"
    events.loc[second, ["time_value", "place_name", "claimed_by"]] = ["2020-01-06", "Ohio", None]
    same["entities"].loc[
        (same["entities"]["doc_id"] == "b") & (same["entities"]["id"] == "E3"), "corpus_id"
    ] = "C3"
    assert disagreements(same, nlp=base_nlp).empty


def test_a_country_contains_its_places(tables, base_nlp):
    inside = {k: v.copy() for k, v in tables.items()}
    ents = inside["entities"]
    ents.loc[(ents["doc_id"] == "b") & (ents["id"] == "E3"), ["name", "country"]] = [
        "United States",
        "US",
    ]
    events = inside["events"]
    events.loc[(events["doc_id"] == "b") & (events["id"] == "e1"), "place_name"] = "United States"
    found = disagreements(inside, nlp=base_nlp)
    assert "place" not in set(found["kind"])


def test_only_in_one_keeps_followed_actors(tables):
    only = only_in_one(tables)
    assert set(zip(only["doc_id"], only["corpus_event_id"], strict=True)) == {
        ("b", "X3"),
        ("c", "X4"),
    }
    assert only.set_index("corpus_event_id").loc["X3", "actors"] == ["Mara Holt"]
    assert list(only_in_one(tables, who="Holt")["corpus_event_id"]) == ["X3"]
    assert only_in_one(tables, min_actor_articles=4).empty


def test_presence_matrix_counts_articles_per_month(tables):
    matrix = presence(tables, n=2)
    assert list(matrix.index) == ["Zentor Motors", "Mara Holt"]
    assert list(matrix.columns) == ["2020-01", "2020-03"]
    assert matrix.loc["Zentor Motors"].tolist() == [2, 1]
    assert matrix.loc["Mara Holt"].tolist() == [2, 0]
    assert matrix.attrs["articles_per_period"] == {"2020-01": 2, "2020-03": 1}
    by_year = presence(tables, n=2, period="year")
    assert by_year.loc["Zentor Motors"].tolist() == [3]
    with pytest.raises(ValueError, match="period"):
        presence(tables, period="week")


def test_numbers_agree_within_rounding_and_bounds():
    def q(text, value, unit="USD", bound=None):
        return {"text": text, "normalized_value": value, "normalized_unit": unit, "bound": bound}

    assert agree(q("$7.2bn", 7.2e9), q("$7.24 billion", 7.24e9))
    assert not agree(q("$7.2bn", 7.2e9), q("$7.4bn", 7.4e9))
    assert agree(q("more than 10,000", 10000, bound="lower"), q("12,000", 12000))
    assert agree(q("about 300", 300, bound="approx"), q("320", 320))
    assert agree(q("3.16%", 3.16, "percent"), q("-3.16%", -3.16, "percent"))
    assert not conflicting([q("$40 billion", 4e10)], [q("40 percent", 40, "percent")])


def test_real_sentences_numbers_read_by_the_claims_parser(base_nlp, root):
    """A real MEANTIME sentence (Wikinews, CC BY 2.5): the claims layer's parser reads
    "US$40 billion" as USD, and the same figure written another way agrees with it."""
    records = [
        json.loads(line)
        for line in (root / "notebooks/data/meantime/meantime.jsonl").read_text().splitlines()
    ]
    text = next(r["text"] for r in records if r["id"] == "meantime-100911")
    sentence = next(s for s in text.split("\n") if "US$40 billion" in s)
    from fivews.story.numbers import sentence_quantities

    (found,) = sentence_quantities([sentence], base_nlp)
    money = [q for q in found if q["normalized_unit"] == "USD"]
    assert money and money[0]["normalized_value"] == pytest.approx(4e10)
    restated = {**money[0], "text": "$40bn"}
    assert not conflicting([money[0]], [restated])


def test_figures_state_their_finding(tables, base_nlp):
    from fivews.plots.story import plot_actor_timeline, plot_disagreements, plot_presence
    from fivews.story import appearances

    fig = plot_presence(appearances(tables, 3))
    assert (
        fig.axes[0].get_title(loc="left") == "Zentor Motors is named in the most articles (3, 2020)"
    )
    timeline = actor_timeline(tables, "C1")
    fig = plot_actor_timeline(timeline, background_before="2020-01-08")
    assert fig._suptitle.get_text() == (
        "Zentor Motors: 2 events, 2020; 1 reported by more than one article"
    )
    assert len(fig.axes) == 2  # the event of 2020-01-06 is background
    fig = plot_disagreements(disagreement_counts(disagreements(tables, nlp=base_nlp)))
    assert fig.axes[0].get_title(loc="left").startswith("Most disagreements are about")
    empty = plot_actor_timeline(timeline.iloc[:0].copy())
    assert "no dated events" in empty._suptitle.get_text()


def test_real_articles_one_resignation_two_reports(tmp_path, root):
    """Two real MEANTIME articles (Wikinews, CC BY 2.5) on Steve Jobs, run and linked: his
    resignation "On August 24" is one event of his timeline, dated 2011-08-24 by a time
    expression and reported by both articles; his death "yesterday" in the article of
    2011-10-06 is dated 2011-10-05."""
    from fivews.corpus import read_corpus_tables, run_corpus
    from fivews.linking import link_corpus

    wanted = {"meantime-279494", "meantime-287096"}
    lines = (root / "notebooks/data/meantime/meantime.jsonl").read_text().splitlines()
    corpus = tmp_path / "two.jsonl"
    corpus.write_text("\n".join(line for line in lines if json.loads(line)["id"] in wanted) + "\n")
    run_corpus(corpus, tmp_path / "tables", progress=False)
    tables = link_corpus(read_corpus_tables(tmp_path / "tables", linked=False))
    timeline = actor_timeline(tables, "Steve Jobs")
    resigned = timeline[timeline["date"] == "2011-08-24"]
    assert len(resigned) == 1
    assert resigned.iloc[0]["articles"] == 2
    assert resigned.iloc[0]["date_how"] == "time expression on the event"
    assert "resigned" in resigned.iloc[0]["sentence"]
    died = timeline[timeline["text"].str.contains("died", na=False)]
    assert list(died["date"]) == ["2011-10-05"]
    assert list(timeline["begin"]) == sorted(timeline["begin"])
    # both articles date the resignation "On August 24": nothing to report
    assert disagreements(tables).empty


def test_empty_linked_corpus_gives_empty_tables(tables):
    empty = {name: frame.iloc[:0].copy() for name, frame in tables.items()}
    assert event_reports(empty).empty
    assert disagreements(empty).empty
    assert shared_reports(empty).empty
    assert only_in_one(empty).empty
    assert presence(empty).empty
    assert most_reported(empty) is None
    with pytest.raises(KeyError, match="no linked entity"):
        actor_timeline(empty, "anyone")
