"""The bench's seeded register: 50,000 demonstration initiatives (about 200,000 advice requests
and 200,000 follow-ups, 5,000 events), encrypted, cached in ``bench/results/cache`` (git-ignored)
per size and version of the demonstration generator and the schema; each run copies it into a
fresh temporary folder. Seeding runs in a child process (``python bench/seeding.py DIR N``), so it
does not count towards the measuring process's memory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
CACHE = RESULTS / "cache"
DATABASE_FILE = "fourthpillar.sqlite3"
SEED = 2024
#: The registers are encrypted (SQLCipher): the bench's passphrase, unless one is set already.
PASSPHRASE = os.environ.setdefault("FOURTHPILLAR_KEY", "bench passphrase, not a secret")


def generator_version() -> str:
    """Changes when the demonstration data or the schema does: a cached register is then stale."""
    digest = hashlib.sha256(f"encrypted with {PASSPHRASE}".encode())  # a cache of before encryption is not used
    sources = [ROOT / "fourthpillar/services/demo.py", ROOT / "fourthpillar/services/demo_data.py",
               ROOT / "fourthpillar/services/demo_records.py", ROOT / "fourthpillar/services/demo_events.py",
               *sorted((ROOT / "fourthpillar/store/migrations/versions").glob("*.py"))]
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def seed_register(data_dir: Path, initiatives: int) -> None:
    """Runs in a child process, so seeding does not count towards this process's memory."""
    from fourthpillar.services import demo
    from fourthpillar.services import officers
    from fourthpillar.services.desk import open_desk

    desk = open_desk(data_dir=data_dir)
    try:
        officers.sign_in(desk, name="An Peeters", region="antwerpen")
        summary = demo.load_demo_data(desk, initiatives=initiatives, seed=SEED)
        print(json.dumps(asdict(summary)), flush=True)
    finally:
        desk.close()


def prepare_register(initiatives: int, work: Path, use_cache: bool) -> tuple[Path, dict[str, Any]]:
    """A data folder holding a seeded register: from the cache, or seeded now (and cached)."""
    cached = CACHE / f"{initiatives}-{generator_version()}"
    data_dir = work / "data"
    info: dict[str, Any] = {"initiatives": initiatives}
    if use_cache and (cached / "seed.json").exists():
        copy_cached(cached, data_dir)
        info.update(json.loads((cached / "seed.json").read_text()), cached=True)
        return data_dir, info
    data_dir.mkdir(parents=True)
    print(f"seeding {initiatives:,} initiatives ...", flush=True)
    started = time.perf_counter()
    output = subprocess.run([sys.executable, __file__, str(data_dir), str(initiatives)],
                            check=True, capture_output=True, text=True, cwd=ROOT).stdout
    seconds = time.perf_counter() - started
    info.update(json.loads(output.strip().splitlines()[-1]), seeding_seconds=round(seconds, 1), cached=False,
                seeded_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    print(f"seeded in {seconds:.1f} s", flush=True)
    if use_cache:
        shutil.rmtree(CACHE, ignore_errors=True)  # one cached register at a time: they are large
        staging = cached.with_name(cached.name + ".partial")
        shutil.copytree(data_dir, staging)
        (staging / "seed.json").write_text(json.dumps(info))
        staging.replace(cached)
    return data_dir, info


def write_results(name: str, results: dict[str, Any]) -> Path:
    """*results* written as ``bench/results/<name>`` (JSON): what ``bench/run.py --all`` reads back."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return path


def copy_cached(cached: Path, data_dir: Path) -> Path:
    """A cached register's folder copied to *data_dir* (a new folder), without the cache's notes."""
    shutil.copytree(cached, data_dir, ignore=shutil.ignore_patterns("seed.json"))
    return data_dir


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    seed_register(Path(sys.argv[1]), int(sys.argv[2]))
