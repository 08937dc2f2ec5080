"""What a waiting change changes: the approved state beside the saved one, for the clerk."""

from dataclasses import dataclass

from django.db import models

from offers import approval, translation_state
from offers.models import Offer, ScheduleRule
from offers.models.schedule import describe_rule


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


def _shown(field, value) -> str:
    if value in (None, ""):
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(field, models.ForeignKey):
        found = field.related_model._base_manager.filter(pk=value).first()
        return str(found) if found else f"#{value}"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "–"
    return str(value)


def _label(field) -> str:
    # modeltranslation names its per-language fields "Titel [ru]" already.
    return str(field.verbose_name)


def _rules_text(rules) -> str:
    return "; ".join(sorted(describe_rule(rule) for rule in rules)) or "keine Termine"


def changes(obj) -> list[Change]:
    """The fields (every language), rules and relations a waiting change alters; empty when
    nothing waits."""
    data = obj.approved_snapshot
    if not data:
        return []
    approved = type(obj)(pk=obj.pk, approved_snapshot=data)
    approval.apply_snapshot(approved)
    found = []
    for field in approval._snapshot_fields(type(obj)):
        if field.attname == "translated_from":
            continue  # bookkeeping of the texts, which are listed themselves
        before, after = getattr(approved, field.attname), getattr(obj, field.attname)
        if _shown(field, before) != _shown(field, after):
            found.append(Change(_label(field), _shown(field, before), _shown(field, after)))
    if isinstance(obj, Offer):
        found += _offer_rules(approved)
    found += _relations(obj, data)
    stale = _outdated_by_approval(approved, obj)
    if stale:
        found.append(Change("Übersetzungen danach veraltet", "–", stale))
    return found


def _outdated_by_approval(approved, obj) -> str:
    """Which translations approving would make outdated (the clerk may then tick "kleine
    Änderung" on the form instead, for a typo fix)."""
    lines = []
    for code in translation_state.target_languages():
        before = set(translation_state.outdated_fields(approved, code))
        after = [f for f in translation_state.outdated_fields(obj, code) if f not in before]
        if after:
            labels = ", ".join(str(type(obj)._meta.get_field(f).verbose_name) for f in after)
            lines.append(f"{code.upper()}: {labels}")
    return "\n".join(lines)


def _offer_rules(approved) -> list[Change]:
    before = _rules_text(approved._prefetched_objects_cache["rules"])
    after = _rules_text(ScheduleRule.objects.filter(offer_id=approved.pk))
    return [Change("Termine", before, after)] if before != after else []


def _relations(obj, data) -> list[Change]:
    found = []
    for name in approval.RELATIONS.get(type(obj), ()):
        if name not in data:  # a snapshot from before the relation was kept
            continue
        field = type(obj)._meta.get_field(name)
        old = sorted(str(i) for i in field.related_model.objects.filter(pk__in=data[name]))
        new = sorted(str(item) for item in getattr(obj, name).all())
        if old != new:
            label = str(field.verbose_name)
            found.append(Change(label, ", ".join(old) or "–", ", ".join(new) or "–"))
    return found
