"""A title O*NET does not list whose own words the catalogue reads as another trade's
work, which the typed skills confirm (``model/title_own_skill.py``)."""

from __future__ import annotations

from placement_support import first


def test_an_unlisted_title_goes_where_its_own_words_and_the_skills_say(engine):
    # O*NET lists "... Artist" under craft and fine artists, "Animal Technician" under
    # breeders and vet techs, "... Threader" under machine operators: each had come first
    # (craft artists 41%, breeders 72%, production workers 40%).
    foley = first(engine, "Foley artist", "sound effects; recording", "record footsteps")
    assert foley == "27-4014.00"  # sound engineering technicians
    lab = first(engine, "Lab animal technician", "animal husbandry; cage changing; dosing")
    assert lab == "31-9096.00"  # laboratory animal caretakers
    brows = first(engine, "Eyebrow threader", "threading; waxing; brow shaping")
    assert brows.startswith("39-50")  # barbers, cosmetologists and skincare


def test_the_title_stands_when_the_skills_do_not_say_its_words_work(engine):
    # Typed skills of the head's own trade: a foley artist who sculpts is not read as sound.
    assert first(engine, "Foley artist", "sculpture; painting").startswith("27-10")
    # "Driving" is read by O*NET's titles ("Driving Instructor"): the catalogue's reading
    # of the title does not take it.
    assert first(engine, "Driving school instructor", "road tests; parallel parking")[:2] == "25"


def test_a_worker_title_is_not_moved_to_those_who_supervise_the_work(engine):
    # Laundry is a core skill of housekeeping supervisors alone ("Laundry Supervisor"):
    # a laundry worker read by it had gone to them (93%).
    worker = first(engine, "Hospital laundry worker", "laundry; folding; sorting linens")
    assert worker == "51-6011.00"  # laundry and dry-cleaning workers
