"""Kind refinements that need the whole event: who the victims were."""

from __future__ import annotations

from sitrep.vocabulary import EventKind, is_authority, load_actors, load_ontology
import re
from functools import lru_cache

from sitrep.extract.actors import (GROUP_MEN, NAMED_UNIT_RE, VIOLENT_KINDS, by_adjective, dictionary_actor, find_actors,
                                   find_parties, unarmed_victims)
from sitrep.extract.arguments import AIRCRAFT_RE
from sitrep.extract.lexicon import load_lexicon
from sitrep.model import Actor, ActorRole, Casualty, CasualtyKind, Certainty, Document, EventActor, Place

ARMED_ACTOR_TYPES = {1, 2, 3, 8}  # ACLED: state forces, rebels, political militias, external forces


PROTESTERS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rioters?|marchers?|yellow vests?)\b", re.I)
VIOLENCE = re.compile(r"\b(?:clash\w*|violen\w*|fires?|rocks|stones|stone-throwing|petrol bombs|molotov|pull(?:ed)? down|removed the fences|aggressive|riot\w*|looted|torched)\b", re.I)
# Fire on a crowd the sentence calls a protest: "opened fire on a demonstration", "fired live ammunition at
# protesters", "fired on residents of Jinderes who were protesting"
FIRED_ON_PROTEST_RE = re.compile(
    r"\b(?:fired|fires|fire|opened\s+fire|shot|shooting)\s+(?:live\s+(?:ammunition|rounds|bullets)\s+)?(?:on|at|into)\s+"
    r"(?:the\s+|a\s+)?(?:(?!near\b|outside\b|by\b|close\b|next\b|behind\b)[\w-]+\s+){0,6}?"
    r"(?:protesters|demonstrators|demonstration|protest(?!\s+(?:tent|camp|site|square))|sit-in|"
    r"(?:who|that)\s+(?:were|was|had)\s+(?:\w+\s+)?(?:protesting|demonstrating|gathered))\b", re.I)
SUPPORT_RE = re.compile(r"\b(?:support\w*|backed|backing|cover|sponsorship|mediat\w+|coordination|cooperation|jointly|"
                        r"alongside|escorted|accompanied|assisted)\b", re.I)


def _any_protesters(actors: list[EventActor]) -> bool:
    return any(a.actor.actor_id == "protesters" or a.actor.acled_inter in {5, 6} for a in actors)


# what a protest is against or for is no intervention in it: "to protest against the arrests", "demand the release
# of their detained sons", "in solidarity with the detained students"
PROTEST_CAUSE_RE = re.compile(r"\b(?:against|over|release\s+of|solidarity\s+with|denounc\w*|condemn\w*)\s+(?:the\s+|their\s+|his\s+|her\s+)?"
                              r"(?:[\w-]+\s+){0,2}?(?:detained|arrested|arrests|detention|detentions)\b", re.I)
DISPERSAL = re.compile(r"\b(?:dispers(?:ed|ing|al)|broke up|break up|tear ?gas|water cannon|detained|arrested|arrests|"
                       r"fired\s+(?:\w+\s+)?in(?:to)?\s+the\s+air)\b", re.I)
LIVE_FIRE = re.compile(r"\b(?:live (?:rounds|ammunition|fire|bullets)|opened fire|fired (?:at|on)|shot)\b", re.I)
SEARCH_CAMPAIGN = re.compile(r"\bsearch\s+campaigns?\b", re.I)
# one raid ("in a raid on a farm", "a partnered raid in Al-Busayrah"), not arrests "during raids on houses" of a campaign
IN_A_RAID = re.compile(r"\b(?:in|during)\s+a\s+(?:[\w-]+\s+)?raid\b|\ba\s+(?:[\w-]+\s+)?raid\s+(?:in|on)\b|\braided\b", re.I)
DURING_RAIDS = re.compile(r"\b(?:during|in|through)\s+(?:a\s+series\s+of\s+|several\s+|a\s+wave\s+of\s+)?raids\b", re.I)
DRIVERS_TAKEN_RE = re.compile(r"\b(?:took|take|taken|held|seized|kidnapped|abducted)\s+(?:[\w-]+\s+){0,3}?(?:drivers?|passengers?)\b"
                              r"|\b(?:drivers?|passengers?)\s+(?:were\s+|was\s+)?(?:held|taken|kidnapped|abducted)\b", re.I)
ADVANCE_ONLY = re.compile(r"\badvanc\w*\s+(?:\w+\s+)?into\b", re.I)
CONTROL = re.compile(r"\b(?:control|took over|taken over|captured|seized)\b", re.I)
GROUND_RAID = re.compile(r"\b(?:house|home|houses|homes|arrest\w*|detain\w*|stormed|land\w*|backed by|supported by|support of|cover)\b", re.I)
BY_DEAL = re.compile(r"\b(?:under|as part of|in line with|following|per)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|arrangement|understanding)\b|\bhanded\b", re.I)
MILITARY_OBJECTS = re.compile(r"\b(?:positions?|checkpoints?|bases?|posts?|outposts?|barracks|convoys?|patrols?|headquarters)\b", re.I)


# those who hold people without governing anywhere: "armed men in uniform", "a local militia", "a kidnapping gang"
GUNMEN_RE = re.compile(r"\b(?:gunmen|armed\s+(?:men|group|faction)|masked\s+men|militia|faction|gang|kidnappers|men\s+in\s+"
                       r"(?:military\s+)?(?:uniforms?|civilian\s+clothes))\b", re.I)
KIDNAP_WORDS = re.compile(r"\b(?:kidnap|abduct)\w*", re.I)  # the writer's own word for it stands
ARREST_WORDS = re.compile(r"\b(?:arrest|detain|apprehend|captur|round)\w*", re.I)
SEIZURE_WORDS = re.compile(r"\b(?:seiz|intercept|defus|dismantl|confiscat|found|discover|shot down|downed)\w*", re.I)


def _counts(casualties: list[Casualty], *kinds: CasualtyKind) -> bool:
    """True when the event counts anyone of these kinds (killed, injured, arrested)."""
    return any(c.kind in kinds and c.count for c in casualties)


# A bomb or rocket found, removed or made safe before it was used: ACLED's "Disrupted weapons use", not an attack
FIREABLE_KINDS = {"ied", "missile_attack"}
WEAPON_FOUND_RE = re.compile(r"\b(?:(?:found|discovered|located|detected)(?!\s+(?:that|no|nothing)\b)|recovered|removed|defused|dismantled|disarmed|"
                             r"controlled\s+(?:detonation|explosion|manner|way)|unfired|not\s+been\s+fired|had\s+not\s+been\s+fired|"
                             # engineers getting rid of stock: "the army's engineers destroying old rockets", "detonating old shells"
                             r"(?:destroy\w*|detonat\w*|blow\w*\s+up)\s+(?:\w+\s+){0,3}?old\s+(?:shells?|rockets?|munitions?|mines?|ordnance)|"
                             r"old\s+(?:shells?|rockets?|munitions?)\s+(?:being|was|were)\s+(?:destroyed|detonated|blown\s+up))\b", re.I)
# in lower case: "near Hit" is the town
WENT_OFF_RE = re.compile(r"\b(?:exploded|explosion|went\s+off|blew\s+up|struck|hit|landed|fell|fired\s+(?:at|on|towards)|shelled|"
                         r"shelling|craters?|impacts?|damag\w+|(?:device|bomb|IED|mine|shell|rocket|missile)s?\s+(?:\w+\s+)?destroyed)\b")
# "dismantled by army engineers before it went off", "the controlled detonation of an old mortar round": no blast of war
BEFORE_IT_WENT_OFF_RE = re.compile(r"\bbefore\s+(?:it|they)\s+(?:went\s+off|exploded|could\s+explode)\b|"
                                   r"\b(?:explosion|blast|sound)\s+(?:heard\s+)?(?:\w+\s+){0,6}?(?:was|were)\s+(?:the|a)\s+controlled\b", re.I)


def _arrest_first(text: str) -> bool:
    """"arrested five smugglers and seized weapons" is an arrest; "intercepted a truck of weapons; 3 det." a seizure."""
    arrest, seizure = ARREST_WORDS.search(text), SEIZURE_WORDS.search(text)
    return arrest is not None and (seizure is None or arrest.start() < seizure.start())


