import pytest

from tests.conftest import TRANSCRIPT, make_docx
from werkplaats.ingest import ImportOptions, import_file
from werkplaats.store import Project


@pytest.fixture
def small_project(tmp_path):
    """Two interviews in two regions and a tiny codebook."""
    path = tmp_path / "tui.wpl"
    with Project.create(path) as p:
        a = tmp_path / "interview-a.docx"
        a.write_bytes(make_docx(TRANSCRIPT))
        b = tmp_path / "interview-b.txt"
        b.write_text("I: Hoe ging het met de schulden?\nR: De schuldhulp duurde eindeloos lang.\nI: En nu?\nR: Nu werk ik twee dagen.")
        import_file(p, a, ImportOptions(region="Ferm Werk", case="Casus FW-01", source_type="interview"))
        import_file(p, b, ImportOptions(region="RSD", case="Casus RSD-01", source_type="interview"))
        p.codes.add("cl", "Cliëntniveau", colour="#4477aa", coder="setup")
        p.codes.add("cl.basisvoorwaarden", "Basisvoorwaarden op orde", "cl", colour="#66ccee", definition="Schulden, wonen, gezondheid",
                   keywords=["schuld", "schuldhulp", "huur"], coder="setup")
        p.codes.add("pr", "Professional", colour="#228833", coder="setup")
        p.codes.add("pr.vertrouwensrelatie", "Vertrouwensrelatie", "pr", colour="#ccbb44", include="Vertrouwen, klik", coder="setup")
        p.codes.add("sa", "Samenwerking", colour="#ee6677", coder="setup")
        p.codes.add("sa.driehoeksgesprek", "Driehoeksgesprek", "sa", colour="#aa3377", coder="setup")
    return path
