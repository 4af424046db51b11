/**
 * The words the key-figures engine knows, in one place. Lower case; matched
 * against a token's text with any trailing period and possessive removed.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Courtesy titles: stripped from names, never a role on their own. */
export const HONORIFICS = words(`mr mrs ms miss mx sir dame madam mister messrs`);

/**
 * Heads of a role: the word a title ends on ("Defense Secretary", "Taliban spokesman").
 * A name preceded by one of these is a person, and the words before it form the role.
 */
export const ROLE_HEADS = words(`
  president vice-president secretary minister premier chancellor prime king queen prince princess emperor
  emir sheikh sultan pope cardinal bishop archbishop rabbi imam pastor reverend rev
  governor gov senator sen rep representative congressman congresswoman lawmaker legislator mayor councillor
  councilman councilwoman speaker ambassador envoy diplomat delegate commissioner attorney prosecutor solicitor
  lawyer judge justice magistrate sheriff inspector detective officer constable trooper
  general gen admiral adm colonel col lieutenant lt major maj sergeant sgt captain capt commander cmdr
  corporal cpl private marshal brigadier
  chief head chairman chairwoman chairperson chair ceo cfo coo cto cmo founder co-founder cofounder owner
  director manager president-elect executive partner principal dean provost professor prof lecturer
  researcher scientist economist analyst strategist adviser advisor consultant aide assistant deputy
  spokesman spokeswoman spokesperson spokesmodel editor reporter correspondent columnist writer author
  journalist anchor host presenter producer insider critic commentator
  doctor dr physician surgeon nurse psychologist psychiatrist pharmacist dentist veterinarian
  engineer architect designer developer programmer inventor entrepreneur investor billionaire banker trader
  singer actor actress star rapper musician guitarist drummer bassist songwriter composer director filmmaker
  comedian artist painter photographer model dancer chef
  coach quarterback receiver rusher linebacker lineman tackle guard center defenseman goaltender goalie
  goalkeeper keeper winger forward striker midfielder defender pitcher catcher outfielder infielder shortstop
  pitcher batsman bowler captain rookie player champion driver cyclist runner swimmer boxer wrestler
  jockey skipper referee umpire dl ol db lb wr rb te qb
  activist campaigner organizer candidate nominee challenger incumbent leader official administrator
  treasurer trustee secretary-general president-elect whip
  spinner bowler all-rounder allrounder batter fielder sailor athlete mogul eyewitness witness businessman businesswoman
  negotiator summiteer co-summiteer climber mountaineer teacher student resident neighbour neighbor farmer worker soldier boss
  widower nominee survivor victim mp
`);

/** Heads written in two words, keyed by the second: "running back". */
export const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['back', words('running defensive full half')],
  ['end', words('tight defensive')],
  ['rounder', words('all')],
  ['ministero', words('pubblico')],
  ['secretary', words('press')],
]);

/** Family ties: a role only when set beside the name ("his wife, Kimberly"), never read as a title. */
export const RELATION_WORDS = words(
  `wife husband widow widower son daughter mother father brother sister grandson granddaughter partner fiancee fiance`,
);

/** Words that qualify a role without being one ("former", "deputy"); kept inside the role text. */
export const ROLE_MODIFIERS = words(`
  former then late acting interim deputy vice assistant associate senior junior chief executive general
  managing national foreign defense defence state federal regional district county city
  security health finance interior justice homeland treasury education energy labor labour
  lead principal co
`);

/** A name can carry these between its parts ("Richard von Weizsäcker", "Jason La Canfora"). */
export const NAME_PARTICLES = words(`von van der den de la le da di du del dos das bin ibn al el`);

/** Generational suffixes: part of the name, not a separate person. */
export const NAME_SUFFIXES = words(`jr sr ii iii iv v`);

/**
 * Last words of organisations and places: a capitalised run ending on one of
 * these ("Home Depot Inc", "Goddard Space Flight Center") is not a person.
 */
export const ORGANISATION_WORDS = words(`
  inc corp corporation co company companies ltd llc plc group holdings partners ventures capital fund
  bank airlines airways motors agency administration department ministry office bureau service services
  council commission committee court parliament congress senate assembly government party army navy force
  forces police guard university college school institute academy center centre hospital clinic foundation
  association society union league federation club team network news times post journal magazine press
  partnership trust tribune herald gazette review channel studio studios records observatory telescope museum church mosque
  temple house street avenue road square park river sea ocean island islands mountain valley county state
  theatre theater cinema gallery hotel restaurant pub productions pictures entertainment media airport
  city province region republic kingdom airport station stadium arena field hall tower bridge
  cup trophy award awards prize championship championships tournament series bowl open games olympics
  reuters bloomberg twitter facebook instagram google apple amazon microsoft
  presse afp ap xinhua dpa efe ansa lusa tass kyodo yonhap bernama anadolu pti ians upi
`);

