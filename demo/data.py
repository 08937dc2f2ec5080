"""Demo-Daten für „Quartier“: Wochenplan sozialer Angebote in Bottrop.

Reine Python-Datenstruktur ohne Django-Importe. Ein separater Loader liest die Konstanten
und legt daraus Stadt, Zielgruppen, Kategorien, Träger, Stadtteile, Orte und Angebote an.

Schema-Hinweise:

* Wochentage: 0 = Montag … 6 = Sonntag; Uhrzeiten als "HH:MM" (24 Stunden).
* Regeln (``rules``):
  - ``weekly``: ``weekdays``, ``start``, ``end``, ``interval`` (1 = jede Woche,
    2 = jede zweite Woche), ``school_holidays``, ``on_public_holidays``.
  - ``monthly``: ``ordinal`` (1–4 oder -1 = letzter), ``weekdays`` (ein Tag), ``start``,
    ``end``, ``school_holidays``, ``on_public_holidays``.
  - ``dates``: ``day_offsets`` = Tage ab dem Montag der Woche, in der die Demo geladen wird.
* ``school_holidays``: "always" = auch in den NRW-Schulferien, "pause" = nicht in den
  Schulferien, "only" = nur in den Schulferien (Ferienprogramm).
* Was eine Regel nicht nennt, gilt wie üblich: ``interval`` 1, ``school_holidays`` "always",
  ``on_public_holidays`` False (so liest der Loader sie). Was eine Vorlage nicht nennt, kommt
  aus ``OFFER_DEFAULTS``.
* Angebote ohne feste Zeiten haben ``rules = []`` und einen ``times_note``.
* Online-Angebote haben ``place_kind = None``, ``attendance = "online"`` und eine
  ``online_url``; hybride (``attendance = "hybrid"``) einen Ort und eine ``online_url``.
  ``{district}`` in der ``online_url`` wird durch den Kurznamen des Stadtteils ersetzt.
* ``childcare``: Kinderbetreuung während des Angebots (fehlt = nein).
* Der Loader setzt jede Vorlage aus ``OFFER_TEMPLATES`` in den ersten Ort des Stadtteils,
  dessen ``kind`` zu ``place_kind`` passt.

Alle Personen, Vereine, Adressen, Telefonnummern und Web-Adressen sind erfunden
(Domains enden auf ".example").
"""

# Stadt und zentrale Ansprechstelle
CITY = {
    "name": "Bottrop",
    "contact_name": "Stadt Bottrop – Sozialamt, Koordination Quartiersarbeit",
    "street": "Ernst-Wilczok-Platz 1",
    "postcode": "46236",
    "city": "Bottrop",
    "phone": "02041 70-4410",
    "email": "quartier@bottrop.example",
}


# Zielgruppen (Reihenfolge = Anzeigereihenfolge)
TARGET_GROUPS = [
    {"slug": "kleinkinder", "name": "Kleinkinder und Eltern", "min_age": 0, "max_age": 3},
    {"slug": "kita-kinder", "name": "Kita-Kinder", "min_age": 3, "max_age": 6},
    {"slug": "kinder", "name": "Kinder", "min_age": 6, "max_age": 11},
    {"slug": "jugendliche", "name": "Jugendliche", "min_age": 12, "max_age": 17},
    {"slug": "junge-erwachsene", "name": "Junge Erwachsene", "min_age": 18, "max_age": 26},
    {"slug": "familien", "name": "Familien", "min_age": None, "max_age": None},
    {"slug": "erwachsene", "name": "Erwachsene", "min_age": 27, "max_age": 59},
    {"slug": "senioren", "name": "Seniorinnen und Senioren", "min_age": 60, "max_age": 99},
]


# Kategorien (Reihenfolge = Anzeigereihenfolge)
CATEGORIES = [
    {"slug": "sport", "name": "Sport und Bewegung", "pictogram": "sport"},
    {"slug": "lernen", "name": "Lernen und Hausaufgaben", "pictogram": "learning"},
    {"slug": "familie", "name": "Familie und Erziehung", "pictogram": "family"},
    {"slug": "beratung", "name": "Beratung und Hilfe", "pictogram": "advice"},
    {"slug": "sprache", "name": "Sprache und Begegnung", "pictogram": "meeting"},
    {"slug": "digital", "name": "Digitales", "pictogram": "digital"},
    {"slug": "kreativ", "name": "Kreativ und Kultur", "pictogram": "creative"},
    {"slug": "freizeit", "name": "Freizeit und Ferien", "pictogram": "leisure"},
    {"slug": "gesundheit", "name": "Gesundheit und Ernährung", "pictogram": "health"},
]


# Träger und Anbieter
ORGANISATIONS = [
    {
        "slug": "stadt-bottrop",
        "name": "Stadt Bottrop – Quartiersarbeit",
        "kind": "public",
        "website": "https://www.quartier-bottrop.example",
        "email": "info@quartier-bottrop.example",
        "phone": "02041 704410",
        "profile": (
            "Die Quartiersarbeit der Stadt Bottrop betreibt die Quartiersbüros. Wir beraten alle "
            "Menschen im Stadtteil, vermitteln Hilfe und bringen Nachbarn, Vereine und "
            "Einrichtungen zusammen."
        ),
    },
    {
        "slug": "vhs-bottrop",
        "name": "Volkshochschule Bottrop",
        "kind": "public",
        "website": "https://www.vhs-bottrop.example",
        "email": "anmeldung@vhs-bottrop.example",
        "phone": "02041 703850",
        "profile": (
            "Die Volkshochschule bietet Kurse für Erwachsene: Deutsch und Integration, "
            "Schulabschlüsse, Computer, Gesundheit und Kultur. Viele Kurse finden auch in den "
            "Stadtteilen statt, manche sind kostenlos."
        ),
        "districts": ["welheim", "nord-ost", "batenbrock-sued"],
    },
    {
        "slug": "stadtbuecherei-bottrop",
        "name": "Stadtbücherei Bottrop",
        "kind": "public",
        "website": "https://www.stadtbuecherei-bottrop.example",
        "email": "info@stadtbuecherei-bottrop.example",
        "phone": "02041 703870",
        "profile": (
            "Die Stadtbücherei leiht Bücher, Filme und Spiele aus – auch in vielen Sprachen. Für "
            "Kinder gibt es Vorlesestunden, für Erwachsene Hilfe am Computer und Lesecafés."
        ),
    },
    {
        "slug": "jugendhilfe-bottrop",
        "name": "Jugendhilfe Bottrop e. V.",
        "kind": "youth_centre",
        "website": "https://www.jugendhilfe-bottrop.example",
        "email": "kontakt@jugendhilfe-bottrop.example",
        "phone": "02041 186420",
        "profile": (
            "Die Jugendhilfe Bottrop betreibt Jugendtreffs und berät Kinder, Jugendliche und "
            "Eltern. Offene Treffs, Hausaufgabenhilfe, Ferienprogramme und Beratung sind "
            "kostenlos."
        ),
    },
    {
        "slug": "tus-welheim",
        "name": "TuS Welheim 1911 e. V.",
        "kind": "sports_club",
        "website": "https://www.tus-welheim.example",
        "email": "geschaeftsstelle@tus-welheim.example",
        "phone": "02041 262911",
        "profile": (
            "Sportverein für alle Generationen in Welheim: Fußball, Turnen, Schwimmen und "
            "Gesundheitssport. Schnuppern ist kostenlos, Kinder aus Familien mit wenig Geld "
            "machen ohne Beitrag mit."
        ),
    },
    {
        "slug": "djk-batenbrock",
        "name": "DJK Batenbrock 1926 e. V.",
        "kind": "sports_club",
        "website": "https://www.djk-batenbrock.example",
        "email": "info@djk-batenbrock.example",
        "phone": "02041 591926",
        "profile": (
            "Der Sportverein in Batenbrock: Fußball, Tischtennis, Kinderturnen und Gymnastik für "
            "Ältere. Neue Mitglieder sind willkommen – zum Ausprobieren einfach vorbeikommen."
        ),
    },
    {
        "slug": "tsv-bottrop-nord",
        "name": "TSV Bottrop-Nord 1898 e. V.",
        "kind": "sports_club",
        "website": "https://www.tsv-bottrop-nord.example",
        "email": "verein@tsv-bottrop-nord.example",
        "phone": "02041 441898",
        "profile": (
            "Traditionsverein im Norden Bottrops mit Handball, Leichtathletik, Tanz und Sport für"
            " Menschen mit Behinderung. Probetrainings sind kostenlos."
        ),
    },
    {
        "slug": "familienzentrum-sonnenblume",
        "name": "Familienzentrum Sonnenblume",
        "kind": "family_centre",
        "website": "https://www.fz-sonnenblume.example",
        "email": "kontakt@fz-sonnenblume.example",
        "phone": "02041 263340",
        "profile": (
            "Kita und Familienzentrum in Welheim: Eltern-Kind-Gruppen, Beratung für Familien, "
            "Sprachförderung und Elterncafé. Auch Familien, deren Kinder nicht in die Kita gehen,"
            " sind willkommen."
        ),
    },
    {
        "slug": "familienzentrum-regenbogen",
        "name": "Familienzentrum Regenbogen",
        "kind": "family_centre",
        "website": "https://www.fz-regenbogen.example",
        "email": "kontakt@fz-regenbogen.example",
        "phone": "02041 187215",
        "profile": (
            "Kita und Familienzentrum in der Altstadt: Krabbelgruppen, Familienberatung, Hilfe "
            "bei Anträgen und Deutsch für Eltern. In Nord-Ost sind wir mit einer "
            "Elternsprechstunde unterwegs."
        ),
        "districts": ["nord-ost"],
    },
    {
        "slug": "ogs-foerderverein",
        "name": "Förderverein Offene Ganztagsschulen Bottrop e. V.",
        "kind": "school",
        "website": "https://www.ogs-bottrop.example",
        "email": "info@ogs-bottrop.example",
        "phone": "02041 702960",
        "profile": (
            "Der Förderverein trägt die Offenen Ganztagsschulen: Betreuung nach dem Unterricht, "
            "Mittagessen, Hausaufgabenhilfe und AGs für Grundschulkinder."
        ),
    },
    {
        "slug": "nachbarschaftsverein-altstadt",
        "name": "Nachbarschaftsverein Altstadt e. V.",
        "kind": "initiative",
        "website": "https://www.nachbarn-altstadt.example",
        "email": "hallo@nachbarn-altstadt.example",
        "phone": "02041 185577",
        "profile": (
            "Nachbarinnen und Nachbarn, die sich für die Altstadt einsetzen: Repair-Café, "
            "Stadtteilfest, Nachbarschaftshilfe und Begegnung über Sprachgrenzen hinweg. Alle "
            "können mitmachen."
        ),
    },
    {
        "slug": "sozialwerk-emscher",
        "name": "Sozialwerk Emscher-Lippe e. V.",
        "kind": "welfare",
        "website": "https://www.sozialwerk-emscher.example",
        "email": "info@sozialwerk-emscher.example",
        "phone": "02041 775300",
        "profile": (
            "Wohlfahrtsverband mit Beratung zu Schulden, Sucht, Migration und Pflege, dazu "
            "Seniorentreffs und Sprachcafés. Die Beratung ist kostenlos und vertraulich."
        ),
    },
]