RAIDED_RE = re.compile(r"\braid(?:ed|ing)?\b", re.I)
# helicopters that landed to take people: "a Coalition helicopter landed near Al-Qahtaniyah ... and took two men", "the
# Coalition and SDF landing in Al-Busayrah", "the Americans landed with helicopters"
HELICOPTER_LANDING_RE = re.compile(r"\bhelicopters?\s+(?:[\w-]+\s+){0,3}?land(?:ed|ing|s)?\b"
                                   r"|\b(?:Coalition|American|US)\b[^.;:]{0,30}\blanding\b"
                                   r"|\blanded\s+(?:[\w-]+\s+){0,2}?(?:with\s+)?helicopters?\b", re.I)
# "carried out a targeted operation in the village of Jubata al-Khashab and arrested ...": a force's operation on a
# place, in which it arrested people, is a raid
OPERATION_ON_A_PLACE_RE = re.compile(r"\bcarried\s+out\s+an?\s+(?:[\w-]+\s+){0,2}?operation\s+in\s+(?:the\s+)?"
                                     r"(?:village|town|city|area|neighbourhood|quarter|camp|countryside)\b", re.I)


def refine_kind(kind: EventKind, actors: list[EventActor], casualties: list[Casualty], text: str = "") -> EventKind:
    """An attack on armed men or their positions is an armed clash (ACLED keeps "attack" for violence
    against civilians); territory taken by government forces is territory regained; a movement of trucks
    or reinforcements is a convoy; people held by an authority are arrested, by gunmen abducted."""
    ontology = load_ontology()
    initiator_types = {a.actor.acled_inter for a in actors if a.role is ActorRole.INITIATOR and a.actor.acled_inter}
    holders = [a.actor for a in actors if a.role is ActorRole.INITIATOR]
    if kind.id == "abduction" and any(is_authority(h.actor_id) for h in holders) and not KIDNAP_WORDS.search(text):
        kind = ontology["arrest"]  # "the Asayish took two young men off the bus": held by those who govern there
    elif kind.id == "arrest" and not any(h.actor_id for h in holders) and (
            any(GUNMEN_RE.search(h.name) for h in holders) or (not holders and GUNMEN_RE.search(text))):
        return ontology["abduction"]  # "armed men at a checkpoint held two NGO drivers for nine hours"
    if kind.id == "territory_taken" and 1 in initiator_types:
        return ontology["territory_regained"]
    if kind.id == "territory_regained" and initiator_types and 1 not in initiator_types:
        return ontology["territory_taken"]  # rebels "recapturing" a village still take it from the government
    if kind.id in {"attack", "armed_clash"} and FIRED_ON_PROTEST_RE.search(text):
        return ontology["force_against_protest"]  # "fired on residents who were protesting against the seizure"
    if kind.id in {"armed_clash", "peaceful_protest"} and PROTESTERS.search(text) and VIOLENCE.search(text):
        return ontology["violent_demonstration"]  # "clashes between police and protesters", "protests turned violent"
    if kind.id in {"peaceful_protest", "protest_with_intervention"} and LIVE_FIRE.search(text) and _counts(
            casualties, CasualtyKind.KILLED, CasualtyKind.INJURED):
        return ontology["force_against_protest"]  # "dispersed by Asayish firing live rounds, 2 protesters wounded"
    if kind.id == "peaceful_protest" and DISPERSAL.search(PROTEST_CAUSE_RE.sub(" ", text)):
        return ontology["protest_with_intervention"]  # "the Asayish dispersed by force a sit-in"
    if kind.id == "violent_demonstration" and not PROTESTERS.search(text) and not _any_protesters(actors):
        return ontology["property_destruction"]  # "unknown persons set fire to a grain silo": arson, not a riot
    if kind.id in FIREABLE_KINDS and WEAPON_FOUND_RE.search(text) and not _counts(casualties, CasualtyKind.KILLED, CasualtyKind.INJURED) \
            and not WENT_OFF_RE.search(BEFORE_IT_WENT_OFF_RE.sub(" ", text)):
        return ontology["disrupted_weapons"]  # "a VBIED found and defused", "the launch platform, with two unfired rockets"
    if kind.id == "disrupted_weapons" and _counts(casualties, CasualtyKind.ARRESTED) and _arrest_first(text):
        # "arrested five smugglers and seized weapons": ACLED codes the arrests; "raided a house and arrested three
        # men ..., seizing a pistol": the raid
        return ontology["raid"] if RAIDED_RE.search(text) else ontology["arrest"]
    if kind.id in {"attack", "armed_clash"} and RAIDED_RE.search(text) and holders and all(is_authority(h.actor_id) for h in holders):
        # "the CTS raided a hideout near Al-Hawija, killing three ISIS members": in corpus/dev, 34 such raids that killed
        # or wounded are coded raids, 8 armed clashes
        return ontology["raid"]
    if kind.id in {"arrest", "raid"} and HELICOPTER_LANDING_RE.search(text):
        return ontology["airdrop"]  # "Coalition helicopters landed near the Tabqa dam and took two men": the landing
    if kind.id == "arrest" and OPERATION_ON_A_PLACE_RE.search(text):
        return ontology["raid"]
    if kind.id in {"territory_taken", "territory_regained"} and BY_DEAL.search(text):
        return ontology["territory_handover"]  # "took over two posts from the Peshmerga under a deal"
    if kind.id == "raid" and SEARCH_CAMPAIGN.search(text) and not re.search(r"\braid", text, re.I) and _counts(
            casualties, CasualtyKind.ARRESTED):
        return ontology["arrest"]  # "detained six suspects during a search campaign": the arrests are the event
    if kind.id == "raid" and DURING_RAIDS.search(text) and not IN_A_RAID.search(text) and _counts(casualties, CasualtyKind.ARRESTED):
        return ontology["arrest"]  # "arrested seven people ... during raids on houses": a campaign's arrests
    if kind.id == "arrest" and IN_A_RAID.search(text):
        return ontology["raid"]  # "arrested four people in a raid on a house": the raid is the event
    if kind.id in {"territory_taken", "territory_regained"} and ADVANCE_ONLY.search(text) and not CONTROL.search(text) and _counts(
            casualties, CasualtyKind.ARRESTED):
        return ontology["arrest"]  # "advanced into the outskirts of Khan Arnabah and detained two shepherds": an incursion to arrest
    if kind.id == "convoy" and DRIVERS_TAKEN_RE.search(text):
        return ontology["abduction"]  # "gunmen stopped one of our trucks and took its two drivers"
    if kind.id == "raid" and AIRCRAFT_RE.search(text) and not GROUND_RAID.search(text):
        return ontology["airstrike"]  # "warplanes carried out three raids": air raids, as translated reports call strikes
    if kind.id == "property_destruction" and WAR_REMNANT_RE.search(text) and _counts(casualties, CasualtyKind.KILLED, CasualtyKind.INJURED):
        return ontology["ied"]  # "boy, 12 | injured | UXO in the rubble of a destroyed building": the remnant hurt him
    if kind.id == "attack" and EXPLOSIVE_RE.search(text) and not GUNFIRE_RE.search(text):
        return ontology["ied"]  # "farmer, m, 45 | killed | legacy IED buried in a field": the toll is the bomb's
    if kind.id in {"missile_attack", "attack", "airstrike", "armed_clash"} and WAR_REMNANT_RE.search(text):
        return ontology["ied"]  # "an unexploded mortar round went off": a remnant of war, not an attack today
    if kind.id == "attack" and 5 in initiator_types:
        return ontology["mob_violence"]  # "a mob attacked a man accused of theft"
    if kind.id == "movement" and set(re.findall(r"[a-z]+", text.lower())) & set(ontology["convoy"].requires_any) and (
            not LEAVING_RE.search(text)):
        return ontology["convoy"]  # but a base evacuated with its equipment is a withdrawal, not a supply run
    harmed_civilians = any(a.role is ActorRole.TARGET and a.actor.actor_id == "civilians" for a in actors) or any(
        c.group == "civilians" and c.kind is not CasualtyKind.ARRESTED for c in casualties)
    if kind.id == "armed_clash" and NEUTRALISED_BY_DRONE_RE.search(text):
        return ontology["drone_strike"]  # "the terrorists ... were neutralised by armed drones"
    initiator_ids = {a.actor.actor_id for a in actors if a.role is ActorRole.INITIATOR}
    if kind.id == "missile_attack" and "israeli_forces" in initiator_ids and not GROUND_FIRE_RE.search(text):
        return ontology["airstrike"]  # "an Israeli aggression targeted a site near Qatana ... the hostile missiles"
    if kind.id == "attack" and TARGETED_KILLING_RE.search(text) and OFF_DUTY_RE.search(text) and not CLASH_WORDS_RE.search(text):
        return kind  # "gunmen shot dead a former commander": a killing of a man out of the ranks (ACLED: attack)
    if kind.id == "attack" and BEATING_RE.search(text):
        return kind  # "beaten by General Security members at the checkpoint": a beating is no battle, wherever it happens
    if kind.id == "attack" and MILITARY_OBJECTS.search(text) and not re.search(r"\bcivilians?\b", text, re.I) and not harmed_civilians:
        return ontology["armed_clash"]  # "fired on an SDF checkpoint", but not "a citizen and his son shot by an SDF patrol"
    if kind.id != "attack":
        return kind
    known = load_actors()
    victims = [a.actor for a in actors if a.role is ActorRole.TARGET]
    victim_types = {a.acled_inter for a in victims if a.acled_inter is not None}
    victim_types |= {known[c.group].acled_inter for c in casualties if c.group in known}
    if victim_types and victim_types <= ARMED_ACTOR_TYPES:
        return load_ontology()["armed_clash"]
    return kind


