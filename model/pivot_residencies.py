"""The medical and dental specialties of the licence table, each a residency or
fellowship taken after the degree (``model/pivot_licence_table.py`` lists them first, as
the table is read first match first). Split from the table, rows unchanged.
"""

from __future__ import annotations

from career_resilience.model.pivot_licence_record import YEAR, Licence

#: Medical school and the licence alone, which a specialty's residency is taken after.
MD_DEGREE = "a medical degree and medical licence"
_IM = "an internal medicine residency"
#: The residencies after which an allergy fellowship (internal medicine, paediatrics)
#: or a sports medicine fellowship (family, emergency, internal, paediatric or
#: rehabilitation medicine) is taken: any one of them.
_IM_OR_PEDS = "an internal medicine or paediatrics residency"
_PRIMARY = "a family, emergency, internal, paediatric or rehabilitation medicine residency"
#: Surgeons (orthopedic, pediatric, all other); ophthalmology's residency is shorter.
_SURGEONS = ("29-1242", "29-1243", "29-1249")
DDS = "a dental degree and dental licence"

#: The specialty rows, in the table's order (a specialty before the degree's licence it
#: is taken after: ``licence_of`` reads the first row that matches).
RESIDENCIES: tuple[Licence, ...] = (
    # A specialty is its own residency after the degree (OOH, physicians and surgeons:
    # residency "3 to 7 years"; general surgery is 5, ACGME. OOH, dentists: a specialty
    # asks further years after dental school, 2 to 3 for orthodontics or prosthodontics,
    # a hospital residency of 4 to 6 for oral and maxillofacial surgery): a family
    # physician is no pediatric surgeon after "Learn Surgery" (5 weeks), nor a dentist
    # an oral surgeon (3 weeks). Listed before the degree's licence, which they are
    # taken after (``licence_of`` reads the first that matches).
    Licence("a surgical residency", _SURGEONS, _SURGEONS, 5 * YEAR,
            "a surgical residency of at least 5 years after medical school",
            after=MD_DEGREE, kind="specialty"),
    # Every other specialty O*NET details is a residency of its own too (eMedicineHealth,
    # "Doctors: Specialties and Training", and ACGME program lengths): a family physician
    # had read cardiology as "a short course" (3 weeks), which is an internal medicine
    # residency of 3 years, then a cardiology fellowship of 2 to 3. A physician with
    # another residency takes the new one whole; someone without a medical degree takes
    # medical school first (``MD_DEGREE``). Those whose way in is one of several
    # residencies follow below.
    *(
        Licence(name, codes, codes, years * YEAR, basis, after=MD_DEGREE, kind="specialty")
        for name, codes, years, basis in (
            ("an anaesthesiology residency", ("29-1211",), 4, "a residency of 4 years"),
            ("a dermatology residency", ("29-1213",), 4, "a residency of 4 years"),
            ("an emergency medicine residency", ("29-1214",), 3,
             "a residency of 3 to 4 years"),
            ("a family medicine residency", ("29-1215",), 3, "a residency of 3 years"),
            ("a neurology residency", ("29-1217",), 4, "a residency of 4 years"),
            ("an obstetrics and gynaecology residency", ("29-1218",), 4,
             "a residency of 4 years"),
            ("a paediatrics residency", ("29-1221",), 3, "a residency of 3 years"),
            ("a pathology residency", ("29-1222",), 4, "a residency of 4 years"),
            ("a psychiatry residency", ("29-1223",), 4, "a residency of 4 years"),
            ("a radiology residency", ("29-1224",), 4, "a residency of 4 to 5 years"),
            ("a urology residency", ("29-1229.03",), 5,
             "a surgical residency of 5 years"),
            ("a physical medicine and rehabilitation residency", ("29-1229.04",), 4,
             "a residency of 4 years"),
            ("an ophthalmology residency", ("29-1241",), 4, "a residency of 4 years"),
        )
    ),
    Licence(_IM, ("29-1216",), ("29-1216", "29-1212"), 3 * YEAR,
            "a residency of 3 years", after=MD_DEGREE, kind="specialty"),
    # The specialties whose way in is one of several residencies take the shortest
    # route ACGME lists, its first residency named by what any of them is (eMedicine-
    # Health, "Doctors: Specialties and Training"; ACGME program lengths): an allergist
    # is an internist or paediatrician with a 2-year fellowship, a sports medicine
    # physician one of five primary specialists with a 1-year fellowship, a hospitalist
    # an internist or family physician; preventive medicine is a residency of its own
    # (a clinical year, then 2). An allergist had read preventive medicine as 3 weeks.
    Licence(_IM_OR_PEDS, (), ("29-1216", "29-1212", "29-1221", "29-1229.01"), 3 * YEAR,
            "a residency of 3 years", after=MD_DEGREE, kind="specialty"),
    Licence("an allergy and immunology fellowship", ("29-1229.01",), ("29-1229.01",),
            2 * YEAR, "a fellowship of 2 years", after=_IM_OR_PEDS, kind="specialty"),
    Licence(_PRIMARY, (), ("29-1214", "29-1215", "29-1216", "29-1212", "29-1221",
                           "29-1229.02", "29-1229.04", "29-1229.06"),
            3 * YEAR, "a residency of 3 to 4 years", after=MD_DEGREE, kind="specialty"),
    Licence("a sports medicine fellowship", ("29-1229.06",), ("29-1229.06",), YEAR,
            "a fellowship of 1 year", after=_PRIMARY, kind="specialty"),
    Licence("an internal medicine or family medicine residency", ("29-1229.02",),
            ("29-1215", "29-1216", "29-1212", "29-1229.02"), 3 * YEAR,
            "a residency of 3 years", after=MD_DEGREE, kind="specialty"),
    Licence("a preventive medicine residency", ("29-1229.05",), ("29-1229.05",), 3 * YEAR,
            "a residency of 3 years: a clinical year, then 2", after=MD_DEGREE,
            kind="specialty"),
    Licence("a cardiology fellowship", ("29-1212",), ("29-1212",), 3 * YEAR,
            "a fellowship of 3 years after an internal medicine residency", after=_IM,
            kind="specialty"),
    Licence("an oral and maxillofacial surgery residency", ("29-1022",), ("29-1022",),
            4 * YEAR, "a hospital residency of 4 to 6 years after dental school",
            after=DDS, kind="specialty"),
    Licence("a dental specialty residency", ("29-1023", "29-1024", "29-1029"),
            ("29-1023", "29-1024", "29-1029"), 2 * YEAR,
            "a residency of 2 to 3 years after dental school", after=DDS, kind="specialty"),
)  # fmt: skip
