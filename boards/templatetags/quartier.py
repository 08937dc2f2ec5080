"""Template helpers for translated content."""

import json
import re
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, pgettext

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


@register.simple_tag
def tr(obj, field):
    """A translated field; German fallback text is marked `lang="de" dir="ltr"` so that
    screen readers switch voice and the text keeps its direction inside RTL pages."""
    text, is_fallback = _translated(obj, field)
    if is_fallback and text:
        return format_html('<span lang="de" dir="ltr">{}</span>', text)
    return text


@register.simple_tag
def tr_block(obj, field):
    """Like `tr`, for long texts: paragraphs in a `<div>`."""
    text, is_fallback = _translated(obj, field)
    if not text:
        return ""
    body = linebreaks_filter(text, autoescape=True)
    if is_fallback:
        return format_html('<div class="prose" lang="de" dir="ltr">{}</div>', body)
    return format_html('<div class="prose">{}</div>', body)


@register.filter
def german(text):
    """German proper names (places, providers) marked as German on other languages' pages."""
    if not text or get_language() == "de":
        return text
    return format_html('<span lang="de" dir="ltr">{}</span>', text)


@register.filter
def note(text):
    """A holiday's name in the reader's language; a clerk's free-text note (German) as is,
    marked as German on other languages' pages."""
    if not text:
        return ""
    translated = gettext(text)
    return translated if translated != text else german(text)


@register.filter
def join_list(items):
    """Joins names with the reader's list separator (Arabic and Farsi use "،")."""
    # Translators: separator between items of a list, e.g. the languages spoken at an offer.
    return pgettext("list separator", ", ").join(str(item) for item in items)


DIGIT_RUN = re.compile(r"[0-9](?:[0-9:.,/+–\- ]*[0-9])?\+?")


@register.filter
def isolate_digits(text):
    """Wraps runs of digits (times, dates, phone numbers) in Unicode left-to-right isolates.

    Browsers order them right inside Arabic or Persian text, but WeasyPrint reverses them
    (see STYLE.md): the PDFs pass translated texts through this filter.
    """
    if not text:
        return ""
    escaped = conditional_escape(text)
    return mark_safe(DIGIT_RUN.sub(lambda m: f"\u2066{m.group(0)}\u2069", escaped))  # noqa: S308 — input escaped above


@register.simple_tag
def legal_text(page):
    """A legal page's body in its small markup: blank line = paragraph, "## " = subheading,
    "- " = list item, single line breaks kept (addresses). Everything is escaped."""
    text, is_fallback = _translated(page, "body")
    blocks = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if not lines:  # an empty body (e.g. not yet written in any language)
            continue
        if lines[0].startswith("## "):
            blocks.append(format_html("<h2>{}</h2>", lines[0][3:]))
            lines = lines[1:]
        if lines and all(line.startswith("- ") for line in lines):
            items = format_html_join("", "<li>{}</li>", ((line[2:],) for line in lines))
            blocks.append(format_html("<ul>{}</ul>", items))
        elif lines:
            escaped = format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))
            blocks.append(format_html("<p>{}</p>", escaped))
    body = format_html_join("\n", "{}", ((block,) for block in blocks))
    if is_fallback:
        return format_html('<div class="prose" lang="de" dir="ltr">{}</div>', body)
    return format_html('<div class="prose">{}</div>', body)


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
