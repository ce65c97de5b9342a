"""One build at a time per edition: an exclusive lock on ``<edition>/.nashr/build.lock``.

The lock is ``flock(2)`` on the open file (POSIX; Linux and macOS), so the kernel releases it when
the process ends in any way, SIGKILL included: a killed build never leaves a stale lock. The file
holds the holder's process id, for the message a second build prints. The lock file stays in
place between builds (removing it would let two builds lock two different files).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable
from pathlib import Path
from types import TracebackType


class BuildLocked(RuntimeError):
    """Another build holds the lock and the caller chose not to wait (message names the edition
    and the other process)."""


class BuildLock:
    """Context manager holding the edition's build lock.

    Args:
        path: the lock file (created with its folder if missing).
        wait: when another build holds the lock, wait for it (True) or raise :class:`BuildLocked`.
        on_wait: called once with the holder's process id (or None if unknown) before waiting.
    Raises:
        BuildLocked: on entry, the lock is held and ``wait`` is False.
        OSError: the lock file cannot be created (read-only edition folder).
    """

    def __init__(self, path: Path, *, wait: bool = True, on_wait: Callable[[int | None], None] | None = None) -> None:
        self.path = path
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None

    def holder(self) -> int | None:
        """Process id written by the build that holds (or last held) the lock, if readable."""
        try:
            return int(self.path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None

    def __enter__(self) -> BuildLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = self.holder()
                if not self.wait:
                    who = f"process {pid}" if pid else "another process"
                    raise BuildLocked(f"{self.path.parent.parent}: another nashr build ({who}) is running; "
                                      "wait for it to finish, or run without --no-wait to wait") from None
                if self.on_wait is not None:
                    self.on_wait(pid)
                fcntl.flock(fd, fcntl.LOCK_EX)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
