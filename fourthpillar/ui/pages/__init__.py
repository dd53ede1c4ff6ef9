"""Pages shown in the main window's central area: :mod:`.initiative_page` (InitiativePage)."""
