// Major international and national bodies, and the words that end or head organisation
// names. General world knowledge.

export const ORGANIZATIONS: readonly string[] = `
United Nations|UN|U.N.|UN Security Council|Security Council|General Assembly|UNESCO|UNICEF|UNHCR|UNDP|UNEP
World Health Organization|WHO|World Bank|International Monetary Fund|IMF|World Trade Organization|WTO|GATT
International Atomic Energy Agency|IAEA|International Criminal Court|ICC|International Court of Justice|ICJ
International Labour Organization|ILO|Food and Agriculture Organization|FAO|World Food Programme|WFP|Interpol
International Committee of the Red Cross|ICRC|Red Cross|Red Crescent|Amnesty International|Human Rights Watch
Medecins Sans Frontieres|Doctors Without Borders|Greenpeace|Oxfam|Transparency International|Save the Children
North Atlantic Treaty Organization|NATO|European Union|EU|E.U.|European Commission|European Parliament
Council of Europe|European Central Bank|ECB|European Court of Justice|OSCE|Organization for Security and Co-operation in Europe
Organisation for Economic Co-operation and Development|OECD|OPEC|Organization of the Petroleum Exporting Countries
African Union|AU|Organization of African Unity|OAU|Arab League|League of Arab States|Gulf Cooperation Council|GCC
ASEAN|Association of Southeast Asian Nations|APEC|Asian Development Bank|ADB|Shanghai Cooperation Organisation
SCO|Commonwealth of Independent States|CIS|Collective Security Treaty Organization|CSTO|Eurasian Economic Union
BRICS|G7|G8|G20|Group of Seven|Group of Eight|Commonwealth|Mercosur|NAFTA|Organization of American States|OAS
Organisation of Islamic Cooperation|OIC|International Olympic Committee|IOC|FIFA|UEFA|Interpol|Europol|Frontex
World Economic Forum|Bank for International Settlements|Paris Club|International Energy Agency|IEA|CERN
Pentagon|White House|Kremlin|State Department|Congress|Senate|House of Representatives|Supreme Court|Federal Reserve
Fed|CIA|FBI|NSA|NASA|FDA|EPA|SEC|Treasury|Justice Department|Department of Defense|Department of State|Home Office
Foreign Office|Downing Street|Parliament|Bundestag|Bundesbank|Duma|State Duma|Knesset|Elysee|Bank of England
Bank of Japan|People's Bank of China|Reserve Bank|Politburo|Hamas|Hezbollah|Fatah|PLO|al-Qaeda|al Qaeda|Al-Qaida
IRA|ETA|PKK|KGB|FSB|GRU|MI5|MI6|Mossad|Xinhua|Reuters|Associated Press|AP|AFP|Agence France-Presse|BBC|CNN|Bloomberg
Itar-Tass|Tass|Interfax|Kyodo|Al Jazeera|New York Times|Washington Post|Wall Street Journal|Financial Times
Guardian|The Guardian|The Times|Le Monde|Der Spiegel|Nasdaq|Dow Jones|New York Stock Exchange|NYSE
London Stock Exchange|Moody's|Standard & Poor's|Fitch|Harvard|Oxford University|Cambridge University|MIT
`.trim().split(/\||\n/);

/** Words that end organisation names ("… Corp", "… Ministry", "… Party"). */
export const ORG_SUFFIXES: readonly string[] = `
Inc|Inc.|Corp|Corp.|Corporation|Co|Co.|Company|Ltd|Ltd.|Limited|Plc|PLC|LLC|AG|GmbH|SA|S.A.|NV|N.V.|BV|SpA|AB|ASA
Group|Holding|Holdings|Industries|International|Bank|Bancorp|Airlines|Airways|Motors|Systems|Technologies|Partners
Capital|Securities|Trust|Fund|Insurance|Energy|Petroleum|Oil|Gas|Steel|Telecom|Communications|Pharmaceuticals
Ministry|Department|Agency|Office|Bureau|Commission|Committee|Council|Authority|Board|Service|Services|Directorate
Party|Front|Movement|Alliance|Coalition|Union|Federation|Association|League|Organisation|Organization|Society
Institute|Foundation|University|College|Academy|School|Court|Tribunal|Parliament|Assembly|Congress|Senate
Army|Navy|Force|Forces|Guard|Police|Brigade|Brigades|Corps|Command|Network|Exchange|Club|FC|United|City|Rovers
Wanderers|Athletic|Olympique|Sporting|Real|Dynamo|Spartak|Nations|Church|Mission|Times|Post|News|Herald|Journal
`.trim().split(/\||\n/);
