import pytest

from tests.conftest import TRANSCRIPT, make_docx
from werkplaats.ingest import ImportOptions, import_file
from werkplaats.store import Coder, Project


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
        c = Coder(p, "setup")
        c.add_code("cl", "Cliëntniveau", colour="#4477aa")
        c.add_code("cl.basisvoorwaarden", "Basisvoorwaarden op orde", "cl", colour="#66ccee", definition="Schulden, wonen, gezondheid",
                   keywords=["schuld", "schuldhulp", "huur"])
        c.add_code("pr", "Professional", colour="#228833")
        c.add_code("pr.vertrouwensrelatie", "Vertrouwensrelatie", "pr", colour="#ccbb44", include="Vertrouwen, klik")
        c.add_code("sa", "Samenwerking", colour="#ee6677")
        c.add_code("sa.driehoeksgesprek", "Driehoeksgesprek", "sa", colour="#aa3377")
    return path
