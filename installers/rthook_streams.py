"""PyInstaller runtime hook: give a windowed build somewhere to write.

A windowed executable (Windows without a console, the macOS .app) starts with ``sys.stdout``
and ``sys.stderr`` set to None; ``--version``, ``--help`` and the error report would then crash
on ``None.write``. Writing to the null device keeps the app alive; the console build and a
terminal-started Linux bundle keep their real streams.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
