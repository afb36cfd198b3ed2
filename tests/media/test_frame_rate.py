from fractions import Fraction

import pytest

from media.frame_rate import exact_rate


@pytest.mark.parametrize(
    ("given", "exact"),
    [
        (29.97, Fraction(30000, 1001)), (59.94, Fraction(60000, 1001)), (23.976, Fraction(24000, 1001)),
        (30.0, Fraction(30)), (25, Fraction(25)), (12.5, Fraction(25, 2)), (Fraction(2997, 100), Fraction(2997, 100)),
    ],
)
def test_a_rate_is_made_exact(given, exact):
    assert exact_rate(given) == exact and isinstance(exact_rate(given), Fraction)
