from __future__ import annotations

from collections.abc import Callable

import pytest

from attache.contract import Extraction

Read = Callable[[str], Extraction]
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kremlin denied that Russian troops were fighting in Ukraine.", "REJECT"),
        ("Syria has denied using chemical weapons against civilians.", "REJECT"),
        ("Hezbollah denied the allegations on Sunday.", "REJECT"),
        ("The crown prince has denied any knowledge of the operation.", "REJECT"),
        ("The company denied any wrongdoing.", "REJECT"),
    ],
)
def test_a_denial_turns_a_claim_down_whatever_act_it_names(
    read: Read, text: str, kind: str
) -> None:
    (event, *_) = read(text).events
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would no longer abide by the limits of the nuclear deal.",
        "Ghana said it would not extradite the former minister to Togo.",
    ],
)
def test_a_cooperation_said_to_be_over_is_turned_down(read: Read, text: str) -> None:
    # The parser hangs 'no' on 'longer', not on the verb.
    (event, *_) = read(text).events
    assert event.type == "REJECT"


def test_denying_a_thing_is_no_denial_of_a_claim(read: Read) -> None:
    events = read("Israel denied entry to the UN investigators on Monday.").events
    assert "REJECT" not in {e.type for e in events}


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # PLOVER files signing or ratifying an agreement under SUPPORT, a promise to sign it
        # under AGREE.
        ("Chile and Peru signed a fisheries agreement on Monday.", "SUPPORT", "Chile", None),
        ("Estonia expelled two Russian diplomats for spying.", "SANCTION", "Estonia", "Russia"),
        ("Kenya accused Somalia of harbouring militants.", "DISAPPROVE", "Kenya", "Somalia"),
        ("Ghana refused to extradite the former minister to Togo.", "REJECT", "Ghana", None),
        ("Norway will give Malawi a grant of $20 million.", "AGREE", "Norway", "Malawi"),
        # The act a sum is announced for is the one its noun names.
        ("Canada announced $25 million in humanitarian aid for Haiti.", "AID", "Canada", None),
        ("The World Bank announced £2bn of loans for Egypt.", "AID", "World Bank", "Egypt"),
        ("Serbia threatened to cut ties with Montenegro.", "THREATEN", "Serbia", "Montenegro"),
        ("Peruvian farmers said they would blockade Lima.", "THREATEN", "Peru", None),
        (
            "Brazil said on Friday that Paraguay must reopen the bridge.",
            "DEMAND",
            "Brazil",
            "Paraguay",
        ),
    ],
)
def test_event_type_and_roles(
    read: Read, text: str, kind: str, source: str, target: str | None
) -> None:
    (event, *_) = read(text).events
    assert event.type == kind
    assert source in event.sources
    if target is not None:
        assert target in event.targets
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_a_number_of_people_a_light_verb_takes_names_no_act(read: Read) -> None:
    # Only a sum of money hands over to what it is for: 30 soldiers are no act.
    events = read("The rebels took 30 of the soldiers hostage on Monday.").events
    assert "soldiers" not in {e.trigger.text for e in events}


def test_other_clauses_add_events_after_the_main_one(read: Read) -> None:
    text = "Kenya condemned the raid on Monday and warned that it would expel Somali diplomats."
    first, *others = read(text).events
    assert first.type == "DISAPPROVE"
    assert "THREATEN" in {e.type for e in others}
    assert all("Kenya" in e.sources for e in others)


def test_events_name_their_actors_by_id(read: Read) -> None:
    (event, *_) = read("Estonia expelled two Russian diplomats for spying.").events
    assert event.source_ids == ["country:EE"]
    assert event.target_ids == ["country:RU"]


def test_the_lead_after_a_dateline_keeps_its_own_subject(read: Read) -> None:
    text = (
        "HANOI, May 2 (Wire) - Laos and Vietnam agreed on Friday to an immediate truce, "
        "Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the leaders "
        "of both countries."
    )
    agreed = next(e for e in read(text).events if e.trigger.text == "agreed")
    assert agreed.sources == ["Laos", "Vietnam"]


