// Widely known companies, sports clubs and leagues. General knowledge; the tagger uses
// membership as one feature among many, so a club named after its city still needs context.

export const COMPANIES: readonly string[] = `
Apple|Microsoft|Google|Alphabet|Amazon|Meta|Facebook|Twitter|IBM|Intel|AMD|Nvidia|Oracle|Cisco|HP|Hewlett-Packard
Dell|Sony|Samsung|LG|Panasonic|Toshiba|Hitachi|Fujitsu|NEC|Sharp|Canon|Nikon|Nokia|Ericsson|Siemens|Philips|Bosch
Motorola|Qualcomm|Texas Instruments|Xerox|Kodak|AT&T|Verizon|Vodafone|Deutsche Telekom|Telefonica|Orange|BT
British Telecom|France Telecom|NTT|SoftBank|China Mobile|Huawei|ZTE|Alibaba|Tencent|Baidu|Lenovo|Xiaomi|Netflix
Disney|Walt Disney|Time Warner|Warner Bros|Viacom|CBS|NBC|ABC|Fox|News Corp|Comcast|Bertelsmann|Reuters Holdings
General Motors|GM|Ford|Chrysler|Toyota|Honda|Nissan|Mazda|Mitsubishi|Suzuki|Subaru|Hyundai|Kia|Volkswagen|VW|BMW
Daimler|Daimler-Benz|Mercedes-Benz|Audi|Porsche|Fiat|Renault|Peugeot|Citroen|Volvo|Saab|Jaguar|Rover|Tesla
Boeing|Airbus|Lockheed Martin|Lockheed|Northrop Grumman|Raytheon|General Dynamics|BAE Systems|Dassault|Embraer
Bombardier|Rolls-Royce|General Electric|GE|Honeywell|3M|Caterpillar|Exxon|ExxonMobil|Mobil|Chevron|Texaco|Shell
Royal Dutch Shell|BP|British Petroleum|Total|Elf Aquitaine|Eni|Repsol|Statoil|Gazprom|Rosneft|Lukoil|Saudi Aramco
Aramco|Petrobras|Pemex|PetroChina|Sinopec|CNPC|Halliburton|Schlumberger|Enron|Walmart|Wal-Mart|Tesco|Carrefour
Ikea|Nestle|Unilever|Procter & Gamble|Coca-Cola|Pepsi|PepsiCo|McDonald's|Starbucks|Nike|Adidas|Puma|Kellogg
Kraft|Danone|Heineken|Carlsberg|Guinness|Diageo|Philip Morris|BAT|Pfizer|Merck|Novartis|Roche|GlaxoSmithKline
Glaxo|Bayer|AstraZeneca|Sanofi|Johnson & Johnson|Eli Lilly|Bristol-Myers Squibb|Abbott|Moderna|BioNTech
Goldman Sachs|Morgan Stanley|JPMorgan|J.P. Morgan|Citigroup|Citibank|Citicorp|Bank of America|Wells Fargo
Merrill Lynch|Lehman Brothers|Barclays|HSBC|Lloyds|NatWest|Royal Bank of Scotland|Standard Chartered|Deutsche Bank
Commerzbank|Dresdner Bank|UBS|Credit Suisse|BNP Paribas|Societe Generale|Credit Agricole|ING|ABN Amro|Rabobank
Santander|BBVA|UniCredit|Intesa|Nomura|Mitsubishi UFJ|Mizuho|Sumitomo|Daiwa|Allianz|AXA|Generali|Aviva|Prudential
AIG|Berkshire Hathaway|BlackRock|Visa|Mastercard|American Express|PayPal|Moody's|Fitch Ratings|KPMG|Deloitte
PricewaterhouseCoopers|PwC|Ernst & Young|McKinsey|Accenture|FedEx|UPS|DHL|Maersk|British Airways|Lufthansa
Air France|KLM|Alitalia|Iberia|Aeroflot|Emirates|Qatar Airways|Singapore Airlines|Cathay Pacific|Qantas
American Airlines|United Airlines|Delta|Delta Air Lines|Continental|Northwest|TWA|Pan Am|Ryanair|easyJet
Anglo American|BHP|BHP Billiton|Rio Tinto|Glencore|ArcelorMittal|Thyssen|ThyssenKrupp|Krupp|Alcoa|De Beers
Norilsk Nickel|Vale|Tata|Reliance|Infosys|Wipro|Gillette|Colgate|L'Oreal|LVMH|Gucci|Prada|Benetton
`.trim().split(/\||\n/);

