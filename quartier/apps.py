from django.contrib.admin.apps import AdminConfig


class QuartierAdminConfig(AdminConfig):
    """Django's admin app with our site (quartier/admin_site.py); models load only later."""

    default_site = "quartier.admin_site.QuartierAdminSite"
