/**
 * The vocabulary of the furniture around a story, as data, in six languages:
 * what a page asks the reader to do (subscribe, share, print, comment, read
 * more, sign in) and what it labels (tags, related, advertisement, views).
 * The block scorer (block-features.ts) counts a block's share of these words;
 * the fitted weight, not this list, decides what that share means. Words are
 * matched after normalizeForCompare (lower case, no accents), whole words or,
 * ending in *, by their start.
 */
// prettier-ignore
export const CALL_TO_ACTION_WORDS: Readonly<Record<'en' | 'de' | 'fr' | 'es' | 'pt' | 'it', readonly string[]>> = {
  en: [
    'subscribe*', 'subscription*', 'newsletter*', 'signup', 'sign', 'login', 'log', 'register*', 'share*', 'tweet*',
    'facebook', 'twitter', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'email*', 'print*', 'comment*', 'reply',
    'replies', 'click*', 'follow', 'tags', 'tagged', 'related', 'advert*', 'sponsor*', 'views', 'loading', 'more',
    'next', 'previous', 'prev', 'back', 'top', 'home', 'menu', 'search', 'rss', 'feed*', 'copyright', 'rights',
    'reserved', 'download*', 'app', 'watch', 'video', 'gallery', 'photos', 'slideshow', 'enlarge', 'font', 'text',
    'size', 'bookmark*', 'save', 'digg', 'delicious', 'recommend*', 'popular', 'trending', 'join', 'donate',
  ],
  de: [
    'abonnieren', 'abo', 'newsletter*', 'anmelden', 'einloggen', 'registrieren', 'teilen', 'drucken', 'druckversion',
    'versenden', 'kommentar*', 'weiter*', 'mehr', 'zuruck', 'lesen', 'artikel', 'empfehlen', 'merken', 'schrift*',
    'anzeige', 'werbung', 'themen', 'schlagworter', 'verwandte', 'ahnliche', 'meistgelesen*', 'folgen', 'startseite',
    'impressum', 'datenschutz', 'seite', 'bilder', 'bildergalerie', 'klicken', 'hier',
  ],
  fr: [
    'abonner', 'abonnez*', 'abonnement*', 'inscrire', 'inscrivez*', 'connexion', 'connecter', 'partager', 'partagez',
    'imprimer', 'envoyer', 'commentaire*', 'commenter', 'reagir', 'reagissez', 'suite', 'lire', 'aussi', 'publicite',
    'annonce*', 'mots', 'cles', 'voir', 'suivez*', 'suivre', 'accueil', 'taille', 'texte', 'recommander', 'cliquez',
    'ici', 'plus', 'articles',
  ],
  es: [
    'suscribete', 'suscribirse', 'suscripcion', 'boletin', 'registrate', 'registrarse', 'iniciar', 'sesion', 'compartir',
    'comparte', 'imprimir', 'enviar', 'comentario*', 'comentar', 'leer', 'mas', 'tambien', 'publicidad', 'anuncio*',
    'etiquetas', 'relacionad*', 'siguenos', 'seguir', 'portada', 'inicio', 'tamano', 'texto', 'pulse', 'haga', 'clic',
    'aqui', 'noticias',
  ],
  pt: [
    'assine', 'assinar', 'assinatura', 'cadastre*', 'entrar', 'login', 'compartilhe', 'compartilhar', 'partilhar',
    'imprimir', 'enviar', 'comentario*', 'comentar', 'leia', 'ler', 'mais', 'tambem', 'publicidade', 'anuncio*',
    'tags', 'relacionad*', 'siga', 'seguir', 'inicio', 'tamanho', 'texto', 'clique', 'aqui', 'noticias', 'veja',
  ],
  it: [
    'iscriviti', 'abbonati', 'abbonamento', 'accedi', 'registrati', 'condividi', 'stampa', 'invia', 'commento',
    'commenti', 'commenta', 'leggi', 'anche', 'altri', 'altro', 'pubblicita', 'annuncio', 'tag', 'correlati',
    'seguici', 'segui', 'home', 'dimensione', 'testo', 'clicca', 'qui', 'notizie', 'articoli',
  ],
};

const EXACT = new Set<string>();
const PREFIXES: string[] = [];
for (const list of Object.values(CALL_TO_ACTION_WORDS)) {
  for (const w of list) {
    if (w.endsWith('*')) PREFIXES.push(w.slice(0, -1));
    else EXACT.add(w);
  }
}

/** Whether a word (normalized: lower case, no accents) is one of the furniture's words in any of the six languages. */
export function isCallToActionWord(word: string): boolean {
  if (EXACT.has(word)) return true;
  for (const p of PREFIXES) if (word.startsWith(p)) return true;
  return false;
}
