"""The seed taxonomy: the helpline's 22 categories with one-line definitions of our own.

Order is the order the UI lists them in. Admins edit and retire categories afterwards; this
list only seeds a new database.
"""

from __future__ import annotations

CATEGORIES: list[tuple[str, str]] = [
    (
        "Social networks",
        "Problems on social media: fake or impersonating accounts, abusive posts "
        "and comments about a school or its staff, and getting such content taken down.",
    ),
    (
        "Online reputation",
        "Content that attacks the professional standing of a school or a "
        "member of staff, including allegations and possibly defamatory claims.",
    ),
    ("Cyber bullying", "Online abuse aimed at pupils or staff, by peers or by adults."),
    (
        "Potentially harmful content",
        "Material that needs looking into or advice on whether it "
        "could harm children: challenges, violent or distressing clips, misinformation.",
    ),
    (
        "Websites",
        "Problem content on sites other than social networks (blogs, forums, review "
        "sites) or questions about hosting and domains.",
    ),
    (
        "Technical settings",
        "How to use a platform's privacy, security, reporting or account settings.",
    ),
    ("Repeated harassment", "A pattern of unwanted contact or abuse aimed at staff or pupils."),
    ("Sexting", "Nude or semi-nude images shared among young people without consent."),
    (
        "Media literacy education",
        "Help with teaching online safety: resources, policies, training "
        "and the use of technology in school.",
    ),
    (
        "Sexual harassment",
        "Sexual comments, requests or abuse online, and support for those "
        "helping a young person who has received them.",
    ),
    ("Data privacy", "Personal data, consent, subject access and data protection online."),
    (
        "Love, relationships and sexuality",
        "Relationships and sex education questions with an online side.",
    ),
    ("E-crime", "Possible offences online: fraud, hacking, illegal content, threats."),
    ("Apps", "Questions about particular apps, their age limits and risks."),
    ("Grooming", "An adult building a relationship with a child online in order to abuse them."),
    ("Peer-on-peer abuse", "Abuse of children by other children, online or online-enabled."),
    ("Mobile device", "Phones and tablets: settings, confiscation, searching, lost devices."),
    ("Sextortion", "Threats to share intimate images unless money or more images are handed over."),
    (
        "Hate speech/racism",
        "Content attacking people for their race, religion, sexuality, "
        "disability or other protected characteristic.",
    ),
    ("Excessive use", "Worries about the time children spend online or gaming."),
    ("General enquiry", "Questions about the helpline itself or that fit no other category."),
    ("Gaming", "Online games, in-game chat and gaming platforms."),
]
