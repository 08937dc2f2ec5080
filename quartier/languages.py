"""The residents' languages, as the settings describe them (`RESIDENT_LANGUAGES`, and which
of them a deployment offers: `LANGUAGES`, from `QUARTIER_LANGUAGES`).

Everything that lists languages — the switch, the admin's translation state and filter, the
work list, the print page, short links, feeds, the demo — asks here or reads
`settings.LANGUAGES`, at call time, so a language added in the settings needs no code change
(docs/translations.md, "Adding a language"; `tests/quartier/test_languages.py`).
"""

from django.conf import settings


def offered() -> list[str]:
    """The codes residents can choose, German first."""
    return [code for code, _name in settings.LANGUAGES]


def known() -> list[str]:
    """Every resident language the settings describe, offered here or not (e.g. the
    languages help is given in at a place)."""
    return list(settings.RESIDENT_LANGUAGES)


def translated() -> list[str]:
    """The offered languages besides German: the ones content is translated into."""
    return [code for code in offered() if code != settings.LANGUAGE_CODE]


def describe(code: str) -> dict:
    return settings.RESIDENT_LANGUAGES.get(code, {})


def admin_name(code: str) -> str:
    """The language's German name, for the admin (e.g. "Farsi")."""
    return describe(code).get("admin_name", code.upper())


def og_locale(code: str) -> str:
    """Open Graph's locale for link previews (e.g. "fa_IR")."""
    return describe(code).get("og_locale", "de_DE")


def switch_label() -> str:
    """The language switch's accessible name, in every offered language ("Sprache · Язык")."""
    return " · ".join(describe(code).get("switch_label", "") or code for code in offered())
