# The one entry point for people and CI alike (README.md lists the commands).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export QUARTIER_DEMO ?= 1
TESTING := false

.PHONY: install messages system-deps run test test-fast lint fmt check migrate demo bench clean

$(BIN)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is needed (Python 3.11)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

# Compiled catalogues (.mo) are build output. Babel compiles them in pure Python, so a fresh
# machine needs no GNU gettext; `messages` also fails on fuzzy or broken entries.
messages: install
	$(BIN)/pybabel -q compile -d locale -D django --statistics

# System libraries: Pango for WeasyPrint (PDFs), poppler-utils (pdftotext) for the PDF
# extraction tests, Debian's Chromium for the browser tests, openssl for the test certificates
# of the calendar fetcher's https tests, ffmpeg for the test video of the sign-language page.
# Installed with apt-get where they are missing and we run as root; otherwise we say what to do.
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils
system-deps:
	@missing=""; \
	for lib in libpango-1.0.so.0 libpangoft2-1.0.so.0 libharfbuzz-subset.so.0; do \
	  ldconfig -p | grep -q "$$lib" || missing="$(SYSTEM_PACKAGES)"; done; \
	command -v pdftotext >/dev/null || missing="$(SYSTEM_PACKAGES)"; \
	[ -n "$$missing" ] || ! $(TESTING) || command -v chromium >/dev/null || missing=chromium; \
	[ -n "$$missing" ] || ! $(TESTING) || command -v openssl >/dev/null || missing=openssl; \
	[ -n "$$missing" ] || ! $(TESTING) || command -v ffmpeg >/dev/null || missing=ffmpeg; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq $(SYSTEM_PACKAGES) $$( $(TESTING) && echo chromium openssl ffmpeg ) >/dev/null; \
	  else echo "Please install: sudo apt-get install $(SYSTEM_PACKAGES) chromium openssl ffmpeg"; exit 1; fi; \
	fi

migrate: messages system-deps
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py seed_demo

run: demo
	@echo "Board: http://127.0.0.1:$(PORT)/de/welheim/   Admin: http://127.0.0.1:$(PORT)/admin/ (clerk sozialamt / demo; providers e.g. jugendhilfe-bottrop / demo)"
	DJANGO_DEBUG=1 $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: TESTING := true
test: messages system-deps
	$(BIN)/python -m pytest

# Everything but the browser, PDF and slow tests (markers in pyproject.toml): for the edit-test
# loop. It keeps the test database between runs (--reuse-db: new migrations are applied, an
# edited one is not; add --create-db then). `make test` runs all tests on a new database.
test-fast: messages system-deps
	$(BIN)/python -m pytest --reuse-db -m "not browser and not pdf and not slow"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	mkdir -p var
	$(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	SITE_URL=https://quartier.example DJANGO_ALLOWED_HOSTS=quartier.example QUARTIER_DEMO= \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

bench: messages system-deps
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) var staticfiles
