"""Sentence patterns for the fictional training snippets, one list per ACLED sub-event code (CASE 2021 codes).

Slots: {town} {town2} {country} {adj} {region} {army} {police} {rebel} {day} {src} {n} {m}.
TAILS holds optional follow-up sentences for a label family; they must not carry another label's signal.
"""

T = {}

T["ARMED_CLASH"] = [
    "{army} clashed with {rebel} near {town} {day}, leaving {n} fighters dead, {src}.",
    "Heavy fighting broke out between {army} and {rebel} on the outskirts of {town}, {src}.",
    "At least {n} soldiers and several militants were killed in a gun battle in {region} {day}.",
    "{rebel} attacked an army base in {town} {day}, sparking a firefight that lasted several hours.",
    "Troops repelled an assault by {rebel} on their positions near {town}, killing {n} of the attackers, {src}.",
    "A shootout between security forces and {rebel} in {town} left {n} people dead, including two civilians caught in the crossfire.",
    "Fierce clashes between rival armed groups in {town} have killed {n} fighters since {day}.",
    "{army} ambushed a column of {rebel} in {region}, and the exchange of fire left {n} insurgents dead.",
    "Gunmen opened fire on a military checkpoint in {town}; soldiers returned fire and killed {n} of them.",
    "Two rival militias fought for control of a market in {town} {day}, {src}, with {n} combatants reported killed.",
    "Soldiers engaged {rebel} in heavy combat in the forests of {region} {day}. {src_cap} that {n} militants were neutralised.",
    "Fighting between {rebel} and pro-government militiamen in {region} has entered its third day.",
    "An attack by {rebel} on a police station in {town} was repulsed after a long gunfight, {src}.",
    "{adj} forces and insurgents exchanged heavy gunfire around {town} {day}, and losses were reported on both sides.",
    "Militants stormed a border post near {town} and battled guards for hours before withdrawing, {src}.",
    "{n} members of the security forces died when {rebel} raided their outpost in {region} and a battle ensued.",
    "Clashes erupted between {army} and {rebel} as the insurgents tried to advance on {town}.",
    "Tribal fighters and a local militia traded fire near {town} {day}, the latest in a string of armed confrontations.",
    "Ethnic militias armed with rifles fought each other in villages around {town}, killing {n} fighters, {src}.",
    "Government troops and rebels were locked in fierce battles for control of the road to {town}.",
]

T["ATTACK"] = [
    "Gunmen killed {n} villagers in an attack on {town} in {region} {day}, {src}.",
    "Unidentified assailants shot dead a local journalist outside his home in {town} {day}.",
    "Armed men stormed a village near {town}, killing {n} civilians and torching homes, {src}.",
    "{rebel} massacred {n} farmers working in their fields near {town}, {src}.",
    "A village chief was hacked to death by attackers wielding machetes in {region} {day}.",
    "Gunmen on motorcycles opened fire on worshippers leaving a mosque in {town}, killing {n} people.",
    "Suspected {rebel} killed {n} civilians travelling on a bus near {town} {day}, {src}.",
    "Unknown gunmen assassinated a local politician as he left a meeting in {town} {day}.",
    "Militants attacked a camp for displaced people in {region}, killing {n} residents and wounding many more.",
    "A human rights activist was shot dead by unidentified men in {town}, {src}.",
    "Attackers raided a church in {town} during Sunday service and killed {n} worshippers.",
    "Armed herders attacked farming communities near {town} {day}, leaving {n} people dead.",
    "Gunmen executed {n} civilians they had pulled from vehicles at a fake checkpoint in {region}.",
    "Soldiers were accused of shooting dead {n} unarmed civilians in a village near {town} {day}.",
    "Security forces killed a teenager at a roadside in {town}, relatives said, calling it an unlawful killing.",
    "Armed men attacked a school in {town} and killed {n} pupils and a teacher, {src}.",
    "Assailants stabbed and shot a group of miners in {region} {day}, killing {n} of them.",
    "Unidentified attackers killed {n} aid workers in an ambush on their convoy near {town}.",
    "Militants killed {n} civilians during raids on several villages in {region} {day}.",
    "An elderly farmer was shot dead by gunmen in {region}, the latest in a wave of targeted killings.",
]

T["ART_MISS_ATTACK"] = [
    "{army} shelled {rebel} positions around {town} {day}, {src}.",
    "Artillery fire hit residential areas of {town} {day}, killing {n} civilians.",
    "{rebel} fired mortar rounds at a military base near {town}, wounding {n} soldiers.",
    "Rockets struck the centre of {town} {day}, damaging homes and a school, {src}.",
    "A barrage of rockets was fired from {region} towards {town} overnight.",
    "{n} people were killed when a mortar shell landed on a crowded market in {town}.",
    "A ballistic missile fired by {rebel} hit an oil facility near {town} {day}.",
    "Government artillery pounded villages in the countryside of {region} for a second day.",
    "Shelling by {army} killed {n} people in {town} {day}, {src}.",
    "Heavy shelling with tanks and howitzers continued on the front line near {town}.",
    "Grad rockets rained down on {town} {day}, leaving {n} people wounded.",
    "Militants fired several Katyusha rockets at the airport in {town}, {src}.",
    "Troops used heavy weapons to bombard {rebel} hideouts on hills around {town}.",
    "A cross-border shelling exchange killed a soldier and wounded {n} others near {town}.",
    "Mortar bombs fell on a camp for displaced families in {region} {day}.",
    "Cruise missiles hit power plants across {country} {day}, {src}.",
    "Ukrainian and Russian forces traded artillery fire along the front near {town} {day}.",
    "Rocket fire from across the border struck a village near {town}, {src}.",
]

T["AIR_STRIKE"] = [
    "Warplanes struck {rebel} positions near {town} {day}, {src}.",
    "An air strike killed {n} militants in {region} {day}.",
    "A drone strike hit a vehicle carrying suspected {rebel} commanders near {town}.",
    "Fighter jets bombed targets in the countryside of {region}, killing {n} people, {src}.",
    "{n} civilians died when jets bombed a crowded market in {town} {day}.",
    "Military aircraft carried out raids on hideouts of {rebel} in {region}, {src}.",
    "Coalition aircraft pounded {town} overnight, {src}.",
    "A US drone strike killed a senior {rebel} leader in {region} {day}.",
    "Helicopter gunships strafed villages around {town} {day}, residents said.",
    "The air force said it destroyed a training camp of {rebel} in {region} with precision air strikes.",
    "An unmanned aerial vehicle fired missiles at a house in {town}, killing {n} people.",
    "Airstrikes by the Saudi-led coalition hit a wedding party in {region}, killing {n} guests.",
    "Israeli jets bombed a weapons depot near {town} {day}, {src}.",
    "A military jet dropped bombs on a village in {region}, destroying homes, {src}.",
    "Russian warplanes carried out dozens of sorties over {region} {day}.",
    "Drones dropped explosives on an army post near {town} {day}, {src}.",
    "The Turkish air force bombed PKK targets in northern Iraq {day}.",
    "Barrel bombs dropped from helicopters struck residential neighbourhoods of {town}.",
]

