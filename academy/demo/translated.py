def set_translated(obj, field, values):
    """Set one django-modeltranslation field in several languages: {"en": …, "de": …}."""
    for language, value in values.items():
        setattr(obj, f"{field}_{language}", value)
