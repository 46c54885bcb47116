from tests.analysis.conftest import coded, coded_master  # noqa: F401  (shared fixtures)
