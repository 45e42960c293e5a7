"""Personal data: what each app holds about a person, their export, and leaving.

Each app declares its models in `personal_data` (see `registry.py`) from its
`AppConfig.ready()`; export and deletion only ever walk that registry."""
