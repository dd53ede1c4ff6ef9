"""What any window over our register must wait for before its first paint (issue 17's start-up
under X: at most 4 times a bare PySide6 window).

Each step is a fresh process on an X server (Xvfb, started here), timed from its spawn to the
first paint of a window holding a 40-row table, a menu and a status bar:

- ``table``: that window alone;
- ``orm``: after importing SQLAlchemy's ORM (before Qt, as the app imports its stack);
- ``models``: after importing our models (``fourthpillar.store.models``), the least a window
  over the register needs, still without opening it, deriving its key or building any page.

Run: ``.venv/bin/python bench/startup_floor.py [--runs 5]``; the bare window of ``bench/run.py``
is the baseline (the same in every run).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys
if sys.argv[1] in ("orm", "models"):
    import sqlalchemy.orm
if sys.argv[1] == "models":
    import fourthpillar.store.models
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication([sys.argv[0]])

class Watch(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
        return False

watch = Watch()
app.installEventFilter(watch)
window = QMainWindow()
window.resize(1200, 800)
window.menuBar().addMenu("&File").addAction("Quit")
model = QStandardItemModel(40, 6)
for row in range(40):
    for column in range(6):
        model.setItem(row, column, QStandardItem(f"row {row} column {column}"))
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.statusBar().showMessage("ready")
window.show()
sys.exit(app.exec())
"""

STEPS = ("table", "orm", "models")


def time_step(step: str, display: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app starts from compiled bytecode
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", CHILD, step], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    _, errors = child.communicate(timeout=60)
    if not line.startswith("painted"):
        raise RuntimeError(f"the {step} window never painted:\n{errors}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="start-ups of each step (default 5)")
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        print("needs Xvfb (apt-get install xvfb)", file=sys.stderr)
        return 2
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        times: dict[str, list[float]] = {step: [] for step in STEPS}
        for _ in range(args.runs):  # interleaved, so every step sees the same machine
            for step in STEPS:
                times[step].append(time_step(step, f":{number}"))
    finally:
        server.terminate()
        server.wait()
    for step in STEPS:
        runs = ", ".join(f"{seconds:.3f}" for seconds in times[step])
        print(f"{step:<8} {statistics.median(times[step]):.3f} s  (runs {runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
