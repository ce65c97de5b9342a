"""The command line loads only what a command uses (issue 14: cold start; the times themselves are
measured by benchmarks/startup.py, not here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("nashr.convert.converter", "nashr.entities.tagger", "nashr.validate.validator", "nashr.xmlinput",
         "urllib.request")


def loaded_after(*args: str, among: tuple[str, ...] = HEAVY) -> set[str]:
    """The modules of ``among`` loaded by ``nashr ARGS`` run in a new process."""
    script = ("import sys\nfrom nashr.cli import app\nsys.argv = ['nashr', *sys.argv[1:]]\n"
              "try:\n    app()\nexcept SystemExit:\n    pass\n"
              f"print(' '.join(m for m in {among!r} if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    return set(done.stderr.splitlines()[-1].split())


def test_help_loads_no_stage() -> None:
    assert loaded_after("--help") == set()


def test_help_loads_neither_lxml_nor_the_settings_reader() -> None:
    """lxml and msgspec (edition.toml) load when a command reads XML or the edition, not for its help."""
    assert loaded_after("--help", among=("lxml.etree", "msgspec", "nashr.config")) == set()
    assert loaded_after("validate", "--help", among=("lxml.etree", "msgspec", "nashr.config")) == set()


def test_convert_loads_neither_validator_nor_network(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("سلام بر دکتر محمد مصدق در تهران.\n", encoding="utf-8")
    assert loaded_after("convert", str(source), "-o", str(tmp_path / "out")) == {
        "nashr.convert.converter", "nashr.entities.tagger"}


def test_convert_loads_no_explainer(tmp_path: Path) -> None:
    """The explanations of RELAX NG errors are for invalid documents; the converter's are valid."""
    source = tmp_path / "one.txt"
    source.write_text("سلام بر دکتر محمد مصدق در تهران.\n", encoding="utf-8")
    assert loaded_after("convert", str(source), "-o", str(tmp_path / "out"),
                        among=("nashr.validate.explain", "nashr.validate.relaxng")) == {"nashr.validate.relaxng"}


def test_plain_convert_loads_no_rich(tmp_path: Path) -> None:
    """rich is for tables, colours and error messages; a convert that succeeds prints plain lines."""
    source = tmp_path / "one.txt"
    source.write_text("سلام بر دکتر محمد مصدق در تهران.\n", encoding="utf-8")
    assert loaded_after("convert", str(source), "-o", str(tmp_path / "out"), among=("rich", "rich.console")) == set()
    assert loaded_after("convert", str(source), "-o", str(tmp_path / "out"), "--explain",
                        among=("rich", "rich.console")) == {"rich", "rich.console"}


def test_a_build_with_nothing_to_do_loads_no_classifier(tmp_path: Path) -> None:
    """The edition's profile and the texts' keys read the sources without the structure rules
    (nashr.convert.edition, nashr.convert.corrections): a build that converts nothing loads none."""
    edition = tmp_path / "edition"
    loaded_after("init", "--title", "t", "--publisher", "p", "--date", "2026-12-02", str(edition))
    (edition / "sources" / "one.txt").write_text("نامه\nسلام بر دکتر محمد مصدق در تهران.\n", encoding="utf-8")
    among = ("nashr.convert.structure", "nashr.convert.matter", "nashr.convert.converter")
    assert loaded_after("build", "--edition", str(edition), "--jobs", "1", "--no-volume", among=among) == set(among)
    assert loaded_after("build", "--edition", str(edition), "--jobs", "1", "--no-volume", among=among) == set()


def collector_after_loading(before: str) -> str:
    """``gc.isenabled()`` after ``import nashr.cli`` in a new process that ran ``before`` first."""
    script = f"import gc\n{before}\nimport nashr.cli\nprint(gc.isenabled())"
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_loading_the_commands_leaves_the_collector_as_it_was() -> None:
    """The collector waits while the commands load (nashr.cli), then runs again, unless the
    program had turned it off itself."""
    assert collector_after_loading("pass") == "True"
    assert collector_after_loading("gc.disable()") == "False"


def test_commands_annotations_are_evaluated_at_import() -> None:
    """typer evaluates string annotations of every command on every run (nashr.commands)."""
    import typing

    from nashr.cli import app

    groups = [group.typer_instance for group in app.registered_groups]
    callbacks = [info.callback for typer_app in (app, *groups) for info in typer_app.registered_commands]
    callbacks += [typer_app.registered_callback.callback for typer_app in (app, *groups)
                  if typer_app.registered_callback is not None]
    assert len(callbacks) > 10
    for callback in callbacks:
        assert callback is not None
        hints = typing.get_type_hints(callback, include_extras=True)
        assert hints, callback.__qualname__
        assert not [name for name, value in callback.__annotations__.items() if isinstance(value, str)], \
            callback.__qualname__


def eulogy_compiled_after_converting(text: str, tmp_path: Path) -> bool:
    """Whether ``nashr convert`` of ``text`` in a new process compiled the eulogy pattern."""
    source = tmp_path / "one.txt"
    source.write_text(text, encoding="utf-8")
    script = ("import sys\nfrom nashr.cli import app\nsys.argv = ['nashr', *sys.argv[1:]]\n"
              "try:\n    app()\nexcept SystemExit:\n    pass\n"
              "from nashr.entities.candidates import arabic_names\nprint(arabic_names._EULOGY._compiled is not None)")
    done = subprocess.run([sys.executable, "-c", script, "convert", str(source), "-o", str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip().splitlines()[-1] == "True"


def test_the_eulogy_pattern_compiles_only_for_a_text_with_a_eulogy_hint(tmp_path: Path) -> None:
    """The eulogies' alternation (nashr.entities.candidates.arabic_names) is compiled on first use: a text
    without «علیه», «رحمه» … never pays for it, one with «علیه السلام» does."""
    assert not eulogy_compiled_after_converting("سلام بر دکتر محمد مصدق در تهران.\n", tmp_path)
    assert eulogy_compiled_after_converting("سخنی از امام علی علیه السلام در تهران.\n", tmp_path)