T["REM_EXPLOS"] = [
    "A roadside bomb exploded as a military convoy passed near {town} {day}, killing {n} soldiers.",
    "An improvised explosive device went off in a market in {town}, {src}.",
    "{n} people were killed when a car bomb exploded outside a government building in {town}.",
    "A landmine blast killed {n} civilians travelling in a minibus in {region} {day}.",
    "Militants detonated an IED under a police vehicle in {town}, wounding {n} officers.",
    "A bomb planted on a motorcycle exploded near a bus station in {town} {day}.",
    "Soldiers were killed after their vehicle struck a mine on the road to {town}, {src}.",
    "An explosion caused by a bomb hidden in a rubbish bin injured {n} people in {town}.",
    "A magnetic bomb attached to a car killed a government employee in {town} {day}.",
    "A vehicle-borne improvised explosive device exploded at a checkpoint in {region}, {src}.",
    "A blast from an explosive device planted on the roadside hit a patrol in {region} {day}.",
    "A child was killed by unexploded ordnance while herding goats near {town}.",
    "A remotely detonated bomb ripped through a crowded street in {town} {day}, {src}.",
    "An explosive device blew up near a mosque in {town}, causing casualties, {src}.",
    "A bomb explosion at a bus terminal in {town} killed {n} passengers {day}.",
    "A truck carrying villagers hit a landmine in {region}, killing {n} of them.",
]

T["SUIC_BOMB"] = [
    "A suicide bomber blew himself up at a mosque in {town} {day}, killing {n} worshippers.",
    "{n} people were killed when a suicide car bomber rammed a military checkpoint near {town}.",
    "A female suicide bomber detonated her explosives in a crowded market in {town}, {src}.",
    "Two suicide bombers attacked a funeral in {region} {day}, {src}.",
    "A suicide attacker wearing an explosive vest struck a police academy in {town}.",
    "An attacker detonated a suicide vest at the entrance of a government office in {town}, killing {n}.",
    "Twin suicide bombings at a busy bus station in {town} killed {n} people {day}.",
    "{rebel} claimed a suicide bombing that targeted an army base in {region}.",
    "A suicide bomber driving an explosives-laden truck attacked a hotel in {town} {day}.",
    "A man blew himself up among a crowd of mourners in {town} {day}, {src}.",
    "A suicide attack on a military convoy near {town} killed {n} soldiers, {src}.",
    "The bomber detonated his explosives vest at a security checkpoint in {region} {day}.",
]

T["GRENADE"] = [
    "A grenade attack on a police post in {town} wounded {n} officers {day}.",
    "Militants hurled a grenade at a security patrol in {town}, {src}.",
    "Unidentified men threw a hand grenade into a bar in {town}, injuring {n} people.",
    "A grenade exploded at a crowded bus stand in {town} {day}, {src}.",
    "{n} people were wounded when attackers lobbed grenades at a political rally in {town}.",
    "A grenade was thrown at the house of a local councillor in {region} {day}.",
    "Suspected militants threw a grenade at an army vehicle in {town}, wounding {n} soldiers.",
    "A hand grenade attack on a market in {region} left {n} civilians injured.",
    "Assailants on a motorbike tossed a grenade into a shop in {town} {day}.",
    "A grenade blast near a checkpoint in {town} injured {n} people, {src}.",
    "Militants lobbed a grenade towards a CRPF bunker in {town} {day}, but it exploded on the road.",
    "A grenade thrown into a wedding party in {region} killed {n} guests.",
    "Attackers threw grenades at a nightclub in {town}, killing {n} people, {src}.",
    "An explosion caused by a hand grenade hit a police station in {town} {day}.",
]

T["CHEM_WEAP"] = [
    "A chemical attack on {town} {day} left {n} people suffering breathing problems, {src}.",
    "Residents of {town} said a helicopter dropped barrels of chlorine gas on the town.",
    "Doctors treated {n} patients with symptoms of exposure to a toxic gas after shelling of {town}.",
    "Rescue workers said {n} people died in a suspected sarin attack on {town} {day}.",
    "Inspectors concluded that chlorine was used as a weapon in {town}, {src}.",
    "Rockets loaded with poison gas hit a neighbourhood of {town}, {src}.",
    "Activists accused {army} of using chemical weapons against rebel-held {town}.",
    "A gas attack in {region} killed {n} people, including children, monitors said.",
    "Victims of the poisonous gas attack in {town} were foaming at the mouth, medics said.",
    "Militants fired shells filled with mustard gas at army positions near {town}.",
    "An attack with toxic chemicals on a village in {region} injured scores of residents.",
    "Witnesses reported a strong smell of chlorine after bombs fell on {town} {day}.",
    "The watchdog said nerve agent had been used in the attack on {town}.",
    "Civilians in {town} were hospitalised with suffocation symptoms after a suspected chemical weapons strike.",
]

T["DISR_WEAP"] = [
    "Bomb disposal experts defused an explosive device planted near a school in {town} {day}.",
    "Security forces seized a large cache of weapons and ammunition in {region}, {src}.",
    "Air defences intercepted {n} missiles fired towards {town} {day}, {src}.",
    "Police found and safely detonated a roadside bomb on the highway to {town}.",
    "Soldiers recovered an arms cache including rifles and rocket launchers in {region}.",
    "The army said it shot down {n} drones launched by {rebel} towards {town}.",
    "A suicide bomber was shot dead by guards before he could detonate his vest in {town}, {src}.",
    "Troops discovered and dismantled an IED factory in {town} {day}.",
    "Police intercepted a car packed with explosives at a checkpoint outside {town}.",
    "Sappers cleared {n} landmines planted along a road in {region}, {src}.",
    "Security forces foiled a bomb plot and seized explosives in {town} {day}.",
    "Customs officers confiscated a shipment of guns and ammunition at the port of {town}.",
    "A bomb squad defused a grenade found outside a police station in {town}.",
    "Missile defence systems destroyed a ballistic missile over {town} {day}.",
    "Police recovered {n} improvised explosive devices hidden in a house in {town}.",
    "An explosive device attached to a gas pipeline was found and neutralised near {town}.",
    "Soldiers seized an arms depot belonging to {rebel} in {region}, {src}.",
    "A would-be suicide attacker was arrested before he could blow himself up in {town}.",
]

