"""Small input widgets shared by the editors, pages and (if useful) the lists.

Written with the editors (issue 2); anyone may use them:

- :mod:`.date_field`: :class:`DateField`, a date typed as text (dd/mm/yyyy or yyyy-mm-dd) with
  a calendar button; blank means no date, and what was typed is kept for validation.
- :mod:`.choices`: :class:`ChoiceCombo` (one vocabulary code, optionally none) and
  :class:`CheckGrid` (several codes as check boxes), both fed with ``Vocabulary.choices()``.
- :mod:`.countries`: :class:`CountryPicker`, ISO 3166 codes picked by their Dutch names.
- :mod:`.message_bar`: :class:`MessageBar`, an inline banner with an optional action button.
- :mod:`.tables`: :func:`row_table`, a read-only table chosen from by rows (the dialogs' short lists).
"""
