// Names CoNLL calls MISC that are not demonyms: religions, languages, events, currencies
// named after people or places, and a few common kinds of named things. General knowledge.

export const MISC_NAMES: readonly string[] = `
Islam|Christianity|Judaism|Hinduism|Buddhism|Sikhism|Catholicism|Protestantism|Koran|Quran|Qur'an|Bible|Torah
Ramadan|Eid|Christmas|Easter|Hanukkah|Diwali|Passover|Yom Kippur|Lent|Nowruz|Thanksgiving|New Year
English|French|German|Spanish|Italian|Russian|Arabic|Chinese|Mandarin|Cantonese|Japanese|Korean|Hindi|Urdu
Persian|Farsi|Dari|Pashto|Turkish|Hebrew|Portuguese|Dutch|Greek|Swahili|Bengali|Punjabi|Uzbek|Kazakh|Tajik
World Cup|Olympics|Olympic Games|Winter Olympics|Paralympics|Super Bowl|World Series|Tour de France|Wimbledon
US Open|U.S. Open|French Open|Australian Open|Champions League|Europa League|Premier League|Bundesliga|Serie A
La Liga|Ligue 1|Formula One|Grand Prix|Davis Cup|Ryder Cup|Masters|Stanley Cup|NBA Finals|Euro 2000|Nobel Prize
Nobel Peace Prize|Oscar|Oscars|Grammy|Golden Globe|Pulitzer|Booker Prize|Cold War|World War One|World War Two
World War I|World War II|Gulf War|Holocaust|Renaissance|Reformation|Brexit|Internet|Dow|Nikkei|FTSE|DAX|CAC-40
Hang Seng|S&P 500|Euro|Dollar|Boeing 747|Airbus|Windows|iPhone|Android|Geneva Conventions|Kyoto Protocol
`.trim().split(/\||\n/);
