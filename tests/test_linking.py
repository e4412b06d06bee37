"""Linking across articles: name keys, the incremental entity and event linkers, imperfect
corpus tables, and ``fivews analyze CORPUS.jsonl --link`` on six real MEANTIME articles."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from fivews.cli import main
from fivews.corpus import read_corpus_tables
from fivews.errors import LinkWarning
from fivews.linking import (
    EntityLinker,
    EntityRecord,
    EventRecord,
    Linker,
    compatible,
    entity_keys,
    link_corpus,
    org_key,
)

MEANTIME = (
    Path(__file__).resolve().parents[1] / "notebooks" / "data" / "meantime" / "meantime.jsonl"
)
#: Six short Apple articles (2005-2011) that all name Steve Jobs, two of them Apple Corps.
MINI_IDS = (
    "meantime-23468",
    "meantime-23973",
    "meantime-40203",
    "meantime-60083",
    "meantime-107785",
    "meantime-279494",
)


def _entities(rows: list[tuple[str, str, str, list[str]]]) -> pd.DataFrame:
    """An entities table from ``(doc_id, name, label, aliases)`` rows."""
    out = []
    positions: dict[str, int] = {}
    for doc_id, name, label, aliases in rows:
        pos = positions.get(doc_id, 0)
        positions[doc_id] = pos + 1
        out.append(
            {
                "doc_id": doc_id,
                "position": pos,
                "id": f"E{pos + 1}",
                "name": name,
                "label": label,
                "aliases": json.dumps(aliases),
                "mentions": json.dumps([{"text": name}]),
            }
        )
    return pd.DataFrame(out)


def _tables(entities: pd.DataFrame, published: dict[str, str | None], events=None):
    docs = pd.DataFrame({"doc_id": list(published), "published_value": list(published.values())})
    return {
        "documents": docs,
        "entities": entities,
        "events": events if events is not None else pd.DataFrame({"doc_id": []}),
    }


def _ids(linked: dict[str, pd.DataFrame]) -> dict[tuple[str, str], str]:
    ents = linked["entities"]
    return dict(zip(zip(ents["doc_id"], ents["name"], strict=True), ents["corpus_id"], strict=True))


def test_keys_strip_legal_forms_titles_and_possessives() -> None:
    assert org_key("Apple Inc.") == org_key("Apple") == "apple"
    assert org_key("General Motors Corp.") == "general motors"
    assert org_key("The Boeing Co.") == "boeing"
    assert ("PERSON", "steve jobs") in entity_keys("CEO Steve Jobs", "PERSON").strong
    assert ("PERSON", "steve jobs") in entity_keys("Steve Jobs's", "PERSON").strong
    assert entity_keys("Jobs", "PERSON").lone_surname == "jobs"
    assert entity_keys("the government", "ORG").strong == ()
    assert not compatible("PERSON", "ORG", via="ALIAS")
    assert compatible("ORG", "NORP", via="ALIAS") and not compatible("ORG", "NORP")


def test_same_entity_across_articles_under_its_variants() -> None:
    ents = _entities(
        [
            ("a", "Steve Jobs", "PERSON", []),
            ("a", "Apple Inc.", "ORG", []),
            ("a", "United States", "GPE", ["US"]),
            ("a", "General Motors Corp.", "ORG", []),
            ("b", "Jobs", "PERSON", []),
            ("b", "Apple", "ORG", []),
            ("b", "U.S.", "GPE", []),
            ("b", "GM", "ORG", []),
            ("c", "Apple", "PERSON", []),  # a person called Apple is not the company
            ("c", "America", "GPE", []),
        ]
    )
    linked = link_corpus(_tables(ents, {"a": "2007-01-09", "b": "2007-01-10", "c": None}))
    ids = _ids(linked)
    assert ids[("a", "Steve Jobs")] == ids[("b", "Jobs")]
    assert ids[("a", "Apple Inc.")] == ids[("b", "Apple")] != ids[("c", "Apple")]
    assert ids[("a", "United States")] == ids[("b", "U.S.")] == ids[("c", "America")]
    assert ids[("a", "General Motors Corp.")] == ids[("b", "GM")]
    corpus = linked["corpus_entities"].set_index("corpus_id")
    jobs = corpus.loc[ids[("a", "Steve Jobs")]]
    assert (jobs["name"], jobs["label"], jobs["articles"]) == ("Steve Jobs", "PERSON", 2)
    assert jobs["aliases"] == ["Jobs"]
    assert (jobs["first_seen"], jobs["last_seen"]) == ("2007-01-09", "2007-01-10")
    assert list(linked["corpus_entities"].columns) == [
        "corpus_id", "name", "label", "aliases", "articles", "mentions", "first_seen", "last_seen",
    ]  # fmt: skip


def test_ambiguous_surname_stays_apart_and_late_full_name_joins() -> None:
    linker = EntityLinker()
    bush_g = linker.add([EntityRecord("George Bush", "PERSON")], "a", None)[0]
    bush_l = linker.add([EntityRecord("Laura Bush", "PERSON")], "b", None)[0]
    lone = linker.add([EntityRecord("Bush", "PERSON")], "c", None)[0]
    assert len({linker.find(i) for i in (bush_g, bush_l, lone)}) == 3
    # a surname seen first joins the full name that arrives later, when unambiguous
    early = linker.add([EntityRecord("Akerson", "PERSON")], "d", None)[0]
    late = linker.add([EntityRecord("Daniel Akerson", "PERSON")], "e", None)[0]
    assert linker.find(early) == linker.find(late)


def test_event_reported_by_two_articles_gets_one_id() -> None:
    ents = _entities(
        [("a", "Boeing", "ORG", []), ("b", "Boeing Co.", "ORG", []), ("c", "Boeing", "ORG", [])]
    )
    events = pd.DataFrame(
        {
            "doc_id": ["a", "b", "b", "c"],
            "position": [0, 0, 1, 0],
            "text": ["Boeing won the contract", "Boeing wins tanker deal", "x", "Boeing won"],
            "trigger_lemma": ["win", "win", "say", "win"],
            "sub_event_type": ["Other"] * 4,
            "actors": [json.dumps([{"entity": "E1"}])] * 2 + ["[]", json.dumps([{"entity": "E1"}])],
            "time_value": ["2008-02-29", None, None, "2008-06-01"],
            "time_how": ["explicit", "publication", "publication", "explicit"],
        }
    )
    linked = link_corpus(
        _tables(ents, {"a": "2008-03-01", "b": "2008-03-02", "c": "2008-06-02"}, events)
    )
    ids = linked["events"]["corpus_event_id"].tolist()
    # same kind, same actor; the second report is dated only by its publication, a day
    # after the first report's own date
    assert ids[0] == ids[1]
    assert len(set(ids)) == 3  # the unrelated event and the one months later stay apart
    shared = linked["corpus_events"].set_index("corpus_event_id").loc[ids[0]]
    assert shared["doc_ids"] == ["a", "b"] and shared["articles"] == 2
    assert shared["first_date"] == "2008-02-29"


def test_event_synonyms_and_own_dates() -> None:
    """'fell' and 'dropped' report one fall; two reports that date their events
    themselves on different days are two events."""
    linker = Linker()
    index = EntityRecord("Nasdaq", "ORG")
    fell = EventRecord("The Nasdaq fell 3%", "fall", actors=("E1",), date="2008-10-06", dated=True)
    dropped = dataclasses.replace(fell, text="The Nasdaq dropped", lemma="drop")
    next_day = dataclasses.replace(fell, date="2008-10-07")
    a = linker.add_article("a", "2008-10-06", [("E1", index)], [fell]).events[0]
    b = linker.add_article("b", "2008-10-07", [("E1", index)], [dropped]).events[0]
    c = linker.add_article("c", "2008-10-07", [("E1", index)], [next_day]).events[0]
    assert a == b != c
    # "eight years ago" (2000) told in an article of 2008 is not the fall of that day
    old = dataclasses.replace(fell, date=None, dated=False, period="2000")
    d = linker.add_article("d", "2008-10-06", [("E1", index)], [old]).events[0]
    assert d not in (a, c)


def test_bad_rows_are_reported_and_the_rest_linked() -> None:
    ents = _entities(
        [
            ("a", "Airbus", "ORG", []),
            ("a", "Toulouse", "GPE", []),
            ("a", "Airbus", "ORG", []),  # the same id twice: both rows are kept
            ("b", "Airbus SAS", "ORG", []),
            ("b", "Broken", "ORG", []),
        ]
    )
    ents.loc[4, "name"] = None
    ents.loc[1, "aliases"] = "{not json"
    tables = _tables(ents, {"a": None, "a2": "2005-01-18", "b": "2005-01-19"})
    tables["documents"].loc[1, "doc_id"] = "a"  # a duplicate document id
    with pytest.warns(
        LinkWarning, match="2 rows not linked: .*aliases are not a JSON list.*no name"
    ):
        linked = link_corpus(tables)
    ids = linked["entities"]["corpus_id"]
    assert ids.isna().tolist() == [False, True, False, False, True]
    assert ids[0] == ids[2] == ids[3]
    airbus = linked["corpus_entities"].set_index("corpus_id").loc[ids[0]]
    assert airbus["first_seen"] == "2005-01-18" and airbus["articles"] == 2


def test_link_corpus_without_rows() -> None:
    linked = link_corpus(_tables(_entities([]), {}))
    assert linked["corpus_entities"].empty and linked["corpus_events"].empty


def test_link_needs_a_corpus(tmp_path: Path, capsys) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Apple said on Monday it would sell phones.", encoding="utf-8")
    assert main(["analyze", str(article), "--link"]) == 2
    assert "--link links the articles of a corpus" in capsys.readouterr().err


@pytest.fixture(scope="module")
def mini_run(tmp_path_factory, nlp):
    """Six MEANTIME articles, a broken line and a repeated id, through the CLI with --link."""
    records = {}
    with MEANTIME.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in MINI_IDS:
                records[record["id"]] = record
    lines = [json.dumps(records[i]) for i in MINI_IDS]
    lines.insert(2, "{broken")
    lines.append(json.dumps({**records[MINI_IDS[0]], "text": "A repeated id."}))
    root = tmp_path_factory.mktemp("link")
    source = root / "mini.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / "out"
    code = main(["analyze", str(source), "--link", "--out", str(out), "--format", "parquet"])
    return code, out


def test_cli_links_a_real_mini_corpus(mini_run) -> None:
    code, out = mini_run
    assert code == 1  # the broken line is reported; everything else is linked
    tables = read_corpus_tables(out)
    ents, events = tables["entities"], tables["events"]
    assert set(ents["doc_id"]) == set(MINI_IDS)
    assert ents["corpus_id"].notna().all() and events["corpus_event_id"].notna().all()
    jobs = ents[ents["name"] == "Steve Jobs"]
    assert len(jobs) == len(MINI_IDS) and jobs["corpus_id"].nunique() == 1
    apple = set(ents.loc[ents["name"].isin(["Apple Inc.", "Apple Computer"]), "corpus_id"])
    corps = set(ents.loc[ents["name"] == "Apple Corps", "corpus_id"])
    assert len(corps) == 1 and not corps & apple
    corpus = tables["corpus_entities"].set_index("corpus_id")
    assert corpus.loc[jobs["corpus_id"].iloc[0], "articles"] == len(MINI_IDS)
    assert set(tables["corpus_events"]["corpus_event_id"]) == set(events["corpus_event_id"])


def test_linked_tables_survive_reading_without_links(mini_run) -> None:
    _, out = mini_run
    plain = read_corpus_tables(out, linked=False)
    assert "corpus_id" not in plain["entities"] and "corpus_entities" not in plain
    # a repeated linking pass gives the same ids
    first = read_corpus_tables(out)["entities"]["corpus_id"].tolist()
    again = link_corpus(plain)["entities"]["corpus_id"].tolist()
    assert first == again


def test_linker_is_incremental() -> None:
    linker = Linker()
    for i in range(50):
        linker.add_article(f"d{i}", "2008-01-01", [("E1", EntityRecord("Airbus", "ORG"))])
    assert len(linker.entity_linker) == 1
    assert linker.tables()["corpus_entities"]["articles"].tolist() == [50]


def test_dask_engine_links_the_same(mini_run, tmp_path: Path) -> None:
    """--link after a Dask run gives the same corpus ids as after the local run."""
    pytest.importorskip("distributed")
    _, local_out = mini_run
    source = local_out.parent / "mini.jsonl"
    out = tmp_path / "dask"
    argv = ["analyze", str(source), "--link", "--out", str(out), "--format", "parquet"]
    assert main([*argv, "--engine", "dask", "--blocksize", "4000"]) == 1
    dask_ents = read_corpus_tables(out)["entities"]
    local_ents = read_corpus_tables(local_out)["entities"]
    key = ["doc_id", "position"]
    merged = dask_ents.merge(local_ents, on=key, suffixes=("_dask", "_local"))
    assert len(merged) == len(local_ents)
    assert (merged["corpus_id_dask"] == merged["corpus_id_local"]).all()


def test_links_older_than_the_tables_are_flagged(mini_run, tmp_path: Path) -> None:
    """A part finished after linking: the links are still joined (its rows have no id)
    and a LinkWarning says to link again."""
    _, out = mini_run
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with (copy / "_ledger.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"part": "part-r009-000000", "ids": [], "failed": []}) + "\n")
    with pytest.warns(LinkWarning, match="run with --link again"):
        tables = read_corpus_tables(copy)
    assert tables["entities"]["corpus_id"].notna().all()
