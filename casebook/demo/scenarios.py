"""What demo enquiries are about: per category, subjects, situations, advice and outcomes.

Pure: no Django. Templates use str.format slots filled by casebook.demo.generator:
{platform}, {a_platform}, {A_platform}, {handle}, {url}, {url2}, {staff}, {staff_role},
{child}, {age}, {year}, {school}, {town}, {when}, {since}, {n}, {views}, {followers}, {our},
{phone}, {other_phone}, {money}, {weekday}, {ticket}. Every sentence here is written for this
demo helpline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scenario:
    subjects: tuple[str, ...]
    situations: tuple[str, ...]
    advice: tuple[str, ...]
    outcomes: tuple[str, ...]
    details: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    # True: subjects[i] and outcomes[i] belong to situations[i] ("|" separates alternatives).
    paired: bool = False
    # "advice": the enquirer asks how to do something rather than for help with an incident.
    kind: str = "incident"
    # Platform weights per era ("2020", "2022"); empty: the scenario names no platform.
    platforms: Mapping[str, Mapping[str, float]] = field(default_factory=dict)


REPUTATION_2022 = {
    "TikTok": 80,
    "Instagram": 8,
    "Snapchat": 4,
    "Facebook": 4,
    "YouTube": 2,
    "X/Twitter": 2,
}
REPUTATION_2020 = {
    "Facebook": 30,
    "Instagram": 20,
    "X/Twitter": 16,
    "YouTube": 16,
    "Snapchat": 10,
    "TikTok": 8,
}
YOUNG_2022 = {"TikTok": 35, "Snapchat": 30, "Instagram": 20, "WhatsApp": 10, "YouTube": 5}
YOUNG_2020 = {"Snapchat": 35, "Instagram": 25, "WhatsApp": 20, "YouTube": 12, "TikTok": 8}
GROOMING = {"Snapchat": 30, "Instagram": 25, "Roblox": 20, "Discord": 15, "WhatsApp": 10}
GAMES = {"Roblox": 45, "Fortnite": 35, "Minecraft": 20}

REPUTATION = Scenario(
    subjects=(
        "{platform} account targeting staff",
        "Fake {platform} account",
        "{platform} videos of teachers",
        "{platform} - urgent help please",
        "{platform}",
        "{platform} account",
        "Help with {a_platform} account",
        "Inappropriate {platform} account about staff",
        "{platform} account impersonating a member of staff",
        "Removing {platform} content about our school",
        "Staff filmed in lessons and posted on {platform}",
        "Offensive {platform} page about {school}",
        "{platform} account using our school logo",
        "URGENT: {platform} videos of staff",
        "Derogatory {platform} posts about teachers",
        "{platform} account @{handle}",
        "Re: {platform} account",
        "Request for support with {platform}",
        "{platform} - defamatory comments about staff",
        "{platform} page naming teachers",
        "Abusive {platform} account",
        "Report {a_platform} account",
        "{platform} account - {school}",
        "Pupils posting about staff online",
        "Social media concern - {school}",
        "Advice needed: account about staff",
    ),
    situations=(
        "Since {since} an account called @{handle} has been posting short videos of {our} "
        "staff on {platform}. The clips seem to have been filmed during lessons without anyone "
        "noticing, and they have been edited with captions mocking {staff}.",
        "A group of pupils has set up {a_platform} account using the school's name and logo "
        "({url}). It shares photos of teachers next to insulting remarks, and some of the "
        "comments make untrue claims about {staff}.",
        "We have found {a_platform} account pretending to be {staff}, one of {our} "
        "{staff_role}s. It uses a photo lifted from the school website and posts crude jokes "
        "as if they were written by them.",
        "Videos have appeared on {platform} 'rating' teachers at {school} out of ten. One of "
        "them describes {staff} as a danger to children, which is completely false and has "
        "left them very shaken.",
        "A clip of {staff} losing their temper in class was posted on {platform} {when} and "
        "has been shared widely; the version we have seen has about {views} views and "
        "hundreds of comments.",
        "{staff} has been sent screenshots of {a_platform} account (@{handle}) that shares "
        "pictures of staff with offensive filters and nicknames.",
        "There is an account on {platform} called @{handle} which reposts clips filmed in "
        "{our} corridors and classrooms, with captions naming individual teachers.",
        "A former pupil is posting on {platform} accusing {staff} of behaviour that never "
        "happened. The posts name both the school and the teacher.",
        "A parent has written a long post on {platform} criticising the headteacher of "
        "{school} in very personal terms and inviting others to pile in; it now has over "
        "{n}0 comments.",
        "Pupils in {year} have made {a_platform} account that puts staff faces onto cartoon "
        "characters, with comments about their weight and appearance.",
        "We have been told about a slideshow on {platform} with photographs of {our} staff "
        "and captions calling them creeps.",
        "Someone has opened {a_platform} account in the name of {school} and is posting fake "
        "announcements, including one saying the school will be closed on {weekday}.",
        "{staff}, one of {our} {staff_role}s, has found out that pupils are sharing a "
        "{platform} video with music edited over footage of their lesson. Some of the "
        "comments underneath are threatening.",
        "An account on {platform} with the username @{handle} has uploaded {n} videos in the "
        "last week, each one singling out a different member of staff.",
        "Pupils have started {a_platform} page where they post anonymous 'confessions' about "
        "teachers. Most are silly, but several accuse {staff} of things that are untrue.",
        "Our {staff_role}, {staff}, discovered {when} that a pupil had recorded them on a "
        "phone and uploaded it to {platform} with a caption suggesting they had been drinking.",
    ),
    details=(
        "The link is {url}",
        "Here is the link: {url}",
        "The account has around {followers} followers, most of them our own pupils.",
        "Several staff are very upset and one has been off work since.",
        "We think we know which pupils are behind it but they deny it.",
        "It seems to be linked to a similar account at another school nearby.",
        "Some of the comments give staff members' first names and the area they live in.",
        "Parents have started sharing it in their own group chats.",
        "The account was switched to private yesterday, but the videos are still being shared.",
        "A new video seems to appear every evening.",
    ),
    advice=(
        "Could you send me direct links to the account and to the individual videos? With "
        "those I can raise it with {platform} through our escalation route.",
        "Please keep screenshots showing the date and time, and ask staff not to reply to or "
        "follow the account.",
        "Pretending to be a named member of staff is against {platform}'s rules, so there is "
        "a good chance of getting this account removed.",
        "It can help to address this with pupils in general terms, for example in an "
        "assembly, without naming the account and sending more people to it.",
        "If any of the posts contain threats, please also report them to the police on 101.",
        "The member of staff can report the impersonation themselves as well, which sometimes "
        "speeds things up.",
        "Where you know which pupils are involved, your behaviour policy applies even though "
        "the posts were made outside school.",
    ),
    outcomes=(
        "{platform} has confirmed that the account has been removed. I'll close this case "
        "now, but do get back in touch if anything similar appears.",
        "Just to let you know that {platform} has taken down the videos we reported. Please "
        "tell me if new ones appear.",
        "{platform} has reviewed the content and says it does not break its guidelines, so it "
        "will stay up for now. I'd suggest continuing to deal with it through your behaviour "
        "policy. I'm closing the case, but a reply to this email will reopen it.",
        "The account has now been suspended. I'm closing the case; thank you for your "
        "patience while we waited to hear back.",
        "Good news: the page and the posts naming staff have gone. Closing the case for now.",
    ),
    notes=(
        "Escalated to {platform} through the partner channel, ticket {ticket}.",
        "Checked the account: {n} videos, most naming staff. Impersonation of a named "
        "teacher, so it meets the platform's policy.",
        "{platform} replied: under review, ticket {ticket}.",
        "Left a voicemail for the school asking for the links.",
        "Reviewed the content: mocking rather than threatening. Advised behaviour policy route.",
    ),
    platforms={"2022": REPUTATION_2022, "2020": REPUTATION_2020},
)

SCENARIOS: dict[str, Scenario] = {
    "reputation": REPUTATION,
    "Cyber bullying": Scenario(
        paired=True,
        subjects=(
            "{platform} group chat bullying|Pupil being bullied in a group chat|Bullying via "
            "{platform}",
            "Fake account targeting a pupil|Fake {platform} account of a pupil|Impersonation of a "
            "pupil on {platform}",
            "Pupil being bullied on {platform}|Cyberbullying concern - {year} pupil|Online "
            "bullying - advice please",
            "Video of a pupil shared on {platform}|Bullying video on {platform}|Cyberbullying "
            "concern - {year} pupil",
            "{platform} poll targeting a pupil|Online bullying - advice please|Unkind poll about "
            "pupils on {platform}",
        ),
        situations=(
            "One of {our} {year} pupils, {child}, is being targeted in {a_platform} group chat "
            "by others in the year. Messages calling them names and telling them to leave the "
            "school have been shared with the whole group.",
            "A fake {platform} account has been set up using photos of {child} ({year}), and "
            "it is sending unkind messages to their friends as if it were them.",
            "{child}, who is {age}, showed us messages from other pupils on {platform} mocking "
            "their appearance. They have stopped wanting to come in.",
            "A video of {child} being pushed over at the bus stop is going round on "
            "{platform}, with comments laughing at them.",
            "Pupils have been voting in {a_platform} poll about the 'worst' person in {year}, "
            "and {child}'s name is at the top.",
        ),
        advice=(
            "Please make sure {child}'s parents know, and that {child} has someone in school "
            "they can talk to.",
            "Pupils can block and report the accounts, and whoever runs the group can remove "
            "members; if the platform does not act, we can escalate.",
            "Your anti-bullying policy applies even when this happens outside school hours, as "
            "it affects pupils in school.",
            "If {child} is in distress, Childline is there for them at any time on 0800 1111.",
        ),
        outcomes=(
            "Thanks for the update. It sounds as though the school has this in hand; "
            "closing.|Glad to hear the group has been closed down. Closing the case.",
            "The fake account has been removed following our report. I'll close this case now.",
            "Glad to hear things have settled down in school. Closing the case for now.|Thanks "
            "for the update. It sounds as though the school has this in hand; closing.",
            "{platform} has removed the video. Closing the case.|The video has been taken down "
            "following our report. Closing the case.",
            "The poll has been removed. Closing the case.|Glad to hear things have settled down "
            "in school. Closing the case for now.",
        ),
        details=(
            "The messages go back about {n} weeks.",
            "Their parents are aware and very worried.",
            "Here is the link: {url}",
        ),
        notes=("Reported the impersonation account to {platform}, ticket {ticket}.",),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Potentially harmful content": Scenario(
        paired=True,
        subjects=(
            "Worrying challenge on {platform}|{platform} challenge - should we warn "
            "parents?|Dangerous challenge pupils are trying",
            "Graphic video circulating on {platform}|Distressing video seen by pupils|Harmful "
            "video circulating",
            "{platform} trend - is it real?|Parent worried about a {platform} trend|Self-harm "
            "trend warning",
            "Influencer content pupils are watching|Concern about content pupils are "
            "watching|Misogynistic videos on {platform}",
            "Scary video on {platform} - advice|Frightening character in {platform} "
            "videos|Younger pupils frightened by videos",
        ),
        situations=(
            "Pupils in {year} are talking about a 'challenge' they have seen on {platform} "
            "that involves holding their breath until they feel faint. A few said they had "
            "tried it.",
            "A very graphic video of a road accident is being passed around on {platform}, and "
            "some of {our} younger pupils have seen it.",
            "A parent has been in touch about {a_platform} trend said to tell children to hurt "
            "themselves for likes. We cannot find any trace of it and wondered whether it is "
            "real.",
            "Pupils have been sharing {platform} clips of an influencer who talks about women "
            "with open contempt, and staff are hearing the same language in class.",
            "Some children in {year} are frightened by a character in {platform} videos that "
            "tells viewers to do dangerous things.",
        ),
        advice=(
            "We'd advise against naming the challenge in letters home, as that can send more "
            "children looking for it.",
            "Keep messages to parents general: safe behaviour online and who children can talk "
            "to if something upsets them.",
            "If you have a link to the video, send it to us and we can ask {platform} to "
            "review it.",
            "Many of these scares turn out to be hoaxes, so it's worth checking with us before "
            "anything goes home.",
        ),
        outcomes=(
            "Hope that helps with the message to parents. Closing the case.|{platform} has "
            "removed the clips we reported. Closing the case.",
            "{platform} has removed the clip we reported. Closing the case.",
            "We've seen no other reports of this, so it looks like a local rumour. Closing for "
            "now; do let us know if anything new comes up.",
            "Hope the lesson ideas help. Closing the case, but do get back in touch if you need "
            "more.",
            "{platform} has removed the videos we reported. Closing the case.|We've seen no other "
            "reports of this. Closing for now; do let us know if anything new comes up.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Websites": Scenario(
        paired=True,
        subjects=(
            "False reviews of our school|Review site allegations about a teacher",
            "Forum thread about our school|Forum posts about staff",
            "Fake website using our school name|Website copying our school",
            "Blog making allegations about a teacher|Anonymous blog about staff",
        ),
        situations=(
            "A review site has several one-star reviews of {school}, posted {when}, that make "
            "specific false allegations about {staff}. The page is {url}",
            "A forum thread named after {school} is full of personal comments about staff, "
            "including where one of them lives.",
            "Someone has registered a website that copies the design and name of {school}: "
            "{url} We do not know who is behind it.",
            "An anonymous blog is publishing posts about {staff}, making claims that are "
            "untrue and quoting pupils.",
        ),
        advice=(
            "Most sites have a route for reporting false or abusive content; the site's "
            "contact or abuse address is the place to start.",
            "Where a site copies your school's name and branding, the domain registrar can "
            "also be contacted.",
            "If the posts make serious false allegations about a named person, that person "
            "may want to take legal advice about defamation.",
        ),
        outcomes=(
            "The review site has removed the reviews we reported. Closing the case.",
            "The forum's moderators have deleted the thread. Closing the case.",
            "The registrar has suspended the domain. I'll close this case now.",
            "The blog's host has taken the posts down. Closing the case.",
        ),
    ),
    "Technical settings": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Locked out of school {platform} account|School {platform} account taken over?",
            "Privacy settings for staff accounts|Keeping staff profiles private",
            "Setting up a school {platform} page safely|Turning off comments on a school page",
            "How to report on {platform}|Reporting an account from a computer",
        ),
        situations=(
            "We run the school's {platform} account and have been locked out after a password "
            "change. The account is still posting, so we are worried it has been taken over.",
            "Staff have asked how they can stop pupils finding their personal {platform} "
            "profiles. Which settings should they check?",
            "We are about to start a school {platform} page and want to stop comments and the "
            "tagging of pupils.",
            "We would like to know how to report an account on {platform} from a computer "
            "rather than the app.",
        ),
        advice=(
            "Turn on two-step verification for every school account, and keep the recovery "
            "email address and phone number up to date.",
            "Staff should make personal profiles private, review who can tag them, and check "
            "what a stranger sees when they search for their name.",
            "Comments can be limited to followers or switched off in the account's privacy "
            "settings.",
        ),
        outcomes=(
            "Glad the account is back under your control. Closing the case.",
            "Hope that helps. I'll close the case now, but do get back in touch with any "
            "questions.",
            "Hope that helps. I'll close the case now, but do get back in touch with any "
            "questions.",
            "Hope that helps. I'll close the case now, but do get back in touch with any "
            "questions.",
        ),
        platforms={
            "2022": {"Instagram": 30, "Facebook": 30, "TikTok": 25, "X/Twitter": 15},
            "2020": {"Facebook": 45, "X/Twitter": 30, "Instagram": 25},
        },
    ),
    "Repeated harassment": Scenario(
        paired=True,
        subjects=(
            "Former pupil harassing a teacher|Ongoing harassment of a member of staff",
            "Parent repeatedly messaging staff|Harassment - advice needed",
            "Unwanted messages to a teaching assistant|Harassment - advice needed",
        ),
        situations=(
            "A former pupil has been messaging {staff} on {platform} almost daily for several "
            "weeks. Each time they are blocked they open a new account.",
            "A parent has been emailing and messaging {staff} at all hours, and has now started "
            "posting about them on {platform}.",
            "One of {our} teaching assistants keeps getting unwanted messages from an unknown "
            "number, {other_phone}, and the messages mention the school.",
        ),
        advice=(
            "Please keep a log of every contact with dates and screenshots; a pattern like "
            "this may amount to harassment, which is a matter for the police.",
            "Blocking and reporting each new account helps the platform link them, and we can "
            "escalate with the full list of accounts.",
            "Your complaints procedure, and a clear letter setting out acceptable contact, can "
            "help where a parent is involved.",
        ),
        outcomes=(
            "The police are now involved and the contact has stopped. Closing the case.",
            "Glad the letter has worked and things have calmed down. Closing the case.",
            "The police are now involved and the messages have stopped. Closing the case.",
        ),
        platforms={"2022": {"Instagram": 40, "Facebook": 35, "TikTok": 25}},
    ),
    "Sexting": Scenario(
        paired=True,
        subjects=(
            "Nude image shared between pupils|Image-sharing incident - {year}",
            "Pupil's image shared on {platform}|Image of a pupil circulating",
            "Advice on a sexting incident|Pupils exchanging images",
        ),
        situations=(
            "A {year} pupil sent an intimate image to another pupil on {platform}, and it has "
            "now been shared around the year group.",
            "We have been told that a picture of {child} ({age}) in their underwear is going "
            "around on {platform}. We have not seen it.",
            "Two pupils in {year} have been exchanging images over {platform}, and a parent "
            "found them on a phone.",
        ),
        advice=(
            "Please do not view, copy or forward the image; follow your DSL procedures and the "
            "national guidance on sharing nudes and semi-nudes.",
            "The young person can use Report Remove, run by Childline and the IWF, to get the "
            "image taken down.",
            "If there is any sign of coercion, or an adult is involved, it must go to the police.",
        ),
        outcomes=(
            "Thanks for letting us know the image has been removed. Closing the case.",
            "Thanks for letting us know the image has been removed. Closing the case.",
            "Thanks for the update; your DSL is handling it. Closing the case.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Media literacy education": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Online safety resources for {year}|Teaching pupils about fake news",
            "Online safety training for staff|INSET on online safety",
            "Online safety policy template|Reviewing our online safety policy",
            "Parents' evening on online safety|Online safety materials for parents",
            "Remote learning and safeguarding|Live lessons - guidance?",
        ),
        situations=(
            "I lead computing at {school} and I'm planning online safety lessons for {year}. "
            "Are there resources you would recommend on spotting misinformation?",
            "We would like some online safety training for staff before our next INSET day. "
            "Is this something you offer?",
            "Our online safety policy is due for review. Is there a template or checklist we "
            "could use?",
            "We are holding an online safety evening for parents and wondered whether you "
            "have materials we could share.",
            "With pupils learning from home, staff are asking how to run live lessons safely. "
            "Is there guidance on this?",
        ),
        advice=(
            "There are free resources for every key stage on our partners' websites; I've "
            "listed a few below.",
            "For policy, a good starting point is the free self-review tool for schools, which "
            "walks you through each area.",
            "Live lessons are safest when run from school accounts, with a second adult able to "
            "join and recording agreed with parents.",
        ),
        outcomes=(
            "Hope those help. I'll close this case, but do ask if you need anything else.",
            "Hope those help. I'll close this case, but do ask if you need anything else.",
            "Hope those help. I'll close this case, but do ask if you need anything else.",
            "Hope those help. I'll close this case, but do ask if you need anything else.",
            "Hope those help. I'll close this case, but do ask if you need anything else.",
        ),
    ),
    "Sexual harassment": Scenario(
        paired=True,
        subjects=(
            "Sexual comments sent to a pupil|Sexual harassment on {platform}",
            "Inappropriate messages to a member of staff|Sexual messages sent to a teacher",
            "Sexual comments about staff on {platform}|Sexual harassment on {platform}",
        ),
        situations=(
            "A {year} pupil has been receiving sexual comments on {platform} from older pupils.",
            "{staff} has been sent sexual messages and images by an account on {platform} that "
            "seems to belong to a pupil.",
            "Pupils have been posting sexual comments under photos of female staff on {platform}.",
        ),
        advice=(
            "Please follow your procedures for sexual harassment between pupils, and make sure "
            "those affected have support.",
            "The comments can be reported as sexual harassment, which the platform treats as a "
            "priority; send me the links and I'll escalate.",
        ),
        outcomes=(
            "The comments have been removed. Closing the case.",
            "The account has been removed. Closing the case.",
            "The comments have been removed. Closing the case.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Data privacy": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Photos of pupils posted online|Parent posting pupils' photos",
            "Staff address shared online|Data protection question",
            "Subject access request - advice|Data protection question",
        ),
        situations=(
            "A parent posted photos from our sports day on {platform}, including children "
            "whose parents did not give consent.",
            "A member of staff has had their home address shared online after a data breach at "
            "another organisation.",
            "We have received a subject access request asking for every message about a "
            "pupil. Does that include staff group chats?",
        ),
        advice=(
            "A polite request to the parent to take the photos down usually works; failing "
            "that, the platform will remove images of children at a parent's request.",
            "Your data protection officer should be involved, and the ICO's guidance on "
            "subject access covers this situation.",
        ),
        outcomes=(
            "Glad the photos have come down. Closing the case.",
            "Glad the post with the address has been removed. Closing the case.",
            "Hope that helps with the request. Closing the case.",
        ),
        platforms={"2022": {"Facebook": 60, "Instagram": 40}, "2020": {"Facebook": 100}},
    ),
    "Love, relationships and sexuality": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Pupil in an online relationship|Online relationship - safeguarding?",
            "RSE question - online relationships|Advice on relationships education",
            "Pupils asking about pornography|RSE question - online relationships",
        ),
        situations=(
            "A pupil aged {age} says they are in a relationship with someone they met online "
            "and have never met in person.",
            "We are updating our relationships and sex education lessons and want to cover "
            "consent online. Any advice?",
            "Pupils have asked questions about pornography after something shared on "
            "{platform}. How should staff respond?",
        ),
        advice=(
            "Talk with the pupil about how they know who the person is, and involve your DSL "
            "if anything suggests the other person is an adult.",
            "Questions like these are best answered calmly and factually; a question box lets "
            "pupils ask anonymously.",
        ),
        outcomes=(
            "Hope that helps. Closing the case.",
            "Hope that helps. Closing the case.",
            "Hope that helps. Closing the case.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "E-crime": Scenario(
        paired=True,
        subjects=(
            "School {platform} account hacked|Our {platform} account is posting scams",
            "Scam email sent to parents|Fraud using our school name",
            "Possible hacking of a staff email account|Gift card scam from a staff email",
        ),
        situations=(
            "The school's {platform} account was hacked {when} and is now posting "
            "cryptocurrency adverts.",
            "Parents have received emails that appear to come from {school}, asking them to "
            "pay for a trip through a link. We did not send them.",
            "A member of staff's email account has been used to send messages to colleagues "
            "asking for gift cards.",
        ),
        advice=(
            "Please report it to Action Fraud and keep a copy of the messages.",
            "Change the passwords, check the recovery details, and turn on two-step "
            "verification before anything else.",
        ),
        outcomes=(
            "Glad the account has been recovered. Closing the case.",
            "Thanks for letting parents know. Closing the case.",
            "Glad the account is secure again. Closing the case.",
        ),
        platforms={"2022": {"Instagram": 50, "Facebook": 50}, "2020": {"Facebook": 100}},
    ),
    "Apps": Scenario(
        kind="advice",
        subjects=(
            "Is {platform} safe for pupils?",
            "Age rating of {platform}",
            "Question about {platform}",
            "New app pupils are using",
        ),
        situations=(
            "Pupils in {year} are all talking about {platform}. What is the minimum age, and "
            "what should we tell parents?",
            "A parent asked whether {platform} lets strangers contact children. Could you "
            "explain how it works?",
            "We keep hearing about {platform} from pupils and would like to understand the "
            "risks before it turns up in a safeguarding case.",
        ),
        advice=(
            "Most of these apps ask for users to be 13 or over, but there is little checking; "
            "parents can use the app's own safety settings and talk with their children.",
            "I've attached our short guide to the app, which covers contact settings and "
            "reporting.",
        ),
        outcomes=("Hope the guide is useful. Closing the case.",),
        platforms={
            "2022": {"Yubo": 30, "BeReal": 30, "Discord": 20, "Telegram": 10, "WhatsApp": 10},
            "2020": {"TikTok": 35, "Yubo": 20, "WhatsApp": 20, "Discord": 15, "Snapchat": 10},
        },
    ),
    "Grooming": Scenario(
        subjects=(
            "Adult contacting a pupil online",
            "Grooming concern",
            "Urgent - possible grooming",
            "Stranger messaging a pupil on {platform}",
        ),
        situations=(
            "A pupil aged {age} has told us that an adult they met on {platform} keeps asking "
            "them to keep their chats secret and to move to another app.",
            "A parent has shown us messages on {platform} in which a man offered their child "
            "gifts in exchange for photos.",
            "We are worried about a {year} pupil who has been sent money by someone they met "
            "through {platform}.",
        ),
        advice=(
            "This needs to be reported to the police and to CEOP straight away; please do not "
            "confront the person.",
            "Keep the device and the messages as they are, as they may be needed as evidence.",
        ),
        outcomes=("Thank you for confirming the police have taken this on. Closing the case.",),
        platforms={"2022": GROOMING, "2020": GROOMING},
    ),
    "Peer-on-peer abuse": Scenario(
        paired=True,
        subjects=(
            "Pupils sharing a video of an assault|Assault filmed and shared on {platform}",
            "Harmful sexual behaviour between pupils|Peer-on-peer abuse concern",
            "Pupils threatening a younger pupil|Peer-on-peer abuse concern",
        ),
        situations=(
            "A video of one pupil being assaulted by others has been filmed and shared on "
            "{platform}.",
            "We have a report of pupils in {year} pressuring another pupil into sending images.",
            "Some pupils have been threatening a younger pupil over {platform} after an "
            "incident at school.",
        ),
        advice=(
            "Please follow your child-on-child abuse procedures, and involve the police where "
            "an assault has been filmed.",
            "We can ask {platform} to remove the video quickly once you send us the link.",
        ),
        outcomes=(
            "The video has been removed. Closing the case.",
            "Thanks for the update; your DSL and the police are involved. Closing the case.",
            "Glad things have calmed down. Closing the case.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Mobile device": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Searching pupils' phones|Confiscated phone - what can we look at?",
            "Mobile phone policy question|Phones in school - what do others do?",
            "Lost school tablet|Missing device with pupil photos",
        ),
        situations=(
            "We have confiscated a pupil's phone that we think holds an image of another "
            "pupil. Are we allowed to look through it?",
            "We are reviewing our mobile phone policy and would like to know what other "
            "schools do.",
            "A school tablet with pupils' photos on it has gone missing. What should we do?",
        ),
        advice=(
            "The government's guidance on searching, screening and confiscation sets out what "
            "staff may and may not do; where an image of a child may be involved, do not look.",
            "Report the loss to your data protection officer and wipe the device remotely if "
            "you can.",
        ),
        outcomes=(
            "Hope that is clear. Closing the case.",
            "Hope that is clear. Closing the case.",
            "Hope that is clear. Closing the case.",
        ),
    ),
    "Sextortion": Scenario(
        subjects=(
            "Pupil being blackmailed",
            "Sextortion - urgent",
            "Threats to share images of a pupil",
        ),
        situations=(
            "A {age}-year-old pupil has told us that someone they met on {platform} is "
            "threatening to share an intimate image unless they pay £{money}.",
            "A pupil was tricked into sending images to an account on {platform} that is now "
            "demanding money and has listed their friends.",
        ),
        advice=(
            "Please make sure the pupil does not pay and stops all contact; keep the messages "
            "and report it to the police and CEOP.",
            "Report Remove can help get the images taken down if they are shared.",
        ),
        outcomes=("Thanks for the update; the police are handling it. Closing the case.",),
        platforms={"2022": {"Instagram": 50, "Snapchat": 50}},
    ),
    "Hate speech/racism": Scenario(
        paired=True,
        subjects=(
            "Racist comments on {platform}|Hate speech aimed at a pupil",
            "Memes mocking pupils' religion|Hate speech on {platform}",
            "Homophobic abuse online|Abuse of a teacher on {platform}",
        ),
        situations=(
            "An account on {platform} has been posting racist comments about one of {our} "
            "pupils and their family.",
            "Pupils have been sharing memes on {platform} that mock the religion of several "
            "classmates.",
            "{staff} received homophobic abuse on {platform} after a pupil posted their photo.",
        ),
        advice=(
            "Hate speech breaks every major platform's rules; send me the links and I'll escalate.",
            "Where the abuse targets someone's race or sexuality, it can also be reported to "
            "the police as a hate incident.",
        ),
        outcomes=(
            "The posts have been removed. Closing the case.",
            "The posts have been removed. Closing the case.",
            "The posts have been removed. Closing the case.",
        ),
        platforms={"2022": YOUNG_2022, "2020": YOUNG_2020},
    ),
    "Excessive use": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Pupils too tired to learn|Children online late into the night",
            "Screen time worries|Managing time online - advice for a parent",
        ),
        situations=(
            "Several {year} pupils tell us they are on {platform} until two or three in the "
            "morning, and it is affecting their learning.",
            "A parent has asked for advice on managing how much time their child spends on "
            "{platform}.",
        ),
        advice=(
            "Device-free bedrooms and agreed family rules tend to work better than outright "
            "bans; the app's screen-time tools can help.",
        ),
        outcomes=(
            "Hope those ideas help. Closing the case.",
            "Hope those ideas help. Closing the case.",
        ),
        platforms={"2022": {"TikTok": 40, "Fortnite": 35, "YouTube": 25}},
    ),
    "General enquiry": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Who can use the helpline?|Question about your service",
            "General enquiry|Question about your service",
        ),
        situations=(
            "I wanted to check whether your service is open to staff at a nursery as well as "
            "schools.",
            "Could you tell me what kinds of issues you can help with, so I can share your "
            "details with colleagues?",
        ),
        advice=("Yes: anyone working with children and young people can contact us.",),
        outcomes=(
            "Closing the case.",
            "Closing the case.",
        ),
    ),
    "Gaming": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "In-game chat concern|Pupils meeting strangers in games",
            "{platform} concern|Turning off chat in {platform}",
        ),
        situations=(
            "A pupil says someone in {a_platform} game has been asking for their phone number.",
            "Parents want to know how to turn off chat in {platform}.",
        ),
        advice=("Chat can be limited to friends or switched off in the game's parental controls.",),
        outcomes=(
            "Closing the case.",
            "Hope that helps. Closing the case.",
        ),
        platforms={"2022": GAMES, "2020": GAMES},
    ),
    # Cases with no category recorded.
    "uncategorised": Scenario(
        paired=True,
        kind="advice",
        subjects=(
            "Call back please|Can you call me?",
            "Follow-up to my call|Update",
            "Help needed|Can you help?",
            "Question|Enquiry",
            "Query from {school}|Enquiry",
        ),
        situations=(
            "I tried to call earlier but could not get through. Could someone ring me back on "
            "{phone}?",
            "I spoke to one of your team last week and wanted to let you know that things have "
            "now been sorted out.",
            "We had an incident at school that I'd like to talk through with someone before "
            "deciding what to do.",
            "I'm not sure this is the right service, but I'd like some advice on an issue "
            "affecting a member of staff.",
            "A colleague passed on your details. Could you tell me more about the support you "
            "offer?",
        ),
        advice=(
            "I've tried your number and left a message; do call us back during opening hours.",
            "Happy to help: could you tell me a little more about what has happened?",
        ),
        outcomes=(
            "As we've not heard back, I'll close this case for now.",
            "Thanks for letting us know. Closing the case.",
            "As we've not heard back, I'll close this case for now.",
            "As we've not heard back, I'll close this case for now.",
            "Hope that's useful. Closing the case.",
        ),
    ),
}

GREETINGS = (
    "Hello,",
    "Hi,",
    "Hi there,",
    "Good morning,",
    "Good afternoon,",
    "Dear helpline team,",
    "Dear colleagues,",
    "Hello team,",
    "To whom it may concern,",
    "",
)
DONE = (
    "We have reported it through the app several times but nothing has changed.",
    "We reported it {when} and had an automatic reply saying it does not go against the rules.",
    "The pupils we think are involved have been spoken to, but it is still going on.",
    "We have taken screenshots of everything so far.",
    "Our DSL knows and it has been logged on our safeguarding system.",
    "I have contacted the parents of the pupils concerned.",
    "We have not reported anything yet, as we were not sure of the best route.",
    "Staff have been told not to engage.",
    "",
)
ASKS = (
    "Could you help us get this taken down?",
    "What would you advise us to do next?",
    "Could someone give me a call on {phone} to talk it through?",
    "Any advice would be gratefully received.",
    "Please could you advise us on the quickest way to deal with this?",
    "We would really appreciate your support.",
    "Is there anything you are able to do?",
    "I'd be grateful for a call back when you have a moment.",
)
ADVICE_ASKS = (
    "Many thanks for any guidance.",
    "I'd appreciate your advice.",
    "Could someone call me on {phone} when convenient?",
    "Thank you in advance for your help.",
    "Any pointers would be welcome.",
)
SIGN_OFFS = (
    "Many thanks,",
    "Kind regards,",
    "Best wishes,",
    "Thanks in advance,",
    "Regards,",
    "Thank you,",
)
REPLY_OPENINGS = (
    "Thank you for getting in touch.",
    "Thanks for your email.",
    "Thanks for contacting the helpline.",
    "I'm sorry to hear about this, and thank you for letting us know.",
    "Thank you for your message.",
)
# Follow-ups about an account or content on a platform.
LINK_FOLLOW_UPS = (
    "Thank you for coming back to me so quickly. The links are {url} and {url2}",
    "Thanks. The account changed its name to @{handle2} overnight, but the content is the same.",
)
FOLLOW_UPS = (
    "Thank you, that's really helpful. I've attached the screenshots as well.",
    "Thanks for your help - I'll wait to hear from you.",
    "Thank you. We've spoken to the pupils involved this morning.",
    "Thanks so much. Staff will be relieved to hear that.",
)
WHEN = (
    "last night",
    "over the weekend",
    "just after half term",
    "this morning",
    "on Friday",
    "over the past fortnight",
    "yesterday evening",
    "earlier this week",
    "at the start of term",
)
SINCE = ("the start of term", "half term", "last week", "the weekend", "Monday", "the summer")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
