"""The one place report files are written: all or nothing.

    write_atomically(path, produce) -> Path

The content is produced first; then it goes to a temporary file beside the target, is
flushed to disk and renamed over the target in one step. On any failure, an interrupt
included, the temporary file is removed and an existing report is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from factdiff.errors import OutputError


def _oneline(error: OSError) -> str:
    """Return an OS error's reason without its file name, on one line."""
    return " ".join(str(error.strerror or error).split())


def _mode_for(path: Path) -> int:
    """Return the permissions the new file should get: the old file's, or 0o666 less umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a renamed file to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: str | os.PathLike[str], produce: Callable[[], bytes]) -> Path:
    """Write the bytes ``produce()`` returns to ``path`` in one step and return the path."""
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as error:
        blocker = next(
            (p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None
        )
        reason = f"{blocker} is a file, not a folder" if blocker else _oneline(error)
        raise OutputError(f"cannot write report {path}: {reason}") from error
    except OSError as error:
        raise OutputError(f"cannot create folder {folder}: {_oneline(error)}") from error
    if path.is_dir():
        raise OutputError(f"cannot write report {path}: it is a folder")

    try:
        data = produce()
    except OSError as error:
        raise OutputError(f"cannot render report {path}: {_oneline(error)}") from error
    if not isinstance(data, bytes):
        raise TypeError(f"produce() must return bytes: {type(data).__name__}")

    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fchmod(file.fileno(), _mode_for(path))
            os.fsync(file.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as error:
        raise OutputError(f"cannot write report {path}: {_oneline(error)}") from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(folder)
    return path
