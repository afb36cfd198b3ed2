"""Reading products from the files shops already keep: Shopify exports and plain CSV sheets."""

from studio.imports.errors import ImportIssue, ProductImportError
from studio.imports.importer import ImportResult, import_products

__all__ = ["ImportIssue", "ImportResult", "ProductImportError", "import_products"]
