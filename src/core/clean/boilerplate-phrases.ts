/**
 * What the furniture around an article says, as data, in one place.
 * Each pattern is matched against a whole short block after
 * normalizeForCompare() (lower case, no punctuation, no accents), so a
 * sentence of the story that merely mentions comments or sharing never
 * matches: the block must consist of the phrase (and at most a short tail).
 *
 * kind decides what else goes with a match: a `comments` or `related` heading
 * takes the comment thread or link list after it, an `author` heading late in
 * the story the author's box after it; the others go alone.
 */
export type BoilerplateKind = 'comments' | 'author' | 'share' | 'newsletter' | 'related' | 'advertisement' | 'meta' | 'popover' | 'hidden';

export interface BoilerplatePhrase {
  kind: BoilerplateKind;
  lang: 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
  /** Matched against the normalized text of the whole block. */
  pattern: RegExp;
}

const p = (kind: BoilerplateKind, lang: BoilerplatePhrase['lang'], pattern: RegExp): BoilerplatePhrase => ({ kind, lang, pattern });

export const BOILERPLATE_PHRASES: readonly BoilerplatePhrase[] = [
  // Comment forms and threads.
  p('comments', 'en', /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)s?( cancel reply)?$/),
  p('comments', 'en', /^your email( address)? will not be published( required fields are marked)?$/),
  p('comments', 'en', /^required fields are marked$/),
  p('comments', 'en', /^(post|submit) comment$/),
  p('comments', 'en', /^comments? (are|is) (now )?closed( for this (story|article|post|entry|blog))?$/),
  p('comments', 'en', /^(\d+|no|one|show|view|read|hide|load more)( \d+)? (comments?|responses?|replies)( so far)?$/),
  p('comments', 'en', /^comments?( \d+)?$/),
  p('comments', 'en', /^(join|start) the (conversation|discussion)$/),
  p('comments', 'en', /^(log|sign) ?in to (comment|reply|post a comment|join the conversation)$/),
  p('comments', 'en', /^you must be logged in to post a comment$/),
  p('comments', 'en', /^please enable javascript to (view|post) (the )?comments?( powered by disqus)?$/),
  p('comments', 'en', /^comments powered by disqus$/),
  p('comments', 'en', /^(be the first to comment|what do you think|tell us what you think|have your say|we want to hear from you)$/),
  p('comments', 'en', /^save my name email and website in this browser for the next time i comment$/),
  p('comments', 'en', /^notify me of (follow up comments|new posts) by email$/),
  p('comments', 'en', /^this site uses akismet to reduce spam learn how your comment data is processed$/),
  p('comments', 'de', /^(kommentar|antwort) (schreiben|hinterlassen|verfassen)$/),
  p('comments', 'de', /^(schreibe|hinterlasse) einen kommentar( abbrechen)?$/),
  p('comments', 'de', /^deine e ?mail adresse wird nicht veroffentlicht( erforderliche felder sind mit markiert)?$/),
  p('comments', 'de', /^ihre e ?mail adresse wird nicht veroffentlicht( erforderliche felder sind mit markiert)?$/),
  p('comments', 'de', /^erforderliche felder sind mit markiert$/),
  p('comments', 'de', /^(\d+|keine) kommentare?$/),
  p('comments', 'de', /^kommentare?( \d+)?$/),
  p('comments', 'de', /^die kommentarfunktion (ist|wurde) geschlossen$/),
  p('comments', 'fr', /^(laisser|ecrire|ajouter) un (commentaire|reponse)$/),
  p('comments', 'fr', /^votre adresse (e ?mail|de messagerie) ne sera pas publiee( les champs obligatoires sont indiques avec)?$/),
  p('comments', 'fr', /^les champs obligatoires sont indiques avec$/),
  p('comments', 'fr', /^(\d+|aucun) commentaires?$/),
  p('comments', 'fr', /^les commentaires sont fermes$/),
  p('comments', 'es', /^(deja|deje|dejar|escribe|escribir|publicar) (un|una|tu) (comentario|respuesta)$/),
  p('comments', 'es', /^tu (direccion de )?correo electronico no sera publicad[oa]( los campos obligatorios estan marcados con)?$/),
  p('comments', 'es', /^los campos obligatorios estan marcados con$/),
  p('comments', 'es', /^(\d+|sin) comentarios?$/),
  p('comments', 'es', /^los comentarios estan cerrados$/),

  // The author's box under the story: a heading, the name, the biography. Fixture: author--box-and-membership-pitch.
  p('author', 'en', /^(about the authors?|about the writer|author bio|about me)$/),
  p('author', 'de', /^(uber den autor|uber die autorin|zum autor|zur autorin)$/),
  p('author', 'fr', /^(a propos de l auteur|l auteur|a propos de l autrice)$/),
  p('author', 'es', /^(sobre el autor|sobre la autora|acerca del autor)$/),

  // Share and like bars.
  p('share', 'en', /^(share|like|tweet|pin|email) (this|it|on \w+|via \w+|this (article|story|post))?$/),
  p('share', 'en', /^share( this)?( (article|story|post|page))?( on)?( (facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest))*$/),
  p('share', 'en', /^(click|tap) to (share|email|print)( this)?( on| to| via)?( a friend)?( \w+)?( opens in new window)?$/),
  p('share', 'en', /^like loading$/),
  p('share', 'en', /^(facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|print|copy link|messenger|telegram)( (facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|print|copy link|messenger|telegram))*$/),
  p('share', 'en', /^follow( \w+){1,3} on (twitter|facebook|instagram|youtube|linkedin|tiktok|x)( (and|or|twitter|facebook|instagram|youtube|linkedin|tiktok|x)){0,6}$/),
  p('share', 'de', /^folge?n? (sie )?(uns|\w+) (auf|bei) (twitter|facebook|instagram|youtube|linkedin|x)( (und|oder|twitter|facebook|instagram|youtube|linkedin|x)){0,6}$/),
  p('share', 'fr', /^suivez (nous|\w+) sur (twitter|facebook|instagram|youtube|linkedin|x)( (et|ou|twitter|facebook|instagram|youtube|linkedin|x)){0,6}$/),
  p('share', 'es', /^siguenos (en )?(twitter|facebook|instagram|youtube|linkedin|x)( (y|o|twitter|facebook|instagram|youtube|linkedin|x)){0,6}$/),
  p('share', 'de', /^(artikel |beitrag )?(teilen|teile dies|jetzt teilen)( auf \w+)?$/),
  p('share', 'de', /^gefallt mir( wird geladen)?$/),
  p('share', 'fr', /^(partager|partagez)( (cet|cette|sur) (article|page|\w+))?$/),
  p('share', 'fr', /^j aime( chargement)?$/),
  p('share', 'es', /^(compartir|comparte)( (esto|este articulo|en \w+))?$/),
  p('share', 'es', /^me gusta( cargando)?$/),

  // Newsletter sign-up boxes.
  p('newsletter', 'en', /^(sign up|subscribe|register)( now)?( for| to)? (our|the)( free| daily| weekly)? (newsletters?|email|briefing|digest)/),
  p('newsletter', 'en', /^(get|receive) (our|the) (latest |best )?(news|stories|headlines|newsletter)( delivered)?( straight)? to your inbox/),
  p('newsletter', 'en', /^(get|receive|have) [\w ]{0,40} (in|to|delivered to) your inbox( \w+){0,12}$/),
  p('newsletter', 'en', /^(sign up|subscribe)( now| today)? (for|to) [\w ]{0,50}(newsletters?|alerts|briefing|digest)$/),
  p('newsletter', 'en', /^(enter your email( address)?|email address|your email)( to subscribe| here)?$/),
  p('newsletter', 'en', /^(subscribe|sign up)( now| today| for free)?$/),
  p('newsletter', 'en', /^(newsletter|newsletters|daily newsletter)$/),
  p('newsletter', 'en', /^thank you for (signing up|subscribing)/),
  p('newsletter', 'en', /^subscribe to (the |our )?[\w ]{1,40} (youtube channel|podcast|channel)( for [\w ]{1,60})?$/),
  p('newsletter', 'de', /^(newsletter )?(abonnieren|jetzt anmelden|zum newsletter anmelden)$/),
  p('newsletter', 'de', /^melden sie sich (jetzt )?(fur|zu) unserem newsletter an/),
  p('newsletter', 'fr', /^(abonnez vous|inscrivez vous) (a|à) (notre|la) newsletter/),
  p('newsletter', 'fr', /^recevez (notre|la) newsletter/),
  p('newsletter', 'es', /^(suscribete|suscribase|registrate) (a|en) (nuestro|nuestra|el|la) (newsletter|boletin)/),

  // Related and read-more lists.
  p('related', 'en', /^(related|similar|recommended|more|popular|trending|latest|top|recent)( \w+)? (posts|articles|stories|reads|content|news|coverage|links|reading)( on \w+)?$/),
  p('related', 'en', /^(read|see) (more|also|next)( on \w+| about this( story| topic)?| from \w+)?$/),
  p('related', 'en', /^(you may|you might|we think you ll) (also )?(like|enjoy|be interested in)( this| these)?$/),
  p('related', 'en', /^(more from|more in|more on|also on|related to) \w+( \w+)?$/),
  p('related', 'en', /^(related|recommended|more stories|most read|most popular|trending now|what to read next|further reading)$/),
  // A bare "More:" over a few links, and a promo line that sends the reader to the site ("READ MORE ON <SITE> BY CLICKING HERE").
  p('related', 'en', /^more$/),
  p('related', 'en', /^((read|see|watch) more( \w+){0,5} (by )?click(ing)? here|click here (to|for) (read|see|watch) more( \w+){0,5})$/),
  // In-story kickers over a few links to other stories ("DON'T MISS", then links tagged [INSIGHT], [VIDEO]). Fixture: related--dont-miss-kicker.
  p('related', 'en', /^(don t miss|do not miss|must read|must reads|also read|editor s picks|top picks|more to read)$/),
  p('related', 'de', /^(mehr zum thema|das konnte sie auch interessieren|weitere artikel|verwandte artikel|lesen sie auch|auch interessant|meistgelesen)$/),
  p('related', 'fr', /^(a lire aussi|lire aussi|articles similaires|sur le meme sujet|voir aussi|les plus lus)$/),
  p('related', 'es', /^(lee tambien|lea tambien|te puede interesar|articulos relacionados|noticias relacionadas|mas leidas|tambien te puede interesar)$/),

  // Account and gallery controls left as text: "Sign In", "Image 1 of 8", "Caption", "Close". Fixture: gallery--controls-and-credits.
  p('meta', 'en', /^(sign in|log in|login|sign in register|log in register|register|my account|sign out|log out)$/),
  p('meta', 'en', /^(image|photo|picture|slide|foto|bild) \d+ (of|von|de|sur) \d+$/),
  p('meta', 'en', /^(learn more|caption|close|hide caption|show caption|toggle caption|expand|enlarge|fullscreen|full screen|view gallery|open gallery|launch gallery|back to gallery|previous|next|prev)$/),
  p('meta', 'en', /^this (slideshow|gallery|video|content|embed) requires javascript$/),
  p('meta', 'en', /^(your browser does not support (the )?(video|audio)( tag| element)?|please enable javascript( to view( this)?( content| video| gallery)?)?)$/),
  // A media player's fallback notice, shown where the plugin or format is missing (show-fallbacks.ts lets the fallback's caption through).
  p('meta', 'en', /^this (video|content|media|clip|player) is (unavailable|not available)( in (this|the) format( required)?( for your (device|browser|device os))?)?$/),
  p('meta', 'en', /^((you need|get|download|install)( the)?( latest)?( version of)?( adobe)? flash( player)?( to (view|watch|see) this( video| content)?)?)$/),

  // Advertisement labels.
  p('advertisement', 'en', /^(advertisement|advertisements|advert|adverts|advertising|sponsored( content)?|ad|ads|story continues below( this)? advertisement|article continues below( this)? (advertisement|ad)|continue reading (the main story|below))$/),
  p('advertisement', 'de', /^(anzeige|werbung|weiter nach der anzeige|artikel wird nach der anzeige fortgesetzt)$/),
  p('advertisement', 'fr', /^(publicite|annonce|la suite apres cette publicite|la suite apres la publicite)$/),
  p('advertisement', 'es', /^(publicidad|anuncio|continua despues de la publicidad)$/),
];

