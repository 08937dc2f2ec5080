"""The members' area in the Bottrop demo: per district a network meeting and three posts on
the notice board, and internal contact persons for every organisation. German only, like
the area itself; idempotent, as `seed_demo` is."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from network.models import ContactPerson, DateKind, NetworkDate, Post, PostKind
from offers import permissions
from offers.models import District, Organisation, Place

# District slug → (meeting place slug, weekday of the meeting, three posts: organisation
# slug, kind, title, text).
DISTRICTS = {
    "welheim": (
        "quartiersbuero-welheim",
        1,
        [
            (
                "tus-welheim",
                PostKind.OFFER,
                "Raum dienstags frei",
                "Unser Vereinsraum an der Sportanlage ist dienstags von 9 bis 14 Uhr frei. "
                "Platz für 15 Personen, Küche vorhanden. Bei Interesse bitte anrufen.",
            ),
            (
                "familienzentrum-sonnenblume",
                PostKind.REQUEST,
                "Suchen Dolmetscherin für Farsi",
                "Für ein Elterngespräch am Donnerstagvormittag suchen wir eine Dolmetscherin "
                "für Farsi. Wer kennt jemanden?",
            ),
            (
                "sozialwerk-emscher",
                PostKind.OFFER,
                "Tische und Stühle auszuleihen",
                "Für Feste im Quartier leihen wir zehn Biertischgarnituren aus. Abholung am "
                "Nachbarschaftscafé.",
            ),
        ],
    ),
    "altstadt": (
        "quartiersbuero-altstadt",
        2,
        [
            (
                "nachbarschaftsverein-altstadt",
                PostKind.REQUEST,
                "Ehrenamtliche fürs Repair-Café",
                "Wer kennt Menschen, die gern Fahrräder oder Toaster reparieren? Samstags "
                "einmal im Monat, 14 bis 17 Uhr.",
            ),
            (
                "vhs-bottrop",
                PostKind.OFFER,
                "Plätze im Deutschkurs A1 frei",
                "Im Abendkurs ab Januar sind noch fünf Plätze frei. Bitte gern an Familien "
                "weitergeben, die gerade ankommen.",
            ),
            (
                "familienzentrum-regenbogen",
                PostKind.REQUEST,
                "Raum für Babymassage gesucht",
                "Wir suchen mittwochs vormittags einen warmen Raum mit Teppich für sechs "
                "Eltern mit Babys.",
            ),
        ],
    ),
    "nord-ost": (
        "quartiersbuero-nord-ost",
        3,
        [
            (
                "tsv-bottrop-nord",
                PostKind.OFFER,
                "Hallenzeit freitags frei",
                "Freitags von 16 bis 17 Uhr ist die Halle im Sportpark frei. Für Gruppen "
                "mit Kindern ab 6 Jahren.",
            ),
            (
                "jugendhilfe-bottrop",
                PostKind.REQUEST,
                "Suchen Dolmetscher für Arabisch",
                "Für die Sprechstunde im Jugendhaus suchen wir für zwei Termine im Monat "
                "Unterstützung auf Arabisch.",
            ),
            (
                "ogs-foerderverein",
                PostKind.OFFER,
                "Bastelmaterial abzugeben",
                "Nach dem Umzug der OGS haben wir zwei Kisten Bastelmaterial übrig. Bitte "
                "bis Monatsende abholen.",
            ),
        ],
    ),
    "batenbrock-sued": (
        "quartiersbuero-batenbrock-sued",
        4,
        [
            (
                "djk-batenbrock",
                PostKind.REQUEST,
                "Trainerin für Mädchenfußball gesucht",
                "Für die neue Mädchengruppe suchen wir eine Trainerin oder jemanden, der "
                "jemanden kennt. Montags 17 Uhr.",
            ),
            (
                "stadtbuecherei-bottrop",
                PostKind.OFFER,
                "Bücherkisten für Kitas",
                "Wir stellen Kitas und Familienzentren Bücherkisten in mehreren Sprachen "
                "zusammen. Ausleihe für sechs Wochen.",
            ),
            (
                "sozialwerk-emscher",
                PostKind.REQUEST,
                "Fahrdienst zum Seniorenfrühstück",
                "Wer kann donnerstags zwei Seniorinnen von der Batenbrockstraße zur "
                "Begegnung mitnehmen?",
            ),
        ],
    ),
}

# Internal contacts: (name, role, phone) per organisation, by position in the list.
CONTACT_NAMES = [
    ("Sabine Kowalski", "Leitung"),
    ("Murat Yıldız", "Koordination Ehrenamt"),
    ("Olena Shevchenko", "Sozialarbeit"),
    ("Thomas Berger", "Geschäftsführung"),
    ("Leyla Ahmadi", "Elternarbeit"),
    ("Jan Nowak", "Jugendarbeit"),
]


def load_network_demo(today) -> None:
    """Whatever of the network demo is missing, with dates and expiry relative to `today`."""
    with transaction.atomic():
        _permissions()
        _contacts()
        for index, district in enumerate(District.objects.filter(slug__in=DISTRICTS)):
            place_slug, weekday, posts = DISTRICTS[district.slug]
            _meeting(district, Place.objects.filter(slug=place_slug).first(), weekday, today)
            for offset, spec in enumerate(posts):
                _post(district, spec, today, index * 3 + offset)
        _working_group(today)


def _permissions():
    """Clerks manage everything of the network in the admin; providers their contacts."""
    clerks = Group.objects.filter(name=permissions.CLERK_GROUP).first()
    if clerks:
        clerks.permissions.add(*Permission.objects.filter(content_type__app_label="network"))
    providers = Group.objects.filter(name=permissions.PROVIDER_GROUP).first()
    if providers:
        providers.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="network", codename__endswith="contactperson"
            )
        )


def _contacts():
    for index, organisation in enumerate(Organisation.objects.order_by("slug")):
        if organisation.contacts.exists():
            continue
        for offset in range(2):
            name, role = CONTACT_NAMES[(index * 2 + offset) % len(CONTACT_NAMES)]
            local = name.lower().split()[0].replace("ı", "i")
            ContactPerson.objects.create(
                organisation=organisation,
                name=name,
                role=role,
                phone=f"02041 70{index:02d}{offset}{offset}",
                email=f"{local}@{organisation.slug}.example",
            )


def _at(day, hour):
    return datetime.combine(day, time(hour), tzinfo=ZoneInfo(settings.TIME_ZONE))


def _next(today, weekday, weeks=1):
    return today + timedelta(days=(weekday - today.weekday()) % 7 + 7 * (weeks - 1) or 7)


def _meeting(district, place, weekday, today):
    title = f"Stadtteilkonferenz {district.name}"
    if NetworkDate.objects.filter(title=title).exists():
        return
    day = _next(today, weekday, weeks=2)
    date = NetworkDate.objects.create(
        title=title,
        kind=DateKind.MEETING,
        starts_at=_at(day, 10),
        ends_at=_at(day, 12),
        place=place,
        room="Besprechungsraum im Erdgeschoss",
        description=(
            "Alle Träger im Stadtteil berichten kurz, was ansteht. Danach: Planung des "
            "Stadtteilfests und offene Anfragen von der Pinnwand."
        ),
        organiser=Organisation.objects.filter(slug="stadt-bottrop").first(),
    )
    date.districts.set([district])


def _working_group(today):
    title = "AG Sprachmittlung"
    if NetworkDate.objects.filter(title=title).exists():
        return
    day = _next(today, 0, weeks=3)
    NetworkDate.objects.create(
        title=title,
        kind=DateKind.WORKING_GROUP,
        starts_at=_at(day, 14),
        ends_at=_at(day, 15),
        room="Online per Videokonferenz, der Link kommt mit der Einladung",
        description="Wer dolmetscht wo? Gemeinsame Liste der Sprachmittlerinnen für die Stadt.",
        organiser=Organisation.objects.filter(slug="sozialwerk-emscher").first(),
    )


def _post(district, spec, today, index):
    slug, kind, title, text = spec
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None or Post.objects.filter(title=title).exists():
        return
    post = Post.objects.create(
        organisation=organisation,
        kind=kind,
        title=title,
        text=text,
        expires_on=today + timedelta(days=14 + 3 * index),
    )
    post.districts.set([district])
