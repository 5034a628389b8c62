"""A specialty that fewer than half the duty lines name is part of the typed title's
work, not other work (``model/title_qualify_checks.part_of_typed_work``)."""

from __future__ import annotations

from placement_support import first


def test_a_bookkeeper_who_runs_the_payroll_is_a_bookkeeper(engine) -> None:
    # "do payroll" had read "Payroll Bookkeeper": payroll and timekeeping clerks, 100%.
    duties = "pay bills; do payroll; reconcile the bank"
    assert first(engine, "Bookkeeper", "QuickBooks; reconciliations", duties).startswith("43-3031")


def test_a_specialty_every_line_names_still_reads(engine) -> None:
    # One line of one, on the school bus route: a school bus driver.
    assert first(engine, "Driver", "", "drive the school bus route").startswith("53-3051")
