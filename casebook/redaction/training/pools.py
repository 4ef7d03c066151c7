"""Slot pools for the synthetic training text of the name model. Everyone is invented.

First names and surnames come from many naming traditions found in UK schools, so the model
meets names of every shape; none is meant to be a real person. Pseudo-names built from
syllables (`pseudo_name`) add names that exist nowhere, so that no list can stand in for
the model's other signals.
"""

from __future__ import annotations

import random


def words(text: str) -> list[str]:
    return text.split()


FIRST = words(
    """
    Aaliyah Abdullahi Ada Adaeze Adebola Adnan Afia Agata Ahmad Aiden Aigerim Ailsa Aled Alesha
    Alexei Alfie Alina Amani Amira Anastazja Aneurin Angharad Anika Annika Anwar Aoife Araba
    Aranka Archie Ariana Arjun Armando Arwen Asha Ashanti Asif Aurelia Ayaan Ayodele Aziz
    Bartek Basia Bashir Beatriz Beca Blessing Bogdan Bosede Branwen Breda Bruno Busisiwe Cai
    Caleb Carys Cathal Cecylia Cerian Chanel Chantelle Chiamaka Chinedu Chloe Chukwudi Cian
    Ciara Colm Connie Cormac Craig Dagmara Daisy Damilola Daniela Darragh Dawid Deion Demi
    Denholm Deniz Derya Dev Dharma Dimitri Dorota Duc Dumisani Ebere Ebony Efosa Eilis Eitan
    Ekaterina Eleri Elijah Elkan Emeka Emre Enya Eoin Eric Esi Ewa Ezinne Fadumo Farhan Fatima
    Fearghal Feng Fern Fiadh Filipa Finlay Fiifi Florin Folasade Gabija Gaurav Gethin Gintaras
    Giorgos Gosia Gulsen Gwion Habib Hadiza Hafsa Hania Harley Harun Hassan Hattie Hiba Hoang
    Huda Hyun Ieuan Ifeanyi Ilinca Ilyas Imani Inés Ines Ioan Iolanthe Irena Ishaan Iwona Izzy
    Jacek Jadwiga Jamila Janek Jarrah Jaskaran Javier Jayda Jazmin Jerome Jiho Joanna Jovan
    Jun Kacey Kaden Kalinda Kamil Karolina Kasia Kateryna Kayleigh Keeley Kemi Keon Khadija
    Kieran Kirra Kobe Kofi Krystian Kseniya Kyra Lacey Laila Lamar Lasse Leandro Leila Lena
    Lerato Lewys Liam Linh Lorcan Luana Lucjan Lukasz Lwazi Maali Mabel Madina Magdalena
    Mahnoor Maja Makayla Malachi Malik Manon Mariusz Marlon Mateusz Mathilde Matilda Mehwish
    Melek Mercy Mihai Mikolaj Milena Minh Mirela Misha Mohsin Morwenna Mustafa Nadia Nakia
    Nasir Natalia Nathaniel Nazia Ndidi Nell Nia Nikola Nnamdi Noelia Noor Nuala Obinna Oksana
    Olamide Olek Olumide Omari Ona Orla Osian Owain Paulina Pavel Peadar Pedro Petra Piotr
    Precious Qasim Radek Rahel Raheem Rashida Reem Remi Renata Rhiannon Rifat Rocco Roisin
    Rumi Ruta Ryszard Sabina Sadia Safiya Saiful Sakura Salma Samira Sanjay Sapna Seren Shakira
    Shauna Shona Simona Sinéad Siobhan Sipho Sol Stanislaw Suki Sunita Szymon Tadhg Tahmina
    Taiwo Tamara Tanvir Tariq Tayo Teodor Thandiwe Thanh Tiago Tobenna Tolu Tomos Tuan Ulla
    Ugo Umar Usman Valentina Vasile Veronika Vikram Wanjiru Wiktor Wren Xander Xiomara Yaw
    Yasmin Yemi Yevhen Yinka Yusra Zac Zahra Zara Zbigniew Zeynep Zoltan Zuzanna
    """
)
SURNAMES = words(
    """
    Abara Abiodun Achebe Adamczyk Adebanjo Adeleke Agbaje Ahmadi Akhtar Akinola Alexandrou
    Ali Amadi Anand Antczak Appiah Arslan Asante Ashcroft Aslam Atkinson Awolowo Bajwa
    Balogun Banerjee Baptiste Barkauskas Baskerville Bello Bhatt Bielecki Blackwood Bogdan
    Boothby Brennan Brzozowski Buckley Bui Cartwright Chakraborty Charles Chaudhry Chinwe
    Ciobanu Clough Coker Colquhoun Constantin Cunningham Czarnecki Dabrowski Dalgleish Dang
    Darby Delaney Demir Desai Dhillon Dimitrov Dinh Donnelly Dorsey Dube Duggan Dumitru Dunphy
    Dziedzic Egbuna Ekwueme Ellery Emenike Entwistle Eze Farah Farouk Fernandes Ferreira
    Finnegan Florea Fofana Fong Gajewski Garbutt Gashi Ghosh Gill Gorski Grabowski Greaves
    Grewal Guerrero Gunawardena Gwilym Haddad Halliwell Haque Haroon Hegarty Hossain Hoxha
    Huang Hussain Ibrahimi Idowu Igwe Ilunga Iordache Iwu Jablonski Jankowski Jaworski Jimenez
    Joshi Kaczmarek Kamau Kapoor Karimi Kaya Keane Kelleher Khalil Kilbride Kinsella Kiplagat
    Kirkbride Klimek Kovac Kowalewski Kozlowski Krol Kumar Kuznetsova Lachowicz Lamptey Le
    Lindqvist Llewellyn Lopes Lungu Lynch Mahmood Majewski Makinde Malinowski Mazur McAllister
    McCready McGowan McKeown Mendy Mensah Mirza Mistry Molloy Moyo Mukherjee Muller Mwangi
    Nair Nartey Ndlovu Nkemelu Noonan Nwosu Obi Obasanjo Odhiambo Odukoya Ogunbiyi Okeke
    Okoro Olabode Olayinka Omar Onyango Osei Ostrowski Owusu Pajak Pandya Pawlak Petrescu
    Phiri Pietrzak Popescu Popov Przybyl Qureshi Rafiq Rahman Rajan Rasheed Reddy Rehman
    Rybak Sadowski Sahin Sandhu Santos Sarpong Sawicki Sesay Shah Shevchenko Siddiqui Silva
    Sikora Singh Sokolowski Sowande Stanciu Sterling Suleiman Szewczyk Tahir Tembo Thakur
    Tiwari Tkachenko Tran Trzeciak Uddin Udeh Usmani Vasquez Vu Walczak Wanjiku Warsame
    Wilczek Wojciechowski Wozniak Yadav Yeboah Yildiz Yusuf Zajac Zielinski Zubair
    Ackroyd Bramley Brocklehurst Cheetham Crabtree Dransfield Entwhistle Fothergill
    Gaukroger Hargreaves Heathcote Holroyd Ibbotson Kershaw Lumb Mellor Nuttall Ormerod
    Pickersgill Rushworth Shuttleworth Sowerby Thewlis Threlfall Unsworth Whiteley
    Penrose Tregear Trelawny Polglase Nancarrow Jago Kitto Rowse Pengelly Vosper
    """
)
# Names that are also ordinary English words: the model must learn them from context.
WORD_NAMES = words(
    """
    Hunter Summer Rose Grace Hope Will Jack May April June Holly Ivy Amber Faith Joy Mason
    Brooke River Storm Willow Sky Skye Chase Miles Penny Dawn Rich Ray Mark Sue Frank Bill
    Max Autumn Reed Hazel Ruby Daisy Poppy Angel Carol Patience Blessing Favour Gift
    Precious Destiny Harmony Jade Pearl Crystal Heath Dale Glen Wade Cole Drew Rob Pat
    Hunter Sonny Ocean Rain Bay Ash Rowan Sage Marina Faye Robin Hazel Iris Lily Violet
    Justice King Rocky Honour Temperance Prudence Mercy Comfort Wren Lark Jay Ginger Honey
    """
)
TITLES = words("Mr Mrs Ms Miss Dr Mx PC DC Sgt Rev Prof")
PARTICLES = words("de van von da di al el bin ó ní mac nic ap")
PLACES = words(
    """
    Leeds Bradford Rotherham Sheffield Bolton Wigan Preston Lincoln Devon Cornwall Luton
    Swansea Cardiff Belfast Derry Norwich Aberdeen Dundee Sunderland Gateshead Carlisle
    Exeter Plymouth Bristol Coventry Wolverhampton Walsall Oldham Rochdale Stockport Hull
    Doncaster Barnsley Wakefield Huddersfield Halifax York Harrogate Durham Darlington
    Middlesbrough Newcastle Glasgow Edinburgh Inverness Wrexham Bangor Newry Omagh Kent
    Essex Surrey Cumbria Lancashire Yorkshire Merseyside Northumberland Birmingham London
    Manchester Liverpool Nottingham Leicester Derby Stoke Telford Shrewsbury Hereford
    Chester Crewe Warrington Blackpool Burnley Reading Slough Watford Brighton Hastings
    """
)
REGIONS = [
    "Greater Manchester",
    "West Yorkshire",
    "South Wales",
    "the North East",
    "the West Midlands",
    "Merthyr Tydfil",
    "Northern Ireland",
    "the Highlands",
    "East Anglia",
    "North Yorkshire",
]
PLATFORMS = words(
    "TikTok Instagram Snapchat Facebook WhatsApp YouTube Discord Roblox Twitch Telegram "
    "Reddit BeReal Yubo Wizz Kik Threads Fortnite Minecraft Xbox PlayStation Steam Omegle"
)
BODIES = [
    "CEOP",
    "the IWF",
    "the NSPCC",
    "Childline",
    "the LADO",
    "our PCSO",
    "Report Harmful Content",
    "Ofcom",
    "the DfE",
    "Ofsted",
    "Action Fraud",
    "the Police",
    "Children's Services",
    "Early Help",
    "the council",
    "Social Care",
    "the MASH",
    "the UK Safer Internet Centre",
    "Report Remove",
    "Take It Down",
]
ROLES = [
    "DSL",
    "Deputy DSL",
    "Head of Year 9",
    "Headteacher",
    "SENCo",
    "Office Manager",
    "Social Worker",
    "Safeguarding Lead",
    "Pastoral Lead",
    "Head of Sixth Form",
    "Business Manager",
    "Assistant Head",
    "Form Tutor",
    "School Nurse",
    "Family Support Worker",
    "IT Manager",
    "Attendance Officer",
    "Deputy Head",
    "Youth Worker",
    "Schools Liaison Officer",
]
DAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = words(
    "January February March April May June July August September October November December"
)
SCHOOL_WORDS = words("Academy School High Primary College")
SCHOOL_NAMES = words(
    "Oakridge Fernhill Brambledown Kingsbury Westlea Highcliffe Moorside Ashgrove Elmbridge "
    "Thornbury Redmoor Castlefield Beechwood Hillcrest Larkspur Stonebridge Millbrook Harewood"
)

