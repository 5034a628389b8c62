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


def test_a_shop_of_service_work_is_run_by_that_work_s_managers(engine) -> None:
    # "Shop Manager" is listed under entertainment and recreation, retail and mechanics'
    # supervisors: "shop" names no work, "pizza" does (entertainment and recreation
    # supervisors had come first, 28%).
    assert first(engine, "Pizza shop owner") == "11-9051.00"
    assert first(engine, "Sandwich shop owner") == "11-9051.00"
    duties = "make pizzas on busy nights; order cheese and flour; hire drivers"
    assert first(engine, "Pizza shop owner", "dough; ordering; payroll", duties) == "11-9051.00"


def test_a_store_named_by_its_goods_stays_a_store(engine) -> None:
    # "liquor" is mostly distillers' titles: a store selling it is still retail.
    skills, duties = "inventory; pos; ordering", "run the store; check ids; order stock"
    assert first(engine, "Liquor store owner", skills, duties) == "41-1011.00"


def test_a_dog_daycare_is_no_casino(engine) -> None:
    # "dog" and "daycare" are personal service words, as the gambling managers' casino
    # words are: read by minor group, animal care is no gambling (gambling managers 54%).
    skills, duties = "dog handling; scheduling; cleaning", "watch the dogs; clean kennels"
    assert first(engine, "Dog daycare owner", skills, duties) == "39-2021.00"
    assert first(engine, "Dog daycare owner") != "11-9071.00"
