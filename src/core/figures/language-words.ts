/**
 * The words each language the key figures read brings, as data: what marks a
 * person (titles, speech verbs), what marks an organisation or place, what is
 * never a name, and the words of numbers. English words live in
 * figure-lexicon.ts and apply to every language (news in any language writes
 * "CEO" and "Inc."); these add to them. Lower case, space-separated.
 */
export interface LanguageWords {
  /** Function words: the language is told by them, and a capitalised one never starts a name. */
  stopwords: string;
  /** Heads of a role ("maire", "ministro"). */
  titles: string;
  /** German writes titles as compounds ("Verkehrsminister", "GDL-Chef"): a word ending in one of these is a head. */
  titleSuffixes?: string;
  honorifics: string;
  /** Words that link the parts of a title ("secrétaire général du syndicat"): kept inside a role. */
  roleLinks: string;
  roleModifiers: string;
  relations: string;
  speech: string;
  organisations: string;
  particles: string;
  months: string;
  weekdays: string;
  scales: string;
  currencies: string;
  timeUnits: string;
  measures: string;
  /** One-word names of a percentage ("Prozent"); two-word ones ("pour cent", "por ciento") are read by the figure finder. */
  percent: string;
  qualifiers: string;
  /** Number words that start a count ("trois blessés", "zwei Tage"). */
  numbers: string;
  /** Words of credit lines: a short line holding one names no person of the story. */
  credits: string;
  /** Nouns before a name that say it names an organisation ("la société Valmont"). */
  orgContext: string;
}

