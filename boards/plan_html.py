"""The week plan's days, entries and badges as HTML, written in Python.

These were template includes (`includes/day.html`, `entry.html`, `badges.html`). A busy board
has 70–80 entries; with an include per entry the Django template engine spent about half of an
uncached board render resolving variables and tags (docs/performance.md, profile of 29 November
2026). The same markup built here costs a tenth of that. The output is byte for byte what the
includes wrote (whitespace included), so the tests, styles and screenshots see no difference;
change the markup here, not in a template.

Everything user-visible goes through the same helpers the templates used: gettext,
`quartier.tr`, `german`, `note`, `why`, `bidi`, Django's `date`/`time` filters. There is no
autoescape here: every piece of text is passed through `escape` or `conditional_escape` before
it goes into an f-string, and only then is the whole marked safe. Keep it so: the hostile-input
tests (markup in every text field) guard it.
"""

from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext

from boards.bidi import isolate
from offers import translation_state
from offers.enums import Attendance, OccurrenceStatus
from quartier.pictograms import BADGES, icon


def _templatetags():
    # The filters live in the template library, which imports this module for its tags.
    from boards.templatetags import quartier

    return quartier


def _badge(kind: str, label: str) -> str:
    """A hint with its pictogram beside the label (the pictogram is decoration)."""
    return f'<li class="badge badge-{kind}">{icon(BADGES[kind])}{escape(label)}</li>'


def badges(offer, full=False) -> SafeString:
    """The row of hints under an offer (online, free or cost, registration, childcare,
    interpreter, step-free, languages), each but the cost with its pictogram; `full`: the
    longer wording where there is room (the offer page). Never the join link."""
    tags = _templatetags()
    online = _badge("online", str(Attendance(offer.attendance).label)) if offer.is_online else ""
    if offer.is_free:
        cost = _badge("free", gettext("kostenlos"))
    elif offer.cost_note:
        note = conditional_escape(tags.tr(offer, "cost_note"))
        cost = f'<li class="badge badge-cost">{note}</li>'
    else:
        cost = ""
    registration = (
        _badge("registration", gettext("Anmeldung nötig")) if offer.registration_required else ""
    )
    childcare_label = (
        gettext("Kinderbetreuung während des Angebots") if full else gettext("Kinderbetreuung")
    )
    childcare = _badge("childcare", childcare_label) if offer.childcare else ""
    interpreter = _badge("interpreter", gettext("mit Dolmetscher/in")) if offer.interpreter else ""
    access = (
        f'<li class="badge badge-access">{icon(BADGES["step_free"])}'
        f"{escape(gettext('stufenlos'))}</li>"
        if offer.step_free
        else ""
    )
    digital = _digital_badge(offer)
    names = offer.language_names
    languages = (
        f'<li class="badge badge-languages">{icon(BADGES["languages"])}'
        '<span class="visually-hidden">'
        f"{escape(gettext('Sprachen:'))} </span>{escape(tags.join_list(names))}</li>"
        if names
        else ""
    )
    return mark_safe(  # noqa: S308 — every piece escaped above
        f'<ul class="badges" aria-label="{escape(gettext("Hinweise"))}">\n'
        f"  {online}{cost}\n  {registration}\n  {childcare}\n  {interpreter}\n  {access}\n"
        f"  {languages}{digital}\n</ul>\n"
    )


def _digital_badge(offer) -> str:
    """Help with phone and internet, or else an offer at a digital anchor place (issue 13).
    The place is loaded wherever badges are shown (`step_free` reads it too)."""
    if offer.digital_help:
        return _badge("digital_help", gettext("Hilfe mit Handy und Internet"))
    if offer.place_id and offer.place.digital_anchor:
        return _badge("digital_anchor", gettext("Digitaler Ankerort"))
    return ""


# The texts of an offer an entry of the plan shows.
ENTRY_FIELDS = ("title",)


def outdated_note(obj, fields=None, render=None) -> SafeString:
    """ "Übersetzung möglicherweise veraltet" when a text of `obj` shown here (`fields`; None:
    all) was translated from an older German text, with the current German one tap away
    (`<details>`, no script). Computed from the loaded columns: no query. `render(field,
    text)` gives a German text's HTML (escaped!); default: line breaks kept."""
    language = get_language()
    stale = translation_state.outdated_fields(obj, language, among=fields)
    model = type(obj)
    render = render or (lambda field, text: linebreaksbr(text))
    return german_note(
        (
            escape(model._meta.get_field(field).verbose_name),
            render(field, getattr(obj, f"{field}_{translation_state.GERMAN}", "")),
        )
        for field in stale
    )