# Stadtteile (Quartiere) mit Quartiersbüro
DISTRICTS = [
    {
        "slug": "welheim",
        "name": "Welheim",
        "code": "wel",
        "intro": (
            "Welheim liegt im Süden von Bottrop. Herz des Stadtteils ist die Gartenstadt mit "
            "ihren alten Zechenhäusern, Gärten und viel Grün. Auf dieser Seite sehen Sie jede "
            "Woche, welche Treffen, Kurse und Hilfen es in Welheim gibt."
        ),
        "office": {
            "name": "Quartiersbüro Welheim",
            "street": "Gungstraße 46",
            "postcode": "46238",
            "hours": "Mo und Mi 9–12 Uhr, Do 14–17 Uhr",
            "phone": "02041 704520",
            "email": "welheim@quartier-bottrop.example",
        },
    },
    {
        "slug": "altstadt",
        "name": "Altstadt",
        "code": "alt",
        "intro": (
            "Die Altstadt ist die Mitte von Bottrop: mit Rathaus, Fußgängerzone und kurzen "
            "Wegen. Hier wohnen Menschen aus vielen Ländern Tür an Tür. Hier finden Sie, was "
            "diese Woche in Ihrer Nachbarschaft los ist – die meisten Angebote sind kostenlos."
        ),
        "office": {
            "name": "Quartiersbüro Altstadt",
            "street": "Hochstraße 21",
            "postcode": "46236",
            "hours": "Mo und Mi 9–12 Uhr, Di 14–18 Uhr",
            "phone": "02041 704530",
            "email": "altstadt@quartier-bottrop.example",
        },
    },
    {
        "slug": "nord-ost",
        "name": "Nord-Ost",
        "code": "nos",
        "intro": (
            "Nord-Ost ist ein ruhiger Stadtteil mit vielen Familien, Gärten und Grünflächen. "
            "Vereine, Kirchengemeinden und Nachbarinnen und Nachbarn machen hier viel "
            "gemeinsam. Auf dieser Seite stehen alle Treffpunkte und Angebote der Woche."
        ),
        "office": {
            "name": "Quartiersbüro Nord-Ost",
            "street": "Horster Straße 151",
            "postcode": "46240",
            "hours": "Mo und Mi 9–12 Uhr, Fr 10–13 Uhr",
            "phone": "02041 704540",
            "email": "nord-ost@quartier-bottrop.example",
        },
    },
    {
        "slug": "batenbrock-sued",
        "name": "Batenbrock-Süd",
        "code": "bat",
        "intro": (
            "In Batenbrock-Süd leben viele junge Familien. Wichtige Treffpunkte sind der "
            "Sportverein, die Grundschule und das Stadtteilcafé. Hier sehen Sie, welche "
            "Angebote es diese Woche gibt. Bei Fragen hilft Ihnen das Quartiersbüro gern "
            "weiter."
        ),
        "office": {
            "name": "Quartiersbüro Batenbrock-Süd",
            "street": "Batenbrockstraße 80",
            "postcode": "46238",
            "hours": "Mo und Mi 9–12 Uhr, Do 15–18 Uhr",
            "phone": "02041 704550",
            "email": "batenbrock-sued@quartier-bottrop.example",
        },
    },
]


def _office_place(district):
    """A district's quarter office as a place, from what ``DISTRICTS`` says of it."""
    office = next(spec["office"] for spec in DISTRICTS if spec["slug"] == district)
    return {
        "slug": f"quartiersbuero-{district}",
        "district": district,
        "kind": "office",
        "organisation": "stadt-bottrop",
        "name": office["name"],
        "street": office["street"],
        "postcode": office["postcode"],
        "opening_hours": office["hours"],
        "phone": office["phone"],
    }