# Acts whose PLOVER type CAMEO's categories give, read by the word classes of events.json
# rather than learned: the model's stories seldom show them.
CAMEO_READINGS = [
    # 12 REJECT: refusals by phrasal verb, veto or dismissal, and refusals stated for the future.
    ("Ankara has ruled out talks with the militia.", "REJECT"),
    ("The council turned down Kenya's request for more troops.", "REJECT"),
    ("China vetoed the resolution on Myanmar.", "REJECT"),
    ("The ministry dismissed the report as fabricated.", "REJECT"),
    ("Warsaw dismissed the proposal on Friday.", "REJECT"),
    ("Islamabad said it would not hand over the suspects.", "REJECT"),
    ("The rebels said they would not disarm.", "REJECT"),
    ("Tehran will not give up its right to enrich uranium, the president said.", "REJECT"),
    ("The union said it would not call off the strike.", "REJECT"),
    # 16 SANCTION: leaving an agreement, talks or a body; diplomats sent home; embargoes.
    ("The United States withdrew from the Iran nuclear deal on Tuesday.", "SANCTION"),
    ("Washington pulled out of the Paris climate agreement.", "SANCTION"),
    ("Moscow quit the arms control treaty in August.", "SANCTION"),
    ("The opposition withdrew from the peace talks in Geneva.", "SANCTION"),
    ("Hungary withdrew from Nato.", "SANCTION"),
    ("Seoul broke off talks with Pyongyang.", "SANCTION"),
    ("Kuwait expelled the Iraqi ambassador on Wednesday.", "SANCTION"),
    ("The Netherlands recalled its envoy from Ankara.", "SANCTION"),
    ("Moscow ordered the expulsion of 60 American diplomats.", "SANCTION"),
    ("The EU imposed an arms embargo on Turkey.", "SANCTION"),
    ("Washington slapped tariffs on Chinese steel.", "SANCTION"),
    ("Several European countries suspended arms sales to Ankara.", "SANCTION"),
    # 03 AGREE: agreeing, offering or inviting, and intentions stated by a verb or a noun.
    ("The two intelligence services agreed to share information on foreign fighters.", "AGREE"),
    ("Norway offered to withdraw its peacekeepers if both sides signed the accord.", "AGREE"),
    ("The Sudanese president invited a Chinese trade delegation to visit Khartoum.", "AGREE"),
    ("Japan said it intended to provide military training to the Philippines.", "AGREE"),
    ("The rebel leader expressed his intention to meet government negotiators.", "AGREE"),
    ("Greece signalled its readiness to mediate between Turkey and Cyprus.", "AGREE"),
    # Offering to meet (036) and voting against (12).
    ("The Maoist rebels proposed a meeting with government negotiators.", "AGREE"),
    ("Norway suggested a new round of talks in Oslo.", "AGREE"),
    ("The Serbian parliament voted against the peace plan.", "REJECT"),
    # Talks that came to nothing: the parties failed to agree.
    ("The talks between the government and the rebels ended without agreement.", "REJECT"),
    ("Peace talks between Israel and Syria collapsed on Monday.", "REJECT"),
    # An intention disowned refuses a cooperative act and holds back a hostile one.
    ("The Cypriot president said he had no intention of signing the peace plan.", "REJECT"),
    ("The rebel leader said his movement had no intention of using violence.", "AGREE"),
    # 10 DEMAND: a text issued that asks something of a party.
    ("The European Parliament passed a resolution calling on Russia to withdraw.", "DEMAND"),
    # 15 MOBILIZE: weapons tested, forces put on alert, massed or sent to a place.
    ("Iran tested a new medium-range missile.", "MOBILIZE"),
    ("North Korea test-fired a ballistic missile on Sunday.", "MOBILIZE"),
    ("Russia carried out a test of its new hypersonic missile.", "MOBILIZE"),
    ("Pakistan placed its air force on alert.", "MOBILIZE"),
    ("India moved thousands of troops to the border.", "MOBILIZE"),
    ("Thousands of Indian troops were moved to the border with Pakistan.", "MOBILIZE"),
    ("Turkey sent tanks and troops to the Syrian border.", "MOBILIZE"),
    ("Russia massed troops along the Ukrainian border.", "MOBILIZE"),
    ("Israel called up 5,000 reservists.", "MOBILIZE"),
    # 07 AID: weapons handed to a party, peacekeepers sent to a country (074).
    ("Washington sent weapons to the Kurdish fighters.", "AID"),
    ("Ghana sent 800 peacekeepers to Liberia.", "AID"),
    # 084-087 RETREAT: sanctions or a blockade eased, the outside world let in, places left.
    ("The United States lifted its sanctions on Sudan on Friday.", "RETREAT"),
    ("Egypt eased its blockade of the Gaza Strip.", "RETREAT"),
    ("Myanmar allowed UN investigators to visit Rakhine state.", "RETREAT"),
    ("Damascus allowed humanitarian workers into the besieged town.", "RETREAT"),
    ("Rebel fighters withdrew from the strategic hilltop town.", "RETREAT"),
    ("Kurdish fighters pulled out of Manbij.", "RETREAT"),
    # 081-083 CONCEDE: a curfew lifted (administrative), demands acceded to.
    ("The army lifted the curfew in the capital on Sunday.", "CONCEDE"),
    ("The military council agreed to the protesters' demand for civilian rule.", "CONCEDE"),
    ("The president bowed to calls for his resignation.", "CONCEDE"),
    # A measure taken back gives way on a policy (0831).
    ("The Jordanian government scrapped the planned increase in fuel prices.", "CONCEDE"),
    ("The government withdrew the controversial media bill after the protests.", "CONCEDE"),
    # 19 FIGHT: a truce violated (196), a blockade (191).
    ("Government forces violated the truce by shelling the town.", "FIGHT"),
    ("Warships blockaded the harbour.", "FIGHT"),
    # 116: finding guilty is a disapproval in CAMEO's translation to PLOVER.
    ("A court in Ankara found the journalist guilty of espionage.", "DISAPPROVE"),
    # 13 THREATEN: ultimatums (139), also as time given to act.
    ("Erdogan gave the Kurdish militia 120 hours to leave the border zone.", "THREATEN"),
    ("Washington set a deadline of Friday for the regime to hand over its weapons.", "THREATEN"),
    # The parser takes the party for the object before a bare span of time.
    ("Yemen's president on Tuesday gave the rebels a week to surrender their arms.", "THREATEN"),
    # 11 DISAPPROVE: a feeling of disapproval voiced (111), not as a crowd's purpose.
    ("Turkey expressed its deep concern about the military build-up.", "DISAPPROVE"),
    ("The bishops voiced outrage at the killings.", "DISAPPROVE"),
    ("Thousands took to the streets in Lima to voice their anger at the pardon.", "PROTEST"),
    # 17 COERCE: a voice silenced (175, censorship), as a deed or as a closure ordered.
    ("The government ordered the closure of two private television channels.", "COERCE"),
    ("Police shut down the independent daily on Friday.", "COERCE"),
    # An outbreak is of the act its subject names; clashes of police and a crowd are a riot.
    ("Heavy fighting broke out between troops and rebels near Bunia on Monday.", "FIGHT"),
    ("Protests erupted in several cities after the verdict.", "PROTEST"),
    ("Clashes erupted between police and protesters in Nairobi.", "PROTEST"),
    # 12 REJECT: a call ignored is turned down; 15 MOBILIZE: a force put on a war footing.
    ("The junta ignored calls from the United Nations to release political prisoners.", "REJECT"),
    ("North Korea placed its troops on a war footing.", "MOBILIZE"),
    # 06 COOPERATE: joint military activity (062), intelligence shared (064).
    ("Russian and Turkish troops began joint patrols near Kobani.", "COOPERATE"),
    ("The two navies staged joint drills in the South China Sea.", "COOPERATE"),
    ("Jordanian intelligence shared information about the plot with Israel.", "COOPERATE"),
    ("Ethiopia and Eritrea resumed trade along their shared border.", "COOPERATE"),
    # 09 INVESTIGATE: an inquiry, whatever act it inquires into.
    ("Indian authorities are probing claims that the army killed civilians.", "INVESTIGATE"),
    ("Police in Karachi are looking into the bombing of the mosque.", "INVESTIGATE"),
    # 04 CONSULT: hosting a visitor (043), mediating (045), an envoy sent to talk.
    ("King Abdullah received the Palestinian president at his palace in Amman.", "CONSULT"),
    ("Putin welcomed Erdogan to the Kremlin on Tuesday.", "CONSULT"),
    ("The pope received a delegation of Iraqi bishops.", "CONSULT"),
    ("Norwegian diplomats mediated talks between the government and the rebels.", "CONSULT"),
    ("Qatar brokered a meeting between the two factions in Doha.", "CONSULT"),
    ("Washington sent an envoy to hold talks with the Taliban in Doha.", "CONSULT"),
    # 09 INVESTIGATE: what a mission is sent for.
    ("The United Nations sent a fact-finding mission to investigate the killings.", "INVESTIGATE"),
    # 05 SUPPORT: an act or a stand defended in words (052); a decision welcomed.
    ("China defended Pakistan's nuclear tests at the UN.", "SUPPORT"),
    ("The minister defended the decision to close the border.", "SUPPORT"),
    ("Britain welcomed the agreement between the two parties.", "SUPPORT"),
    # 14 PROTEST: 'staged', read right, hands over to the protest it stages.
    ("Farmers staged a protest outside the agriculture ministry.", "PROTEST"),
    # 03 intent to cooperate (AGREE), stated by a verb standing ready as 'was ready' does.
    ("Beijing stands ready to help mediate the conflict.", "AGREE"),
    ("The government remained willing to negotiate with the strikers.", "AGREE"),
    # AGREE: what another party put forward, accepted (a demand accepted is a CONCEDE).
    ("Kenya accepted an offer from the African Union to mediate the dispute.", "AGREE"),
    ("Both sides accepted a ceasefire brokered by Qatar.", "AGREE"),
    # 10 DEMAND: what is asked for, hung by the parser on whom it is asked of.
    ("Somalia appealed to donors for food aid after the drought.", "DEMAND"),
    # 0871 RETREAT: a truce declared by one party.
    ("The rebels declared a unilateral ceasefire.", "RETREAT"),
    # 081 CONCEDE: restrictions a government lays on its own people, eased; 083 a demand met.
    ("The junta ended the state of emergency in the north.", "CONCEDE"),
    ("The government lifted the ban on opposition parties.", "CONCEDE"),
    ("The president agreed to demands for early elections.", "CONCEDE"),
    # 14 PROTEST by a crowd; 114 DISAPPROVE, a complaint, by a government or to a party.
    ("Students protested against the new law outside parliament.", "PROTEST"),
    ("Japan protested to China over its nuclear test.", "DISAPPROVE"),
    ("The foreign ministry protested against the arrest of its diplomat.", "DISAPPROVE"),
    # 061-064 COOPERATE: cooperation in deeds furthered (praising it is verbal support).
    ("Turkey and Israel have stepped up military cooperation.", "COOPERATE"),
    ("France and Germany resumed intelligence cooperation last year.", "COOPERATE"),
    # 1663 SANCTION: observers or monitors withdrawn; 114 DISAPPROVE: an envoy summoned.
    ("The OSCE pulled out its monitors from the region.", "SANCTION"),
    ("The Foreign Ministry summoned the Danish ambassador over the cartoons.", "DISAPPROVE"),
    # 045 CONSULT: mediation a light verb takes.
    ("The Arab League began a mediation mission in Lebanon on Sunday.", "CONSULT"),
    ("Qatar launched a mediation effort between the Emirates and Saudi Arabia.", "CONSULT"),
    # 10 DEMAND: what a party wants another to do, or stresses another must do.
    ("Moscow wants Tokyo to drop its claim to the islands.", "DEMAND"),
    ("The minister stressed that Israel must halt settlement building.", "DEMAND"),
    # 172-174 COERCE: restrictions a government lays on its own people, imposed or declared;
    # public services withheld (halting trade or aid between parties stays a SANCTION).
    ("Pakistan declared a state of emergency on Saturday.", "COERCE"),
    ("The junta declared martial law in three provinces.", "COERCE"),
    ("Israel cut off electricity and fuel supplies to the Gaza Strip.", "COERCE"),
    ("The authorities shut down the internet in the region.", "COERCE"),
    # RETREAT: weapons given up (the PLOVER codebook's disarming); 085 a ban on a country's
    # trade lifted. 163 SANCTION: that ban imposed. 15 MOBILIZE: forces massed, counted.
    ("The rebels laid down their arms on Monday.", "RETREAT"),
    ("Maoist fighters handed over their weapons to UN monitors.", "RETREAT"),
    ("Moscow lifted its ban on Georgian wine imports.", "RETREAT"),
    ("Russia imposed a ban on Georgian wine imports.", "SANCTION"),
    ("Russia massed tens of thousands of troops near the border.", "MOBILIZE"),
    # 035 AGREE: a promise to hold back a hostile act (intent to yield); a promise not to
    # take a cooperative one refuses it (12).
    ("Iran pledged not to attack shipping in the Gulf.", "AGREE"),
    ("The unions agreed not to strike until the talks resume.", "AGREE"),
    ("The rebels vowed never to negotiate with the government.", "REJECT"),
    # 13 THREATEN: a hostile act sworn (hung as a clause of purpose too), or warned of.
    ("Hezbollah swore to avenge the killing of its commander.", "THREATEN"),
    ("The rebels have sworn to fight until the last foreign soldier leaves.", "THREATEN"),
    ("Washington warned that it would impose sanctions on any firm trading with Iran.", "THREATEN"),
    # 181 ASSAULT: people abducted or put to death, planes hijacked (the PLOVER codebook's
    # abduction and judicial execution).
    ("Iran executed three prisoners convicted of drug smuggling.", "ASSAULT"),
    ("Iraq hanged 11 men convicted of terrorism on Monday.", "ASSAULT"),
    ("Gunmen hijacked a bus carrying pilgrims near Quetta.", "ASSAULT"),
    # 17 COERCE: an area sealed off, a body dissolved.
    ("Riot police sealed off the university campus on Friday.", "COERCE"),
    ("The military council dissolved the ruling party and seized its offices.", "COERCE"),
    # 0841 RETREAT: captives freed; 0863 humanitarian access allowed.
    ("Colombian rebels freed two kidnapped soldiers on Sunday.", "RETREAT"),
    ("Syria allowed UN aid convoys into the besieged town.", "RETREAT"),
    # 07 AID: aid granted; 15 MOBILIZE: forces sent close to a party; 04 CONSULT: officials
    # travelling or gathering to hold talks.
    ("The World Bank approved a $500 million loan to Ghana.", "AID"),
    ("Russia sent bombers and warships near Japan's northern islands.", "MOBILIZE"),
    ("Arab foreign ministers gathered in Cairo to discuss the crisis in Sudan.", "CONSULT"),
    # 14 PROTEST: a sit-in, a walkout, a rally staged.
    ("Lawyers staged a sit-in outside the supreme court.", "PROTEST"),
    ("Teachers staged a walkout in protest at pay cuts.", "PROTEST"),
    # 13 THREATEN: a hostile act the speaker says it could take if a condition is not met.
    ("The EU said it could suspend trade talks if the crackdown continued.", "THREATEN"),
    # 15 MOBILIZE: a force put on alert, in the passive too.
    ("The Greek navy was put on high alert after the incident.", "MOBILIZE"),
    # 14 PROTEST: taking to the streets; RETREAT: forces leaving a place; SANCTION: a state
    # put out of a group (the PLOVER codebook's expulsion), cited before the reporting verb.
    ("Thousands of farmers took to the streets of Paris on Tuesday.", "PROTEST"),
    ("The last French soldiers left the base at Gao on Monday.", "RETREAT"),
    ("The Arab League suspended Syria from its meetings, the bloc said on Saturday.", "SANCTION"),
    # 18 ASSAULT: violence against people who bear no arms; 14 PROTEST: a crowd against the
    # police (a riot); 07 AID: a package whose price is given.
    ("Eleven villagers were killed in a raid on their settlement, officials said.", "ASSAULT"),
    # 19 FIGHT: an army and armed men killing each other, whatever the weapon; a suicide
    # bomber still assaults.
    ("Soldiers killed nine guerrillas in Sirnak province and six in Hakkari.", "FIGHT"),
    ("Five soldiers were killed by rebels near the border.", "FIGHT"),
    ("A suicide bomber killed four soldiers at a checkpoint near Aden.", "ASSAULT"),
    ("Protesters clashed with police outside the parliament in Tbilisi.", "PROTEST"),
    # What a statement said; criticism by a phrasal verb; an order to one's own forces is
    # their act; a protest made to a party is a complaint; ground armed men take; a bombing.
    ("Police said in a statement that 14 smugglers were detained near the border.", "COERCE"),
    ("Aung San Suu Kyi hit out at the government on Saturday for recent arrests.", "DISAPPROVE"),
    ("Clinton said he had ordered US forces in the Gulf to go on high alert.", "MOBILIZE"),
    ("The embassy made a sharp protest to the Tehran government.", "DISAPPROVE"),
    ("Rebels took the town of Kindu after heavy fighting.", "FIGHT"),
    (
        "Security forces said in a statement that two people were killed and six were wounded "
        "when a home-made bomb ripped through a restaurant.",
        "ASSAULT",
    ),
    # Words said to come upon an act report the act; forces massing themselves; talks ending
    # with no deal signed; a death in a bombing.
    ("The remarks came as Turkish troops massed on the border.", "MOBILIZE"),
    ("His comments came minutes after the talks ended in London with no deal signed.", "REJECT"),
    (
        "A woman and her son died instantly in the bomb that injured 90 others on the train.",
        "ASSAULT",
    ),
    # Forces attacking or charging a protest repress it (CAMEO 175).
    ("An activist told reporters that police attacked peaceful demonstrators.", "COERCE"),
    ("Riot police charged the protesters outside parliament.", "COERCE"),
    # Someone asked for something: a request (PLOVER's REQUEST, filed as DEMAND).
    ("Haiti asked the United Nations for emergency food aid.", "DEMAND"),
    (
        "In May, President James Marape asked Fiji's regional partner, the Council for "
        "Pacific Security for a final ratification and signing of a maritime treaty.",
        "DEMAND",
    ),
    # An act joined or taken part in is the party's own; an exercise joined is held jointly.
    ("Nine African states are taking part in a military operation against the militants.", "FIGHT"),
    ("Chad joined the offensive against Boko Haram in January.", "FIGHT"),
    ("Hundreds of students took part in a march to the government headquarters.", "PROTEST"),
    ("A Chinese pilot crew joined the exercise, the ministry said.", "COOPERATE"),
    ("Belgian F-16 jets have taken part in strikes against Syria.", "FIGHT"),
    # DEMAND: a request sent or an appeal issued is itself an ask; one approved is granted.
    (
        "The prosecutor sent another request to the ministry for the suspect's extradition.",
        "DEMAND",
    ),
    ("The Kremlin has denied any interference in the campaign.", "REJECT"),
    # 11 DISAPPROVE: an attack made in words, by its qualifier, grievance or accusation.
    ("The opposition leader launched a scathing attack on the government.", "DISAPPROVE"),
    (
        "Accusing the premier of stupidity, the mayor launched an attack on the cabinet.",
        "DISAPPROVE",
    ),
    ("Erdogan launched a tirade against the European Union on Tuesday.", "DISAPPROVE"),
    ("Rebels launched an attack on the army base near Goma.", "FIGHT"),
    ("Tokyo announced a $300 million aid package for Sri Lanka.", "AID"),
    # COERCE: premises searched or raided, computers attacked (the PLOVER codebook's searches
    # and cyber attacks); RETREAT: a force disarmed, an official resigning.
    ("Police searched the offices of two opposition newspapers on Monday.", "COERCE"),
    ("Hackers attacked the websites of the central bank and the tax office.", "COERCE"),
    ("About 3,000 rebel fighters were disarmed under the accord.", "RETREAT"),
    ("The defence minister stepped down after the scandal.", "RETREAT"),
    ("Striking workers occupied the port for two days.", "PROTEST"),
    # A restriction or a deployment a light verb takes: 'announced a curfew' lays it.
    ("The junta announced a night-time curfew in the capital.", "COERCE"),
    ("The interior ministry issued a ban on public gatherings.", "COERCE"),
    ("Beijing announced the deployment of more troops to the border.", "MOBILIZE"),
    # AID: people rescued (the PLOVER codebook's rescue of hostages).
    ("Special forces rescued two hostages held by pirates in the Gulf of Aden.", "AID"),
    # DEMAND: seeking what the PLOVER codebook lists as requested (a release, a meeting).
    ("The Libyan government sought the release of its nationals held in Chad.", "DEMAND"),
    ("Nepal is seeking an urgent meeting with Indian officials over the border.", "DEMAND"),
    # REJECT: saying no to a proposal.
    ("The Senate said no to the president's proposal for a new fuel tax.", "REJECT"),
    # COOPERATE: a person handed to justice (063); RETREAT: captives or control handed over
    # (084); AID: arms handed to a party.
    ("Croatia handed over the indicted colonel to the tribunal.", "COOPERATE"),
    ("The militia handed over 15 hostages to the Red Cross on Friday.", "RETREAT"),
    ("The US handed over weapons to Kurdish fighters.", "AID"),
    # AID: medical care given (the codebook's humanitarian aid).
    ("The Red Crescent treated 300 wounded refugees at the border crossing.", "AID"),
    # An act cited by the evidence for it.
    ("Russia moved armoured units to the border, satellite photos showed.", "MOBILIZE"),
    # SUPPORT: an agreement signed or ratified (finalized), whatever it is about.
    ("Chile and Argentina signed a treaty on their shared gas pipelines.", "SUPPORT"),
    ("The Ukrainian parliament ratified the association agreement with the EU.", "SUPPORT"),
    # AID: medical help sent.
    ("Cuba sent a team of doctors to Sierra Leone during the epidemic.", "AID"),
    # RETREAT: surrender (CAMEO 08) and a team of observers let in (086); AID: military
    # training given (072).
    ("About 500 rebel fighters surrendered to the army in the north.", "RETREAT"),
    ("Khartoum allowed a team of UN investigators into Darfur.", "RETREAT"),
    ("Britain provided military training to the Nigerian army.", "AID"),
    # 145 PROTEST: violence done by a protesting crowd, or by unarmed people on the police (a
    # riot); 175 COERCE: a crowd broken up by force.
    ("Demonstrators hurled petrol bombs at the police in Lima.", "PROTEST"),
    ("Striking dockers set fire to two warehouses in the port.", "PROTEST"),
    ("Villagers stoned the police who came to evict them.", "PROTEST"),
    ("Troops broke up an opposition rally in the capital with batons.", "COERCE"),
    ("Police dispersed the demonstrators outside the parliament.", "COERCE"),
    # 087 RETREAT: force held back; 0841: a ship's crew freed.
    ("The rebels suspended their attacks on army posts during the holiday.", "RETREAT"),
    ("NATO halted its air strikes on Serbian positions on Thursday.", "RETREAT"),
    ("Iran freed the crew of a British tanker seized in the Gulf.", "RETREAT"),
    ("Two aid workers held by the militia since May were set free on Friday.", "RETREAT"),
    # 087 RETREAT: a truce observed; 086: people of an outside body let in; 084: the last of a
    # force leaving.
    ("Government troops and the rebels observed a ceasefire over the holiday.", "RETREAT"),
    ("Moscow allowed Red Cross officials to visit the detained fighters.", "RETREAT"),
    ("The last of the Vietnamese troops left Cambodia on Tuesday.", "RETREAT"),
    # 145 and 144 PROTEST: a crowd's riot, protests spreading, a crowd blockading a place.
    ("A crowd of angry villagers burned down the police station.", "PROTEST"),
    ("Protests against the fuel price rises spread to six cities.", "PROTEST"),
    ("Striking farmers blockaded the main border crossing for a second day.", "PROTEST"),
    # 1651 SANCTION: a state put out of a group, though the model left its name untagged.
    ("Nigeria was suspended from the Commonwealth.", "SANCTION"),
    # 086 RETREAT: an outside body itself let in; 0872: a territory's closure eased.
    ("Myanmar allowed the Red Cross to resume its visits to prisons.", "RETREAT"),
    ("Israel eased its closure of the Gaza Strip on Monday.", "RETREAT"),
    # 174 COERCE: people expelled; 19 FIGHT: an army's weapons striking; 14 PROTEST: what a
    # crowd does to protest, and rioting.
    ("Hundreds of illegal immigrants were expelled from Gabon last month.", "COERCE"),
    ("Turkish warplanes bombed suspected rebel bases in northern Iraq.", "FIGHT"),
    (
        "Angry farmers dumped potatoes outside the ministry to protest against low prices.",
        "PROTEST",
    ),
    ("Students rioted in the streets of Dhaka for a second day.", "PROTEST"),
    # DEMAND: what a speaker requires of another in the subjunctive.
    ("Opposition leaders insisted that the president step down before any talks.", "DEMAND"),
    ("The United States formally requested that the council take up the matter.", "DEMAND"),
    # 142, 143 PROTEST: a strike held, though 'be' only tells a state.
    ("Jailed Kurdish militants have been on hunger strike for 40 days.", "PROTEST"),
    ("More than 5,000 dock workers have been on strike since May.", "PROTEST"),
    # 19 FIGHT: force used, in the words of CAMEO's name for it; 175 COERCE: by the police.
    ("The army used force to retake the town from the rebels.", "FIGHT"),
    ("The junta resorted to military force against the separatists.", "FIGHT"),
    ("Riot police used excessive force against the demonstrators.", "COERCE"),
    # 144 PROTEST: working people blockading, whom the knowledge base files under no sector.
    ("Truck drivers blockaded the main highway into the capital on Monday.", "PROTEST"),
    # 181 ASSAULT: people seized by criminals or irregular fighters are abducted.
    ("Kidnappers have seized a Dutch couple who manage a farm in Costa Rica.", "ASSAULT"),
    ("Rebels seized 30 villagers and took them into the bush.", "ASSAULT"),
    # 173 COERCE: people arrested or rounded up, whatever the charges the model reads.
    (
        "Thirteen senior police officers from the fraud squad of Buenos Aires province have"
        " been arrested on charges of running an extortion racket.",
        "COERCE",
    ),
    ("Security forces rounded up hundreds of separatists in the capital.", "COERCE"),
    # 144 PROTEST: a crowd putting up roadblocks; an act going into another day goes on.
    ("Thousands of farmers threw up roadblocks across France overnight.", "PROTEST"),
    ("The strike by air traffic controllers entered its third day.", "PROTEST"),
    (
        "Workers at the arms factory entered the ninth day of their protest over unpaid wages"
        " on Thursday.",
        "PROTEST",
    ),
    # 10 DEMAND: people urged, however the parser hangs what they are urged to do.
    ("He urged anyone with any information to contact the police.", "DEMAND"),
    # 138 THREATEN: protests vowed to go on; 03 AGREE: protests pledged to stop.
    ("Unions vowed to continue protests against the government.", "THREATEN"),
    ("Workers' representatives have pledged to stop conducting protests in July.", "AGREE"),
    # REJECT: a claim denied by a pronoun standing for it.
    ("The prime minister's office denied that.", "REJECT"),
    # 03 AGREE: no objection to a thing is consent.
    ("Nigeria would not object to a visit by Commonwealth officials.", "AGREE"),
    # 051 SUPPORT: backing given in words.
    ("The council gave its blessing to the new constitution.", "SUPPORT"),
    ("Germany lent its support to the French peace plan on Tuesday.", "SUPPORT"),
    # 051 SUPPORT: a thing welcomed is endorsed.
    ("The United States welcomed a deal on a troop withdrawal from Grozny.", "SUPPORT"),
    # A journey made for an act reports the act.
    ("The foreign minister flew to Moscow on Monday to hold talks with Sergei Lavrov.", "CONSULT"),
    ("Riot police moved in to break up the rally outside parliament.", "COERCE"),
    (
        "The prime minister left Paris for Berlin on Monday to hold talks with the chancellor.",
        "CONSULT",
    ),
    # 111 DISAPPROVE: criticism, by verbs only of criticism or by attacks giving a grievance.
    ("Beijing slammed the decision to sell fighter jets to Taiwan.", "DISAPPROVE"),
    ("The opposition leader attacked the prime minister for mishandling the floods.", "DISAPPROVE"),
    ("The minister hit out at Brussels over its new fishing quotas.", "DISAPPROVE"),
    # 19 FIGHT: victims of fighting; 192: ground taken by force.
    ("Four soldiers died in clashes with separatist rebels on Sunday.", "FIGHT"),
    ("Two policemen were wounded in a shootout with suspected smugglers.", "FIGHT"),
    ("Rebels overran a police post near the border, killing eleven officers.", "FIGHT"),
    ("Government troops recaptured the airport from the rebels.", "FIGHT"),
    ("A police officer was wounded in a firefight with the gang near the border.", "FIGHT"),
    ("Islamist fighters seized an army base in the north of the country.", "FIGHT"),
    # 150 MOBILIZE: a party drilling its forces alone; 04 CONSULT: parties meeting.
    ("North Korea staged large-scale military exercises near the demilitarised zone.", "MOBILIZE"),
    ("China held naval drills with live ammunition off Taiwan.", "MOBILIZE"),
    (
        "Negotiators from the two Koreas met in the border village of Panmunjom on Friday.",
        "CONSULT",
    ),
    # 06 COOPERATE: parties working together; 045 CONSULT: shuttle diplomacy.
    ("Interpol and Thai police worked together to track down the fugitive.", "COOPERATE"),
    ("U.S. envoy Richard Holbrooke shuttled between Belgrade and Pristina on Sunday.", "CONSULT"),
    # 07 AID: a sum of aid granted; 175 COERCE: forces beating a crowd.
    ("Washington approved $2 billion in military aid to Israel.", "AID"),
    ("Soldiers beat and detained dozens of demonstrators.", "COERCE"),
    # 151 MOBILIZE: security tightened; an act done on an occasion taken; a call on parties.
    ("Security was tightened around government buildings after the bombing.", "MOBILIZE"),
    (
        "Opposition leaders took the opportunity to criticize the government's handling of"
        " the floods.",
        "DISAPPROVE",
    ),
    (
        "The dissident also called on the party leadership, including the chairman himself,"
        " to resign, according to a letter posted online.",
        "DEMAND",
    ),
    # 17 COERCE: a criminal group broken up by the police.
    ("Police in Madrid smashed a drug trafficking ring and arrested 12 people.", "COERCE"),
    ("Security forces have broken up three spy rings and arrested 20 people.", "COERCE"),
    # REJECT: talks that ended without the deal they were for.
    ("The latest round of trade talks ended with no deal on Friday.", "REJECT"),
    # People held by a state's men are detained, by outlaws taken hostage.
    ("Many of the migrants are being held by border security officers.", "COERCE"),
    ("The activist was held by police for two days.", "COERCE"),
    ("Two aid workers were held by militants for a year.", "ASSAULT"),
    # Crowd control, and what is done to break a crowd up, represses it.
    ("Police used tear gas and rubber bullets to disperse the protesters.", "COERCE"),
    ("Police resorted to pepper spray to break up the protests in Mong Kok.", "COERCE"),
    ("The police responded with pepper spray and bean bags at the rioters.", "COERCE"),
    ("Security personnel fired rubber bullets into the air to break up the protest.", "COERCE"),
    # People gathered in protest protest; burning a man to death kills him.
    (
        "Several hundred young people gathered in protest outside the prime minister's office.",
        "PROTEST",
    ),
    ("Two towns were seized by a crowd of 4,000 people protesting plans for a highway.", "PROTEST"),
    ("The people burned him to death as they did to other members of the church.", "ASSAULT"),
    # Whoever an army's weapons kill fights; not poison or a planted bomb.
    ("At least one member of the town council was killed in the shelling.", "FIGHT"),
    ("A roadside bombing near Samarra killed one U.S. soldier, the military said.", "ASSAULT"),
    ("Twenty civilians were killed in a chemical weapons attack near Douma.", "ASSAULT"),
    # An act organized, held or carried out (in the passive too) is that act.
    ("The Union party organized a rally in Sarajevo on Monday.", "PROTEST"),
    ("Saturday's demonstration was organized by the Socialist Party.", "PROTEST"),
    ("Talks were held by Russia and Turkey in Sochi on Monday.", "CONSULT"),
    ("The raid was carried out over rural northwestern Somalia, a spokesman said.", "FIGHT"),
    ("The king held a phone conversation on Tuesday with Mayor Rami Hamdallah.", "CONSULT"),
    # Strikes on targets; what took place; what is done with crowd control or to train.
    ("Jordan launched strikes on several targets in Baraa on Tuesday.", "FIGHT"),
    ("The union launched a strike on Monday.", "PROTEST"),
    ("A meeting of officials from Beijing, Dhaka and Thimphu took place on Monday.", "CONSULT"),
    ("Heavy clashes took place near the border between troops and rebels.", "FIGHT"),
    ("The police took over the square with rubber bullets and tear gas.", "COERCE"),
    ("Iran has dispatched a military team to Beirut to train Lebanese forces.", "AID"),
    # Outlets dissolved, a presence stepped up, a response made by an act.
    ("The two outlets were dissolved by the government on Monday.", "COERCE"),
    ("The military said it was stepping up its presence on the Kachin border.", "MOBILIZE"),
    ("The president responded to the protests by suspending the free trade agreement.", "SANCTION"),
    # Backing given in weapons or money; joint texts signed; cooperation accelerated; a plan
    # called unacceptable.
    ("The kingdom has supported jihadist groups with weapons and money since 2006.", "AID"),
    ("In Warsaw, the two leaders signed a joint declaration on NATO cooperation.", "SUPPORT"),
    ("The two countries decided to further accelerate their military cooperation.", "COOPERATE"),
    ("Kagame said the deployment of 7,000 AU troops was unacceptable.", "REJECT"),
    # Lobbying for something asks for it.
    ("Israel lobbied for new sanctions on Iran.", "DEMAND"),
    # Crowd control named before its noun; gathering to protest; agreeing to accept demands.
    (
        "Police fired teargas and water cannons after demonstrators tried to break through.",
        "COERCE",
    ),
    (
        "Organizers of the rally gathered outside the parliament to protest police brutality.",
        "PROTEST",
    ),
    ("The government had agreed to accept demands for an interim government.", "CONCEDE"),
    ("The government will agree to meet the demands.", "AGREE"),
    # Parties in talks hold them; an army's forces killing armed men fight, also as 'they' of
    # a report; police break up whatever they disperse; an agreement's signing named by a noun.
    ("Oman has been in talks with Tehran since March over the shipping lanes.", "CONSULT"),
    ("The two governments remain in negotiations over the border.", "CONSULT"),
    ("The troops said they killed six gunmen who had attacked a checkpoint.", "FIGHT"),
    ("Government forces said they killed six gunmen who had attacked a checkpoint.", "FIGHT"),
    ("Riot police dispersed the fights that broke out after the match.", "COERCE"),
    ("The foreign minister announced the signing of the trade deal in Lima.", "SUPPORT"),
    ("The ministry confirmed the ratification of the border treaty.", "SUPPORT"),
    # Fighting and air strikes whichever verb tells of them; a hostile act vowed; displeasure.
    ("The monitors reported heavy clashes near the dam on Sunday.", "FIGHT"),
    ("The navy conducted three airstrikes on the island overnight.", "FIGHT"),
    ("The farmers' union vowed a new blockade if the tax is passed.", "THREATEN"),
    ("Seoul has grown frustrated with Tokyo over the fishing dispute.", "DISAPPROVE"),
    ("Ankara is angry at the United States over the arms deal.", "DISAPPROVE"),
    # Parse repairs and nouns that name the act: an opening participle's sentence, a decision
    # made to act, the noun a light or furthering verb takes.
    (
        "Speaking at a rally in the capital on Sunday, the leader of the opposition called for "
        "fresh elections.",
        "DEMAND",
    ),
    ("The cabinet made the decision to disband the Popular Front on Friday.", "COERCE"),
    ("Teachers in the province are seeking a pay raise.", "DEMAND"),
    ("The ministry has been pressuring the regional authorities for a new prison.", "DEMAND"),
    ("The trucks were bringing 300 tons of supplies from Jordan.", "AID"),
    ("The two sides have been locked in negotiations in Vienna since May.", "CONSULT"),
    ("Two suicide bombers blew themselves up outside the ministry.", "ASSAULT"),
    ("Police conducted a raid on the opposition offices at dawn.", "COERCE"),
    ("Cuba and the United States resumed negotiations in Havana.", "CONSULT"),
    ("The militants stepped up their attacks on army posts.", "FIGHT"),
    ("The president ordered the deployment of the army to the capital.", "MOBILIZE"),
    # A meeting with officials, force kept up, ties downgraded, asking with 'for', an inquiry's
    # findings.
    ("The president met on Monday with opposition leaders in the capital.", "CONSULT"),
    ('"We won\'t stop our attacks until the troops leave," the rebels said.', "THREATEN"),
    ("The cabinet ordered the downgrading of ties with Caracas.", "SANCTION"),
    ("The opposition has long pushed for a new electoral law.", "DEMAND"),
    (
        "A parliamentary inquiry found that the ministry had paid the contractor twice.",
        "INVESTIGATE",
    ),
    # An order to move, acts said to exist, a walkout organized, negotiation, talks refused.
    ("The governor ordered the party to move out of the town centre.", "DEMAND"),
    ("There were heavy clashes near the airport on Monday.", "FIGHT"),
    ("The minister said there had been useful discussions with Beijing.", "CONSULT"),
    ("The strike was organized by the dockers' union.", "PROTEST"),
    ("The two countries were negotiating a new fisheries agreement.", "CONSULT"),
    ("The president said he would have no discussions with the rebels.", "REJECT"),
    # People sent to investigate inquire; an asset freeze imposed sanctions.
    ("The council sent a team of experts to investigate reports of mass graves.", "INVESTIGATE"),
    ("The European Union imposed an asset freeze on six army generals.", "SANCTION"),
]

