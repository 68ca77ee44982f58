"""Named SPARQL queries: load them, bind their parameters safely, run them.

A named query is a `.rq` file in `queries/` whose leading comment header says what it
answers, its parameters and the variables it returns (format: `queries/README.md`).
Parameters are never pasted into the query text as raw strings: each value is checked,
turned into an RDF term and written with the RDF term serialiser inside a
`VALUES ?param { term }` block at the start of the outermost WHERE group and of every
nested group that uses the variable (see `bind`).

Results are the W3C SPARQL 1.1 Query Results JSON structure as a plain dict, whether the
query ran on a local pyoxigraph store or on a remote SPARQL endpoint. On a local store a
final ORDER BY on variables is applied in Python (`unikg.ordering`), in Oxigraph's order.
"""
from __future__ import annotations

import itertools
import re
import socket
import urllib.error
import urllib.request
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pyoxigraph as ox

from unikg.locations import shipped
from unikg.ordering import sort_rows

QUERIES_DIR = shipped("queries")

XSD = "http://www.w3.org/2001/XMLSchema#"

# W3C SPARQL 1.1 Query Results JSON: {"head": {"vars": [...]}, "results": {"bindings": [...]}}
# for SELECT, {"head": {}, "boolean": true|false} for ASK.
Results = dict[str, Any]


