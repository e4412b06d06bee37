"""fivews figures: one plain function per figure, each returning a matplotlib Figure.

Save them with :func:`save_figure` (deterministic PNG bytes). Grouped by concern:

* ``article``  — :func:`block_map`, :func:`sentences_per_paragraph`
* ``entities`` — :func:`salience_chart`, :func:`cooccurrence_network`, :func:`places_map`,
  :func:`mention_strip`
* ``timeline`` — :func:`event_timeline`, :func:`publication_window`
* ``claims``   — :func:`plot_claims_by_source`, :func:`plot_source_network`,
  :func:`plot_contradictions`
* ``five_ws``  — :func:`events_map`, :func:`events_time_axis`
* ``corpus``   — :func:`plot_top_actors`, :func:`plot_top_sources`, :func:`plot_mentions_over_time`
"""

from fivews.plots._style import PALETTE, new_figure, save_figure
from fivews.plots.article import block_map, sentences_per_paragraph
from fivews.plots.claims import plot_claims_by_source, plot_contradictions, plot_source_network
from fivews.plots.corpus import plot_mentions_over_time, plot_top_actors, plot_top_sources
from fivews.plots.entities import cooccurrence_network, mention_strip, places_map, salience_chart
from fivews.plots.five_ws import events_map, events_time_axis
from fivews.plots.timeline import event_timeline, publication_window

__all__ = [
    "PALETTE",
    "block_map",
    "cooccurrence_network",
    "event_timeline",
    "events_map",
    "events_time_axis",
    "mention_strip",
    "new_figure",
    "places_map",
    "plot_claims_by_source",
    "plot_contradictions",
    "plot_mentions_over_time",
    "plot_source_network",
    "plot_top_actors",
    "plot_top_sources",
    "publication_window",
    "salience_chart",
    "save_figure",
    "sentences_per_paragraph",
]