# The same words where CAMEO reads them otherwise.
NOT_THOSE_READINGS = [
    ("The president dismissed the army chief on Monday.", "REJECT"),
    ("The US withdrew its troops from Syria.", "SANCTION"),
    ("The army withdrew its tanks from the ceasefire zone.", "SANCTION"),
    ("The authorities expelled two foreign journalists.", "SANCTION"),
    ("Israel did not agree to share intelligence with Turkey.", "AGREE"),
    ("Russia cut gas supplies to Ukraine.", "COERCE"),
    ("The US handed over weapons to Kurdish fighters.", "RETREAT"),
    ("The junta imposed a ban on rallies.", "SANCTION"),
    ("The US suspended aid to Egypt.", "COERCE"),
    ("The two governments praised their military cooperation.", "COOPERATE"),
    ("The soldiers defended their positions for three days.", "SUPPORT"),
    ("The army defended the city against the rebel assault.", "SUPPORT"),
    ("The ministry executed the plan within a week.", "ASSAULT"),
    ("Protesters hanged banners from the bridge.", "ASSAULT"),
    ("The prisoner hanged himself in his cell.", "ASSAULT"),
    ("Hundreds of students gathered outside the embassy to join the protest.", "CONSULT"),
    ("Analysts said the economy could shrink if the sanctions continued.", "THREATEN"),
    ("The talks were held in Geneva.", "COERCE"),
    ("The president left Nairobi for talks in Addis Ababa.", "RETREAT"),
    ("The embassy expelled two journalists from the country.", "SANCTION"),
    ("Government troops clashed with rebel fighters near the border.", "PROTEST"),
    ("The militia's gunmen attacked the police post at dawn.", "PROTEST"),
    ("Protesters broke up into small groups after the march.", "COERCE"),
    ("The army halted an attack by rebel fighters on the airport.", "RETREAT"),
    ("The union called off the strike after the pay offer.", "RETREAT"),
    ("The new law allows the central bank to set interest rates on its own.", "RETREAT"),
    ("Japan recalled its ambassador from Seoul in protest.", "PROTEST"),
    ("The government expelled dozens of foreign diplomats on Friday.", "COERCE"),
    ("Washington demanded that Iraq allow the inspectors back.", "RETREAT"),
    ("Witnesses saw the soldiers fire on the crowd near the station.", "DEMAND"),
    ("The bombers were on a strike mission over the north.", "PROTEST"),
    ("The bombing targeted the party's headquarters in Beirut.", "FIGHT"),
    ("Rebel fighters attacked the army base at dawn.", "PROTEST"),
    ("Rebel troops blockaded the port city for a month.", "PROTEST"),
    ("Twelve soldiers were killed in the fighting, the army said.", "ASSAULT"),
    ("Rescuers searched the rubble for survivors.", "COERCE"),
    ("The air strikes targeted three military sites in the north.", "COERCE"),
    ("Rebel fighters occupied the airport on Sunday.", "PROTEST"),
    ("Government troops attacked rebel positions for the second time this week.", "DISAPPROVE"),
    ("India held naval exercises with Japan in the Bay of Bengal.", "MOBILIZE"),
    ("Russian and South Korean troops held a live-fire exercise near the border.", "MOBILIZE"),
    ("Britain provided military training to the Nigerian army.", "MOBILIZE"),
    ("The government met the strikers' demands on Friday.", "CONSULT"),
    ("Soldiers beat the rebels in a battle near the border.", "COERCE"),
    ("Prison guards routinely beat up detainees in the camp.", "COERCE"),
    ("Three civilians were killed in clashes between police and protesters.", "FIGHT"),
    ("Police seized the building and searched it for weapons.", "FIGHT"),
    ("The junta announced the lifting of the curfew.", "COERCE"),
    ("Eleven villagers were killed in an air strike on their settlement.", "ASSAULT"),
    ("Artillery fire killed four children in the border town.", "ASSAULT"),
    ("The president will seek a second term next year.", "DEMAND"),
    ("The rebels are seeking to expand the territory they hold.", "DEMAND"),
    ("The guards treated the prisoners harshly.", "AID"),
    ("The envoy handed over a letter from the king.", "RETREAT"),
    ("The rebels handed over their weapons to the peacekeepers.", "AID"),
    ("The two armies signed a truce on Monday.", "SUPPORT"),
    ("Moscow sent a team of military advisers to Caracas.", "AID"),
    ("The suspect surrendered to the police in Kampala.", "RETREAT"),
    ("Police seized three suspects in a raid on Monday.", "ASSAULT"),
    ("Rebels seized the town after heavy fighting.", "ASSAULT"),
    ("The president welcomed the Chinese premier to Nairobi.", "SUPPORT"),
    ("France supported the plan with enthusiasm.", "AID"),
    ("The situation in the camps is unacceptable, the minister said.", "REJECT"),
    ("The president was in Paris for talks with Macron.", "CONSULT"),
    ("The country has been in crisis since the coup.", "CONSULT"),
    (
        "A man was shot dead by a sniper while trying to escape from government forces in his car.",
        "INVESTIGATE",
    ),
    (
        "A fire injured more than 40 people on Tuesday in a school that investigators said was "
        "started by students.",
        "INVESTIGATE",
    ),
    ("Security forces killed two protesters in the capital.", "FIGHT"),
    ("A new war of words began last month between the two ministries.", "FIGHT"),
    ("Tokyo pledged more aid to Nepal after the floods.", "THREATEN"),
    ("The president dissolved the National Assembly on Monday.", "COERCE"),
    ("US bombers struck the airfield at night.", "ASSAULT"),
    ("Troops carried out raids on rebel hideouts.", "COERCE"),
    ("Myanmar allowed the Red Cross to resume its visits to prisons.", "CONSULT"),
    ("The union said it would not call off the strike.", "THREATEN"),
    ("The survey showed a rise in unemployment.", "INVESTIGATE"),
    ("The army said the strike was carried out at dawn, killing two commanders.", "PROTEST"),
    ("Is there a massive fraud campaign in the province?", "FIGHT"),
    ("The government imposed a freeze on public sector hiring.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "kind"), CAMEO_READINGS)
def test_acts_read_by_cameo_s_categories(read: Read, text: str, kind: str) -> None:
    (event, *_) = read(text).events
    assert event.type == kind


@pytest.mark.parametrize(("text", "kind"), NOT_THOSE_READINGS)
def test_the_same_words_read_otherwise_are_not_that_act(read: Read, text: str, kind: str) -> None:
    assert kind not in {e.type for e in read(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "The new prime minister was sworn in on Monday in Kabul.",
        "Biden took office in January 2021.",
        "Macron was inaugurated for a second term.",
    ],
)
def test_taking_office_is_no_act(read: Read, text: str) -> None:
    assert read(text).events == []


def test_ending_a_war_is_giving_way_not_a_sanction(read: Read) -> None:
    text = "Eritrea and Ethiopia agreed to end the war along their border."
    first, *others = read(text).events
    assert first.type == "AGREE"
    # CAMEO's YIELD, which PLOVER splits into CONCEDE (in words) and RETREAT (in deeds).
    assert [e.type for e in others if e.trigger.text == "end"] in (["CONCEDE"], ["RETREAT"])


def test_concluding_talks_on_a_pact_is_cooperation(read: Read) -> None:
    text = "Chile and the European Union concluded talks on a trade pact on Friday."
    concluded = next(e for e in read(text).events if e.trigger.text == "concluded")
    assert concluded.type in COOPERATIVE
    assert concluded.sources == ["Chile", "European Union"]


def test_a_name_the_parser_reads_into_a_fronted_date_is_the_subject(read: Read) -> None:
    text = (
        'Islamabad vowed to respond "at the time and place of its choosing".\n\n'
        "On Wednesday Pakistan said it had shot down two Indian aircraft and captured a pilot."
    )
    event = next(e for e in read(text).events if e.trigger.text == "shot")
    assert (event.sources, event.targets) == (["Pakistan"], ["India"])


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's opposition called for an uprising.",
        "Syria's rebels launched an offensive on Aleppo.",
        "Iran's protesters attacked a police station.",
    ],
)
def test_a_state_owning_people_who_do_not_act_for_it_is_no_source(read: Read, text: str) -> None:
    assert read(text).events[0].sources == []


