"""People and accounts in the columns of a table pasted into a case: a register, an incident
log, a staff list, a form's responses (cells split by tabs or by " | ").

A column is about people where its heading says so ("Name", "Pupil", "Surname", "Staff",
"Logged by") or where most of its cells are names found whole by the other recognisers; each
of its cells shaped like a name is then a name too ("Will Summers", "Cosgrove", "SHW"), so a
row the recognisers half read is redacted like its neighbours. A column headed for logins or
handles ("Reporter login", "Username") holds usernames. Pure: no Django.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from casebook.redaction.core import Entity
from casebook.redaction.lexicon import lexicon, word_set
from casebook.redaction.names import TITLES

# A cell's separator: a tab, or a pipe with a space either side ("Name | Role").
SEPARATOR_RE = re.compile(r"\t|[ \t]+\|[ \t]+|[ \t]+\|$|^\|[ \t]+")
# Rows of one table: this many at least (a heading and two rows).
MIN_ROWS = 3
# A heading for people: "Name", "Name (optional)", "Pupil", "Surname", "Staff", "Logged by";
# not one for a school's, a platform's or a group's name ("Name of school", "Group name").
PERSON_HEADING_RE = re.compile(
    r"(?i:\b(?:names?|pupils?|students?|child(?:ren)?|learners?|young[ \t]+person|surnames?|"
    r"forenames?|first[ \t]+names?|last[ \t]+names?|staff|teachers?|initials|reporter|"
    r"(?:logged|recorded|reported|actioned|completed)[ \t]+by|parents?|carers?|victims?)\b)"
)
NOT_PERSON_HEADING_RE = re.compile(
    r"(?i:\b(?:school|setting|platform|app|group|account|page|server|channel|game|file|"
    r"document|role|contact|email|phone|login|username|handle|about)\b)"
)
# A table's heading row holds two of these words or more, each a cell: "Date", "Name",
# "Platform", "Action"; a name found in such a cell is dropped.
HEADING_WORD_RE = re.compile(
    r"(?i:date|time|timestamp|name|pupil|student|surname|forename|platform|app|action|"
    r"actions|outcome|notes?|comments?|role|year|form|class|tutor[ \t]+group|staff|summary|"
    r"issue|report#?|reporter[ \t]+login|about|text|row|no\.?|#|mark|contact|email|phone|"
    r"direct[ \t]+line|mobile|group|incident|type|status|answer)"
)
# A heading for accounts: "Reporter login", "Username", "Gamertag", "Handle".
USERNAME_HEADING_RE = re.compile(
    r"(?i:\b(?:login|log-in|username|user[ \t]+name|user[ \t]?id|gamertag|handle)s?\b)"
)
# A cell shaped like a name: one to four words with capitals or a listed name in lower case,
# initials ("SHW", "J.P."), a surname before a forename ("Owusu, Kofi"), no digits.
NAME_CELL_RE = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[a-z][\w'’\-]*)(?:,?[ \t]+(?:[A-Z][\w'’\-]*\.?|[a-z][\w'’\-]*)){0,3}"
)
INITIALS_CELL_RE = re.compile(r"[A-Z]{2,3}")
ACCOUNT_CELL_RE = re.compile(r"@?[\w.\-]{3,40}")
# Cells that name no one: "(blank)", "n/a", "-", "Unknown", "Anonymous".
EMPTY_CELLS = word_set(
    "- -- — n/a na none nil unknown anon anonymous withheld blank (blank) tbc ? x y n yes no"
)


class Cell(NamedTuple):
    """One cell of a table row: text[start:end], spaces trimmed."""

    start: int
    end: int


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells = []
    at = start
    for m in SEPARATOR_RE.finditer(text, start, end):
        cells.append(_trimmed(text, at, m.start()))
        at = m.end()
    cells.append(_trimmed(text, at, end))
    return cells


def _trimmed(text: str, start: int, end: int) -> Cell:
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t":
        end -= 1
    return Cell(start, end)


def _tables(text: str) -> list[list[list[Cell]]]:
    """Runs of MIN_ROWS lines or more with the same number of cells (two or more), each a
    list of rows of cells, the heading row first."""
    tables: list[list[list[Cell]]] = []
    run: list[list[Cell]] = []
    at = 0
    for line in text.split("\n"):
        end = at + len(line)
        cells = _cells(text, at, end) if ("\t" in line or " | " in line) else []
        if len(cells) >= 2 and run and len(cells) == len(run[0]):
            run.append(cells)
        else:
            if len(run) >= MIN_ROWS:
                tables.append(run)
            run = [cells] if len(cells) >= 2 else []
        at = end + 1
    if len(run) >= MIN_ROWS:
        tables.append(run)
    return tables


def _covered(found: list[Entity], start: int, end: int, kind: str = "PERSON") -> bool:
    return any(e.type == kind and e.start <= start and end <= e.end for e in found)


# Titles a cell's name may open with, which stay: "Maulana Imran Qureshi", "Sister Rabia
# Anwar", "Mr Quayle".
CELL_TITLES = TITLES | word_set(
    "maulana imam ustadh ustadha sister brother pastor sheikh bhai aunty auntie uncle coach"
)


def _without_title(text: str, cell: Cell) -> Cell:
    """The cell after a title opening it, if one does and a word follows."""
    first = text[cell.start : cell.end].split(None, 1)
    if len(first) == 2 and first[0].rstrip(".").lower() in CELL_TITLES:
        return Cell(text.index(first[1], cell.start + len(first[0])), cell.end)
    return cell


def _name_cell(text: str, cell: Cell, heading: bool) -> bool:
    """Whether a cell reads as a person's name: NAME_CELL_RE whole, no word on the kept lists
    (a role, a platform) unless also a name, and initials only under a heading for people."""
    value = text[cell.start : cell.end]
    if value.lower() in EMPTY_CELLS or NAME_CELL_RE.fullmatch(value) is None:
        return False
    lex = lexicon()
    words = [w.strip(".,").lower() for w in value.split()]
    if INITIALS_CELL_RE.fullmatch(value):
        return heading and words[0] not in lex.protected
    return not any(
        w in lex.protected and w not in lex.first_names and w not in lex.surnames for w in words
    ) and (value[0].isupper() or lex.any_first_name(words[0]))


def _within_cells(text: str, ent: Entity) -> list[Entity]:
    """A PERSON finding split at the cell separators inside it, each piece of two letters or
    more kept ("Cosgrove\tJack" -> "Cosgrove", "Jack"; "Jack\tO" -> "Jack": "O" is a mark)."""
    if ent.type != "PERSON" or SEPARATOR_RE.search(text, ent.start, ent.end) is None:
        return [ent]
    pieces = []
    for cell in _cells(text, ent.start, ent.end):
        if sum(c.isalpha() for c in text[cell.start : cell.end]) >= 2:
            pieces.append(Entity(cell.start, cell.end, ent.type))
    return pieces


def with_table_columns(text: str, found: list[Entity]) -> list[Entity]:
    """found with the name-shaped cells of people's columns as PERSON spans and the cells of
    login columns as USERNAME spans (code points); a finding inside such a cell gives way to
    the cell whole, a name running over a separator is split at it, and a name found in a
    heading row's word (HEADING_WORD_RE) is dropped."""
    added: list[Entity] = []
    headings: list[Cell] = []
    for rows in _tables(text):
        heading, body = rows[0], rows[1:]
        words = [c for c in heading if HEADING_WORD_RE.fullmatch(text, c.start, c.end)]
        if len(words) >= 2:
            headings += words  # not a register's first row: "Mark | Smith | 8R"
        for col, head in enumerate(heading):
            title = text[head.start : head.end]
            cells = [row[col] for row in body if row[col].end > row[col].start]
            if not cells:
                continue
            if USERNAME_HEADING_RE.search(title):
                added += [
                    Entity(c.start, c.end, "USERNAME")
                    for c in cells
                    if ACCOUNT_CELL_RE.fullmatch(text, c.start, c.end)
                    and text[c.start : c.end].lower() not in EMPTY_CELLS
                    and not _covered(found, c.start, c.end, "USERNAME")
                ]
                continue
            by_heading = bool(
                PERSON_HEADING_RE.search(title) and not NOT_PERSON_HEADING_RE.search(title)
            )
            whole = sum(_covered(found, c.start, c.end) for c in cells)
            if not by_heading and not (whole >= 2 and 2 * whole >= len(cells)):
                continue
            for cell in cells:
                named = _without_title(text, cell)
                if not _covered(found, named.start, named.end) and _name_cell(
                    text, named, by_heading
                ):
                    added.append(Entity(named.start, named.end, "PERSON"))
    # A name never runs from one cell into the next: "Jack\tO" (a forename and a mark).
    found = [piece for e in found for piece in _within_cells(text, e)]
    if headings:
        # A heading row's words name no one: "Date | Pupil | Platform | Action".
        found = [
            e
            for e in found
            if e.type != "PERSON"
            or not any(h.start <= e.start and e.end <= h.end for h in headings)
        ]
    if not added:
        return found
    kept = [e for e in found if not any(a.start <= e.start and e.end <= a.end for a in added)]
    return sorted(
        [*kept, *(a for a in added if not any(k.start < a.end and a.start < k.end for k in kept))]
    )
