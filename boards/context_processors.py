from django.conf import settings
from django.utils.translation import get_language

from offers.selectors import get_city
from quartier import languages


def page_url(request) -> str:
    """This page's path; on cached pages with only the parameters their view validated
    (boards/caching.py), so a cached body never carries one visitor's junk to the next."""
    query = getattr(request, "page_query", None)
    if query is None:  # not a cached page (error pages, print page, forms)
        return request.get_full_path()
    return f"{request.path}?{query.urlencode()}" if query else request.path


def language_links(request):
    """The current page in every language: same district, week, filters, offer or place.

    Every public URL is `/<lang>/…` with the same slugs in all languages, so swapping the
    prefix is enough — also on error pages, where there is no URL pattern to reverse.
    """
    current = get_language()
    path = page_url(request)
    prefix = f"/{current}/"
    rest = path[len(prefix) :] if path.startswith(prefix) else ""
    return [
        {"code": code, "name": name, "url": f"/{code}/{rest}", "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def alternates(links) -> list[dict]:
    """`hreflang` alternates of this page: absolute, as search engines require, one per
    configured language including the current one, and x-default. The default is the German
    page; on the start page it is the language-less root, which picks the visitor's language."""
    default = next(link for link in links if link["code"] == settings.LANGUAGE_CODE)
    default_url = "/" if default["url"] == f"/{default['code']}/" else default["url"]
    found = [{"code": link["code"], "url": link["url"]} for link in links]
    found.append({"code": "x-default", "url": default_url})
    return [{**link, "url": settings.SITE_URL + link["url"]} for link in found]


def site(request):
    """The city (one query) and the language switch, for every page's header and footer."""
    links = language_links(request)
    return {
        "city": get_city(),
        "language_links": links,
        "alternates": alternates(links),
        "page_url": page_url(request),
        "site_url": settings.SITE_URL,
        "og_locale": languages.og_locale(get_language()),
        "language_switch_label": languages.switch_label(),
    }
