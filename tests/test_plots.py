"""Tests of the figures (fivews.plots) on small hand-made inputs: what each figure
draws, what it leaves out and says so, and that a rerun writes the same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from matplotlib.figure import Figure

from fivews import plots
from fivews.plots import claims as claim_plots
from fivews.plots import corpus as corpus_plots
from fivews.plots import entities as entity_plots
from fivews.plots import timeline as timeline_plots
from fivews.plots.selection import timeline_selection

#: Block offsets of a made-up article: headline, caption, paragraph, subhead, paragraph.
BLOCKS = [
    {"kind": "headline", "start": 0, "end": 40},
    {"kind": "caption", "start": 41, "end": 100},
    {"kind": "paragraph", "start": 101, "end": 300},
    {"kind": "subhead", "start": 301, "end": 330},
    {"kind": "paragraph", "start": 331, "end": 600},
]


def _event(eid: str, start: int, value: str, how: str, **extra: Any) -> dict[str, Any]:
    time = {"value": value, "how": how} | extra.pop("time", {})
    return {
        "id": eid,
        "start": start,
        "end": start + 10,
        "text": f"event {eid} happened",
        "trigger": {"text": "happened"},
        "event_type": extra.pop("event_type", "Battles"),
        "time": time,
        **extra,
    }


EVENTS = [
    _event("e1", 50, "2024-03-01", "explicit"),  # in the caption
    _event("e2", 120, "2024-03-05", "explicit"),
    _event("e3", 310, "2024-03-05", "inherited", time={"from_event": "e2"}),  # sub-head repeat
    _event("e4", 350, "2024-03-06", "publication"),  # no date of its own
    _event(
        "e5",
        400,
        "P2W",
        "explicit",
        time={"interval": ["2024-02-22", "2024-03-06"]},
        event_type="Other",
    ),
    _event("e6", 450, "2015", "explicit"),
    _event("e7", 500, "", "explicit"),  # undated
]


def test_selection_leaves_out_captions_repeats_and_undated() -> None:
    table = timeline_selection(EVENTS, BLOCKS).set_index("id")
    assert table.loc["e1", "left_out"] == "photo caption"
    assert table.loc["e3", "left_out"] == "repeats e2"
    assert table.loc["e7", "left_out"] == "no date"
    assert table.loc["e4", "shown"] and table.loc["e4", "fallback"]
    assert set(table.index[table["shown"]]) == {"e2", "e4", "e5", "e6"}


def test_selection_reads_the_events_own_flags() -> None:
    flagged = [
        _event("a", 120, "2024-03-05", "explicit", caption=True),
        _event("b", 130, "2024-03-05", "explicit", also_in=["c"]),
        _event("c", 310, "2024-03-05", "explicit"),
    ]
    table = timeline_selection(flagged, BLOCKS).set_index("id")
    assert table.loc["a", "left_out"] == "photo caption"
    assert table.loc["c", "left_out"] == "repeats b"  # the sub-head telling goes
    assert table.loc["b", "shown"]


def test_timeline_draws_fallback_events_before_publication() -> None:
    fig = timeline_plots.event_timeline(EVENTS, [], "2024-03-06", blocks=BLOCKS)
    labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
    assert not any("e1 " in label or "e3 " in label for label in labels)
    assert len(fig.axes) == 2  # 2015 is background: the axis is broken
    pub_end = pd.Timestamp("2024-03-07")
    arrows = [a for ax in fig.axes for a in ax.texts if getattr(a, "arrow_patch", None) is not None]
    assert len(arrows) == 1  # e4, the one event without a date
    head, tail = (pd.Timestamp(x) for x in (arrows[0].xy[0], arrows[0].xyann[0]))
    assert tail == pub_end and head < tail  # drawn from the end of publication day, backwards
    texts = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "on or before publication" in texts


def test_publication_window_counts_only_events_dated_to_the_day() -> None:
    fig = timeline_plots.publication_window(EVENTS, [], "2024-03-06", blocks=BLOCKS, days=10)
    ax = fig.axes[0]
    heights = [p.get_height() for p in ax.patches if p.get_width() == pytest.approx(0.7)]
    assert sum(heights) == 1  # e2 only: the interval and the fallback event are not counted
    assert "not counted: 1 event" in " ".join(t.get_text() for t in ax.texts)
    assert "busiest day" in ax.get_title(loc="left")


ENTITIES = [
    {
        "id": "E1",
        "name": "Deir el-Zour",
        "label": "GPE",
        "salience": 1.0,
        "mentions": [{"sentence": 0}, {"sentence": 1}, {"sentence": 2}],
        "lat": 35.34,
        "lon": 40.14,
        "country": "SY",
        "geo_confidence": 1.0,
    },
    {
        "id": "E2",
        "name": "Raqqa",
        "label": "GPE",
        "salience": 1.0,
        "mentions": [{"sentence": 0}, {"sentence": 2}, {"sentence": 3}, {"sentence": 4}],
        "lat": 35.95,
        "lon": 39.01,
        "country": "SY",
        "geo_confidence": 1.0,
    },
    {
        "id": "E3",
        "name": "Moscow",
        "label": "GPE",
        "salience": 0.4,
        "mentions": [{"sentence": 1}],
        "lat": 55.75,
        "lon": 37.62,
        "country": "RU",
        "geo_confidence": 1.0,
    },
    {
        "id": "E4",
        "name": "Euphrates River",
        "label": "LOC",
        "salience": 0.3,
        "mentions": [{"sentence": 2}],
        "lat": 34.5,
        "lon": 41.0,
        "geo_confidence": 0.6,
    },
    {
        "id": "E5",
        "name": "Syria",
        "label": "GPE",
        "salience": 0.8,
        "mentions": [{"sentence": 0}, {"sentence": 3}],
        "lat": 35.0,
        "lon": 38.5,
        "country": "SY",
        "geo_confidence": 1.0,
    },
    {
        "id": "E6",
        "name": "Old City",
        "label": "LOC",
        "salience": 0.1,
        "mentions": [{"sentence": 4}],
    },
    {
        "id": "E7",
        "name": "Islamic State",
        "label": "ORG",
        "salience": 0.5,
        "mentions": [{"sentence": 0}],
    },
]


def test_map_follows_the_main_region_and_lists_the_rest() -> None:
    groups = entity_plots.place_groups(ENTITIES)
    assert groups["anchor"]["name"] == "Raqqa"  # equal salience: more mentions
    assert {e["name"] for e in groups["near"]} == {"Deir el-Zour", "Raqqa", "Euphrates River"}
    assert [e["name"] for e, _ in groups["far"]] == ["Moscow"]
    assert [e["name"] for e in groups["countries"]] == ["Syria"]
    assert [e["name"] for e in groups["unlocated"]] == ["Old City"]
    fig = entity_plots.places_map(ENTITIES)
    ax = fig.axes[0]
    text = " ".join(t.get_text() for t in ax.texts + fig.texts)
    assert "Moscow" in text and "Old City" in text  # listed, not dropped
    assert "Euphrates River (approx.)" in text
    assert "Crimea" in text and "disputed" in text  # the border convention
    x0, x1 = ax.get_xlim()
    assert x1 - x0 < 20  # the battlefield, not Moscow, sets the extent


def test_map_labels_do_not_overlap() -> None:
    fig = entity_plots.places_map(ENTITIES)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    ax = fig.axes[0]
    names = [
        t
        for t in ax.texts
        if t.get_text() in {"Deir el-Zour", "Raqqa", "Euphrates River (approx.)"}
    ]
    boxes = [t.get_window_extent(renderer) for t in names]
    assert len(boxes) == 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)


def test_salience_chart_is_honest() -> None:
    fig = entity_plots.salience_chart(ENTITIES, top=4)
    ax = fig.axes[0]
    assert ax.get_xlim() == (0.0, 1.0)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[:2] == ["Raqqa", "Deir el-Zour"]  # tie at 1.0 broken by mentions
    assert "3 less salient entities not shown" in ax.get_xlabel()
    assert "share the top salience" in ax.get_title(loc="left")


def test_cooccurrence_matrix_counts_shared_sentences() -> None:
    fig = entity_plots.cooccurrence_matrix(ENTITIES, top=5)
    title = fig.axes[0].get_title(loc="left")
    assert "Deir el-Zour" in title and "Raqqa" in title and "(2 sentences)" in title
    assert entity_plots.cooccurrences(ENTITIES)[("E1", "E2")] == 2


CLAIMS = [
    {
        "id": "c1",
        "source": {"text": "the ministry", "name": "Defense ministry"},
        "cue": "said",
        "stance": "neutral",
        "content": {"text": "troops advanced on the city"},
        "date": {"text": "Thursday"},
        "about": [{"name": "Raqqa"}],
        "contested_by": ["c2"],
        "contradiction_reasons": {"c2": ["incompatible states"]},
    },
    {
        "id": "c2",
        "source": {"text": "rebels", "name": None},
        "cue": "denied",
        "stance": "denial",
        "content": {"text": "troops advanced"},
        "date": {},
        "about": [],
        "contested_by": ["c1"],
        "contradiction_reasons": {"c1": ["incompatible states"]},
    },
]


def test_source_network_keeps_every_source() -> None:
    fig = claim_plots.plot_source_network(CLAIMS)
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("rebels (1)") and "name no one else" in t for t in texts)
    legends = [c for c in ax.get_children() if c.__class__.__name__ == "Legend"]
    assert len(legends) == 2  # nodes and stances have their own legends


def test_contradiction_arrow_touches_both_boxes() -> None:
    fig = claim_plots.plot_contradictions(CLAIMS)
    ax = fig.axes[0]
    arrows = [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(arrows) == 1
    boxes = sorted(p.get_x() for p in ax.patches)
    widths = {round(p.get_x(), 2): p.get_width() for p in ax.patches}
    left_edge = boxes[0] + widths[round(boxes[0], 2)]
    assert arrows[0].xyann[0] == pytest.approx(left_edge)
    assert arrows[0].xy[0] == pytest.approx(boxes[1])


def test_source_shares_group_spellings_and_type_documents() -> None:
    claims = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "c"],
            "source_name": ["Critics", "critics", "The report", "Jane Doe", "Jane Doe"],
            "source_text": ["Critics", "critics", "A report", "Jane Doe", "Ms. Doe"],
            "source_kind": ["description", "description", "description", "named", "named"],
        }
    )
    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "d"]})
    shares = corpus_plots.source_shares({"claims": claims, "documents": documents})
    table = shares.set_index("source")
    assert table.loc["Critics", "claims"] == 2 and table.loc["Critics", "type"] == "unnamed"
    assert table.loc["Report", "type"] == "document"
    assert table.loc["Jane Doe", "share"] == pytest.approx(0.4)
    assert table.loc["Jane Doe", "article_share"] == pytest.approx(0.5)
    fig = corpus_plots.plot_top_sources(shares)
    assert "share of all claims" in fig.axes[0].get_xlabel()


def test_readable_times_column() -> None:
    table = pd.DataFrame(
        {"value": ["2017-09-21", "P2W", None], "mod": [None, None, None], "type": ["DATE"] * 3}
    )
    assert list(plots.readable_times(table)) == ["Thu 21 Sep 2017", "2 weeks", ""]


@pytest.mark.parametrize(
    "draw",
    [
        lambda: timeline_plots.event_timeline(EVENTS, [], "2024-03-06", blocks=BLOCKS),
        lambda: entity_plots.places_map(ENTITIES),
        lambda: claim_plots.plot_contradictions(CLAIMS),
    ],
)
def test_figures_are_byte_identical_on_a_rerun(draw: Any, tmp_path: Path) -> None:
    first = plots.save_figure(draw(), tmp_path / "a.png").read_bytes()
    second = plots.save_figure(draw(), tmp_path / "b.png").read_bytes()
    assert first == second


def test_empty_inputs_give_a_figure() -> None:
    for fig in (
        timeline_plots.event_timeline([], []),
        timeline_plots.publication_window([], []),
        entity_plots.places_map([]),
        entity_plots.salience_chart([]),
        entity_plots.cooccurrence_matrix([]),
        claim_plots.plot_source_network([]),
        claim_plots.plot_contradictions([]),
    ):
        assert isinstance(fig, Figure)


def test_map_reads_the_places_geo_record() -> None:
    from fivews.plots import _maps

    state = {
        "name": "Kunduz",
        "lat": 36.7,
        "lon": 68.9,
        "geo": {"kind": "admin1", "extent": "region"},
    }
    town = {"name": "Kunduz", "lat": 36.7, "lon": 68.9, "geo": {"kind": "city", "extent": "point"}}
    guess = {
        "name": "Springfield",
        "lat": 39.8,
        "lon": -89.6,
        "geo": {"kind": "city", "uncertain": True},
    }
    iranian = {
        "name": "Iranian",
        "label": "NORP",
        "country": "IR",
        "lat": 32.0,
        "lon": 53.0,
        "geo": {"kind": "country", "name": "Iran", "via": "demonym", "extent": "region"},
    }
    assert _maps.is_approximate(state) and _maps.is_approximate(guess)
    assert not _maps.is_approximate(town)
    assert _maps.is_country(iranian) and _maps.place_name(iranian) == "Iran"
    fig = entity_plots.places_map([*ENTITIES, iranian])
    text = " ".join(t.get_text() for t in fig.axes[0].texts)
    assert "Iran" in text and "Iranian" not in text
