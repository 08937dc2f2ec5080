"""The place form's one field for coordinates: a clerk pastes what OpenStreetMap shows (a pair
of numbers or a link) and both columns are filled, after a check that the point lies near
the city (offers/geo.py)."""

from django import forms

from offers import geo, selectors
from offers.admin.conflicts import ConflictCheckedAdminForm


class PlaceAdminForm(ConflictCheckedAdminForm):
    coordinates = forms.CharField(
        label="Koordinaten (für „Weg dorthin“)",
        required=False,
        max_length=500,
        help_text=(
            "Aus OpenStreetMap einfügen: Rechtsklick auf den Eingang → „Adresse anzeigen“ "
            "liefert z. B. „51.5236, 6.9296“; ein Link wie https://www.openstreetmap.org/"
            "#map=18/51.5236/6.9296 geht auch. Leer lassen: kein „Weg dorthin“."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        point = self.instance.point if self.instance.pk else None
        if point is not None:
            self.initial.setdefault("coordinates", str(point))

    def clean_coordinates(self):
        try:
            point = geo.parse(self.cleaned_data["coordinates"])
            if point is not None:
                city = selectors.get_city()
                geo.check_near(point, city.centre, city.radius_km, city.name)
        except ValueError as error:
            raise forms.ValidationError(str(error)) from None
        return point

    def _post_clean(self):
        # Before the model's own checks, which see both columns.
        if "coordinates" in self.cleaned_data:
            point = self.cleaned_data["coordinates"]
            self.instance.latitude = point.latitude if point else None
            self.instance.longitude = point.longitude if point else None
        super()._post_clean()