def test_a_state_owning_its_forces_is_the_source(read: Read) -> None:
    assert read("Turkey's army launched an offensive on Afrin.").events[0].sources == ["Turkey"]


def test_prepositions_of_time_cause_or_source_name_no_target(read: Read) -> None:
    text = "Kenya blamed Uganda for the raid on Busia, according to officials in Nairobi."
    (event, *_) = read(text).events
    assert event.sources == ["Kenya"]
    assert event.targets == ["Uganda"]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at demonstrators outside the Legislative Council on Wednesday.",
        "Soldiers shot two protesters opposite the French embassy.",
    ],
)
def test_a_body_the_act_took_place_beside_is_no_target(read: Read, text: str) -> None:
    assert read(text).events[0].targets == []


def test_a_demand_made_is_its_makers_and_aims_at_the_one_asked(read: Read) -> None:
    text = "The African Union reiterated its demand that Sudan free the detained journalists."
    (event, *_) = read(text).events
    assert event.sources == ["African Union"]
    assert "Sudan" in event.targets


def test_an_event_said_to_go_on_is_its_subject(read: Read) -> None:
    text = "Protests against the government of Bolivia continued in La Paz on Monday."
    (event, *_) = read(text).events
    assert event.trigger.text == "Protests"
    assert event.targets == ["Bolivia"]


