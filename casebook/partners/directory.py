"""What a new helpline starts with: the services it refers and signposts to, and a few saved
replies. Admins keep both up to date in the admin site; these are only the seed.

Contact details are the services' published UK numbers and addresses at the time of writing.
"""

from __future__ import annotations

from typing import TypedDict


class ServiceSeed(TypedDict):
    name: str
    description: str
    phone: str
    website: str
    email: str
    hours: str


def _service(
    name: str,
    description: str,
    *,
    phone: str = "",
    website: str = "",
    email: str = "",
    hours: str = "",
) -> ServiceSeed:
    return ServiceSeed(
        name=name, description=description, phone=phone, website=website, email=email, hours=hours
    )


SERVICES: tuple[ServiceSeed, ...] = (
    _service(
        "Police (emergency, 999)",
        "A child or adult is in immediate danger, or a crime is happening now.",
        phone="999",
        hours="24 hours",
    ),
    _service(
        "Police (non-emergency, 101)",
        "Report a crime that is not an emergency, or give information to the local force.",
        phone="101",
        hours="24 hours",
    ),
    _service(
        "CEOP",
        "The National Crime Agency's Child Exploitation and Online Protection command: reports "
        "of online sexual abuse or grooming of a child.",
        website="www.ceop.police.uk/safety-centre",
    ),
    _service(
        "NSPCC Helpline",
        "Adults worried about a child, and professionals seeking advice on child protection.",
        phone="0808 800 5000",
        website="www.nspcc.org.uk",
        email="help@nspcc.org.uk",
    ),
    _service(
        "Childline",
        "Free, confidential support for children and young people up to 19.",
        phone="0800 1111",
        website="www.childline.org.uk",
        hours="24 hours",
    ),
    _service(
        "Report Remove",
        "Childline and the IWF: a young person under 18 can report a nude image of themselves "
        "to have it removed.",
        website="www.childline.org.uk/report-remove",
    ),
    _service(
        "IWF",
        "The Internet Watch Foundation: reports of child sexual abuse imagery online.",
        website="report.iwf.org.uk",
    ),
    _service(
        "Report Harmful Content",
        "Help to report legal but harmful content when a platform's own reporting has failed.",
        website="reportharmfulcontent.com",
    ),
    _service(
        "Revenge Porn Helpline",
        "Adults whose intimate images have been shared without consent.",
        phone="0345 6000 459",
        website="revengepornhelpline.org.uk",
        email="help@revengepornhelpline.org.uk",
    ),
    _service(
        "LADO",
        "The Local Authority Designated Officer: allegations that an adult working with "
        "children has harmed a child or may pose a risk. Contact through the local "
        "authority's children's services.",
    ),
    _service(
        "Samaritans",
        "Anyone in distress or at risk of suicide.",
        phone="116 123",
        website="www.samaritans.org",
        email="jo@samaritans.org",
        hours="24 hours",
    ),
    _service(
        "Action Fraud",
        "Fraud and cyber crime in England, Wales and Northern Ireland.",
        phone="0300 123 2040",
        website="www.actionfraud.police.uk",
    ),
    _service(
        "Education Support",
        "Mental health and wellbeing support for teachers and education staff.",
        phone="08000 562 561",
        website="www.educationsupport.org.uk",
        hours="24 hours",
    ),
    _service(
        "Stop It Now",
        "Confidential help for anyone worried about their own or someone else's sexual "
        "thoughts or behaviour towards children.",
        phone="0808 1000 900",
        website="www.stopitnow.org.uk",
    ),
)


class SavedReplySeed(TypedDict):
    title: str
    body: str


SAVED_REPLIES: tuple[SavedReplySeed, ...] = (
    SavedReplySeed(
        title="Acknowledgement",
        body=(
            "Dear {first_name},\n\nThank you for contacting the helpline. Your reference is "
            "{case_reference}; please quote it if you write again.\n\nWe will look into this "
            "and come back to you as soon as we can.\n\nBest wishes,\nThe helpline team"
        ),
    ),
    SavedReplySeed(
        title="Escalated to the platform",
        body=(
            "Dear {first_name},\n\nWe have reported the content to {platform} through our "
            "direct route and will let you know their answer. In the meantime, please keep "
            "screenshots with dates and do not engage with the account.\n\nBest wishes,\n"
            "The helpline team ({case_reference})"
        ),
    ),
    SavedReplySeed(
        title="Content removed",
        body=(
            "Dear {first_name},\n\n{platform} has confirmed that the content we reported has "
            "been removed. If it reappears, reply to this email and we will report it again."
            "\n\nBest wishes,\nThe helpline team ({case_reference})"
        ),
    ),
    SavedReplySeed(
        title="Signpost: a young person needs support",
        body=(
            "Dear {first_name},\n\nThe young person can talk to Childline in confidence at any "
            "time: {service:Childline}. If a nude image of them has been shared, they can ask "
            "for it to be removed through Report Remove: {service:Report Remove}.\n\n"
            "Best wishes,\nThe helpline team ({case_reference})"
        ),
    ),
    SavedReplySeed(
        title="Signpost: grooming or sexual abuse online",
        body=(
            "Dear {first_name},\n\nPlease report this to CEOP: {service:CEOP}. If a child is "
            "in immediate danger, call the police: {service:Police (emergency, 999)}.\n\n"
            "Best wishes,\nThe helpline team ({case_reference})"
        ),
    ),
)
