"""Uploaded files served by Django, for development and the browser tests only
(QUARTIER_SERVE_MEDIA); in production nginx serves MEDIA_URL (docs/operations.md §5).
`nosniff` comes from SecurityMiddleware, as on every response."""

from django.conf import settings
from django.views.static import serve


def serve_media(request, path):
    # MEDIA_ROOT is read per request, so a test may point it at its own folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)
