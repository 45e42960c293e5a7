"""Reflection circles: a recurring space where people from different schools,
communities and languages reflect together, with a host, a prompt for each meeting and
shared notes that stay with the circle; what surfaces can open a story round."""
