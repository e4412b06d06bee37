"""What a corpus run writes where in ``out_dir``: the tables, the columns that key their
rows, the ledger, the lock and the temporary-file suffix.

Layout of ``out_dir``::

    documents/part-r001-000000.parquet   one file per layer per finished batch
    entities/part-r001-000000.parquet    (r001 = run number; Dask parts add -pNNNNN)
    ...
    _ledger.jsonl                        one line per finished part: its name, the ids
                                         it holds and the records that failed
    _lock                                locked while a run writes (one run at a time)
    linked/entity_links.parquet          with ``--link``: doc_id, position, corpus_id
    linked/event_links.parquet           doc_id, position, corpus_event_id
    linked/corpus_entities.parquet       one row per real-world entity (fivews.linking)
    linked/corpus_events.parquet         one row per real-world event
    linked/_parts.json                   the ledger parts the links were made from
"""

#: The tables written, in order.
TABLES: tuple[str, ...] = ("documents", "entities", "timexes", "events", "claims")
#: Layers of the JSON output that become item tables (one row per item).
ITEM_LAYERS: tuple[str, ...] = ("entities", "timexes", "events", "claims")
#: Columns that key every row.
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    **{layer: ("doc_id", "position") for layer in ITEM_LAYERS},
}
#: Name of the ledger of finished parts inside ``out_dir``.
LEDGER_NAME = "_ledger.jsonl"
#: Lock file inside ``out_dir`` held while a run writes there.
LOCK_NAME = "_lock"
#: Folder of the linked tables (``--link``) inside ``out_dir``.
LINK_DIR = "linked"
#: The linked tables: two link tables joined into ``entities``/``events`` on read, and
#: two corpus-level tables.
LINK_TABLES: tuple[str, ...] = ("entity_links", "event_links", "corpus_entities", "corpus_events")
#: Which ledger parts the linked tables were made from (stale when the ledger has more).
LINK_PARTS_NAME = "_parts.json"
#: Suffix of files being written (removed on restart if left behind).
TMP_SUFFIX = ".tmp"
