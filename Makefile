# Ballerup International: `make run` brings up the demo, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# manage.py in run/migrate/seed uses the dev settings; the test targets name the test settings themselves.
export DJANGO_SETTINGS_MODULE ?= cms.settings.dev

.PHONY: run test install install-dev lock dist system-packages node-packages theme messages compilemessages migrate seed lint format check-catalogs bench serve backup restore

# The demo's absolute addresses (canonical, hreflang, sitemap, feeds, open data) name where it is served;
# `migrate` writes them into the Site record (cms/site_address.py). Only for these targets, not the tests.
run migrate seed: export SITE_BASE_URL ?= http://$(HOST):$(PORT)

run: install node-packages theme compilemessages migrate seed ## Install, migrate, load the demo and serve it
	@echo
	@echo "  Site:   http://$(HOST):$(PORT)/da/   (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/  (logins above; stop with Ctrl+C)"
	@echo "  Second factor for admin and approvers: $(PY) manage.py demo_code USERNAME prints the code"
	@echo
	$(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs twice: on SQLite, then on a throwaway PostgreSQL server (scripts/with-postgres.sh).
# REQUIRE_SERVERS=1 turns "server not available, skipped" into a failure. Tests marked `postgres` start
# their own PostgreSQL cluster and app servers, so they run in the PostgreSQL pass only. One worker
# per core (pytest-xdist), a test module per worker so module-scoped fixtures (a seeded live site, a
# browser) are set up once: on two cores this took the two passes from 6.6 + 9.1 min to 2.3 + 3.6 min.
# The install test (marker `install`: the built wheel in a fresh `wagtail start` site, ~1.5-2 min) has a
# database of its own, so it runs in the SQLite pass only. So do the Chromium journeys (marker `browser`,
# about a quarter of a pass): they test the screens, whose server side every other test runs on both
# databases; running them twice kept the suite far above its 20 minutes.
PYTEST := env REQUIRE_SERVERS=1 DJANGO_SETTINGS_MODULE=cms.settings.test $(VENV)/bin/pytest --numprocesses=auto --dist=loadfile

# The apps test themselves in hosts of their own (<app>/tests/settings.py), outside this project's settings.
APP_PYTEST := env -u DJANGO_SETTINGS_MODULE $(VENV)/bin/pytest -p no:cacheprovider

test: install-dev node-packages theme compilemessages ## Lint, checks, catalog check and the whole test suite (SQLite, then PostgreSQL)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check_catalogs
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check_admin_translations
	@echo "== each app's own tests, in its minimal test host (no project, no demo)"
	$(APP_PYTEST) partners/tests --ds=partners.tests.settings
	$(APP_PYTEST) reports/tests --ds=reports.tests.settings
	@echo "== pytest on SQLite"
	$(PYTEST) -m "not postgres"
	@echo "== pytest on PostgreSQL"
	scripts/with-postgres.sh $(PYTEST) -m "not install and not browser"

serve: install node-packages theme compilemessages migrate ## The production settings locally: gunicorn, collected static files
	@export DJANGO_SETTINGS_MODULE=cms.settings.production ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=0 \
		SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')"; \
	$(PY) manage.py collectstatic --no-input >/dev/null && \
	$(PY) manage.py check && \
	echo "  Site: http://localhost:$(PORT)/da/  (production settings, throwaway SECRET_KEY; stop with Ctrl+C)" && \
	exec $(VENV)/bin/gunicorn cms.wsgi:application --bind $(HOST):$(PORT) --workers 2 --access-logfile -

system-packages:
	@scripts/install-system-packages.sh

# What is installed is the lock files (every package, transitive ones too, with their hashes), not the
# requirements*.txt they are made from: `make lock` regenerates them after a requirements file changed
# (tests/test_requirements_lock.py fails while they are out of step). The dev lock is hashed too: the test
# tools run with the same rights as the site's code. The plugin (partners, reports, slugs) is installed
# from this tree as an editable package, so there is one copy of its code.
$(VENV)/.installed: requirements.lock pyproject.toml
	@scripts/install-system-packages.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --require-hashes -r requirements.lock
	$(PIP) install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	@scripts/install-system-packages.sh --test
	$(PIP) install --quiet --require-hashes -r requirements-dev.lock
	touch $@

# The lock files, for Python 3.11 on Linux. Pins already in a lock are kept; `make lock UPGRADE=1` moves
# every unpinned transitive dependency to its newest release. The dev lock is constrained by the runtime
# lock, so both install the same versions of what they share. (uv also keeps the hashes a lock lists: to
# repair a hand-edited lock, delete it first.)
LOCK_OPTIONS := --quiet --generate-hashes --python-version 3.11.7 --python-platform linux --custom-compile-command "make lock" $(if $(UPGRADE),--upgrade)
lock: install-dev ## Regenerate requirements.lock and requirements-dev.lock from requirements*.txt
	$(VENV)/bin/uv pip compile $(LOCK_OPTIONS) requirements.txt -o requirements.lock
	$(VENV)/bin/uv pip compile $(LOCK_OPTIONS) requirements-dev.txt -c requirements.lock -o requirements-dev.lock

# The plugin's wheel (partners, reports, slugs; see pyproject.toml), its catalogs compiled, into dist/.
dist: install-dev ## Build the plugin's wheel into dist/
	$(PY) scripts/build_dist.py dist

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node-packages: node_modules/.installed

# DKFDS in the municipality's colours, compiled from the npm packages' Sass sources (never committed).
THEME_CSS := build/static/theme/ballerup.css
$(THEME_CSS): cms/theme/ballerup.scss node_modules/.installed
	mkdir -p $(dir $@)
	node_modules/.bin/sass --load-path=node_modules --style=compressed --no-source-map $< $@

theme: $(THEME_CSS) ## Compile the themed DKFDS stylesheet

# locale/ from cms and home, and each app's own <app>/locale/ from its own folder (cms/catalogs.py).
messages: install ## Update the catalogs of our own strings after changing texts
	$(PY) manage.py update_catalogs

compilemessages: install
	$(PY) manage.py compilemessages --ignore '.venv/*' --ignore 'node_modules/*' >/dev/null

migrate: install
	$(PY) manage.py migrate --no-input

seed: install
	$(PY) manage.py seed_demo

# With the installation's own settings (DJANGO_SETTINGS_MODULE and its variables): README "Backups".
backup: install ## One dated archive of the database and every media file: backups/ (or BACKUP_DIR)
	$(PY) manage.py backup_site

restore: install ## Bring an archive back into an EMPTY installation: make restore ARCHIVE=backups/ballerup-….tar.gz
	@test -n "$(ARCHIVE)" || { echo "make restore ARCHIVE=path/to/ballerup-YYYYmmdd-HHMMSS.tar.gz"; exit 2; }
	$(PY) manage.py restore_site "$(ARCHIVE)"

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install-dev node-packages theme compilemessages ## Requests a second of each public page type: uncached, page cache, front cache (BENCH_SCALE=10|100)
	@scripts/install-system-packages.sh --bench
	$(PY) scripts/bench.py $(BENCH_ARGS)

check-catalogs: install-dev
	DJANGO_SETTINGS_MODULE=cms.settings.test $(PY) manage.py check_catalogs
