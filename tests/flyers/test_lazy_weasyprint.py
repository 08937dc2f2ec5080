"""WeasyPrint is imported when a PDF is made, not when a process starts (issue 16)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each test starts a Python process and loads the whole app.
pytestmark = [pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]

STARTUP = """
import sys
from quartier.wsgi import application
from django.urls import get_resolver, resolve
get_resolver().url_patterns
resolve("/de/welheim/plan.pdf")
print(sorted(name for name in sys.modules if name.split(".")[0] == "weasyprint"))
"""


def _modules_after(code):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "quartier.settings", "QUARTIER_DEMO": "1"}
    result = subprocess.run(  # noqa: S603 — this interpreter, fixed code
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip().splitlines()[-1]


def test_starting_the_app_and_loading_every_url_does_not_import_weasyprint():
    assert _modules_after(STARTUP) == "[]"


def test_the_pdf_module_imports_weasyprint():
    # The other half: the check above would pass if the name of the module changed.
    code = STARTUP + "import flyers.pdf\nprint('weasyprint' in sys.modules)\n"
    assert _modules_after(code) == "True"
