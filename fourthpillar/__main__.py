"""`python -m fourthpillar` opens the app; `python -m fourthpillar <command>` runs the command line."""

from fourthpillar.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