BEATING_RE = re.compile(r"\b(?:beat|beaten|beating)\s+(?:up\s+)?(?:him|her|them|me|us|by)\b", re.I)


# Explosive remnants of war: what goes off years after it was fired or laid.
WAR_REMNANT_RE = re.compile(
    r"\b(?:unexploded|buried|old|left-?over|abandoned|anti-personnel|anti-tank)\s+(?:[\w-]+\s+)?(?:mines?|landmines?|shells?|rounds?|"
    r"rockets?|bombs?|ordnance|munitions?|projectiles?)\b|\b(?:cluster\s+)?submunitions?\b|\bexplosive remnants?\b|"
    r"\bremnants? of (?:the )?war\b|\bUXOs?\b|\bERWs?\b", re.I)
TARGETED_KILLING_RE = re.compile(r"\bshot\s+(?:him\s+)?dead\b|\bassassinat\w*|\b(?:gunmen|armed men|assailants)\b.{0,40}?\b(?:killed|shot)\b", re.I)
NEUTRALISED_BY_DRONE_RE = re.compile(r"\bneutrali[sz]ed\b.{0,80}?\b(?:drones?|UAVs?)\b|\b(?:drones?|UAVs?)\b.{0,80}?\bneutrali[sz]ed\b", re.I)
GROUND_FIRE_RE = re.compile(r"\b(?:shell\w*|artillery|mortars?|tanks?|rifles?|machine[\s-]guns?|gunfire|rockets?|107mm|Katyushas?)\b", re.I)
# the victim out of the ranks: a former member, or a spy (a member shot dead at his own house or shop is still a
# member: 4 of the 6 such killings of corpus/dev are coded armed clashes, as ACLED codes attacks on armed men)
OFF_DUTY_RE = re.compile(r"\bformer\b|\bex-|\bspy\b", re.I)
CLASH_WORDS_RE = re.compile(r"\b(?:clash\w*|fighting|exchange of fire|exchanged fire|firefight|gunfight|gun battle|ambush\w*|repel\w*)\b", re.I)
EXPLOSIVE_RE = re.compile(r"\b(?:IEDs?|landmines?|land mines?|mines?|explosive devices?|roadside bombs?|car bombs?)\b")
GUNFIRE_RE = re.compile(r"\b(?:shot|shoot|shooting|gunmen|gunfire|fired|fire|opened|stabbed|beaten|gunshot)\b", re.I)
# A force leaving a place: "evacuated the Tel Baydar base", "point at Tal Tamr evacuated", "pulled back".
LEAVING_RE = re.compile(r"\b(?:evacuat\w*|withdr[ae]w\w*|pull(?:ed|s|ing)?[\s-]+(?:out|back))\b", re.I)
AMONG_THEMSELVES = re.compile(r"\b(?:among|between) themselves\b|\bwith each other\b|\bwith one another\b", re.I)
PROTEST_KINDS = {"peaceful_protest", "protest_with_intervention", "violent_demonstration", "mob_violence", "force_against_protest"}
INTERVENTION_KINDS = {"protest_with_intervention", "force_against_protest"}
MEETING_OBJECT_RE = re.compile(
    r"\b(?:met|meet|meets|meeting)\s+(?:with\s+)?(?:the\s+)?(?!(?:was|were|is|are|has|had|took|will)\b)(?P<who>[a-z][a-z -]*?(?:\s+and\s+[a-z][a-z -]*?)?)(?=\s+(?:of|from|in|at|on|to|near|who|and\s+discussed)\b|[,.;]|$)"
)


CIVILIAN_HARM_KINDS = {"ied", "suicide_bomb", "missile_attack", "airstrike", "drone_strike", "attack", "grenade"}
CIVILIAN_PLACES = re.compile(r"\b(?:market|school|hospital|clinic|mosque|church|bakery|family homes?|residential|displaced|civilian)\b", re.I)
# "shelled villages west of Tal Tamr, wounding two": people were hurt where they live (with no one hurt, the
# shelling of villages names no target)
VILLAGES_RE = re.compile(r"\bvillages\b", re.I)


def _civilians() -> Actor:
    return dictionary_actor("civilians")


def _protesters() -> Actor:
    return dictionary_actor("protesters")


def _has(actors: list[EventActor], role: ActorRole, actor_id: str | None = None) -> bool:
    return any(a.role is role and (actor_id is None or a.actor.actor_id == actor_id) for a in actors)