export const LANGUAGE_WORDS: Record<'de' | 'fr' | 'es' | 'pt' | 'it', LanguageWords> = {
  de: {
    stopwords:
      'der die das den dem des und ist nicht ein eine einer eines einem mit von zu auf für im sich auch es sie er wir ich wird werden wurde hat haben sind war bei nach aus wie als noch oder aber dass über vor durch unter zum zur am um kein keine dieser diese dieses ihr ihre sein seine man nur schon mehr',
    titles:
      'präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin chef chefin vorsitzender vorsitzende sprecher sprecherin direktor direktorin leiter leiterin trainer trainerin staatsanwalt staatsanwältin oberstaatsanwalt richter richterin anwalt anwältin professor professorin arzt ärztin abgeordneter abgeordnete vorstand geschäftsführer geschäftsführerin gründer gründerin sänger sängerin schauspieler schauspielerin autor autorin stürmer torwart kapitän bischof papst könig königin prinz prinzessin verleger verlegerin oberarzt oberärztin chefarzt chefärztin',
    titleSuffixes:
      'minister ministerin chef chefin vorstand vorständin staatsanwalt staatsanwältin bürgermeister bürgermeisterin präsident präsidentin sprecher sprecherin direktor direktorin leiter leiterin trainer trainerin kanzler kanzlerin vorsitzender vorsitzende führer führerin arzt ärztin',
    honorifics: 'herr frau dr',
    roleLinks: 'der des von für im',
    roleModifiers: 'ehemalige ehemaliger frühere früherer stellvertretende stellvertretender',
    relations: 'frau mann ehefrau ehemann sohn tochter mutter vater bruder schwester witwe',
    speech:
      'sagte sagt sagten erklärte erklärt betonte betont kündigte teilte nannte schrieb meinte fügte warnte forderte räumte bestätigte',
    organisations:
      'gmbh ag kg ev verein verband partei bank klinik klinikum universität hochschule schule stiftung institut ministerium amt gericht regierung bund bahn gewerkschaft stadt kreis land',
    particles: 'von vom zu van der den de',
    months:
      'januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez',
    weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag',
    scales: 'tausend million millionen milliarde milliarden mio mrd',
    currencies: 'euro dollar franken pfund',
    timeUnits:
      'sekunde sekunden minute minuten stunde stunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren jahrzehnt',
    measures: 'kilometer meter zentimeter millimeter kilogramm tonnen grad liter prozentpunkte punkte tore',
    percent: 'prozent',
    qualifiers: 'rund etwa fast knapp über mehr als mindestens bis zu ca gut',
    numbers: 'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert',
    credits: 'foto fotos mitarbeit bild von text quelle',
    orgContext:
      'unternehmen firma konzern verein klub club gruppe band zeitung sender marke partei klinikum krankenhaus schule gymnasium universität stadion',
  },
  fr: {
    stopwords:
      'le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette il elle ils sont a été par plus ne se son sa ses leur nous vous mais ou où lors selon d l',
    titles:
      'président présidente maire ministre secrétaire porte-parole procureur procureure commandant directeur directrice conseiller conseillère délégué déléguée député députée sénateur sénatrice juge avocat avocate chef patron patronne fondateur fondatrice entraîneur attaquant gardien capitaine professeur médecin chercheur chercheuse chanteur chanteuse acteur actrice écrivain habitante habitant préfet préfète gouverneur roi reine pape évêque productrice producteur éditeur éditrice',
    honorifics: 'm mme mlle monsieur madame me',
    roleLinks: 'de du des la le d',
    roleModifiers: 'ancien ancienne général générale adjoint adjointe premier première central centrale municipal municipale',
    relations: 'épouse mari femme fils fille mère père frère sœur veuve',
    speech:
      'déclaré dit affirmé annoncé ajouté expliqué précisé indiqué estimé souligné assuré raconte explique déclare affirme dénoncé salué demandé',
    organisations:
      'sa sas sarl centre agence direction service société groupe banque hôpital université école institut ministère mairie préfecture syndicat parti association fondation tribunal conseil commission',
    particles: 'de du des la le d',
    months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
    scales: 'mille million millions milliard milliards',
    currencies: "euros euro d'euros dollars francs",
    timeUnits: 'seconde secondes minute minutes heure heures jour jours semaine semaines mois an ans année années',
    measures: 'kilomètres mètres millimètres kilos tonnes degrés litres points buts étages',
    percent: '%',
    qualifiers: 'environ près quelque plus moins au presque quelques',
    numbers: 'deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante cent quarante-deux',
    credits: 'photo par reportage édité rédaction crédit source contact',
    orgContext:
      'société entreprise groupe club équipe journal chaîne marque parti constructeur hôpital clinique école lycée collège université stade',
  },
  es: {
    stopwords:
      'el la los las de del y en que un una es por con para no se su sus al lo como más pero ya fue ha han este esta sobre según también entre',
    titles:
      'presidente presidenta ministro ministra alcalde alcaldesa portavoz secretario secretaria director directora juez jueza fiscal abogado abogada delantero defensa portero centrocampista entrenador capitán subsecretario epidemióloga epidemiólogo doctor doctora médico profesor profesora diputado diputada senador senadora gobernador rey reina papa obispo fundador consejero consejera productora productor editor editora',
    honorifics: 'sr sra señor señora don doña',
    roleLinks: 'de del la el',
    roleModifiers: 'ex general adjunto adjunta primer primera',
    relations: 'esposa esposo marido mujer hijo hija madre padre hermano hermana viuda',
    speech: 'dijo afirmó declaró señaló explicó aseguró añadió indicó anunció reclamó lamentó advirtió calificó manifestó',
    organisations:
      'sa sl centro agencia dirección servicio banco hospital universidad escuela instituto ministerio ayuntamiento partido sindicato asociación fundación tribunal consejo junta secretaría',
    particles: 'de del la los las',
    months:
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ene feb mar abr may jun jul ago sep oct nov dic',
    weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
    scales: 'mil millón millones',
    currencies: 'euros euro dólares dólar pesos peso',
    timeUnits: 'segundo segundos minuto minutos hora horas día días semana semanas mes meses año años',
    measures: 'kilómetros metros milímetros kilos toneladas grados litros puntos goles pts',
    percent: '%',
    qualifiers: 'unos unas cerca casi más menos al alrededor',
    numbers: 'dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien',
    credits: 'foto redacción reportaje editado crónica por texto fuente',
    orgContext:
      'empresa compañía grupo club equipo periódico cadena marca partido organización hospital clínica colegio escuela universidad estadio',
  },
  pt: {
    stopwords:
      'o a os as de do da dos das e em um uma que é não para com por no na nos nas se ao à mais mas foi são como seu sua também já',
    titles:
      'presidente governador governadora prefeito prefeita ministro ministra porta-voz secretário secretária diretor diretora juiz juíza procurador advogado advogada treinador avançado atacante goleiro guarda-redes capitão professor professora médico deputado deputada senador senadora rei rainha papa bispo fundador viúva produtora produtor editor editora',
    honorifics: 'sr sra senhor senhora dona dom',
    roleLinks: 'de do da dos das',
    roleModifiers: 'ex geral adjunto adjunta',
    relations: 'esposa marido mulher filho filha mãe pai irmão irmã viúva',
    speech: 'disse afirmou declarou explicou anunciou garantiu acrescentou informou queixou-se disseram',
    organisations:
      'sa ltda centro agência secretaria departamento banco hospital universidade escola instituto ministério prefeitura partido sindicato associação fundação tribunal conselho estádio',
    particles: 'de do da dos das',
    months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
    weekdays: 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
    scales: 'mil milhão milhões bilhão bilhões',
    currencies: 'reais real euros euro dólares',
    timeUnits: 'segundo segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos',
    measures: 'quilômetros quilómetros metros milímetros quilos toneladas graus litros pontos golos gols',
    percent: '%',
    qualifiers: 'cerca quase mais menos ao',
    numbers: 'dois duas três quatro cinco seis sete oito nove dez onze doze vinte trinta cem',
    credits: 'foto fotografia reportagem edição texto por fonte',
    orgContext: 'empresa companhia grupo clube equipa equipe jornal marca partido hospital clínica escola colégio universidade estádio',
  },
  it: {
    stopwords:
      'il lo la i gli le di del della dei degli delle e è che un una per con non si in al alla da dal ha sono come più ma anche nel nella questo sua suo',
    titles:
      'presidente ministro ministra sindaco sindaca portavoce segretario segretaria direttore direttrice assessore giudice pm avvocato avvocata procuratore imprenditore imprenditrice allenatore attaccante portiere capitano professore professoressa medico deputato deputata senatore senatrice papa vescovo fondatore cantante vincitrice vincitore classificato editore produttore produttrice',
    honorifics: 'sig sig.ra signor signora dott dottor dottoressa',
    roleLinks: 'di del della dei per alla al',
    roleModifiers: 'ex generale vice pubblico secondo artistico regionale',
    relations: 'moglie marito figlio figlia madre padre fratello sorella vedova',
    speech: 'detto dichiarato spiegato annunciato affermato chiesto aggiunto sottolineato ringraziato parlato',
    organisations:
      'spa srl centro agenzia ufficio servizio banca ospedale università scuola istituto ministero comune regione partito sindacato associazione fondazione tribunale consiglio',
    particles: 'di de del della da',
    months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    weekdays: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
    scales: 'mila mille milione milioni miliardo miliardi',
    currencies: 'euro dollari',
    timeUnits: 'secondo secondi minuto minuti ora ore giorno giorni settimana settimane mese mesi anno anni',
    measures: 'chilometri metri millimetri chili tonnellate gradi litri punti gol',
    percent: '%',
    qualifiers: 'circa quasi oltre più meno almeno fino',
    numbers: 'due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento',
    credits: 'foto di collaborato riproduzione riservata copyright',
    orgContext: 'società azienda gruppo squadra club giornale marchio partito ospedale clinica scuola liceo università stadio',
  },
};

export type ReadLanguage = 'en' | keyof typeof LANGUAGE_WORDS;
