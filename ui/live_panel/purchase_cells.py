"""The cells an order and a waitlist place share, in the same columns of both tables: who, what,
which variant, how many."""

from __future__ import annotations

from typing import Protocol

BUYER, PRODUCT, VARIANT, QUANTITY = range(1, 5)


class Purchase(Protocol):
    @property
    def buyer_name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def variant(self) -> tuple[str, ...]: ...
    @property
    def quantity(self) -> int: ...


def purchase_text(line: Purchase, column: int) -> str | None:
    """Buyer, product, variant or quantity; None for the table's other columns."""
    if not BUYER <= column <= QUANTITY:
        return None
    return (line.buyer_name, f"{line.code} · {line.title}", " / ".join(line.variant), str(line.quantity))[column - BUYER]