T["ARREST"] = [
    "Police arrested {n} people suspected of links to {rebel} in {town} {day}.",
    "Security forces detained a journalist in {town} and seized his equipment, {src}.",
    "{n} suspects were taken into custody in a raid on a house in {town} {day}.",
    "Authorities arrested the leader of an opposition party in {town}, {src}.",
    "Intelligence agents apprehended a suspected militant commander in {region}.",
    "A prominent human rights lawyer was arrested at her home in {town} {day}.",
    "Police rounded up {n} members of a banned group in {region}, {src}.",
    "The army said it captured {n} suspected {rebel} during a security sweep near {town}.",
    "Counter-terrorism police arrested a man accused of plotting attacks in {town}.",
    "{n} people were detained on suspicion of spying for a foreign country, {src}.",
    "A former minister was arrested on corruption charges in {town} {day}.",
    "Police detained a union leader in {town} before a planned strike, {src}.",
    "Security forces arrested {n} alleged smugglers near the border at {town}.",
    "A blogger critical of the government was detained by security services in {town}.",
    "Police arrested a local councillor accused of financing {rebel}, {src}.",
    "The detained activists were taken to an unknown police station in {town}, relatives said.",
]

T["ABDUCT_DISSAP"] = [
    "Gunmen kidnapped {n} students from a school in {region} {day}, {src}.",
    "{rebel} kidnapped {n} aid workers on the road to {town}, {src}.",
    "A businessman was abducted from his car in {town} and his captors demanded a ransom.",
    "Bandits seized {n} passengers from a bus in {region} {day}.",
    "Relatives say an activist has been missing since security agents took him from his home in {town}.",
    "Militants abducted {n} women and girls during a raid on a village near {town}.",
    "Gunmen kidnapped a foreign engineer working at a construction site in {region}.",
    "Unknown assailants abducted a local chief and two of his aides in {town}, {src}.",
    "A journalist has disappeared after being taken by masked men in {town} {day}.",
    "Kidnappers snatched {n} farmers from their fields near {town} and took them into the forest.",
    "Rights groups say {n} people have been forcibly disappeared in {region} since the crackdown began.",
    "{rebel} are holding {n} hostages seized in an attack on {town}, {src}.",
    "Gunmen abducted {n} worshippers from a church in {region}, {src}.",
    "A lawmaker was kidnapped on his way to {town} {day}, police said, and no ransom has yet been demanded.",
    "Armed men took {n} fishermen hostage off the coast near {town}.",
]

T["SEX_VIOL"] = [
    "A woman was gang-raped by armed men near {town} {day}, {src}.",
    "Soldiers were accused of raping {n} women during an operation in {region}.",
    "Police said two girls were raped by militiamen at a camp for displaced people in {region}.",
    "A teenage girl was sexually assaulted by members of an armed group in {town}.",
    "Survivors said fighters raped women as they fled the attack on {town}, {src}.",
    "A UN report documented {n} cases of sexual violence by armed men in {region}.",
    "Armed men raped a woman in front of her family during a raid on a village near {town}.",
    "Rebels abducted and sexually abused {n} women in {region}, aid workers said.",
    "A schoolgirl was raped by a group of men in {town} {day}, and police have opened an investigation.",
    "Women in {town} reported being raped by security forces at checkpoints, {src}.",
    "A woman activist was sexually assaulted by police officers in custody in {town}, her lawyer said.",
    "Gunmen raped {n} women collecting firewood outside {town} {day}.",
    "A minor was raped by a soldier in {region}, {src}.",
]

T["PEACE_PROTEST"] = [
    "Thousands of people marched peacefully through {town} {day} to demand the release of political prisoners.",
    "Hundreds of teachers staged a sit-in outside the education ministry in {town} over unpaid salaries.",
    "Demonstrators rallied in {town} {day} against rising fuel prices, {src}.",
    "Students held a peaceful protest at the university in {town} against tuition increases.",
    "Residents of {town} blocked a road for several hours to protest against power cuts.",
    "Crowds gathered in central {town} to call for the resignation of the government.",
    "Dozens of women held a vigil in {town} for relatives missing since the conflict began.",
    "Opposition supporters marched in {town} {day}, waving flags and chanting slogans, and dispersed without incident.",
    "Health workers went on strike and demonstrated outside the main hospital in {town}.",
    "Farmers protested in {town} against a new land law, {src}.",
    "A human chain was formed in {town} to demand justice for a murdered student.",
    "Protesters gathered outside the parliament in {town} to oppose the new constitution.",
    "Hundreds of traders shut their shops and rallied in {town} to protest against new taxes.",
    "Activists held a demonstration in front of the embassy in {town}, {src}.",
    "Workers held a peaceful march in {town} to demand better wages, {src}.",
    "Families of soldiers protested in {town} {day}, demanding information about their relatives.",
    "Demonstrators took to the streets of {town} for a fifth consecutive day in a peaceful protest against the coup.",
    "Villagers staged a protest outside the district office in {region} over the lack of clean water.",
]

T["PROTEST_WITH_INTER"] = [
    "Police fired tear gas to disperse a peaceful protest in {town} {day}, {src}.",
    "Riot police broke up a rally by opposition supporters in {town} and arrested {n} people.",
    "{n} demonstrators were detained when police dispersed a protest outside parliament in {town}.",
    "Security forces used water cannon to break up a sit-in by students in {town}.",
    "Police detained dozens of peaceful protesters in {town} {day}, {src}.",
    "Officers dragged away women taking part in a silent march in {town}.",
    "Riot police fired rubber bullets and tear gas at marchers in {town}, injuring several.",
    "Authorities broke up an unauthorised demonstration in {town} and detained its organisers.",
    "Police used pepper spray on crowds of protesters in {town} {day}, {src}.",
    "A protest by teachers in {town} was dispersed by police, who arrested {n} of them.",
    "Security agents disrupted a gathering of opposition supporters in {town}, beating some of them.",
    "{police} detained {n} people during rallies against the president in {town} {day}.",
    "Police blocked marchers from reaching the square in {town} and fired tear gas, {src}.",
    "Riot police scuffled with protesters at the gates of the university in {town} and made several arrests.",
]

T["FORCE_AGAINST_PROTEST"] = [
    "Security forces opened fire on protesters in {town} {day}, killing {n} people, {src}.",
    "Police shot dead {n} demonstrators during a protest in {town}, {src}.",
    "Soldiers fired live ammunition at peaceful protesters in {town}, killing a teenager.",
    "At least {n} protesters were killed when troops opened fire on a march in {town}.",
    "A student was killed after police fired live rounds to disperse a peaceful rally in {town}.",
    "Security forces killed {n} unarmed demonstrators in {town} {day}, rights groups said.",
    "Police used excessive force against a peaceful march in {town}, leaving {n} protesters dead.",
    "Snipers fired on crowds of protesters in {town}, killing several, {src}.",
    "Troops opened fire on demonstrators demanding the release of a detained leader in {town}.",
    "{n} people died when security forces shot at protesters gathered outside the governor's office in {town}.",
    "Police in {town} beat a peaceful protester to death, witnesses said.",
    "The military fired into a crowd of anti-coup protesters in {town} {day}, killing {n}.",
    "A protester was shot dead by police during a demonstration in {town}, {src}.",
    "Security forces killed a protester with a tear gas canister fired at close range in {town}.",
]

