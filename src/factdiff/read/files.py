"""Reading an input file's bytes safely: a regular file only, and never more than a limit.

regular_file_bytes(path, *, what, most, limit, hint) -> the bytes of a regular file
limited_bytes(stream, shown, *, most, limit)         -> at most ``most`` bytes of a stream

Articles and review files are both read through here, so that each refuses a FIFO (which
would wait for a writer forever), a device or a directory in one line, and stops at its
size limit whatever size the file claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

__all__ = ["limited_bytes", "regular_file_bytes"]


def regular_file_bytes(path: Path, *, what: str, most: int, limit: str, hint: str = "") -> bytes:
    """Return the bytes of the regular file at ``path``, or InputError saying why not.

    ``what`` names the file in an error ("an article"), ``limit`` says why its size is
    capped at ``most`` bytes ("factdiff compares articles of up to 2 MB"), and ``hint``
    follows the refusal of a FIFO or a device ("; save the article to a file").
    """
    try:
        # O_NONBLOCK: opening a FIFO that has no writer must not wait for one.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not {what}") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        if stat.S_ISDIR(status.st_mode):
            raise InputError(f"{path}: is a directory, not {what}")
        raise InputError(f"{path}: is {_kind_of(status.st_mode)}, not a regular file{hint}")
    if status.st_size > most:
        os.close(fd)
        raise InputError(f"{path}: is {status.st_size / 1_000_000:.1f} MB; {limit}")
    os.set_blocking(fd, True)
    with os.fdopen(fd, "rb") as file:
        return limited_bytes(file, str(path), most=most, limit=limit)


def _kind_of(mode: int) -> str:
    """Return what a file that is not regular is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def limited_bytes(stream: BinaryIO, shown: str, *, most: int, limit: str) -> bytes:
    """Return at most ``most`` bytes from ``stream``, or raise InputError if there are more:
    the limit holds for the bytes read, whatever size the file claims."""
    try:
        data = stream.read(most + 1)
    except OSError as error:
        raise InputError(f"{shown}: cannot be read ({error.strerror or error})") from None
    if len(data) > most:
        raise InputError(f"{shown}: is over {most // 1_000_000} MB; {limit}")
    return data
