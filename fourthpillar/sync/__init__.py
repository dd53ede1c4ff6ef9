"""Field sync: packages (files that carry changes between replicas) and the per-field merge.

:mod:`package` reads and writes the file format, :mod:`log` reads the change log and version
vectors, :mod:`merge` applies incoming changes, :mod:`conflicts` keeps the Conflicts list and
:mod:`snapshot` makes and unpacks first packages. The use cases are in
:mod:`fourthpillar.services.sync`.
"""