/** Verbs of speech: a capitalised name beside one is a speaker, so a person. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds wrote writes tweeted tweets noted notes asked asks explained explains
  argued argues stated states announced announces claimed claims recalled recalls insisted insists replied
  replies responded responds warned warns acknowledged acknowledges admitted admits confirmed confirms
  continued continues quipped joked
`);

/** Words that begin a sentence or a run but are never part of a name. */
export const NOT_NAME_WORDS = words(`
  the a an this that these those he she it they we i you his her its their our my your
  but and or so yet if when while after before since because although though as at in on of for by with
  from to into onto over under about above below between through during without within
  meanwhile however moreover also then now later earlier today yesterday tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  god lord christmas easter ramadan
`);

/** Words before a number that say how exact it is: kept with the figure ("about 45 minutes"). */
export const QUALIFIERS = words(
  `about around roughly nearly almost approximately some over under up least most more less than only just well mid another`,
);

/** Units of time: a number followed by one is a duration. */
export const TIME_UNITS = words(`
  second seconds minute minutes hour hours day days night nights week weeks month months year years decade
  decades century centuries weekend weekends quarter quarters season seasons
`);

/** Scale words that belong to the number before them. */
export const SCALE_WORDS = words(`hundred thousand million billion trillion bn m k`);

/** Currency words after a number. */
export const CURRENCY_WORDS = words(
  `dollar dollars euro euros pound pounds yen yuan renminbi rupee rupees franc francs cents pence rubles roubles`,
);

/** Units of measure beyond compromise's own #Unit tag. */
export const MEASURE_UNITS = words(`
  fps mph kph km kilometers kilometres miles mile meters metres feet foot inches tons tonnes pounds kg kilograms
  grams degrees points yards goals shots saves carries touchdowns barrels acres gallons liters litres gb tb mb
  mw gw kw watts calories votes seats
  meter metre kilometer kilometre foot inch ton tonne kilogram gram degree point yard goal litre liter acre gallon barrel mts
`);

/** Relative words that make a date vague ("this year", "next week"): listed last or not at all. */
export const VAGUE_DATE_WORDS = words(`this last next recent coming past previous early late few several many recently`);

/** Nouns before a name that say it names an organisation ("the agency Lodestar Universal", "record label Big Machine"). */
export const ORGANISATION_CONTEXT = words(`
  agency company firm group club team band newspaper network channel airline bank university hospital school magazine
  publisher label studio startup insurer carrier retailer maker chain brand manufacturer rival rivals competitor
`);

/** Companies and agencies whose name leads a product's or a service's ("Amazon Alexa", "Google Maps", "Reuters Breakingviews"): a run opening with one is not a person. */
export const BRAND_WORDS = words(`
  reuters bloomberg twitter facebook instagram google apple amazon microsoft youtube netflix samsung tiktok
  afp xinhua dpa efe ansa lusa tass kyodo yonhap bernama anadolu
`);

/** Verbs of a result between two teams ("Carolina beat Chicago"): the one before is a team, not a person. */
export const RESULT_VERBS = words(`beat beats defeated defeats edged edges downed routed blanked topped tops outlasted thrashed`);

/** Nouns of published findings: what comes "from" after one is an organisation ("a new survey from Piper Jaffray"). */
export const FINDINGS_WORDS = words(
  `survey surveys report reports study studies poll polls data research analysis figures estimates forecast index`,
);

/** Securities: what is "of" a company ("shares of John Deere", "Morgan Stanley stock", "les actions de Louis Vuitton"), never of a person. */
export const SECURITY_WORDS = words(
  `share shares stock stocks stake stakes bonds aktie aktien anteile action actions acción acciones ação ações azione azioni titolo titoli`,
);

/** Verbs of a player's line in a game report ("Tuukka Rask made 25 saves", "Shaq Vann rushed for 101 yards"): a full name before one, a number after, is a player. */
export const STAT_VERBS = words(
  `scored stopped made had rushed passed threw caught added finished netted converted kicked saved blocked collected grabbed posted recorded`,
);