def german_note(rows) -> SafeString:
    """The `<details>` of `outdated_note` for (label HTML, German HTML) pairs, both escaped;
    empty without rows. Also for texts that are not an object's field (a date's note)."""
    rows = "".join(f"<dt>{label}</dt><dd>{text}</dd>" for label, text in rows)
    if not rows:
        return mark_safe("")
    return mark_safe(  # noqa: S308 — labels and texts escaped by the callers
        '<details class="outdated-note">'
        f"<summary>{escape(gettext('Übersetzung möglicherweise veraltet'))}</summary>"
        f'<p class="outdated-label">{escape(gettext("Aktueller deutscher Text:"))}</p>'
        f'<dl class="outdated-german" lang="de" dir="ltr">{rows}</dl>'
        "</details>"
    )


def date_note(occurrence) -> SafeString:
    """`outdated_note` for a changed date whose translated note was made from an older
    German note (`Occurrence.note_german`, set from the loaded exception)."""
    if not occurrence.note_german:
        return mark_safe("")
    # German label inside the German list, as the fields' verbose names above.
    return german_note([("Hinweis", linebreaksbr(occurrence.note_german))])


def outdated_lines(obj, fields=None) -> list[str]:
    """The outdated mark as plain lines for media without a tap (feeds): "Übersetzung
    möglicherweise veraltet", then the current German of each outdated text. No query."""
    stale = translation_state.outdated_fields(obj, get_language(), among=fields)
    if not stale:
        return []
    german = (getattr(obj, f"{field}_{translation_state.GERMAN}", "") for field in stale)
    return [gettext("Übersetzung möglicherweise veraltet"), *german]


def outdated_mark(obj, fields=None) -> SafeString:
    """A short visible line for media without interaction (infoscreen): the reader's words,
    no German (no room; the board one scan away has it)."""
    if not translation_state.outdated_fields(obj, get_language(), among=fields):
        return mark_safe("")
    label = escape(gettext("Übersetzung möglicherweise veraltet"))
    return mark_safe(f'<small class="outdated-mark">{label}</small>')  # noqa: S308 — escaped


def outdated_star(obj, fields=None) -> SafeString:
    """For print (no interaction, little room): an asterisk after an outdated text; the
    product says once what it means (`any_outdated`)."""
    if not translation_state.outdated_fields(obj, get_language(), among=fields):
        return mark_safe("")
    return mark_safe('<span class="outdated-star">*</span>')


def any_outdated(objects, fields=None) -> bool:
    """Whether one of `objects` has an outdated text among `fields` (a product's footnote)."""
    language = get_language()
    return any(translation_state.outdated_fields(obj, language, among=fields) for obj in objects)


def _outdated_german(obj, field) -> str:
    if translation_state.outdated_fields(obj, get_language(), among=(field,)):
        return getattr(obj, f"{field}_{translation_state.GERMAN}", "") or ""
    return ""


def short_name(obj, field="name") -> SafeString:
    """A short translated name (target group, category): no room for a `<details>`, so an
    outdated translation is followed by the current German in brackets, marked German
    (isolated on right-to-left pages, as other German names)."""
    tags = _templatetags()
    name = conditional_escape(tags.tr(obj, field))
    german = _outdated_german(obj, field)
    if german:
        return mark_safe(f"{name} ({tags.german(german)})")  # noqa: S308 — both escaped
    return name


def plain_name(obj, field="name") -> str:
    """`short_name` as plain text, for a `<select>`'s options (no markup possible there)."""
    german = _outdated_german(obj, field)
    name = str(getattr(obj, field) or "")
    return f"{name} ({german})" if german else name


def categories(offer) -> SafeString:
    """The offer's categories, each name with its pictogram."""
    names = "".join(
        # One <span>: the <li> is a flex box, a German name in brackets must not split it.
        f'<li class="category">{icon(category.pictogram)}<span>{short_name(category)}</span></li>'
        for category in offer.categories.all()
    )
    # Translators: a list of an offer's categories (for screen readers).
    label = escape(gettext("Kategorien"))
    return mark_safe(  # noqa: S308 — every piece escaped
        f'<ul class="categories" aria-label="{label}">{names}</ul>' if names else ""
    )