class QueryError(Exception):
    """A query that cannot be loaded, bound or run; the message says what to fix."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    description: str


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    returns: list[str] = field(default_factory=list)   # variable names without "?"

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


# ---------------------------------------------------------------- parameter types

_INTEGER = re.compile(r"[+-]?[0-9]+")
_COUNTRY = re.compile(r"[A-Z]{2}")
# what makes a value of an `institution` parameter meant as an IRI rather than words of a label
_IRI_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|urn:", re.I)


def _iri(value: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(value.strip())
    except ValueError as exc:
        raise ValueError(f"not a valid absolute IRI ({exc})") from None


def _string(value: str) -> ox.Literal:
    return ox.Literal(value)


def _integer(value: str) -> ox.Literal:
    if not _INTEGER.fullmatch(value.strip()):
        raise ValueError("not an integer")
    return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))


def _country(value: str) -> ox.Literal:
    code = value.strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise ValueError("not an ISO 3166-1 alpha-2 country code (two letters, e.g. IR)")
    return ox.Literal(code)


def _date(value: str) -> ox.Literal:
    text = value.strip()
    try:
        if len(text) != 10:
            raise ValueError
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValueError("not a date in the form YYYY-MM-DD") from None
    return ox.Literal(parsed.isoformat(), datatype=ox.NamedNode(XSD + "date"))


def _institution(value: str) -> ox.NamedNode | ox.Literal:
    """An IRI (the institution's or its ROR IRI) or words of one of its labels."""
    text = value.strip()
    if not text:
        raise ValueError("empty")
    return _iri(text) if _IRI_LIKE.match(text) else ox.Literal(text)


PARAM_TYPES: dict[str, Callable[[str], ox.NamedNode | ox.Literal]] = {
    "string": _string,
    "iri": _iri,
    "integer": _integer,
    "country": _country,
    "date": _date,
    "institution": _institution,
}


def to_term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """Check `value` against the parameter's type and return the RDF term it stands for."""
    try:
        return PARAM_TYPES[param.type](value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name!r} ({param.type}): {value!r} is {exc}") from None


# ---------------------------------------------------------------- loading

_HEADER_LINE = re.compile(r"#\s?([a-z]+):\s*(.*)")
_VAR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def parse_header(text: str, source: str = "query", require_title: bool = True) -> dict[str, Any]:
    """Read the leading `# key: value` comment lines of a query (see queries/README.md)."""
    fields: dict[str, Any] = {"title": "", "description": "", "params": [], "returns": []}
    last: str | None = None          # the field a continuation line extends
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line.startswith("#"):
            break
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            extra = line.lstrip("#").strip()
            if extra and last is None:
                raise QueryError(f"{source}:{number}: header line is not '# key: value': {raw!r}")
            if extra and last == "param":
                p = fields["params"][-1]
                fields["params"][-1] = Param(p.name, p.type, p.required, f"{p.description} {extra}".strip())
            elif extra and last in ("title", "description"):
                fields[last] = f"{fields[last]} {extra}".strip()
            elif extra and last == "returns":
                fields["returns"] += _returns(extra, source, number)
            continue
        key, value = match.groups()
        last = key
        if key in ("title", "description"):
            fields[key] = value.strip()
        elif key == "param":
            fields["params"].append(_param(value, source, number))
        elif key == "returns":
            fields["returns"] += _returns(value, source, number)
        else:
            raise QueryError(f"{source}:{number}: unknown header key {key!r} "
                             "(expected title, description, param, returns)")
    if require_title and not fields["title"]:
        raise QueryError(f"{source}: the header has no '# title:' line")
    names = [p.name for p in fields["params"]]
    if len(set(names)) != len(names):
        raise QueryError(f"{source}: a parameter is declared twice: {names}")
    return fields


def _param(value: str, source: str, number: int) -> Param:
    parts = value.split(None, 3)
    if len(parts) < 3:
        raise QueryError(f"{source}:{number}: expected '# param: NAME TYPE required|optional DESCRIPTION'")
    name, type_, need = parts[:3]
    if not _VAR_NAME.fullmatch(name):
        raise QueryError(f"{source}:{number}: parameter name {name!r} is not a SPARQL variable name")
    if type_ not in PARAM_TYPES:
        raise QueryError(f"{source}:{number}: parameter type {type_!r} is not one of {sorted(PARAM_TYPES)}")
    if need not in ("required", "optional"):
        raise QueryError(f"{source}:{number}: write 'required' or 'optional', not {need!r}")
    return Param(name, type_, need == "required", parts[3].strip() if len(parts) > 3 else "")


def _returns(value: str, source: str, number: int) -> list[str]:
    out = []
    for token in value.split():
        if not (token.startswith("?") and _VAR_NAME.fullmatch(token[1:])):
            raise QueryError(f"{source}:{number}: '# returns:' lists variables like ?name, not {token!r}")
        out.append(token[1:])
    return out


_HEADER_KEYS = re.compile(r"#\s?(?:title|description|param|returns):")


def _from_file(path: Path, named: bool = True) -> NamedQuery:
    """Read a query file. A named query (queries/) must have a header; a file of the user's
    own may be a plain query, whose leading comments are then its description."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read query file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise QueryError(f"query file {path} is not UTF-8 text") from None
    leading = [line.strip() for line in itertools.takewhile(lambda x: x.strip().startswith("#"), text.splitlines())]
    if named or any(_HEADER_KEYS.match(line) for line in leading):
        fields = parse_header(text, str(path), require_title=named)
        fields["title"] = fields["title"] or path.stem
    else:
        comment = " ".join(line.lstrip("#").strip() for line in leading).strip()
        fields = {"title": path.stem, "description": comment, "params": [], "returns": []}
    return NamedQuery(name=path.stem, path=path, text=text, **fields)


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    """The named queries of `directory` (default: the project's queries/), by name."""
    folder = Path(directory) if directory else QUERIES_DIR
    return [_from_file(p) for p in sorted(folder.glob("*.rq"))]


def load_query(name_or_path: str) -> NamedQuery:
    """A named query by name (`institutions`) or a path to any `.rq` file."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.is_file():
        if not candidate.is_file():
            raise QueryError(f"no query file {name_or_path}")
        return _from_file(candidate, named=False)
    path = QUERIES_DIR / f"{name_or_path}.rq"
    if not path.is_file():
        available = ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
        raise QueryError(f"unknown query {name_or_path!r}; available: {available}")
    return _from_file(path)


# ---------------------------------------------------------------- binding

# Enough of the SPARQL lexer to find braces and the WHERE keyword outside comments,
# strings and IRIs. A `<` followed by a space is the less-than operator, not an IRI.
_TOKENS = re.compile(r'''
    (?P<comment>\#[^\n]*)
  | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>[?$:]?[\w-]+(?::[\w.-]*)?)
  | (?P<brace>[{}])
  | (?P<other>.)
''', re.S | re.X)


def where_group_start(text: str) -> int:
    """Offset just after the `{` that opens the outermost WHERE group of a query."""
    depth, after_where, first_open, where_seen = 0, None, None, False
    for tok in _TOKENS.finditer(text):
        kind = tok.lastgroup
        if kind == "word" and depth == 0 and tok.group().lower() == "where":
            where_seen = True
        elif kind == "brace":
            if tok.group() == "{":
                if depth == 0:
                    if where_seen and after_where is None:
                        after_where = tok.end()
                    if first_open is None:
                        first_open = tok.end()
                depth += 1
            else:
                depth -= 1
    if after_where is not None:
        return after_where
    # SELECT and ASK may leave out the WHERE keyword; CONSTRUCT's first group is its template
    if first_open is not None and not re.search(r"(?i)\bconstruct\b", _strip_comments(text)):
        return first_open
    raise QueryError("the query has no WHERE group to bind parameters in")


def _strip_comments(text: str) -> str:
    return "".join(t.group() for t in _TOKENS.finditer(text) if t.lastgroup != "comment")


def query_form(text: str) -> str | None:
    """The first SPARQL query or update keyword (SELECT, ASK, CONSTRUCT, INSERT, ...)."""
    for tok in _TOKENS.finditer(text):
        if tok.lastgroup == "word" and tok.group().upper() in _FORMS:
            return tok.group().upper()
    return None


_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "LOAD", "CLEAR",
          "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def bind(query: NamedQuery, values: dict[str, str]) -> str:
    """The query text with `values` bound as `VALUES ?param { term }` blocks.

    The block goes at the start of the outermost WHERE group, and also at the start of
    every nested group that uses the variable itself (not only in a group nested in it):
    an OPTIONAL, MINUS, UNION or GRAPH group, a FILTER EXISTS, the WHERE group of a
    subquery that uses it anywhere (in its WHERE group, projection, GROUP BY, ...). So a
    parameter stands for its value wherever the query writes it, as if the term were
    written there, and the planner can start a subquery or a branch of a UNION from it
    instead of joining the value with everything the query reads at the end.

    Unknown and missing required parameters raise QueryError; optional ones left out stay
    unbound (the queries test them with BOUND)."""
    unknown = sorted(set(values) - {p.name for p in query.params})
    if unknown:
        known = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)} (its parameters: {known})")
    missing = [p.name for p in query.params if p.required and values.get(p.name) is None]
    if missing:
        raise QueryError(f"query {query.name!r} needs the parameter {', '.join(missing)} "
                         f"(give it with --param NAME=VALUE)")
    blocks: dict[str, str] = {}
    for p in query.params:
        if values.get(p.name) is None:
            continue
        term = to_term(p, str(values[p.name]))
        # str() of a pyoxigraph term is its N-Triples form, escaped by the library
        blocks[p.name] = f"VALUES ?{p.name} {{ {term} }}"
    if not blocks:
        return query.text
    text = query.text
    at = where_group_start(text)
    inserts = [(at, "\n" + "".join(f"  {block}\n" for block in blocks.values()))]
    for offset, names in _groups_using(text, at, set(blocks)):
        inserts.append((offset, " " + " ".join(blocks[n] for n in blocks if n in names)))
    for offset, insert in sorted(inserts, reverse=True):
        text = text[:offset] + insert + text[offset:]
    return text


@dataclass
class _Group:
    """A `{ ... }` met while reading a WHERE group (see `_groups_using`)."""
    start: int                              # offset just after its `{`
    data: bool = False                      # the data block of a VALUES clause
    select: bool = False                    # `{ SELECT ... }`: a subquery
    empty: bool = True                      # no token read inside it yet
    parens: int = 0                         # depth of ( ) at its own level
    where: "_Group | None" = None           # a subquery's WHERE group
    uses: set[str] = field(default_factory=set)   # variables written at its own level


_VARIABLE = re.compile(r"[?$](\w+)")


def _groups_using(text: str, start: int, names: set[str]) -> list[tuple[int, set[str]]]:
    """The groups nested in the WHERE group that opens just before `start` which use some
    of the variables `names` at their own level: (offset just after the `{`, the names).

    A subquery's `{ SELECT ... }` is no place for a VALUES block; the variables it uses
    outside its WHERE group (projection, GROUP BY, HAVING, ORDER BY) count for its WHERE
    group. The data blocks of VALUES clauses are skipped."""
    outer = _Group(start)
    stack, groups, values_clause = [outer], [], False
    for tok in _TOKENS.finditer(text, start):
        kind, word = tok.lastgroup, tok.group()
        if kind == "comment" or word.isspace():
            continue
        top = stack[-1]
        first, top.empty = top.empty, False
        if kind == "brace" and word == "{":
            group = _Group(tok.end(), data=values_clause or top.data)
            values_clause = False
            if top.select and top.where is None and top.parens == 0:
                top.where = group
            stack.append(group)
            groups.append(group)
        elif kind == "brace":
            stack.pop()
            if not stack:       # the end of the WHERE group
                break
        elif kind == "word":
            if first and word.upper() == "SELECT":
                top.select = True
            elif word.upper() == "VALUES":
                values_clause = True
            match = _VARIABLE.match(word)
            if match and match.group(1) in names:
                top.uses.add(match.group(1))
        elif word == "(":
            top.parens += 1
        elif word == ")":
            top.parens -= 1
    for group in groups:
        if group.select and group.where is not None:
            group.where.uses |= group.uses
    return [(g.start, g.uses) for g in groups if g.uses and not g.data and not g.select]


# ---------------------------------------------------------------- paging

def _top_level_words(text: str) -> list[tuple[str, int]]:
    """The keywords outside every brace, in order, with their offsets (upper-cased)."""
    depth, words = 0, []
    for tok in _TOKENS.finditer(text):
        kind = tok.lastgroup
        if kind == "brace":
            depth += 1 if tok.group() == "{" else -1
        elif kind == "word" and depth == 0:
            words.append((tok.group().upper(), tok.start()))
    return words


def is_ordered(text: str) -> bool:
    """Whether the query orders its results (a top-level ORDER BY)."""
    return any(word == "ORDER" for word, _ in _top_level_words(text))


def page(text: str, limit: int | None = None, offset: int | None = None) -> str:
    """The SELECT query `text` restricted to `limit` rows after skipping `offset` rows.

    LIMIT and OFFSET are added to the query's own solution modifiers, after its ORDER BY,
    so pages follow the query's order; with no ORDER BY the order is the engine's and
    pages are only stable while the store does not change."""
    if limit is None and offset is None:
        return text
    for name, value in (("limit", limit), ("offset", offset)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise QueryError(f"{name} must be a whole number of rows, 0 or more, not {value!r}")
    if query_form(text) != "SELECT":
        raise QueryError("only SELECT queries can be paged with a limit or an offset")
    words = _top_level_words(text)
    if any(word in ("LIMIT", "OFFSET") for word, _ in words):
        raise QueryError("the query has a LIMIT or OFFSET of its own; page it by editing them")
    # the modifiers go before a trailing VALUES block (the grammar puts it last), else at the end
    where = next((i for i, (word, _) in enumerate(words) if word == "WHERE"), -1)
    end = next((at for word, at in words[where + 1:] if word == "VALUES"), len(text))
    modifiers = "".join(f"{name} {value}\n" for name, value in (("LIMIT", limit), ("OFFSET", offset))
                        if value is not None)
    head = text[:end].rstrip()
    return f"{head}\n{modifiers}" + (text[end:] if end < len(text) else "")


@dataclass(frozen=True)
class OrderedSelect:
    """A SELECT query's final ORDER BY, LIMIT and OFFSET, split from the rest of its text."""
    unordered: str                     # the query without them
    keys: list[tuple[str, bool]]       # (variable, descending), in order
    limit: int | None
    offset: int | None


_ORDER_KEY = re.compile(r"(?:(ASC|DESC)\s*\(\s*[?$](\w+)\s*\)|[?$](\w+))\s*", re.I)


def _projection(text: str, words: list[tuple[str, int]]) -> set[str] | None:
    """The variables the top-level SELECT returns; None for SELECT *. (`words`: the
    query's `_top_level_words`.)"""
    start = next((pos for word, pos in words if word == "SELECT"), None)
    if start is None:
        return None
    end = next((pos for word, pos in words if word == "WHERE" and pos > start), None)
    clause = _strip_comments(text[start + len("SELECT"):end if end is not None else text.find("{", start)])
    names, depth = set(), 0
    for tok in re.finditer(r"\(|\)|\*|\bAS\s+[?$](\w+)|[?$](\w+)", clause, re.I):
        if tok.group() == "(":
            depth += 1
        elif tok.group() == ")":
            depth -= 1
        elif tok.group() == "*":
            if depth == 0:
                return None
        elif tok.group(1):
            names.add(tok.group(1))
        elif depth == 0:
            names.add(tok.group(2))
    return names


def split_order_by(text: str) -> OrderedSelect | None:
    """The query's top-level ORDER BY when every key is a variable, ASC(?v) or DESC(?v),
    with the LIMIT and OFFSET that apply after it; None for any other query."""
    if query_form(text) != "SELECT":
        return None
    words = _top_level_words(text)
    at = next((i for i, (word, _) in enumerate(words) if word == "ORDER"), None)
    if at is None or at + 1 >= len(words) or words[at + 1][0] != "BY":
        return None
    # the clause runs to the next solution modifier or a trailing VALUES block
    start = words[at][1]
    ends = [(word, pos) for word, pos in words[at + 2:] if word in ("LIMIT", "OFFSET", "VALUES")]
    clause_end = ends[0][1] if ends else len(text)
    keys, body, pos = [], _strip_comments(text[words[at + 1][1] + 2:clause_end]).strip(), 0
    while pos < len(body):
        m = _ORDER_KEY.match(body, pos)
        if not m:
            return None   # an expression: leave the ordering to the engine
        keys.append((m.group(2) or m.group(3), (m.group(1) or "").upper() == "DESC"))
        pos = m.end()
    if not keys:
        return None
    projected = _projection(text, words)
    if projected is not None and any(name not in projected for name, _ in keys):
        return None   # ordered on a variable it does not return: only the engine can
    modifiers: dict[str, int] = {}
    tail = len(text)
    for word, pos in ends:
        if word == "VALUES":
            tail = pos
            break
        number = re.match(rf"{word}\s+([0-9]+)", text[pos:], re.I)
        if number is None or word in modifiers:
            return None
        modifiers[word] = int(number.group(1))
    rest = text[tail:] if tail < len(text) else ""
    return OrderedSelect(text[:start].rstrip() + "\n" + rest, keys,
                         modifiers.get("LIMIT"), modifiers.get("OFFSET"))


# ---------------------------------------------------------------- running

def term_to_json(term: Any) -> dict[str, Any]:
    """A pyoxigraph term as a W3C SPARQL JSON results RDF term."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            direction = getattr(term, "direction", None)
            if direction is not None:
                # SPARQL 1.2 results: the base direction of a directional language string
                out["its:dir"] = str(direction).rsplit(".", 1)[-1].lower()
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_to_json(term.subject),
                                            "predicate": term_to_json(term.predicate),
                                            "object": term_to_json(term.object)}}
    raise QueryError(f"cannot write a {type(term).__name__} as a SPARQL result term")


def _query(store: ox.Store, text: str):
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def select_local(store: ox.Store, text: str) -> tuple[list[str], list[tuple]] | bool:
    """Run a SELECT or ASK query on a pyoxigraph store, all named graphs as the default
    graph: the variable names and the rows (tuples of terms, None where unbound), or the
    ASK answer.

    A final ORDER BY on variables is applied here rather than by Oxigraph (see
    `unikg.ordering`): the same order, several times faster on large results."""
    plan = split_order_by(text)
    answer = _query(store, plan.unordered if plan else text)
    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    if not isinstance(answer, ox.QuerySolutions):
        raise QueryError("only SELECT and ASK queries give result tables; this one returns a graph")
    names = [v.value for v in answer.variables]
    rows = [tuple(solution) for solution in answer]
    if plan is None:
        return names, rows
    ordered = apply_order(plan, names, rows)
    if ordered is None:   # values this module does not order: the engine sorts them
        return names, [tuple(solution) for solution in _query(store, text)]
    return names, ordered


def apply_order(plan: OrderedSelect, names: list[str], rows: list[tuple]) -> list[tuple] | None:
    """The rows of `plan.unordered` in the order, and cut to the page, that the whole
    query asks for; None when `unikg.ordering` cannot order them (run the whole query)."""
    ordered = sort_rows(names, rows, plan.keys)
    if ordered is None:
        return None
    start = plan.offset or 0
    return ordered[start:None if plan.limit is None else start + plan.limit]


def run_local(store: ox.Store, text: str) -> Results:
    """Run a SELECT or ASK query on a pyoxigraph store, all named graphs as the default graph."""
    answer = select_local(store, text)
    if isinstance(answer, bool):
        return {"head": {}, "boolean": answer}
    names, rows = answer
    bindings = []
    for solution in rows:
        row = {}
        for name, term in zip(names, solution):
            if term is not None:
                row[name] = term_to_json(term)
        bindings.append(row)
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


def run_remote(endpoint: str, text: str, timeout: float = 60) -> Results:
    """Run a SELECT or ASK query on a SPARQL 1.1 endpoint (results as JSON).

    The endpoint decides what its default graph is: serve the store with the union of the
    named graphs as default graph (Oxigraph: `--union-default-graph`)."""
    from SPARQLWrapper import ASK, JSON, POST, SELECT, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    form = query_form(text)
    if form not in (None, "SELECT", "ASK"):
        raise QueryError(f"only SELECT and ASK queries give result tables, not {form}")
    client = SPARQLWrapper(endpoint)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # its guess is replaced just below
        client.setQuery(text)
    # SPARQLWrapper guesses the form by searching the text for keywords anywhere (it takes
    # "add" in "additions" for an update); tell it instead
    client.queryType = ASK if form == "ASK" else SELECT
    client.setMethod(POST)   # long queries do not fit in a URL
    client.setReturnFormat(JSON)
    client.setTimeout(int(max(1, timeout)))
    try:
        answer = client.queryAndConvert()
    except SPARQLWrapperException as exc:
        raise QueryError(f"the endpoint {endpoint} refused the query: {exc}") from None
    except urllib.error.HTTPError as exc:
        raise QueryError(f"the endpoint {endpoint} answered HTTP {exc.code} {exc.reason}; "
                         "check that the URL is the SPARQL query endpoint (e.g. http://host:7878/query)") from None
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise QueryError(f"cannot reach the SPARQL endpoint {endpoint} ({reason}); check that the server "
                         f"is running, the host and port are right, and the query finishes within {timeout:g} s") from None
    if not isinstance(answer, dict) or "head" not in answer or not ("results" in answer or "boolean" in answer):
        raise QueryError(f"the endpoint {endpoint} did not answer with SPARQL JSON results; "
                         "check that the URL is a SPARQL query endpoint")
    return answer


def upload_dataset(base_url: str, trig_or_nquads: bytes, content_type: str, timeout: float = 120) -> None:
    """Add a dataset (TriG or N-Quads, named graphs kept) to a store served over HTTP.

    Posts it to the server's `/store` endpoint (the SPARQL 1.1 Graph Store Protocol
    service, which Oxigraph extends to whole datasets)."""
    url = base_url.rstrip("/") + "/store"
    request = urllib.request.Request(url, data=trig_or_nquads, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise QueryError(f"{url} refused the data: HTTP {exc.code} {detail}") from None
    except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
        raise QueryError(f"cannot reach {url} ({getattr(exc, 'reason', exc)}); is the server running?") from None