def test_a_place_struck_is_the_target_when_no_party_is(read: Read) -> None:
    extraction = read("The government imposed a curfew in Bamako on Friday after the riots.")
    (event,) = [e for e in extraction.events if e.trigger.text == "imposed"]
    assert event.targets == ["Bamako"]
    assert event.target_ids == []
    assert "Bamako" in {p.name for p in extraction.places}


def test_where_a_crowd_acted_is_the_setting_not_the_target(read: Read) -> None:
    extraction = read("Thousands of Kurds demonstrated in the northern city of Kirkuk on Sunday.")
    (event, *_) = extraction.events
    assert event.type == "PROTEST"
    assert "Kirkuk" in {p.name for p in extraction.places}
    assert "Kirkuk" not in event.targets


def test_whom_an_aid_programme_is_for_is_the_target(read: Read) -> None:
    (event, *_) = read("Japan suspended a development aid programme for Myanmar.").events
    assert event.sources == ["Japan"]
    assert event.targets == ["Myanmar"]


def test_a_by_phrase_naming_no_one_leaves_the_subject_the_source(read: Read) -> None:
    text = "President Omar al-Bashir on Thursday shortened by one hour the curfew in Sudan."
    (event, *_) = read(text).events
    assert event.sources == ["Omar al-Bashir"]


