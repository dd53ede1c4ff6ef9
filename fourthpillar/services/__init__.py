"""Use cases: the only door the UI and the command line use into the register.

Every function takes the :class:`~fourthpillar.services.desk.Desk` first and keyword-only
arguments after it, opens one session (one unit of work), and returns plain dataclasses.
"""
