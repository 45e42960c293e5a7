# Peer Academy. `make demo` and `make test` are the whole set-up on a fresh machine.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEV_SETTINGS := academy.settings.dev

.PHONY: demo test venv messages lint format check serve bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

venv: $(STAMP)

# Compile the gettext catalogues. Django's compilemessages needs GNU msgfmt;
# where it is missing, Babel (a dependency) compiles the same catalogues.
messages: $(STAMP)
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv -v 0; \
	else \
		$(VENV)/bin/pybabel compile -d locale -D django --statistics; \
	fi

demo: messages
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --noinput -v 0
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py demo
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py runserver 127.0.0.1:8000

# The whole suite. Set DATABASE_URL=postgres://… to run it against PostgreSQL.
test: messages
	$(VENV)/bin/pytest --create-db

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: messages
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm static

# Benchmarks: pages against a trivial view (SQLite, then PostgreSQL) and the seat path.
BENCH_PG ?= postgres://postgres@127.0.0.1:5432/academy_bench
bench: messages
	DATABASE_URL=sqlite:////tmp/academy-bench.sqlite3 DJANGO_SETTINGS_MODULE=academy.settings.bench $(PY) manage.py bench
	DATABASE_URL=sqlite:////tmp/academy-bench.sqlite3 DJANGO_SETTINGS_MODULE=academy.settings.bench $(PY) manage.py bench_matching
	-dropdb -h 127.0.0.1 -U postgres --if-exists academy_bench
	createdb -h 127.0.0.1 -U postgres academy_bench
	DATABASE_URL=$(BENCH_PG) DJANGO_SETTINGS_MODULE=academy.settings.bench $(PY) manage.py bench
	DATABASE_URL=$(BENCH_PG) DJANGO_SETTINGS_MODULE=academy.settings.bench $(PY) manage.py bench --seats
	DATABASE_URL=$(BENCH_PG) DJANGO_SETTINGS_MODULE=academy.settings.bench $(PY) manage.py bench_matching
