/**
 * Every rule of the "is this page an article?" decision, as data, in one
 * place. General rules only: nothing here names a site or a page. Each list
 * says why it exists; the stages that read them are decide-by-*.ts.
 */

/** Path segments (whole) that open a listing: what follows is a tag, a topic, a person or a query, not a story. */
export const LISTING_SEGMENTS = new RegExp(
  '^(?:' +
    [
      // English
      'tags?|topics?|categor(?:y|ies)|sections?|authors?|archives?|search|labels?|keywords?|subjects?|series|people|person|profiles?',
      'users?|members?|contributors?|columnists?|writers?|journalists?|staff',
      // German, French, Spanish, Portuguese, Italian, Dutch (several share a stem)
      'them(?:a|en|es?)|schlagwort|stichwort|kategorie|categor(?:ie|ia|ias)|rubri(?:k|que|ek)|ressort|aut(?:or|ores|oren|eurs?|ore|ori)|suche|archiv',
      'sujets?|recherche|mot-cle|etiquettes?|temas?|etiquetas?|secci(?:on|ones)|buscar?|assunto|argoment[oi]|ricerca|sezione|trefwoord|onderwerp|zoeken',
    ].join('|') +
    ')$',
);

/** Path segments of pages that are never stories: accounts, shops, media players, forums, events, jobs. */
export const NON_ARTICLE_SEGMENTS = new RegExp(
  '^(?:' +
    [
      'log-?in|sign-?in|logout|register|sign-?up|(?:my-)?account|password|anmelden|connexion|iniciar-sesion',
      'cart|basket|checkout|warenkorb|panier|carrito|shop|store|produ(?:cts?|kt|it|cto)',
      'videos?|watch|galler(?:y|ies)|photos|fotos|photo-gallery|slideshows?|bildergalerie|galerie',
      'live|live-?blog|forums?|threads?|community|questions|events|event-calendar|calendar|jobs|careers|job-listings|stellenangebote|emploi',
      'recipes|rezepte|recettes|recetas|docs|documentation|api-reference|reference|404|error|not-found',
    ].join('|') +
    ')$',
);

/** Query parameters that make any page a search or a filtered listing (?s= is WordPress search). */
// prettier-ignore
export const SEARCH_PARAMS = ['s', 'q', 'query', 'search', 'keyword', 'keywords', 'term', 'searchterm', 'search_query', 'suche', 'recherche', 'busqueda'];

/** Query parameters that name one post on a site's root address (/?p=123, /index.php?article=…, ?storyID=…, ?fArticleId=…): any case. */
export const POST_ID_PARAMS = /^(?:p|article|story|post|\w*id)$/i;

/** Last segments that name an index page rather than a story. */
export const INDEX_FILES = /^(?:index|default|home|start|main)(?:\.\w{2,5})?$/i;

/** A segment that is only a language or region code: /en/, /de-de/, /pt_br/. */
export const LOCALE_SEGMENT = /^[a-z]{2}(?:[-_][a-z]{2,4})?$/i;

/** schema.org types whose presence as a top-level entity says "this page is one article". */
export const ARTICLE_TYPES =
  /^(?:(?:reportage|analysis|opinion|background|review|askpublic)?newsarticle|(?:tech|scholarly|satirical)?article|blogposting|report)$/;

/**
 * schema.org types (JSON-LD or microdata) in groups, each one feature of
 * the scored decision: a shop's item, a media object (episode, track,
 * video, picture), a discussion (thread, social post, Q&A) and the other
 * page kinds that hold many items (collections, search, profiles, live
 * blogs, jobs, events, recipes). A story with a video or a reviewed product
 * carries those types too; the weights, fitted beside the article type and
 * the page's prose, decide how much each says.
 */
export const TYPE_GROUPS = {
  product:
    /^(?:product|productgroup|productmodel|individualproduct|offer|aggregateoffer|offercatalog|car|vehicle|book|softwareapplication|mobileapplication)$/,
  media:
    /^(?:audioobject|podcastepisode|podcastseries|podcastseason|radioepisode|musicrecording|musicalbum|musicplaylist|musicgroup|videoobject|imageobject|imagegallery|mediagallery|videogallery|movie|tvepisode|tvseries|clip)$/,
  discussion: /^(?:discussionforumposting|socialmediaposting|qapage|question|faqpage|comment|conversation)$/,
  listing:
    /^(?:collectionpage|searchresultspage|profilepage|itemlist|liveblogposting|jobposting|event|musicevent|sportsevent|recipe|checkoutpage|realestatelisting|course|localbusiness|restaurant|store|place|person)$/,
} as const;

/** Open Graph types (og:type) of pages that are not articles, unless JSON-LD names an article. */
export const NON_ARTICLE_OG_TYPES =
  /^(?:product|product\.item|video(?:\.\w+)?|music(?:\.\w+)?|profile|books?\.book|book|place|business\.business|restaurant(?:\.\w+)?|game(?:\.\w+)?|og:product)$/i;

/** Open Graph types of articles. */
export const ARTICLE_OG_TYPES = /^(?:article|news(?:\.article)?|blog(?:post)?|object\.article)$/i;

/** Short headings or titles of error pages: the whole text matches, so a story about a 404 is not one. */
export const ERROR_TITLES = new RegExp(
  '^(?:' +
    [
      '(?:error\\s*)?(?:404|410)\\b.{0,40}',
      '(?:oops!?\\s*)?(?:this\\s+)?page(?:\\s+was)?\\s+(?:not|cannot\\s+be|could\\s+not\\s+be)\\s+found',
      "(?:sorry,?\\s*)?(?:we\\s+)?(?:can(?:no|')t|could\\s*n[o']t)\\s+find\\s+th(?:at|is|e)\\s+page",
      'not\\s+found|page\\s+introuvable|seite\\s+nicht\\s+gefunden|p[áa]gina\\s+n(?:o|[ãa]o)\\s+encontrada|pagina\\s+n(?:on\\s+trovata|iet\\s+gevonden)',
    ].join('|') +
    ')\\W{0,3}$',
  'i',
);

/** Class or id of a comment area: its timestamps and headings belong to readers, not to the page's shape. */
export const COMMENT_AREA = /comment|disqus|respon[sd]|reactions/i;

/** Buttons and labels that put an item in a cart: the page sells something. */
export const BUY_LABELS =
  /^\s*(?:add\s+to\s+(?:cart|bag|basket|trolley)|buy\s+now|in\s+den\s+warenkorb|ajouter\s+au\s+panier|a[ñn]adir\s+al\s+carrito|adicionar\s+ao\s+carrinho|aggiungi\s+al\s+carrello|in\s+winkelwagen)\s*$/i;

/** A paragraph at least this long (characters) is prose rather than a caption, a label or a one-line teaser. */
export const PROSE_CHARS = 120;

/** Bounds on untrusted JSON-LD. */
export const JSON_LD_LIMITS = { maxScripts: 16, maxChars: 250_000, maxDepth: 8, maxNodes: 400 } as const;
