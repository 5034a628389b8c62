"""The licence table: each licensed (or certified, apprenticed, residency-learnt) way
into work, the occupations needing it, who already holds it and the weeks it takes, with
its source. Split from ``model/pivot_licences.py`` (the rules that read it), unchanged;
the medical and dental residencies it lists first are ``model/pivot_residencies.py``.
"""

from __future__ import annotations

from career_resilience.model.pivot_licence_record import YEAR as _YEAR
from career_resilience.model.pivot_licence_record import Licence
from career_resilience.model.pivot_residencies import DDS as _DDS
from career_resilience.model.pivot_residencies import MD_DEGREE as _MD_DEGREE
from career_resilience.model.pivot_residencies import RESIDENCIES

#: The kinds of way in that certify, not license: a board's and a state's registry.
CERTIFIED = ("certification", "registry")
_APRN = ("29-1141.02", "29-1141.04", "29-1151", "29-1161", "29-1171")
#: The APRN roles (psychiatric nurses, clinical nurse specialists, nurse anesthetists,
#: midwives, practitioners), their licence, and the way from one role to another.
APRN_ROLES = _APRN
APRN_LICENCE = "an advanced practice (APRN) nursing degree and licence"
APRN_ROLE = "a post-graduate certificate in the new APRN role and its national certification"
_RN_LICENCE = "a nursing degree and registered nurse licence"
_MD = "a medical degree, residency and medical licence"
#: Physicians and surgeons (SOC 29-121x, 29-122x, 29-124x). Not "29-12": its 29-129x are
#: other practitioners (dental hygienists, acupuncturists, orthoptists), whose moves had
#: read "a medical degree, residency and medical licence" and counted as doctoral work.
PHYSICIANS = ("29-121", "29-122", "29-124")
#: How two licences taken one after the other are named (the first held by neither).
THEN = ", then "
_RN = ("29-1141", *_APRN)
_CDL = ("53-3032", "53-3051", "53-3052")
#: Public-school teachers (kindergarten to secondary, special education included);
#: preschool teachers are licensed only in some states and some settings.
_TEACHERS = ("25-2012", "25-202", "25-203", "25-205")
_TEACHING = "a teacher preparation programme and state teaching licence"
#: Source: BLS Occupational Outlook Handbook 2023-24, each occupation's "How to Become
#: One" ("Licenses, Certifications, and Registrations": a licence every state requires,
#: for public-school teachers every state's public schools). The weeks are the length
#: that page gives for the degree, programme, apprenticeship or hours the licence asks,
#: full time, for someone who does not hold it yet (the shortest usual route: a
#: counsellor's supervised hours after the master's are not counted; a pilot's are).
#: Social workers: OOH says clinical social workers need a master's in social work and
#: a licence in every state; only healthcare (21-1022) and mental health and substance
#: abuse (21-1023) social work are listed, as their work is mostly clinical, while child,
#: family and school social work (21-1021) often starts from a bachelor's.
LICENCES: tuple[Licence, ...] = (
    *RESIDENCIES,
    Licence(_MD, PHYSICIANS, PHYSICIANS,
            7 * _YEAR, "4 years of medical school and at least 3 of residency"),
    # Needed by no occupation alone: the way to a specialty's residency (above).
    Licence(_MD_DEGREE, (), PHYSICIANS, 4 * _YEAR, "4 years of medical school"),
    Licence(_DDS, ("29-102",), ("29-102",),
            4 * _YEAR, "a 4-year DDS or DMD programme"),
    Licence("a pharmacy degree (PharmD) and pharmacist licence", ("29-1051",), ("29-1051",),
            4 * _YEAR, "a 4-year PharmD programme"),
    # O*NET files anesthesiologist assistants (29-1071.01) under the PA code; their way
    # in is a master's of their own and national certification, not the PA licence.
    Licence("a physician assistant master's and licence", ("29-1071.00",), ("29-1071.00",),
            2 * _YEAR, "a master's programme of at least 2 years"),
    Licence(APRN_LICENCE, _APRN, _APRN,
            2 * _YEAR, "a master's of at least 2 years, after a registered nurse's licence",
            after=_RN_LICENCE),
    # OOH, nurse anesthetists, nurse midwives and nurse practitioners: each APRN passes
    # the national certification exam of their own role after a graduate programme in
    # it; an APRN moving to another role takes a post-graduate certificate in that role
    # (needed by none directly: ``pivot_licences.licence_needed`` names it). A nurse
    # midwife's move to nurse practitioner work had read "about 4 weeks".
    Licence(APRN_ROLE, (), (), _YEAR,
            "a post-graduate certificate programme of about a year, then the role's "
            "national certification exam"),
    Licence(_RN_LICENCE, ("29-1141",), _RN,
            2 * _YEAR, "an associate's degree in nursing, usually 2 years"),
    Licence("a practical nursing programme and licence", ("29-2061",), ("29-2061", *_RN),
            _YEAR, "a state-approved programme of about a year"),
    # Not licensed in every state (about half license naturopathic doctors), but every
    # way into the work is the doctorate: a pharmacist had read it as 7 weeks of skills.
    Licence("a naturopathic medicine doctorate", ("29-1299.01",), ("29-1299.01",),
            4 * _YEAR, "a 4-year Doctor of Naturopathic Medicine programme"),
    # Licensed in 47 states and DC (naturalhealers.com, "Acupuncture Licensure"), and
    # every way in is an accredited graduate programme of three to four years full time
    # (ACAHM; then NCCAOM's exams): a doula's move had read "Learn Acupuncture: a short
    # course" (7 weeks).
    Licence("an accredited acupuncture master's and licence", ("29-1291",), ("29-1291",),
            3 * _YEAR, "a graduate programme of 3 to 4 years, then the national exams"),
    Licence("a chiropractic degree and licence", ("29-1011",), ("29-1011",),
            4 * _YEAR, "a 4-year Doctor of Chiropractic programme"),
    Licence("an optometry degree and licence", ("29-1041",), ("29-1041",),
            4 * _YEAR, "a 4-year Doctor of Optometry programme"),
    Licence("a podiatric medicine degree and licence", ("29-1081",), ("29-1081",),
            7 * _YEAR, "4 years of podiatric medical school and a 3-year residency"),
    Licence("a veterinary degree and licence", ("29-1131",), ("29-1131",),
            4 * _YEAR, "a 4-year Doctor of Veterinary Medicine programme"),
    Licence("an occupational therapy degree and licence", ("29-1122.00",), ("29-1122.00",),
            2 * _YEAR, "a master's, 2 to 3 years"),
    Licence("a physical therapy doctorate and licence", ("29-1123",), ("29-1123",),
            3 * _YEAR, "a Doctor of Physical Therapy programme, usually 3 years"),
    Licence("a respiratory therapy degree and licence", ("29-1126",), ("29-1126",),
            2 * _YEAR, "an associate's degree, usually 2 years"),
    Licence("a speech-language pathology master's and licence", ("29-1127",), ("29-1127",),
            2 * _YEAR, "a master's, usually 2 years"),
    Licence("an audiology doctorate and licence", ("29-1181",), ("29-1181",),
            4 * _YEAR, "a 4-year Doctor of Audiology programme"),
    Licence("a dental hygiene programme and licence", ("29-1292",), ("29-1292",),
            3 * _YEAR, "an associate's programme, usually 3 years"),
    # OOH, physical therapist assistants: "an associate's degree from an accredited
    # program" and "all states require physical therapist assistants to be licensed or
    # certified" (the national exam); a physical therapist's licence covers the work.
    Licence("an accredited physical therapist assistant degree and licence", ("31-2021",),
            ("31-2021", "29-1123"), 2 * _YEAR,
            "an associate's programme, usually 2 years, and the national exam"),
    # OOH, occupational therapy assistants: an associate's degree from an accredited
    # (ACOTE) programme, the national (NBCOT) exam, and a licence in most states; an
    # occupational therapist's licence covers the work. A respiratory therapist's move
    # had read "about 4 weeks".
    Licence("an accredited occupational therapy assistant degree and licence", ("31-2011",),
            ("31-2011", "29-1122.00"), 2 * _YEAR,
            "an associate's programme, usually 2 years, and the national exam"),
    # OOH, nursing assistants: they "must complete a state-approved education program
    # and pass their state's competency exam" to be certified and listed on the state's
    # registry; federal rules for nursing homes (42 CFR 483.152) ask at least 75 hours of
    # training, 16 of them supervised practice. A home health aide's move had read 26
    # weeks of its job zone's "vocational training or an associate's degree". A
    # certification, not a licence: the work stays healthcare support
    # (``pivot_licence_ladder.SUPPORT``), no move for a licensed nurse.
    Licence("a state-approved nurse aide programme and CNA certification", ("31-1131",),
            ("31-1131",), 6, "a programme of at least 75 hours, most take 4 to 12 weeks, "
            "then the state's competency exam", kind="registry", skill="nursing_assistant"),
    # OOH, radiologic technologists: an associate's degree usually, and a licence or
    # certification in most states (ARRT's exam).
    Licence("a radiography degree and state licence", ("29-2034",), ("29-2034",),
            2 * _YEAR, "an associate's programme, usually 2 years, then the ARRT exam"),
    # OOH, massage therapists: a postsecondary programme of 500 hours or more, and most
    # states license them (or certify); an esthetician's and a physical therapist
    # assistant's moves had read "Learn Massage therapy: a short course".
    Licence("a massage therapy programme and state licence", ("31-9011",), ("31-9011",),
            13, "a programme of 500 hours or more (many take 6 to 12 months part "
            "time), then the licensing exam"),
    # Hearing aid dispensing is licensed in every state (ASHA's state summaries): a
    # trainee licence for supervised practice, then the state's written and practical
    # exams. Florida's training programme is at least 6 months (480 supervised hours,
    # then the International Licensing Examination); California's trainee licence runs
    # 6 months, renewable to 18; Washington asks a 9-month certificate or a 2-year
    # degree. A dialysis technician's first move, hearing aid work, had read as nothing
    # to learn but its one core skill.
    Licence("a hearing aid dispenser traineeship and state licence", ("29-2092",),
            ("29-2092",), 26, "a supervised traineeship of 6 months or more (or a "
            "9-month certificate), then the state's written and practical exams"),
    # OOH, EMTs and paramedics: paramedic programmes admit certified EMTs, so the
    # EMT course comes first (an LPN had been offered both, paramedic work second and
    # EMT work third: one route, two rungs).
    # OOH, surgical assistants and technologists: surgical assistants need a surgical
    # assisting programme (a certificate or a degree, usually 1 to 2 years, often after
    # work as a surgical technologist) and employers ask for certification (CSA, CSFA),
    # which some states require. A surgical technologist's move had read 3 weeks.
    Licence("a surgical assisting programme and certification", ("29-9093",), ("29-9093",),
            _YEAR, "a certificate or degree programme of 1 to 2 years, then the exam",
            kind="certification"),
    # OOH, surgical technologists: a postsecondary certificate or an associate's degree,
    # from a programme of several months to 2 years (a year here), and certification (the
    # CST exam), which some states require and many employers ask for. Surgical
    # assistants held it first, most of them. An orthodontic assistant's move had read
    # "Learn Surgical technology" and "Learn Surgery: a short course" (6 weeks in all).
    Licence("a surgical technology programme and certification", ("29-2055",),
            ("29-2055", "29-9093"), _YEAR, "a certificate or associate's programme of "
            "several months to 2 years, then the certification exam", kind="certification"),
    # OOH, veterinary technologists and technicians: a 2-year associate's programme
    # accredited by the AVMA (technologists a 4-year bachelor's), then the Veterinary
    # Technician National Examination (VTNE); most states regulate them (certification,
    # registration or licence). A surgical technologist's move had read "Learn
    # Veterinary nursing: a short course" (1 week). Their support work is veterinary
    # assistants' alone (``pivot_licence_ladder.VETERINARY``).
    Licence("a veterinary technology degree and state credential", ("29-2056",),
            ("29-2056",), 2 * _YEAR, "an associate's programme, usually 2 years, then "
            "the Veterinary Technician National Examination"),
    # OOH, athletic trainers: a master's degree from an accredited programme and, in
    # nearly every state, a licence or certification (the Board of Certification exam).
    # A sports medicine physician's move to athletic training had read 2 weeks.
    Licence("an athletic training master's and BOC certification", ("29-9091",),
            ("29-9091",), 2 * _YEAR, "a master's programme of 2 years, then the BOC exam"),
    Licence("a paramedic programme and certification", ("29-2043",), ("29-2043",),
            _YEAR, "a programme of about 1,200 hours, up to 2 years",
            after="an EMT course and certification"),
    Licence("an EMT course and certification", ("29-2042",), ("29-2042", "29-2043"),
            12, "a course of about 170 hours, a few months part time"),
    # Sworn police work asks every state's peace officer certification (its POST board),
    # after a basic academy: 833 hours on average, then about 500 hours of field
    # training (BJS, State and Local Law Enforcement Training Academies, 2018). Police
    # officers, transit and railroad police, detectives (not O*NET's records officers
    # and intelligence analysts, civilian work), police supervisors and fish and game
    # wardens (sworn officers) hold it; customs officers train at a federal academy. A
    # private investigator's move to patrol policing had read "Learn Policing: a short
    # course".
    Licence("a police academy and state peace officer certification",
            ("33-3051.00", "33-3052", "33-3021.00", "33-1012"),
            ("33-3051.00", "33-3052", "33-3021.00", "33-1012", "33-3031"), 34,
            "a basic academy of about 21 weeks (833 hours on average), then about 13 weeks "
            "of field training"),
    # OOH, judges and hearing officers: most have a law degree, and most courts' judges
    # must be lawyers (federal administrative law judges too): they hold the bar's.
    Licence("a law degree and bar admission", ("23-1011",), ("23-1011", "23-1021", "23-1023"),
            3 * _YEAR, "a 3-year Juris Doctor and the bar exam"),
    Licence("a psychology doctorate and licence", ("19-3033",), ("19-3033",),
            5 * _YEAR, "a doctorate of 5 to 7 years with its internship"),
    Licence("a counselling master's and licence", ("21-1013", "21-1014"), ("21-1013", "21-1014"),
            2 * _YEAR, "a master's, usually 2 years, then supervised hours",
            # OOH, marriage and family therapists: "a master's degree in psychology,
            # marriage and family therapy, or a related mental health field"; mental
            # health counselors: a master's "in counseling or a related field"; for
            # both, the licence asks 2,000 to 4,000 hours of postdegree supervised
            # clinical experience and a state exam. A social worker's MSW is such a
            # master's: 104 weeks of graduate study were asked of one who typed it.
            degree=("msw", "mssw", "master of social work", "masters in social work",
                    "masters of social work", "master of science in social work",
                    "masters in counseling", "masters in counselling", "master of counseling",
                    "master of counselling", "masters in psychology", "master of psychology",
                    "masters in marriage and family therapy"),
            after_degree="the licence follows in the work, after 2,000 to 4,000 hours of "
            "supervised clinical practice and a state exam (some states ask for particular "
            "courses first)"),
    Licence("a social work master's (MSW) and clinical social work licence",
            ("21-1022", "21-1023"), ("21-1022", "21-1023"), 2 * _YEAR,
            "a master's in social work, usually 2 years, then supervised hours, for "
            "clinical posts",
            # OOH: the licence "usually requires a master's degree in social work and 2
            # years or 3,000 hours of supervised clinical experience after graduation",
            # then a clinical exam; the supervised hours are paid work in the post.
            degree=("msw", "mssw", "master of social work", "masters in social work",
                    "masters of social work", "master of science in social work"),
            after_degree="the clinical licence follows in the work, after 2 years or "
            "3,000 hours of supervised clinical practice and the clinical exam"),
    Licence("an apprenticeship and electrician licence", ("47-2111",), ("47-2111",),
            4 * _YEAR, "a paid apprenticeship of 4 or 5 years", paid=True),
    Licence("an apprenticeship and plumbing licence", ("47-2152.00",), ("47-2152.00",),
            4 * _YEAR, "a paid apprenticeship of 4 or 5 years", paid=True),
    Licence("an airline transport pilot certificate", ("53-2011",), ("53-2011",),
            2 * _YEAR, "1,500 hours of flight time, about 2 years of flying after training"),
    Licence("a commercial pilot certificate", ("53-2012",), ("53-2011", "53-2012"),
            _YEAR, "flight school and 250 hours of flight time, about a year"),
    # FAA air traffic controllers: hired by the FAA before their 31st birthday (with
    # exceptions for veterans), then the FAA Academy (2 to 5 months) and 1.5 to 3 years
    # of paid training on the job as a developmental controller before certification
    # (FAA hiring requirements; BLS OOH, air traffic controllers). A parking enforcement
    # officer's move had read "one job zone up: the plan adds the time this takes".
    Licence("FAA hiring before age 31, the FAA Academy and controller certification",
            ("53-2021",), ("53-2021",), 2 * _YEAR,
            "hiring by the FAA before your 31st birthday, the FAA Academy (2 to 5 months), "
            "then 1.5 to 3 years of paid training on the job", paid=True),
    Licence("a barber programme and licence", ("39-5011",), ("39-5011",),
            40, "a state-approved programme of 9 months or more"),
    Licence("a cosmetology programme and licence", ("39-5012",), ("39-5012",),
            40, "a state-approved programme of 9 months or more"),
    # OOH, skincare specialists: "All states except Connecticut require skincare
    # specialists to be licensed", after a state-approved cosmetology or esthetics
    # programme (state boards ask 600 hours or more of esthetics); manicurists and
    # pedicurists: "nearly every state" licenses them, after a state-approved nail
    # technology programme (state boards commonly 200 to 600 hours). A cosmetologist's
    # licence covers both in most states. An embalmer had been shown skincare work
    # first at "about 5 weeks of learning", its licence unnamed.
    Licence("an esthetics programme and skincare licence", ("39-5094",), ("39-5094", "39-5012"),
            15, "a state-approved esthetics programme, commonly 600 hours, and the state exam",
            part=True),
    Licence("a nail technology programme and licence", ("39-5092",), ("39-5092", "39-5012"),
            10, "a state-approved nail technology programme, commonly 200 to 600 hours, "
            "and the state exam", part=True),
    # OOH, insurance sales agents: "Insurance sales agents must be licensed in the
    # states where they work", after pre-licensing courses and the state's exam for
    # each line of insurance they sell.
    Licence("a state insurance licence", ("41-3021",), ("41-3021",),
            4, "pre-licensing courses for each line of insurance, commonly 20 to 40 hours "
            "a line, and the state exam"),
    Licence("a real estate broker licence", ("41-9021",), ("41-9021",),
            2 * _YEAR, "1 to 3 years as a licensed agent, then broker courses"),
    Licence("a real estate licence", ("41-9022",), ("41-9021", "41-9022"),
            8, "pre-licensing courses of 60 to 180 hours and the exam"),
    Licence("a commercial driver's licence (CDL)", _CDL, _CDL,
            8, "a truck- or bus-driving course, about 4 weeks to 6 months, and the CDL tests",
            skill="cdl"),
    Licence(_TEACHING, _TEACHERS, (*_TEACHERS, "11-9032"),
            _YEAR, "an alternative-certification programme for degree holders, about a year",
            "part of a bachelor's in education"),
    # OOH, elementary, middle and high school principals, "How to Become One": "most
    # states require public school principals to be licensed as school administrators",
    # most asking a master's degree in education administration or leadership, and
    # principals "need teaching experience" (private schools license none). Principals
    # were teachers, so they hold the teaching licence (above); an instructional
    # designer's step to K-12 administration had been "your experience is what it asks
    # for", no word of either.
    Licence("a master's in education leadership and a school administrator licence",
            ("11-9032",), ("11-9032",), 2 * _YEAR,
            "a master's in education administration or leadership, about 2 years, after "
            "years of teaching", after=_TEACHING),
    # Music therapy: the Certification Board for Music Therapists (CBMT) grants the MT-BC
    # credential to those who pass its exam after a music therapy programme approved by
    # the American Music Therapy Association (AMTA), with at least 1,200 hours of
    # clinical training including a supervised internship of about 6 months; a music
    # degree holder may take an equivalency programme (the coursework alone, at least
    # three semesters) instead of a second bachelor's. Only some states license it.
    Licence("an approved music therapy programme and MT-BC board certification",
            ("29-1129.02",), ("29-1129.02",), 2 * _YEAR,
            "an equivalency programme for music-degree holders of at least a year and a "
            "half, then a 6-month internship: 1,200 clinical hours in all, and the exam",
            "part of a bachelor's in music therapy with its 1,200 clinical hours",
            kind="certification"),
    # Trades most workers learn by apprenticeship (OOH, "How to Become One": carpenters,
    # "apprenticeships typically last 3 or 4 years"; masonry workers, "a 3- to 4-year
    # apprenticeship is how most masons learn the occupation", each year about 2,000
    # hours of paid work on site and 144 of classes; boilermakers and sheet metal
    # workers, "a 4- or 5-year apprenticeship"; ironworkers, "a 3- or 4-year
    # apprenticeship"). Painters and roofers mostly learn on the job (OOH): their moves
    # keep the skills' weeks.
    Licence("a carpentry apprenticeship", ("47-2031",), ("47-2031",), 3 * _YEAR,
            "3 to 4 years of paid work on site beside classes", kind="apprenticeship"),
    Licence("a masonry apprenticeship", ("47-2021", "47-2022"), ("47-2021", "47-2022"),
            3 * _YEAR, "3 to 4 years of paid work on site beside classes",
            kind="apprenticeship"),
    Licence("a cement masonry apprenticeship", ("47-2051", "47-2053"), ("47-2051", "47-2053"),
            3 * _YEAR, "3 to 4 years of paid work on site beside classes",
            kind="apprenticeship"),
    Licence("a boilermaker apprenticeship", ("47-2011",), ("47-2011",), 4 * _YEAR,
            "4 or 5 years of paid work beside classes", kind="apprenticeship"),
    Licence("a sheet metal apprenticeship", ("47-2211",), ("47-2211",), 4 * _YEAR,
            "4 or 5 years of paid work beside classes", kind="apprenticeship"),
    Licence("an ironworker apprenticeship", ("47-2171", "47-2221"), ("47-2171", "47-2221"),
            3 * _YEAR, "3 or 4 years of paid work on site beside classes",
            kind="apprenticeship"),
)  # fmt: skip
