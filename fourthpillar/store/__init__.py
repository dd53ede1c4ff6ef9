"""Persistence: typed SQLAlchemy models, the database connection, migrations and queries.

Nothing here imports from the services or the UI.
"""
