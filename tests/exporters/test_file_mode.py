"""An export is an ordinary file (not private 0600 like a temporary file)."""

import os

from werkplaats.exporters import write_atomically


def test_written_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "uit.csv"
        write_atomically(target, lambda temp: open(temp, "w").write("a;b\n"))
        assert target.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
