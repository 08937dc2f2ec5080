"""The district's Atom feed: new and changed offers, for feed readers and the city's website.

Entries are the offers themselves (not their dates): a feed reader shows what is new on the
board, the calendar feed (`boards/ical.py`) is for dates. Texts are plain text in the feed's
language with the German text where a translation is missing, as on the board; an outdated
translation is followed by "Übersetzung möglicherweise veraltet" and the current German.
"""

from django.conf import settings
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.html import escape
from django.utils.translation import get_language, gettext

from boards.plan_html import outdated_lines
from boards.templatetags.quartier import translated_text
from offers import online


def build(district, offers, feed_path: str) -> bytes:
    """The Atom document for `district` listing `offers` (most recently changed first)."""
    site = settings.SITE_URL
    board = site + reverse("boards:board", kwargs={"district": district.slug})
    subtitle = gettext("Neue und geänderte Angebote in %(district)s.") % {"district": district.name}
    feed = feedgenerator.Atom1Feed(
        title=gettext("Neu im Wochenplan %(district)s") % {"district": district.name},
        link=board,
        description=subtitle,
        subtitle=subtitle,
        language=get_language(),
        feed_url=site + feed_path,
        feed_guid=board,
    )
    for offer in offers:
        url = site + offer.url_in(district)
        summary = translated_text(offer, "summary")
        if offer.place:
            summary = f"{summary} – {offer.place.name}, {offer.place.street}"
        if offer.is_online:  # never the join link itself: where to find it
            summary = f"{summary}\n{online.instruction(url)}"
        # Never a silent mix: the reader sees the mark and the German in the entry itself.
        summary = "\n".join([summary, *outdated_lines(offer, ("title", "summary"))])
        feed.add_item(
            title=translated_text(offer, "title"),
            link=url,
            # Atom1Feed writes the summary as type="html": escaped, markup in an offer's
            # text stays text in the reader.
            description=linebreaksbr(escape(summary)),
            unique_id=url,
            unique_id_is_permalink=True,
            pubdate=offer.created_at,
            updateddate=offer.updated_at,
            author_name=offer.organisation.name,
        )
    return feed.writeString("utf-8").encode()
