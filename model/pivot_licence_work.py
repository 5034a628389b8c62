"""The catalogue skills a licence stands for: held by its holders, taught on its way in.

A licence (``model/pivot_licences.py``) is the licensed work itself: whoever holds an
electrician's licence does electrical installation, a pharmacist pharmacy dispensing,
whether or not they typed it (a hospice nurse who typed no "RN" had been told to "Learn
Registered nursing: a short course" for a nurse practitioner's move). And someone who
takes the licence learns that work in its programme: a pharmacist moving to physician
assistant work was planned "Learn Physician assistant practice: a short course or
supervised practice" (6 weeks) beside the PA master's two years, which teach it.

:data:`WORK` names, per licence, the skills that are its work (held and taught);
:data:`TAUGHT` the further skills its programme teaches that not every holder holds: a
physician's residency is one specialty's (a family doctor holds no cardiology, yet
someone taking "a medical degree, residency" to be a cardiologist learns it there).
Only a skill whose catalogue name names the licensed work is listed; the skills a
licensed occupation merely uses (a dentist's surgery, a counsellor's case management)
are not.
"""

from __future__ import annotations

import functools

from career_resilience.model.pivot_licences import LICENCES, THEN

#: Licence name -> the catalogue skills that are its licensed work.
WORK: dict[str, tuple[str, ...]] = {
    "a surgical residency": ("surgery",),
    # A specialty's residency is its work (those without a catalogue skill of their own,
    # dermatology and ophthalmology, are not listed).
    "an anaesthesiology residency": ("anaesthesia",),
    "an emergency medicine residency": ("emergency_medicine",),
    "a family medicine residency": ("primary_care",),
    "an obstetrics and gynaecology residency": ("obstetrics_gynaecology",),
    "a paediatrics residency": ("paediatrics",),
    "a pathology residency": ("pathology",),
    "a psychiatry residency": ("psychiatry",),
    "a radiology residency": ("radiology",),
    "a urology residency": ("surgery",),
    "a physical medicine and rehabilitation residency": ("physiatry",),
    "an internal medicine residency": ("internal_medicine",),
    "a cardiology fellowship": ("cardiology",),
    "a neurology residency": ("neurology",),
    "an allergy and immunology fellowship": ("allergy_immunology",),
    "an oral and maxillofacial surgery residency": ("surgery",),
    "a dental degree and dental licence": ("dentistry",),
    "a pharmacy degree (PharmD) and pharmacist licence": ("pharmacy",),
    "a physician assistant master's and licence": ("physician_assistant",),
    "a nursing degree and registered nurse licence": ("registered_nursing",),
    "a practical nursing programme and licence": ("practical_nursing",),
    "a naturopathic medicine doctorate": ("naturopathy",),
    "an accredited acupuncture master's and licence": ("acupuncture",),
    "a chiropractic degree and licence": ("chiropractic",),
    "an optometry degree and licence": ("optometry",),
    "a veterinary degree and licence": ("veterinary_medicine",),
    "an occupational therapy degree and licence": ("occupational_therapy",),
    "a physical therapy doctorate and licence": ("physiotherapy",),
    "a respiratory therapy degree and licence": ("respiratory_therapy",),
    "a speech-language pathology master's and licence": ("speech_therapy",),
    "an audiology doctorate and licence": ("audiology",),
    "a police academy and state peace officer certification": ("policing",),
    "a radiography degree and state licence": ("radiography",),
    "a massage therapy programme and state licence": ("massage_therapy",),
    # The catalogue's audiology names hearing aid fitting (its alias).
    "a hearing aid dispenser traineeship and state licence": ("audiology",),
    "a dental hygiene programme and licence": ("dental_hygiene",),
    "a surgical technology programme and certification": ("surgical_technology",),
    # Veterinary nursing is the catalogue's vet tech work (its alias).
    "a veterinary technology degree and state credential": ("veterinary_nursing",),
    "an accredited physical therapist assistant degree and licence": ("physiotherapy",),
    "an accredited occupational therapy assistant degree and licence": ("occupational_therapy",),
    "a state-approved nurse aide programme and CNA certification": ("nursing_assistant",),
    # The catalogue's emergency medical technician work names paramedics too.
    "a paramedic programme and certification": ("emt",),
    "an EMT course and certification": ("emt",),
    "a law degree and bar admission": ("legal_practice",),
    "a psychology doctorate and licence": ("clinical_psychology",),
    # Counselling is the catalogue's psychotherapy (its alias).
    "a counselling master's and licence": ("psychotherapy",),
    "a social work master's (MSW) and clinical social work licence": ("social_work",),
    "an apprenticeship and electrician licence": ("electrical_installation",),
    "an apprenticeship and plumbing licence": ("plumbing",),
    "an airline transport pilot certificate": ("piloting",),
    "a commercial pilot certificate": ("piloting",),
    # Barbering is the catalogue's hairdressing (its alias).
    "a barber programme and licence": ("hairdressing",),
    "a cosmetology programme and licence": ("hairdressing",),
    "a real estate broker licence": ("real_estate",),
    "a real estate licence": ("real_estate",),
    "a teacher preparation programme and state teaching licence": ("classroom_teaching",),
    "a carpentry apprenticeship": ("carpentry",),
    "a masonry apprenticeship": ("masonry",),
    "a cement masonry apprenticeship": ("concrete_work",),
    # Sheet metal work is the catalogue's metal fabrication (its alias).
    "a sheet metal apprenticeship": ("metal_fabrication",),
}

