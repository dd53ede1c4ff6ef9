"""The bundle's entry script: the same as ``python -m fourthpillar``.

PyInstaller runs this file as ``__main__``; it lives outside the package so that the package's
own folder is not put on the module path (``resources``, ``cli`` would look like top-level modules).
"""

from fourthpillar.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
