"""Demo: short texts in Leichte Sprache for some of Welheim's offers (`Offer.summary_easy`).

Only Welheim gets them, so the demo also shows the plan's fallback (the normal summary,
marked as such) on the other districts' plans. Written by the rules in docs/translations.md
("Leichte Sprache"): one statement per sentence, one sentence per line, hard words explained.
The times are not repeated here: the plan writes them itself.
"""

DISTRICT = "welheim"

SUMMARIES = {
    "krabbelgruppe": (
        "Eine Gruppe für Babys und kleine Kinder bis 3 Jahre.\n"
        "Die Kinder kommen mit ihren Eltern.\n"
        "Oder mit der Oma oder dem Opa.\n"
        "Die Kinder spielen zusammen.\n"
        "Am Ende singen alle zusammen.\n"
        "Eine Erzieherin ist auch da.\n"
        "Sie können der Erzieherin Fragen stellen.\n"
        "Zum Beispiel zum Essen oder zum Schlafen.\n"
        "Bitte bringen Sie Socken für sich und Ihr Kind mit."
    ),
    "familiencafe": (
        "Ein Treffen für Familien.\n"
        "Eltern, Groß-Eltern und Kinder sitzen zusammen.\n"
        "Es gibt Kaffee, Tee und Saft.\n"
        "Die Kinder spielen in einer Spiel-Ecke.\n"
        "Eine Mitarbeiterin hilft Ihnen bei Fragen.\n"
        "Zum Beispiel bei Fragen zum Kinder-Garten.\n"
        "Sie können einfach vorbei-kommen."
    ),
    "hausaufgabenhilfe": (
        "Hilfe bei den Haus-Aufgaben.\n"
        "Für Kinder aus der Grund-Schule.\n"
        "Die Kinder lernen in kleinen Gruppen.\n"
        "Helferinnen und Helfer erklären die Aufgaben.\n"
        "Bitte bringen Sie die Hefte und Bücher mit.\n"
        "Nach den Haus-Aufgaben dürfen die Kinder spielen."
    ),
    "kinderturnen": (
        "Turnen für Kinder von 3 bis 6 Jahren.\n"
        "Die Kinder klettern, springen und toben in einer Turn-Halle.\n"
        "Ein Erwachsener kommt mit.\n"
        "Zum Beispiel die Mutter oder der Vater.\n"
        "Die ersten 2 Male kosten nichts.\n"
        "Danach kostet das Turnen 4 Euro im Monat.\n"
        "Bitte bringen Sie Sport-Kleidung und Turn-Schuhe mit."
    ),
    "seniorencafe": (
        "Ein Treffen für ältere Menschen.\n"
        "Die Menschen sitzen zusammen und erzählen.\n"
        "Viele spielen Karten oder Bingo.\n"
        "Es gibt Kaffee und Kuchen.\n"
        "Kaffee und 1 Stück Kuchen kosten zusammen 2 Euro 50.\n"
        "Sie können schlecht laufen?\n"
        "Dann fragen Sie nach einem Fahr-Dienst.\n"
        "Ein Fahr-Dienst holt Sie mit dem Auto ab."
    ),
    "sprachcafe": (
        "Hier üben Sie Deutsch sprechen.\n"
        "Sie sprechen in kleinen Gruppen.\n"
        "Sie sprechen über den Alltag.\n"
        "Zum Beispiel über das Einkaufen oder über die Arbeit.\n"
        "Helferinnen und Helfer aus dem Stadtteil erklären Wörter.\n"
        "Alle dürfen kommen.\n"
        "Auch Menschen mit wenig Deutsch.\n"
        "Es gibt Tee und Kekse."
    ),
    "sozialberatung": (
        "Hilfe bei Briefen vom Amt.\n"
        "Und Hilfe bei Anträgen.\n"
        "Ein Antrag ist ein Formular.\n"
        "Mit einem Antrag fragen Sie beim Amt nach Geld oder nach Hilfe.\n"
        "Eine Sozial-Arbeiterin füllt den Antrag mit Ihnen aus.\n"
        "Sie brauchen vorher keinen Termin.\n"
        "Manchmal müssen Sie kurz warten.\n"
        "Bitte bringen Sie die Briefe mit.\n"
        "Und Ihren Ausweis."
    ),
    "repair-cafe": (
        "Hier reparieren Sie kaputte Sachen.\n"
        "Zum Beispiel Kleidung, Lampen oder Fahr-Räder.\n"
        "Helferinnen und Helfer zeigen Ihnen, wie das geht.\n"
        "Es gibt Werkzeug und Näh-Maschinen.\n"
        "Es gibt auch Kaffee und Kuchen.\n"
        "Das Reparieren kostet nichts."
    ),
}