T["VIOL_DEMONSTR"] = [
    "Protesters threw stones at police and set tyres on fire in {town} {day}, {src}.",
    "Rioters torched cars and smashed shop windows in {town} during a protest against the election result.",
    "Protesters stormed the parliament building in {town}, {src}.",
    "Angry demonstrators set fire to a police station in {town} after the death of a young man in custody.",
    "Youths battled riot police in the streets of {town} overnight, burning barricades.",
    "Demonstrators ransacked government offices in {town} during protests over fuel prices.",
    "Clashes between protesters and police left {n} officers injured in {town}, {src}.",
    "Protesters turned violent in {town} {day}, looting shops and throwing bottles at police.",
    "Supporters of the jailed opposition leader blocked roads with burning tyres and pelted police with stones in {town}.",
    "Rioting broke out in {town} after the court verdict, with protesters attacking police vehicles.",
    "Protesters stoned security forces who tried to disperse them in {town}, {src}.",
    "Demonstrators stormed the governor's residence in {town} and set parts of it on fire.",
    "Protesters smashed cash machines and burned bins during a march in {town} {day}.",
    "Stone-pelting protesters clashed with forces in {town} after the killing of a militant.",
    "Thousands of demonstrators rallied across {country}, and some hurled rocks at police lines in {town}.",
]

T["MOB_VIOL"] = [
    "A mob lynched a man accused of theft in {town} {day}, {src}.",
    "An angry crowd beat a suspected thief to death in a market in {town}.",
    "Villagers attacked and killed two men they accused of witchcraft in {region}.",
    "A mob set upon a group of traders in {town}, injuring {n} of them, {src}.",
    "Residents stormed a police station in {town} and lynched a suspect held there.",
    "A crowd attacked members of a religious minority in {town}, burning their homes.",
    "Supporters of rival parties fought with sticks and machetes in {town}, wounding {n} people.",
    "A mob killed a man suspected of child kidnapping in {region} {day}.",
    "Villagers beat to death a man accused of cattle theft near {town}, {src}.",
    "Vigilantes attacked a group of migrants in {town}, {src}.",
    "A crowd of youths assaulted a journalist covering a rally in {town}.",
    "Angry residents lynched two suspected kidnappers in {town} {day}.",
    "A mob attacked a health worker team in {region}, accusing them of spreading disease.",
    "Rival groups of supporters attacked each other with stones and clubs after a football match in {town}.",
    "Cow vigilantes assaulted a man transporting cattle in {region}, {src}.",
]

T["PROPERTY_DISTRUCT"] = [
    "Militants set fire to a school in {region} {day}, {src}.",
    "Looters ransacked shops in {town} after police withdrew from the area.",
    "Unknown men torched a mobile phone mast near {town} overnight.",
    "Armed men burned down {n} houses in a village near {town}, {src}.",
    "Militants blew up a bridge on the road to {town} {day}.",
    "Fighters looted a health centre and a warehouse of food aid in {region}.",
    "Arsonists set fire to the offices of an opposition party in {town}.",
    "Attackers vandalised a church and smashed its statues in {town}, {src}.",
    "Militiamen looted livestock and property from villages in {region}.",
    "Unidentified people destroyed a telecommunications tower in {region} {day}.",
    "Gunmen torched a polling station in {town} ahead of the vote, {src}.",
    "Soldiers were accused of burning homes and looting property in {region}.",
    "Saboteurs damaged a section of an oil pipeline near {town}, {src}.",
    "A group of men destroyed crops and burned granaries in villages near {town}.",
    "The offices of a local radio station in {town} were ransacked and equipment stolen.",
]

T["GOV_REGAINS_TERIT"] = [
    "{army} recaptured the town of {town} from {rebel} {day}, {src}.",
    "The army said it had retaken control of {town} after a week-long offensive.",
    "Government troops regained control of several villages in {region} from the militants.",
    "{army} liberated {town} from {rebel}, {src}.",
    "Soldiers recaptured a key road junction near {town} that had been held by rebels for months.",
    "The military declared that {town} had been freed from {rebel} control.",
    "Troops and allied militias took back {n} villages in {region} from {rebel}.",
    "Government forces recaptured the district centre of {town} {day}, {src}.",
    "The army restored state authority in {town} after driving out {rebel}.",
    "Government troops retook the border crossing at {town} {day}.",
    "Soldiers reclaimed the oil field near {town} from insurgents, {src}.",
    "The defence ministry announced the liberation of {town} and surrounding villages.",
    "{army} seized back control of the highway linking {town} and {town2}.",
]

T["NON_STATE_ACTOR_OVERTAKES_TER"] = [
    "{rebel} seized control of {town} {day}, {src}.",
    "Insurgents overran an army base near {town} and took control of the area.",
    "{rebel} captured the district headquarters of {town} after government forces fled.",
    "Rebels took over {town} and raised their flag over the town hall, {src}.",
    "Militants seized {n} villages in {region} after government troops withdrew.",
    "{rebel} overran a military outpost and captured the strategic town of {town}.",
    "Rebel fighters took control of the border crossing at {town} {day}.",
    "Jihadists have taken over large parts of {region}, residents said.",
    "{rebel} captured {town} following days of fighting, {src}.",
    "The militia seized the airport at {town} and declared its own administration.",
    "Armed groups took control of the gold mines around {town} {day}.",
    "{rebel} said they had captured the main road between {town} and {town2}.",
    "Fighters from {rebel} entered {town} and took over government buildings.",
]

T["NON_VIOL_TERRIT_TRANSFER"] = [
    "{rebel} withdrew from {town} under a negotiated deal, handing the town to {army}.",
    "Government troops entered {town} without a fight after rebels pulled out.",
    "The militia handed over control of {town} to the army {day}, {src}.",
    "Rebel fighters evacuated {town} under a surrender agreement and government forces moved in.",
    "{army} deployed in {town} after {rebel} withdrew peacefully.",
    "Peacekeepers took over positions vacated by {rebel} near {town}.",
    "Control of the border crossing at {town} was transferred to the central government {day}.",
    "Fighters left {town} on buses under an evacuation deal, and troops took over the area.",
    "Opposition groups withdrew from the buffer zone around {town}, {src}.",
    "The army took over the military base at {town} after foreign troops left it {day}.",
    "Rebels surrendered {town} to the government without fighting, {src}.",
    "Foreign troops withdrew from {town} and handed the base over to local forces.",
]

