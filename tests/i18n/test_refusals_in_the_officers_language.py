"""A refusal raised below the UI reaches the officer in the app's language, not in English.

The guard in ``test_user_messages_are_translatable.py`` checks that messages go through
``translate()``; these tests check, end to end, that the translations are there and used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fourthpillar.export.atomic import OutputExists
from fourthpillar.export.atomic import check_target
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.instance import LockHolder
from fourthpillar.store.errors import NotFound
from fourthpillar.sync.package import PackageRefused


def test_a_dutch_officer_reads_why_a_sync_package_is_refused_in_dutch(
        speak: Callable[[str], None], desk: Desk, tmp_path: Path) -> None:
    """Applying a file that is no package: the message box would otherwise say it in English."""
    not_a_package = tmp_path / "notities.txt"
    not_a_package.write_text("boodschappenlijst\n", encoding="utf-8")
    speak("nl")
    with pytest.raises(PackageRefused) as refused:
        sync.apply_package(desk, path=not_a_package)
    assert str(refused.value) == "dit bestand is geen veldpakket van 4de Pijler-desk"


def test_a_french_officer_reads_a_cut_off_package_refusal_in_french(
        speak: Callable[[str], None], desk: Desk, tmp_path: Path) -> None:
    """A package cut off while copying (a message kept in a constant) is refused in French too."""
    package = tmp_path / "changes.fp-sync"
    sync.create_first_package(desk, path=package)
    package.write_bytes(package.read_bytes()[:-20])
    speak("fr")
    with pytest.raises(PackageRefused) as refused:
        sync.apply_package(desk, path=package)
    assert str(refused.value) == ("ce paquet de terrain est incomplet "
                                  "(le fichier a été tronqué lors de la copie ou de l'envoi)")


def test_an_export_over_an_existing_file_is_refused_in_dutch(speak: Callable[[str], None], tmp_path: Path) -> None:
    """The export dialog's refusal to replace a file without asking would be in English."""
    existing = tmp_path / "lijst.xlsx"
    existing.write_bytes(b"old")
    speak("nl")
    with pytest.raises(OutputExists) as refused:
        check_target(existing, overwrite=False)
    assert str(refused.value) == f"{existing} bestaat al (bevestig dat je het wilt vervangen, of gebruik --force)"


def test_who_holds_the_desk_is_described_in_french(speak: Callable[[str], None]) -> None:
    """"The desk is already open by process 42 on office-pc": the holder's words were English."""
    speak("fr")
    holder = LockHolder(pid=42, host="bureau-pc", started_at="2026-11-28T09:00:00")
    assert holder.describe() == "le processus 42 sur bureau-pc depuis 2026-11-28T09:00:00"


def test_an_unknown_conflict_is_named_in_dutch(speak: Callable[[str], None], desk: Desk) -> None:
    """NotFound builds its message itself: the kind of record is named in Dutch as well."""
    speak("nl")
    with pytest.raises(NotFound) as missing:
        sync.resolve_conflict(desk, conflict_id="c-404", take="mine")
    assert str(missing.value) == "geen conflict met id c-404"
