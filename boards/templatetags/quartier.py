"""Template helpers for translated content."""

import json
import re
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_bidi, gettext, pgettext

from boards import plan_html
from boards.bidi import LRI, PDI, isolate, isolate_whole
from offers.enums import reason_label
from quartier import pictograms, stylesheet

register = template.Library()


def _translated(obj, field):
    """(text, is_fallback): the active language's text, or German where it is missing."""
    language = get_language()
    own = getattr(obj, f"{field}_{language}", None)
    if own:
        return own, False
    fallback = getattr(obj, f"{field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}", None)
    if fallback is None:  # not a translated field: plain attribute
        return getattr(obj, field, ""), False
    return fallback, language != settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def translated_text(obj, field) -> str:
    """A translated field as plain text (feeds): the active language's, or German."""
    return _translated(obj, field)[0] or ""


@register.simple_tag
def inline_stylesheet():
    """The site's stylesheet in a `<style>` element (quartier/stylesheet.py says why). Our own
    static file, checked there not to close the element early."""
    return mark_safe(f"<style>{stylesheet.inline_stylesheet()}</style>")  # noqa: S308


@register.simple_tag
def tr(obj, field):
    """A translated field; German fallback text is marked `lang="de" dir="ltr"` so that
    screen readers switch voice and the text keeps its direction inside RTL pages. Own text on
    right-to-left pages passes `boards.bidi.isolate` (numbers, times, phones as LTR units)."""
    text, is_fallback = _translated(obj, field)
    if is_fallback and text:
        return german(text)
    return isolate(text)


@register.simple_tag
def tr_block(obj, field):
    """Like `tr`, for long texts: paragraphs in a `<div>`."""
    text, is_fallback = _translated(obj, field)
    if not text:
        return ""
    body = linebreaks_filter(text if is_fallback else isolate(text), autoescape=True)
    if is_fallback:
        return format_html('<div class="prose" lang="de" dir="ltr">{}</div>', body)
    return format_html('<div class="prose">{}</div>', body)


@register.simple_tag
def outdated_note(obj, *fields):
    """The "possibly outdated" mark for `obj`'s texts `fields` (all when none are named)."""
    return plan_html.outdated_note(obj, fields or None)


@register.simple_tag
def outdated_mark(obj, *fields):
    """The short "possibly outdated" line for pages without interaction (infoscreen)."""
    return plan_html.outdated_mark(obj, fields or None)


@register.filter
def date_note(occurrence):
    """The "possibly outdated" note of a changed date's translated note."""
    return plan_html.date_note(occurrence)


@register.simple_tag
def tr_name(obj):
    """A target group's or category's name; an outdated translation with the German after it."""
    return plan_html.short_name(obj)


@register.simple_tag
def outdated_star(obj, *fields):
    """An asterisk after an outdated text in print; the product's footnote explains it."""
    return plan_html.outdated_star(obj, fields or None)


@register.filter
def german(text):
    """German proper names (places, providers) marked as German on other languages' pages."""
    if not text or get_language() == "de":
        return text
    if get_language_bidi():  # isolated also for WeasyPrint, which ignores dir on inline spans
        return format_html('<span lang="de" dir="ltr">{}{}{}</span>', LRI, text, PDI)
    return format_html('<span lang="de" dir="ltr">{}</span>', text)


@register.filter
def note(text):
    """A holiday's name in the reader's language; a clerk's free-text note (German) as is,
    marked as German on other languages' pages."""
    if not text:
        return ""
    translated = gettext(text)
    return translated if translated != text else german(text)


# Languages that write weekday names in lower case inside a sentence ("перенесено на пятницу").
LOWERCASE_WEEKDAYS_IN_SENTENCES = {"ru"}


@register.filter
def in_sentence(formatted_date):
    """A date that starts with the weekday name ("Freitag, 13. November"), as it is written
    inside a sentence in the active language: Russian lowers the weekday's first letter."""
    if get_language() in LOWERCASE_WEEKDAYS_IN_SENTENCES and formatted_date:
        return formatted_date[0].lower() + formatted_date[1:]
    return formatted_date


@register.filter
def reason(occurrence):
    """The chosen cancellation reason of an occurrence, in the reader's language."""
    return reason_label(occurrence.reason)


@register.filter
def why(occurrence):
    """Why a date changed: the chosen reason in the reader's language, then the clerk's
    free-text note as the `note` filter shows it, number-like runs isolated on RTL pages."""
    label = reason_label(occurrence.reason)
    if not occurrence.note:
        text = ""
    elif occurrence.note_language == get_language() and occurrence.note_language != "de":
        text = isolate(occurrence.note)  # the clerk translated it
    else:
        text = isolate(note(occurrence.note))
    if label and text:
        return format_html("{}. {}", label, text)
    return label or text


@register.filter
def join_list(items):
    """Joins names with the reader's list separator (Arabic and Farsi use "،")."""
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    return pgettext("list separator", ", ").join(str(item) for item in items)


@register.filter
def time_ranges(ranges):
    """Opening hours' ranges of one day ("9:00–12:00", "14:00–17:00"), each an isolated
    left-to-right unit on RTL pages, joined by the reader's list separator: in Arabic and
    Persian the first range is the one read first, on the right."""
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    separator = pgettext("list separator", ", ")
    return format_html_join(separator, "{}", ((isolate_whole(item),) for item in ranges))


