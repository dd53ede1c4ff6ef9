"""Pure domain knowledge: vocabularies, Belgian identifiers, countries, validation. No I/O."""