/**
 * Notices the site prints under every story, longer than a phrase (up to
 * NOTICE_MAX_WORDS): affiliate disclosures, copyright notices, a science
 * site's "Citation: <headline> (2019, November 18) retrieved 20 November 2019
 * from <url>". Each opens with words no story paragraph opens with, and
 * `lead` tests the raw text first so that paragraphs are not normalized for
 * nothing. Fixture: notice--citation-and-copyright.
 */
export const NOTICE_PHRASES = {
  lead: /^\W*(?:this (?:post|article|page|story|document|material)|the contents of this|citation|copyright|all rights reserved|if you (?:enjoyed|liked|value|appreciate)|get|unlock|join our|need more)\b/i,
  patterns: [
    /^this (post|article|page|story) (may )?(contain|contains|includes?) affiliate( and or referral| and| or)? links\b/,
    /^this (document|article|material|content) is (subject to|protected by) copyright\b/,
    /^the contents of this (site|website|page) are (c )?(copyright )?\d{4}\b/,
    /^citation [\s\S]{1,300} retrieved( on)? \d{1,2} \w+ \d{4} from\b/,
    // The membership pitch: "If you enjoyed this article, … we have a proposition for you: Join NRPLUS."
    /^if you (enjoyed|liked|value|appreciate) (this|our) (article|story|post|journalism|reporting|work)\b[\s\S]{0,200}\b(join|subscribe|become a (member|subscriber|supporter)|support us|donate)\b/,
    // The publisher's other products: "Get access to <service> for as little as Rs 599", "Get <magazine> delivered
    // through your letterbox every month", "Join our forums to keep talking …", "Need more space? Subscribe to our sister title".
    /^(get|unlock) (full |unlimited |exclusive )?access to [\s\S]{1,120}\b(for as little as|subscriptions?|subscribe)\b/,
    /^get [\w ]{1,40} delivered (to your (door|doorstep|home)|through your (letterbox|letter box|door))\b/,
    /^join our [\w ]{1,30} (forums?|community) to\b/,
    /^(need more [\w ]{1,20} )?subscribe to our sister (title|magazine|publication|site)\b/,
  ] as readonly RegExp[],
};

