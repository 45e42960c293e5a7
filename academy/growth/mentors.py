"""Who mentors a person right now. Pairings live in `mentoring`, which the academy never
imports; mentoring registers a source from its `AppConfig.ready()`:

    from academy.growth.mentors import mentor_sources
    mentor_sources.register(lambda person: <ids of the person's active mentors>)
"""


class MentorSources:
    def __init__(self):
        self._sources = []

    def register(self, source):
        """`source(person)` returns the ids of the people actively mentoring `person`."""
        if source not in self._sources:
            self._sources.append(source)

    def active_mentor_ids(self, person) -> set[int]:
        found = set()
        for source in self._sources:
            found.update(source(person))
        return found


mentor_sources = MentorSources()