# Orte; ``kind``: youth_centre, family_centre, school, sports, community, office,
# library, senior
PLACES = [
    # Welheim
    {
        **_office_place("welheim"),
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, barrierefreies WC im Erdgeschoss.",
    },
    {
        "slug": "jugendtreff-welheim",
        "district": "welheim",
        "kind": "youth_centre",
        "organisation": "jugendhilfe-bottrop",
        "name": "Jugendtreff Welheimer Mark",
        "street": "Welheimer Straße 118",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr",
        "step_free": True,
        "accessibility": (
            "Eingang über die Rampe an der Hofseite, barrierefreies WC im Erdgeschoss."
        ),
        "phone": "02041 186431",
    },
    {
        "slug": "familienzentrum-sonnenblume",
        "district": "welheim",
        "kind": "family_centre",
        "organisation": "familienzentrum-sonnenblume",
        "name": "Familienzentrum Sonnenblume",
        "street": "Kraneburgstraße 21",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 7:30–17 Uhr",
        "step_free": True,
        "accessibility": (
            "Ebenerdiger Eingang, Platz für Kinderwagen, Wickelraum und barrierefreies WC."
        ),
        "phone": "02041 263340",
    },
    {
        "slug": "gartenstadtschule-welheim",
        "district": "welheim",
        "kind": "school",
        "organisation": "ogs-foerderverein",
        "name": "Gartenstadtschule (Grundschule mit Offenem Ganztag)",
        "street": "Lindhorststraße 40",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 7:30–18 Uhr",
        "step_free": False,
        "accessibility": (
            "Altbau mit vier Stufen am Haupteingang; Schulhof und Turnhalle sind ebenerdig "
            "erreichbar."
        ),
        "phone": "02041 702961",
    },
    {
        "slug": "sportanlage-welheim",
        "district": "welheim",
        "kind": "sports",
        "organisation": "tus-welheim",
        "name": "Sportanlage TuS Welheim (Halle und Kunstrasenplatz)",
        "street": "Kraneburgstraße 70",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 15–21 Uhr, Sa 9–14 Uhr",
        "step_free": True,
        "accessibility": (
            "Halle und Platz ebenerdig, die Umkleiden liegen im Untergeschoss und sind nur über "
            "eine Treppe erreichbar."
        ),
        "phone": "02041 262912",
    },
    {
        "slug": "nachbarschaftscafe-gartenstadt",
        "district": "welheim",
        "kind": "community",
        "organisation": "sozialwerk-emscher",
        "name": "Nachbarschaftscafé Gartenstadt",
        "street": "Welheimer Straße 64",
        "postcode": "46238",
        "opening_hours": "Di–Fr 9–19 Uhr, letzter Samstag im Monat 10–13 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang mit automatischer Tür, barrierefreies WC.",
        "phone": "02041 775321",
    },
    {
        "slug": "buecherei-welheim",
        "district": "welheim",
        "kind": "library",
        "organisation": "stadtbuecherei-bottrop",
        "name": "Stadtteilbücherei Welheim",
        "street": "Gungstraße 12",
        "postcode": "46238",
        "opening_hours": "Di 10–13 und 14–18 Uhr, Mi und Fr 14–18 Uhr",
        "step_free": False,
        "accessibility": (
            "Zwei Stufen am Eingang; bitte klingeln, dann legen wir eine mobile Rampe an."
        ),
        "phone": "02041 703881",
    },
    {
        "slug": "seniorentreff-welheim",
        "district": "welheim",
        "kind": "senior",
        "organisation": "sozialwerk-emscher",
        "name": "Seniorentreff Welheim",
        "street": "Brauckstraße 9",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 9:30–17 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, Haltegriffe im Flur, barrierefreies WC.",
        "phone": "02041 775322",
    },
    {
        "slug": "gemeindehaus-welheim",
        "district": "welheim",
        "kind": "community",
        "organisation": None,
        "name": "Gemeindehaus an der Christuskirche",
        "street": "Welheimer Straße 30",
        "postcode": "46238",
        "opening_hours": "nach Veranstaltung",
        "step_free": False,
        "accessibility": (
            "Saal im Obergeschoss ohne Aufzug, kleiner Gruppenraum im Erdgeschoss über eine "
            "Stufe erreichbar."
        ),
        "phone": "02041 264150",
    },
    # Altstadt
    {
        **_office_place("altstadt"),
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang in der Fußgängerzone, barrierefreies WC im Haus.",
    },
    {
        "slug": "jugendzentrum-altstadt",
        "district": "altstadt",
        "kind": "youth_centre",
        "organisation": "jugendhilfe-bottrop",
        "name": "Jugendzentrum Altstadt",
        "street": "Gladbecker Straße 44",
        "postcode": "46236",
        "opening_hours": "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr",
        "step_free": True,
        "accessibility": (
            "Ebenerdiger Eingang, Aufzug zu allen Etagen, barrierefreies WC im Erdgeschoss."
        ),
        "phone": "02041 186432",
    },
    {
        "slug": "familienzentrum-regenbogen",
        "district": "altstadt",
        "kind": "family_centre",
        "organisation": "familienzentrum-regenbogen",
        "name": "Familienzentrum Regenbogen",
        "street": "Osterfelder Straße 18",
        "postcode": "46236",
        "opening_hours": "Mo–Fr 7–17 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, Wickelraum und barrierefreies WC.",
        "phone": "02041 187215",
    },
    {
        "slug": "grundschule-am-stadtgarten",
        "district": "altstadt",
        "kind": "school",
        "organisation": "ogs-foerderverein",
        "name": "Grundschule am Stadtgarten",
        "street": "Parkstraße 10",
        "postcode": "46236",
        "opening_hours": "Mo–Fr 7:30–18 Uhr",
        "step_free": True,
        "accessibility": "Neubau, alle Räume ebenerdig oder mit dem Aufzug erreichbar.",
        "phone": "02041 702962",
    },
    {
        "slug": "sporthalle-am-stadtgarten",
        "district": "altstadt",
        "kind": "sports",
        "organisation": None,
        "name": "Sporthalle am Stadtgarten",
        "street": "Parkstraße 14",
        "postcode": "46236",
        "opening_hours": "Mo–Fr 8–22 Uhr, Sa 9–18 Uhr",
        "step_free": True,
        "accessibility": ("Ebenerdiger Zugang zur Halle und zur Tribüne, barrierefreie Umkleide."),
        "phone": "02041 702970",
    },
    {
        "slug": "nachbarschaftscafe-altstadt",
        "district": "altstadt",
        "kind": "community",
        "organisation": "nachbarschaftsverein-altstadt",
        "name": "Nachbarschaftscafé Altstadt",
        "street": "Hochstraße 58",
        "postcode": "46236",
        "opening_hours": "Di–Fr 9–20 Uhr, Sa 10–14 Uhr",
        "step_free": False,
        "accessibility": (
            "Eine Stufe am Eingang (etwa 10 cm), das WC im Keller ist nicht barrierefrei."
        ),
        "phone": "02041 185577",
    },
    {
        "slug": "stadtbuecherei-altstadt",
        "district": "altstadt",
        "kind": "library",
        "organisation": "stadtbuecherei-bottrop",
        "name": "Stadtbücherei Bottrop – Zentralbibliothek",
        "street": "Böckenhoffstraße 30",
        "postcode": "46236",
        "opening_hours": "Di–Fr 10–18 Uhr, Sa 10–13 Uhr",
        "step_free": True,
        "accessibility": (
            "Ebenerdiger Eingang, Aufzug zur Kinderbücherei im 1. Stock, barrierefreies WC."
        ),
        "phone": "02041 703870",
    },
    {
        "slug": "begegnungsstaette-altstadt",
        "district": "altstadt",
        "kind": "senior",
        "organisation": "sozialwerk-emscher",
        "name": "Begegnungsstätte Altstadt für Seniorinnen und Senioren",
        "street": "Südring 7",
        "postcode": "46236",
        "opening_hours": "Mo–Fr 9–17 Uhr",
        "step_free": True,
        "accessibility": ("Ebenerdiger Eingang, Sitzgelegenheiten im Flur, barrierefreies WC."),
        "phone": "02041 775331",
    },
    {
        "slug": "vhs-haus-altstadt",
        "district": "altstadt",
        "kind": "community",
        "organisation": "vhs-bottrop",
        "name": "VHS-Haus, Kursräume",
        "street": "Gerichtsstraße 3",
        "postcode": "46236",
        "opening_hours": "Mo–Do 8–21 Uhr, Fr 8–16 Uhr",
        "step_free": True,
        "accessibility": (
            "Eingang mit Rampe, Aufzug zu allen Kursräumen, barrierefreies WC im Erdgeschoss."
        ),
        "phone": "02041 703851",
    },
    # Nord-Ost
    {
        **_office_place("nord-ost"),
        "step_free": True,
        "accessibility": "Eingang mit flacher Rampe, barrierefreies WC vorhanden.",
    },
    {
        "slug": "jugendhaus-nord-ost",
        "district": "nord-ost",
        "kind": "youth_centre",
        "organisation": "jugendhilfe-bottrop",
        "name": "Jugendhaus Nord-Ost",
        "street": "Schneiderstraße 71",
        "postcode": "46240",
        "opening_hours": "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr",
        "step_free": False,
        "accessibility": (
            "Vier Stufen am Haupteingang; der Hintereingang hat eine Rampe, bitte beim Team "
            "klingeln."
        ),
        "phone": "02041 186433",
    },
    {
        "slug": "familienzentrum-pusteblume",
        "district": "nord-ost",
        "kind": "family_centre",
        "organisation": "sozialwerk-emscher",
        "name": "Kita und Familienzentrum Pusteblume",
        "street": "Beckstraße 22",
        "postcode": "46240",
        "opening_hours": "Mo–Fr 7–17 Uhr",
        "step_free": True,
        "accessibility": ("Ebenerdiger Eingang, Abstellplatz für Kinderwagen, barrierefreies WC."),
        "phone": "02041 775341",
    },
    {
        "slug": "grundschule-nord-ost",
        "district": "nord-ost",
        "kind": "school",
        "organisation": "ogs-foerderverein",
        "name": "Grundschule Nord-Ost",
        "street": "Brakerstraße 40",
        "postcode": "46240",
        "opening_hours": "Mo–Fr 7:30–18 Uhr",
        "step_free": True,
        "accessibility": ("Eingang und Aula ebenerdig, barrierefreies WC neben dem Lehrerzimmer."),
        "phone": "02041 702963",
    },
    {
        "slug": "sportpark-nord-ost",
        "district": "nord-ost",
        "kind": "sports",
        "organisation": "tsv-bottrop-nord",
        "name": "Sportpark Nord-Ost",
        "street": "Am Sportpark 5",
        "postcode": "46240",
        "opening_hours": "Mo–Fr 14–22 Uhr, Sa 9–16 Uhr",
        "step_free": True,
        "accessibility": ("Halle, Kunstrasenplatz und Basketballplatz sind ebenerdig erreichbar."),
        "phone": "02041 441899",
    },
    {
        "slug": "gemeindezentrum-friedenskirche",
        "district": "nord-ost",
        "kind": "community",
        "organisation": None,
        "name": "Gemeindezentrum Friedenskirche",
        "street": "Kirchhellener Straße 88",
        "postcode": "46240",
        "opening_hours": "Di–Fr 9–20 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Saal mit Zugang vom Parkplatz, barrierefreies WC.",
        "phone": "02041 446270",
    },
    {
        "slug": "buecherei-nord-ost",
        "district": "nord-ost",
        "kind": "library",
        "organisation": "stadtbuecherei-bottrop",
        "name": "Kinder- und Familienbücherei Nord-Ost",
        "street": "Horster Straße 160",
        "postcode": "46240",
        "opening_hours": "Di 10–13 und 14–18 Uhr, Mi und Fr 14–18 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, breite Gänge zwischen den Regalen.",
        "phone": "02041 703882",
    },
    {
        "slug": "seniorentreff-nord-ost",
        "district": "nord-ost",
        "kind": "senior",
        "organisation": "sozialwerk-emscher",
        "name": "Seniorentreff Nord-Ost",
        "street": "Lehmkuhler Straße 30",
        "postcode": "46240",
        "opening_hours": "Mo–Fr 9:30–17 Uhr",
        "step_free": False,
        "accessibility": (
            "Der Treff liegt im Hochparterre: sechs Stufen mit Handlauf auf beiden Seiten."
        ),
        "phone": "02041 775342",
    },
    # Batenbrock-Süd
    {
        **_office_place("batenbrock-sued"),
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, barrierefreies WC im Erdgeschoss.",
    },
    {
        "slug": "jugendtreff-batenbrock",
        "district": "batenbrock-sued",
        "kind": "youth_centre",
        "organisation": "jugendhilfe-bottrop",
        "name": "Jugendtreff Batenbrock",
        "street": "Kampstraße 19",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 13–20 Uhr, in den Schulferien ab 10 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, Treff und WC im Erdgeschoss.",
        "phone": "02041 186434",
    },
    {
        "slug": "familienzentrum-arche",
        "district": "batenbrock-sued",
        "kind": "family_centre",
        "organisation": None,
        "name": "Familienzentrum Arche",
        "street": "Ostring 25",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 7–17 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, Wickelraum und barrierefreies WC.",
        "phone": "02041 593380",
    },
    {
        "slug": "grundschule-batenbrock",
        "district": "batenbrock-sued",
        "kind": "school",
        "organisation": "ogs-foerderverein",
        "name": "Grundschule Batenbrock",
        "street": "Schulstraße 7",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 7:30–18 Uhr",
        "step_free": False,
        "accessibility": (
            "Drei Stufen am Haupteingang, eine Rampe gibt es am Eingang zum Schulhof."
        ),
        "phone": "02041 702964",
    },
    {
        "slug": "sportanlage-batenbrock",
        "district": "batenbrock-sued",
        "kind": "sports",
        "organisation": "djk-batenbrock",
        "name": "Sportanlage DJK Batenbrock",
        "street": "Eichenstraße 30",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 15–22 Uhr, Sa und So 9–15 Uhr",
        "step_free": True,
        "accessibility": "Halle und Platz ebenerdig, barrierefreies WC im Vereinsheim.",
        "phone": "02041 591927",
    },
    {
        "slug": "stadtteilcafe-batenbrock",
        "district": "batenbrock-sued",
        "kind": "community",
        "organisation": "sozialwerk-emscher",
        "name": "Stadtteilcafé Batenbrock",
        "street": "Batenbrockstraße 52",
        "postcode": "46238",
        "opening_hours": "Di–Fr 9–20 Uhr, letzter Samstag im Monat 10–13 Uhr",
        "step_free": True,
        "accessibility": "Ebenerdiger Eingang, barrierefreies WC.",
        "phone": "02041 775351",
    },
    {
        "slug": "buecherei-batenbrock",
        "district": "batenbrock-sued",
        "kind": "library",
        "organisation": "stadtbuecherei-bottrop",
        "name": "Stadtteilbücherei Batenbrock",
        "street": "Batenbrockstraße 56",
        "postcode": "46238",
        "opening_hours": "Di 10–13 und 14–18 Uhr, Mi und Fr 14–18 Uhr",
        "step_free": False,
        "accessibility": "Eine hohe Stufe am Eingang; wir helfen gern, bitte klingeln.",
        "phone": "02041 703883",
    },
    {
        "slug": "seniorenbegegnung-batenbrock",
        "district": "batenbrock-sued",
        "kind": "senior",
        "organisation": "sozialwerk-emscher",
        "name": "Seniorenbegegnungsstätte Batenbrock",
        "street": "Lindenstraße 3",
        "postcode": "46238",
        "opening_hours": "Mo–Fr 9–17 Uhr",
        "step_free": True,
        "accessibility": ("Ebenerdiger Eingang, barrierefreies WC, Parkplatz direkt vor dem Haus."),
        "phone": "02041 775352",
    },
]


