"""Who may see and change what in the admin (docs/admin.md, "Staff and providers").

Sozialamt staff (superusers and members of the group "Sozialamt") see everything. Everyone
else with admin access is a provider's user and sees only what belongs to the organisations
they are a member of.
"""

from django.db.models import Q

CLERK_GROUP = "Sozialamt"
PROVIDER_GROUP = "Träger"

# What a provider's user may do with their own objects; `scope` below keeps them to those.
PROVIDER_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("offer", "place", "schedulerule", "scheduleexception", "closure", "calendarfeed")
    for action in ("add", "change", "delete", "view")
] + ["view_organisation", "change_organisation"]


def is_clerk(user) -> bool:
    if user.is_superuser:
        return True
    if not hasattr(user, "_quartier_is_clerk"):  # once per request
        user._quartier_is_clerk = user.groups.filter(name=CLERK_GROUP).exists()
    return user._quartier_is_clerk


def organisation_ids(user) -> list[int]:
    if not hasattr(user, "_quartier_organisations"):
        user._quartier_organisations = list(
            user.memberships.values_list("organisation_id", flat=True)
        )
    return user._quartier_organisations


# How each model reaches its organisation.
SCOPES = {
    "offer": lambda ids: Q(organisation_id__in=ids),
    "place": lambda ids: Q(organisation_id__in=ids),
    "organisation": lambda ids: Q(pk__in=ids),
    "scheduleexception": lambda ids: Q(offer__organisation_id__in=ids),
    "schedulerule": lambda ids: Q(offer__organisation_id__in=ids),
    "calendarfeed": lambda ids: Q(organisation_id__in=ids),
    "closure": lambda ids: Q(organisation_id__in=ids) | Q(place__organisation_id__in=ids),
}


def scope(queryset, user):
    """`queryset` narrowed to what `user` may see."""
    if is_clerk(user):
        return queryset
    model = queryset.model._meta.model_name
    if model not in SCOPES:
        return queryset.none()
    return queryset.filter(SCOPES[model](organisation_ids(user)))


def default_groups():
    """The clerks' and the providers' groups, given their permissions if they have none yet
    (a city may have changed them since); returns (clerks, providers)."""
    from django.contrib.auth.models import Group, Permission

    clerks, _ = Group.objects.get_or_create(name=CLERK_GROUP)
    if not clerks.permissions.exists():
        clerks.permissions.set(
            Permission.objects.filter(content_type__app_label__in=["offers", "boards", "flyers"])
        )
    providers, _ = Group.objects.get_or_create(name=PROVIDER_GROUP)
    if not providers.permissions.exists():
        providers.permissions.set(
            Permission.objects.filter(
                content_type__app_label="offers", codename__in=PROVIDER_PERMISSIONS
            )
        )
    return clerks, providers
