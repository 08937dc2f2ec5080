from django.db import models
from django.urls import reverse

from boards import sign_files
from offers.models.translated import TranslationSources


class LegalPage(TranslationSources):
    """Impressum, privacy notice and accessibility statement: texts staff keep current."""

    class Kind(models.TextChoices):
        IMPRESSUM = "impressum", "Impressum"
        PRIVACY = "datenschutz", "Datenschutzerklärung"
        ACCESSIBILITY = "barrierefreiheit", "Erklärung zur Barrierefreiheit"

    slug = models.CharField("Seite", max_length=20, choices=Kind.choices, unique=True)
    title = models.CharField("Überschrift", max_length=200)
    body = models.TextField(
        "Text",
        help_text=(
            "Absätze durch eine Leerzeile trennen. Eine Zeile mit „## “ am Anfang ist eine "
            "Zwischenüberschrift, Zeilen mit „- “ am Anfang bilden eine Liste."
        ),
    )
    updated_at = models.DateTimeField("geändert", auto_now=True)

    class Meta:
        verbose_name = "Pflichtseite"
        verbose_name_plural = "Pflichtseiten"
        ordering = ["slug"]

    def __str__(self):
        return self.get_slug_display()

    def get_absolute_url(self):
        return reverse("boards:legal", kwargs={"page": self.slug})


class AccessibilityFeedback(models.Model):
    """A barrier reported through the accessibility statement's form (BITV NRW)."""

    message = models.TextField("Nachricht", max_length=5000)
    name = models.CharField("Name", max_length=200, blank=True)
    email = models.EmailField("E-Mail", blank=True)
    page = models.CharField("betroffene Seite", max_length=500, blank=True)
    language = models.CharField("Sprache", max_length=5, blank=True)
    created_at = models.DateTimeField("eingegangen", auto_now_add=True)
    handled = models.BooleanField("erledigt", default=False)

    class Meta:
        verbose_name = "Rückmeldung zur Barrierefreiheit"
        verbose_name_plural = "Rückmeldungen zur Barrierefreiheit"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y}: {self.message[:60]}"


class SignVideoQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class SignVideo(models.Model):
    """A video in German Sign Language (DGS) with the content BITV NRW asks for, uploaded by
    the Sozialamt and served from our own host (docs/admin.md "Videos in Gebärdensprache")."""

    class Topic(models.TextChoices):
        MAIN = "quartier", "Was ist Quartier (Hauptinhalt)"
        NAVIGATION = "navigation", "So finden Sie sich zurecht (Navigation)"
        ACCESSIBILITY = "barrierefreiheit", "Barrierefreiheit (Erklärung zur Barrierefreiheit)"
        FEEDBACK = "rueckmeldung", "Rückmeldung geben"

    topic = models.CharField("Thema", max_length=20, choices=Topic.choices)
    title = models.CharField("Überschrift", max_length=200)
    summary = models.TextField(
        "Was das Video sagt",
        max_length=1000,
        help_text="Zwei, drei Sätze unter dem Video: worum es geht. Der ganze Text steht auf "
        "der Textseite, die unter dem Video verlinkt ist.",
    )
    video = models.FileField(
        "Video",
        upload_to=sign_files.video_path,
        validators=[sign_files.validate_video],
        help_text="WebM (.webm) oder MP4 (.mp4, H.264).",
    )
    poster = models.FileField(
        "Vorschaubild",
        upload_to=sign_files.poster_path,
        validators=[sign_files.validate_poster],
        help_text="Ein Bild aus dem Video (PNG oder JPEG), gezeigt bevor es läuft.",
    )
    captions = models.FileField(
        "Untertitel (WebVTT)",
        upload_to=sign_files.captions_path,
        validators=[sign_files.validate_captions],
        help_text="Was gesagt wird, als WebVTT-Datei (.vtt, UTF-8, erste Zeile „WEBVTT“).",
    )
    position = models.PositiveSmallIntegerField("Reihenfolge", default=0)
    is_published = models.BooleanField(
        "veröffentlicht", default=False, help_text="Erst dann auf der Seite Gebärdensprache."
    )
    updated_at = models.DateTimeField("geändert", auto_now=True)

    objects = SignVideoQuerySet.as_manager()

    class Meta:
        verbose_name = "Video in Gebärdensprache"
        verbose_name_plural = "Videos in Gebärdensprache"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    @property
    def video_type(self) -> str:
        """The `<source type>`: the file's content was checked against its name on upload."""
        return "video/webm" if self.video.name.lower().endswith(".webm") else "video/mp4"

    @property
    def text_version(self) -> tuple[str, str]:
        """Where the same content is written down, and the link's words."""
        statement = reverse("boards:legal", kwargs={"page": "barrierefreiheit"})
        easy = reverse("easy:index")
        return {
            self.Topic.MAIN: (easy, "Als Text in Leichter Sprache"),
            self.Topic.NAVIGATION: (easy, "Als Text in Leichter Sprache"),
            self.Topic.ACCESSIBILITY: (statement, "Erklärung zur Barrierefreiheit als Text"),
            self.Topic.FEEDBACK: (f"{statement}#feedback", "Zum Formular „Barriere melden“"),
        }[self.topic]