#: The physician specialties O*NET's physicians and surgeons are named by (their core
#: skills in ``model/occupation_skills.json``): each is learnt in its own residency.
_SPECIALTIES = (
    "allergy_immunology", "anaesthesia", "cardiology", "emergency_medicine",
    "internal_medicine", "obstetrics_gynaecology", "paediatrics", "pathology",
    "physiatry", "primary_care", "psychiatry", "radiology", "surgery",
)  # fmt: skip

#: Licence name -> further skills its programme teaches that not every holder holds.
TAUGHT: dict[str, tuple[str, ...]] = {
    "a medical degree, residency and medical licence": _SPECIALTIES,
    # An APRN programme is one role's: anaesthesia, midwifery or psychiatric nursing.
    "an advanced practice (APRN) nursing degree and licence": (
        "anaesthesia",
        "midwifery",
        "mental_health_nursing",
    ),
    # Podiatric residencies are surgical (OOH: a 3-year residency, medical and surgical).
    "a podiatric medicine degree and licence": ("surgery",),
    # A prosthodontist's or periodontist's residency covers the surgery of the specialty.
    "a dental specialty residency": ("surgery",),
}


@functools.lru_cache(maxsize=4096)
def skills_of_licences_held(own: tuple[str, ...]) -> frozenset[str]:
    """The catalogue skills the person's own work (``own``: O*NET codes) holds through
    its licences: a registered nurse holds registered nursing, an electrician electrical
    installation, a truck driver the CDL (a licence's own ``Licence.skill``)."""
    return frozenset(
        skill
        for lic in LICENCES
        if any(c.startswith(lic.held_by) for c in own)
        for skill in ((lic.skill,) if lic.skill else WORK.get(lic.name, ()))
    )


@functools.lru_cache(maxsize=256)
def skills_taught(name: str) -> frozenset[str]:
    """The skills the way to the licence called ``name`` teaches (two licences one after
    the other, ``THEN``: both's), which a plan does not count apart ("" teaches none)."""
    if not name:
        return frozenset()
    first, then, second = name.partition(THEN)
    if then:
        return skills_taught(first) | skills_taught(second)
    return frozenset(WORK.get(name, ()) + TAUGHT.get(name, ()))


@functools.lru_cache(maxsize=4096)
def work_licensed_elsewhere(code: str) -> dict[str, str]:
    """The skills that are the licensed work (:data:`WORK`) of a licence occupation
    ``code`` neither needs nor holds, each with that licence's kind (the first such
    licence's): physiotherapy to physical therapist aides, carpentry (an
    apprenticeship's) to construction laborers. A plan learns such a skill as the tasks
    the work involves (``wording.licensed_elsewhere_step``), not as the licensed work."""
    own = {
        s
        for lic in LICENCES
        if code.startswith(lic.needed_by + lic.held_by)
        for s in WORK.get(lic.name, ())
    }
    out: dict[str, str] = {}
    for lic in LICENCES:
        for skill in WORK.get(lic.name, ()):
            if skill not in own:
                out.setdefault(skill, lic.kind)
    return out