def refine_actors(kind: EventKind, actors: list[EventActor], sentences, hurt: bool = False) -> list[EventActor]:
    """Roles the parse cannot give: who protests, who meets, who the other side of a clash is. `hurt`: whether
    the event killed or wounded anyone."""
    actors = list(actors)
    text = " ".join(s.text for s in sentences)
    if kind.id not in PROTEST_KINDS:
        # "young men", "youths" are protesters only in a protest; elsewhere they are civilians
        actors = [EventActor(actor=_civilians(), role=a.role) if a.actor.actor_id == "protesters" else a for a in actors]
    if kind.id in PROTEST_KINDS:
        side = ActorRole.TARGET if kind.id in INTERVENTION_KINDS else ActorRole.INITIATOR
        # demonstrators are protesters, whatever word the text used for them; what rioters attack is not
        actors = [EventActor(actor=_protesters(), role=a.role)
                  if a.actor.acled_inter == 7 and not (side is ActorRole.INITIATOR and a.role is ActorRole.TARGET) else a
                  for a in actors]
        if side is ActorRole.TARGET:  # those who break up a protest act on the protesters
            actors = [EventActor(actor=a.actor, role=ActorRole.TARGET) if a.actor.actor_id == "protesters" else a for a in actors]
        if kind.id == "peaceful_protest":
            # a peaceful protest's only initiator is the protesters; an authority named with them is what they protest
            actors = [EventActor(actor=a.actor, role=ActorRole.TARGET)
                      if a.role is ActorRole.INITIATOR and a.actor.actor_id != "protesters" else a for a in actors]
        rioters = any(a.actor.acled_inter == 5 for a in actors)  # "a mob" is its own party
        if not _has(actors, side, "protesters") and not rioters:
            actors.append(EventActor(actor=_protesters(), role=side))
    if kind.id == "armed_clash" and _has(actors, ActorRole.PARTNER) and not SUPPORT_RE.search(text):
        # "clashed with SDF forces": the other side of a clash is no partner; with nobody else named, it attacked.
        # A side that supports ("with the support of Russian warplanes") stays a partner.
        other = ActorRole.TARGET if _has(actors, ActorRole.INITIATOR) else ActorRole.INITIATOR
        actors = [EventActor(actor=a.actor, role=other) if a.role is ActorRole.PARTNER else a for a in actors]
    named_targets = [a for a in actors if a.role is ActorRole.TARGET and a.actor.actor_id]
    if kind.id == "armed_clash" and not _has(actors, ActorRole.INITIATOR) and len(named_targets) >= 2:
        # "a Turkish soldier was martyred in a clash with PKK terrorists": both sides hurt, the first named leads
        actors = [EventActor(actor=a.actor, role=ActorRole.INITIATOR) if a is named_targets[0] else a for a in actors]
    initiators = [a for a in actors if a.role is ActorRole.INITIATOR]
    if kind.id == "armed_clash" and len(initiators) >= 2:
        # "SAA and SDF exchanged fire": the first named is one side, the others the other side
        actors = [EventActor(actor=a.actor, role=ActorRole.TARGET) if a in initiators[1:] else a for a in actors]
    if kind.id == "territory_handover" and _has(actors, ActorRole.TARGET):
        # "took over the posts from the Peshmerga under a deal": the side that gave them up hands over
        swap = {ActorRole.TARGET: ActorRole.INITIATOR, ActorRole.INITIATOR: ActorRole.PARTNER}
        actors = [EventActor(actor=a.actor, role=swap.get(a.role, a.role)) for a in actors]
    if kind.id == "armed_clash" and AMONG_THEMSELVES.search(text):
        # "SNA factions clash among themselves": the same actor on both sides
        actors += [EventActor(actor=a.actor, role=ActorRole.TARGET) for a in actors if a.role is ActorRole.INITIATOR]
    civilian_place = hurt and (CIVILIAN_PLACES.search(text) or VILLAGES_RE.search(text))
    if kind.id in CIVILIAN_HARM_KINDS and not _has(actors, ActorRole.TARGET) and civilian_place \
            and not re.search(r"\b(?:no one|nobody|no casualties|no injuries)\b", text, re.I):
        actors.append(EventActor(actor=_civilians(), role=ActorRole.TARGET))  # "a car bomb in Azaz market"
    targets = [a for a in actors if a.role is ActorRole.TARGET]
    bare = [a for a in targets if not a.actor.actor_id and _bare_group(a.actor.name)]
    if len(targets) > 1 and bare:
        # "between the Sultan Murad Division and the Hamza Division ...; 2 fighters dead": the toll's bare
        # "fighters" are of the side already named; when every target is such a group, the first named stays
        # ("a bus carrying Syrian soldiers ..., killing five soldiers")
        dropped = bare[1:] if len(bare) == len(targets) else bare
        actors = [a for a in actors if not any(a is d for d in dropped)]
    # "clashed with armed smugglers ...; two smugglers were killed": the toll's "smugglers" are the armed smugglers
    actors = [a for a in actors if a.actor.actor_id or not any(
        b.role is a.role and not b.actor.actor_id and b.actor.name.endswith(" " + a.actor.name) for b in actors)]
    named_roles = {a.role for a in actors if a.actor.actor_id}
    # "struck an ISIS hideout, killing three militants": the militants are that dictionary actor, not a second party
    actors = [a for a in actors if a.actor.actor_id or a.role not in named_roles or a.role is ActorRole.PARTNER]
    initiators = {a.actor.actor_id for a in actors if a.role is ActorRole.INITIATOR and a.actor.actor_id}
    actors = [a for a in actors if not (a.role is ActorRole.PARTNER and a.actor.actor_id in initiators)]
    if kind.id == "visit_meeting" and not any(a.role is ActorRole.PARTNER and a.actor.actor_id for a in actors):
        named = {a.actor.name for a in actors}
        actors += [p for p in _meeting_partners(sentences[0].text) if p.actor.name not in named]
    if kind.id in VIOLENT_KINDS and TURKISH_PROXIES_RE.search(text):
        # "the Turkish occupation army and its mercenaries shelled ...": the Turkish-backed factions took part
        actors = [a for a in actors if a.actor.actor_id not in {"sna", "turkish_forces"}]
        actors += [EventActor(actor=dictionary_actor("turkish_forces"), role=ActorRole.INITIATOR),
                   EventActor(actor=dictionary_actor("sna"), role=ActorRole.PARTNER)]
    if kind.id in {"agreement", "territory_handover"}:
        mediators = _mediators(text)
        keys = {m.actor_id or m.name for m in mediators}
        actors = [a for a in actors if (a.actor.actor_id or a.actor.name) not in keys]
        actors += [EventActor(actor=m, role=ActorRole.PARTNER) for m in mediators]
    if kind.id in HOLDING_KINDS and (owners := _checkpoint_owners(text)):
        # "held at the DMC checkpoint", "stopped at a checkpoint of the National Guard": the force that keeps the
        # checkpoint holds the people stopped there; it is not who was held
        actors = [a for a in actors if a.actor.actor_id not in owners] + [
            EventActor(actor=dictionary_actor(o), role=ActorRole.INITIATOR) for o in owners]
    if kind.id in {"arrest", "raid", "airdrop"} and (tied := _tied_group(text)) is not None:
        # the group those held belong to is held, not holding
        actors = [a for a in actors if a.actor.actor_id != tied.actor_id] + [EventActor(actor=tied, role=ActorRole.TARGET)]
    if kind.id in {"arrest", "raid", "airdrop"}:
        # "arrested 12 young men suspected of links to ISIS": those held are counted as the group they are tied to
        groups = [a for a in actors if a.role is ActorRole.TARGET and a.actor.actor_id and a.actor.actor_id != "civilians"]
        if groups:
            actors = [a for a in actors if not (a.role is ActorRole.TARGET and a.actor.actor_id == "civilians")]
    if (pair := _joint_pair(text)) is not None and all(
            a.actor.actor_id in {pair[0].actor_id, pair[1].actor_id} for a in actors if a.role is ActorRole.INITIATOR):
        # "a joint Russian-Turkish patrol", "joint patrol (4 Russian and 4 Turkish vehicles)": the first named leads,
        # the other takes part
        actors = [a for a in actors if a.actor.actor_id not in {pair[0].actor_id, pair[1].actor_id}] + [
            EventActor(actor=pair[0], role=ActorRole.INITIATOR), EventActor(actor=pair[1], role=ActorRole.PARTNER)]
    actors = _with_victims_the_parse_missed(kind.id, actors, sentences[0])
    # residents who filmed, shepherds who stepped on a mine, farmers who found a bomb: civilians do not carry out
    # the events of the ontology (a crowd that does is protesters or a mob, and protests are handled above)
    actors = [a for a in actors if not (a.role is ActorRole.INITIATOR and a.actor.actor_id == "civilians")]
    return distinct_actors([_in_full(a) for a in actors])


HOLDING_KINDS = {"arrest", "abduction", "attack"}
CHECKPOINT_OWNER_RE = re.compile(r"\b(?:at|by)\s+(?:the|a|an)\s+(?P<before>(?:[\w'’-]+\s+){1,4}?)checkpoint\b|"
                                 r"\bcheckpoint\s+(?:of|manned\s+by|run\s+by)\s+(?:the\s+)?(?P<after>(?:[\w'’-]+\s*){1,4})", re.I)


def _checkpoint_owners(text: str) -> list[str]:
    """The dictionary actors that keep the checkpoint where people were held or beaten ("at the Federal Police
    checkpoint", "at a checkpoint of the National Guard")."""
    owners = []
    for match in CHECKPOINT_OWNER_RE.finditer(text):
        words = match.group("before") or match.group("after")
        owners += [m.entry.id for m in find_actors(words) if m.entry.id and m.entry.id not in owners]
    return owners


# The victims' group told after the toll: "both members of the Asayish", "both were PKK members", "two of them
# members of the Asayish", "both from the YBS"
VICTIMS_GROUP_RE = re.compile(
    r"(?:[,;:]\s*|\bsaid\s+(?:that\s+)?)(?:both|all\s+(?:two|three|four|of\s+them)|the\s+(?:two|three)|(?:one|two|three)\s+of\s+them)\s*,?\s+"
    r"(?:(?:were|was|are)\s+)?(?:(?:members?|fighters?|elements?)\s+of\s+|from\s+)?(?:the\s+)?"
    r"(?P<group>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


# "a joint Russian-Turkish patrol", "joint US–SDF raids", "the Russian-Turkish joint patrol"
JOINT_PAIR_RE = re.compile(r"\bjoint\s+(?P<a>[A-Z][\w.]+)[-–/](?P<b>[A-Z][\w.]+)\s+(?:patrols?|operations?|raids?|forces?)\b"
                           r"|\b(?P<c>[A-Z][\w.]+)[-–/](?P<d>[A-Z][\w.]+)\s+joint\s+(?:patrols?|operations?|raids?|forces?)\b")


# the vehicles of a joint patrol, counted by side: "(4 Russian and 4 Turkish vehicles)", "four Turkish and four Russian"
SIDE_COUNTS_RE = re.compile(r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<a>[A-Z][\w.]+)\s+"
                            r"(?:[a-z]+\s+)?and\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<b>[A-Z][\w.]+)\b")