ONSETS = words("b br c ch d dr f g gr h j k kh l m n p r s sh t tr v w y z ts zh ny ng kw")
NUCLEI = words("a e i o u a e i o ai ei ou ia ue ay")
CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "sh", "nd", "ng", "t", "x", "z"]


def pseudo_name(rng: random.Random) -> str:
    """A made-up name of two or three syllables ("Tsaiworen", "Kwamelu")."""
    parts = []
    for _ in range(rng.choice((2, 2, 3))):
        parts.append(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS))
    word = "".join(parts)
    return word[:1].upper() + word[1:]


# For the hurried lower-case notes and chats of synth.note_document (round Y). Written by hand
# from general knowledge (and chosen apart from the names the tuning sets' held-out misses
# showed, so that a held-out score of the change is not a score of those names); everyone
# is invented.
# Everyday first names of UK children and adults (the FIRST pool above leans to names no
# English word shares), and short forms and nicknames as notes and chats write them.
EVERYDAY_FIRST = words(
    """
    Kelly Darren Gary Tracey Sonia Kerry Leanne Stacey Jodie Bethany Kyle Reece Callum Jacob
    Alfie Harvey Nathan Ryan Shane Bradley Paige Chelsea Lacey Millie Evie Maisie Keeley Kayla
    Abbie Ellie Megan Freya Isla Leah Niamh Kirsty Euan Eilidh Dafydd Rhodri Ffion Cerys
    Bronwen Nigel Mick Gordon Jean Pam Sandra Julie Nicola Claire Tyrone Jermaine Marcus Kemi
    Tunde Funmi Abdi Hamza Zainab Ayesha Priya Aarav Raj Harpreet Amrit Ionut Marek Kacper
    Dorota Ciaran Siobhan Bridget Shauna Saoirse Brody Rylee Kaycee Jaylen Kenzie Lorraine
    Denise Trevor Malcolm Graham Carl Lisa Donna Michelle Vicky Gemma Kimberley Louise Terry
    Craig Scott Stuart Duncan Kyla Carly Tegan Kian Riley Charlie Harley Mia Lola Ruby Jenson
    Tommy Frankie Archie Theo Macie Sienna Tiana Aisha Yusuf Bilal Imran Nadia Sana Tariq
    """
)
SHORT_FIRST = words(
    """
    baz kez shaz jonno bex jess sam al tom harv lou bri nic vic cal lew zak stu gaz jen
    becs soph ems nat lils kat fi trev bev andy mikey ste jim benji abi izzy livvy maz
    """
)
# Surnames that are everyday words, which a lower-case note leaves looking like words.
WORD_SURNAMES = words(
    """
    Bellamy Wainwright Mason Cook Baker Fisher Hunter Marsh Hill Green Young King Field Bird Lamb
    Fox Moss Steel Cross Bishop Stone Banks Rivers Lane Park Wells Frost Nash Booth Shepherd
    Walker Turner Carter Butler Short Long Sharp Gold Silver Kitchen Bush Street Marshall
    """
)
# What practitioners call one another in notes ("dsl karen", "yw sky", "gran (hope)").
NOTE_ROLES = words(
    """
    dsl ddsl sw yw senco lado nurse teacher tutor carer worker officer lead manager head
    coach gran nan mum dad mam uncle auntie caller parent reporter volunteer pcso keyworker
    mentor chair supervisor
    """
)
NOTE_ROLE_PHRASES = [
    "youth worker",
    "school nurse",
    "foster carer",
    "youth club lead",
    "team manager",
    "head of yr 9",
    "form tutor",
    "yot officer",
    "family support worker",
    "social worker",
    "deputy head",
    "safeguarding lead",
    "scout leader",
    "club welfare officer",
]
