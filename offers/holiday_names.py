"""Names of holidays as the `holidays` package writes them in German, marked for translation.

The boards translate a holiday's name with gettext; these entries put the names into the
catalogues. Another state's holidays add their names here (names not listed stay German).
"""

from django.utils.translation import gettext_noop

# Translators: names of public holidays in North Rhine-Westphalia.
PUBLIC_HOLIDAYS = [
    gettext_noop("Neujahr"),
    gettext_noop("Karfreitag"),
    gettext_noop("Ostermontag"),
    gettext_noop("Erster Mai"),
    gettext_noop("Christi Himmelfahrt"),
    gettext_noop("Pfingstmontag"),
    gettext_noop("Fronleichnam"),
    gettext_noop("Tag der Deutschen Einheit"),
    gettext_noop("Allerheiligen"),
    gettext_noop("Erster Weihnachtstag"),
    gettext_noop("Zweiter Weihnachtstag"),
]

# Translators: names of school holidays in North Rhine-Westphalia.
SCHOOL_HOLIDAYS = [
    gettext_noop("Oster-/Frühjahrsferien"),
    gettext_noop("Himmelfahrts-/Pfingstferien"),
    gettext_noop("Sommerferien"),
    gettext_noop("Herbstferien"),
    gettext_noop("Weihnachtsferien"),
]
