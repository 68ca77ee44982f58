"""A query's ORDER BY applied in Python, in the order Oxigraph gives.

pyoxigraph 0.5 sorts by reading the text of both compared terms from disk at every
comparison, so ordering tens of thousands of rows costs seconds at a million triples,
several times the query itself. The rows come back decoded anyway; sorting them here
builds each key once per row.

The keys follow Oxigraph's comparison of terms (SPARQL 1.1, section 15.1, and its
fallbacks): unbound < blank nodes < IRIs < literals; IRIs by their text in code point
order; numbers by value; strings, language-tagged strings and plain dates by their
lexical form, then datatype IRI, then language tag. Oxigraph's comparison is not a total
order when one column mixes numbers with strings (numbers compare by value with each
other, by text with strings), nor for dates with time zones, dateTimes or other typed
literals whose values it compares: for such a column `sort_rows` returns None and the
caller lets Oxigraph sort. Rows that compare equal on every key may come in any order
in SPARQL; here they keep the engine's order (Python's sort is stable).
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Sequence

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_NUMBERS: dict[str, Callable[[str], Any]] = {
    XSD + "integer": int,
    XSD + "decimal": Decimal,
    XSD + "double": float,
}
_STRINGS = {XSD + "string", RDF_LANG_STRING}
# A date without a time zone: its text sorts as the date does (four-digit years only).
_PLAIN_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# The first element of every key: the kind of term, in SPARQL's order.
_UNBOUND, _BLANK, _IRI, _LITERAL = 0, 1, 2, 3


class _Unsortable(Exception):
    """A column holds values whose order this module does not reproduce."""


def _number(literal: ox.Literal, parse: Callable[[str], Any]) -> Any:
    try:
        value = parse(literal.value.strip())
    except (ValueError, InvalidOperation):
        raise _Unsortable from None   # an invalid number compares by text in Oxigraph
    if isinstance(value, float) and math.isnan(value):
        raise _Unsortable             # NaN is unordered
    return value


def column_keys(terms: Sequence[Any]) -> list:
    """The sort key of each term of one result column (None for unbound).

    Raises _Unsortable when the column's literals are not all numbers or all of the
    lexical kinds (strings, language strings, dates without a time zone)."""
    kinds = set(map(type, terms))
    if kinds <= {ox.NamedNode, type(None)}:
        # the common case, a column of IRIs: their text is the key, and "" (no IRI is
        # empty) puts unbound first
        return [term.value if term is not None else "" for term in terms]
    numeric = lexical = False
    keys: list[tuple] = []
    for term in terms:
        if term is None:
            keys.append((_UNBOUND,))
        elif isinstance(term, ox.NamedNode):
            keys.append((_IRI, term.value))
        elif isinstance(term, ox.BlankNode):
            keys.append((_BLANK, term.value))
        elif isinstance(term, ox.Literal):
            language = term.language
            if language is not None:   # a label: skip building its datatype IRI
                lexical = True
                keys.append((_LITERAL, term.value, RDF_LANG_STRING, language))
                continue
            datatype = term.datatype.value
            parse = _NUMBERS.get(datatype)
            if parse is not None:
                numeric = True
                keys.append((_LITERAL, _number(term, parse)))
            elif datatype in _STRINGS or (datatype == XSD + "date" and _PLAIN_DATE.fullmatch(term.value)):
                lexical = True
                keys.append((_LITERAL, term.value, datatype, ""))
            else:
                raise _Unsortable
        else:
            raise _Unsortable   # quoted triples
    if numeric and lexical:
        raise _Unsortable
    if numeric and any(isinstance(k[1], float) for k in keys if len(k) > 1):
        keys = [_as_double(k) for k in keys]
    return keys


def _as_double(key: tuple) -> tuple:
    """Oxigraph compares a double with an integer or decimal as two doubles, while
    integers and decimals compare exactly with each other: the same order as all
    doubles only while each of them is a double exactly."""
    if len(key) < 2 or isinstance(key[1], float):
        return key
    value = float(key[1])
    if Decimal(value) != key[1]:
        raise _Unsortable
    return (key[0], value)


def sort_rows(variables: Sequence[str], rows: list[tuple], keys: Sequence[tuple[str, bool]]) -> list[tuple] | None:
    """`rows` (tuples of terms in the order of `variables`) sorted by `keys`, a list of
    (variable, descending); None when a key column cannot be ordered here, or a key is
    not one of the variables."""
    position = {name: i for i, name in enumerate(variables)}
    if any(name not in position for name, _ in keys):
        return None
    try:
        per_column = {name: column_keys([row[position[name]] for row in rows]) for name, _ in keys}
    except _Unsortable:
        return None
    order = list(range(len(rows)))
    if not any(descending for _, descending in keys):
        combined = list(zip(*(per_column[name] for name, _ in keys)))
        order.sort(key=combined.__getitem__)
    else:
        # one stable sort per key, the last key first, gives the lexicographic order
        for name, descending in reversed(keys):
            order.sort(key=per_column[name].__getitem__, reverse=descending)
    return [rows[i] for i in order]
