"""Badges awarded by rules, each award an Open Badges 3.0 credential signed by the site."""
