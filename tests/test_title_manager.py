"""An unlisted manager of named work is read as the managers of that work
(``model/title_manager.py``)."""

from __future__ import annotations

from placement_support import first


def test_a_vineyard_manager_manages_the_farm(engine) -> None:
    # O*NET lists no "Vineyard Manager"; "vineyard" read its "Vineyard Tender" (farmworkers,
    # 97%), though the person runs the vineyard and its harvest crew.
    duties = "manage 80 acres of grapes and the harvest crew"
    assert first(engine, "Vineyard manager", "crew scheduling; pruning", duties) == "11-9013.00"
    assert first(engine, "Orchard manager") == "11-9013.00"


def test_a_word_no_one_group_s_work_names_no_manager(engine) -> None:
    # "dairy" titles are science, farming and processing alike: no manager is read from it.
    assert not first(engine, "Dairy manager", "herd health").startswith("11-9121")