/**
 * Words of a dateline or byline ("Updated Nov 19, 9:41 AM; Posted Nov 18",
 * "By Ann Lee - 11/18/19 11:04 PM EST", "Publié le 3 mars 2024 à 10 h 12",
 * "sexta-feira, 22 de outubro de 2010 às 20:13").
 * A short block is a dateline when it holds a date or a time, a keyword
 * (or a time), and almost nothing else (see match-dateline.ts). Normalized
 * forms: lower case, no accents.
 */
export const DATELINE = {
  keywords: new Set([
    'updated', 'update', 'posted', 'published', 'modified', 'last', 'first', 'by', 'on', 'at', 'and', 'ago', 'read', 'time', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days',
    'aktualisiert', 'veroffentlicht', 'erstellt', 'stand', 'am', 'um', 'uhr', 'von', 'zuletzt', 'lesezeit', 'vor', 'minuten', 'stunden', 'tagen',
    'publie', 'mis', 'jour', 'le', 'a', 'par', 'h', 'lecture', 'il', 'y', 'mise',
    'publicado', 'actualizado', 'el', 'por', 'las', 'de', 'del', 'hace', 'lectura',
    'atualizado', 'as', 'em', 'do', 'da',
  ]),
  months: new Set([
    'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
    'januar', 'jänner', 'februar', 'marz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
    'janvier', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
    'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  ]),
  weekdays: new Set([
    'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
    'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'feira',
  ]),
  /** Time of day and zone markers: "am", "p m", "est", "utc", "mez". */
  clock: new Set(['am', 'pm', 'p', 'm', 'a', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'gmt', 'bst', 'utc', 'cet', 'cest', 'mez', 'mesz', 'ist', 'aest', 'et', 'pt']),
  /** Keywords that alone make a short dated block a dateline. */
  leads: /^(updated|posted|published|last (updated|modified)|first published|by|aktualisiert|veroffentlicht|stand|zuletzt|publie|mis a jour|mise a jour|publicado|actualizado|atualizado|por)( |$)/,
};

/**
 * Prefixes of an in-story teaser line: "Related: <link>", "READ MORE: <link>".
 * The rest of the block must be a link to count (remove-teaser-links.ts).
 */
export const TEASER_PREFIXES: readonly RegExp[] = [
  /^(related|related story|related article|related coverage|see more|read more|more|see also|also|also read|read also|watch|listen|don t miss|must read|recommended|click here|trending)$/,
  /^(mehr zum thema|lesen sie auch|auch interessant|siehe auch|mehr dazu|passend dazu)$/,
  /^(a lire aussi|lire aussi|voir aussi|a voir aussi|sur le meme sujet|a lire egalement)$/,
  /^(lee tambien|lea tambien|te puede interesar|ver tambien|mas informacion|relacionado)$/,
];

/**
 * Image and photo credits, matched on the raw text of a block of at most ten
 * words: "Photo: Ann Lee, AP", "(Image: © NASA)", "Image copyright Getty
 * Images", "Alex Wong | Getty Images". A label needs its colon, © or
 * "copyright", so "Photos of the flood are online." stays.
 */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  /^\(?\s*(?:images?|photos?|pictures?|fotos?|bild(?:er)?|illustrations?|credits?|crédits?|source|quelle|fuente|photographie|grafik)\s*(?:copyright|credit|source|de|par|von)?\s*(?::|©|\|)/iu,
  /^\(?\s*(?:images?|photos?|pictures?|fotos?)\s+(?:copyright|credit|courtesy)\b/iu,
  /^\(?\s*©/u,
  // "(AP Photo/Alan Diaz, File)", "[File: Reuters]", and an agency name alone under a picture ("Getty Images").
  /^[([]?\s*(?:AP|AFP|Reuters|EPA|Getty Images|Getty|Bloomberg|Xinhua)\s+Photos?\b/u,
  /^[([]?\s*File\s*(?:photo)?\s*:\s*(?:AP|AFP|Reuters|EPA|Getty|Bloomberg|Xinhua)\b/iu,
  /^[([]?\s*(?:getty images|afp|reuters|epa|shutterstock|istock|alamy|rex features|picture alliance|imago|keystone)(?:\s*(?:\/|via|for)\s*[\w .]+)?\s*[)\]]?$/iu,
  /(?:\||\/|,|\bvia|\bfor)\s*(?:getty images|getty|ap photo|ap|afp|reuters|epa|shutterstock|istock|dpa|picture alliance|imago|keystone|alamy|rex features|rex|bloomberg|nasa)\s*\)?\s*$/iu,
];

/**
 * Class and id fragments that mark a container as furniture on the original
 * page. Readability drops many such blocks already; these are the ones that
 * slip past its own unlikely-candidate list (comment plugins, share widgets).
 */
export const BOILERPLATE_HINTS: ReadonlyArray<{ kind: BoilerplateKind; pattern: RegExp }> = [
  { kind: 'comments', pattern: /(?:^|[-_\s])(?:comments?|comment-?(?:respond|form|list|area|section|wrap)|respond|reply-?form|wpdiscuz|wpd-[\w-]+|disqus[\w-]*|fb-comments|commentlist|discussion)(?:$|[-_\s])/i },
  { kind: 'share', pattern: /(?:^|[-_\s])(?:share(?:daddy|bar|-?buttons?|-?tools|-?links|-?icons)?|sharing|social(?:-?(?:share|links|icons|buttons|bar))?|sd-sharing[\w-]*|sd-like|addthis[\w-]*|a2a[\w-]*|shareaholic[\w-]*|jp-relatedposts|likes?-?widget)(?:$|[-_\s])/i },
  { kind: 'newsletter', pattern: /(?:^|[-_\s])(?:newsletter[\w-]*|subscribe[\w-]*|subscription[\w-]*|signup[\w-]*|sign-up[\w-]*|optin[\w-]*|mc4wp[\w-]*)(?:$|[-_\s])/i },
  { kind: 'related', pattern: /(?:^|[-_\s])(?:related[\w-]*|jp-relatedposts|yarpp[\w-]*|read-?more-?(?:list|links|box)|more-?stories|recommended[\w-]*|outbrain[\w-]*|taboola[\w-]*|ob-widget|trending[\w-]*|most-?(?:read|popular))(?:$|[-_\s])/i },
  // Hover cards and tooltips: an author's or a politician's card printed inside the sentence that names them.
  { kind: 'popover', pattern: /(?:^|[-_\s])(?:tooltip[\w-]*|popover[\w-]*|hovercard[\w-]*|rollover[\w-]*)(?:$|[-_\s])/i },
  // Text for screen readers only ("Image caption", "Opens in a new window"): sighted readers never see it.
  { kind: 'hidden', pattern: /(?:^|\s)(?:sr-only|visually-?hidden|screen-?reader-?(?:text|only)|visuallyhidden|off-?screen)(?:$|\s)/i },
  { kind: 'advertisement', pattern: /(?:^|[-_\s])(?:ad|ads|advert[\w-]*|advertisement|ad-?(?:slot|unit|container|wrapper|label)|dfp[\w-]*|gpt-ad[\w-]*|sponsored[\w-]*|promo-?box)(?:$|[-_\s])/i },
];