def test_workers_affiliated_with_a_union_act_for_it(read: Read) -> None:
    text = "Workers affiliated with the Serbian Workers' Union stopped work on Monday."
    (event, *_) = read(text).events
    assert event.sources == ["Serbian Workers' Union"]


def test_whom_a_party_wants_to_act_is_the_target(read: Read) -> None:
    (event,) = read("The EU wants Serbia to recognise Kosovo.").events
    assert (event.type, event.sources, event.targets) == ("DEMAND", ["European Union"], ["Serbia"])


@pytest.mark.parametrize(
    "text",
    [
        "Seoul has grown frustrated with Tokyo over the fishing dispute.",
        "Seoul has been frustrated with Tokyo over the fishing dispute.",
        "Seoul is angry at Tokyo over the fishing dispute.",
        "Seoul was angered by Tokyo's decision to resume the survey.",
    ],
)
def test_who_is_displeased_disapproves_of_whom_it_is_displeased_with(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert (event.type, event.sources, event.targets) == ("DISAPPROVE", ["South Korea"], ["Japan"])


def test_who_asks_in_the_passive_is_the_agent_and_who_is_asked_the_subject(read: Read) -> None:
    (event, *_) = read("Malta was urged by Italy to open its ports to the rescue ship.").events
    assert (event.type, event.sources, event.targets) == ("DEMAND", ["Italy"], ["Malta"])


def test_who_an_act_named_by_a_noun_is_by_is_its_source(read: Read) -> None:
    (event, *_) = read("An investigation by Kenya's senate revealed a scheme of bribes.").events
    assert (event.type, event.sources) == ("INVESTIGATE", ["Kenya"])


def test_parties_in_talks_consult_each_other(read: Read) -> None:
    (event, *_) = read("Oman has been in talks with Iran since March.").events
    assert (event.type, event.sources, event.targets) == ("CONSULT", ["Oman"], ["Iran"])


def test_a_denial_beside_the_main_act_is_a_rejection(read: Read) -> None:
    text = "Syria said it had shelled the camp but denied reports that it used cluster bombs."
    assert "REJECT" in [e.type for e in read(text).events]


def test_what_an_appeal_is_for_names_no_target(read: Read) -> None:
    text = (
        "Beirut rejected a United Nations appeal for deploying troops along its border with Israel."
    )
    (event, *_) = read(text).events
    assert event.targets == ["United Nations"]


def test_the_deed_an_accusation_names_holds_no_target(read: Read) -> None:
    text = (
        "Zimbabwe's prime minister accused the United States of restoring blackmail in the "
        "negotiations on independence for Namibia."
    )
    (event, *_) = read(text).events
    assert "United States" in event.targets
    assert "Namibia" not in event.targets


def test_a_verb_the_model_is_unsure_of_is_typed_by_the_verb_dictionary(read: Read) -> None:
    (event, *_) = read("Russia fired missiles at Kyiv on Tuesday.").events
    assert event.sources == ["Russia"]
    # The capital is struck as a place, or stands for its state.
    assert event.targets in (["Kyiv"], ["Ukraine"])
    assert event.type in {"FIGHT", "ASSAULT", "MOBILIZE", "COERCE"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government backed down on the tax increase.", "CONCEDE"),
        ("Police cracked down on the protesters.", "COERCE"),
    ],
)
def test_the_verb_dictionary_reads_a_phrasal_verb_with_its_particle(
    read: Read, text: str, kind: str
) -> None:
    # 'back' alone supports, 'back down' gives way.
    (event, *_) = read(text).events
    assert event.type == kind


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenyan police fired tear gas to disperse Somali demonstrators.", "Somali demonstrators"),
        ("The United States sent two destroyers to deter Iran.", "Iran"),
        (
            "Turkey launched an offensive to drive the YPG out of Afrin.",
            "People's Protection Units",
        ),
    ],
)
def test_an_act_aims_at_the_object_of_its_purpose(read: Read, text: str, target: str) -> None:
    events = read(text).events
    assert events
    assert events[0].targets == [target]


def test_an_act_set_going_aims_at_whom_its_noun_names(read: Read) -> None:
    events = read(
        "Bosnian police have launched an investigation into abuses committed by Serb militias."
    ).events
    assert events
    assert events[0].type == "INVESTIGATE"
    assert events[0].targets == ["Serb militias"]


def test_the_one_accused_of_an_act_is_who_did_it(read: Read) -> None:
    text = (
        "The M23 said its fighters had pulled back and accused Kinshasa of using drones "
        "against civilians."
    )
    extraction = read(text)
    using = next(e for e in extraction.events if e.trigger.text == "using")
    assert using.sources == ["Democratic Republic of the Congo"]


@pytest.mark.parametrize(
    ("text", "act", "doer"),
    [
        (
            "The Houthis accused Riyadh of an air strike on a market in Saada.",
            "strike",
            "Saudi Arabia",
        ),
        ("Georgia blamed Russia for the blockade of Tskhinvali.", "Blockade", "Russia"),
    ],
)
def test_the_one_blamed_for_an_operation_leads_it(
    read: Read, text: str, act: str, doer: str
) -> None:
    (initiative,) = (i for i in read(text).initiatives if act in i.title)
    assert {p.actor for p in initiative.participants if p.role == "LEAD"} == {doer}


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian foreign ministry urged restraint after the border clashes.",
        "Ghana appealed for calm in Bawku after the clashes.",
        "Senegal called for a truce in Casamance.",
    ],
)
def test_asking_for_a_thing_is_a_demand(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "DEMAND"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Serbian and Kosovan negotiators held talks in Brussels on Monday.", "CONSULT"),
        ("The two foreign ministers had a meeting in Astana.", "CONSULT"),
        ("The Kenyan parliament conducted an inquiry into the contracts.", "INVESTIGATE"),
        ("Opposition parties staged a boycott of the vote in Dhaka.", "PROTEST"),
    ],
)
def test_a_light_verb_s_noun_of_one_act_types_the_event(read: Read, text: str, kind: str) -> None:
    (event, *_) = read(text).events
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Canada provided humanitarian assistance to Haiti after the storm.",
        "The World Bank gave Malawi a $90m loan on Thursday.",
        "Turkey sent 200 tonnes of flour and blankets to the quake zone in Herat.",
        "The Red Crescent delivered tents and drinking water to Derna on Friday.",
        "Britain supplied anti-tank weapons to Kyiv in January.",
        # The recipient as the object, the aid after 'with'.
        "China provided Zimbabwe with fighter jets and military trucks.",
    ],
)
def test_handing_over_aid_is_aid(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan ministry provided details of the contracts to parliament.",
        "The envoy delivered a letter from the president to the prime minister.",
        "The ministry supplied the schools with new computers.",
    ],
)
def test_handing_over_what_is_not_aid_is_not_aid(read: Read, text: str) -> None:
    assert all(e.type != "AID" for e in read(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched missiles at Kyiv on Monday.",
        "Israel launched air strikes on Gaza overnight.",
        "The US launched a drone strike on an al-Shabaab camp in Somalia.",
        "Hamas fired rockets into southern Israel on Sunday.",
        "Houthi rebels launched a drone attack on a Saudi oil facility.",
        "Syrian government helicopters dropped barrel bombs on Aleppo.",
    ],
)
def test_firing_munitions_at_someone_is_fight(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "FIGHT"


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        # A show of force, not a strike.
        ("North Korea fired two ballistic missiles into the sea off its east coast.", "FIGHT"),
        ("The opposition leader launched a scathing attack on the president.", "FIGHT"),
        ("The health ministry launched a vaccination programme in Kano.", "FIGHT"),
        ("Teachers launched a nationwide strike over pay.", "FIGHT"),
        pytest.param(
            "The prime minister launched a charm offensive in Brussels.",
            "FIGHT",
            marks=pytest.mark.xfail(
                reason="CAMEO files any offensive launched under 190 but a peace or diplomatic "
                "one; it names no charm offensive",
                strict=True,
            ),
        ),
    ],
)
def test_firing_or_launching_no_munitions_at_anyone_is_no_fight(
    read: Read, text: str, not_type: str
) -> None:
    assert all(e.type != not_type for e in read(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban launched its spring offensive on Tuesday.",
        "Armed groups launched a surprise attack on the convoy near Goma.",
    ],
)
def test_an_offensive_or_attack_launched_is_a_fight(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "FIGHT"


def test_a_strike_threatened_is_a_threat(read: Read) -> None:
    (event, *_) = read("Iran threatened to fire missiles at US bases in the Gulf.").events
    assert event.type == "THREATEN"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("China has refused to rule out the use of force against Taiwan.", "THREATEN"),
        ("Washington would not rule out new sanctions on Moscow.", "THREATEN"),
        ("The president did not rule out a meeting with his rival.", "AGREE"),
        ("The party did not rule out backing the bail-out.", "AGREE"),
        # Ruled out, the act is turned down.
        ("The government ruled out talks with the rebels.", "REJECT"),
    ],
)
def test_an_act_not_ruled_out_is_held_out(read: Read, text: str, event_type: str) -> None:
    (event, *_) = read(text).events
    assert event.type == event_type


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Russia said it would not hesitate to use force against the rebels.", "THREATEN", "use"),
        ("Washington will not hesitate to impose new sanctions on Tehran.", "THREATEN", "impose"),
        ("Japan said it would not hesitate to help Malaysia rebuild.", "AGREE", "help"),
        ("The troops did not hesitate to open fire on the militants.", "FIGHT", "open"),
    ],
)
def test_a_hesitation_denied_states_the_act_not_a_refusal(
    read: Read, text: str, event_type: str, trigger: str
) -> None:
    (event, *_) = read(text).events
    assert (event.type, event.trigger.text) == (event_type, trigger)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Dock workers went on strike in Rotterdam on Monday.", "PROTEST"),
        ("Hundreds of prisoners went on hunger strike in Israeli jails.", "PROTEST"),
        ("The former president went on trial in Cairo on Sunday.", "INVESTIGATE"),
        # A strike announced is threatened (CAMEO 1383), even where the model is unsure.
        (
            "Bulgarian air traffic controllers will go on strike on September 3 demanding higher"
            " pay, the head of their association said on Monday.",
            "THREATEN",
        ),
    ],
)
def test_what_going_on_takes_up_is_the_act(read: Read, text: str, event_type: str) -> None:
    (event, *_) = read(text).events
    assert event.type == event_type


