"""Imports generated product files into a fresh store and prints rows per second.

    python bench/import_products.py [--rows 50000]

Two files: a product sheet (one product a row) and a Shopify export (five variants a
product, one image row each). The target is 50,000 rows in under 2 s.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.catalog import count_products
from studio.imports import import_products
from studio.storage import open_database

SIZES = ("XS", "S", "M", "L", "XL")


def write_sheet(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["sku", "title", "price", "currency", "stock", "image", "code"])
        for n in range(rows):
            writer.writerow([f"SKU-{n:06d}", f"Product number {n} – cotton", f"{n % 500}.{n % 100:02d}", "EUR", n % 40, "", ""])


def write_shopify(path: Path, rows: int) -> None:
    header = ["Handle", "Title", "Body (HTML)", "Option1 Name", "Option1 Value", "Variant SKU",
              "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Price", "Variant Compare At Price",
              "Image Src", "Image Position", "Status"]
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        for product in range(rows // (len(SIZES) + 1)):
            handle = f"tee-{product}"
            for index, size in enumerate(SIZES):
                first = index == 0
                writer.writerow([
                    handle, f"Tee {product}" if first else "", "<p>Soft <b>cotton</b> &amp; more</p>" if first else "",
                    "Size" if first else "", size, f"{handle}-{size}", "shopify", product % 9, "19.90", "25.00",
                    f"https://cdn.example.com/{handle}-1.jpg" if first else "", "1" if first else "",
                    "active" if first else "",
                ])
            writer.writerow([handle] + [""] * 9 + [f"https://cdn.example.com/{handle}-2.jpg", "2", ""])


def measure(label: str, path: Path, rows: int, **options: str) -> None:
    db = open_database(path.with_suffix(".db"))
    started = time.perf_counter()
    result = import_products(db, path, **options)
    first = time.perf_counter() - started
    started = time.perf_counter()
    import_products(db, path, **options)
    again = time.perf_counter() - started
    print(
        f"{label:<16} {rows:>7} rows  {result.total:>6} products  "
        f"first import {first:5.2f} s ({rows / first:>8,.0f} rows/s)  "
        f"re-import {again:5.2f} s ({rows / again:>8,.0f} rows/s)  in store: {count_products(db)}"
    )
    db.conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    rows = parser.parse_args().rows
    with tempfile.TemporaryDirectory() as folder:
        sheet, export = Path(folder, "sheet.csv"), Path(folder, "shopify.csv")
        write_sheet(sheet, rows)
        write_shopify(export, rows)
        measure("product sheet", sheet, rows)
        measure("Shopify export", export, sum(1 for _ in export.open(encoding="utf-8")) - 1, currency="EUR")


if __name__ == "__main__":
    main()
