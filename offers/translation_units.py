"""Texts to translate as units for translators' tools (XLIFF, CSV) and the side-by-side view.

Each translated field of an object (offers/translation.py) is one unit, named
"<kind>/<pk>/<field>" ("offer/12/summary"): its source is the current German, its target the
current translation in one language. A translated file comes back as the same units; a unit
is applied only if its source still equals the German of today, so a translation of an old
German text is never saved as if it were current (docs/translations.md).

Which units an export holds is a filter: a function (queryset, language) → units, listed in
FILTERS (all, missing, outdated, missing or outdated).
"""

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import models, transaction
from modeltranslation.translator import translator

from offers import text, translation_state
from offers.models import Category, District, Offer, Organisation, Place, TargetGroup
from quartier import languages

# What translators get, in this order: kind in unit ids → model.
KINDS = {
    "offer": Offer,
    "place": Place,
    "organisation": Organisation,  # providers' profiles (the list of actors)
    "district": District,
    "category": Category,
    "targetgroup": TargetGroup,
}
MODEL_KINDS = {model: kind for kind, model in KINDS.items()}


@dataclass(frozen=True)
class Unit:
    kind: str
    pk: int
    field: str
    source: str  # German
    target: str  # in the unit's language, "" if missing
    obj: models.Model | None = None

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.pk}/{self.field}"


def translated_fields(model) -> list[str]:
    """In the order of the model (modeltranslation keeps them in no particular order)."""
    names = set(translator.get_options_for_model(model).fields)
    return [field.name for field in model._meta.fields if field.name in names]


def field_label(model, field: str) -> str:
    return str(model._meta.get_field(field).verbose_name)


def object_units(obj, language: str) -> list[Unit]:
    """Every translated field of `obj` with a German text."""
    kind = MODEL_KINDS[type(obj)]
    units = []
    for field in translated_fields(type(obj)):
        source = getattr(obj, f"{field}_{settings.LANGUAGE_CODE}") or ""
        if source.strip():
            target = getattr(obj, f"{field}_{language}") or ""
            units.append(Unit(kind, obj.pk, field, source, target, obj))
    return units


def all_units(queryset, language: str) -> list[Unit]:
    return [unit for obj in queryset.order_by("pk") for unit in object_units(obj, language)]


def missing_units(queryset, language: str) -> list[Unit]:
    return [unit for unit in all_units(queryset, language) if not unit.target.strip()]


def _is_outdated(unit: Unit, language: str) -> bool:
    return unit.obj is not None and unit.field in translation_state.outdated_fields(
        unit.obj, language, among=(unit.field,)
    )


def outdated_units(queryset, language: str) -> list[Unit]:
    """Translations made from an earlier German text (offers/translation_state.py)."""
    return [unit for unit in all_units(queryset, language) if _is_outdated(unit, language)]


def missing_or_outdated_units(queryset, language: str) -> list[Unit]:
    return [
        unit
        for unit in all_units(queryset, language)
        if not unit.target.strip() or _is_outdated(unit, language)
    ]


# (German label, function). "Ausgewählte Angebote" is not a filter but a narrower queryset.
FILTERS: dict[str, tuple[str, Callable[..., list[Unit]]]] = {
    "all": ("alle Texte", all_units),
    "missing": ("nur fehlende Übersetzungen", missing_units),
    "outdated": ("nur veraltete Übersetzungen", outdated_units),
    "todo": ("fehlende und veraltete Übersetzungen", missing_or_outdated_units),
}


def work_order(object_units_: list[Unit], language: str | None = None) -> list[Unit]:
    """An object's units as a translator works through them: missing and outdated
    translations first, then the rest in field order."""

    def rank(unit):
        if not unit.target.strip():
            return 0
        return 0 if language and _is_outdated(unit, language) else 1

    return sorted(object_units_, key=rank)