T["HQ_ESTABLISHED"] = [
    "{rebel} set up a new base in {region}, {src}.",
    "Insurgents established a camp in the forest outside {town}, residents said.",
    "Foreign forces built a new base near {town} to support operations in {region}.",
    "{rebel} opened a new headquarters in {town}, {src}.",
    "Militants set up checkpoints and an operations centre in {town} {day}.",
    "The army established a forward operating base in {region}.",
    "Russian forces set up a new military position near {town}, {src}.",
    "Rebels established their headquarters in the former governor's office in {town}.",
    "A new military outpost was set up on the hill overlooking {town} {day}.",
    "The militia established a training camp in {region}, {src}.",
    "Troops set up a base at the airport of {town} {day}.",
]

T["CHANGE_TO_GROUP_ACT"] = [
    "{army} sent reinforcements to {region} ahead of an expected offensive.",
    "The military moved tanks and heavy equipment towards {town} {day}.",
    "{rebel} announced they were joining forces with another armed group in {region}.",
    "{rebel} declared a unilateral ceasefire in {region} {day}.",
    "The armed group announced it was dissolving and handing in its weapons.",
    "Hundreds of soldiers were redeployed from {town} to the front line, {src}.",
    "{rebel} changed their name and announced a new leadership, {src}.",
    "Security forces were placed on high alert in {town} after threats from {rebel}.",
    "A convoy of military vehicles crossed into {region} {day}, {src}.",
    "Authorities imposed a curfew in {town} and deployed the army in the streets.",
    "A faction of {rebel} split from the group and pledged allegiance to a rival movement.",
    "Warships were sent to patrol the coast near {town} {day}, {src}.",
]

T["AGREEMENT"] = [
    "The government and {rebel} signed a ceasefire agreement in {town} {day}.",
    "Warring parties agreed to a truce in {region}, {src}.",
    "{rebel} and the government reached a deal on a prisoner exchange.",
    "Rival factions signed a peace accord in {town}, ending months of fighting.",
    "The two sides agreed to swap {n} prisoners under a deal brokered by mediators.",
    "Leaders of the warring communities signed a reconciliation pact in {town}.",
    "The government and rebels agreed to a humanitarian ceasefire in {region} {day}.",
    "Negotiators reached an agreement on the withdrawal of forces from {region}, {src}.",
    "Tribal elders brokered a peace deal between two clans near {town}.",
    "{n} militants laid down their arms and surrendered to the authorities in {region}.",
    "A deal was signed in {town} for the release of hostages held by {rebel}.",
]

T["OTHER"] = [
    "Thousands of people fled {region} towards the border at {town} {day}, {src}.",
    "The government announced a state of emergency in {region} {day}.",
    "An unexplained explosion at an arms depot near {town} caused a large fire, {src}.",
    "Aid agencies said food supplies in {town} were running out after weeks of fighting.",
    "Parliament voted to extend the mandate of the peacekeeping mission in {country}.",
    "A plane carrying {n} passengers crashed near {town}, though the cause was unknown.",
    "The UN envoy visited {town} and met local leaders {day}.",
    "Authorities cut internet access across {region} {day}, {src}.",
    "Election officials postponed the vote in {region}, citing insecurity.",
    "The president dismissed the army chief and appointed a new commander, {src}.",
    "A militant leader was sentenced to death by a court in {town}.",
    "Officials said a fire broke out at an ammunition store in {town}, forcing residents to evacuate.",
]

TAILS = {
    "violence": [
        "No group has claimed responsibility.", "An investigation has been launched.",
        "The area has seen a surge of violence in recent months.", "The wounded were taken to hospital.",
        "It was not immediately clear who was behind the attack.", "Officials gave no further details.",
        "The death toll could rise, a local official warned.", "Security has since been tightened in the area.",
        "Residents said they were too afraid to leave their homes.", "The United Nations condemned the violence.",
    ],
    "protest": [
        "The protest was organised by a coalition of civil society groups.", "Organisers said more demonstrations were planned.",
        "The government has not commented on the protesters' demands.", "Similar rallies were held in other cities.",
        "The protests began after the disputed election last month.", "Many businesses stayed closed during the day.",
    ],
    "strategic": [
        "The move comes amid tensions in the region.", "Officials gave no further details.",
        "Observers said the development could change the balance of power in the area.",
        "The announcement was carried by state television.", "It was not possible to verify the report independently.",
    ],
}

FAMILY = {
    "PEACE_PROTEST": "protest", "PROTEST_WITH_INTER": "protest", "FORCE_AGAINST_PROTEST": "protest",
    "VIOL_DEMONSTR": "protest", "AGREEMENT": "strategic", "OTHER": "strategic", "CHANGE_TO_GROUP_ACT": "strategic",
    "HQ_ESTABLISHED": "strategic", "NON_VIOL_TERRIT_TRANSFER": "strategic", "ARREST": "strategic",
    "DISR_WEAP": "strategic",
}


