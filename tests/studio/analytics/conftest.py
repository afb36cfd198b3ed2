from __future__ import annotations

import pytest
from sqlite_utils import Database

from tests.studio.analytics.show_builder import ShowBuilder, sold_show


@pytest.fixture
def sold(db: Database) -> ShowBuilder:
    return sold_show(db)
