// General-knowledge name equivalences that no spelling rule can find: a country and its
// abbreviations or former official names, well-known international bodies and their acronyms.
// Facts about the world, not about any one story.
import { remembered } from '../memo';

const GROUPS: string[][] = [
  ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
  ['Russia', 'Russian Federation'],
  ['China', "People's Republic of China", 'PRC'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
  ['UN General Assembly', 'United Nations General Assembly', 'General Assembly', 'UNGA'],
  ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['Association of Southeast Asian Nations', 'ASEAN'],
  ['African Union', 'AU'],
  ['Shanghai Cooperation Organisation', 'SCO', 'Shanghai Cooperation Organization'],
  ['Collective Security Treaty Organization', 'CSTO'],
  ['Commonwealth of Independent States', 'CIS'],
  ['Gulf Cooperation Council', 'GCC'],
  ['Democratic Republic of the Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
  ['Central African Republic', 'CAR'],
  ['South Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', "Democratic People's Republic of Korea", 'DPRK'],
  ['Czech Republic', 'Czechia'],
  ['Netherlands', 'Holland', 'The Netherlands'],
  ['Myanmar', 'Burma'],
  ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  ['Turkey', 'Türkiye', 'Turkiye'],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia', 'Macedonia'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['Central Intelligence Agency', 'CIA'],
  ['European Central Bank', 'ECB'],
  ['Federal Reserve', 'Fed', 'U.S. Federal Reserve'],
  ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  ['Group of Seven', 'G7', 'G-7'],
  ['Group of Twenty', 'G20', 'G-20'],
];

const canonical = new Map<string, string>();
for (const group of GROUPS) {
  for (const form of group) canonical.set(foldKey(form), group[0]);
}

function foldKey(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9]+/g, ' ').trim()
    .replace(/^the /, '');
}

/** The canonical form of a well-known name, if it is one. */
export const worldAlias = remembered((name: string): string | undefined => {
  const folded = foldKey(name);
  // "U.S." folds to "u s": try without spaces for dotted acronyms.
  return canonical.get(folded) ?? canonical.get(folded.replace(/ /g, ''));
});
