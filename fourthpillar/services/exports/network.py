"""The network list: active and dormant initiatives' public details, one sheet per province."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.domain.vocab import INITIATIVE_STATUSES
from fourthpillar.domain.vocab import LEGAL_FORMS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import THEMES
from fourthpillar.export.atomic import atomic_output
from fourthpillar.export.atomic import check_target
from fourthpillar.export.xlsx.workbook import Column
from fourthpillar.export.xlsx.workbook import WorkbookWriter
from fourthpillar.i18n import translate
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.lists.columns import country_names
from fourthpillar.services.desk import Desk
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.common import office
from fourthpillar.services.exports.common import stream
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative

#: Initiatives that stopped are not part of the network list.
NETWORK_STATUSES = ("active", "dormant")


def _network_columns() -> list[Column]:
    return [
        Column(translate("Export", "Name"), "name"),
        Column(translate("Export", "Legal form"), "text"),
        Column(translate("Export", "Enterprise number"), "short"),
        Column(translate("Export", "Postcode"), "short", 10),
        Column(translate("Export", "Municipality"), "text", 20),
        Column(translate("Export", "Partner countries"), "text", 28),
        Column(translate("Export", "Themes"), "text", 30),
        Column(translate("Export", "Founded"), "number", 9),
        Column(translate("Export", "4de Pijlerpanel"), "short", 14),
        Column(translate("Export", "Status"), "short", 10),
        Column(translate("Export", "Contact persons"), "long", 28),
        Column(translate("Export", "E-mail"), "long", 30),
        Column(translate("Export", "Phone"), "long", 18),
    ]


def export_network_list(
    desk: Desk,
    *,
    path: PathLike,
    overwrite: bool = False,
    progress: Progress = no_progress,
    is_cancelled: IsCancelled = never_cancelled,
) -> ExportResult:
    """The network: active and dormant initiatives with their public details, one sheet per
    province; contact persons only where their consent is recorded. No street address, notes,
    tags or requests."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    writer = WorkbookWriter(
        title=translate("Export", "Network of 4th pillar initiatives"), author=office(desk).full_name
    )
    with writer:
        live = and_(Initiative.archived_at.is_(None), Initiative.status.in_(NETWORK_STATUSES))
        yes, no = translate("Export", "yes"), translate("Export", "no")
        with desk.database.session() as session:
            per_province = dict(
                session.execute(
                    select(Initiative.province, func.count()).where(live).group_by(Initiative.province)
                ).all()
            )
            total = sum(per_province.values())
            progress(0, total)
            written = 0
            order = [code for code in PROVINCES.codes if per_province.get(code)]
            if any(code not in PROVINCES.codes for code in per_province):
                order.append("")
            for code in order:
                sheet = writer.add_sheet(
                    PROVINCES.label(code) if code else translate("Export", "No province"), _network_columns()
                )
                in_province = (
                    Initiative.province == code
                    if code
                    else Initiative.province.is_(None) | Initiative.province.not_in(PROVINCES.codes)
                )
                statement = select(Initiative).where(live, in_province).order_by(Initiative.name_key, Initiative.id)
                for partition in stream(session, statement, is_cancelled):
                    initiatives = [row[0] for row in partition]
                    contacts: dict[str, list[ContactPerson]] = {}
                    for contact in session.scalars(
                        select(ContactPerson)
                        .where(
                            ContactPerson.initiative_id.in_([item.id for item in initiatives]),
                            ContactPerson.archived_at.is_(None),
                            ContactPerson.consent_date.is_not(None),
                        )
                        .order_by(ContactPerson.name, ContactPerson.id)
                    ):
                        contacts.setdefault(contact.initiative_id, []).append(contact)
                    for item in initiatives:
                        people = contacts.get(item.id, [])
                        sheet.append(
                            [
                                item.name,
                                LEGAL_FORMS.label(item.legal_form),
                                item.enterprise_number,
                                item.postcode,
                                item.municipality,
                                country_names(item.partner_countries),
                                ", ".join(THEMES.label(theme) for theme in item.themes),
                                item.founded_year,
                                yes if item.panel_member else no,
                                INITIATIVE_STATUSES.label(item.status),
                                "\n".join(
                                    person.name + (f" ({person.role})" if person.role else "") for person in people
                                ),
                                "\n".join(person.email for person in people),
                                "\n".join(person.phone for person in people),
                            ]
                        )
                    written += len(initiatives)
                    progress(written, total)
        with atomic_output(target, overwrite=overwrite) as temporary:
            if is_cancelled():
                raise Cancelled()
            writer.save(temporary)
    return ExportResult(target, written, sheets=max(1, len(order)))
