// Countries and their demonyms, so that "Chilean", "Chile's" and "Chile" name one
// jurisdiction in titles and institution names ("Chilean Foreign Ministry" = "Chile's foreign
// ministry"). General facts; deliberately a compact list of sovereign states.

const COUNTRY_DEMONYMS: Array<[string, ...string[]]> = [
  ['afghanistan', 'afghan'], ['albania', 'albanian'], ['algeria', 'algerian'], ['argentina', 'argentine', 'argentinian'],
  ['armenia', 'armenian'], ['australia', 'australian'], ['austria', 'austrian'], ['azerbaijan', 'azerbaijani', 'azeri'],
  ['bangladesh', 'bangladeshi'], ['belarus', 'belarusian'], ['belgium', 'belgian'], ['bolivia', 'bolivian'],
  ['bosnia', 'bosnian'], ['brazil', 'brazilian'], ['bulgaria', 'bulgarian'], ['cambodia', 'cambodian'],
  ['cameroon', 'cameroonian'], ['canada', 'canadian'], ['chile', 'chilean'], ['china', 'chinese'],
  ['colombia', 'colombian'], ['croatia', 'croatian'], ['cuba', 'cuban'], ['cyprus', 'cypriot'],
  ['czech republic', 'czech'], ['denmark', 'danish'], ['ecuador', 'ecuadorian'], ['egypt', 'egyptian'],
  ['estonia', 'estonian'], ['ethiopia', 'ethiopian'], ['finland', 'finnish'], ['france', 'french'],
  ['georgia', 'georgian'], ['germany', 'german'], ['ghana', 'ghanaian'], ['greece', 'greek'],
  ['hungary', 'hungarian'], ['iceland', 'icelandic'], ['india', 'indian'], ['indonesia', 'indonesian'],
  ['iran', 'iranian'], ['iraq', 'iraqi'], ['ireland', 'irish'], ['israel', 'israeli'], ['italy', 'italian'],
  ['japan', 'japanese'], ['jordan', 'jordanian'], ['kazakhstan', 'kazakh', 'kazakhstani'], ['kenya', 'kenyan'],
  ['kuwait', 'kuwaiti'], ['kyrgyzstan', 'kyrgyz'], ['latvia', 'latvian'], ['lebanon', 'lebanese'],
  ['libya', 'libyan'], ['lithuania', 'lithuanian'], ['malaysia', 'malaysian'], ['mexico', 'mexican'],
  ['moldova', 'moldovan'], ['mongolia', 'mongolian'], ['morocco', 'moroccan'], ['myanmar', 'burmese'],
  ['nepal', 'nepalese', 'nepali'], ['netherlands', 'dutch'], ['new zealand'], ['nigeria', 'nigerian'],
  ['north korea', 'north korean'], ['norway', 'norwegian'], ['oman', 'omani'], ['pakistan', 'pakistani'],
  ['palestine', 'palestinian'], ['peru', 'peruvian'], ['philippines', 'philippine', 'filipino'],
  ['poland', 'polish'], ['portugal', 'portuguese'], ['qatar', 'qatari'], ['romania', 'romanian'],
  ['russia', 'russian'], ['saudi arabia', 'saudi'], ['serbia', 'serbian'], ['singapore', 'singaporean'],
  ['slovakia', 'slovak'], ['slovenia', 'slovenian', 'slovene'], ['somalia', 'somali'],
  ['south africa', 'south african'], ['south korea', 'south korean', 'korean'], ['spain', 'spanish'],
  ['sri lanka', 'sri lankan'], ['sudan', 'sudanese'], ['sweden', 'swedish'], ['switzerland', 'swiss'],
  ['syria', 'syrian'], ['taiwan', 'taiwanese'], ['tajikistan', 'tajik'], ['tanzania', 'tanzanian'],
  ['thailand', 'thai'], ['tunisia', 'tunisian'], ['turkey', 'turkish'], ['turkmenistan', 'turkmen'],
  ['uganda', 'ugandan'], ['ukraine', 'ukrainian'], ['united arab emirates', 'emirati'],
  ['united kingdom', 'british', 'uk', 'u.k.', 'britain'], ['united states', 'american', 'us', 'u.s.', 'usa'],
  ['uruguay', 'uruguayan'], ['uzbekistan', 'uzbek'], ['venezuela', 'venezuelan'], ['vietnam', 'vietnamese'],
  ['yemen', 'yemeni'], ['zambia', 'zambian'], ['zimbabwe', 'zimbabwean'], ['soviet union', 'soviet', 'ussr'],
];

const JURISDICTION = new Map<string, string>();
for (const [country, ...demonyms] of COUNTRY_DEMONYMS) {
  JURISDICTION.set(country, country);
  for (const d of demonyms) JURISDICTION.set(d, country);
}

/** The country a word or phrase ("Chilean", "Chile's", "U.S.") stands for, if any. */
export function jurisdictionOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '').trim();
  return JURISDICTION.get(w);
}