# Second round: phrasing the first patterns lacked (found by looking at which kinds of sentence failed).
T["VIOL_DEMONSTR"] += [
    "Police arrested {n} people after demonstrators threw fireworks and stones at officers in {town}.",
    "A march against the new tax law in {town} descended into violence as masked protesters smashed bank windows.",
    "Clashes broke out between protesters and police in {town} {day}, with demonstrators setting vehicles alight.",
    "Dozens of officers were hurt when a protest in {town} turned into a riot, {src}.",
    "Protesters forced their way into the election commission office in {town} and set documents on fire.",
    "Rallies against the president turned violent in several cities, with crowds attacking police posts in {town}.",
    "Crowds of angry youths burned tyres, blocked highways and pelted security forces with stones in {region}.",
    "Supporters of the opposition candidate rioted in {town} after the results were announced, torching a party office.",
    "The protest in {town} escalated when demonstrators began throwing petrol bombs at the police lines.",
    "Protesters armed with sticks attacked a police convoy in {town} during demonstrations over the price of bread.",
    "Students clashed with riot police on the campus in {town}, throwing stones and burning a police car.",
    "Hundreds of demonstrators broke through a police cordon in {town} and occupied the main square, damaging shops.",
    "A demonstration over the death of a street vendor in {town} turned violent {day}, {src}.",
    "Rival protesters and police fought running battles in {town} for a second night.",
]
T["PROTEST_WITH_INTER"] += [
    "Security forces violently broke up a peaceful sit-in in {town}, {src}.",
    "Police in {town} used batons to disperse a march by nurses demanding back pay.",
    "Demonstrators were pepper-sprayed by police during a protest outside the court in {town}.",
    "Authorities suppressed a peaceful demonstration by farmers in {town}, detaining {n} participants.",
    "Police fired tear gas and rubber bullets to break up a protest against the mining project near {town}, {src}.",
    "Officers moved in to clear a protest camp in central {town} {day} and arrested {n} activists.",
    "Police cordoned off the square in {town} and detained protesters as they arrived for the rally.",
    "Plainclothes officers seized demonstrators during a small rally in {town}, {src}.",
    "Police in {town} dispersed hundreds of opposition supporters with water cannon {day}.",
    "Soldiers broke up a protest by displaced families in {region}, beating several of them, {src}.",
]
T["PEACE_PROTEST"] += [
    "Thousands took to the streets of {town} {day} chanting slogans against the military government.",
    "Residents of {town} protested {day} against the killing of a local trader by unknown gunmen.",
    "Demonstrators held placards and sang songs outside the presidential palace in {town}.",
    "Hundreds of women rallied in {town} to demand an end to the violence in {region}.",
    "Opposition parties organised rallies in {town} and {town2} {day} calling for early elections.",
    "A crowd marched to the governor's office in {town} to demand the release of detained fishermen.",
    "Thousands protested in {town} against the arrest of a popular cleric, {src}.",
    "Students boycotted classes and marched through {town} to protest against insecurity.",
    "Pensioners demonstrated in {town} {day} against cuts to their payments.",
]
T["FORCE_AGAINST_PROTEST"] += [
    "Troops opened fire with live rounds on a peaceful march in {town} {day}, {src}.",
    "{n} peaceful protesters were killed and dozens injured as police fired into the crowd in {town}.",
    "Police beat unarmed demonstrators with clubs in {town}, leaving {n} of them seriously injured, {src}.",
    "A young protester died after being hit by a police bullet during a peaceful rally in {town}.",
]
T["MOB_VIOL"] += [
    "A crowd dragged a suspected thief from a police car in {town} and set him on fire.",
    "A mob torched the homes of a family accused of blasphemy in {town} and beat its members.",
    "An angry crowd attacked the driver of a car that had hit a child in {town}, killing him.",
    "Youths armed with machetes attacked passers-by in {town} during communal unrest, {src}.",
    "A crowd of villagers stoned to death a man suspected of murder near {town} {day}.",
    "Football fans attacked supporters of a rival club in {town}, wounding {n} people.",
]
T["ARMED_CLASH"] += [
    "Security forces killed {n} militants in a counter-insurgency operation in {region} {day}.",
    "Government forces and {rebel} fought in the villages around {town}, {src}, with casualties on both sides.",
    "Police killed {n} gunmen in a shootout in {town} {day}.",
    "Soldiers and militants exchanged fire for several hours near {town}, {src}.",
    "A joint force of soldiers and allied militiamen launched an offensive on {rebel} positions in {region}.",
    "The attackers, believed to be {rebel}, were killed in a firefight with troops near {town}.",
    "Gunmen attacked a police patrol in {town}; two officers and {n} attackers died in the exchange of fire.",
]
T["ATTACK"] += [
    "Militants shot dead a village elder and his son in {region}, {src}.",
    "Assailants killed a family of five in their home near {town} {day}.",
    "Fighters stopped a minibus near {town} and killed {n} of its passengers.",
]
T["GOV_REGAINS_TERIT"] += [
    "{army} advanced into {town} and hoisted the national flag over the district office.",
    "{army} drove {rebel} out of {town} after heavy fighting and took full control of the area.",
    "Soldiers recaptured {n} villages in {region} in an offensive against {rebel}, {src}.",
    "The army announced it had cleared {town} of militants and restored control.",
]
T["NON_STATE_ACTOR_OVERTAKES_TER"] += [
    "Militants overran {town} {day} and raised their black flag over the police station.",
    "{rebel} now control most of {region} after seizing {town} {day}.",
    "Fighters of {rebel} seized a military base and the surrounding villages near {town}.",
]
T["NON_VIOL_TERRIT_TRANSFER"] += [
    "The last foreign troops left {town} {day}, handing control to {army}.",
    "Under the agreement, {rebel} withdrew from villages around {town} and police moved in.",
    "Troops took over the positions vacated by {rebel} near {town} after the deal, {src}.",
    "Local forces handed control of {town} to the regional administration without resistance.",
]
T["CHANGE_TO_GROUP_ACT"] += [
    "{army} mobilised thousands of troops along the border near {town}.",
    "{rebel} suspended their operations in {region} for the holy month, {src}.",
    "{rebel} announced a change of leadership after the death of their commander.",
    "The government banned the activities of {rebel} and declared them a terrorist group.",
]
T["DISR_WEAP"] += [
    "Air defences intercepted rockets fired at {town} {day}, {src}.",
    "Security forces shot down a drone carrying explosives over {town}, {src}.",
    "Soldiers seized {n} mortar shells and rocket launchers abandoned by {rebel} near {town}.",
    "Police recovered a stolen rifle and grenades from a car stopped at a checkpoint in {town}.",
]
T["ARREST"] += [
    "{n} people were arrested in {town} on suspicion of planning attacks, {src}.",
    "Police in {town} arrested a man accused of posting messages in support of {rebel}.",
    "The suspects were arrested and taken to the police station in {town}, {src}.",
]
T["AGREEMENT"] += [
    "The warring sides agreed to open humanitarian corridors into {town}, {src}.",
    "{rebel} and the army signed a local truce allowing farmers to return to their fields near {town}.",
    "Mediators announced that the parties had agreed to a three-day ceasefire in {region}.",
]
T["ABDUCT_DISSAP"] += [
    "{rebel} abducted {n} villagers during a night raid near {town}, {src}.",
    "Kidnappers are demanding a ransom for {n} schoolchildren taken from {town} {day}.",
]
T["SUIC_BOMB"] += [
    "A suicide attacker rammed a car packed with explosives into the gate of a military base in {region}.",
    "The bomber was wearing an explosive belt, which he detonated among worshippers in {town}.",
]
T["REM_EXPLOS"] += [
    "A parcel bomb exploded at a post office in {town}, {src}.",
    "A bomb exploded in a crowded minibus in {town} {day}, {src}.",
]
T["AIR_STRIKE"] += [
    "Warplanes carried out strikes on rebel-held areas of {region} {day}.",
    "Air raids on {town} killed {n} people, the Observatory said.",
]
T["ART_MISS_ATTACK"] += [
    "The rebels fired missiles at a military base near {town} {day}.",
    "{rebel} launched a rocket attack on an airbase in {region}, {src}.",
]
T["PROPERTY_DISTRUCT"] += [
    "People looted supermarkets and shops in {town} {day}, {src}.",
    "Unknown assailants burned a police station and a court building in {town} overnight.",
]
T["HQ_ESTABLISHED"] += [
    "The rebels set up their headquarters in a school in {town}, {src}.",
    "Foreign troops established a new base on the outskirts of {town} {day}.",
]
T["OTHER"] += [
    "A report found that {n} thousand people had been displaced by the conflict in {region}.",
    "The trial of {n} suspects accused of the attack on {town} opened {day}.",
]


