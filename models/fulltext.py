"""Full-text search over actions' action, area-for-improvement and progress text.

SQLite: an FTS5 index (``actions_fts``) whose content is the ``actions``
table, kept in step by triggers. PostgreSQL: a GIN index on the weighted
``to_tsvector`` expression that ``search_sql`` matches with
``plainto_tsquery`` and ranks with ``ts_rank``. Both read the user's words the
same way (``search_terms``) so the two databases find the same lines.
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

FTS_TABLE = "actions_fts"
FTS_COLUMNS = ("action", "area_for_improvement", "progress")
# PostgreSQL's english stop words (tsearch_data/english.stop): SQLite drops
# them too, or "plans for the panel" would need "for" and "the" on SQLite only
STOP_WORDS = frozenset("""
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she
her hers herself it its itself they them their theirs themselves what which who whom this that
these those am is are was were be been being have has had having do does did doing a an the and
but if or because as until while of at by for with about against between into through during
before after above below to from up down in out on off over under again further then once here
there when where why how all any both each few more most other some such no nor not only own
same so than too very s t can will just don should now""".split())



def pg_vector(table: str = "a.") -> str:
    """The weighted tsvector of a line; the GIN index is on this same expression."""
    return " || ".join(f"setweight(to_tsvector('english', coalesce({table}{column}, '')), '{w}')"
                       for column, w in zip(FTS_COLUMNS, "ABC", strict=True))


def search_terms(query: str) -> list[str]:
    """The words of a user's query, lower-cased, stop words and punctuation gone."""
    return [w for w in re.findall(r"\w+", query.lower()) if w not in STOP_WORDS]


def match_value(dialect: str, terms: list[str]) -> str:
    """The bound value for the match: every term required, on both databases."""
    if dialect == "postgresql":
        return " ".join(terms)
    # quoted, so FTS5 reads words and never operators (AND, NEAR, column:)
    return " ".join(f'"{t}"' for t in terms)


def search_sql(dialect: str) -> str:
    """Latest-version actions matching :match (every term, in any of the fields).

    The databases only match, with their indexes; ``rank`` orders the hits, so
    SQLite and PostgreSQL print the same lines in the same order.
    """
    if dialect == "postgresql":
        return f"""
SELECT l.* FROM actions a
JOIN latest_actions l ON l.action_id = a.id
WHERE {pg_vector()} @@ plainto_tsquery('english', :match)"""
    return f"""
SELECT l.* FROM {FTS_TABLE}
JOIN latest_actions l ON l.action_id = {FTS_TABLE}.rowid
WHERE {FTS_TABLE} MATCH :match"""


def sqlite_triggers() -> dict[str, str]:
    cols = ", ".join(FTS_COLUMNS)
    new = ", ".join(f"new.{c}" for c in FTS_COLUMNS)
    old = ", ".join(f"old.{c}" for c in FTS_COLUMNS)
    remove = (f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) "
              f"VALUES ('delete', old.id, {old});")
    add = f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES (new.id, {new});"
    return {
        "actions_fts_insert": f"AFTER INSERT ON actions BEGIN {add} END",
        "actions_fts_delete": f"AFTER DELETE ON actions BEGIN {remove} END",
        "actions_fts_update": f"AFTER UPDATE ON actions BEGIN {remove} {add} END",
    }


def create_sqlite_fulltext(conn: Connection) -> None:
    """Create the index and its triggers where missing.

    The index is only known to be complete while all the triggers existed, so
    creating any of them (a new database, or a migration that rebuilt the
    actions table) also rebuilds the index from the table.
    """
    cols = ", ".join(FTS_COLUMNS)
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5({cols}, "
                      "content='actions', content_rowid='id', "
                      "tokenize='porter unicode61 remove_diacritics 2')"))
    present = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name = 'actions'")).scalars())
    missing = {name: body for name, body in sqlite_triggers().items() if name not in present}
    for name, body in missing.items():
        conn.execute(text(f"CREATE TRIGGER IF NOT EXISTS {name} {body}"))
    if missing:
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))


def create_fulltext(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_actions_fulltext ON actions "
                          f"USING gin (({pg_vector('')}))"))
    else:
        create_sqlite_fulltext(conn)