export const SPORTS_CLUBS: readonly string[] = `
Manchester United|Manchester City|Liverpool|Arsenal|Chelsea|Tottenham|Tottenham Hotspur|Everton|Aston Villa
Newcastle United|Leeds United|West Ham|West Ham United|Southampton|Leicester City|Nottingham Forest|Derby County
Sheffield Wednesday|Sheffield United|Blackburn Rovers|Wimbledon|Middlesbrough|Sunderland|Coventry|Coventry City
Bolton Wanderers|Wolverhampton Wanderers|Wolves|Crystal Palace|Fulham|Queens Park Rangers|QPR|Ipswich Town
Norwich City|Celtic|Rangers|Aberdeen|Hearts|Hibernian|Dundee United|Motherwell|Kilmarnock|Real Madrid|Barcelona
Atletico Madrid|Valencia|Sevilla|Real Betis|Deportivo|Athletic Bilbao|Real Sociedad|Villarreal|Espanyol
Juventus|AC Milan|Inter Milan|Inter|Internazionale|Roma|AS Roma|Lazio|Napoli|Fiorentina|Parma|Sampdoria|Torino
Bologna|Udinese|Atalanta|Bayern Munich|Bayern|Borussia Dortmund|Dortmund|Schalke|Schalke 04|Werder Bremen
Hamburg SV|Bayer Leverkusen|Leverkusen|VfB Stuttgart|Borussia Moenchengladbach|Eintracht Frankfurt|Kaiserslautern
Paris Saint-Germain|Paris St Germain|PSG|Olympique Marseille|Marseille|Olympique Lyon|Lyon|Monaco|Bordeaux|Nantes
Auxerre|Lens|Ajax|Ajax Amsterdam|PSV|PSV Eindhoven|Feyenoord|Benfica|Porto|Sporting Lisbon|Anderlecht|Club Brugge
Standard Liege|Galatasaray|Fenerbahce|Besiktas|Olympiakos|Panathinaikos|Spartak Moscow|CSKA Moscow|Dynamo Kiev
Dynamo Moscow|Red Star Belgrade|Partizan|Steaua Bucharest|Rapid Vienna|Austria Vienna|Celtic Glasgow|Boca Juniors
River Plate|Flamengo|Santos|Corinthians|Palmeiras|Sao Paulo FC|LA Galaxy|New York Yankees|Yankees|Boston Red Sox
Red Sox|Chicago Cubs|Cubs|Chicago White Sox|White Sox|Los Angeles Dodgers|Dodgers|San Francisco Giants|Giants
New York Mets|Mets|Atlanta Braves|Braves|Cleveland Indians|Indians|Baltimore Orioles|Orioles|Seattle Mariners
Mariners|Texas Rangers|Houston Astros|Astros|St. Louis Cardinals|Cardinals|Cincinnati Reds|Reds|Pittsburgh Pirates
Pirates|Philadelphia Phillies|Phillies|Montreal Expos|Expos|Toronto Blue Jays|Blue Jays|Detroit Tigers|Tigers
Kansas City Royals|Royals|Minnesota Twins|Twins|Oakland Athletics|Athletics|California Angels|Anaheim Angels
Angels|Milwaukee Brewers|Brewers|San Diego Padres|Padres|Colorado Rockies|Rockies|Florida Marlins|Marlins
Dallas Cowboys|Cowboys|Green Bay Packers|Packers|San Francisco 49ers|49ers|Pittsburgh Steelers|Steelers
New England Patriots|Patriots|Denver Broncos|Broncos|Miami Dolphins|Dolphins|Buffalo Bills|Bills|Chicago Bears
Bears|Washington Redskins|Redskins|Minnesota Vikings|Vikings|Kansas City Chiefs|Chiefs|Oakland Raiders|Raiders
New York Jets|Jets|Philadelphia Eagles|Eagles|Detroit Lions|Lions|Atlanta Falcons|Falcons|Carolina Panthers
Panthers|Jacksonville Jaguars|Jaguars|Seattle Seahawks|Seahawks|Indianapolis Colts|Colts|Houston Oilers|Oilers
Chicago Bulls|Bulls|Los Angeles Lakers|Lakers|Boston Celtics|Celtics|New York Knicks|Knicks|Orlando Magic
Utah Jazz|Houston Rockets|Rockets|Phoenix Suns|Suns|Seattle SuperSonics|SuperSonics|Miami Heat|Heat
Detroit Pistons|Pistons|San Antonio Spurs|Spurs|Indiana Pacers|Pacers|Montreal Canadiens|Canadiens
Toronto Maple Leafs|Maple Leafs|Detroit Red Wings|Red Wings|New York Rangers|Colorado Avalanche|Avalanche
Philadelphia Flyers|Flyers|Pittsburgh Penguins|Penguins|Boston Bruins|Bruins|Edmonton Oilers|Chicago Blackhawks
`.trim().split(/\||\n/);

export const LEAGUES_AND_BODIES: readonly string[] = `
NFL|NBA|NHL|MLB|NCAA|NASCAR|ATP|WTA|PGA|LPGA|IAAF|FIBA|FIA|ICC|ECB|ITF|UCI|FINA|IBF|WBA|WBC|WBO|Major League Baseball
National Football League|National Basketball Association|National Hockey League|Football Association|FA|Premier League
Bundesliga|Serie A|La Liga|Ligue 1|Eredivisie|Primera Division|American League|National League|Football League
International Cricket Council|Test and County Cricket Board|International Tennis Federation|Olympic Committee
`.trim().split(/\||\n/);
