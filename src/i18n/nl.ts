// All Dutch UI text that is not content, in one place, so spelling and readability
// gates can read it. Content (guides, questions, pages) lives in `content/`.
// Each group belongs to one part of the site; keep groups apart so edits merge cleanly.
// Groups that a browser script needs live in their own file next to this one (nl-*.ts), so
// the script carries only its own texts; they are part of `ui` all the same.
import { checklistText } from './nl-checklist';
import { copyLinkText } from './nl-copy-link';
import { searchHelpText, searchText } from './nl-search';
import { speechText } from './nl-speech';

/** The site's name: in every title, and in the header. */
const SITE_NAME = 'Stop Meta AI';

export const ui = {
  site: {
    name: SITE_NAME,
    /** "Stap 3 · Bezwaar maken op Facebook | Stop Meta AI": unique per page. */
    pageTitle: (title: string) => (title === SITE_NAME ? title : `${title} | ${SITE_NAME}`),
    skipLink: 'Naar de inhoud',
    menuLabel: 'Hoofdmenu',
    nav: { facebook: 'Facebook', instagram: 'Instagram', questions: 'Vragen', plan: 'Mijn plan' },
    searchBox: 'Zoek op deze site',
    searchButton: 'Zoek',
  },

  home: {
    /* The heading, the line under it, the facts below the choices, the date and the sources
       come from content/pages/start.mdx: they state facts, so they carry sources. */
    chooseApp: 'Welke app gebruik je?',
    /** Above the facts from start.mdx, below the choices. */
    about: 'Waar gaat het om?',
    choices: { facebook: 'Ik gebruik Facebook', instagram: 'Ik gebruik Instagram', both: 'Ik gebruik allebei' },
    allGuides: 'Alle gidsen',
    question: 'Heb je een vraag?',
    /** "Lees de <a>vragen en antwoorden</a>. Of bekijk <a>wat er is gebeurd</a>." */
    readQuestions: { before: 'Lees de', link: 'vragen en antwoorden', after: '. Of bekijk' },
    whatHappened: { link: 'wat er is gebeurd', after: '.' },
    /** The home page's link preview image: what the site helps with. */
    preview: {
      kicker: 'Facebook en Instagram',
      title: 'Zo maak je bezwaar tegen AI-training door Meta',
      context: 'Meta begon in mei 2025 AI te trainen met openbare berichten',
    },
  },

  faq: {
    title: 'Vragen en antwoorden',
    description: 'Korte antwoorden op vragen over Meta, AI-training en bezwaar maken.',
    intro: 'Korte antwoorden. Elke vraag heeft een eigen link die je kunt delen.',
    topics: 'Onderwerpen',
    /** Copy-link label of one question: "Kopieer link naar deze vraag". */
    copyLabel: 'deze vraag',
    /** The FAQ's topics, by the group id questions name in their frontmatter. */
    groups: {
      'wat-gebeurt-er': 'Wat gebeurt er?',
      'bezwaar-maken': 'Bezwaar maken',
      'na-het-bezwaar': 'Na het bezwaar',
      whatsapp: 'WhatsApp en Meta AI',
      'rechten-en-toezicht': 'Rechten en toezicht',
      veiligheid: 'Veiligheid',
    },
  },

  copyLink: copyLinkText,

  /** "Lees voor": the device's own voice reads a step or an answer aloud. */
  speech: speechText,

  sources: {
    heading: 'Bronnen',
    /** After the date of a source in another language than Dutch. */
    language: { en: ', Engelstalig', de: ', Duitstalig' } as Record<string, string>,
    /** A source's real title, in Dutch quotation marks. */
    quoted: (title: string) => `‘${title}’`,
    /** A source whose real title is unknown: "stuk over …". */
    about: (topic: string) => `stuk over ${topic}`,
  },

  dates: {
    /** Followed by the date: "Bijgewerkt op 29 november 2026". */
    updatedOn: 'Bijgewerkt op',
    /** `period` as sourcePeriod() writes it: "april en mei 2025". */
    guideRouteFrom: (period: string, sourceCount: number) =>
      sourceCount === 1
        ? `De stappen komen uit een bron van ${period}.`
        : `De stappen komen uit bronnen van ${period}.`,
    stepRouteFrom: (period: string, sourceCount: number) =>
      sourceCount === 1 ? `Deze stap komt uit een bron van ${period}.` : `Deze stap komt uit bronnen van ${period}.`,
    cannotOpenApps: 'We kunnen de apps van Meta niet zelf openen.',
    /** Near the top of a guide whose steps in the apps are our own advice (no route sources). */
    ownTipSteps: 'Deze stappen zijn onze eigen tip. Ze komen niet uit een bron.',
    /** Followed by a link to the guide for menus that look different. */
    screenLooksDifferent: 'Ziet je scherm er anders uit? Lees dan',
  },

  /** Above a step opened from its link, so it makes sense on its own (hidden otherwise). */
  stepContext: {
    /** "Stap 3 van 8 · Bezwaar maken op Facebook". */
    where: (number: number, total: number, guide: string) => `Stap ${number} van ${total} · ${guide}`,
    /** Before the link to step 1, in guides whose steps follow Meta's apps. */
    notLoggedIn: 'Nog niet ingelogd?',
    startAtOne: 'Begin bij stap 1',
    /** After "Stap 3 van 8 · …" on steps that follow Meta's apps: "route uit bronnen van april en mei 2025". */
    routeFrom: (period: string, sourceCount: number) =>
      sourceCount === 1 ? `route uit een bron van ${period}` : `route uit bronnen van ${period}`,
    /** The same place, for steps in the apps that are our own advice, not a route from a source. */
    ownTip: 'onze eigen tip, niet uit een bron',
  },

  /** Under a step that follows Meta's apps: a closed part with what to do when it does not work. */
  stuck: {
    summary: 'Lukt het niet?',
  },

  /** Under each step that follows Meta's apps: an e-mail to the editors, written in the reader's own mail program. */
  report: {
    link: 'Klopt dit niet meer? Laat het ons weten',
    /** "Klopt niet meer: Bezwaar maken op Facebook, stap 3 (Open het Privacycentrum) https://…". */
    subject: (guide: string, number: number, step: string, url: string) =>
      `Klopt niet meer: ${guide}, stap ${number} (${step}) ${url}`,
    /** The e-mail's text: a line to start, then questions with room for the answers. */
    bodyIntro: 'Deze stap klopt niet meer voor mij.',
    bodyQuestions: [
      'Wat zie je op je scherm?',
      'Welke app gebruik je? Facebook of Instagram?',
      'Gebruik je een telefoon of een computer?',
    ],
  },

  guide: {
    /** Under each guide's summary: AI and training in plain words, where they first appear. */
    aboutAi: 'AI is software die tekst of beelden maakt. Ze leert van heel veel voorbeelden. Dat heet trainen.',
    aboutAiLink: 'Meer over AI',
    stepCount: (steps: number) => `${steps} stappen`,
    /** One way of giving the time everywhere: "ongeveer 5 minuten", our own estimate. */
    minutes: (minutes: number) => `Duurt ongeveer ${minutes} minuten (onze schatting)`,
    /** A step's heading for screen readers and search: "Stap 3: Open het Privacycentrum". */
    stepPrefix: (number: number) => `Stap ${number}: `,
    /** Copy-link label of a step: "Kopieer link naar stap 3", on the plan "… stap 3 (Instagram)". */
    stepLabel: (number: number, group?: string) => `stap ${number}${group ? ` (${group})` : ''}`,
    done: 'Gedaan',
    /** The checkbox's name; on the plan the app follows, as both apps have the same steps: "Gedaan: Verstuur je bezwaar (Instagram)". */
    doneLabel: (title: string, group?: string) => `Gedaan: ${title}${group ? ` (${group})` : ''}`,
    guidesHeading: 'Gidsen',
  },

  checklist: {
    ...checklistText,
    unsaved: 'Let op: deze browser bewaart je vinkjes niet. Ze zijn weg als je de pagina sluit.',
    /** Shown while the checklist's script does not run: the boxes tick, but nothing keeps them. */
    noScript:
      "Let op: deze pagina bewaart je vinkjes nu niet. Je browser voert de kleine programma's van deze site niet uit.",
    local: 'Je vinkjes blijven op dit apparaat. We sturen niets door.',
    reset: 'Begin opnieuw',
    doneHeading: 'Klaar!',
    doneText:
      'Je hebt alle stappen gedaan. Heb je bezwaar gemaakt? Bewaar dan de bevestiging van Meta. Daarin staat dat je bezwaar binnen is.',
    /** "Lees daarna de gids <a>Na je bezwaar</a>." */
    afterGuide: { before: 'Lees daarna de gids', link: 'Na je bezwaar', after: '.' },
  },

  plan: {
    title: 'Mijn plan',
    description:
      'Beantwoord twee vragen. Dan zie je welke stappen jij moet doen om bezwaar te maken bij Meta. Vink ze af als je klaar bent.',
    intro:
      'Welke stappen moet jij doen? Dat hangt af van de apps die je gebruikt. En van de vraag of je accounts gekoppeld zijn.',
    outputLabel: 'Jouw plan',
    keep: 'Deze pagina onthoudt je antwoorden in de link. Bewaar de link, of deel hem.',
    copyLabel: 'je plan',
    print: 'Print je plan',
    answers: 'Jouw antwoorden',
    chooseGuide: 'Welke gids heb je nodig?',
    onlyFacebook: 'Gebruik je alleen Facebook? Volg dan de gids',
    onlyInstagram: 'Gebruik je alleen Instagram? Volg dan de gids',
    both: {
      before: 'Gebruik je allebei? Kijk dan eerst of ze samen in één Accountcentrum staan. Dat doe je met de stap',
      after: '. Staan ze samen? Dan is één bezwaar genoeg. Zo niet, volg dan beide gidsen.',
    },
    summaries: {
      facebook: ['Je gebruikt alleen Facebook.', 'Je maakt één keer bezwaar, via Facebook.'],
      instagram: ['Je gebruikt alleen Instagram.', 'Je maakt één keer bezwaar, via Instagram.'],
      'beide-gekoppeld': [
        'Je gebruikt Facebook en Instagram. Ze staan samen in één Accountcentrum.',
        'Dan is één bezwaar genoeg voor allebei. Je maakt het via Facebook.',
      ],
      'beide-los': [
        'Je gebruikt Facebook en Instagram. Ze staan niet samen in één Accountcentrum.',
        'Dan maak je voor elk account apart bezwaar. Eerst via Facebook, dan via Instagram.',
      ],
      'beide-onbekend': [
        'Je gebruikt Facebook en Instagram. Je weet niet of ze samen in één Accountcentrum staan.',
        'Kijk dat eerst na. Dan weet je of één bezwaar genoeg is.',
      ],
    },
    checkLinkedHeading: 'Eerst: kijk of je accounts gekoppeld zijn',
    objectionHeading: (app: string) => `Bezwaar maken via ${app}`,
    ifNotLinkedHeading: (app: string) => `Niet gekoppeld? Maak ook bezwaar via ${app}`,
    /** Names a section in "Ga verder met stap 2 voor Instagram": step numbers restart per section. */
    accountsCentreGroup: 'je Accountcentrum',
    ifNotLinkedNote:
      'Staan je accounts niet samen in één Accountcentrum? Doe dan ook deze stappen. Log in met je ' +
      'Instagram-account. Staan ze wel samen? Dan heb je deze stappen niet nodig.',
    checkLinkedNote: {
      before: 'Staan ze samen? Dan is één bezwaar genoeg.',
      after: 'Staan ze niet samen? Volg dan alle stappen hieronder.',
    },
    linkedPlanLink: 'Toon het plan voor gekoppelde accounts',
    fromGuide: 'Uit de gids',
    form: {
      apps: 'Welke apps gebruik je?',
      appChoices: { facebook: 'Facebook', instagram: 'Instagram', both: 'Allebei' },
      linked: 'Staan je accounts samen in één Accountcentrum?',
      linkedHint:
        'Dit is alleen belangrijk als je Facebook én Instagram gebruikt. In het Accountcentrum zie je welke accounts bij ' +
        'elkaar horen. Je vindt het in de app bij Instellingen.',
      linkedChoices: { ja: 'Ja', nee: 'Nee', 'weet-ik-niet': 'Weet ik niet' },
      submit: 'Maak mijn plan',
      problems: {
        'apps-missing': 'Kies welke apps je gebruikt.',
        'apps-unknown': 'De link noemt een app die we niet kennen. Kies Facebook, Instagram of allebei.',
        'linked-missing': 'Nog één vraag. Kies ja, nee of weet ik niet.',
        'linked-unknown': 'De link geeft een antwoord dat we niet kennen. Kies ja, nee of weet ik niet.',
      },
    },
  },

  search: searchText,

  searchHelp: searchHelpText,

  share: {
    stepOf: (number: number, total: number) => `Stap ${number} van ${total}`,
    stepPageTitle: (guide: string, number: number, step: string) => `Stap ${number} · ${guide}: ${step}`,
    fromGuide: (guide: string) => `Deze stap hoort bij de gids ‘${guide}’.`,
    goToStep: (number: number) => `Ga naar stap ${number} in de gids`,
    shareGuide: 'Deel deze gids',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren lukt niet. Kopieer de link hieronder zelf.',
    linkLabel: 'Link naar deze gids',
    helperSheetLink: 'Print of help iemand anders',
  },

  illustration: {
    /** Under every step illustration: the drawing is a sketch, not the real app. */
    caption: 'Zo ongeveer ziet het eruit. Jouw scherm kan er anders uitzien.',
  },

  helperSheet: {
    kicker: 'Hulpkaart',
    intro: 'Doe de stappen één voor één. Zet een kruisje in het hokje als een stap klaar is.',
    forHelpers: 'Help je iemand anders? Print deze kaart en geef hem mee. Of doe de stappen samen.',
    planTitle: 'Bezwaar maken op Facebook en Instagram',
    planIntro:
      'Gebruik je Facebook en Instagram? Kijk dan eerst of ze samen in één Accountcentrum staan. Zo ja, dan is één bezwaar genoeg voor allebei.',
    qrGuide: 'Scan de code met de camera van je telefoon. Dan opent de gids.',
    qrPlan: 'Scan de code met de camera van je telefoon. Dan opent je plan.',
    qrLabel: (url: string) => `QR-code met de link ${url}`,
    orType: 'Of typ:',
    notes: 'Notities',
    updated: 'Bijgewerkt op',
    back: 'Terug naar de gids',
    backToPlan: 'Terug naar je plan',
    /** The plan's sheet: a title per plan, and a line that says which sheet this is. */
    planTitles: {
      facebook: 'Bezwaar maken op Facebook',
      instagram: 'Bezwaar maken op Instagram',
      both: 'Bezwaar maken op Facebook en Instagram',
    },
    forYourPlan: 'Deze kaart hoort bij jouw plan.',
    general:
      'Dit is de algemene hulpkaart. Hij past bij elke situatie. Wil je alleen jouw stappen? Maak dan eerst je plan.',
  },

  /** Only on paper, at the end of a guide: where it is online. */
  printAddress: {
    online: 'Deze gids staat online op',
    scan: 'Scan de code met de camera van je telefoon. Dan opent de gids.',
    /** After a link within the site, paper shows its path, like "(/vragen/#wat-is-ai)". */
    shortLinks: (host: string) => `Staat er achter een link iets als (/vragen/)? Typ dan ${host} en dan die tekst.`,
  },

  notFound: {
    title: 'Pagina niet gevonden',
    description: 'Deze pagina bestaat niet. Ga terug naar de start of kies een gids.',
    text: 'Deze pagina bestaat niet (meer). Misschien is de link oud of niet helemaal goed gekopieerd.',
    /** "<a>Ga naar de startpagina</a> of kies hieronder een gids." */
    home: { link: 'Ga naar de startpagina', after: 'of kies hieronder een gids.' },
  },

  /** The page nginx serves for a request it cannot read: a URL too long (414) or broken (400). */
  badLink: {
    title: 'Deze link werkt niet',
    description: 'Deze link is te lang of kwam niet goed over. Ga naar de start of maak je plan opnieuw.',
    text: 'Deze link is te lang of kwam niet goed over. Dat gebeurt soms bij kopiëren of doorsturen.',
    /** "<a>Maak je plan opnieuw</a> of kies hieronder een gids." */
    plan: { link: 'Maak je plan opnieuw', after: 'of kies hieronder een gids.' },
  },

  footer: {
    promise:
      'Deze site is onafhankelijk. Hij is niet van Meta. Er zijn geen cookies en we houden niet bij wat je leest. ' +
      'Wat je hier aanvinkt, blijft op je eigen apparaat.',
    about: 'Over deze site',
    sources: 'Hoe we bronnen kiezen',
    whatHappened: 'Wat is er gebeurd',
  },
} as const;

export type UiText = typeof ui;