def export_units(language: str, filter_name: str, offers=None) -> list[Unit]:
    """The units of every kind (or of the given `offers` only) that `filter_name` picks."""
    pick = FILTERS[filter_name][1]
    if offers is not None:
        return pick(offers, language)
    units = []
    for model in KINDS.values():
        units.extend(pick(model._base_manager.all(), language))
    return units


# --- Checking a translated file ---------------------------------------------------------------


def same_text(a: str, b: str) -> bool:
    """Whether a file's source is the German text: CAT tools and XML change line endings
    and may compose accents differently, not the words."""

    def norm(value):
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return unicodedata.normalize("NFC", value).strip()

    return norm(a) == norm(b)


STALE = (
    "der deutsche Text wurde inzwischen geändert – die Übersetzung passt zum alten Text "
    "(bitte neu exportieren)"
)


@dataclass
class Change:
    unit: Unit
    new: str

    @property
    def label(self) -> str:
        return field_label(type(self.unit.obj), self.unit.field)


@dataclass
class Refusal:
    id: str
    reason: str


@dataclass
class Check:
    language: str
    changes: list[Change]
    refused: list[Refusal]
    unchanged: int = 0
    skipped: int = 0


def _parse_id(unit_id: str):
    parts = unit_id.split("/")
    if len(parts) != 3 or parts[0] not in KINDS or not parts[1].isdigit():
        return None
    return parts[0], int(parts[1]), parts[2]


def check(language: str, entries: Iterable[tuple[str, str, str | None]]) -> Check:
    """What (id, source, target) entries of a file would change in `language`, and what is
    refused and why. Nothing is written."""
    result = Check(language, [], [])
    if language not in languages.translated():
        raise ValueError(language)
    seen = set()
    for unit_id, source, target in entries:
        parsed = _parse_id(unit_id)
        if parsed is None:
            result.refused.append(Refusal(unit_id, "unbekannte Kennung"))
            continue
        kind, pk, field = parsed
        model = KINDS[kind]
        if field not in translated_fields(model):
            result.refused.append(Refusal(unit_id, "kein übersetzbares Feld"))
            continue
        if unit_id in seen:
            result.refused.append(Refusal(unit_id, "kommt in der Datei mehrfach vor"))
            continue
        seen.add(unit_id)
        if target is None or not target.strip():
            result.skipped += 1
            continue
        obj = model._base_manager.filter(pk=pk).first()
        if obj is None:
            result.refused.append(Refusal(unit_id, "gibt es nicht mehr"))
            continue
        german = getattr(obj, f"{field}_{settings.LANGUAGE_CODE}") or ""
        if not same_text(source, german):
            result.refused.append(Refusal(unit_id, STALE))
            continue
        model_field = model._meta.get_field(field)
        multiline = isinstance(model_field, models.TextField)
        new = text.clean(target, multiline=multiline)
        limit = model_field.max_length
        if limit and len(new) > limit:
            result.refused.append(Refusal(unit_id, f"Übersetzung länger als {limit} Zeichen"))
            continue
        old = getattr(obj, f"{field}_{language}") or ""
        if new == old:
            result.unchanged += 1
            continue
        unit = Unit(kind, pk, field, german, old, obj)
        result.changes.append(Change(unit, new))
    return result


def apply(changes: Iterable[Change], language: str, user) -> int:
    """Save `changes` in one transaction, one save per object so the history names `user`.

    A save is a write like any other (offers/approval.py): a clerk's is published at once.
    """
    by_object: dict[tuple[str, int], list[Change]] = {}
    for change in changes:
        by_object.setdefault((change.unit.kind, change.unit.pk), []).append(change)
    with transaction.atomic():
        for (kind, pk), object_changes in by_object.items():
            obj = KINDS[kind]._base_manager.select_for_update().get(pk=pk)
            names = []
            for change in object_changes:
                name = f"{change.unit.field}_{language}"
                setattr(obj, name, change.new)
                names.append(name)
            if hasattr(obj, "updated_at"):
                names.append("updated_at")
            obj._history_user = user
            obj._change_reason = f"Übersetzung ({language}) übernommen"
            obj.save(update_fields=names)
    return len(by_object)
