"""The product catalog: values, queries and the one way products are written."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from studio.money import Money
from studio.short_codes import CodeAllocator
from studio.storage import transaction
from studio.storage.bulk_index import index_rebuilt_after

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Variant:
    sku: str
    option_values: tuple[str, ...]
    price: int
    compare_at_price: int | None = None
    stock: int | None = None  # None: stock is not tracked

    @property
    def title(self) -> str:
        return " / ".join(self.option_values)


@dataclass(frozen=True, slots=True)
class Product:
    sku: str
    title: str
    price: int
    currency: str
    code: str
    description: str = ""
    compare_at_price: int | None = None
    stock: int | None = None  # None: not tracked; for a product with variants, their sum
    image: str | None = None
    checkout_url: str | None = None
    option_names: tuple[str, ...] = ()
    variants: tuple[Variant, ...] = ()
    images: tuple[str, ...] = ()
    status: str = "active"
    id: int | None = field(default=None, compare=False)
    preorder_ships: str | None = None  # ISO date while on pre-order (commerce/preorders.py); the card says so

    @property
    def money(self) -> Money:
        return Money(self.price, self.currency)

    @property
    def compare_at(self) -> Money | None:
        return None if self.compare_at_price is None else Money(self.compare_at_price, self.currency)

    @property
    def total_stock(self) -> int | None:
        """Units left to sell, None when any part of the product is untracked."""
        if not self.variants:
            return self.stock
        tracked = [variant.stock for variant in self.variants if variant.stock is not None]
        return sum(tracked) if len(tracked) == len(self.variants) else None


_PRODUCT_COLUMNS = (
    "sku, title, description, price, compare_at_price, currency, stock, image, "
    "checkout_url, code, option_names, status"
)
_READ_COLUMNS = f"{_PRODUCT_COLUMNS}, preorder_ships"  # pre-orders are set apart from saves (commerce/preorders.py)


def count_products(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM products").fetchone()[0])


def list_products(db: Database, status: str | None = None, limit: int = -1) -> list[Product]:
    """The catalog in its order; only products in `status` and the first `limit` when given."""
    rows = db.execute(f"SELECT id, {_READ_COLUMNS} FROM products WHERE ? IS NULL OR status = ? ORDER BY id LIMIT ?",
                      (status, status, limit)).fetchall()
    return _with_children(db, rows)


def find_by_code(db: Database, code: str) -> Product | None:
    rows = db.execute(
        f"SELECT id, {_READ_COLUMNS} FROM products WHERE code = ? COLLATE NOCASE", (code.strip(),)
    ).fetchall()
    products = _with_children(db, rows)
    return products[0] if products else None


def find_by_id(db: Database, product_id: int) -> Product | None:
    rows = db.execute(f"SELECT id, {_READ_COLUMNS} FROM products WHERE id = ?", (product_id,)).fetchall()
    products = _with_children(db, rows)
    return products[0] if products else None


def search_products(db: Database, text: str) -> list[Product]:
    """Products whose title, description, sku, code or a variant's sku match every word of `text`.

    Words match as prefixes, case and accents aside ("cafe" finds "Café Moka").
    """
    words = re.findall(r"\w+", text)
    if not words:
        return list_products(db)
    match = " ".join('"' + word.replace('"', '""') + '"*' for word in words)
    like = f"%{text.strip()}%"
    rows = db.execute(
        f"""
        SELECT id, {_READ_COLUMNS} FROM products
        WHERE id IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?)
           OR id IN (SELECT product_id FROM variants WHERE sku LIKE ?)
        ORDER BY id
        """,
        (match, like),
    ).fetchall()
    return _with_children(db, rows)


def _with_children(db: Database, rows: Sequence[tuple]) -> list[Product]:
    ids = [row[0] for row in rows]
    variants = _variants_by_product(db, ids)
    images = _images_by_product(db, ids)
    return [
        Product(
            id=row[0],
            sku=row[1],
            title=row[2],
            description=row[3],
            price=row[4],
            compare_at_price=row[5],
            currency=row[6],
            stock=row[7],
            image=row[8],
            checkout_url=row[9],
            code=row[10],
            option_names=tuple(json.loads(row[11])),
            status=row[12],
            preorder_ships=row[13],
            variants=tuple(variants.get(row[0], ())),
            images=tuple(images.get(row[0], ())),
        )
        for row in rows
    ]


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _variants_by_product(db: Database, ids: Sequence[int]) -> dict[int, list[Variant]]:
    found: dict[int, list[Variant]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for product_id, sku, values, price, compare_at, stock in db.execute(
            f"SELECT product_id, sku, option_values, price, compare_at_price, stock FROM variants "
            f"WHERE product_id IN ({marks}) ORDER BY product_id, position, id",
            tuple(chunk),
        ):
            found.setdefault(product_id, []).append(
                Variant(sku, tuple(json.loads(values)), price, compare_at, stock)
            )
    return found


def _images_by_product(db: Database, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for product_id, src in db.execute(
            f"SELECT product_id, src FROM product_images WHERE product_id IN ({marks}) "
            "ORDER BY product_id, position, id",
            tuple(chunk),
        ):
            found.setdefault(product_id, []).append(src)
    return found


CATALOG_VERSION = "catalog_version"
_BUMP_CATALOG_VERSION = f"""
    INSERT INTO settings (key, value) VALUES ('{CATALOG_VERSION}', '1')
    ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
