"""Writing files the safe way: atomically, never over a user's file unless asked, nothing left behind.

Every command that writes a file goes through :func:`replacing` (or its
shorthands :func:`write_bytes` and :func:`write_text`):

- the content is written to a hidden temporary file in the target folder
  (``.werkplaats-tmp-<pid>-….ext``, readable by the owner only until it is in
  place), flushed to disk with ``fsync`` and then moved into place in one
  step, so the target is either the old file or the complete new one, never
  half of either;
- an existing file is only replaced when asked (``overwrite=True``); without
  it the move is done with a hard link, which fails if another process made
  the file in the meantime;
- on any error (also Ctrl+C) the temporary file is removed; a process that
  was killed outright cannot do that, so temporary files of processes that no
  longer run are removed the next time werkplaats starts in, writes into, or
  opens a project in that folder (:func:`clean_stale`).
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_PREFIX = ".werkplaats-tmp-"
_OURS = re.compile(r"^\.werkplaats-tmp-(\d+)-")
# Temporary files of older versions: tempfile.mkstemp(prefix=".werkplaats-") (8 random characters).
_LEGACY = re.compile(r"^\.werkplaats-(?!tmp-)[a-z0-9_]{8}\.[A-Za-z0-9]+$")
STALE_AFTER = 24 * 3600  # a temporary file this old is left over, whoever made it
LEGACY_STALE_AFTER = 3600


class FileError(Exception):
    """A file that cannot be written; the message is Dutch."""


class OutputExists(FileError):
    """The output file exists and replacing it was not asked for."""


def check_target(path: str | os.PathLike, overwrite: bool = False) -> Path:
    """``path`` as a Path, if it may be written: its folder exists, and it is new or ``overwrite`` is set.

    :raises OutputExists: the file exists and ``overwrite`` is false.
    :raises FileError: the folder does not exist, or the path is a folder.
    """
    path = Path(path)
    if path.is_dir():
        raise FileError(f"'{path}' is een map, geen bestand.")
    if (path.exists() or path.is_symlink()) and not overwrite:
        raise OutputExists(f"'{path}' bestaat al.")
    if not path.parent.is_dir():
        raise FileError(f"De map '{path.parent}' bestaat niet.")
    return path


@contextmanager
def replacing(path: str | os.PathLike, overwrite: bool = False, *, exists: bool = True) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; when the block succeeds, move it to ``path``.

    On any exception the temporary file is removed and ``path`` is untouched.

    :param overwrite: replace an existing ``path``; without it an existing file is an :class:`OutputExists`.
    :param exists: the temporary file exists (empty, mode 0600) when the block starts, to be written by name
        (``workbook.save(temp)``). With ``exists=False`` the path does not exist yet, for tools that make
        the file themselves (SQLite, with its journal next to it): it lies in a private hidden folder.
    """
    import tempfile

    path = check_target(path, overwrite)
    folder = path.parent
    clean_stale(folder)
    prefix = f"{TEMP_PREFIX}{os.getpid()}-"
    if exists:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=path.suffix, dir=folder)
        os.close(handle)
        temp, work = Path(name), None
    else:
        work = Path(tempfile.mkdtemp(prefix=prefix, dir=folder))
        temp = work / f"new{path.suffix}"
    try:
        yield temp
        _commit(temp, path, overwrite)
    except BaseException:
        _remove(temp)
        raise
    finally:
        if work is not None:
            _remove_tree(work)


def write_bytes(path: str | os.PathLike, data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`replacing`)."""
    with replacing(path, overwrite) as temp, open(temp, "wb") as f:
        f.write(data)
    return Path(path)


def write_text(path: str | os.PathLike, text: str, overwrite: bool = False, encoding: str = "utf-8",
               newline: str | None = None) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`replacing`)."""
    with replacing(path, overwrite) as temp, open(temp, "w", encoding=encoding, newline=newline) as f:
        f.write(text)
    return Path(path)


def _commit(temp: Path, path: Path, overwrite: bool) -> None:
    """fsync ``temp`` and move it to ``path``; then give it the mode of an ordinary file (or of the file it
    replaced). Until it is in place the temporary file stays private (0600): a partial export of raw text
    that a kill leaves behind is readable by its owner only."""
    _fsync(temp)
    try:
        mode = os.stat(path).st_mode & 0o7777 if overwrite and path.exists() else 0o666 & ~_umask()
    except OSError:
        mode = 0o666 & ~_umask()
    if overwrite:
        os.replace(temp, path)
    else:
        try:
            os.link(temp, path)  # fails when the name was taken in the meantime: never replaces
        except FileExistsError:
            raise OutputExists(f"'{path}' bestaat al.") from None
        except OSError as exc:  # a file system without hard links (some network shares)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            if path.exists():
                raise OutputExists(f"'{path}' bestaat al.") from None
            os.replace(temp, path)
        else:
            _remove(temp)
    os.chmod(path, mode)
    _fsync_folder(path.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_temporary(name: str) -> bool:
    """A name werkplaats uses for its temporary files (current or older versions)."""
    return bool(_OURS.match(name) or _LEGACY.match(name))


def clean_stale(folder: str | os.PathLike) -> int:
    """Remove temporary files that werkplaats processes left in ``folder`` when they were killed.

    A temporary file is left over when the process that made it no longer runs,
    or when it is older than a day. Returns how many files were removed.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not name.startswith(".werkplaats-"):
            continue
        try:
            if entry.is_symlink():
                continue
            is_folder = entry.is_dir(follow_symlinks=False)
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        ours = _OURS.match(name)
        if ours:
            stale = not _running(int(ours.group(1))) or age > STALE_AFTER
        else:
            stale = bool(_LEGACY.match(name)) and age > LEGACY_STALE_AFTER
        if stale and is_folder:
            if ours:
                _remove_tree(Path(entry.path))
                removed += 1
        elif stale:
            try:
                os.unlink(entry.path)
                removed += 1
            except OSError:
                pass
    return removed
