// Common given names by language and very common surnames, plus the titles and roles
// written before a person's name. General world knowledge, not tied to any story.

export const GIVEN_NAMES: readonly string[] = `
James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark
Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary
Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Frank|Alexander|Raymond|Patrick
Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith
Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert
Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Bill
Bob|Jim|Tom|Mike|Dave|Steve|Tony|Tim|Ted|Ken|Ron|Don|Ben|Sam|Nick|Chris|Matt|Dan|Pete|Andy|Greg|Jeff|Phil|Ian
Neil|Colin|Graham|Nigel|Simon|Martin|Malcolm|Gordon|Stuart|Alistair|Hugh|Rupert|Oliver|Harry|Charlie|Alfie|Leo
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley
Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia
Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel
Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren
Joan|Evelyn|Judith|Megan|Cheryl|Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Anne|Teresa|Kathryn|Sara
Janice|Jean|Alice|Madison|Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia
Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Alexis|Kayla|Hillary|Madeleine|Condoleezza|Margaret|Jane
Jean|Pierre|Jacques|Michel|Philippe|Alain|Nicolas|Francois|Patrick|Christophe|Laurent|Frederic|Olivier|Eric
Thierry|Bernard|Marcel|Andre|Claude|Yves|Gerard|Dominique|Didier|Emmanuel|Lionel|Edouard|Jean-Pierre
Jean-Claude|Jean-Marie|Jean-Luc|Marie|Nathalie|Isabelle|Sylvie|Catherine|Francoise|Valerie|Sophie|Christine
Monique|Brigitte|Martine|Segolene|Ségolène|Hans|Peter|Klaus|Jürgen|Juergen|Wolfgang|Helmut|Gerhard|Dieter|Werner
Horst|Günter|Gunter|Manfred|Karl|Heinz|Uwe|Jörg|Joerg|Frank|Stefan|Andreas|Thomas|Michael|Markus|Matthias
Sebastian|Florian|Tobias|Lukas|Angela|Ursula|Sabine|Petra|Monika|Renate|Karin|Heike|Gabriele|Annegret
Frans|Jan|Pieter|Willem|Hendrik|Johan|Dirk|Wim|Joost|Lars|Anders|Nils|Erik|Olaf|Sven|Bjorn|Björn|Magnus|Henrik
Jens|Mats|Per|Ole|Kari|Ingrid|Astrid|Sigrid|Jose|Juan|Carlos|Luis|Miguel|Antonio|Francisco|Manuel|Pedro|Jorge
Javier|Fernando|Alejandro|Rafael|Sergio|Pablo|Diego|Ricardo|Eduardo|Roberto|Alberto|Enrique|Ramon|Hugo|Felipe
Gustavo|Ernesto|Raul|Andres|Mariano|Maria|Carmen|Ana|Isabel|Lucia|Elena|Rosa|Pilar|Dolores|Cristina|Marta
Guillermo|Gonzalo|Ignacio|Joao|João|Paulo|Luiz|Lula|Dilma|Giuseppe|Giovanni|Mario|Luigi|Francesco|Marco|Paolo
Roberto|Silvio|Romano|Matteo|Massimo|Enrico|Sergio|Alessandro|Andrea|Lorenzo|Giorgio|Fabio|Claudio|Gianni
Giulia|Francesca|Chiara|Alessandra|Federica|Laura|Valentina|Giorgia|Vladimir|Sergei|Sergey|Alexei|Alexey|Dmitry
Dmitri|Mikhail|Boris|Nikolai|Ivan|Andrei|Andrey|Yuri|Viktor|Igor|Oleg|Pavel|Anatoly|Alexander|Aleksandr
Vyacheslav|Gennady|Yevgeny|Evgeny|Konstantin|Maxim|Leonid|Nikita|Ruslan|Valery|Vitaly|Roman|Grigory|Stanislav
Tatiana|Tatyana|Olga|Natalia|Natalya|Svetlana|Irina|Elena|Yelena|Ekaterina|Yekaterina|Anastasia|Marina|Ludmila
Lyudmila|Valentina|Galina|Volodymyr|Petro|Viktor|Yulia|Oleksandr|Taras|Bohdan|Lech|Jerzy|Andrzej|Krzysztof
Tomasz|Piotr|Pawel|Marek|Wojciech|Jaroslaw|Donald|Vaclav|Václav|Milos|Miloš|Slobodan|Zoran|Dragan|Goran|Ante
Franjo|Alija|Radovan|Ratko|Muhammad|Mohammed|Mohammad|Mohamed|Muhamad|Ahmed|Ahmad|Ali|Hassan|Hussein|Husain
Omar|Umar|Abdullah|Abdallah|Abdul|Abdel|Abd|Ibrahim|Mahmoud|Mahmud|Mustafa|Mostafa|Khalid|Khaled|Youssef|Yusuf
Yousef|Saeed|Said|Salman|Faisal|Fahd|Hamad|Hamid|Tariq|Tarek|Karim|Kareem|Nasser|Nasir|Jamal|Walid|Rashid
Rashed|Saleh|Salih|Sami|Samir|Fouad|Fuad|Ayman|Osama|Usama|Anwar|Zayed|Mansour|Bashar|Hafez|Jawad|Majid|Nabil
Fatima|Aisha|Ayesha|Khadija|Maryam|Mariam|Zainab|Layla|Leila|Amina|Noor|Nour|Hana|Rania|Yasmin|Salma|Huda
Reza|Hossein|Hosein|Javad|Mahmoud|Akbar|Ali-Akbar|Mehdi|Mojtaba|Abbas|Hasan|Mohsen|Hamid|Ruhollah|Ebrahim
Recep|Ahmet|Mehmet|Mustafa|Kemal|Abdullah|Tayyip|Bulent|Süleyman|Suleyman|Murat|Emre|Hakan|Ayse|Fatma|Emine
Hamid|Abdul|Ahmad|Shah|Nawaz|Shehbaz|Imran|Benazir|Pervez|Asif|Zulfikar
Narendra|Rahul|Sonia|Indira|Rajiv|Manmohan|Atal|Amit|Arvind|Sanjay|Vijay|Raj|Ravi|Sunil|Anil|Ajay|Priya
Xi|Li|Wang|Zhang|Liu|Chen|Yang|Hu|Wen|Jiang|Deng|Zhou|Mao|Jinping|Keqiang|Jintao|Jiabao|Zemin|Shinzo|Junichiro
Yoshihide|Fumio|Taro|Ichiro|Hiroshi|Takeshi|Kenji|Yuki|Kim|Park|Lee|Moon|Jae-in|Jong-un|Jong-il|Il-sung
Nelson|Thabo|Jacob|Cyril|Kofi|Ban|Boutros|Olusegun|Goodluck|Muhammadu|Uhuru|Raila|Paul|Yoweri|Robert|Jomo
Benjamin|Ehud|Ariel|Shimon|Yitzhak|Moshe|Avigdor|Naftali|Yair|Benny|Binyamin|David|Yossi|Avi|Itzhak|Golda
`.trim().split(/\||\n/);

