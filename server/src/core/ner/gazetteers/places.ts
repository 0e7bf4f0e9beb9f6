// Capitals, major world cities, first-level regions (US states, provinces and other
// well-known regions), continents and large geographic features. General world knowledge.
export const CITIES: readonly string[] = `
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|Minsk|Brussels|Belmopan
Porto-Novo|Thimphu|La Paz|Sucre|Sarajevo|Gaborone|Brasilia|Sofia|Ouagadougou|Bujumbura|Phnom Penh|Yaounde|Ottawa
Bangui|N'Djamena|Santiago|Beijing|Peking|Bogota|Kinshasa|Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague
Copenhagen|Djibouti|Santo Domingo|Dili|Quito|Cairo|San Salvador|Malabo|Asmara|Tallinn|Addis Ababa|Suva|Helsinki
Paris|Libreville|Banjul|Tbilisi|Berlin|Accra|Athens|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince
Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston
Tokyo|Amman|Astana|Nur-Sultan|Almaty|Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia
Tripoli|Vaduz|Vilnius|Antananarivo|Lilongwe|Kuala Lumpur|Male|Bamako|Valletta|Nouakchott|Port Louis|Mexico City
Chisinau|Ulaanbaatar|Ulan Bator|Podgorica|Rabat|Maputo|Naypyidaw|Yangon|Rangoon|Windhoek|Kathmandu|Amsterdam
The Hague|Wellington|Managua|Niamey|Abuja|Lagos|Pyongyang|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Ramallah
Panama City|Port Moresby|Asuncion|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|Kigali|Riyadh|Jeddah|Mecca
Medina|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Cape Town|Johannesburg|Durban|Seoul
Juba|Madrid|Barcelona|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Berne|Geneva|Zurich|Damascus|Aleppo|Taipei
Dushanbe|Dar es Salaam|Dodoma|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kiev|Kyiv|Kharkiv|Odessa
Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka
Harare|New York|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco
Boston|Seattle|Miami|Atlanta|Detroit|Denver|Las Vegas|New Orleans|Baltimore|Cleveland|Pittsburgh|St. Louis
Minneapolis|Cincinnati|Milwaukee|Kansas City|Toronto|Montreal|Vancouver|Calgary|Quebec|Sydney|Melbourne
Brisbane|Perth|Adelaide|Auckland|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Edinburgh|Belfast|Cardiff
Bristol|Newcastle|Sheffield|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|Dusseldorf|Bonn|Dresden|Leipzig
Marseille|Lyon|Toulouse|Nice|Strasbourg|Bordeaux|Milan|Naples|Turin|Florence|Venice|Genoa|Palermo|Bologna
Seville|Valencia|Bilbao|Porto|Rotterdam|Antwerp|Gothenburg|Krakow|Gdansk|St Petersburg|St. Petersburg|Leningrad
Novosibirsk|Vladivostok|Yekaterinburg|Kazan|Volgograd|Stalingrad|Grozny|Sevastopol|Donetsk|Lviv|Minsk
Shanghai|Guangzhou|Shenzhen|Tianjin|Chongqing|Wuhan|Chengdu|Nanjing|Xian|Harbin|Osaka|Kyoto|Yokohama|Nagoya
Hiroshima|Nagasaki|Busan|Pusan|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Bengaluru|Hyderabad
Rawalpindi|Basra|Mosul|Kirkuk|Erbil|Fallujah|Tikrit
Isfahan|Mashhad|Tabriz|Shiraz|Haifa|Gaza City|Hebron|Bethlehem|Nablus|Alexandria|Casablanca|Marrakesh|Benghazi
Kano|Mombasa|Kinshasa|Goma|Timbuktu|Sao Paulo|Rio de Janeiro|Salvador|Recife|Porto Alegre|Medellin|Cali
Guadalajara|Monterrey|Tijuana|Cordoba|Rosario|Valparaiso|Hong Kong|Singapore
Kuala Lumpur|Macau|Davos|Strasbourg|Luxembourg|Monaco|Hollywood|Silicon Valley|Wall Street|Downing Street
`.trim().split(/\||\n/);
export const REGIONS: readonly string[] = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia
Wisconsin|Wyoming|Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|Newfoundland|Yukon
Queensland|New South Wales|Victoria|Tasmania|Bavaria|Saxony|Brandenburg|Hesse|Catalonia|Andalusia|Galicia
Basque Country|Lombardy|Tuscany|Sicily|Sardinia|Corsica|Brittany|Normandy|Provence|Alsace|Flanders|Wallonia
Siberia|Crimea|Donbas|Dagestan|Ingushetia|Tatarstan|Transnistria|Abkhazia|South Ossetia|Nagorno-Karabakh
Kashmir|Punjab|Bengal|Kerala|Gujarat|Tamil Nadu|Maharashtra|Xinjiang|Guangdong|Sichuan|Yunnan|Hainan|Manchuria
Mindanao|Java|Sumatra|Bali|Borneo|Aceh|Papua|Darfur|Kordofan|Ogaden|Sinai|Negev|Golan|Golan Heights|Galilee
Anatolia|Kurdistan|Mesopotamia|Levant|Maghreb|Sahel|Sahara|Horn of Africa
Patagonia|Amazon|Amazonia|Andes|Alps|Himalayas|Himalaya|Urals|Caucasus|Balkans|Scandinavia|Iberia|Siberia
Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia
Eurasia|Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa
North Africa|Southern Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Persian Gulf
Gulf|Arabian Peninsula|Korean Peninsula|Indian Subcontinent|Pacific|Atlantic|Indian Ocean|Arctic|Antarctic
Mediterranean|Black Sea|Caspian Sea|Caspian|Red Sea|Baltic Sea|North Sea|Aral Sea|Dead Sea|South China Sea
Persian Gulf|Gulf of Mexico|Strait of Hormuz|Suez Canal|Panama Canal|Bosphorus|English Channel|Caribbean
Nile|Danube|Rhine|Volga|Thames|Seine|Euphrates|Tigris|Indus|Ganges|Yangtze|Mekong|Mississippi River
Jordan River|Everest|Kilimanjaro|Midwest|New England
West Coast|East Coast|Wall Street|Capitol Hill|Gaza Strip|West Bank|Kosovo|Chechnya|Ulster|Hong Kong
`.trim().split(/\||\n/);

/** Words that end place names ("… Airport", "… Province", "… River"), matched in any case. */
export const PLACE_SUFFIXES: readonly string[] = `
Airport|Air Base|Airbase|Airfield|Base|Naval Base|Province|Region|District|County|Prefecture|Municipality|Oblast
Governorate|Canton|State|Territory|Valley|River|Mountains|Mountain|Mount|Hills|Island|Islands|Peninsula|Bay|Gulf|Sea
Ocean|Lake|Canal|Strait|Straits|Desert|Plain|Plateau|Coast|Delta|Falls|Street|Avenue|Road|Boulevard|Square|Bridge
Dam|Port|Harbour|Harbor|Crossing|Checkpoint|Pass|Border|Stadium|Arena|Park|Palace|Castle|Cathedral|Mosque|Temple
Camp|Prison|Refugee Camp|City|Town|Village|Heights|Highlands|Lowlands|Basin|Forest|Reef|Cape
`.trim().split(/\||\n/);