def test_a_participle_used_as_an_adjective_is_no_predicate(read: Read) -> None:
    # The parser reads 'called' as a reduced relative under 'members', the root: the act is
    # still the call, not 'ruling' of 'the ruling coalition'.
    text = "Junior members of Romania's ruling coalition called on Tuesday for new elections."
    (event, *_) = read(text).events
    assert (event.type, event.trigger.text) == ("DEMAND", "called")


@pytest.mark.parametrize(
    "text",
    [
        "The minister held a press conference in Ankara on Monday.",
        "The rebels will hold a news conference on Friday.",
    ],
)
def test_meeting_the_press_is_no_event(read: Read, text: str) -> None:
    assert read(text).events == []


def test_news_of_an_act_received_reports_the_act(read: Read) -> None:
    text = (
        "An opposition group in exile said it had received reports that government forces"
        " were shelling the town of Arbil."
    )
    assert [(e.type, e.trigger.text) for e in read(text).events] == [("FIGHT", "shelling")]


def test_going_on_with_no_act_is_no_event(read: Read) -> None:
    assert read("The minister went on for an hour about the budget.").events == []
    assert read("The new law does not go as far as the state's own reform.").events == []


@pytest.mark.parametrize(
    "text",
    ["The talks went on for three days in Geneva.", "Talks with the rebels were going well."],
)
def test_an_act_said_to_go_some_way_is_going_on(read: Read, text: str) -> None:
    assert [(e.type, e.trigger.text.lower()) for e in read(text).events] == [("CONSULT", "talks")]


def test_calling_elections_is_no_demand(read: Read) -> None:
    events = read("Malawi's president called elections for March.").events
    assert all(e.type != "DEMAND" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch said at least 12 protesters had been killed in Bamako.",
        "Amnesty International said 30 people were detained, most of them beaten by guards.",
    ],
)
def test_a_monitor_reporting_a_passive_act_is_not_its_doer(read: Read, text: str) -> None:
    extraction = read(text)
    assert extraction.events
    assert all(not e.sources for e in extraction.events if e.trigger.text != "said")


def test_a_state_reporting_its_operation_in_the_passive_is_its_doer(read: Read) -> None:
    extraction = read("The Turkish military said 260 militants had been killed in Afrin.")
    (event,) = (e for e in extraction.events if e.trigger.text == "killed")
    assert event.sources == ["Turkey"]


def test_what_is_set_beside_a_report_is_not_the_reporter_s_act(read: Read) -> None:
    text = (
        "Israel has carried out a wave of air strikes on Iranian targets near Damascus, the "
        "Israeli military said on Monday, hours after a rocket was fired at the Golan Heights."
    )
    fired = [e for e in read(text).events if e.trigger.text == "fired"]
    assert all(e.sources == [] for e in fired)


def test_a_subordinate_clause_with_its_own_subject_borrows_no_doer(read: Read) -> None:
    text = (
        "A rocket was fired at the occupied Golan Heights, the Israeli military said.\n\n"
        "Hours after a rocket was fired at the occupied Golan Heights, Israel struck Iranian "
        "targets."
    )
    events = read(text).events
    later = [e for e in events if e.sentence.text.startswith("Hours")]
    assert all(e.sources == [] for e in later if e.trigger.text == "fired")
    assert [e.sources for e in later if e.trigger.text == "struck"] == [["Israel"]]


def test_a_sponsor_named_before_a_hyphen_is_no_doer(read: Read) -> None:
    text = "The UN-backed Government of National Accord ordered its aircraft to strike."
    (event,) = read(text).events
    assert event.sources == ["Government of National Accord"]


def test_a_call_on_someone_to_act_is_the_caller_s_demand_of_them(read: Read) -> None:
    # The parser reads 'called' as a participle on 'leader' and 'to allow' as a purpose.
    text = (
        "Bangladesh's interim leader, Muhammad Yunus, called on Myanmar's military government "
        "to allow the refugees to return safely."
    )
    (event,) = read(text).events
    assert event.type == "DEMAND"
    assert "Muhammad Yunus" in event.sources
    assert event.targets == ["Myanmar"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Moscow, Vladimir Putin welcomed the move on Wednesday.", "Russia"),
        ("In Geneva, the UN envoy urged all parties to respect the truce.", "Geneva"),
    ],
)
def test_a_place_put_before_the_subject_is_no_target(read: Read, text: str, place: str) -> None:
    (event, *_) = read(text).events
    assert place not in event.targets


def test_a_place_near_which_an_act_happens_is_not_its_target(read: Read) -> None:
    text = "Rebel fighters repelled an advance by government troops near Saraqeb on Monday."
    (event, *_) = read(text).events
    assert "Saraqeb" not in event.targets


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish officials said at least seven civilians had been killed in the shelling.",
        "The migration agency IOM said about 2,800 people had fled their homes.",
        "The Kremlin said refugees would be allowed to return under UN supervision.",
        # Its own people: the reporter suffered it.
        "Hamas, which controls Gaza, said two of its members had been killed.",
        "The army said three of its soldiers were wounded in the attack.",
    ],
)
def test_who_reports_what_befell_bystanders_or_its_own_did_not_do_it(read: Read, text: str) -> None:
    extraction = read(text)
    assert extraction.events, "the reported act is still an event"
    assert extraction.events[0].sources == []
    assert all(not i.participants for i in extraction.initiatives)


def test_a_clause_sharing_a_reported_subject_is_that_subject_s_doing(read: Read) -> None:
    # 'killed' takes the subject of 'flew': an unnamed team, not the officials reporting it.
    text = "Turkish officials said a 15-man team flew to Istanbul and killed the columnist."
    killed = [e for e in read(text).events if e.trigger.text in {"flew", "killed"}]
    assert killed
    assert all("Turkey" not in e.sources for e in killed)
    # The reporter is the doer where it is the subject it shares.
    own = read("Turkey said it had shelled the positions and killed 20 militants.").events
    assert [e.sources for e in own if e.trigger.text == "killed"] == [["Turkey"]]


def test_the_capital_an_embassy_sits_in_is_no_party_to_its_act(read: Read) -> None:
    text = (
        "Canadian police detained the executive in Vancouver.\n\n"
        "China's embassy in Ottawa demanded her immediate release on Thursday."
    )
    (event,) = (e for e in read(text).events if e.trigger.text == "demanded")
    assert event.sources == ["China"]


def test_a_monitor_reporting_what_others_suffer_is_not_their_doer(read: Read) -> None:
    text = (
        "The International Committee of the Red Cross said hospitals in Mekelle were running "
        "out of supplies and body bags."
    )
    extraction = read(text)
    assert all(not e.sources for e in extraction.events if e.trigger.text != "said")
    assert all(not i.participants for i in extraction.initiatives)


def test_the_movement_is_the_body_last_named(read: Read) -> None:
    text = (
        "Saad Hariri, who formed a coalition government with Hezbollah last year, said the Shia "
        "movement had imposed a fait accompli on Lebanon by the force of its weapons."
    )
    (event,) = (e for e in read(text).events if e.trigger.text == "imposed")
    assert event.sources == ["Hezbollah"]


def test_the_regime_is_the_state_last_named_with_its_regime(read: Read) -> None:
    text = "The Syrian regime launched an offensive on Douma. The regime said it would press on."
    (event,) = (e for e in read(text).events if e.trigger.text == "press")
    assert event.sources == ["Syria"]


def test_it_opening_a_sentence_carries_on_the_subject_before(read: Read) -> None:
    text = (
        "Ankara views the Syrian Kurds as an extension of the PKK, with whom it has fought an "
        "insurgency for four decades. It has vowed not to allow Kurdish groups to dominate "
        "its border with Syria."
    )
    (event,) = (e for e in read(text).events if e.trigger.text == "vowed")
    assert event.sources == ["Turkey"]


def test_it_opening_a_sentence_carries_on_a_body_the_subject_before_calls_back(
    read: Read,
) -> None:
    text = (
        "The International Criminal Court has issued an arrest warrant for Vladimir Putin, "
        "accusing the Russian president of the unlawful deportation of children from occupied "
        "areas of Ukraine. The court in The Hague said on Friday that there were reasonable "
        "grounds to believe Putin bore individual criminal responsibility. It also issued a "
        "warrant for Maria Lvova-Belova."
    )
    (event,) = (e for e in read(text).events if e.sentence.text.startswith("It also"))
    assert event.sources == ["International Criminal Court"]


def test_forces_a_state_reports_on_act_for_it(read: Read) -> None:
    text = "The Russian defence ministry said jets had struck rebel positions near Idlib."
    (event,) = (e for e in read(text).events if e.trigger.text == "struck")
    assert event.sources == ["Russia"]


def test_an_appeal_to_others_to_act_is_a_demand(read: Read) -> None:
    text = "The UN secretary general, António Guterres, appealed to all sides to avoid violence."
    (event,) = (e for e in read(text).events if e.trigger.text == "appealed")
    assert event.type == "DEMAND"


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Japan said five of the missiles had landed in its exclusive economic zone.", []),
        ("Saudi Arabia said drones struck two oil facilities on Saturday.", []),
        ("Turkey said its jets struck PKK targets in northern Iraq.", ["Turkey"]),
        ("The Turkish military said troops had entered Afrin.", ["Turkey"]),
    ],
)
def test_arms_a_reporter_does_not_call_its_own_are_not_its_doing(
    read: Read, text: str, sources: list[str]
) -> None:
    event = read(text).events[0]
    assert event.sources == sources