@register.filter
def open_state(open_now, place_id):
    """ "open", "closed", or "" for a place without hours (`selectors.places_open_now`)."""
    if not open_now or place_id not in open_now:
        return ""
    return "open" if open_now[place_id] else "closed"


@register.filter
def bidi(text):
    """User text in the reader's direction: see `boards.bidi.isolate`."""
    return isolate(text)


@register.filter
def bidi_unit(text):
    """An address line or a phone number as one left-to-right unit on RTL pages."""
    return isolate_whole(text)


@register.simple_tag
def address(street, postcode, locality):
    """ "Gungstraße 46, 46236 Bottrop": on RTL pages street and postcode-with-city are each an
    isolated, unbreakable unit, joined by the reader's list separator."""
    parts = [part for part in (street, f"{postcode or ''} {locality or ''}".strip()) if part]
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    separator = conditional_escape(pgettext("list separator", ", "))
    return mark_safe(separator.join(isolate_whole(part) for part in parts))  # noqa: S308 — escaped


@register.simple_tag
def legal_text(page):
    """A legal page's body in its small markup: blank line = paragraph, "## " = subheading,
    "- " = list item, single line breaks kept (addresses). Everything is escaped."""
    text, is_fallback = _translated(page, "body")
    body = _legal_markup(text, german=is_fallback)
    if is_fallback:
        return format_html('<div class="prose" lang="de" dir="ltr">{}</div>', body)
    return format_html('<div class="prose">{}</div>', body)


@register.simple_tag
def outdated_legal_note(page):
    """`outdated_note` for a legal page: its German body in the same small markup."""

    def render(field, text):
        return _legal_markup(text, german=True) if field == "body" else conditional_escape(text)

    return plan_html.outdated_note(page, render=render)


def _legal_markup(text, german):
    own = (lambda line: line) if german else isolate  # German: one LTR block, no isolation
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if not lines:  # an empty body (e.g. not yet written in any language)
            continue
        if lines[0].startswith("## "):
            blocks.append(format_html("<h2>{}</h2>", own(lines[0][3:])))
            lines = lines[1:]
        if lines and all(line.startswith("- ") for line in lines):
            items = format_html_join("", "<li>{}</li>", ((own(line[2:]),) for line in lines))
            blocks.append(format_html("<ul>{}</ul>", items))
        elif lines:
            escaped = format_html_join(mark_safe("<br>"), "{}", ((own(line),) for line in lines))
            blocks.append(format_html("<p>{}</p>", escaped))
    return format_html_join("\n", "{}", ((block,) for block in blocks))


@register.simple_tag
def webcal(path):
    """A `webcal://` address for `path`, which phones open as a calendar subscription."""
    return "webcal://" + urlsplit(settings.SITE_URL).netloc + path


JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def jsonld(data):
    """schema.org data as `<script type="application/ld+json">`: a data block, never run, so
    the CSP's script rules do not apply; escaped like Django's json_script."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 — escaped above


@register.simple_tag
def list_separator():
    """The reader's list separator (", " or Arabic/Farsi "، ")."""
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    return pgettext("list separator", ", ")


@register.simple_tag
def time_range(start, end=None):
    """A time range ("09:00–11:30") as one unbreakable left-to-right unit, start on the left."""
    text = start.strftime("%H:%M") + (f"–{end.strftime('%H:%M')}" if end else "")
    return isolate_whole(text)


@register.simple_tag
def badges(offer, full=False):
    """The hints under an offer (`boards.plan_html.badges`); `full`: the longer wording
    where there is room (the offer page)."""
    return plan_html.badges(offer, full=full)


@register.simple_tag
def categories(offer):
    """The offer's categories with their pictograms (`boards.plan_html.categories`)."""
    return plan_html.categories(offer)


@register.simple_tag
def picto(name):
    """A pictogram from the sprite for a web page; put it beside its text label."""
    return mark_safe(pictograms.icon(name))  # noqa: S308 — names are ours, escaped inside


@register.simple_tag
def print_picto(name):
    """A pictogram for a PDF, beside its label: drawn as a background (`print_picto_styles`),
    so PDF/UA marks it as an artifact, decoration a screen reader skips, where an `<img>`
    would be a figure wanting alternative text that only repeats the label."""
    return format_html('<span class="picto picto-{}"></span>', name)


@register.simple_tag
def print_picto_styles():
    """Each pictogram as a data: image (the only kind of URL WeasyPrint's fetcher allows
    besides bundled files)."""
    rules = "\n".join(
        f'.picto-{name} {{ background-image: url("{pictograms.data_uri(name)}"); }}'
        for name in pictograms.symbols()
    )
    return mark_safe(f"<style>\n{rules}\n</style>")  # noqa: S308 — our own sprite only


@register.simple_tag
def filter_form(form):
    """The board's filter form (`boards.plan_html.filter_form`)."""
    return plan_html.filter_form(form)


@register.simple_tag(takes_context=True)
def plan_day(context, day, district):
    """One day of the week plan with its entries (`boards.plan_html.PlanWriter`); one writer
    per page render, so each offer's part is built once."""
    writers = context.render_context.setdefault("plan_writers", {})
    writer = writers.get(district.pk)
    if writer is None:
        writer = writers[district.pk] = plan_html.PlanWriter(district)
    return writer.day(day)
