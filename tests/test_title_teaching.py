"""A teaching title's skills and duties name what is taught (``model/title_teaching.py``)."""

from __future__ import annotations

from placement_support import first


def test_a_hobby_instructor_teaches_the_craft_and_does_not_make_it(engine) -> None:
    # The skills, tools and duty words name the craft, which O*NET holds under its
    # makers: manufacturing potters had come first (75%), sewing machine operators (67%).
    pottery = first(engine, "Pottery instructor", "pottery; wheel throwing; glazing", "teach")
    assert pottery.startswith("25-")
    sewing = first(engine, "Sewing instructor", "sewing; quilting; patterns", "teach classes")
    assert sewing.startswith("25-")
    # O*NET lists "HVAC Instructor" under career and technical teachers, postsecondary;
    # the mechanics' tools and official title had outweighed it (91%).
    hvac = first(
        engine, "HVAC instructor", "refrigeration; EPA 608", "teach HVAC at the trade school"
    )
    assert hvac == "25-1194.00"


def test_a_teaching_title_o_net_lists_elsewhere_stays_there(engine) -> None:
    # Flight instructors are counted with commercial pilots, who list the title.
    assert first(engine, "Flight instructor", "CFI; Cessna 172", "train student pilots") == (
        "53-2012.00"
    )