# Third round: more voices (passive, headline, reported speech) and vocabulary, written from the ACLED definitions.
T["VIOL_DEMONSTR"] += [
    "Riots broke out in {town} {day} after the government raised bread prices, with crowds burning cars and attacking shops.",
    "{n} police officers were injured in {town} when demonstrators pelted them with stones, {src}.",
    "Rioting protesters vandalised public buses and set a toll plaza on fire in {region}.",
    "Unrest spread to {town} as rioters fought running battles with police late into the night.",
    "Protesters angry over the killing of a student torched the local police post in {town}, {src}.",
    "Violent Protests In {town} Leave Shops Burned, Officers Hurt",
    "The demonstration against the election result in {town} turned into a riot, and several government vehicles were burned.",
    "Opposition supporters went on the rampage in {town}, smashing windows and clashing with security forces.",
    "Crowds protesting the arrest of a local leader blocked highways with burning logs and stoned passing police cars in {region}.",
    "Demonstrators armed with slingshots and iron bars fought police in {town} {day}.",
]
T["PEACE_PROTEST"] += [
    "Hundreds Rally In {town} Against Rising Prices",
    "Opposition activists staged a march in {town} {day}; the rally ended peacefully, {src}.",
    "Residents held a candlelight vigil in {town} for the victims of the recent violence.",
    "Transport workers went on strike and gathered outside the ministry in {town} to press their demands.",
    "A crowd of several thousand people demonstrated in {town} against the planned closure of the mine.",
    "Civil society groups organised a protest in {town} {day} demanding an end to extrajudicial killings.",
    "Protesters carrying banners marched through {town} calling for the release of detained activists.",
    "Hundreds of displaced people demonstrated outside the UN compound in {town}, demanding better protection.",
    "Muslim groups held rallies after Friday prayers in {town} to denounce the cartoons, {src}.",
    "Thousands of supporters of the opposition gathered in {town} for a peaceful rally {day}.",
]
T["PROTEST_WITH_INTER"] += [
    "Police Fire Tear Gas At Protesters In {town}",
    "{n} people were arrested as police broke up an anti-government demonstration in {town} {day}.",
    "Security forces stopped a march by opposition supporters on the outskirts of {town}, firing tear gas to disperse the crowd.",
    "Police in {town} detained activists who had gathered to protest against the new law, {src}.",
    "The peaceful rally in {town} was broken up by police using batons and tear gas, organisers said.",
    "Riot police moved in to clear a road blocked by protesting residents in {town} and detained several of them.",
    "Police detained {n} protesters in {town} for holding an unauthorised rally, {src}.",
    "Protesters were dispersed by police with tear gas as they tried to march on the presidential palace in {town}.",
]
T["FORCE_AGAINST_PROTEST"] += [
    "Police Kill {n} Protesters In {town}",
    "{n} demonstrators were shot dead by security forces in {town} {day}, medics said.",
    "Soldiers opened fire on a crowd of peaceful protesters in {town}, killing at least {n} people.",
    "Security forces killed {n} people protesting peacefully against the election result in {town}, {src}.",
]
T["MOB_VIOL"] += [
    "A mob attacked and injured {n} people accused of stealing children in {town} {day}.",
    "Angry residents beat a police officer after a fatal road accident in {town}, {src}.",
    "Clashes between supporters of two rival candidates left {n} people injured in {town} as they attacked each other with stones.",
    "A lynch mob killed a man accused of blasphemy in {town}, {src}.",
    "Villagers armed with sticks attacked a group of herders near {town}, injuring several of them.",
]
T["ARMED_CLASH"] += [
    "Troops Kill {n} Militants In Gun Battle Near {town}",
    "{n} insurgents were killed when they attacked a military post in {region} and soldiers fought back, {src}.",
    "Security forces neutralised {n} {rebel} during a joint operation in {region}.",
    "The army said its troops killed {n} militants in fierce fighting near {town}, while {m} soldiers were wounded.",
    "Rival armed factions fought with heavy weapons in {town} {day}, {src}.",
    "{rebel} ambushed an army patrol near {town}; {n} soldiers died in the ensuing firefight.",
    "Militants launched an assault on a police station in {town} but were beaten back after a gun battle, {src}.",
    "Pro-government fighters and {rebel} clashed in {region}, and dozens were killed on both sides.",
]
T["ATTACK"] += [
    "Gunmen Kill {n} Villagers In {region}",
    "{n} civilians were killed by armed men in {region} {day}, {src}.",
    "Attackers shot dead a Christian pastor in {town} as he was leaving his church.",
    "Militants killed {n} people in a raid on a market in {town}, {src}.",
    "A local aid worker was gunned down by unknown assailants in {town} {day}.",
    "Armed men on horseback attacked villagers in {region}, killing {n} people and burning homes.",
]
T["GOV_REGAINS_TERIT"] += [
    "Army Retakes {town} From {rebel}",
    "Security forces regained control of {town} {day} after {rebel} were driven out, {src}.",
    "{army} pushed militants back from {town} and restored government control over the district.",
    "The national army reclaimed several villages in {region} that had been under the control of {rebel}.",
]
T["NON_STATE_ACTOR_OVERTAKES_TER"] += [
    "{rebel} Seize Control Of {town}",
    "{rebel} took over {town} {day} after a short battle with local forces, {src}.",
    "The insurgents captured the town of {town} and now control the road to {town2}.",
    "Armed rebels seized control of several districts in {region}, {src}.",
]
T["NON_VIOL_TERRIT_TRANSFER"] += [
    "{army} took control of {town} peacefully after {rebel} left the area under a deal, {src}.",
    "The handover of {town} from the rebels to government forces was completed without a shot being fired.",
    "Foreign forces pulled out of their base near {town} {day}, leaving it to the national army.",
]
T["CHANGE_TO_GROUP_ACT"] += [
    "{n} {rebel} fighters laid down their arms and joined a rival faction, {src}.",
    "{rebel} announced they were ending their alliance with the government.",
    "The army moved troops and artillery towards the border with {country} {day}.",
    "Tensions rose as {rebel} massed fighters on the edge of {town}, {src}.",
    "Militia commanders in {region} said they would pull their fighters back from the front line.",
]
T["DISR_WEAP"] += [
    "Police Seize Weapons Cache In {town}",
    "Troops defused a bomb found on a bridge near {town} {day}, {src}.",
    "Security forces recovered a haul of rifles, grenades and ammunition from a hideout of {rebel} in {region}.",
    "An attempted bombing was foiled in {town} when police found explosives in a parked car.",
    "Incoming rockets were intercepted over {town} by the air defence system, {src}.",
]
T["ARREST"] += [
    "Police Arrest Opposition Leader In {town}",
    "{n} suspected militants were arrested in a security operation in {region}, {src}.",
    "Authorities detained a journalist who had reported on corruption in {town}.",
    "Police in {town} arrested {n} people suspected of involvement in the attack, {src}.",
]
T["AGREEMENT"] += [
    "{rebel} and the government agreed on a ceasefire to allow aid into {town}.",
    "Both sides signed an agreement to withdraw heavy weapons from the front line in {region}.",
    "Local leaders brokered a truce between rival militias in {town} {day}.",
]
T["PROPERTY_DISTRUCT"] += [
    "{rebel} burned several homes and a clinic in {region} {day}, {src}.",
    "Shops were looted and vehicles torched in {town} after the security forces pulled out.",
    "Unknown attackers destroyed power pylons in {region}, cutting electricity to {town}.",
]
T["OTHER"] += [
    "The UN Security Council met to discuss the deteriorating situation in {region}.",
    "Hundreds of families have abandoned their homes in {region} fearing new attacks, {src}.",
    "A military court in {town} sentenced {n} soldiers for desertion.",
]


