"""Which translations are current, missing or outdated ("veraltet").

Every translated model (offers/translation.py, boards/translation.py) has `translated_from`:
{"<field>_<language>": "<source hash>"}, the short hash of the German text a translation was
made from. It is written on every `save()` (admin form, import, history revert, seed_demo):

- a translation that is new or changed was made from the German saved with it: its hash is
  the current German's;
- a translation left alone keeps its hash, so when the German changes it becomes outdated;
- unless the clerk ticked "kleine Änderung, Übersetzungen bleiben gültig" (the admin sets
  `keep_translations_valid(obj)`): then every translation of the object is recorded as made
  from today's German (also one outdated by an earlier save, e.g. a provider's approved typo
  fix).

A translation without a record (written before this existed, or by a bulk write that skips
`save()`) counts as current; migration 0016 recorded the hashes of all existing rows.

The answers are computed from the loaded columns in Python, never with extra queries, so the
board (which loads the approved state, offers/public.py) marks what residents actually read.

For other code (XLIFF export/import, the work list, the admin filter):
- `source_hash(text)`: the hash an import compares a unit's source with;
- `outdated_fields(obj, language)` / `missing_fields(obj, language)`: field names;
- `outdated_ids(queryset, language)` / `filter_outdated(queryset, language)`;
- `workload(queryset, languages)`: per language missing/outdated counts and German words.
"""

import hashlib
import unicodedata
from functools import cache

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from modeltranslation.translator import NotRegistered, translator

from offers.models.translated import TranslationSources

GERMAN = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def source_hash(text) -> str:
    """12 hex digits of SHA-256 over the German text, whitespace and Unicode form normalised
    (a changed line break is no change of meaning)."""
    normal = " ".join(unicodedata.normalize("NFC", text or "").split())
    return hashlib.sha256(normal.encode()).hexdigest()[:12]


@cache
def translated_fields(model) -> tuple[str, ...]:
    """The model's translated fields in the order the model declares them."""
    try:
        names = translator.get_options_for_model(model).fields
    except NotRegistered:
        return ()
    return tuple(field.name for field in model._meta.fields if field.name in names)


def target_languages() -> list[str]:
    """Every language a translation column exists for (not only the offered ones: a
    deployment that stops offering one keeps its texts' state true)."""
    return [code for code in settings.MODELTRANSLATION_LANGUAGES if code != GERMAN]


def _german(obj, field) -> str:
    return getattr(obj, f"{field}_{GERMAN}", "") or ""


def outdated_fields(obj, language, among=None) -> list[str]:
    """Fields of `obj` (or of `among`) whose `language` translation was made from another
    German text than the one `obj` holds now (in the state loaded: approved for residents)."""
    if language == GERMAN:
        return []
    record = getattr(obj, "translated_from", None) or {}
    outdated = []
    for field in translated_fields(type(obj)):
        if among is not None and field not in among:
            continue
        recorded = record.get(f"{field}_{language}")
        if (
            recorded
            and getattr(obj, f"{field}_{language}", "")
            and recorded != source_hash(_german(obj, field))
        ):
            outdated.append(field)
    return outdated


def missing_fields(obj, language) -> list[str]:
    """Fields with German text and no `language` text (residents read the German)."""
    if language == GERMAN:
        return []
    return [
        field
        for field in translated_fields(type(obj))
        if _german(obj, field).strip() and not getattr(obj, f"{field}_{language}", "")
    ]


def _columns(model, languages) -> list[str]:
    fields = translated_fields(model)
    return [f"{field}_{code}" for field in fields for code in (GERMAN, *languages)]


def _rows(queryset, languages):
    """Light stand-ins for the rows: only the text columns and the record are loaded."""
    model = queryset.model
    columns = [model._meta.pk.attname, "translated_from", *_columns(model, languages)]
    for values in queryset.order_by().values(*columns):
        row = model.__new__(model)  # no __init__: only attributes, never saved
        row.__dict__.update(values)
        yield row


def outdated_ids(queryset, language) -> list:
    """Primary keys of `queryset`'s rows with at least one outdated `language` text."""
    return [row.pk for row in _rows(queryset, [language]) if outdated_fields(row, language)]


def filter_outdated(queryset, language):
    """`queryset` narrowed to rows with an outdated `language` text (one extra query)."""
    return queryset.filter(pk__in=outdated_ids(queryset, language))


def word_count(text) -> int:
    return len((text or "").split())


def workload(queryset, languages) -> dict:
    """Per language: rows with a missing text, rows and texts outdated, texts missing, and the
    German words of all missing and outdated texts (what a translator charges for). One
    query for all languages."""
    result = {
        code: {"missing_rows": 0, "missing": 0, "outdated_rows": 0, "outdated": 0, "words": 0}
        for code in languages
    }
    for row in _rows(queryset, languages):
        for code in languages:
            missing, outdated = missing_fields(row, code), outdated_fields(row, code)
            counts = result[code]
            counts["missing"] += len(missing)
            counts["outdated"] += len(outdated)
            counts["missing_rows"] += bool(missing)
            counts["outdated_rows"] += bool(outdated)
            counts["words"] += sum(word_count(_german(row, f)) for f in (*missing, *outdated))
    return result


# --- Writing the record -----------------------------------------------------------------------


def keep_translations_valid(obj) -> None:
    """The next `save()` of `obj` is a small German change: its translations stay current
    ("kleine Änderung, Übersetzungen bleiben gültig" in the admin)."""
    obj._keep_translations_valid = True


def record(obj, stored: dict | None, keep_valid: bool = False) -> dict:
    """The record `obj` should be saved with, given its columns as stored (None: new)."""
    result = dict(obj.translated_from or {})
    for field in translated_fields(type(obj)):
        german = _german(obj, field)
        old_german = (stored or {}).get(f"{field}_{GERMAN}") or ""
        german_changed = stored is not None and source_hash(german) != source_hash(old_german)
        for code in target_languages():
            key = f"{field}_{code}"
            text = getattr(obj, key, "") or ""
            if not text:
                result.pop(key, None)  # missing, not outdated
            elif stored is None or text != (stored.get(key) or ""):
                result[key] = source_hash(german)  # written now, from the German of now
            elif keep_valid:
                # The clerk says: every translation here fits today's German (also after an
                # approved provider's change, which was saved before the clerk saw it).
                result[key] = source_hash(german)
            elif german_changed and key not in result:
                # No record yet (a bulk write): it was made from the German before this save.
                result[key] = source_hash(old_german)
    return result


def _before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, TranslationSources):
        return
    fields = translated_fields(sender)
    columns = _columns(sender, target_languages())
    if update_fields is not None and not set(update_fields) & {*columns, *fields}:
        return
    stored = None
    if instance.pk is not None:
        stored = sender._base_manager.filter(pk=instance.pk).values(*columns).first()
    keep_valid = instance.__dict__.pop("_keep_translations_valid", False)
    new = record(instance, stored, keep_valid)
    if new != (instance.translated_from or {}):
        instance.translated_from = new
        if update_fields is not None and "translated_from" not in update_fields:
            instance._translated_from_unsaved = True


def _after_save(sender, instance, raw=False, **kwargs):
    if instance.__dict__.pop("_translated_from_unsaved", False):
        # `save(update_fields=…)` without the record: written here. The base manager's plain
        # update is not a provider's bulk write (the text change itself went through save()).
        sender._base_manager.filter(pk=instance.pk).update(translated_from=instance.translated_from)


def connect() -> None:
    pre_save.connect(_before_save, dispatch_uid="translation-state-save")
    post_save.connect(_after_save, dispatch_uid="translation-state-after")