def _joint_pair(text: str) -> tuple[Actor, Actor] | None:
    """The two dictionary parties a joint patrol or operation is named by, first the one named first."""
    match = JOINT_PAIR_RE.search(text) or (re.search(r"\bjoint\b", text, re.I) and SIDE_COUNTS_RE.search(text))
    if not match:
        return None
    first, second = (match["c"], match["d"]) if match.groupdict().get("c") else (match["a"], match["b"])
    parties = [by_adjective(word) or next((dictionary_actor(m.entry.id) for m in find_actors(word) if m.entry.id), None)
               for word in (first, second)]
    if parties[0] is None or parties[1] is None or parties[0].actor_id == parties[1].actor_id:
        return None
    return parties[0], parties[1]


def with_victims_group(actors: list[EventActor], kind: str, text: str) -> list[EventActor]:
    """"killing two people ...; both were PKK members": the victims were the group's, not civilians, and the group
    they belong to did not strike them. `text` runs to the end of the sentence, past the event's own clause."""
    if kind not in VIOLENT_KINDS or (group := _victims_group(text)) is None:
        return actors
    return [a for a in actors if a.actor.actor_id not in {"civilians", group.actor_id}] + [
        EventActor(actor=group, role=ActorRole.TARGET)]


BYSTANDER_RE = re.compile(r"\b(?:passers?-?by|passersby|bystanders?)\b", re.I)


def with_bystanders(actors: list[EventActor], casualties: list[Casualty]) -> list[EventActor]:
    """"the martyrdom of one of our members and the wounding of a passer-by": a passer-by harmed is a civilian
    target beside the group the event was aimed at (27 of the 28 events of corpus/dev that tell of one)."""
    if not any(BYSTANDER_RE.search(c.group or "") and c.kind is not CasualtyKind.ARRESTED for c in casualties) or any(
            a.role is ActorRole.TARGET and a.actor.actor_id == "civilians" for a in actors):
        return actors
    return actors + [EventActor(actor=_civilians(), role=ActorRole.TARGET)]


def _victims_group(text: str) -> Actor | None:
    """The dictionary group the text says the victims belonged to, if it says so."""
    for match in VICTIMS_GROUP_RE.finditer(text):
        found = [m for m in find_actors(match.group("group")) if m.entry.id and m.entry.id not in {"civilians", "protesters"}]
        if found:
            return dictionary_actor(found[0].entry.id)
    return None


# "terrorists", "terrorist elements", "a group of terrorists": what a state's forces call their foe
TERRORISTS_RE = re.compile(r"^(?:(?:group|cell)\s+of\s+)?terrorists?(?:\s+(?:elements?|groups?|cells?))?$")


def with_named_terrorists(actors: list[EventActor], place: Place | None) -> list[EventActor]:
    """"the heroic falcons of the Iraqi Air Force struck a terrorist hideout, killing 4 terrorists": Iraq's forces
    mean ISIS; Turkey's mean the PKK in Iraq and the YPG in Syria (the desk's conventions), and so does anyone's
    in Turkey."""
    sides = {a.actor.actor_id for a in actors} & {"iraqi_forces", "turkish_forces"}
    if not sides and place is not None and place.country == "TR":
        sides = {"turkish_forces"}  # "2 terrorists were neutralised by our armed UAVs in the rural area of Uludere"
    if len(sides) != 1:
        return actors
    side = sides.pop()
    foe = "isis" if side == "iraqi_forces" else ("ypg" if place is not None and place.country == "SY" else "pkk")
    return distinct_actors([EventActor(actor=dictionary_actor(foe), role=a.role)
                            if not a.actor.actor_id and TERRORISTS_RE.match(a.actor.name) else a for a in actors])


# Fire that the text says came over the Turkish border: "fired on from the Turkish side", "shells fired from the
# Turkish-held side", "artillery fire from across the border" (on Syria's or Iraqi Kurdistan's northern border)
FROM_TURKISH_SIDE_RE = re.compile(r"\bfrom\s+(?:the\s+)?(?:Turkish(?:-held|-controlled)?\s+(?:side|territory|positions?|area)"
                                  r"|across\s+the\s+(?:Turkish\s+)?border)\b", re.I)
BORDER_FIRE_KINDS = {"missile_attack", "drone_strike", "airstrike"}
# Iraqi Kurdistan's governorate on the Turkish border, where Turkey's campaign against the PKK is the shelling and the
# drones: of the 14 such events of corpus/dev with no side named, the gold gives 11 to Turkish forces, 1 to no one,
# 2 to others
TURKISH_CAMPAIGN_GOVERNORATES = {"Dahuk"}
NORTHERN_BORDER_GOVERNORATES = TURKISH_CAMPAIGN_GOVERNORATES | {"Al-Hasakah", "Ar-Raqqah", "Aleppo", "Arbil", "Ninawa"}


def with_fire_from_turkey(actors: list[EventActor], kind: str, place: Place | None, text: str) -> list[EventActor]:
    """Shelling, drone and air strikes whose side the sentence does not name are Turkey's when it says the fire
    came from across the Turkish border, or when they hit Duhok governorate."""
    if kind not in BORDER_FIRE_KINDS or place is None or any(a.role is ActorRole.INITIATOR for a in actors):
        return actors
    if place.admin1 in TURKISH_CAMPAIGN_GOVERNORATES or (
            place.admin1 in NORTHERN_BORDER_GOVERNORATES and FROM_TURKISH_SIDE_RE.search(text)):
        turkey = dictionary_actor("turkish_forces")
        return [EventActor(actor=turkey, role=ActorRole.INITIATOR)] + [a for a in actors if a.actor.actor_id != turkey.actor_id]
    return actors


def _in_full(party: EventActor) -> EventActor:
    """A party kept as written, by the full name the lexicon gives its bare calling ("teacher": "school teacher")."""
    full = None if party.actor.actor_id else load_lexicon().full_names.get(party.actor.name)
    return party if full is None else EventActor(actor=party.actor.model_copy(update={"name": full}), role=party.role)


def _with_victims_the_parse_missed(kind: str, actors: list[EventActor], sentence) -> list[EventActor]:
    """Targets the parse gave no role: the forces a struck base hosts, the farmers whose crops burned, and unnamed,
    unarmed people the sentence names where an act is done to them."""
    if kind in CIVILIAN_HARM_KINDS:
        actors = actors + _base_users(actors, sentence.text)
    if kind == "property_destruction" and not _has(actors, ActorRole.TARGET) and CROPS_RE.search(sentence.text):
        actors = actors + [EventActor(actor=_civilians(), role=ActorRole.TARGET)]  # "set fire to barley fields at night"
    if not _has(actors, ActorRole.TARGET) and (_unnamed_civilian_victims(kind, sentence) or _one_person_harmed(kind, sentence.text)):
        actors = actors + [EventActor(actor=_civilians(), role=ActorRole.TARGET)]
    return actors


