"""Start-up until the main window is painted, for ``bench/run.py``: a fresh process each time (so
imports count), the app's beside a bare PySide6 ``QMainWindow`` shown and painted, offscreen and,
when Xvfb is installed, on an X server started here.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from figures import MEMORY_TARGET_MB
from figures import STARTUP_TARGET_S
from figures import STARTUP_X_RATIO
from figures import Figure

ROOT = Path(__file__).resolve().parents[1]

#: Child process for the start-up measurement: prints "painted <ru_maxrss KiB>" once the main
#: window (the app's or a bare one) has been painted, then quits.
STARTUP_CHILD = r"""
import resource, sys
if sys.argv[1] == "app":  # as the app's entry point does: its modules first, then the window
    from fourthpillar.ui.app import run_app
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([sys.argv[0]])

def painted():
    print("painted", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()

class Watch(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            # After this paint pass has finished (the window's children paint in the same pass).
            QTimer.singleShot(0, painted)
        return False

watch = Watch()
app.installEventFilter(watch)
if sys.argv[1] == "app":
    sys.exit(run_app(data_dir=sys.argv[2]))
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
sys.exit(app.exec())
"""


# -- start-up ------------------------------------------------------------------------------------

def time_startup(mode: str, data_dir: Path, config_home: Path, display: str | None = None) -> tuple[float, float]:
    """Seconds from spawning a Python process until its main window is painted (offscreen, or
    on the X *display*: the window visible); its peak MB."""
    qt_platform = ({"QT_QPA_PLATFORM": "offscreen"} if display is None
                   else {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
    env = {**os.environ, **qt_platform, "XDG_CONFIG_HOME": str(config_home)}
    # An installed app starts from compiled bytecode (pip and PyInstaller write it); a shell that
    # forbids writing it would make every start compile our modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", STARTUP_CHILD, mode, str(data_dir)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    try:
        _, errors = child.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        child.kill()
        _, errors = child.communicate()
    if not line.startswith("painted"):
        raise RuntimeError(f"the {mode} window never painted:\n{errors}")
    return elapsed, int(line.split()[1]) / 1024


def measure_startup(data_dir: Path, work: Path, repeat: int) -> list[Figure]:
    config_home = work / "config"
    config_home.mkdir(exist_ok=True)
    app, bare = interleaved_startups(data_dir, config_home, repeat)
    app_s = statistics.median(seconds for seconds, _ in app)
    bare_s = statistics.median(seconds for seconds, _ in bare)
    return [
        Figure("start-up to main window painted", app_s, "s", bare_s, STARTUP_TARGET_S,
               f"median of {repeat}; runs {', '.join(f'{s:.2f}' for s, _ in app)}"),
        Figure("peak memory, app start-up process", max(mb for _, mb in app), "MB", max(mb for _, mb in bare),
               MEMORY_TARGET_MB, "ru_maxrss; baseline: bare PySide6 window process"),
        *measure_startup_under_x(data_dir, config_home, repeat=min(repeat, 3)),
    ]


def interleaved_startups(data_dir: Path, config_home: Path, repeat: int,
                         display: str | None = None) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """The app's and the bare window's start-ups, *repeat* each, interleaved so both see the
    same machine load: (app, bare), each (seconds, peak MB)."""
    app: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    for _ in range(repeat):
        bare.append(time_startup("bare", data_dir, config_home, display))
        app.append(time_startup("app", data_dir, config_home, display))
    return app, bare


def measure_startup_under_x(data_dir: Path, config_home: Path, repeat: int = 3) -> list[Figure]:
    """Start-up to a visible window on an X server (Xvfb, started here; none when it is not
    installed: ``apt-get install xvfb``), against 1 s and 4 times the bare window."""
    if shutil.which("Xvfb") is None:
        print("no Xvfb: start-up under X not measured", file=sys.stderr)
        return []
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):  # the server is up once its socket is
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        app, bare = interleaved_startups(data_dir, config_home, repeat, f":{number}")
    finally:
        server.terminate()
        server.wait()
    return [Figure("start-up to a visible window under X", statistics.median(s for s, _ in app), "s",
                   statistics.median(s for s, _ in bare), STARTUP_TARGET_S,
                   f"Xvfb, median of {repeat}; runs {', '.join(f'{s:.2f}' for s, _ in app)}", ratio=STARTUP_X_RATIO)]
