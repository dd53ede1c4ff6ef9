"""Files that leave the office: PDF documents (ReportLab) and spreadsheets (openpyxl). No Qt.

- :mod:`.safety`: user text made safe for ReportLab markup and for spreadsheet cells.
- :mod:`.atomic`: write to a temporary file in the target folder, then rename; never a half file.
- :mod:`.fonts`, :mod:`.arabic`: the shipped fonts (``resources/fonts``) and Arabic display.
- :mod:`.data`: the plain data documents are drawn from (filled by ``services.exports``).
- :mod:`.pdf`: the initiative summary (internal/shared), the advice summary, the period report.
- :mod:`.xlsx`: streaming write-only workbooks with typed cells, frozen header and autofilter.

The use cases (reading the store, choosing what a shared document may hold) live in
:mod:`fourthpillar.services.exports`.
"""
