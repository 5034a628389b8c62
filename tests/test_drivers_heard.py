"""The drivers take what the title rules heard from the score's own read of the title.

A title read in the profile's context ("Driver" with "drive a school bus" read as a bus
driver) is read again for each driver variant that leaves items out; what the rules
heard of the items says which variants read alike. The score's own read hears it
(``Engine.read_chunk``), so the drivers no longer read the title once more with every
item to learn it: that holds only while the title rules change no column of the match
but the title's, and the drivers must come out as a second read makes them.
"""

from __future__ import annotations

from career_resilience.model import assemble, driver_variants
from career_resilience.model.profile import Profile

#: Short titles the skills or duties decide, typed with both, as people type them.
IN_CONTEXT = [
    ("Driver", "CDL; pre-trip inspection", "drive a school bus\ncheck tires and lights"),
    ("Engineer", "Java; Spring; SQL", "build APIs\nreview code"),
    ("Nurse", "ventilators; ICU; IV therapy", "titrate drips\nmonitor vitals"),
    ("Technician", "phlebotomy; centrifuge", "run blood samples\nlog results"),
]


def test_drivers_from_the_scores_own_read_are_those_of_a_second_read(engine, monkeypatch):
    heard_given: list[bool] = []
    title_reads = driver_variants.TitleReads

    class Spy(title_reads):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            if self.active:
                heard_given.append(args[-1] is not None if len(args) > 6 else False)

    monkeypatch.setattr(driver_variants, "TitleReads", Spy)
    monkeypatch.setattr("career_resilience.model.grounded_drivers.TitleReads", Spy)
    profiles = [Profile.create(*typed) for typed in IN_CONTEXT]
    from_own_read = [engine.score(p).drivers for p in profiles]
    # Some of these titles were read in context, and their drivers used the own read.
    assert any(heard_given)

    drivers = assemble._drivers

    def read_again(*args, **kwargs):  # type: ignore[no-untyped-def]
        return drivers(*args[:5])  # no ``heard``: TitleReads reads with every item

    monkeypatch.setattr(assemble, "_drivers", read_again)
    assert [engine.score(p).drivers for p in profiles] == from_own_read
