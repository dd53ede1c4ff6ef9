"""Fourth Pillar desk: the register, helpdesk and follow-ups of the 4th Pillar Support Office."""

__version__ = "0.1.0"
