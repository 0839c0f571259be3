"""Rows as CSV and JSON text, written row by row so a file of any length streams in constant memory."""

import csv
import datetime
import json
from decimal import Decimal

BUFFER = 64 * 1024


class _Echo:
    """A file-like object for csv.writer that hands back each line instead of storing it."""

    def write(self, value):
        return value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def csv_lines(columns, rows):
    """A header line, then one line per row (UTF-8 text, no BOM: the schema declares the encoding)."""
    writer = csv.writer(_Echo())
    names = [column.name for column in columns]
    yield writer.writerow(names)
    for row in rows:
        yield writer.writerow([_csv_cell(row[name]) for name in names])


def _json_value(value):
    if isinstance(value, Decimal):
        return format(value, "f")  # a JSON number with its two decimals, never through a float
    if isinstance(value, datetime.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def json_lines(columns, rows):
    """A JSON array of one object per row, keys in the schema's order."""
    names = [column.name for column in columns]
    yield "["
    separator = "\n"
    for row in rows:
        fields = ", ".join(f"{json.dumps(name)}: {_json_value(row[name])}" for name in names)
        yield f"{separator}{{{fields}}}"
        separator = ",\n"
    yield "\n]\n"


def buffered(pieces, size=BUFFER):
    """Join small pieces into chunks of about `size` characters: fewer, larger writes to the client."""
    chunk, length = [], 0
    for piece in pieces:
        chunk.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(chunk)
            chunk, length = [], 0
    if chunk:
        yield "".join(chunk)