# Protest snippets built from an opening and an outcome: the outcome, not the opening, decides the label.
PROTEST_OPENINGS = [
    "Thousands of people rallied in {town} {day} against the government",
    "Hundreds of protesters marched through {town} to demand the release of detained opposition figures",
    "Demonstrators took to the streets of {town} for a third day over rising fuel prices",
    "Crowds gathered in the main square of {town} {day} to protest against the election result",
    "Students protested in {town} against the closure of their university",
    "Supporters of the opposition held a rally in {town} {day}",
    "Workers demonstrated outside the parliament in {town} over unpaid wages",
    "Residents of {town} protested against repeated power cuts",
    "Anti-government protests continued across {country} {day}, with the largest crowds in {town}",
    "Protesters returned to the streets of {town} for the seventh weekend in a row",
]
PROTEST_OUTCOMES = {
    "PEACE_PROTEST": [
        "and the march ended without incident, {src}.", "chanting slogans and waving flags, {src}.",
        "and organisers said the protest remained peaceful throughout.", "before dispersing peacefully in the evening.",
        "and speakers called for a general strike next week.",
    ],
    "VIOL_DEMONSTR": [
        "and police fired tear gas after protesters pelted them with stones and set a car alight.",
        "and officers used water cannon when demonstrators attacked them with rocks and fireworks, {src}.",
        "and clashes broke out when some protesters threw stones at police, {src}.",
        "before the protest turned violent, with demonstrators burning tyres and smashing shop windows.",
        "and youths set cars on fire and fought running battles with the police.",
        "and several officers were hurt as protesters hurled rocks and bottles.",
        "and rioters looted shops and attacked a police station.",
        "and protesters stormed a government building and set it on fire.",
    ],
    "PROTEST_WITH_INTER": [
        "but police fired tear gas to disperse them and arrested several people, {src}.",
        "before riot police broke up the gathering with water cannon.",
        "and police detained {n} of the protesters, {src}.",
        "but security forces blocked the march and dispersed the crowd with batons.",
    ],
    "FORCE_AGAINST_PROTEST": [
        "but security forces violently dispersed them, leaving dozens seriously injured, {src}.",
        "and police beat the protesters with clubs, sending {n} of them to hospital with serious injuries.",
        "and troops fired rubber bullets and live rounds into the crowd, wounding {n} people.",
        "and security forces opened fire on the crowd, killing {n} protesters, {src}.",
        "and {n} demonstrators were shot dead when troops fired live rounds into the crowd.",
        "and police killed a protester with live ammunition, {src}.",
    ],
}


# Fourth round: the register of state and partisan media in wars (Syria, Yemen, Iraq) and of South Asian and
# Nigerian dailies, which wire snippets often quote.
T["ARMED_CLASH"] += [
    "The army troops engaged in fierce clashes with the terrorists in the countryside of {town}, killing a large number of them.",
    "The army and popular forces fended off an attack by mercenaries on their positions near {town}, inflicting heavy losses.",
    "Scores of Takfiri terrorists were killed or wounded in tough battles with the army units east of {town}.",
    "Field sources said the army's special forces clashed with militants on several fronts in {region}.",
    "The troops, backed by local defence forces, killed {n} bandits in a gun duel in {region}, the police spokesman said.",
]
T["GOV_REGAINS_TERIT"] += [
    "The army units liberated several villages and hilltops in the countryside of {town} after expelling the terrorists.",
    "The army troops, backed by allied fighters, seized back full control over {town} after the militants fled.",
    "Government forces restored security and stability to {town} after clearing it of the last militant pockets.",
]
T["NON_STATE_ACTOR_OVERTAKES_TER"] += [
    "The terrorists managed to seize several positions of the army near {town} in a surprise offensive.",
    "Opposition factions said they had captured the village from regime forces after fierce fighting.",
]
T["ART_MISS_ATTACK"] += [
    "The army's artillery and missile units targeted the terrorists' gatherings in the countryside of {town}.",
    "The rocket and artillery units of the army pounded the militants' positions and supply routes near {town}.",
    "The rebels launched a ballistic missile at a military camp across the border, the group's spokesman said.",
]
T["AIR_STRIKE"] += [
    "The army's air force targeted the terrorists' positions and movements in the countryside of {town}.",
    "Warplanes of the aggression coalition launched {n} raids on {town} over the past hours.",
    "Unidentified aircraft bombed positions of pro-government militias near the border {day}.",
]
T["DISR_WEAP"] += [
    "The army's engineering units dismantled explosive devices planted by the terrorists in the streets of {town}.",
    "Police recovered a country-made pistol and live cartridges from the accused, {src}.",
    "The army found weapons, ammunition and equipment left behind by the terrorists in the liberated villages near {town}.",
    "The army's air defence confronted hostile missiles over {town} and downed most of them, {src}.",
]
T["CHANGE_TO_GROUP_ACT"] += [
    "The army dispatched large military reinforcements to the frontlines in {region} in preparation for an imminent operation.",
    "The terrorist groups were seen fortifying their defences and digging tunnels near {town}.",
    "Large convoys of troops and equipment were sent to {region}, {src}.",
]
T["ARREST"] += [
    "The accused was arrested from his residence in {town} and booked under relevant sections, police said.",
    "Police nabbed {n} suspects in connection with the killing in {town}, {src}.",
]
T["GRENADE"] += [
    "Militants hurled a grenade at a security forces' vehicle in {town}, {src}.",
    "A grenade thrown by suspected militants exploded near a police picket in {town}, injuring {n} people.",
]
T["MOB_VIOL"] += [
    "A mob of villagers lynched a suspected cattle thief in {region}, police said.",
    "Irate youths beat up a man suspected of stealing a motorcycle in {town} until he died.",
]