@pytest.mark.parametrize(
    "text",
    [
        "David Frost, the British negotiator, said gaps remained.",
        "The defence minister, Vladimir Padrino López, said the army remained loyal.",
        "Turkey's defence minister said Turkish troops at 12 observation posts would stay.",
        "But questions remain on whether Turkey can dislodge the militias from the enclave.",
    ],
)
def test_a_lasting_state_is_no_event(read: Read, text: str) -> None:
    extraction = read(text)
    assert [e.trigger.text for e in extraction.events] == []
    assert extraction.initiatives == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Al-Shabaab leader Ahmed Godane killed in US airstrike, officials say\n\n"
            "The Pentagon confirmed his death on Friday.",
            "United States",
            "Ahmed Godane",
        ),
        ("Two fishermen were killed in an Israeli airstrike off Gaza.", "Israel", None),
        ("Five people were killed in Russia's bombing of Aleppo.", "Russia", None),
        ("Seven soldiers died in a Turkish drone strike near Afrin.", "Turkey", None),
    ],
)
def test_whose_attack_a_victim_fell_in_is_the_source(
    read: Read, text: str, source: str, target: str | None
) -> None:
    (event, *_) = read(text).events
    assert event.sources == [source]
    assert source not in event.targets
    if target is not None:
        assert target in event.targets


def test_a_country_named_before_the_strikes_is_where_they_fell(read: Read) -> None:
    (event, *_) = read("Ten civilians were killed in the Syria strikes, monitors said.").events
    assert "Syria" not in event.sources


@pytest.mark.parametrize(
    "text",
    [
        "President Omar al-Bashir on Thursday shortened by one hour the curfew in Sudan.",
        "President Omar al-Bashir on Thursday shortened by one hour the curfew in Sudan",
    ],
)
def test_a_past_tense_outside_a_title_is_no_headline_passive(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert "Omar al-Bashir" in event.sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's supreme leader vowed severe revenge for the killing.", "THREATEN"),
        ("The donors promised aid to the flood victims in Pakistan.", "AGREE"),
    ],
)
def test_a_promise_the_verb_dictionary_reads_as_a_threat_threatens(
    read: Read, text: str, expected: str
) -> None:
    (event, *_) = read(text).events
    assert event.type == expected


def test_calling_someone_something_is_no_phone_call(read: Read) -> None:
    # 'call' alone is a consultation in the verb dictionary; 'call X a thief' names X, an
    # insult (CAMEO 111), and 'named him envoy' no act at all.
    extraction = read(
        "The Syrian president called Erdogan a thief. Putin called Erdogan on Monday. "
        "The president named him envoy to Sudan."
    )
    assert [e.type for e in extraction.events] == ["DISAPPROVE", "CONSULT"]
    assert extraction.events[1].sources == ["Vladimir Putin"]


def test_an_act_hung_on_an_intention_is_put_as_that_intention(read: Read) -> None:
    stated = read("Iran expressed its intention to sign the treaty with Russia.").events
    disowned = read("Cyprus said it had no intention of signing the plan with Turkey.").events
    assert [e.type for e in stated] == ["AGREE", "AGREE"]
    assert [e.type for e in disowned] == ["REJECT", "REJECT"]


def test_the_sides_of_an_outbreak_and_the_owner_of_forces_readied_are_sources(read: Read) -> None:
    (fighting, *_) = read("Fighting broke out between Armenia and Azerbaijan on Sunday.").events
    (readied, *_) = read("Indian troops were put on high alert along the border.").events
    (sent, *_) = read("Nigerian troops were sent to Liberia by ECOWAS in 1990.").events
    assert (fighting.type, set(fighting.sources)) == ("FIGHT", {"Armenia", "Azerbaijan"})
    assert (readied.type, readied.sources) == ("MOBILIZE", ["India"])
    assert sent.sources == ["ECOWAS"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels did not attack the convoy near Gulu.",
        "No one was injured in the blast in Kabul.",
        "The Kenyan army did not respond to a request for comment.",
        "Police in Lagos have not arrested anyone over the killing.",
    ],
)
def test_an_act_said_not_to_have_happened_is_no_event(read: Read, text: str) -> None:
    assert read(text).events == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Pakistan refused to deploy peacekeepers in Iraq.", "REJECT"),
        ("Russia pledged not to attack Ukraine.", "AGREE"),
    ],
)
def test_a_stance_the_negation_makes_is_still_an_event(read: Read, text: str, stance: str) -> None:
    assert read(text).events[0].type == stance


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington told Islamabad that it must do more against the militants.", "US", "PK"),
        ("The US told the Kenyan government it had to do more to stop the smuggling.", "US", "KE"),
        ("Iran needs to stop enriching uranium, the French foreign minister said.", "FR", "IR"),
    ],
)
def test_what_a_party_is_told_it_must_do_is_demanded_of_it(
    read: Read, text: str, source: str, target: str
) -> None:
    (event, *_) = read(text).events
    assert event.type == "DEMAND"
    assert event.source_ids == [f"country:{source}"]
    assert event.target_ids == [f"country:{target}"]


def test_what_a_speaker_says_it_must_do_itself_is_no_demand(read: Read) -> None:
    events = read("The Kremlin said it had to respond to the deployment of the missiles.").events
    assert "DEMAND" not in {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "The junta put Aung San Suu Kyi under house arrest in Yangon.",
        "Egypt kept the activist in detention without trial for two years.",
    ],
)
def test_someone_put_under_arrest_or_kept_in_detention_is_coerced(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "The reporter John Kamau spent a third day in custody on Wednesday, his editor said.",
        "Aung San Suu Kyi remained under house arrest in Yangon, her party said.",
    ],
)
def test_a_detention_that_lasts_is_coerced_on_the_detained(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "COERCE"
    assert event.sources == []
    assert len(event.targets) == 1


@pytest.mark.parametrize(
    "text",
    ["The town is held by the rebels.", "Talks were held by the two sides in Geneva."],
)
def test_ground_or_talks_held_hold_no_one(read: Read, text: str) -> None:
    assert {e.type for e in read(text).events} <= {"CONSULT", "FIGHT"}


def test_a_crime_a_speaker_says_another_commits_is_an_accusation(read: Read) -> None:
    (event, *_) = read("Amnesty said the Syrian army was committing war crimes.").events
    assert event.type == "DISAPPROVE"
    assert event.sources == ["Amnesty International"]
    assert event.targets == ["Syria"]


def test_troops_committed_to_a_mission_are_still_pledged(read: Read) -> None:
    (event, *_) = read("Japan committed 500 troops to the mission.").events
    assert event.type == "AGREE"


def test_a_passive_verb_telling_of_an_act_is_no_act_of_it(read: Read) -> None:
    text = "The military aid had not been officially announced by South Korea."
    assert "REJECT" not in {e.type for e in read(text).events}


@pytest.mark.parametrize(
    "text",
    [
        '"These allegations are baseless," Finance Minister Peter Mutharika said on Monday.',
        "The claims are untrue, the Kremlin said.",
    ],
)
def test_calling_a_claim_untrue_denies_it(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "REJECT"
    assert len(event.sources) == 1


def test_the_united_nations_counting_the_dead_did_not_kill_them(read: Read) -> None:
    text = "The UN said more than 4,000 have been killed in the conflict since 2009."
    assert all(e.sources == [] for e in read(text).events)


def test_arrests_made_are_arrests_whoever_doubts_them(read: Read) -> None:
    text = "Police in Ferguson made 11 arrests, though a prosecutor said some were unnecessary."
    (event, *_) = read(text).events
    assert event.type == "COERCE"


def test_a_second_direct_object_belongs_to_a_lost_clause(read: Read) -> None:
    text = (
        "Saudi Arabia cut diplomatic and financial ties in March after the rebels, known as "
        "Houthis, fired missiles at the Saudi capital Riyadh."
    )
    extraction = read(text)
    assert extraction.events[0].type == "SANCTION"
    assert [i.title for i in extraction.initiatives] == [
        "Saudi Arabia: cut diplomatic and financial ties"
    ]


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "Bolivia faces new sanctions from the European Union.",
            "SANCTION",
            "European Union",
            "Bolivia",
        ),
        ("Kyrgyzstan received $30 million in aid from Japan.", "AID", "Japan", "Kyrgyzstan"),
        (
            "Ecuador received a formal request from Peru to hand over the suspects.",
            "DEMAND",
            "Peru",
            "Ecuador",
        ),
        ("Venezuela got a loan of $5 billion from China.", "AID", "China", "Venezuela"),
    ],
)
def test_an_act_received_is_the_giver_s_upon_the_subject(
    read: Read, text: str, kind: str, source: str, target: str
) -> None:
    (event, *_) = read(text).events
    assert (event.type, event.sources, event.targets) == (kind, [source], [target])


def test_people_received_from_a_country_do_not_make_it_a_party(read: Read) -> None:
    extraction = read("Jordan received 600,000 refugees from Syria last year.")
    assert "Syria" not in {a.name for a in extraction.actors}


def test_a_visitor_received_is_hosted(read: Read) -> None:
    (event, *_) = read("Turkey received the Iranian president in Ankara on Monday.").events
    assert event.type == "CONSULT"
    assert event.sources == ["Turkey"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli soldiers demolished the homes of two militants in Hebron.",
        "Security forces ransacked a Bedouin encampment in the Negev on Monday.",
    ],
)
def test_premises_destroyed_by_forces_are_coerced(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Putin is expected to meet Erdogan in Sochi next week.",
        "Putin is set to meet Erdogan in Sochi next week.",
        "Putin is scheduled to meet Erdogan in Sochi next week.",
    ],
)
def test_who_is_expected_to_act_is_its_source(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert (event.sources, event.targets) == (["Vladimir Putin"], ["Recep Tayyip Erdogan"])


def test_who_is_expected_to_be_freed_undergoes_it(read: Read) -> None:
    events = read("The opposition leader Ali Demir is expected to be released on Friday.").events
    assert all("Ali Demir" not in e.sources for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "China raised indignant protests after Japanese ministers visited the shrine.",
        "Japan lodged a formal protest with China over the incident.",
    ],
)
def test_a_protest_a_state_raises_is_a_complaint(read: Read, text: str) -> None:
    (event, *_) = read(text).events
    assert event.type == "DISAPPROVE"


def test_talks_held_under_guard_detain_no_one(read: Read) -> None:
    events = read("The talks were held in Geneva under UN guard.").events
    assert "COERCE" not in {e.type for e in events}
