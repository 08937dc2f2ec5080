"""The demo depends on the other apps and never the other way round."""

from tests.imports import modules_importing


def test_no_app_imports_the_demo():
    apps = ("offers", "boards", "flyers", "opendata", "network", "quartier")
    assert modules_importing("demo", apps) == []