class PlanWriter:
    """Writes one board's days; what depends only on the offer is built once per offer,
    although a weekly offer appears on several days."""

    def __init__(self, district):
        self.district = district
        self.tags = _templatetags()
        self._offer_parts = {}
        self.day_format = gettext("j. F")
        self.weekday_date_format = gettext("l, j. F")

    def day(self, day) -> SafeString:
        is_today = day.is_today
        classes = "day"
        if is_today:
            classes += " is-today"
        if day.public_holiday:
            classes += " is-holiday"
        current = ' aria-current="date"' if is_today else ""
        today = f'<span class="today-badge">{escape(gettext("Heute"))}</span>' if is_today else ""
        public_holiday = (
            f'<p class="holiday">{escape(gettext("Feiertag"))}: '
            f"{conditional_escape(isolate(self.tags.note(day.public_holiday)))}</p>"
            if day.public_holiday
            else ""
        )
        school_holiday = (
            '<p class="school-holiday">'
            f"{conditional_escape(isolate(self.tags.note(day.school_holiday)))}</p>"
            if day.school_holiday
            else ""
        )
        if day.entries:
            entries = "".join(self.entry(entry.offer, entry.occurrence) for entry in day.entries)
            body = f'\n  <ul class="entries">\n    {entries}\n  </ul>\n  '
        else:
            empty = escape(gettext("Keine Angebote an diesem Tag."))
            body = f'\n  <p class="empty">{empty}</p>\n  '
        return mark_safe(  # noqa: S308 — every piece escaped above
            f'\n<li class="{classes}"{current}>\n'
            '  <h3 class="day-head">\n'
            f'    <span class="weekday">{escape(date_filter(day.day, "l"))}</span>\n'
            f'    <time class="day-date" datetime="{day.day.isoformat()}">'
            f"{escape(date_filter(day.day, self.day_format))}</time>\n"
            f"    {today}\n"
            "  </h3>\n"
            f"  {public_holiday}\n"
            f"  {school_holiday}\n"
            f"  {body}\n"
            "</li>\n\n"
        )

    def entry(self, offer, occ) -> str:
        url, title, tail = self._offer(offer)
        cancelled = occ.is_cancelled
        if cancelled:
            classes = "entry is-cancelled"
        elif occ.status == OccurrenceStatus.MOVED_HERE:
            classes = "entry is-moved"
        else:
            classes = "entry"
        # What the `date:"Y-m-d"` and `time:"H:i"` filters wrote, without their locale lookups
        day = occ.day.isoformat()
        start = occ.start.strftime("%H:%M")
        times = f'<time datetime="{day}T{start}">{start}</time>'
        if occ.end:
            end = occ.end.strftime("%H:%M")
            times += f'–<time datetime="{day}T{end}">{end}</time>'
        if cancelled:
            times = f"<s>{times}</s>"
            title = f"<s>{title}</s>"
        return (
            f'\n<li class="{classes}">\n'
            '  <p class="entry-time" dir="ltr">\n'
            f"    {times}\n"
            "  </p>\n"
            '  <div class="entry-body">\n'
            f'    <h4 class="entry-title"><a href="{url}">{title}</a></h4>\n'
            f"    {self._status(occ)}\n"
            f"{tail}"
        )

    def _status(self, occ) -> str:
        why = f": {conditional_escape(self.tags.why(occ))}" if occ.note or occ.reason else ""
        note = date_note(occ)
        if occ.status == OccurrenceStatus.CANCELLED:
            label = escape(gettext("Fällt aus"))
            return f'<p class="entry-status"><strong>{label}</strong>{why}</p>{note}\n    '
        if occ.status == OccurrenceStatus.MOVED_AWAY:
            label = escape(gettext("Verlegt"))
            day = self._in_sentence(occ.moved_to)
            moved = gettext("auf %(day)s") % {"day": day}
            return f'<p class="entry-status"><strong>{label}</strong> {moved}{why}</p>{note}\n    '
        if occ.status == OccurrenceStatus.MOVED_HERE:
            label = escape(gettext("Geänderter Termin"))
            moved = ""
            if occ.moved_from != occ.day:
                day = self._in_sentence(occ.moved_from)
                moved = " " + gettext("statt %(day)s") % {"day": day}
            return (
                f'<p class="entry-status entry-status-moved"><strong>{label}</strong>'
                f"{moved}{why}</p>{note}"
            )
        return ""

    def _in_sentence(self, day) -> str:
        return escape(self.tags.in_sentence(date_filter(day, self.weekday_date_format)))

    def _offer(self, offer):
        """(link, title, the entry's rest: place, groups, badges), once per offer."""
        parts = self._offer_parts.get(offer.pk)
        if parts is None:
            tags = self.tags
            url = escape(
                reverse(
                    "boards:offer", kwargs={"district": self.district.slug, "offer": offer.slug}
                )
            )
            title = conditional_escape(tags.tr(offer, "title"))
            if offer.place:
                place = conditional_escape(tags.german(offer.place.name))
            else:
                place = icon(BADGES["online"]) + escape(gettext("Online"))
            groups = offer.target_groups.all()
            group_line = (
                '<p class="entry-groups">'
                + " · ".join(short_name(group) for group in groups)
                + "</p>"
                if groups
                else ""
            )
            tail = (
                f"    {outdated_note(offer, ENTRY_FIELDS)}\n"
                f'    <p class="entry-place">{place}</p>\n'
                f"    {group_line}\n"
                f"    {categories(offer)}\n"
                f"    {badges(offer)}\n"
                "  </div>\n"
                "</li>\n"
            )
            parts = self._offer_parts[offer.pk] = (url, title, tail)
        return parts


