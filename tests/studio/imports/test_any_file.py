"""Whatever bytes a file holds, an import either succeeds or names what is wrong: never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.catalog import list_products
from studio.imports import ProductImportError, import_products
from studio.storage import open_database

HEADERS = ("sku,title,price,currency,stock,image,code\n", "Handle,Title,Variant Price,Option1 Name,Option1 Value\n", "")
cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
rows = st.lists(st.lists(cells, min_size=1, max_size=8).map(lambda values: ",".join(values)), max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.sampled_from(HEADERS), lines=rows, encoding=st.sampled_from(("utf-8", "utf-16", "cp1252")))
def test_any_file_imports_or_says_why(header, lines, encoding):
    text = header + "\n".join(lines)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "any.csv")
        path.write_bytes(text.encode(encoding, errors="replace"))
        db = open_database(Path(folder, "any.db"))
        try:
            import_products(db, path, currency="EUR")
        except ProductImportError as error:
            assert str(error) and list_products(db) == []
        finally:
            db.conn.close()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_import_or_say_why(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "bytes.csv")
        path.write_bytes(data)
        db = open_database(Path(folder, "bytes.db"))
        try:
            import_products(db, path, currency="USD")
        except ProductImportError as error:
            assert str(error)
        finally:
            db.conn.close()
