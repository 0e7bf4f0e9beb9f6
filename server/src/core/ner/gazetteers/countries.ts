// Sovereign states and widely used short or former names, and the adjectives/demonyms
// for them. General world knowledge, one entry per line group; matched case-insensitively
// on whole tokens (so "U.S." is one token, as the tokenizer writes it).

export const COUNTRIES: readonly string[] = `
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic
Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti
Dominica|Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia
Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea
Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya
Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal
Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan
Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia
Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone
Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|Spain|Sri Lanka
Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago
Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain
Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|U.S.|US|USA|U.S.A.
America|Uruguay|Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Zaire|Rhodesia|Ceylon|Persia|Siam
Hong Kong|Macau|Greenland|Puerto Rico|Gaza|West Bank|Kurdistan|Chechnya|Tibet|Faroe Islands|Gibraltar
`.trim().split(/\||\n/);

export const DEMONYMS: readonly string[] = `
Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|Azeri
Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Burundian
Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech
Danish|Dane|Dutch|Dutchman|Ecuadorian|Egyptian|English|Englishman|Eritrean|Estonian|Ethiopian|Fijian|Filipino
Finnish|Finn|French|Frenchman|Georgian|German|Ghanaian|Greek|Guatemalan|Guinean|Haitian|Honduran|Hungarian
Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh
Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian|Lebanese|Liberian|Libyan|Lithuanian|Luxembourgish
Macedonian|Malagasy|Malawian|Malaysian|Malian|Maltese|Mauritanian|Mexican|Moldovan|Mongolian|Montenegrin
Moroccan|Mozambican|Namibian|Nepalese|Nepali|New Zealander|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani
Pakistani|Palestinian|Panamanian|Paraguayan|Persian|Peruvian|Polish|Pole|Portuguese|Qatari|Romanian|Russian
Rwandan|Salvadoran|Saudi|Scottish|Scot|Scots|Senegalese|Serb|Serbian|Singaporean|Slovak|Slovakian|Slovene
Slovenian|Somali|South African|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese
Tajik|Tanzanian|Thai|Tibetan|Togolese|Tunisian|Turkish|Turk|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek
Venezuelan|Vietnamese|Welsh|Yemeni|Yugoslav|Zambian|Zimbabwean|Soviet|Emirati|Kurdish|Kurd|Chechen|Basque
Catalan|Flemish|Walloon|Bavarian|Corsican|Sicilian|Tamil|Sikh|Punjabi|Bengali
Tatar|Cossack|Berber|Bedouin|Arab|Arabian|Latin|Hispanic|Asian|African|European|Scandinavian|Nordic|Balkan
Caribbean|Slavic|Anglo|Pacific|Atlantic|Mediterranean|Baltic|Caucasian|Andean|Iberian|Gulf|Middle Eastern
Americans|Australians|Britons|Canadians|Germans|Russians|Italians|Israelis|Palestinians|Iraqis|Iranians|Afghans
Pakistanis|Indians|Egyptians|Syrians|Turks|Greeks|Serbs|Croats|Bosnians|Albanians|Kurds|Arabs|Europeans
Africans|Asians|Poles|Swedes|Danes|Norwegians|Finns|Mexicans|Brazilians|Argentines|Chileans|Cubans|Koreans
Saudis|Yemenis|Somalis|Nigerians|Kenyans|Ukrainians|Belgians|Hungarians|Romanians|Bulgarians|Czechs|Slovaks
Muslim|Muslims|Moslem|Moslems|Christian|Christians|Catholic|Catholics|Protestant|Protestants|Orthodox|Jewish
Jew|Jews|Hindu|Hindus|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shiite|Shiites|Islamic|Islamist|Islamists|Zionist
Marxist|Communist|Communists|Socialist|Socialists|Republican|Republicans|Democrat|Democrats|Conservative
Conservatives|Labour|Liberal|Liberals|Gaullist|Nazi|Nazis|Maoist|Bolshevik|Olympic|Olympics|Paralympic
`.trim().split(/\||\n/);
