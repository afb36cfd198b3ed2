"""What the card of a product with variants tells viewers to choose: each option's values in the
catalog's order, struck when no variant with that value is left, and one variant in stock as the
example of what to type after the code ("SOLD A12 M Preto"), in words buy_comments.py reads back."""

from __future__ import annotations

from overlays.option_choices import OptionChoice
from studio.catalog import Product, Variant


def in_stock(variant: Variant) -> bool:
    return variant.stock is None or variant.stock > 0  # untracked stock never runs out


def option_choices(product: Product) -> tuple[tuple[OptionChoice, ...], ...]:
    """Per option that tells variants apart, its values; none for a product with nothing to choose."""
    return tuple(tuple(OptionChoice(value, left) for value, left in values.items())
                 for values in _options(product) if len(values) > 1)


def example_choice(product: Product) -> str | None:
    """The values of the first variant in stock, of the options that tell variants apart ("M Preto");
    None when there is nothing to choose between or nothing left."""
    example = next((variant for variant in product.variants if in_stock(variant)), None)
    if example is None or len(product.variants) < 2:
        return None
    telling = [index for index, values in enumerate(_options(product)) if len(values) > 1]
    words = [example.option_values[index].strip() for index in telling if index < len(example.option_values)]
    return " ".join(word for word in words if word) or None


def _options(product: Product) -> list[dict[str, bool]]:
    """For each option, its values in the catalog's order, each with whether a variant with it is in stock."""
    if len(product.variants) < 2:
        return []
    options: list[dict[str, bool]] = [{} for _ in range(max(len(variant.option_values) for variant in product.variants))]
    for variant in product.variants:
        for values, value in zip(options, variant.option_values):
            if value := value.strip():
                values[value] = values.get(value, False) or in_stock(variant)
    return options
