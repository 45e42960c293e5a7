"""Growth: the skills framework (more comes with self-assessments and badges)."""
