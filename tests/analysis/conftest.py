import pytest

from tests.analysis.coding_fixture import code_demo


@pytest.fixture(scope="session")
def coded_master(demo_master, tmp_path_factory):
    """The demo project with deterministic codings, built once (copy it before changing it)."""
    import shutil

    path = tmp_path_factory.mktemp("coded") / "coded.wpl"
    shutil.copy(demo_master, path)
    code_demo(path)
    return path


@pytest.fixture
def coded(coded_master, tmp_path):
    import shutil

    target = tmp_path / "coded.wpl"
    shutil.copy(coded_master, target)
    return target