"""


def bump_catalog_version(db: Database) -> None:
    """Readers of the catalog (the chat desk, the director) read it again."""
    db.execute(_BUMP_CATALOG_VERSION)


def catalog_version(db: Database) -> int:
    """Goes up with every save of products, so a reader can tell its copy of the catalog is old."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", (CATALOG_VERSION,)).fetchone()
    return int(row[0]) if row else 0


def existing_codes_by_sku(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT sku, code FROM products").fetchall())


def next_free_code(db: Database) -> str:
    """The shortest code no product has, for a product added by hand."""
    return CodeAllocator(code for (code,) in db.execute("SELECT code FROM products")).next_free()


def update_product(db: Database, product_id: int, change: Callable[[Product], Product]) -> Product | None:
    """Reads the product, applies `change` and saves the result, all in one write transaction, so
    an order taking stock meanwhile is never overwritten with an older count. None: no such product."""
    with transaction(db):
        product = find_by_id(db, product_id)
        if product is None:
            return None
        changed = change(product)
        save_products(db, [changed])
        return changed


@dataclass(frozen=True)
class Removal:
    removed: tuple[str, ...]  # codes of the products deleted
    kept: tuple[str, ...]  # codes of products kept: orders or a waitlist point at them


def delete_products(db: Database, product_ids: Sequence[int]) -> Removal:
    """Deletes the products (their variants, pictures and flash sales go with them; a show that
    had one pinned shows nothing). A product that orders or a waitlist point at is kept."""
    with transaction(db):
        found = _codes_by_id(db, product_ids)
        kept = _ids_with_orders(db, list(found))
        gone = [product_id for product_id in found if product_id not in kept]
        db.conn.executemany("DELETE FROM products WHERE id = ?", [(product_id,) for product_id in gone])
        db.execute(_BUMP_CATALOG_VERSION)
    log.info("deleted %d products, kept %d that have orders", len(gone), len(kept))
    return Removal(tuple(found[product_id] for product_id in gone), tuple(found[product_id] for product_id in kept))


def _codes_by_id(db: Database, product_ids: Sequence[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(product_ids):
        marks = ",".join("?" * len(chunk))
        found.update(db.execute(f"SELECT id, code FROM products WHERE id IN ({marks}) ORDER BY id", tuple(chunk)))
    return found


def _ids_with_orders(db: Database, product_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(product_ids):
        marks = ",".join("?" * len(chunk))
        found.update(product_id for (product_id,) in db.execute(
            f"SELECT product_id FROM orders WHERE product_id IN ({marks}) "
            f"UNION SELECT product_id FROM waitlist WHERE product_id IN ({marks})", (*chunk, *chunk)))
    return found


def save_products(db: Database, products: Sequence[Product], codes: Mapping[str, str] | None = None) -> int:
    """Insert or update `products` by sku in one transaction; variants and images follow the products.

    `codes` (by sku) gives products their short codes where the importer chose them.
    Returns how many products were written. Either all are written or none.
    """
    codes = codes or {}
    with transaction(db), index_rebuilt_after(db, "products_fts", len(products)):
        db.conn.executemany(_UPSERT_PRODUCT, [_product_row(product, codes) for product in products])
        if _children_to_save(db, products):
            ids = _ids_by_sku(db, [product.sku for product in products])
            _save_variants(db, [(ids[product.sku], product) for product in products])
            _save_images(db, [(ids[product.sku], product) for product in products])
        db.execute(_BUMP_CATALOG_VERSION)
    log.info("saved %d products", len(products))
    return len(products)


_UPSERT_PRODUCT = f"""
    INSERT INTO products ({_PRODUCT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(sku) DO UPDATE SET
        title = excluded.title, description = excluded.description, price = excluded.price,
        compare_at_price = excluded.compare_at_price, currency = excluded.currency,
        stock = excluded.stock, image = excluded.image, checkout_url = excluded.checkout_url,
        code = excluded.code, option_names = excluded.option_names, status = excluded.status
"""


def _product_row(product: Product, codes: Mapping[str, str]) -> tuple:
    return (
        product.sku,
        product.title,
        product.description,
        product.price,
        product.compare_at_price,
        product.currency,
        product.stock,
        product.image,
        product.checkout_url,
        codes.get(product.sku) or product.code,
        json.dumps(list(product.option_names), ensure_ascii=False) if product.option_names else "[]",
        product.status,
    )


def _children_to_save(db: Database, products: Sequence[Product]) -> bool:
    """False when neither the products nor the store have any variants or images (a plain sheet)."""
    if any(product.variants or product.images for product in products):
        return True
    return bool(db.execute("SELECT EXISTS (SELECT 1 FROM variants) OR EXISTS (SELECT 1 FROM product_images)").fetchone()[0])


def _ids_by_sku(db: Database, skus: Sequence[str]) -> dict[str, int]:
    wanted = set(skus)
    return {sku: product_id for product_id, sku in db.execute("SELECT id, sku FROM products") if sku in wanted}


def _save_variants(db: Database, products: Sequence[tuple[int, Product]]) -> None:
    """Variants are updated in place by sku (orders may point at them); gone ones are removed."""
    kept = {variant.sku for _, product in products for variant in product.variants}
    saved_ids = {product_id for product_id, _ in products}
    stale = [
        (variant_id,)
        for variant_id, product_id, sku in db.execute("SELECT id, product_id, sku FROM variants")
        if product_id in saved_ids and sku not in kept
    ]
    db.conn.executemany("DELETE FROM variants WHERE id = ?", stale)
    db.conn.executemany(
        """
        INSERT INTO variants (product_id, sku, option_values, price, compare_at_price, stock, position)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(sku) DO UPDATE SET
            product_id = excluded.product_id, option_values = excluded.option_values,
            price = excluded.price, compare_at_price = excluded.compare_at_price,
            stock = excluded.stock, position = excluded.position
        """,
        [
            (
                product_id,
                variant.sku,
                json.dumps(list(variant.option_values), ensure_ascii=False),
                variant.price,
                variant.compare_at_price,
                variant.stock,
                position,
            )
            for product_id, product in products
            for position, variant in enumerate(product.variants)
        ],
    )


def _save_images(db: Database, products: Sequence[tuple[int, Product]]) -> None:
    had_images = {row[0] for row in db.execute("SELECT DISTINCT product_id FROM product_images")}
    db.conn.executemany(
        "DELETE FROM product_images WHERE product_id = ?",
        [(product_id,) for product_id, _ in products if product_id in had_images],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO product_images (product_id, src, position) VALUES (?, ?, ?)",
        [
            (product_id, src, position)
            for product_id, product in products
            for position, src in enumerate(product.images, start=1)
        ],
    )
