"""Command-line commands, one module per area; ``nashr.cli`` registers them.

These modules (and ``nashr.cli``) do without ``from __future__ import annotations``: typer reads
each command's parameters from its annotations when it builds the command line, on every run,
and annotations kept as strings it evaluates twice (``inspect.signature(eval_str=True)`` and
``typing.get_type_hints``), 25–35 ms of a cold ``nashr convert`` for the 12 commands; evaluated
once at import they cost a few. Names imported only for type checkers are written in quotes.
"""
