"""The one place report files are written: all or nothing.

    write_atomically(path, produce) -> Path
    write_all([(path, data), ...])  -> [Path, ...]

The content is produced first; then each report goes to a temporary file beside its
target, is flushed to disk, and only when every one is written are they all renamed over
their targets. On any failure, an interrupt or SIGTERM included, the temporary files are
removed and existing reports are left as they were. A path that exists and is not a
regular file (``/dev/stdout``, a FIFO, a device) is written to directly, never replaced;
a link to a regular file keeps its link and gets its target replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from factdiff.errors import OutputError

# A temporary file of a report older than this was left by a run that was killed
# (SIGKILL, a power cut): the next run writing that report removes it.
STALE_SECONDS = 60


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


def _is_special(path: Path) -> bool:
    """Return whether ``path`` exists and is not a regular file or a folder (a device,
    a FIFO, a terminal, ``/dev/stdout``), following links."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _prepare(path: Path) -> Path:
    """Check the report's folder (creating it) and return the file to replace."""
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
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _remove_stale(target: Path) -> None:
    """Remove temporary files of this report that a killed run left behind."""
    now = time.time()
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()


def _write_temporary(target: Path, data: bytes) -> str:
    """Write ``data`` to a new temporary file beside ``target``, on disk; return its name."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fchmod(file.fileno(), _mode_for(target))
            os.fsync(file.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _write_directly(path: Path, data: bytes) -> None:
    try:
        with open(path, "wb") as file:
            file.write(data)
    except OSError as error:
        raise OutputError(f"cannot write report {path}: {_oneline(error)}") from error


def write_all(reports: Sequence[tuple[str | os.PathLike[str], bytes]]) -> list[Path]:
    """Write every ``(path, data)`` report, or none of the regular files; return the paths."""
    paths = [Path(path) for path, _ in reports]
    targets = [None if _is_special(path) else _prepare(path) for path in paths]
    temps: dict[Path, str] = {}
    try:
        for path, target, (_, data) in zip(paths, targets, reports, strict=True):
            if target is not None:
                _remove_stale(target)
                try:
                    temps[target] = _write_temporary(target, data)
                except OSError as error:
                    raise OutputError(f"cannot write report {path}: {_oneline(error)}") from error
        for path, target, (_, data) in zip(paths, targets, reports, strict=True):
            if target is None:
                _write_directly(path, data)
        for target, temp in list(temps.items()):
            try:
                os.replace(temp, target)
            except OSError as error:
                raise OutputError(f"cannot write report {target}: {_oneline(error)}") from error
            del temps[target]
            _sync_folder(target.parent)
    finally:
        for temp in temps.values():
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return paths


def write_atomically(path: str | os.PathLike[str], produce: Callable[[], bytes]) -> Path:
    """Write the bytes ``produce()`` returns to ``path`` in one step and return the path."""
    path = Path(path)
    if not _is_special(path):
        _prepare(path)
    try:
        data = produce()
    except OSError as error:
        raise OutputError(f"cannot render report {path}: {_oneline(error)}") from error
    if not isinstance(data, bytes):
        raise TypeError(f"produce() must return bytes: {type(data).__name__}")
    return write_all([(path, data)])[0]
