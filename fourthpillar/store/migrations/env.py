"""Alembic environment: run against the connection handed over by fourthpillar.store.migrate."""

from __future__ import annotations

from alembic import context

from fourthpillar.store import import_models  # noqa: F401 - registers import_run on Base.metadata
from fourthpillar.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise SystemExit("Run migrations through fourthpillar (python -m fourthpillar), not alembic.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table.
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
