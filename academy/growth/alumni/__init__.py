"""Alumni: people who moved on keep their history and badges, and may report back
once a year on where they went and what they carried with them."""