# Was für eine Vorlage gilt, die den Schlüssel nicht nennt: jedes Alter, kostenlos, ohne
# Anmeldung, ohne Hinweis.
OFFER_DEFAULTS = {
    "min_age": None,
    "max_age": None,
    "is_free": True,
    "cost_note": "",
    "registration_required": False,
    "registration_note": "",
    "online_url": "",
    "times_note": "",
}

# Angebotsvorlagen; Sprachen als ISO-639-1-Codes
_OFFERS = {
    "krabbelgruppe": {
        "title": "Krabbelgruppe",
        "summary": (
            "Spielen, singen und andere Eltern kennenlernen – für Kinder bis 3 Jahre mit "
            "Begleitung."
        ),
        "description": (
            "Eltern, Großeltern und andere Bezugspersonen kommen mit ihren Babys und "
            "Kleinkindern zusammen. Die Kinder spielen und krabbeln, zum Schluss singen wir "
            "gemeinsam. Eine Erzieherin ist dabei und beantwortet Fragen zu Schlafen, Essen und "
            "Entwicklung. Bitte bringen Sie Socken oder Hausschuhe für sich und Ihr Kind mit."
        ),
        "categories": ["familie"],
        "target_groups": ["kleinkinder"],
        "min_age": 0,
        "max_age": 3,
        "languages": ["de", "tr", "ar"],
        "place_kind": "family_centre",
        "contact_name": "Frau Yıldız",
        "contact_phone": "02041 263341",
        "contact_email": "krabbelgruppe@fz-sonnenblume.example",
        "rules": [{"kind": "weekly", "weekdays": [1, 3], "start": "09:30", "end": "11:00"}],
    },
    "familiencafe": {
        "title": "Familiencafé",
        "summary": (
            "Offener Treffpunkt für Familien mit Kaffee, Saft und Spielecke – einfach vorbeikommen."
        ),
        "description": (
            "Im Familiencafé treffen sich Eltern, Großeltern und Kinder aus dem Stadtteil. Es "
            "gibt Kaffee, Tee und Saft, die Kinder spielen in der Spielecke. Eine Mitarbeiterin "
            "des Familienzentrums ist da und hilft bei Fragen, zum Beispiel zu Kita-Plätzen "
            "oder Anträgen. Sie müssen nichts mitbringen."
        ),
        "categories": ["familie", "sprache"],
        "target_groups": ["familien", "kleinkinder", "kita-kinder"],
        "cost_note": "Kaffee und Kuchen gegen eine kleine Spende",
        "languages": ["de", "tr", "ar", "ru"],
        "place_kind": "family_centre",
        "contact_name": "Frau Hoffmann",
        "contact_phone": "02041 263342",
        "contact_email": "familiencafe@quartier-bottrop.example",
        "rules": [
            {"kind": "weekly", "weekdays": [6], "start": "15:00", "end": "17:00"},
            {"kind": "weekly", "weekdays": [2], "start": "15:00", "end": "17:00"},
        ],
    },
    "hausaufgabenhilfe": {
        "title": "Hausaufgabenhilfe",
        "summary": (
            "Hilfe bei den Hausaufgaben für Grundschulkinder – in kleinen Gruppen und in Ruhe."
        ),
        "description": (
            "Ehrenamtliche Helferinnen und Helfer und eine pädagogische Fachkraft unterstützen "
            "die Kinder bei den Hausaufgaben. Wir arbeiten in kleinen Gruppen, damit jedes Kind "
            "Hilfe bekommt. Bitte Hefte, Bücher und Federmäppchen mitbringen. Wer fertig ist, "
            "darf danach noch spielen."
        ),
        "categories": ["lernen"],
        "target_groups": ["kinder"],
        "min_age": 6,
        "max_age": 10,
        "languages": ["de", "ar", "tr"],
        "place_kind": "school",
        "contact_name": "Herr Becker",
        "contact_phone": "02041 702965",
        "contact_email": "hausaufgaben@ogs-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [0, 1, 2, 3],
                "start": "14:30",
                "end": "16:00",
                "school_holidays": "pause",
            }
        ],
    },
    "lernfoerderung": {
        "title": "Lernförderung Mathe und Deutsch",
        "summary": (
            "Gezielt üben in Mathe und Deutsch – für Schülerinnen und Schüler der Klassen 5 bis 10."
        ),
        "description": (
            "Lehramtsstudierende üben mit euch in Gruppen von höchstens vier Personen. Wir "
            "schauen gemeinsam, wo es hakt, und bereiten Klassenarbeiten vor. Bringt bitte eure "
            "Schulsachen und die letzten Arbeiten mit. Die Kosten können über Bildung und "
            "Teilhabe (BuT) übernommen werden, wir helfen beim Antrag."
        ),
        "categories": ["lernen"],
        "target_groups": ["kinder", "jugendliche"],
        "min_age": 10,
        "max_age": 16,
        "is_free": False,
        "cost_note": ("10 € im Monat, mit Bildung und Teilhabe oder Bottrop-Pass kostenlos"),
        "registration_required": True,
        "registration_note": (
            "Anmeldung im Jugendtreff oder telefonisch, max. 8 Plätze pro Gruppe"
        ),
        "languages": ["de", "en", "ru"],
        "place_kind": "youth_centre",
        "contact_name": "Frau Nowak",
        "contact_phone": "02041 186421",
        "contact_email": "lernfoerderung@jugendhilfe-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [1, 3],
                "start": "14:00",
                "end": "15:30",
                "school_holidays": "pause",
            }
        ],
    },
    "offener-jugendtreff": {
        "title": "Offener Jugendtreff",
        "summary": (
            "Kickern, Musik hören, Freunde treffen: Der Treff ist offen für alle Jugendlichen "
            "ab 12."
        ),
        "description": (
            "Im Jugendtreff könnt ihr chillen, Billard und Kicker spielen, an der Konsole "
            "zocken oder einfach reden. Das Team hat immer ein offenes Ohr, auch wenn es mal "
            "Stress in der Schule oder zu Hause gibt. Ihr müsst euch nicht anmelden und nichts "
            "bezahlen. Getränke und Snacks gibt es an der Theke für kleines Geld."
        ),
        "categories": ["freizeit"],
        "target_groups": ["jugendliche"],
        "min_age": 12,
        "max_age": 17,
        "languages": ["de", "tr", "ar", "ku"],
        "place_kind": "youth_centre",
        "contact_name": "Herr Schulte",
        "contact_phone": "02041 186422",
        "contact_email": "treff@jugendhilfe-bottrop.example",
        "rules": [
            {"kind": "weekly", "weekdays": [5], "start": "14:00", "end": "18:00"},
            {"kind": "weekly", "weekdays": [0, 1, 2, 3, 4], "start": "16:00", "end": "20:00"},
        ],
    },
    "maedchentreff": {
        "title": "Mädchentreff",
        "summary": (
            "Ein Nachmittag nur für Mädchen: quatschen, kochen, tanzen und Ausflüge planen."
        ),
        "description": (
            "Im Mädchentreff seid ihr unter euch. Zwei Pädagoginnen sind da, und ihr "
            "entscheidet mit, was wir machen: zum Beispiel kochen, tanzen, basteln oder einen "
            "Ausflug planen. Hier könnt ihr auch über Themen sprechen, die euch beschäftigen. "
            "Kommt einfach vorbei, gern auch mit Freundinnen."
        ),
        "categories": ["freizeit", "kreativ"],
        "target_groups": ["kinder", "jugendliche"],
        "min_age": 10,
        "max_age": 17,
        "languages": ["de", "ar", "tr", "fa"],
        "place_kind": "youth_centre",
        "contact_name": "Frau Aydın",
        "contact_phone": "02041 186423",
        "contact_email": "maedchentreff@jugendhilfe-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [2], "start": "15:00", "end": "18:00"}],
    },
    "fussball-kinder": {
        "title": "Fußballtraining für Kinder",
        "summary": (
            "Kicken im Verein: Training für Mädchen und Jungen von 6 bis 11 Jahren, auch zum "
            "Reinschnuppern."
        ),
        "description": (
            "Die Trainerinnen und Trainer des Sportvereins üben mit den Kindern Passen, "
            "Dribbeln und Torschießen. Der Spaß steht im Vordergrund, Vorkenntnisse braucht "
            "niemand. Bitte Sportkleidung, Turnschuhe oder Fußballschuhe und eine Trinkflasche "
            "mitbringen. Das Training findet auch in den Ferien statt."
        ),
        "categories": ["sport"],
        "target_groups": ["kinder"],
        "min_age": 6,
        "max_age": 11,
        "is_free": False,
        "cost_note": (
            "Drei Probetrainings kostenlos, danach 6 € im Monat (mit Bildung und Teilhabe "
            "kostenlos)"
        ),
        "languages": ["de", "tr", "pl"],
        "place_kind": "sports",
        "contact_name": "Herr Kaminski",
        "contact_phone": "02041 262913",
        "contact_email": "jugend@tus-welheim.example",
        "rules": [
            {"kind": "weekly", "weekdays": [5], "start": "10:00", "end": "11:30"},
            {"kind": "weekly", "weekdays": [1, 3], "start": "16:30", "end": "18:00"},
        ],
    },
    "streetball": {
        "title": "Basketball und Streetball",
        "summary": (
            "Offenes Basketball-Training für Jugendliche – in der Halle oder draußen auf dem Platz."
        ),
        "description": (
            "Egal ob Anfängerin oder Profi: Hier spielt ihr in gemischten Teams. Ein Trainer "
            "zeigt Würfe und Spielzüge, danach gibt es freie Spiele. Bälle sind da, ihr braucht "
            "nur Sportkleidung und Hallenschuhe. Bei gutem Wetter spielen wir draußen."
        ),
        "categories": ["sport", "freizeit"],
        "target_groups": ["jugendliche", "junge-erwachsene"],
        "min_age": 12,
        "max_age": 21,
        "languages": ["de", "en", "uk"],
        "place_kind": "sports",
        "contact_name": "Herr Okafor",
        "contact_phone": "02041 186424",
        "contact_email": "streetball@jugendhilfe-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [0, 4], "start": "17:30", "end": "19:30"}],
    },
    "kinderturnen": {
        "title": "Bewegungsstunde für Kita-Kinder",
        "summary": (
            "Klettern, balancieren, toben: Turnen für Kinder von 3 bis 6 Jahren mit einer "
            "Begleitperson."
        ),
        "description": (
            "In der Turnhalle bauen wir jede Woche einen Bewegungsparcours auf. Die Kinder "
            "klettern, springen und balancieren, so viel sie möchten. Eine Übungsleiterin des "
            "Sportvereins leitet die Stunde, ein Elternteil oder eine andere Begleitperson "
            "bleibt dabei. Bitte Sportkleidung und Turnschläppchen oder rutschfeste Socken "
            "mitbringen."
        ),
        "categories": ["sport", "familie"],
        "target_groups": ["kita-kinder"],
        "min_age": 3,
        "max_age": 6,
        "is_free": False,
        "cost_note": "Zwei Schnupperstunden kostenlos, danach 4 € im Monat",
        "languages": ["de", "tr"],
        "place_kind": "sports",
        "contact_name": "Frau Lehmann",
        "contact_phone": "02041 262914",
        "contact_email": "kinderturnen@tus-welheim.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [4],
                "start": "15:00",
                "end": "16:00",
                "school_holidays": "pause",
            }
        ],
    },
    "seniorengymnastik": {
        "title": "Bewegung 60+ – Seniorengymnastik",
        "summary": (
            "Sanfte Gymnastik für Beweglichkeit und Gleichgewicht – im Stehen und auf dem Stuhl."
        ),
        "description": (
            "Eine ausgebildete Übungsleiterin zeigt einfache Übungen für Rücken, Gelenke und "
            "Gleichgewicht. Jede und jeder macht so viel mit, wie es gut tut. Viele Übungen "
            "gehen auch im Sitzen. Bitte bequeme Kleidung, feste Schuhe und etwas zu trinken "
            "mitbringen."
        ),
        "categories": ["sport", "gesundheit"],
        "target_groups": ["senioren"],
        "min_age": 60,
        "max_age": 99,
        "is_free": False,
        "cost_note": "2 € pro Termin, mit Bottrop-Pass kostenlos",
        "languages": ["de", "ru", "pl"],
        "place_kind": "senior",
        "contact_name": "Frau Schmitz",
        "contact_phone": "02041 775301",
        "contact_email": "bewegung@sozialwerk-emscher.example",
        "rules": [{"kind": "weekly", "weekdays": [0, 3], "start": "10:00", "end": "11:00"}],
    },
    "spaziergruppe": {
        "title": "Spaziergruppe „Gemeinsam unterwegs“",
        "summary": (
            "Zusammen spazieren gehen und reden – etwa eine Stunde, in ruhigem Tempo, bei jedem "
            "Wetter."
        ),
        "description": (
            "Wir treffen uns vor dem Seniorentreff und gehen gemeinsam eine Runde durch den "
            "Stadtteil oder in den Park. Das Tempo ist ruhig, Rollatoren sind willkommen, "
            "unterwegs machen wir Pausen auf einer Bank. Die Gruppe geht auch an Feiertagen – "
            "für viele ist das ein schöner fester Termin."
        ),
        "categories": ["gesundheit", "sport"],
        "target_groups": ["senioren", "erwachsene"],
        "languages": ["de", "pl"],
        "place_kind": "senior",
        "contact_name": "Herr Wagner",
        "contact_phone": "02041 775302",
        "contact_email": "spaziergruppe@sozialwerk-emscher.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [6],
                "start": "14:00",
                "end": "15:00",
                "on_public_holidays": True,
            },
            {
                "kind": "weekly",
                "weekdays": [1, 4],
                "start": "10:00",
                "end": "11:00",
                "on_public_holidays": True,
            },
        ],
    },
    "sitztanz": {
        "title": "Sitztanz",
        "summary": (
            "Tanzen im Sitzen zu bekannter Musik – gut für Kopf und Körper, auch mit Rollator "
            "oder Rollstuhl."
        ),
        "description": (
            "Beim Sitztanz bewegen wir Arme, Beine und Oberkörper zu Schlagern, Volksliedern "
            "und Musik aus aller Welt. Eine Tanzleiterin zeigt die Bewegungen langsam vor. Sie "
            "brauchen keine Vorkenntnisse und müssen nicht gut zu Fuß sein. Nach der Stunde "
            "gibt es Kaffee."
        ),
        "categories": ["sport", "gesundheit"],
        "target_groups": ["senioren"],
        "min_age": 60,
        "max_age": 99,
        "is_free": False,
        "cost_note": "1 € pro Termin für Kaffee",
        "languages": ["de"],
        "place_kind": "senior",
        "contact_name": "Frau Schmitz",
        "contact_phone": "02041 775301",
        "contact_email": "bewegung@sozialwerk-emscher.example",
        "rules": [{"kind": "weekly", "weekdays": [2], "start": "10:00", "end": "11:00"}],
    },
    "seniorencafe": {
        "title": "Seniorencafé",
        "summary": (
            "Nachmittags gemütlich zusammensitzen, Karten spielen und Neuigkeiten austauschen."
        ),
        "description": (
            "Im Seniorencafé gibt es Kaffee, Tee und selbst gebackenen Kuchen. Viele spielen "
            "Rommé, Skat oder Bingo, andere kommen einfach zum Erzählen. Ehrenamtliche kümmern "
            "sich um die Gäste. Wer nicht mehr gut zu Fuß ist, kann nach einem Fahrdienst "
            "fragen."
        ),
        "categories": ["freizeit", "sprache"],
        "target_groups": ["senioren"],
        "min_age": 60,
        "max_age": 99,
        "is_free": False,
        "cost_note": "Kaffee und ein Stück Kuchen 2,50 €",
        "languages": ["de", "ru", "pl"],
        "place_kind": "senior",
        "contact_name": "Frau Kuhn",
        "contact_phone": "02041 775303",
        "contact_email": "seniorencafe@sozialwerk-emscher.example",
        "rules": [{"kind": "weekly", "weekdays": [1, 3], "start": "14:30", "end": "17:00"}],
    },
    "mittagstisch-senioren": {
        "title": "Mittagstisch für Seniorinnen und Senioren",
        "summary": (
            "Ein warmes Mittagessen in netter Runde – frisch gekocht, von Montag bis Freitag."
        ),
        "description": (
            "Jeden Werktag gibt es ein warmes Essen mit Suppe oder Nachtisch, auf Wunsch auch "
            "vegetarisch. Sie essen nicht allein, sondern in Gesellschaft. Bitte melden Sie "
            "sich bis zum Vortag an, damit genug gekocht wird. Den Speiseplan für die Woche "
            "gibt es im Treff und im Quartiersbüro."
        ),
        "categories": ["gesundheit", "freizeit"],
        "target_groups": ["senioren"],
        "min_age": 60,
        "max_age": 99,
        "is_free": False,
        "cost_note": "4,50 € pro Essen, mit Bottrop-Pass 2,50 €",
        "registration_required": True,
        "registration_note": "Anmeldung bis zum Vortag um 12 Uhr, persönlich oder telefonisch",
        "languages": ["de"],
        "place_kind": "senior",
        "contact_name": "Frau Kuhn",
        "contact_phone": "02041 775303",
        "contact_email": "mittagstisch@sozialwerk-emscher.example",
        "rules": [
            {"kind": "weekly", "weekdays": [0, 1, 2, 3, 4], "start": "12:00", "end": "13:30"}
        ],
    },
    "sprachcafe": {
        "title": "Sprachcafé Deutsch",
        "summary": (
            "Deutsch sprechen üben und Menschen aus der Nachbarschaft kennenlernen – bei Tee "
            "und Gebäck."
        ),
        "description": (
            "Im Sprachcafé sprechen wir in kleinen Runden Deutsch über den Alltag: Einkaufen, "
            "Arbeit, Schule oder Arztbesuch. Ehrenamtliche aus dem Stadtteil helfen und "
            "erklären. Alle sind willkommen, auch wer gerade erst anfängt. Sie brauchen nichts "
            "mitzubringen, nur Lust zum Reden."
        ),
        "categories": ["sprache"],
        "target_groups": ["junge-erwachsene", "erwachsene", "senioren"],
        "min_age": 16,
        "languages": ["de", "en", "ar", "uk", "fa", "tr", "ru"],
        "place_kind": "community",
        "online_url": "https://meet.quartier-bottrop.example/sprachcafe-{district}",
        "attendance": "hybrid",
        "contact_name": "Herr Brandt",
        "contact_phone": "02041 185578",
        "contact_email": "sprachcafe@quartier-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [1, 3], "start": "17:00", "end": "18:30"}],
    },
    "deutschkurs-muetter": {
        "title": "Deutschkurs für Mütter mit Kinderbetreuung",
        "summary": ("Deutsch lernen am Vormittag, während die Kinder nebenan betreut werden."),
        "description": (
            "Der Kurs ist für Mütter, die Deutsch für den Alltag lernen möchten, zum Beispiel "
            "für Gespräche in der Kita, beim Arzt oder mit der Schule. Eine Lehrerin der "
            "Volkshochschule unterrichtet in einer kleinen Gruppe. Kinder unter 6 Jahren werden "
            "im Nebenraum von Erzieherinnen betreut. Bitte Block und Stift mitbringen, das Buch "
            "bekommen Sie im Kurs."
        ),
        "categories": ["sprache", "familie"],
        "target_groups": ["erwachsene", "junge-erwachsene", "familien"],
        "min_age": 18,
        "cost_note": "Kostenlos, Lehrbuch und Kinderbetreuung inklusive",
        "registration_required": True,
        "registration_note": (
            "Anmeldung im Familienzentrum oder bei der VHS, Einstieg jederzeit, max. 14 Plätze"
        ),
        "languages": ["de", "ar", "tr", "uk", "fa", "ku"],
        "place_kind": "family_centre",
        "childcare": True,
        "contact_name": "Frau Petrović",
        "contact_phone": "02041 703852",
        "contact_email": "muetterkurs@vhs-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [0, 2],
                "start": "09:00",
                "end": "11:30",
                "school_holidays": "pause",
            }
        ],
    },
    "digitale-sprechstunde": {
        "title": "Digitale Sprechstunde für Ältere",
        "summary": (
            "Fragen zu Handy, Tablet oder Laptop? Wir erklären Schritt für Schritt – in Ruhe "
            "und ohne Fachwörter."
        ),
        "description": (
            "Sie möchten Fotos an die Enkel schicken, online einen Arzttermin buchen oder "
            "WhatsApp einrichten? Junge Ehrenamtliche und eine Mitarbeiterin der Bücherei "
            "helfen Ihnen einzeln und ohne Zeitdruck. Bitte bringen Sie Ihr aufgeladenes Gerät "
            "mit und, wenn möglich, Ihre Passwörter. Sie können auch Tablets der Bücherei "
            "ausprobieren."
        ),
        "categories": ["digital"],
        "target_groups": ["senioren", "erwachsene"],
        "languages": ["de", "ru", "tr"],
        "place_kind": "library",
        "contact_name": "Frau Jansen",
        "contact_phone": "02041 703871",
        "contact_email": "digital@stadtbuecherei-bottrop.example",
        "digital_help": True,
        "rules": [{"kind": "weekly", "weekdays": [1], "start": "10:00", "end": "12:00"}],
    },
    "digitalpaten": {
        "title": "Digitalpaten-Sprechstunde",
        "summary": (
            "Handy, E-Mail, Termine online buchen: Digitalpatinnen und Digitalpaten helfen "
            "Ihnen kostenlos und in Ruhe."
        ),
        "description": (
            "Ehrenamtliche Digitalpatinnen und Digitalpaten erklären, wie Sie WLAN einrichten, "
            "E-Mails schreiben, Formulare der Stadt online ausfüllen oder Videoanrufe machen. "
            "Bringen Sie Ihr Handy oder Tablet mit – oder leihen Sie sich hier ein Gerät. "
            "Drucker und Scanner dürfen Sie benutzen. Ohne Anmeldung."
        ),
        "categories": ["digital", "beratung"],
        "target_groups": ["junge-erwachsene", "erwachsene", "senioren"],
        "languages": ["de", "ru", "ar", "uk"],
        "place_kind": "office",
        "contact_name": "Herr Özdemir",
        "contact_phone": "02041 704410",
        "contact_email": "digitalpaten@quartier-bottrop.example",
        "digital_help": True,
        "rules": [{"kind": "weekly", "weekdays": [3], "start": "14:00", "end": "16:00"}],
    },
    "bewerbungstraining": {
        "title": "Computerkurs und Bewerbungstraining",
        "summary": (
            "Lebenslauf am PC schreiben, Stellen suchen, Vorstellungsgespräch üben – für junge "
            "Leute von 16 bis 26."
        ),
        "description": (
            "Gemeinsam schreiben wir am Computer einen Lebenslauf und ein Anschreiben und "
            "suchen passende Ausbildungs- und Arbeitsstellen. Wir üben auch "
            "Vorstellungsgespräche. Ein Sozialarbeiter und eine Ausbilderin helfen euch. Bringt "
            "bitte eure Zeugnisse mit und, wenn vorhanden, einen USB-Stick."
        ),
        "categories": ["digital", "lernen", "beratung"],
        "target_groups": ["jugendliche", "junge-erwachsene"],
        "min_age": 16,
        "max_age": 26,
        "languages": ["de", "en", "ar", "uk"],
        "place_kind": "youth_centre",
        "online_url": "https://meet.quartier-bottrop.example/bewerbung-{district}",
        "attendance": "hybrid",
        "contact_name": "Herr Yılmaz",
        "contact_phone": "02041 186425",
        "contact_email": "bewerbung@jugendhilfe-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [0, 2], "start": "13:00", "end": "15:00"}],
    },
    "online-elterntreff": {
        "title": "Online-Elterntreff am Abend",
        "summary": (
            "Austausch mit anderen Eltern von zu Hause aus: Videotreffen mit einer "
            "Familienberaterin."
        ),
        "description": (
            "Alle zwei Wochen treffen sich Eltern abends per Video. Eine Familienberaterin gibt "
            "einen kurzen Impuls, zum Beispiel zu Schlafen, Medienzeit oder Streit unter "
            "Geschwistern, danach tauschen wir uns aus. Sie brauchen nur ein Smartphone oder "
            "einen Computer mit Internet. Die Kamera ist freiwillig, Sie können auch nur "
            "zuhören."
        ),
        "categories": ["familie", "beratung", "digital"],
        "target_groups": ["familien"],
        "languages": ["de", "en", "uk"],
        "place_kind": None,
        "online_url": "https://meet.quartier-bottrop.example/elterntreff-{district}",
        "attendance": "online",
        "contact_name": "Frau Demir",
        "contact_phone": "02041 187216",
        "contact_email": "elterntreff@fz-regenbogen.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [1],
                "start": "20:00",
                "end": "21:00",
                "interval": 2,
                "school_holidays": "pause",
            }
        ],
    },
    "erziehungsberatung": {
        "title": "Erziehungsberatung",
        "summary": (
            "Vertrauliche Beratung bei Sorgen mit Kindern und Jugendlichen – kostenlos und auf "
            "Wunsch anonym."
        ),
        "description": (
            "Wenn es in der Familie schwierig ist, etwa bei Streit, Trennung, Problemen in der "
            "Schule oder wenn Ihr Kind sich verändert, können Sie mit einer Fachkraft sprechen. "
            "Die Beratung ist kostenlos und vertraulich. Sie können allein, als Paar oder mit "
            "Ihrem Kind kommen. Die Gespräche finden in einem ruhigen Raum im Familienzentrum "
            "statt."
        ),
        "categories": ["beratung", "familie"],
        "target_groups": ["familien", "jugendliche"],
        "registration_required": True,
        "registration_note": "Termin telefonisch oder per E-Mail vereinbaren",
        "languages": ["de", "en", "tr", "ar"],
        "place_kind": "family_centre",
        "times_note": ("Termine nach Vereinbarung, telefonisch Mo–Fr 9–12 Uhr und Di 14–17 Uhr"),
        "contact_name": "Frau Dr. Albers",
        "contact_phone": "02041 775310",
        "contact_email": "erziehungsberatung@sozialwerk-emscher.example",
        "rules": [],
    },
    "sozialberatung": {
        "title": "Sozialberatung und Hilfe bei Anträgen",
        "summary": (
            "Hilfe bei Anträgen, Briefen von Ämtern und Fragen zu Bürgergeld, Wohngeld oder "
            "Kinderzuschlag."
        ),
        "description": (
            "In der offenen Sprechstunde hilft Ihnen eine Sozialarbeiterin beim Ausfüllen von "
            "Anträgen und erklärt Briefe von Behörden. Sie können ohne Termin kommen, manchmal "
            "müssen Sie kurz warten. Bitte bringen Sie die Unterlagen mit, um die es geht, und "
            "Ihren Ausweis. Für längere Gespräche vereinbaren wir gern einen eigenen Termin."
        ),
        "categories": ["beratung"],
        "target_groups": ["junge-erwachsene", "erwachsene", "senioren", "familien"],
        "min_age": 18,
        "languages": ["de", "ar", "tr", "ru", "uk"],
        "place_kind": "office",
        "contact_name": "Frau Günther",
        "contact_phone": "02041 704411",
        "contact_email": "sozialberatung@quartier-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [0, 2], "start": "09:00", "end": "12:00"}],
    },
    "schuldnerberatung": {
        "title": "Schuldnerberatung",
        "summary": (
            "Wenn die Schulden über den Kopf wachsen: kostenlose, vertrauliche Beratung mit Termin."
        ),
        "description": (
            "Eine Schuldnerberaterin verschafft sich mit Ihnen einen Überblick über Schulden "
            "und Einnahmen. Gemeinsam suchen Sie nach einem Weg, zum Beispiel Ratenzahlungen "
            "oder eine Privatinsolvenz. Die Beratung ist kostenlos und vertraulich. Bitte "
            "bringen Sie Mahnungen, Verträge und Kontoauszüge mit."
        ),
        "categories": ["beratung"],
        "target_groups": ["junge-erwachsene", "erwachsene", "senioren"],
        "min_age": 18,
        "registration_required": True,
        "registration_note": (
            "Termin telefonisch vereinbaren; bei Kontopfändung oder drohender Stromsperre bitte "
            "sofort melden"
        ),
        "languages": ["de", "tr", "ru"],
        "place_kind": "office",
        "times_note": ("Termine nach Vereinbarung, Terminvergabe telefonisch Di und Do 9–12 Uhr"),
        "contact_name": "Herr Krüger",
        "contact_phone": "02041 775311",
        "contact_email": "schuldnerberatung@sozialwerk-emscher.example",
        "rules": [],
    },
    "ferienprogramm": {
        "title": "Ferienprogramm für Kinder",
        "summary": ("In den Schulferien: Ausflüge, Spiele, Basteln und Sport – mit Mittagessen."),
        "description": (
            "In den Ferien ist im Jugendtreff jeden Tag etwas los: Wir machen Ausflüge, spielen "
            "draußen, basteln und kochen zusammen. Das Team besteht aus Pädagoginnen, Pädagogen "
            "und geschulten Jugendlichen. Bitte wettergerechte Kleidung und eine Trinkflasche "
            "mitbringen. Das Mittagessen ist im Preis enthalten."
        ),
        "categories": ["freizeit", "kreativ"],
        "target_groups": ["kinder"],
        "min_age": 6,
        "max_age": 12,
        "is_free": False,
        "cost_note": "5 € pro Woche mit Mittagessen, mit Bottrop-Pass kostenlos",
        "registration_required": True,
        "registration_note": (
            "Anmeldung ab vier Wochen vor den Ferien im Jugendtreff, Plätze begrenzt"
        ),
        "languages": ["de", "tr", "ar", "uk"],
        "place_kind": "youth_centre",
        "contact_name": "Herr Schulte",
        "contact_phone": "02041 186422",
        "contact_email": "ferien@jugendhilfe-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [0, 1, 2, 3, 4],
                "start": "10:00",
                "end": "15:00",
                "school_holidays": "only",
            }
        ],
    },
    "kreativwerkstatt": {
        "title": "Kreativwerkstatt",
        "summary": (
            "Malen, basteln, werken: Jede Woche ein neues Projekt für Kinder von 6 bis 12 Jahren."
        ),
        "description": (
            "In der Kreativwerkstatt arbeiten wir mit Farben, Papier, Holz und Ton. Eine "
            "Künstlerin leitet die Gruppe und bringt jede Woche eine neue Idee mit. Alle "
            "Materialien sind vorhanden. Bitte Kleidung anziehen, die schmutzig werden darf."
        ),
        "categories": ["kreativ"],
        "target_groups": ["kinder"],
        "min_age": 6,
        "max_age": 12,
        "languages": ["de", "pl"],
        "place_kind": "community",
        "contact_name": "Frau Wiesner",
        "contact_phone": "02041 185579",
        "contact_email": "kreativ@quartier-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [2],
                "start": "15:00",
                "end": "16:30",
                "school_holidays": "pause",
            }
        ],
    },
    "kochen-mit-kindern": {
        "title": "Kochen mit Kindern",
        "summary": ("Gemeinsam einfache und gesunde Gerichte kochen und danach zusammen essen."),
        "description": (
            "Die Kinder schnippeln, rühren und probieren und lernen dabei, wie gut gesundes "
            "Essen schmeckt. Eine Ernährungsberaterin zeigt einfache Rezepte, die man auch zu "
            "Hause nachkochen kann. Am Ende essen alle zusammen. Bitte sagen Sie bei der "
            "Anmeldung, ob Ihr Kind Allergien hat."
        ),
        "categories": ["gesundheit", "kreativ"],
        "target_groups": ["kinder"],
        "min_age": 8,
        "max_age": 12,
        "is_free": False,
        "cost_note": "1 € pro Termin für Lebensmittel",
        "registration_required": True,
        "registration_note": "Anmeldung im Familienzentrum, max. 10 Kinder",
        "languages": ["de", "ar"],
        "place_kind": "family_centre",
        "contact_name": "Frau Hoffmann",
        "contact_phone": "02041 263342",
        "contact_email": "kochen@fz-sonnenblume.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [3],
                "start": "15:00",
                "end": "17:00",
                "school_holidays": "pause",
            }
        ],
    },
    "repair-cafe": {
        "title": "Nähcafé und Repair-Café",
        "summary": (
            "Reparieren statt wegwerfen: Kleidung, Elektrogeräte und Fahrräder – mit Hilfe von "
            "Ehrenamtlichen."
        ),
        "description": (
            "Am letzten Samstag im Monat reparieren Ehrenamtliche mit Ihnen zusammen Kleidung, "
            "Toaster, Lampen, Spielzeug oder Fahrräder. Es gibt Nähmaschinen, Werkzeug und "
            "fachkundige Hilfe. Sie reparieren selbst mit und lernen so etwas dazu. Während Sie "
            "warten, gibt es Kaffee und Kuchen."
        ),
        "categories": ["kreativ", "freizeit"],
        "target_groups": ["erwachsene", "senioren", "familien"],
        "cost_note": "Kostenlos, Spenden für Ersatzteile sind willkommen",
        "languages": ["de", "en", "ru", "pl"],
        "place_kind": "community",
        "contact_name": "Herr Lorenz",
        "contact_phone": "02041 185580",
        "contact_email": "repaircafe@quartier-bottrop.example",
        "rules": [
            {"kind": "monthly", "ordinal": -1, "weekdays": [5], "start": "10:00", "end": "13:00"}
        ],
    },
    "vorlesestunde": {
        "title": "Vorlesestunde mit Lesepatinnen und Lesepaten",
        "summary": (
            "Bilderbücher anschauen und Geschichten hören – für Kinder von 3 bis 8 Jahren."
        ),
        "description": (
            "Ehrenamtliche Lesepatinnen und Lesepaten lesen in der Bücherei spannende und "
            "lustige Geschichten vor, manchmal auch auf Türkisch, Arabisch oder Ukrainisch. "
            "Danach malen oder basteln wir etwas zur Geschichte. Eltern können dabeibleiben "
            "oder in Ruhe stöbern. Mit dem kostenlosen Kinderausweis können Sie danach Bücher "
            "ausleihen."
        ),
        "categories": ["lernen", "sprache"],
        "target_groups": ["kita-kinder", "kinder"],
        "min_age": 3,
        "max_age": 8,
        "languages": ["de", "tr", "ar", "uk"],
        "place_kind": "library",
        "contact_name": "Frau Jansen",
        "contact_phone": "02041 703871",
        "contact_email": "vorlesen@stadtbuecherei-bottrop.example",
        "rules": [{"kind": "weekly", "weekdays": [2, 4], "start": "15:30", "end": "16:15"}],
    },
    "spieleabend": {
        "title": "Spieleabend für Familien",
        "summary": ("Brettspiele, Kartenspiele und neue Spiele ausprobieren – für Groß und Klein."),
        "description": (
            "An jedem zweiten Freitag im Monat wird gespielt: Klassiker wie „Mensch ärgere Dich "
            "nicht“, aber auch neue Spiele. Ein Spieleexperte erklärt die Regeln. Es gibt "
            "Getränke und kleine Snacks. Kinder unter 8 Jahren kommen bitte mit einer "
            "erwachsenen Person."
        ),
        "categories": ["freizeit", "familie"],
        "target_groups": ["familien", "kinder"],
        "languages": ["de", "en"],
        "place_kind": "community",
        "contact_name": "Herr Brandt",
        "contact_phone": "02041 185578",
        "contact_email": "spieleabend@quartier-bottrop.example",
        "rules": [
            {"kind": "monthly", "ordinal": 2, "weekdays": [4], "start": "17:00", "end": "19:30"}
        ],
    },
    "frauenfruehstueck": {
        "title": "Frauenfrühstück",
        "summary": (
            "Alle zwei Wochen zusammen frühstücken, reden und neue Kontakte knüpfen – nur für "
            "Frauen."
        ),
        "description": (
            "Frauen aus dem Stadtteil treffen sich zu einem guten Frühstück. Oft gibt es ein "
            "kleines Thema, zum Beispiel Gesundheit, Rente oder Ausflugsziele im Ruhrgebiet. "
            "Frauen aller Kulturen und jeden Alters sind herzlich willkommen. Kleine Kinder "
            "dürfen mitkommen."
        ),
        "categories": ["sprache", "freizeit"],
        "target_groups": ["erwachsene", "senioren", "junge-erwachsene"],
        "min_age": 18,
        "is_free": False,
        "cost_note": "3 € für das Frühstück",
        "registration_required": True,
        "registration_note": "Bitte bis Mittwoch anmelden, damit wir genug einkaufen können",
        "languages": ["de", "tr", "ar", "fa", "ru"],
        "place_kind": "community",
        "childcare": True,
        "contact_name": "Frau Çelik",
        "contact_phone": "02041 775320",
        "contact_email": "frauenfruehstueck@sozialwerk-emscher.example",
        "rules": [
            {"kind": "weekly", "weekdays": [4], "start": "09:00", "end": "11:00", "interval": 2}
        ],
    },
    "theater-ag": {
        "title": "Theater-AG",
        "summary": (
            "Theater spielen, Szenen erfinden und am Ende auf der Bühne stehen – für Kinder von "
            "8 bis 12."
        ),
        "description": (
            "In der Theater-AG üben wir Sprechen, Bewegen und Spielen vor Publikum. Eine "
            "Theaterpädagogin leitet die Gruppe. Gemeinsam entwickeln wir ein eigenes Stück und "
            "führen es vor den Sommerferien auf. Auch Kinder, die noch nicht so gut Deutsch "
            "sprechen, können mitmachen."
        ),
        "categories": ["kreativ", "sprache"],
        "target_groups": ["kinder"],
        "min_age": 8,
        "max_age": 12,
        "registration_required": True,
        "registration_note": (
            "Anmeldung bei der Schulsozialarbeit, offen für alle Kinder aus dem Stadtteil, max. "
            "15 Plätze"
        ),
        "languages": ["de"],
        "place_kind": "school",
        "contact_name": "Frau Brinkmann",
        "contact_phone": "02041 702966",
        "contact_email": "theater@ogs-bottrop.example",
        "rules": [
            {
                "kind": "weekly",
                "weekdays": [3],
                "start": "16:15",
                "end": "17:45",
                "school_holidays": "pause",
            }
        ],
    },
    "hebammensprechstunde": {
        "title": "Hebammensprechstunde",
        "summary": (
            "Fragen zu Schwangerschaft, Stillen und den ersten Wochen mit Baby – offene "
            "Sprechstunde."
        ),
        "description": (
            "Eine erfahrene Hebamme beantwortet Ihre Fragen zu Schwangerschaft, Stillen, "
            "Schlafen und Babypflege. Sie können Ihr Baby auch wiegen lassen. Eine Anmeldung "
            "ist nicht nötig. Bitte bringen Sie, wenn vorhanden, Ihren Mutterpass oder das "
            "gelbe Untersuchungsheft mit."
        ),
        "categories": ["gesundheit", "familie", "beratung"],
        "target_groups": ["kleinkinder", "familien"],
        "min_age": 0,
        "max_age": 1,
        "languages": ["de", "en", "ar"],
        "place_kind": "family_centre",
        "contact_name": "Frau Engel",
        "contact_phone": "02041 263343",
        "contact_email": "hebamme@quartier-bottrop.example",
        "rules": [
            {"kind": "weekly", "weekdays": [4], "start": "09:00", "end": "11:00", "interval": 2}
        ],
    },
    "pflegeberatung": {
        "title": "Pflege- und Seniorenberatung",
        "summary": (
            "Beratung zu Pflege, Hilfen im Alltag und Wohnen im Alter – auf Wunsch auch bei "
            "Ihnen zu Hause."
        ),
        "description": (
            "Eine Pflegeberaterin erklärt Ihnen, welche Hilfen es gibt, zum Beispiel einen "
            "Pflegegrad, eine Haushaltshilfe, einen Hausnotruf oder den Umbau der Wohnung. Sie "
            "hilft auch beim Antrag bei der Pflegekasse. Angehörige sind ebenfalls willkommen. "
            "Wenn Sie nicht gut aus dem Haus kommen, besucht die Beraterin Sie zu Hause."
        ),
        "categories": ["beratung", "gesundheit"],
        "target_groups": ["senioren", "erwachsene"],
        "registration_required": True,
        "registration_note": "Termin telefonisch vereinbaren, Hausbesuche sind möglich",
        "languages": ["de", "ru", "pl", "tr"],
        "place_kind": "senior",
        "times_note": "Termine nach Vereinbarung, telefonisch Mo–Do 9–13 Uhr",
        "contact_name": "Herr Vogel",
        "contact_phone": "02041 775312",
        "contact_email": "pflegeberatung@sozialwerk-emscher.example",
        "rules": [],
    },
    "stadtteilfest": {
        "title": "Stadtteilfest",
        "summary": (
            "Ein Nachmittag für die ganze Nachbarschaft: Musik, Spiele, Essen aus aller Welt "
            "und Infostände."
        ),
        "description": (
            "Vereine, Kitas, Schulen und Initiativen aus dem Stadtteil stellen sich auf dem "
            "Schulhof vor. Es gibt eine Hüpfburg, Kinderschminken, Musik auf der Bühne und "
            "Essen aus vielen Ländern. Der Eintritt ist frei. Wer einen Stand machen möchte, "
            "meldet sich bitte im Quartiersbüro."
        ),
        "categories": ["freizeit", "familie"],
        "target_groups": ["familien"],
        "languages": ["de", "tr", "ar", "ru", "pl", "uk"],
        "place_kind": "school",
        "contact_name": "Frau Günther",
        "contact_phone": "02041 704411",
        "contact_email": "fest@quartier-bottrop.example",
        "rules": [{"kind": "dates", "day_offsets": [12], "start": "14:00", "end": "18:00"}],
    },
}

