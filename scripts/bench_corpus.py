"""A seeded corpus of wire-style articles for the benchmark, composed from our own fact tables.

`corpus(n, seed)` returns the six `seeds/*.txt` articles followed by `n` generated ones. Each
generated article picks a story kind (pact, sanctions, aid, exercise, trade, fighting, summit),
two or three countries and an organisation, and strings paragraphs from that kind's templates
and a shared pool until it reaches a length drawn between 150 and 600 words. The same seed
gives the same texts, so runs compare.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MIN_WORDS, MAX_WORDS = 150, 600


@dataclass(frozen=True)
class Country:
    name: str
    capital: str
    adjective: str
    leader_title: str
    leader: str
    minister: str  # foreign or defence minister, quoted by surname after the first mention


COUNTRIES = [
    Country(*row.split("|"))
    for row in """\
Kenya|Nairobi|Kenyan|President|Daniel Mwangi|Grace Achieng
Nigeria|Abuja|Nigerian|President|Emeka Okafor|Hauwa Bello
Ghana|Accra|Ghanaian|President|Kofi Mensah|Ama Owusu
Ethiopia|Addis Ababa|Ethiopian|Prime Minister|Abebe Tesfaye|Meron Alemu
Egypt|Cairo|Egyptian|President|Tarek Mansour|Nadia Farouk
Morocco|Rabat|Moroccan|Prime Minister|Youssef Alaoui|Samira Bennani
South Africa|Pretoria|South African|President|Thabo Nkosi|Lindiwe Dlamini
Brazil|Brasilia|Brazilian|President|Rafael Almeida|Beatriz Souza
Argentina|Buenos Aires|Argentine|President|Martin Herrera|Lucia Fernandez
Chile|Santiago|Chilean|President|Diego Rojas|Camila Vargas
Colombia|Bogota|Colombian|President|Andres Castillo|Valentina Ortiz
Mexico|Mexico City|Mexican|President|Alejandro Ruiz|Mariana Lopez
Canada|Ottawa|Canadian|Prime Minister|Ethan Campbell|Chloe Tremblay
Poland|Warsaw|Polish|Prime Minister|Tomasz Kowalski|Anna Nowak
Germany|Berlin|German|Chancellor|Matthias Becker|Katrin Vogel
France|Paris|French|President|Julien Moreau|Claire Dubois
Italy|Rome|Italian|Prime Minister|Marco Bianchi|Giulia Romano
Spain|Madrid|Spanish|Prime Minister|Pablo Navarro|Elena Castro
Sweden|Stockholm|Swedish|Prime Minister|Erik Lindqvist|Sara Holm
Finland|Helsinki|Finnish|President|Mikko Virtanen|Aino Laine
Norway|Oslo|Norwegian|Prime Minister|Lars Haugen|Ingrid Berg
Estonia|Tallinn|Estonian|Prime Minister|Kristjan Tamm|Liis Saar
Lithuania|Vilnius|Lithuanian|President|Andrius Kazlauskas|Rasa Petraitiene
Romania|Bucharest|Romanian|President|Andrei Popescu|Ioana Stan
Greece|Athens|Greek|Prime Minister|Nikos Papadakis|Eleni Georgiou
Turkey|Ankara|Turkish|President|Mehmet Yilmaz|Ayse Demir
India|New Delhi|Indian|Prime Minister|Arjun Mehta|Priya Nair
Pakistan|Islamabad|Pakistani|Prime Minister|Imran Qureshi|Sana Malik
Bangladesh|Dhaka|Bangladeshi|Prime Minister|Rahim Chowdhury|Nusrat Akter
Indonesia|Jakarta|Indonesian|President|Budi Santoso|Sri Wulandari
Vietnam|Hanoi|Vietnamese|Prime Minister|Nguyen Van Minh|Tran Thi Lan
Philippines|Manila|Philippine|President|Ramon Delgado|Maria Santos
Thailand|Bangkok|Thai|Prime Minister|Somchai Wongsa|Kanya Srisuk
Malaysia|Kuala Lumpur|Malaysian|Prime Minister|Hafiz Rahman|Nurul Aziz
Japan|Tokyo|Japanese|Prime Minister|Kenji Watanabe|Yuki Tanaka
South Korea|Seoul|South Korean|President|Park Ji-hoon|Kim Soo-min
Australia|Canberra|Australian|Prime Minister|James Whitfield|Olivia Hart
New Zealand|Wellington|New Zealand|Prime Minister|Liam Walker|Aroha Ngata
Saudi Arabia|Riyadh|Saudi|Crown Prince|Faisal Al-Harbi|Khalid Al-Otaibi
Jordan|Amman|Jordanian|King|Hamza Al-Khatib|Rania Haddad
Qatar|Doha|Qatari|Emir|Tamim Al-Sayed|Lulwa Al-Mannai
Kazakhstan|Astana|Kazakh|President|Nurlan Abenov|Aigerim Suleimenova
""".splitlines()
]
ORGANISATIONS = [
    ("European Union", "EU"),
    ("African Union", "AU"),
    ("United Nations", "UN"),
    ("World Food Programme", "WFP"),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("World Bank", "World Bank"),
    ("International Monetary Fund", "IMF"),
    ("NATO", "NATO"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
AMOUNTS = ["$250 million", "$1.2 billion", "$3.5 billion", "€400 million", "€2 billion",
           "$75 million", "$600 million", "£900 million", "$12 billion"]  # fmt: skip
COUNTS = ["1,200 troops", "3,000 soldiers", "15 warships", "40 aircraft", "200 trucks of aid",
          "12 air defence systems", "500 military advisers", "8 submarines"]  # fmt: skip
PROJECTS = {
    "pact": ["defence pact", "mutual security agreement", "joint air defence programme"],
    "sanctions": ["sanctions package", "export ban", "asset freeze"],
    "aid": ["humanitarian corridor", "emergency food aid programme", "refugee relief fund"],
    "exercise": ["joint naval exercise", "military drills", "coastal patrol mission"],
    "trade": ["free trade agreement", "investment treaty", "grain export deal"],
    "fighting": ["ceasefire", "prisoner exchange", "offensive"],
    "summit": ["infrastructure fund", "climate finance facility", "energy partnership"],
}
QUOTES = [
    "This agreement shows that our partnership is stronger than ever",
    "We will not accept any threat to our sovereignty",
    "Our people expect results, not promises",
    "The door to dialogue remains open, but our patience has limits",
    "Security in the region depends on trust between neighbours",
    "No country can face these challenges alone",
    "We are ready to do more if the situation gets worse",
    "Today we take a concrete step toward lasting peace",
]

LEAD = {
    "pact": "{a} and {b} signed a {project} on {day}, pledging to defend each other and to "
    "pool {count} for joint operations, officials in {a_cap} said.",
    "sanctions": "The {org} imposed a new {project} on {b} on {day}, targeting its shipping "
    "and banks after months of tension with {a}.",
    "aid": "The {org} and {a} launched a {project} for {b} on {day}, promising {amount} to "
    "reach families cut off by floods and fighting.",
    "exercise": "{a} and {b} began {project} off the coast on {day}, deploying {count} in the "
    "largest such operation in a decade.",
    "trade": "{a} and {b} concluded a {project} on {day} that will cut tariffs on most goods "
    "and is expected to lift trade by {amount} a year.",
    "fighting": "Heavy fighting broke out near the border between {a} and {b} on {day}, hours "
    "after a {project} brokered by the {org} collapsed.",
    "summit": "Leaders of {a}, {b} and {c} met in {a_cap} on {day} and agreed to set up an "
    "{project} worth {amount}.",
}
BODY = [
    '{a_title} {a_leader} said the {project} would be reviewed every year. "{quote}," '
    "{a_last} told reporters in {a_cap}.",
    "{b_adj} {b_title} {b_leader} welcomed the move but warned that implementation would take "
    'time. "{quote}," {b_last} said.',
    "{a_adj} Foreign Minister {a_min} held talks with her {b_adj} counterpart {b_min} in "
    "{b_cap} on {day2}, according to a statement from the ministry.",
    "Under the plan, {a} will provide {amount} over five years, while {b} will contribute "
    "{count} and open its ports to {c} vessels.",
    "The {org} said it would send observers to monitor the {project}. A spokesperson for the "
    "{org_short} said talks with {c} would continue in {month}.",
    "Analysts in {c_cap} said the deal could shift the balance of power in the region. "
    "{c_adj} officials declined to comment.",
    "{b} accused {a} of violating an earlier agreement and summoned its ambassador in "
    "{b_cap}. {a} rejected the accusation.",
    "Diplomats said {c} had offered to mediate, and {c_title} {c_leader} is expected to visit "
    '{a_cap} in {month}. "{quote}," {c_last} said in a televised address.',
    "The {project} follows a similar arrangement between {c} and the {org} last year, which "
    "officials say cut delivery times by half.",
    "Parliament in {b_cap} must still ratify the {project}. Opposition lawmakers said they "
    "would vote against it unless {a} offered guarantees.",
    "Markets in {a_cap} rose after the announcement, and the {org_short} said it would release "
    "a further {amount} if both sides kept their commitments.",
    "Aid groups said {count} would not be enough and urged the {org} to act faster. "
    '"{quote}," one aid official in {b_cap} said.',
]


def corpus(n: int, seed: int = 5) -> list[tuple[str, str]]:
    """(title, text) pairs: the seed articles, then `n` generated ones."""
    rng = random.Random(seed)
    seeds = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + [article(rng, i) for i in range(n)]


def article(rng: random.Random, number: int) -> tuple[str, str]:
    kind = rng.choice(sorted(LEAD))
    facts = _facts(rng, kind)
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    dateline = f"{facts['a_cap'].upper()}, {facts['month']} {rng.randint(1, 28)} (Wire) - "
    paragraphs = [dateline + LEAD[kind].format(**facts)]
    words = len(paragraphs[0].split())
    for template in rng.sample(BODY, len(BODY)) * 3:
        paragraph = template.format(**{**facts, "quote": rng.choice(QUOTES)})
        if words + len(paragraph.split()) > MAX_WORDS:
            break
        paragraphs.append(paragraph)
        words += len(paragraph.split())
        if words >= target:
            break
    return f"{kind}-{number:04d}", "\n\n".join(paragraphs)


def _facts(rng: random.Random, kind: str) -> dict[str, str]:
    a, b, c = rng.sample(COUNTRIES, 3)
    org, org_short = rng.choice(ORGANISATIONS)
    facts = {
        "org": org,
        "org_short": org_short,
        "project": rng.choice(PROJECTS[kind]),
        "day": rng.choice(DAYS),
        "day2": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "amount": rng.choice(AMOUNTS),
        "count": rng.choice(COUNTS),
    }
    for key, country in (("a", a), ("b", b), ("c", c)):
        facts |= {
            key: country.name,
            f"{key}_cap": country.capital,
            f"{key}_adj": country.adjective,
            f"{key}_title": country.leader_title,
            f"{key}_leader": country.leader,
            f"{key}_last": country.leader.split()[-1],
            f"{key}_min": country.minister,
        }
    return facts


if __name__ == "__main__":
    for title, text in corpus(3):
        print(f"== {title} ({len(text.split())} words)\n{text}\n")