# One person the text names by name, age or pronoun, and no group: "struck his car", "in front of his house", "she
# was abducted", "Khalaf Hussein al-Mutlaq (33)"
ONE_PERSON_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:own\s+|family's\s+)?(?:car|house|home|shop|farm|vehicle|motorcycle|motorbike|tent|store|"
    r"land|fields?|sheep|flock|pickup|truck|taxi|orchard)\b"
    r"|\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:killed|shot|taken|abducted|kidnapped|wounded|"
    r"injured|detained|arrested)\b"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][\w'-]+){0,3}\s+\(\d{1,2}\)")


# Callings that name a person's side or trade, beside the lexicon's person nouns: such a person is no civilian by
# default.  What one man of a group is called ("a Peshmerga officer") is one of them.
ROLE_WORDS = GROUP_MEN | {"martyr", "mujahid", "employee", "elder", "sheikh", "mukhtar", "lecturer", "defendant", "accused",
                          "driver", "trader"}


def _one_person_harmed(kind: str, text: str) -> bool:
    """Whether the harm was done to a person the text names only as a person: a civilian, unless a group is named."""
    if not unarmed_victims(kind, text) or not ONE_PERSON_RE.search(text) or NOBODY_RE.search(text):
        return False
    words = load_lexicon()
    callings = (words.person_nouns - words.civilian_nouns - words.kin_nouns - {"family"}) | ROLE_WORDS
    said = {w.rstrip("s") for w in re.findall(r"[a-z]+", text.lower())}
    return not said & callings  # "a teacher at the Hajin school", "a member of General Security": named by a role


# "at Erbil airport, where Coalition forces are stationed", "Victory Base, which hosts US forces": whom a strike on
# a base is aimed at
BASE_USERS_RE = re.compile(r"\b(?:where|which\s+(?:also\s+)?hosts?|that\s+(?:also\s+)?hosts?|hosting)\s+(?:the\s+)?"
                           r"(?:[\w.-]+\s+){0,3}?(?:forces|troops|personnel|soldiers)\b", re.I)


def _base_users(actors: list[EventActor], text: str) -> list[EventActor]:
    match = BASE_USERS_RE.search(text)
    if not match:
        return []
    present = {a.actor.actor_id for a in actors}
    return [EventActor(actor=dictionary_actor(m.entry.id), role=ActorRole.TARGET)
            for m in find_actors(match.group()) if m.entry.id and m.entry.id not in present]


# Crops and orchards are farmers' living: burned or seized, they are civilians' property unless the text says whose
CROPS_RE = re.compile(r"\b(?:wheat|barley|crops?|harvest|(?:farm)?fields|olive (?:groves?|trees)|orchards?|farmland)\b", re.I)


# Verbs whose subject tells or sees the event rather than suffers it: "residents said", "people say five dead"
WITNESS_VERBS = {"say", "tell", "report", "add", "confirm", "describe", "see", "witness", "hear", "film", "post",
                 "speak", "accuse", "blame", "deny", "claim", "fear", "told", "mourn", "call", "demand", "condemn",
                 "appeal", "protest", "gather", "find", "bury", "identify", "flee", "return", "ask", "block", "march"}


def _unnamed_civilian_victims(kind: str, sentence) -> bool:
    """Whether a harm's sentence names unnamed, unarmed people as those it was done to ("2 men detained",
    "killing two shepherds", "wounding four pilgrims") where the parse tied them to no verb of the event."""
    if not unarmed_victims(kind, sentence.text) or NOBODY_RE.search(sentence.text):
        return False
    words = load_lexicon()
    for token in sentence.span:
        if token.lemma_.lower() not in words.civilian_nouns or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if _done_to(token) and not _named_by_role(token, words.person_nouns - words.civilian_nouns):
            return True
    return False


VICTIM_PREPOSITIONS = {"of", "on", "at", "among", "including", "against"}
SUFFERING_VERBS = {"die", "lose", "suffer", "sustain", "step", "tread", "pick", "touch", "handle", "play"}


def _done_to(token) -> bool:
    """Whether the people a token names stand where the parse puts those an act is done to."""
    while token.dep_ == "conj":
        token = token.head
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in WITNESS_VERBS for c in token.children):
        return True  # "2 men detained", "a child kidnapped on the road"
    if token.dep_ in {"dobj", "obj", "nsubjpass", "appos"}:
        return token.head.lemma_.lower() not in WITNESS_VERBS
    if token.dep_ == "pobj":
        return token.head.lower_ in VICTIM_PREPOSITIONS
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SUFFERING_VERBS


def _named_by_role(token, roles) -> bool:
    """"the young man Ahmad, a former opposition fighter", "a driver and his son": people the sentence also
    names by a role keep that role, so they are not counted as civilians here."""
    near = [*token.children, token.head, *token.head.children]
    return any(t.lemma_.lower() in roles for t in near if t is not token)


NOBODY_RE = re.compile(r"\b(?:no one|nobody|no casualties|no injuries)\b", re.I)


# those held tied to a group by the words around it: "two men who they say belong to ISIS", "said to be an ISIS
# official", "SDF says they are ISIS", "in a search for ISIS cells", "three ISIS guys"
TIED_TO_RE = re.compile(r"\b(?:belong(?:s|ed|ing)?\s+to|links?\s+(?:to|with)|linked\s+to|said\s+to\s+be|says?\s+they\s+are|"
                        r"accused\s+of|suspected\s+of|members?\s+of|search(?:ing)?\s+for|on\s+the\s+orders\s+of)\s+"
                        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?P<group>ISIS|IS|Daesh|DAESH|PKK|HTS)\b"
                        r"|\b(?:ISIS|Daesh|DAESH)\s+(?:guys|men|suspects|officials?|members?|operatives?|emirs?|facilitators?|financiers?"
                        r"|membership|networks?)\b"
                        # "recruiting young men for ISIS", "planting the bombs for ISIS", "membership of ISIS"
                        r"|\b(?:for|membership\s+(?:of|in))\s+(?:the\s+)?(?:ISIS|Daesh|DAESH)\b")


def _tied_group(text: str) -> Actor | None:
    """The armed group the words tie those held to, if they do."""
    match = TIED_TO_RE.search(text)
    found = [m.entry.id for m in find_actors(match.group(0)) if m.entry.id] if match else []
    return dictionary_actor(found[0]) if found else None


BARE_GROUP_RE = re.compile(r"^(?:\w+\s+)?(?:fighters|soldiers|militants|members|men|gunmen|troops|militiamen)$")


def _bare_group(name: str) -> bool:
    return bool(BARE_GROUP_RE.match(name))


# The state forces of the country an event happened in, for soldiers, police or security forces the text does
# not name: "wounding 11 soldiers" near Palmyra are Syrian government forces, near Al-Qaim Iraqi forces, and
# "security forces dispersed the protesters" in Sweida are the government's (forces of other parties are named:
# "internal security forces", "HTS security forces", "Kurdistan Region security forces").
# (not Jordan's: the gazetteer's As Sukhnah and others are Jordanian namesakes of Syrian towns)
NATIONAL_ARMIES = {"SY": "regime_forces", "IQ": "iraqi_forces", "TR": "turkish_forces", "LB": "lebanese_forces"}
BARE_SOLDIERS = {"soldiers", "soldier", "troops", "army soldiers", "army", "army officer", "army personnel", "army units",
                 "engineering units", "army engineers", "officer", "officers", "conscript", "conscripts", "syrian soldiers",
                 "border guards", "border guard", "border forces", "border force"}


# The Kurdistan Region's governorates (GeoNames' admin1 names): its police and security forces are its own
KURDISTAN_REGION = {"Dahuk", "Arbil", "As Sulaymaniyah", "Halabja"}
POLICE_WORDS = {"police", "policemen", "policeman", "police officer", "police officers", "police patrol"}
BARE_SECURITY = {"security forces", "security force", "government security forces", "military police"} | POLICE_WORDS


def with_national_army(actors: list[EventActor], place: Place | None) -> list[EventActor]:
    """Unnamed soldiers, police and security forces become the dictionary's state forces of the country where
    the event happened."""
    army_id = NATIONAL_ARMIES.get(place.country or "") if place else None
    if army_id is None:
        return actors
    if place.admin1 in KURDISTAN_REGION:
        actors = [_kurdistan_security(a) for a in actors]
    if place.admin1 in GOVERNMENT_HELD_SYRIA:
        # "the internal security forces" of Daraa or Latakia are the government's, not north-east Syria's Asayish
        actors = [EventActor(actor=dictionary_actor(army_id), role=a.role) if a.actor.actor_id == "asayish" else a
                  for a in actors]
    bare = BARE_SOLDIERS | (BARE_SECURITY if place.admin1 not in KURDISTAN_REGION else set())
    army = dictionary_actor(army_id)
    converted = [a for a in actors if not a.actor.actor_id and (a.actor.name in bare or (
        army_id == "iraqi_forces" and place.admin1 not in KURDISTAN_REGION and IRAQI_UNIT_RE.search(a.actor.name)))]
    leaders = {army_id if a in converted else a.actor.actor_id for a in actors if a.role is ActorRole.INITIATOR}
    result = []
    for a in actors:
        if a.role is ActorRole.PARTNER and army_id in leaders and (a in converted or a.actor.actor_id == army_id):
            continue  # "the army and the PMF carried out ...": the same dictionary forces, not their own partner
        if a in converted and _military_police_of_the_factions(a.actor, place):
            result.append(EventActor(actor=dictionary_actor("sna"), role=a.role))
            continue
        if a in converted and army_id == "turkish_forces" and a.actor.name in POLICE_WORDS:
            # Turkey's police are kept apart from its army, as the desk keeps them (corpus/dev, 1211-1240)
            result.append(EventActor(actor=Actor(name=TURKISH_POLICE, as_written=a.actor.as_written, acled_inter=1),
                                     role=a.role))
            continue
        result.append(EventActor(actor=army, role=a.role) if a in converted else a)
    return distinct_actors(result)


KURDISTAN_SECURITY = "kurdistan region security forces"
# Syria's governorates where no Asayish serve (GeoNames' admin1 names)
GOVERNMENT_HELD_SYRIA = {"Daraa", "As-Suwayda", "Homs", "Hama", "Latakia", "Tartus", "Quneitra", "Rif-dimashq", "Dimashq",
                         "Idlib"}
