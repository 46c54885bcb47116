"""The files of a REFI-QDA project: a ``.qdpx`` archive, or a bare ``.qde`` with its ``sources/`` folder."""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from .refi import QdpxError

MAX_MEMBER_BYTES = 200 * 1024 * 1024


class Archive:
    """Files of a ``.qdpx`` (zip) or of the folder next to a bare ``.qde``, case-insensitively."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.names: dict[str, str] = {}
        if zipfile.is_zipfile(path):
            try:
                self.zip = zipfile.ZipFile(path)
            except zipfile.BadZipFile as exc:
                raise QdpxError(f"'{path.name}' is geen geldig REFI-QDA-archief ({exc}).") from None
            for info in self.zip.infolist():
                if not info.is_dir():
                    self.names.setdefault(info.filename.replace("\\", "/").lower(), info.filename)
        elif path.suffix.lower() == ".qde":
            self.names[path.name.lower()] = str(path)
            for folder in path.parent.iterdir():
                if folder.is_dir() and folder.name.lower() == "sources":
                    for f in folder.rglob("*"):
                        if f.is_file():
                            self.names.setdefault(f"sources/{f.relative_to(folder).as_posix()}".lower(), str(f))
        else:
            raise QdpxError(f"'{path.name}' is geen REFI-QDA-projectbestand (.qdpx of .qde).")

    def project_entry(self) -> str:
        if self.zip is None:
            return next(iter(self.names.values()))
        for wanted in ("project.qde",):
            if wanted in self.names:
                return self.names[wanted]
        candidates = [real for low, real in self.names.items() if low.endswith(".qde") and "/" not in low]
        candidates = candidates or [real for low, real in self.names.items() if low.endswith(".qde")]
        if not candidates:
            raise QdpxError(f"'{self.path.name}' bevat geen project.qde; is het wel een REFI-QDA-project?")
        return candidates[0]

    def read_entry(self, real: str) -> bytes:
        if self.zip is None:
            return Path(real).read_bytes()
        info = self.zip.getinfo(real)
        if info.file_size > MAX_MEMBER_BYTES:
            raise QdpxError(f"'{real}' in het archief is groter dan {MAX_MEMBER_BYTES // 2**20} MB.")
        return self.zip.read(real)

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, ref: str | None) -> tuple[bytes | None, str]:
        """The bytes a path attribute points to, and a Dutch reason when they are missing."""
        if not ref:
            return None, "geen pad"
        ref = ref.strip()
        low = ref.lower()
        if low.startswith(("relative://", "absolute://", "file://", "http://", "https://")):
            return None, f"'{ref}' staat buiten het archief (externe bestanden worden niet ingelezen)"
        if low.startswith("internal://"):
            name = ref[len("internal://"):].lstrip("/")
        else:
            name = ref.lstrip("/")
        for candidate in (f"sources/{name}", name, f"sources/{PurePosixPath(name).name}"):
            real = self.names.get(candidate.lower())
            if real:
                return self.read_entry(real), ""
        return None, f"'{ref}' ontbreekt in het archief"

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