OFFER_TEMPLATES = {key: {**OFFER_DEFAULTS, **spec} for key, spec in _OFFERS.items()}


# Welche Vorlagen in welchem Stadtteil stattfinden
DISTRICT_OFFERS = {
    "welheim": [
        "krabbelgruppe",
        "familiencafe",
        "hausaufgabenhilfe",
        "lernfoerderung",
        "offener-jugendtreff",
        "maedchentreff",
        "fussball-kinder",
        "streetball",
        "kinderturnen",
        "seniorengymnastik",
        "spaziergruppe",
        "seniorencafe",
        "mittagstisch-senioren",
        "sprachcafe",
        "deutschkurs-muetter",
        "digitale-sprechstunde",
        "online-elterntreff",
        "erziehungsberatung",
        "sozialberatung",
        "schuldnerberatung",
        "ferienprogramm",
        "kreativwerkstatt",
        "kochen-mit-kindern",
        "repair-cafe",
        "vorlesestunde",
        "hebammensprechstunde",
        "pflegeberatung",
        "stadtteilfest",
        "digitalpaten",
    ],
    "altstadt": [
        "krabbelgruppe",
        "familiencafe",
        "hausaufgabenhilfe",
        "lernfoerderung",
        "offener-jugendtreff",
        "maedchentreff",
        "streetball",
        "seniorengymnastik",
        "sitztanz",
        "seniorencafe",
        "mittagstisch-senioren",
        "sprachcafe",
        "deutschkurs-muetter",
        "digitale-sprechstunde",
        "bewerbungstraining",
        "online-elterntreff",
        "erziehungsberatung",
        "sozialberatung",
        "schuldnerberatung",
        "ferienprogramm",
        "kreativwerkstatt",
        "repair-cafe",
        "vorlesestunde",
        "spieleabend",
        "frauenfruehstueck",
        "theater-ag",
        "hebammensprechstunde",
        "pflegeberatung",
        "stadtteilfest",
        "digitalpaten",
    ],
    "nord-ost": [
        "krabbelgruppe",
        "familiencafe",
        "hausaufgabenhilfe",
        "offener-jugendtreff",
        "maedchentreff",
        "fussball-kinder",
        "streetball",
        "kinderturnen",
        "seniorengymnastik",
        "spaziergruppe",
        "sitztanz",
        "seniorencafe",
        "mittagstisch-senioren",
        "sprachcafe",
        "deutschkurs-muetter",
        "bewerbungstraining",
        "online-elterntreff",
        "erziehungsberatung",
        "sozialberatung",
        "schuldnerberatung",
        "ferienprogramm",
        "kreativwerkstatt",
        "kochen-mit-kindern",
        "vorlesestunde",
        "spieleabend",
        "frauenfruehstueck",
        "theater-ag",
        "pflegeberatung",
        "stadtteilfest",
        "digitale-sprechstunde",
        "digitalpaten",
    ],
    "batenbrock-sued": [
        "krabbelgruppe",
        "familiencafe",
        "hausaufgabenhilfe",
        "lernfoerderung",
        "offener-jugendtreff",
        "fussball-kinder",
        "streetball",
        "kinderturnen",
        "seniorengymnastik",
        "spaziergruppe",
        "sitztanz",
        "mittagstisch-senioren",
        "sprachcafe",
        "digitale-sprechstunde",
        "bewerbungstraining",
        "online-elterntreff",
        "erziehungsberatung",
        "sozialberatung",
        "schuldnerberatung",
        "ferienprogramm",
        "kochen-mit-kindern",
        "repair-cafe",
        "vorlesestunde",
        "spieleabend",
        "frauenfruehstueck",
        "theater-ag",
        "hebammensprechstunde",
        "pflegeberatung",
        "stadtteilfest",
        "digitalpaten",
    ],
}
