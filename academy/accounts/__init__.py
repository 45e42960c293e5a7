"""People: the user model, profile and preferences, sign-in adapters, coordinators."""