export const SURNAMES: readonly string[] = `
Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Martin|Jackson|Thompson|White
Harris|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker|Nelson|Carter|Mitchell
Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper
Peterson|Reed|Bailey|Bell|Kelly|Howard|Ward|Cox|Richardson|Wood|Watson|Brooks|Bennett|Gray|Hughes|Price|Sanders
Garcia|Rodriguez|Martinez|Hernandez|Lopez|Gonzalez|Perez|Sanchez|Ramirez|Torres|Flores|Rivera|Gomez|Diaz|Fernandez
Muller|Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|Richter|Klein|Wolf
Dubois|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Bertrand|Roux|Fontaine|Rossi|Russo|Ferrari|Esposito
Bianchi|Romano|Colombo|Ricci|Ivanov|Smirnov|Kuznetsov|Popov|Petrov|Sokolov|Volkov|Kozlov|Novikov|Morozov|Pavlov
Kowalski|Nowak|Wisniewski|Novak|Horvat|Nagy|Kovacs|Jansen|de Vries|van Dijk|Bakker|Visser|Hansen|Nielsen
Johansson|Andersson|Karlsson|Nilsson|Larsen|Olsen|Khan|Singh|Kumar|Sharma|Patel|Gupta|Rahman|Hussain|Hossain
Chowdhury|Ahmed|Ali|Hassan|Haddad|Nasser|Mansour|Khalil|Yilmaz|Kaya|Demir|Sahin|Celik|Wang|Li|Zhang
Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Tanaka|Suzuki|Sato|Takahashi|Watanabe|Ito
Yamamoto|Nakamura|Kobayashi|Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Nguyen|Tran|Le|Pham|Hoang|Silva|Santos|Oliveira
Souza|Pereira|Costa|Rodrigues|Almeida|Cohen|Levy|Friedman|Katz|O'Brien|O'Connor|O'Neill|McDonald|MacDonald
`.trim().split(/\||\n/);

