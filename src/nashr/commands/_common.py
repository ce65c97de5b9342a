"""What every command shares: the exit codes and the stderr console."""

from __future__ import annotations

from enum import IntEnum

from rich.console import Console


class Exit(IntEnum):
    """Exit codes of every nashr command."""

    DONE = 0  # done; every check passed
    CHECK_FAILED = 1  # a check failed (invalid TEI, a fidelity or pre-flight failure)
    UNUSABLE = 2  # unusable input or arguments


err = Console(stderr=True, highlight=False, soft_wrap=True)
