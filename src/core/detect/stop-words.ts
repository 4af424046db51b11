/**
 * The commonest function words of the languages the reader meets most
 * (about thirty each): running prose is full of them, menus, product specs,
 * track lists and link lists are not. Words of all the lists are one set:
 * a page's share is counted against the list it matches best.
 */
export const STOP_WORDS: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as he be by at his are this had from but not or have an they which you were her she their been has its one would will there all we who more when said',
  de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an er hat aus bei sie nach wird war noch wie einer um über so zum vor aber nur',
  fr: 'le la de et les des en un une du est que pour dans qui au par sur pas plus ne il se ce a sont avec elle son sa ses mais ou été aux cette nous on leur fait',
  es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o este fue ha si porque esta entre cuando muy sin sobre también',
  it: 'di e il la che in un per è a non una del le con si da i gli al sono della più come ma lo ha anche nel alla dei questo era sua suo dal tra',
  pt: 'de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou quando muito nos já também foi pelo pela',
  nl: 'de en van het een in is dat op te zijn met voor niet die aan er om ook als bij maar door nog wordt werd dan uit over zo naar heeft hij ze kan',
  cs: 'a v se na je že s z do to o i k ve jako ale by pro jsou byl za od po jeho které který již tak také jak jen bylo podle při',
  pl: 'i w na z się nie do to że o jest a jak po co ale są tak za od przez jego dla już był może tym czy tylko jej oraz było',
  el: 'και το η να της του σε με για τα των που ο την από στο οι στην είναι θα τον τις ένα δεν στη μια ως στα αυτό πιο',
  ru: 'и в не на что с он по это как а из к у за от то но же так его все она для был только о же ее мы они бы уже',
};

/** Function characters of Chinese and Japanese, which write no spaces between words. */
export const CJK_FUNCTION_CHARS =
  '的了是在和有我这他不也就人都一个上们来到说要会对中为以于与而及其之但很所着过被把那你她它们のはをにがでとたてしもなかるれ';
