"""Export use cases: PDF summaries and reports, spreadsheets of lists, the network and figures.

Each reads the store in one session, hands plain data to :mod:`fourthpillar.export` and writes
the file atomically (:func:`fourthpillar.export.atomic.atomic_output`): a cancel or a failure
leaves no file under the chosen name, and an existing file is replaced only with
``overwrite=True``. Long exports take ``progress(done, total)`` and ``is_cancelled()``;
cancelling raises the one :class:`~fourthpillar.jobs.Cancelled` of every long job.

Figures are SQL aggregates (GROUP BY, conditional sums): a report over 200,000 requests reads
a few dozen numbers, never the rows. Lists are streamed from SQL in partitions straight into
a write-only workbook.

One module per document: :mod:`.summaries` (the fiche, the advice summary), :mod:`.report`
(the period figures and the PDF report), :mod:`.statistics` (the figures as a workbook),
:mod:`.list_sheet` (a list as shown), :mod:`.network` (the network list), :mod:`.events` (an
event's sign-in sheet, participants, certificates and calendar file); :mod:`.common` holds
what they share.
"""

from __future__ import annotations

from fourthpillar.services.exports.common import PARTITION
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.events import NotAttended
from fourthpillar.services.exports.events import export_attendance_certificate
from fourthpillar.services.exports.events import export_attendance_certificates
from fourthpillar.services.exports.events import export_event_calendar
from fourthpillar.services.exports.events import export_participants
from fourthpillar.services.exports.events import export_sign_in_sheet
from fourthpillar.services.exports.list_sheet import export_list
from fourthpillar.services.exports.network import NETWORK_STATUSES
from fourthpillar.services.exports.network import export_network_list
from fourthpillar.services.exports.report import ReportPeriod
from fourthpillar.services.exports.report import compute_period_figures
from fourthpillar.services.exports.report import export_period_report
from fourthpillar.services.exports.report import get_period_figures
from fourthpillar.services.exports.statistics import export_statistics
from fourthpillar.services.exports.summaries import export_advice_summary
from fourthpillar.services.exports.summaries import export_initiative_summary
from fourthpillar.services.exports.summaries import load_advice_summary
from fourthpillar.services.exports.summaries import load_initiative_summary

__all__ = [
    "NETWORK_STATUSES",
    "PARTITION",
    "ExportResult",
    "NotAttended",
    "PathLike",
    "ReportPeriod",
    "compute_period_figures",
    "export_advice_summary",
    "export_attendance_certificate",
    "export_attendance_certificates",
    "export_event_calendar",
    "export_initiative_summary",
    "export_list",
    "export_network_list",
    "export_participants",
    "export_period_report",
    "export_sign_in_sheet",
    "export_statistics",
    "get_period_figures",
    "load_advice_summary",
    "load_initiative_summary",
]
