"""Every string a user sees exists in Dutch and French, finished, with its placeholders intact.

If these fail, a Dutch or French user sees English text in the middle of their language, or a
message with "{name}" or "%1" left unfilled (or a translation that crashes .format()).
Fix: run ``tools/update-translations``, translate what it marks unfinished in
resources/translations/fourthpillar_nl.ts and _fr.ts (Qt Linguist, or by hand), remove
``type="unfinished"``, and run the tests again.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fourthpillar import i18n

REPOSITORY = Path(__file__).resolve().parents[2]
TOOL = REPOSITORY / "tools" / "update-translations"


def load_tool() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("update_translations", str(TOOL))
    spec = importlib.util.spec_from_loader("update_translations", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_tool()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """lupdate over today's code, merged into temporary copies of the committed .ts files."""
    folder = tmp_path_factory.mktemp("ts")
    result = subprocess.run([sys.executable, str(TOOL), "--output-dir", str(folder), "--check"],
                            capture_output=True, text=True, cwd=REPOSITORY)
    return folder, result


def test_every_string_in_the_code_is_translated_and_finished(refreshed: tuple[Path, subprocess.CompletedProcess[str]],
                                                             tool: ModuleType) -> None:
    """A string added to the code without a Dutch and French translation fails here, named."""
    folder, result = refreshed
    assert result.returncode == 0, "untranslated or broken messages:\n" + result.stdout[-6000:] + result.stderr[-2000:]
    for language in ("nl", "fr"):
        messages = tool.read_ts(folder / f"fourthpillar_{language}.ts")
        assert len(messages) > 700
        unfinished = [m.source for m in messages if m.state != "finished"]
        assert unfinished == [], f"{language}: {unfinished[:20]}"


def test_the_committed_files_are_up_to_date_with_the_code(refreshed: tuple[Path, subprocess.CompletedProcess[str]],
                                                          tool: ModuleType) -> None:
    """The committed .ts hold exactly the code's messages (nothing new, nothing obsolete)."""
    folder, _ = refreshed
    for language in ("nl", "fr", "en"):
        name = f"fourthpillar_{language}.ts"
        fresh = {m.key for m in tool.read_ts(folder / name)}
        committed = {m.key for m in tool.read_ts(REPOSITORY / "resources" / "translations" / name)}
        assert fresh - committed == set(), f"{name}: new in the code, run tools/update-translations"
        assert committed - fresh == set(), f"{name}: gone from the code, run tools/update-translations"


def test_no_string_is_left_in_a_context_the_app_never_asks_for(refreshed: tuple[Path, subprocess.CompletedProcess[str]],
                                                               tool: ModuleType) -> None:
    """A tr() outside a class without a context helper would never be translated at run time."""
    folder, result = refreshed
    contexts = {m.context for m in tool.read_ts(folder / "fourthpillar_nl.ts")}
    assert "" not in contexts, result.stderr


@pytest.mark.parametrize(("source", "translation", "problem"), [
    ("Saved {name}.", "{naam} bewaard.", "fields"),
    ("Undone: %1", "Ongedaan gemaakt", "arguments"),
    ("<h2>Welcome</h2><p>Hi</p>", "<h2>Welkom</h2> Hallo", "HTML"),
    ("&File", "Bestand", "mnemonic"),
    ("&Settings…", "&Instellingen", "…"),
])
def test_the_placeholder_check_catches_a_broken_translation(tool: ModuleType, source: str, translation: str,
                                                            problem: str) -> None:
    problems = tool.placeholder_problems(source, translation)
    assert any(problem in found for found in problems), problems


def test_the_placeholder_check_accepts_a_good_translation(tool: ModuleType) -> None:
    assert tool.placeholder_problems("Page {page} of {pages}", "Pagina {page} van {pages}") == []
    assert tool.placeholder_problems("%1: saved. Ctrl+Z undoes it.", "%1 : enregistré. Ctrl+Z l'annule.") == []
    assert tool.placeholder_problems("Tom & Jerry", "Tom en Jerry") == []
    assert tool.placeholder_problems("Not saved: please correct the %n marked field(s).",
                                     "Non enregistré : corrigez le champ marqué.", numerus=True) == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_translation_formats_like_its_source(language: str) -> None:
    """Translations of "{value}" messages go through str.format without a KeyError or stray braces."""
    catalog = i18n.load_catalog(language)
    assert catalog is not None
    for (_context, source), translation in catalog.messages.items():
        fields = {name: "x" for name in _field_names(source)}
        if fields or "{" in source:
            assert translation.format(**fields), source


def _field_names(text: str) -> set[str]:
    import string

    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return set()
