"""The demo's cohorts: the loader reads demo/data/cohorts.toml when `manage.py demo` runs."""

from cohorts.demo.loader import load_cohorts

__all__ = ["load_cohorts"]
