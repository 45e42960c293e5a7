"""Funder reports: figures that apps contribute through a registry, small numbers
suppressed before anything is shown, a page for coordinators and a CSV export."""
