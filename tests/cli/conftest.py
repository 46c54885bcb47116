"""Fixtures shared with the layers whose commands are tested here."""

from tests.analysis.conftest import coded, coded_master  # noqa: F401
from tests.exchange.conftest import coded_demo, coded_demo_master  # noqa: F401
from tests.nlp.conftest import small  # noqa: F401