def filter_form(form) -> SafeString:
    """The board's filters: a GET form that works without JavaScript, two selects and the
    week as a hidden field. Written here rather than by crispy's template pack for the same
    reason as the days: crispy renders a template per field and the select widget one per
    `<option>`, 14 % of an uncached board (docs/performance.md). The markup is what the
    template pack (`templates/quartier_forms/`) wrote."""
    selects = "".join(_select(form[name]) for name in ("group", "category"))
    selects += _choice_select(form["extra"])
    week = form["week"].value()
    week_value = f' value="{escape(week)}"' if week else ""
    label = escape(gettext("Angebote filtern"))
    submit = escape(gettext("Anzeigen"))
    return mark_safe(  # noqa: S308 — every piece escaped
        f'<form aria-label="{label}" class="filters" role="search" method="get">\n'
        f'<div class="form-fields">{selects}'
        f'<input type="hidden" name="week" id="id_week"{week_value}>\n</div>\n'
        '<div class="form-actions">'
        f'<button type="submit" class="button" id="submit-id-show">{submit}</button>'
        "</div>\n</form>\n"
    )


def _choice_select(bound) -> str:
    """A select of fixed choices (`extra`), in the same markup as `_select`."""
    chosen = bound.value() or ""
    options = "".join(
        f'\n  <option value="{escape(value)}"{" selected" if value == chosen else ""}>'
        f"{escape(text)}</option>\n"
        for value, text in bound.field.choices
    )
    return (
        f'\n<div class="field" id="div_{bound.auto_id}">\n'
        f'<label for="{bound.id_for_label}">{escape(bound.label)}</label>\n'
        f'<select name="{bound.html_name}" id="{bound.auto_id}">{options}</select>\n'
        "</div>"
    )


def _select(bound) -> str:
    field = bound.field
    chosen = bound.value()
    chosen = "" if chosen is None else str(chosen)
    objects = list(field.queryset)
    choices = [("", field.empty_label)] + [
        (getattr(obj, field.to_field_name), field.label_from_instance(obj)) for obj in objects
    ]
    options = "".join(
        f'\n  <option value="{escape(value)}"{" selected" if str(value) == chosen else ""}>'
        f"{escape(text)}</option>\n"
        for value, text in choices
    )
    select = f'<select name="{bound.html_name}" id="{bound.auto_id}">{options}</select>'
    # An <option> cannot hold a drawing: the chosen category's pictogram stands beside the
    # select, which shows its name.
    picked = [obj for obj in objects if str(getattr(obj, field.to_field_name)) == chosen]
    if chosen and picked and hasattr(picked[0], "pictogram"):
        select = f'<div class="select-picto">{icon(picked[0].pictogram)}{select}</div>'
    return (
        f'\n<div class="field" id="div_{bound.auto_id}">\n'
        f'<label for="{bound.id_for_label}">{escape(bound.label)}</label>\n'
        f"{select}\n"
        "</div>"
    )