/**
 * Words written before a person's name: honorifics, offices, ranks and roles. Features only;
 * the span snapping strips just OFFICE_WORDS, since honorifics ("Sheikh", "Prince") also
 * start names.
 */
export const PERSON_TITLES: readonly string[] = `
Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Baroness|Baron|Count|Countess|Prince
Princess|King|Queen|Emperor|Empress|Sheikh|Sheik|Emir|Amir|Sultan|Crown Prince|Pope|Cardinal|Archbishop|Bishop
Father|Rev|Rev.|Reverend|Rabbi|Imam|Ayatollah|Mullah|Hajji|Haji|Mullah|Saint|St.
President|Vice President|Vice-President|Prime Minister|Premier|Chancellor|Minister|Deputy Minister|Secretary
Foreign Minister|Defence Minister|Defense Minister|Interior Minister|Finance Minister|Deputy|Ambassador|Envoy
Governor|Mayor|Senator|Sen.|Congressman|Congresswoman|Representative|Rep.|Speaker|Chairman|Chairwoman|Chair
Chief|Commander|General|Gen.|Lieutenant|Lt.|Colonel|Col.|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Admiral|Adm.
Marshal|Brigadier|Corporal|Private|Officer|Inspector|Detective|Judge|Justice|Attorney|Prosecutor|Director
Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Aide|Leader|Head|Executive|CEO|Chief Executive|Founder
Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Captain|Champion|Chancellor|Commissioner|Delegate|Consul
`.trim().split(/\||\n/);

/** Offices and roles that are never part of a name: stripped from the front of a person span. */
export const OFFICE_WORDS: readonly string[] = `
Mr|Mrs|Ms|Dr|Prof|Professor|President|Vice|Prime|Minister|Premier|Chancellor|Secretary|Foreign|Defence|Defense
Interior|Finance|Economy|Trade|Health|Justice|Deputy|Acting|Interim|Former|Ambassador|Envoy|Governor|Mayor|Senator
Sen|Congressman|Congresswoman|Representative|Rep|Speaker|Chairman|Chairwoman|Chair|Chief|Commander|General|Gen
Lieutenant|Lt|Colonel|Col|Major|Maj|Captain|Capt|Sergeant|Sgt|Admiral|Adm|Marshal|Brigadier|Judge|Justice|Attorney
Prosecutor|Director|Spokesman|Spokeswoman|Spokesperson|Adviser|Advisor|Aide|Leader|Executive|CEO|Coach|Manager
Commissioner|Consul|Special|Senior|Supreme|State|Federal|Opposition|Party|Presidential|Ministerial|Head|Officer
`.trim().split(/\||\n/);
