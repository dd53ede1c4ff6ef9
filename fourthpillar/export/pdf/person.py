"""The PDF a contact person receives with everything the register holds about them (GDPR art. 15).

It goes to the person, so it reads like the office's other letters: the letterhead, dates and
words in the language it is written in (:func:`fourthpillar.i18n.speaking`), values in words
("Dutch", "answered"), and the change history as "6/12/2026 14:05 · changed · e-mail: old → new",
never as raw timestamps and codes. The machine-readable copy is the JSON beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Sequence
from typing import IO
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fourthpillar import i18n
from fourthpillar.domain import fields as rules
from fourthpillar.domain.countries import country_name
from fourthpillar.export.data import Office
from fourthpillar.export.pdf.layout import CONTENT_WIDTH
from fourthpillar.export.pdf.layout import DocumentFrame
from fourthpillar.export.pdf.layout import Styles
from fourthpillar.export.pdf.layout import build_pdf
from fourthpillar.export.pdf.layout import details_table
from fourthpillar.export.pdf.layout import format_date
from fourthpillar.export.pdf.layout import grid_table
from fourthpillar.export.pdf.layout import paragraph
from fourthpillar.export.pdf.layout import spacer
from fourthpillar.export.pdf.layout import text
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator

#: What each kind of record is called in the history (its field rules: ``domain.fields.FIELD_RULES``).
_RECORD_NOUNS: Mapping[str, str] = {
    "contact": QT_TRANSLATE_NOOP("Export", "your contact details"),
    "request": QT_TRANSLATE_NOOP("Export", "advice request"),
    "follow_up": QT_TRANSLATE_NOOP("Export", "follow-up"),
    "registration": QT_TRANSLATE_NOOP("Export", "registration for an event"),
}
_OPERATIONS: Mapping[str, str] = {
    "create": QT_TRANSLATE_NOOP("Export", "created"),
    "update": QT_TRANSLATE_NOOP("Export", "changed"),
    "archive": QT_TRANSLATE_NOOP("Export", "archived"),
    "restore": QT_TRANSLATE_NOOP("Export", "restored"),
    "erase": QT_TRANSLATE_NOOP("Export", "erased"),
}


tr = translator("Export")


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _day(value: Any) -> str:
    if isinstance(value, dt.date):
        return format_date(value)
    try:
        return format_date(dt.date.fromisoformat(str(value)[:10])) if value else ""
    except ValueError:
        return str(value)


def _in_words(rule: rules.Field | None, field: str, value: Any) -> str:
    """A stored value as the person would say it: labels for codes, dates as dates; an internal
    reference (another record's or an officer's id) says nothing to the person and is left out."""
    if value is None or value == "" or value == [] or field.endswith("_id"):
        return ""
    vocabulary = rule.vocabulary if isinstance(rule, rules.Choice | rules.MultiChoice) else None
    items = value if isinstance(value, list) else [value]
    if field == "partner_countries":
        return ", ".join(country_name(str(code), i18n.current_language()) for code in items)
    if vocabulary is not None:
        return ", ".join(vocabulary.label(str(item)) for item in items)
    if isinstance(rule, rules.Date):
        return _day(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int | float):
        return i18n.format_number(value)
    return ", ".join(str(item) for item in items)


def _history_rows(history: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    rows = []
    for entry in history:
        if str(entry.get("field") or "").endswith("_id"):
            continue  # a link to another record or an officer: says nothing to the person
        entity = str(entry["entity"])
        kind, field_rules = _RECORD_NOUNS.get(entity, entity), rules.FIELD_RULES.get(entity, {})
        field = entry.get("field")
        operation = _OPERATIONS.get(str(entry["operation"]))
        what = " · ".join(part for part in (
            tr(operation) if operation else str(entry["operation"]), tr(kind)) if part)
        change = ""
        if field:
            rule = field_rules.get(field)
            label = translate("Field", rule.label) if rule is not None else field
            old, new = (_in_words(rule, field, entry.get(key)) for key in ("old_value", "new_value"))
            change = f"{label}: {old} → {new}" if old else f"{label}: {new}" if new else label
        moment = _moment(entry.get("changed_at"))
        rows.append([i18n.format_datetime(moment) if moment else "", text(what), text(change)])
    return rows


def _requests(requests: Sequence[Mapping[str, Any]], styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for request in requests:
        facts = [_day(request.get("received_on")),
                 _in_words(rules.REQUEST_FIELDS.get("channel"), "channel", request.get("channel")),
                 _in_words(rules.REQUEST_FIELDS.get("status"), "status", request.get("status"))]
        story.append(paragraph(text(" · ".join(fact for fact in facts if fact)), styles.subheading))
        story += [paragraph(tr("Question"), styles.field), paragraph(text(request.get("question")), styles.body)]
        if request.get("advice"):
            story += [paragraph(tr("Advice given"), styles.field), paragraph(text(request["advice"]), styles.body)]
        follow_ups = request.get("follow_ups") or []
        if follow_ups:
            story.append(paragraph(tr("Follow-ups"), styles.field))
            story.append(grid_table(
                [QT_TRANSLATE_NOOP("Export", "What"), QT_TRANSLATE_NOOP("Export", "Due"),
                 QT_TRANSLATE_NOOP("Export", "Done")],
                [[text(item.get("action")), _day(item.get("due_on")), _day(item.get("done_on"))]
                 for item in follow_ups],
                [CONTENT_WIDTH - 50 * mm, 25 * mm, 25 * mm], styles))
    return story


def person_story(data: Mapping[str, Any], styles: Styles) -> list[Flowable]:
    contact = data["contact"]
    exported = _moment(data.get("exported_at"))
    story: list[Flowable] = [
        paragraph(text(tr("Your personal data")), styles.title),
        paragraph(text(translate("Export", "Everything the register of the 4th Pillar Support Office holds about "
                                           "you, as it stood on {date}.").format(
            date=i18n.format_long_date(exported.astimezone().date()) if exported else "")), styles.subtitle),
        paragraph(tr("Your contact details"), styles.heading),
        details_table([
            (label, text(_in_words(rules.CONTACT_FIELDS.get(name), name, contact.get(name))))
            for name, label in (
                ("name", QT_TRANSLATE_NOOP("Export", "Name")), ("role", QT_TRANSLATE_NOOP("Export", "Role")),
                ("email", QT_TRANSLATE_NOOP("Export", "E-mail")), ("phone", QT_TRANSLATE_NOOP("Export", "Phone")),
                ("language", QT_TRANSLATE_NOOP("Export", "Preferred language")),
                ("consent_date", QT_TRANSLATE_NOOP("Export", "Consent given on")),
            )
        ] + [(QT_TRANSLATE_NOOP("Export", "Initiative"), text(data["initiative"].get("name")))], styles),
    ]
    requests = data.get("requests") or []
    story.append(paragraph(translate("Export", "Your advice requests ({count})").format(
        count=i18n.format_number(len(requests))), styles.heading))
    story += _requests(requests, styles) or [paragraph(tr("None."), styles.body)]
    registrations = data.get("registrations") or []
    story.append(paragraph(translate("Export", "Your registrations for trainings and events ({count})").format(
        count=i18n.format_number(len(registrations))), styles.heading))
    if registrations:
        story.append(grid_table(
            [QT_TRANSLATE_NOOP("Export", "Event"), QT_TRANSLATE_NOOP("Export", "Date"),
             QT_TRANSLATE_NOOP("Export", "Status")],
            [[text(item.get("event")), _day(item.get("starts_on")),
              text(_in_words(rules.REGISTRATION_FIELDS.get("status"), "status", item.get("status")))]
             for item in registrations],
            [CONTENT_WIDTH - 70 * mm, 25 * mm, 45 * mm], styles))
    else:
        story.append(paragraph(tr("None."), styles.body))
    history = data.get("history") or []
    story += [
        paragraph(translate("Export", "Every change to these data ({count})").format(
            count=i18n.format_number(len(history))), styles.heading),
        spacer(1 * mm),
        grid_table([QT_TRANSLATE_NOOP("Export", "When"), QT_TRANSLATE_NOOP("Export", "What"),
                    QT_TRANSLATE_NOOP("Export", "Change")],
                   _history_rows(history), [30 * mm, 48 * mm, CONTENT_WIDTH - 78 * mm], styles),
    ]
    return story


def write_person_data(target: IO[bytes], data: Mapping[str, Any], *, office: Office, language: str) -> None:
    """The person's PDF into *target*, in *language* (their preferred one), on the office's letterhead."""
    with i18n.speaking(language):
        styles = Styles()
        frame = DocumentFrame(office=office, kind=tr("Personal data"), marking=tr("For the person concerned"))
        build_pdf(target, person_story(data, styles), frame=frame, title=tr("Your personal data"),
                  subject=tr("Personal data"))