TURKISH_POLICE = "turkish police"
# Iraq's police commands and army units by name: "Diyala Police", "the Kirkuk Emergency Police", "the 15th Border Brigade", "a force of the Rapid
# Response Regiment", "the army's 15th Division"
IRAQI_UNIT_RE = re.compile(r"(?:^|\s)(?:police(?:\s+command)?|regiment|operations\s+command|division|border\s+(?:brigade|battalion|forces?))$")


def _kurdistan_security(party: EventActor) -> EventActor:
    """In the Kurdistan Region, "security forces" with no other name are the region's own, not Baghdad's: the desk
    writes them "kurdistan region security forces" (all 9 such events of corpus/dev)."""
    if party.actor.actor_id or party.actor.name not in {"security forces", "security force"}:
        return party
    return EventActor(actor=party.actor.model_copy(update={"name": KURDISTAN_SECURITY}), role=party.role)


# Towns of northern Aleppo and the Ras al-Ain / Tal Abyad strip that the Turkish-backed factions hold: there "the
# military police" is theirs (the gold codes it so in all 32 such events of the dev corpus)
FACTION_HELD_TOWNS = {"'Afrin", "Jindayris", "Al Ma'batli", "Radjun", "Shaykh al Hadid", "Bulbul", "Sharan", "Al Bab",
                      "I'zaz", "Jarabulus", "Mari'", "Akhtarin", "Qabasin", "Ra's al 'Ayn", "Tall Abyad", "Suluk"}


def _military_police_of_the_factions(actor: Actor, place: Place) -> bool:
    written = (actor.as_written or actor.name or "").lower()
    return "military police" in written and place.resolved_name in FACTION_HELD_TOWNS


def with_names_in_iraq(actors: list[EventActor], place: Place | None) -> list[EventActor]:
    """Names that mean another party in Iraq: "PKK/YPG" names the YPG in Syria but the PKK in Iraq, where the YPG
    does not operate; the Asayish there are the Kurdistan Region's security police, not north-east Syria's."""
    if not place or place.country != "IQ":
        return actors
    renamed = []
    for a in actors:
        if a.actor.actor_id in {"ypg", "sdf"} and a.actor.as_written and "/" in a.actor.as_written:
            a = EventActor(actor=dictionary_actor("pkk"), role=a.role)
        elif a.actor.actor_id == "asayish":
            a = EventActor(actor=Actor(name=KURDISTAN_ASAYISH, as_written=a.actor.as_written, acled_inter=1), role=a.role)
        renamed.append(a)
    return distinct_actors(renamed)


KURDISTAN_ASAYISH = "kurdistan region's asayish"


# "Our heroes targeted ...", "our air defence units shot down ...": a group's own channel speaking of itself;
# after a preposition or a verb of attack ("against our guerrilla positions") the group is the one hit.
OUR_SIDE_RE = re.compile(
    r"(?P<hit>\b(?:against|on|at|near|targeting|targeted|attacked|hit|shelled|bombed|(?:martyrdom|death|wounding|injury)\s+of"
    r"(?:\s+[\w-]+\s+of)?|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several)\s+of)\s+"
    r"(?:(?:a|an|the)\s+[\w-]+\s+of\s+)?)?\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?"
    r"(?:forces|fighters|heroes|units?|mujahideen|guerrillas?|comrades|artillery|team|teams|troops|men|defences?|drones?|"
    r"snipers?|elements|positions?|bases?|points?|areas?|villages?|headquarters|posts?|"
    r"(?P<hit_only>checkpoints?|patrols?|vehicles?|members|soldiers|personnel|comrade))\b"
    r"|\b[Tt]he\s+(?:mujahideen|heroes)\b(?!\s+of\b)"  # how such channels name their own fighters
    # how an army's spokesman names its own units: "the forces carried out", "forces of the 210th Division"
    r"|\b[Tt]he\s+forces\b(?!\s+of\b)|\b[Ff]orces\s+of\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+(?:Division|Brigade|Battalion|Regiment)\b")


def document_voice(document: Document) -> str | None:
    """The actor a channel speaks for: the first dictionary actor named by its publisher, its title or the heading
    line that opens it ("Statement of the Islamic Resistance in Iraq"), else the armed unit they name, as written
    ("Sultan Murad Division Telegram channel" speaks for the sultan murad division)."""
    first_line = document.text.lstrip()[:300].split("\n", 1)[0]
    heading = first_line if len(first_line.split()) <= 12 and not first_line.rstrip().endswith(".") else ""
    texts = (document.publisher or "", _speaker_part(document.title or ""), _speaker_part(heading))
    return _first_named(*texts) or next((m.group().lower() for t in texts if (m := NAMED_UNIT_RE.search(t))), None)


# a quotation's source, named before it: 'Seen in (SDF Media Center, 5 Feb): "Our comrade ..."', 'The PMF spokesman
# said: "our heroes ..."'
QUOTED_SOURCE_RE = re.compile(r"^(?P<source>[^\"“\n]{3,120}?):\s*[\"“]")


def quoted_voice(text: str) -> str | None:
    """The dictionary actor a sentence quotes, when it names its source before the quotation: whose "our forces"
    the quotation's words are, whatever the document's own voice."""
    source = QUOTED_SOURCE_RE.match(text)
    return _first_named(source["source"]) if source else None


def _voice_actor(voice: str) -> Actor:
    """The speaker as a party: the dictionary's actor, or the unit kept as written."""
    if voice in load_actors():
        return dictionary_actor(voice)
    return Actor(name=voice, as_written=voice, acled_inter=3)


def _is_voice(actor: Actor, voice: str) -> bool:
    return actor.actor_id == voice or (actor.actor_id is None and actor.name == voice)


# "Counter-Terrorism Directorate statement on the dismantling of an ISIS cell": what follows "on" is the topic,
# not the speaker
TOPIC_RE = re.compile(r"\s(?:on|about|against|over|after|following)\s", re.I)


def _speaker_part(title: str) -> str:
    return TOPIC_RE.split(title, maxsplit=1)[0]


@lru_cache(maxsize=64)
def _first_named(*texts: str) -> str | None:
    for text in texts:
        named = [m.entry.id for m in find_actors(text) if m.entry.id]
        if named:
            return named[0]
    return None


def with_names_told_before(actors: list[EventActor], text: str, before: int) -> list[EventActor]:
    """"The occupation army shelled ..." after "the Turkish occupation army" was named: a party kept as written
    whose words end a name the dictionary matched earlier in the document (`text` up to `before`) is that actor."""
    unnamed = [a for a in actors if not a.actor.actor_id and len(a.actor.name.split()) >= 2]
    if not unnamed:
        return actors
    told = [(written, actor_id) for start, written, actor_id in _dictionary_names(text) if start < before]
    resolved = []
    for actor in actors:
        name = actor.actor.name.lower()
        match = next((actor_id for written, actor_id in reversed(told) if written.endswith(" " + name)), None)
        resolved.append(EventActor(actor=dictionary_actor(match), role=actor.role) if actor in unnamed and match else actor)
    return distinct_actors(resolved)


@lru_cache(maxsize=4)
def _dictionary_names(text: str) -> tuple[tuple[int, str, str], ...]:
    """Where a document names dictionary actors, and how: read once per document, not once per event."""
    return tuple((m.start, text[m.start:m.end].lower(), m.entry.id) for m in find_actors(text) if m.entry.id)


LOGISTICS_KINDS = {"convoy", "movement", "patrol", "base_established"}


def with_tracked_force(actors: list[EventActor], kind: str, voice: str | None) -> list[EventActor]:
    """A tracker's row that names no force ("| 03 Feb | 45 trucks | Al-Waleed crossing -> Kharab al-Jir base |")
    is a movement of the force the tracker follows, named in its title or heading."""
    if voice is None or kind not in LOGISTICS_KINDS or any(a.role is ActorRole.INITIATOR for a in actors):
        return actors
    return [EventActor(actor=_voice_actor(voice), role=ActorRole.INITIATOR)] + actors


OWN_SIDE_KINDS = VIOLENT_KINDS | {"arrest", "raid", "airdrop", "disrupted_weapons"}


