"""What a format's parser hands the importer: products with the line they came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.catalog import Product
from studio.translatable import QT_TRANSLATE_NOOP, Word


@dataclass(frozen=True)
class ParsedProduct:
    product: Product  # code is "" when the file gives none
    line: int
    code_column: str | None = None
    sku_column: str = "sku"


NO_CURRENCY_HINT = Word(QT_TRANSLATE_NOOP("Refusals", "give --currency CODE, or set the store's currency with `vitrina settings currency CODE`"))


@dataclass(frozen=True)
class ParseOptions:
    currency: str | None  # None: the shop has not said; rows must carry their own
    base_dir: Path  # relative image paths are resolved against the file's folder
    shop_url: str | None = None
