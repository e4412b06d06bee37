"""fivews figures: one plain function per figure, each returning a matplotlib Figure.

Save them with :func:`save_figure` (deterministic PNG bytes). Every figure's default
title states what it shows; colours always have a legend. Grouped by concern:

* ``article``   — :func:`block_map`
* ``entities``  — :func:`salience_chart`, :func:`cooccurrence_matrix`, :func:`places_map`,
  :func:`mention_strip`
* ``timeline``  — :func:`event_timeline`, :func:`publication_window` (one style; which
  events they draw: ``selection.timeline_selection``)
* ``claims``    — :func:`plot_claims_by_source`, :func:`plot_source_network`,
  :func:`plot_contradictions`
* ``five_ws``   — :func:`events_map`, :func:`events_time_axis`
* ``corpus``    — :func:`plot_top_actors`, :func:`plot_top_sources`,
  :func:`plot_mentions_over_time`
* ``readable``  — :func:`readable_time`, :func:`readable_times` (TIMEX3 values in words)
"""

from fivews.plots._style import PALETTE, new_figure, save_figure
from fivews.plots.article import block_map
from fivews.plots.claims import plot_claims_by_source, plot_contradictions, plot_source_network
from fivews.plots.corpus import plot_mentions_over_time, plot_top_actors, plot_top_sources
from fivews.plots.entities import cooccurrence_matrix, mention_strip, places_map, salience_chart
from fivews.plots.five_ws import events_map, events_time_axis
from fivews.plots.readable import readable_time, readable_times
from fivews.plots.selection import timeline_selection
from fivews.plots.timeline import event_timeline, publication_window

__all__ = [
    "PALETTE",
    "block_map",
    "cooccurrence_matrix",
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
    "readable_time",
    "readable_times",
    "salience_chart",
    "save_figure",
    "timeline_selection",
]
