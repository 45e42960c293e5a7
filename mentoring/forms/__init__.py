"""Forms of peer support: asking and pairing, objectives, profiles and offers."""