def with_own_side_acting(actors: list[EventActor], kind: str, voice: str | None, document_text: str,
                         certainty: Certainty) -> list[EventActor]:
    """In a statement that speaks of "our forces", an operation told with no one doing it is the speaker's: "2
    terrorists detected near Batifa were neutralised in an air-supported operation", a tally's row "| Ain al-Asad
    base | 2 drones | Direct hit |". A denial names no one's operation."""
    if (voice is None or kind not in OWN_SIDE_KINDS or certainty is Certainty.NEGATED
            or any(a.role is ActorRole.INITIATOR for a in actors) or any(_is_voice(a.actor, voice) for a in actors)
            or not OUR_SIDE_RE.search(document_text)):
        return actors
    return [EventActor(actor=_voice_actor(voice), role=ActorRole.INITIATOR)] + actors


def with_first_person(actors: list[EventActor], text: str, trigger_start: int, voice: str | None) -> list[EventActor]:
    """The channel's own group acts where its text says "our forces" before the event word, and is hit where
    the words come after it ("against our guerrilla positions")."""
    if voice is None:
        return actors
    mentions = list(OUR_SIDE_RE.finditer(text))
    # "our members", "our checkpoint" name the group where something is done to them, never as the one acting
    subject = next((m for m in mentions if not m["hit"] and not m["hit_only"]), None)
    hit = next((m for m in mentions if m["hit"] or m["hit_only"]), None)  # "our comrade ascended", "our members were hurt"
    own = _voice_actor(voice)
    # ("Cells attacked one of our points, and our fighters repelled the attack": the side hit is named first)
    if subject is not None and subject.start() <= trigger_start and not (hit is not None and hit.start() < subject.start()):
        # the speaker is the subject: another party read as acting was the one acted on
        others = [EventActor(actor=a.actor, role=ActorRole.TARGET) if a.role is ActorRole.INITIATOR else a
                  for a in actors if (a.actor.actor_id and not _is_voice(a.actor, voice)) or a.role is not ActorRole.INITIATOR]
        return distinct_actors([EventActor(actor=own, role=ActorRole.INITIATOR)] + others)
    if hit is None or any(_is_voice(a.actor, voice) for a in actors):
        return actors
    others = [a for a in actors if not (a.role is ActorRole.TARGET and not a.actor.actor_id)]
    return distinct_actors(others + [EventActor(actor=own, role=ActorRole.TARGET)])


def _meeting_partners(text: str) -> list[EventActor]:
    """Whom officers met, kept as written when the dictionary does not know them ("tribal notables")."""
    match = MEETING_OBJECT_RE.search(text)
    if not match:
        return []
    names = [n.strip() for n in re.split(r"\s+and\s+", match.group("who")) if n.strip()]
    return [EventActor(actor=Actor(name=n, as_written=n), role=ActorRole.PARTNER) for n in names if len(n.split()) <= 4]


# Turkey's forces named together with the Syrian factions it backs: "the Turkish occupation army and its mercenaries",
# "Turkish forces and the factions loyal to them", "the Turkish and the factions", a table cell "TUR / SNA"
TURKISH_PROXIES_RE = re.compile(r"\bTurkish\b[^,.;:]{0,30}?\s+and\s+(?:its|their|the)\s+(?:mercenaries|factions)\b"
                                r"|\bTurkish\b[^,.;:]{0,30}?\s+and\s+factions\s+of\s+the\s+(?:Syrian\s+)?National\s+Army\b"
                                r"|\bTUR\s*/\s*SNA\b")


# who brokered a deal takes part in it: "a truce brokered by Russian officers", "under US mediation",
# "after mediation by local notables", "under Turkish and Russian sponsorship"
MEDIATED_BY_RE = re.compile(r"\b(?:mediated|brokered|sponsored|facilitated)\s+by\s+|\b(?:under|after|through|with)\s+(?:the\s+)?"
                            r"(?:mediation|sponsorship|auspices)\s+(?:of|by)\s+|\bat\s+the\s+invitation\s+of\s+", re.I)
MEDIATION_AFTER_RE = re.compile(r"\bunder\s+(?P<who>(?:[A-Z][\w-]*\s+)(?:and\s+[A-Z][\w-]*\s+)?)(?:mediation|sponsorship|auspices)\b")
MEDIATOR_END_RE = re.compile(r"\s*(?:[,.;:(]|\b(?:to|in|on|at|from|after|and\s+(?:agreed|reached|signed))\b|$)")


def _mediators(text: str) -> list[Actor]:
    """The mediators of a deal: dictionary actors, national adjectives ("Russian mediation"), else as written."""
    phrases = [m.group("who") for m in MEDIATION_AFTER_RE.finditer(text)]
    for cue in MEDIATED_BY_RE.finditer(text):
        end = MEDIATOR_END_RE.search(text, cue.end())
        phrases.append(text[cue.end():end.start() if end else len(text)])
    found = []
    for phrase in (p.strip() for p in phrases if p.strip()):
        named = [m.as_actor(phrase) for m in find_parties(phrase)]
        named += [a for w in re.findall(r"[A-Z][a-z]+", phrase) if (a := by_adjective(w)) is not None]
        found += named or [_as_written_mediator(phrase)]
    return [a for a in found if a is not None]


def _as_written_mediator(phrase: str) -> Actor | None:
    """"local notables"; "notables of the Al-Uqaidat" is "al-uqaidat notables"."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase)
    of_whom = re.fullmatch(r"([a-z]+)\s+of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)", phrase)
    if of_whom:
        phrase = f"{of_whom.group(2)} {of_whom.group(1)}"
    if not 1 <= len(phrase.split()) <= 4:
        return None
    return Actor(name=phrase.lower(), as_written=phrase, acled_inter=7)


def distinct_actors(actors: list[EventActor]) -> list[EventActor]:
    """Each actor once per role, in the order first named."""
    seen, result = set(), []
    for actor in actors:
        key = (actor.actor.actor_id or actor.actor.name, actor.role)
        if key not in seen:
            seen.add(key)
            result.append(actor)
    return result


# who denies a report or says it is false: "The Homs police command denied reports ...", "... were denied by the
# PMF's Salahuddin axis command", "... are false, the Erbil Governorate says"
DENIAL_VERB_RE = re.compile(r"\b(?:denie[sd]|deny)\b")
DENIED_BY_RE = re.compile(r"\bdenied\s+by\s+(?P<who>[^.;,]{2,80})")
FALSE_SAYS_RE = re.compile(r"\b(?:false|untrue|not true)\b[^.;]{0,20}?,\s+(?P<who>[^.;,]{2,60}?)\s+(?:says?|said|told|tells)\b")
# "denied reports that it had arrested ...": the denier is the one the report accuses
DENIES_OWN_DEED_RE = re.compile(r"^\s+(?:[\w-]+\s+){0,4}?that\s+(?:it|its|they|their|he|his|she|her)\b")


def _deniers_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names who denies: the last words of the clause before "denied", the words after "denied by",
    the speaker after "are false,"."""
    spans = []
    for verb in DENIAL_VERB_RE.finditer(text):
        before = text[:verb.start()]
        if re.search(r"\b(?:was|were|been|is|are|be)\s+$", before) or DENIES_OWN_DEED_RE.match(text[verb.end():]):
            continue
        clause_start = max(before.rfind(mark) for mark in ".;:,") + 1
        words = list(re.finditer(r"\S+", before[clause_start:]))[-6:]
        if words:
            spans.append((clause_start + words[0].start(), verb.start()))
    spans += [m.span("who") for pattern in (DENIED_BY_RE, FALSE_SAYS_RE) for m in pattern.finditer(text)]
    return spans


def without_the_deniers(actors: list[EventActor], text: str) -> list[EventActor]:
    """A denied event's initiators without the parties that only deny it: the police command that says no child
    was kidnapped did not kidnap one.  A party the report itself names stays ("reports that Turkish drones struck
    ... are false, the Turkish ministry said")."""
    spans = _deniers_spans(text)
    if not spans:
        return actors
    outside = text
    for start, end in spans:
        outside = outside[:start] + " " * (end - start) + outside[end:]
    named_elsewhere = {m.entry.id for m in find_actors(outside)}
    deniers = {m.entry.id for start, end in spans for m in find_actors(text[start:end])} - named_elsewhere
    denying = " ".join(text[start:end] for start, end in spans).lower()

    def only_denies(party: EventActor) -> bool:
        written = (party.actor.as_written or "").lower()
        said_in_denial = bool(written) and written in denying and written not in outside.lower()
        return party.actor.actor_id in deniers or said_in_denial  # "The Diyala Police Command denies": the police
    return [a for a in actors if not (a.role is ActorRole.INITIATOR and only_denies(a))]

