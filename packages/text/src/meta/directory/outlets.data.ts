/**
 * The curated outlet directory: one outlet a line, `domains | name | country | kind | other spellings`.
 * Domains are comma-separated (the first is the main one); country is ISO 3166-1 alpha-2 ("INT" for
 * international organisations); kind is newspaper, agency, broadcaster or government; other spellings
 * (brands as printed, desk prefixes marked "desk:") are separated by ";". Keep it sorted by country.
 * Adding a line is the whole job of adding an outlet: the loader and its tests check the format.
 */
export const OUTLET_TABLE = `
# Pakistan
dawn.com, epaper.dawn.com | Dawn | PK | newspaper | Dawn.com; desk:Dawn; desk:Dawn.com; Daily Dawn
tribune.com.pk | The Express Tribune | PK | newspaper | Express Tribune; desk:ET; desk:Tribune
thenews.com.pk | The News International | PK | newspaper | The News; The News International
jang.com.pk | Daily Jang | PK | newspaper | Jang
brecorder.com | Business Recorder | PK | newspaper | desk:BR; BR Research
nation.com.pk | The Nation | PK | newspaper |
pakistantoday.com.pk | Pakistan Today | PK | newspaper |
pakobserver.net | Pakistan Observer | PK | newspaper |
dailytimes.com.pk | Daily Times | PK | newspaper |
thefridaytimes.com | The Friday Times | PK | newspaper |
nayadaur.tv | Naya Daur | PK | newspaper |
dailypakistan.com.pk, en.dailypakistan.com.pk | Daily Pakistan | PK | newspaper |
urdupoint.com | UrduPoint | PK | newspaper |
mettisglobal.news | Mettis Global | PK | newspaper |
profit.pakistantoday.com.pk | Profit | PK | newspaper |
thefrontierpost.com | The Frontier Post | PK | newspaper |
dailyparliamenttimes.com | Daily Parliament Times | PK | newspaper |
pakistanpoint.com | Pakistan Point | PK | newspaper |
minutemirror.com.pk | Minute Mirror | PK | newspaper |
gwadarpro.pk | Gwadar Pro | PK | newspaper |
thecorrespondent.pk | The Correspondent | PK | newspaper |
geo.tv | Geo News | PK | broadcaster | desk:Geo; desk:Geo.tv; Geo News
arynews.tv | ARY News | PK | broadcaster | desk:ARY
samaa.tv | Samaa TV | PK | broadcaster | Samaa
dunyanews.tv | Dunya News | PK | broadcaster | Dunya
express.pk | Express News | PK | broadcaster |
humnews.pk | Hum News | PK | broadcaster |
24newshd.tv | 24 News HD | PK | broadcaster |
bolnews.com | BOL News | PK | broadcaster |
ptv.com.pk, ptvnews.com.pk | PTV News | PK | broadcaster | Pakistan Television
radio.gov.pk | Radio Pakistan | PK | broadcaster |
app.com.pk | Associated Press of Pakistan | PK | agency | APP
ppi.com.pk | Pakistan Press International | PK | agency | PPI
dnanews.com.pk | DNA News Agency | PK | agency | DNA
onlinenews.com.pk | Online News Agency | PK | agency | Online
inp.net.pk | Independent News Pakistan | PK | agency | INP
nni.com.pk | News Network International | PK | agency | NNI
mofa.gov.pk | Ministry of Foreign Affairs of Pakistan | PK | government | Foreign Office; Ministry of Foreign Affairs, Pakistan
pid.gov.pk | Press Information Department | PK | government | PID
pmo.gov.pk | Prime Minister's Office of Pakistan | PK | government | PM Office
president.gov.pk | President of Pakistan | PK | government | President's Secretariat
ispr.gov.pk | Inter-Services Public Relations | PK | government | ISPR
interior.gov.pk | Ministry of Interior of Pakistan | PK | government |
cpec.gov.pk | CPEC Authority | PK | government |
aaj.tv, english.aaj.tv | Aaj News | PK | broadcaster |
gnnhd.tv | GNN | PK | broadcaster |
dawnnews.tv | Dawn News | PK | broadcaster |
92newshd.tv | 92 News | PK | broadcaster |
islamabadpost.com.pk | Islamabad Post | PK | newspaper |
pakchinanews.pk | Pak-China News | PK | newspaper |
independentnews.pk | Independent News | PK | newspaper |
pakistantribune.com.pk | Pakistan Tribune | PK | newspaper |
nhaonline.com | NHA Online | PK | newspaper |
# China
news.cn, xinhuanet.com, english.news.cn, xinhua.net | Xinhua | CN | agency | Xinhua News Agency; desk:Xinhua
chinadaily.com.cn, global.chinadaily.com.cn | China Daily | CN | newspaper |
globaltimes.cn | Global Times | CN | newspaper |
people.cn, en.people.cn, people.com.cn | People's Daily | CN | newspaper | People's Daily Online; People’s Daily
cgtn.com | CGTN | CN | broadcaster | China Global Television Network
cctv.com, english.cctv.com | CCTV | CN | broadcaster | China Central Television
cnr.cn | China National Radio | CN | broadcaster |
chinanews.com.cn, chinanews.com | China News Service | CN | agency | CNS
ecns.cn | ECNS | CN | agency |
china.org.cn | China.org.cn | CN | newspaper |
chinadailyhk.com | China Daily Hong Kong | CN | newspaper |
gmw.cn | Guangming Daily | CN | newspaper |
cri.cn, english.cri.cn | China Radio International | CN | broadcaster | CRI
caixinglobal.com, caixin.com | Caixin | CN | newspaper |
thepaper.cn | The Paper | CN | newspaper |
sixthtone.com | Sixth Tone | CN | newspaper |
ce.cn | China Economic Net | CN | newspaper |
youth.cn | China Youth Daily | CN | newspaper |
fmprc.gov.cn, mfa.gov.cn | Ministry of Foreign Affairs of the PRC | CN | government | Chinese Foreign Ministry
gov.cn, english.www.gov.cn | The State Council of the PRC | CN | government | State Council
mofcom.gov.cn | Ministry of Commerce of the PRC | CN | government | MOFCOM
mod.gov.cn | Ministry of National Defense of the PRC | CN | government |
shine.cn | Shanghai Daily | CN | newspaper |
chinamil.com.cn, eng.chinamil.com.cn | China Military Online | CN | newspaper |
qstheory.cn, en.qstheory.cn | Qiushi | CN | newspaper |
scio.gov.cn, english.scio.gov.cn | State Council Information Office | CN | government | SCIO
china-embassy.gov.cn, pk.china-embassy.gov.cn | Embassy of China | CN | government |
yicaiglobal.com | Yicai Global | CN | newspaper |
ciis.org.cn | China Institute of International Studies | CN | government |
scmp.com | South China Morning Post | HK | newspaper | SCMP
thestandard.com.hk | The Standard | HK | newspaper |
rthk.hk | RTHK | HK | broadcaster | Radio Television Hong Kong
hongkongfp.com | Hong Kong Free Press | HK | newspaper | HKFP
taipeitimes.com | Taipei Times | TW | newspaper |
focustaiwan.tw | Focus Taiwan | TW | agency | Central News Agency; CNA
# India
thehindu.com | The Hindu | IN | newspaper |
hindustantimes.com | Hindustan Times | IN | newspaper | HT
timesofindia.indiatimes.com, indiatimes.com | The Times of India | IN | newspaper | Times of India; TOI
indianexpress.com | The Indian Express | IN | newspaper | Indian Express
economictimes.indiatimes.com | The Economic Times | IN | newspaper | Economic Times
livemint.com | Mint | IN | newspaper | Livemint
business-standard.com | Business Standard | IN | newspaper |
deccanherald.com | Deccan Herald | IN | newspaper |
deccanchronicle.com | Deccan Chronicle | IN | newspaper |
telegraphindia.com | The Telegraph India | IN | newspaper | The Telegraph
tribuneindia.com | The Tribune India | IN | newspaper | The Tribune
newindianexpress.com | The New Indian Express | IN | newspaper |
thestatesman.com, thestatesman.net | The Statesman | IN | newspaper |
firstpost.com | Firstpost | IN | newspaper |
theprint.in | ThePrint | IN | newspaper |
thewire.in | The Wire | IN | newspaper |
scroll.in | Scroll.in | IN | newspaper | Scroll
news18.com | News18 | IN | broadcaster |
ndtv.com | NDTV | IN | broadcaster |
indiatoday.in | India Today | IN | broadcaster |
republicworld.com | Republic World | IN | broadcaster |
wionews.com | WION | IN | broadcaster |
zeenews.india.com | Zee News | IN | broadcaster |
aajtak.in | Aaj Tak | IN | broadcaster |
ptinews.com | Press Trust of India | IN | agency | PTI
ians.in, ianslive.in | IANS | IN | agency | Indo-Asian News Service
aninews.in | ANI | IN | agency | Asian News International
uniindia.com | United News of India | IN | agency | UNI
mea.gov.in | Ministry of External Affairs of India | IN | government | MEA
pib.gov.in | Press Information Bureau | IN | government | PIB
lokmattimes.com | Lokmat Times | IN | newspaper |
theweek.in | The Week | IN | newspaper |
outlookindia.com | Outlook | IN | newspaper | Outlook India
freepressjournal.in | Free Press Journal | IN | newspaper |
dnaindia.com | DNA India | IN | newspaper |
financialexpress.com | The Financial Express | IN | newspaper | Financial Express
moneycontrol.com | Moneycontrol | IN | newspaper |
thequint.com | The Quint | IN | newspaper |
newsonair.gov.in | All India Radio | IN | broadcaster | AIR; News On AIR
ddnews.gov.in | DD News | IN | broadcaster | Doordarshan
businesstoday.in | Business Today | IN | newspaper |
siasat.com | The Siasat Daily | IN | newspaper | Siasat
thehansindia.com | The Hans India | IN | newspaper |
telanganatoday.com | Telangana Today | IN | newspaper |
millenniumpost.in | Millennium Post | IN | newspaper |
greaterkashmir.com | Greater Kashmir | IN | newspaper |
devdiscourse.com | Devdiscourse | IN | newspaper |
indiatvnews.com | India TV | IN | broadcaster |
abplive.com, news.abplive.com | ABP Live | IN | broadcaster | ABP News
onmanorama.com | Onmanorama | IN | newspaper |
swarajyamag.com | Swarajya | IN | newspaper |
# South and Central Asia
thedailystar.net | The Daily Star | BD | newspaper |
dhakatribune.com | Dhaka Tribune | BD | newspaper |
bssnews.net | Bangladesh Sangbad Sangstha | BD | agency | BSS
prothomalo.com, en.prothomalo.com | Prothom Alo | BD | newspaper |
kathmandupost.com | The Kathmandu Post | NP | newspaper |
risingnepaldaily.com | The Rising Nepal | NP | newspaper |
dailymirror.lk | Daily Mirror Sri Lanka | LK | newspaper |
newsfirst.lk | News First | LK | broadcaster |
tolonews.com | TOLOnews | AF | broadcaster |
pajhwok.com | Pajhwok Afghan News | AF | agency | Pajhwok
amu.tv | Amu TV | AF | broadcaster |
khaama.com | Khaama Press | AF | newspaper |
kabulnow.com | KabulNow | AF | newspaper |
astanatimes.com | The Astana Times | KZ | newspaper |
kazinform.kz, inform.kz | Kazinform | KZ | agency |
akipress.com | AKIpress | KG | agency |
uza.uz | UzA | UZ | agency | National News Agency of Uzbekistan
# Middle East and Turkey
aljazeera.com, aljazeera.net | Al Jazeera | QA | broadcaster |
arabnews.com, arabnews.pk | Arab News | SA | newspaper |
saudigazette.com.sa | Saudi Gazette | SA | newspaper |
spa.gov.sa | Saudi Press Agency | SA | agency | SPA
alarabiya.net, english.alarabiya.net | Al Arabiya | AE | broadcaster |
thenationalnews.com | The National | AE | newspaper |
gulfnews.com | Gulf News | AE | newspaper |
khaleejtimes.com | Khaleej Times | AE | newspaper |
wam.ae | Emirates News Agency | AE | agency | WAM
gulf-times.com | Gulf Times | QA | newspaper |
thepeninsulaqatar.com | The Peninsula | QA | newspaper |
qna.org.qa | Qatar News Agency | QA | agency | QNA
kuna.net.kw | Kuwait News Agency | KW | agency | KUNA
timesofoman.com | Times of Oman | OM | newspaper |
omanobserver.om | Oman Observer | OM | newspaper |
bna.bh | Bahrain News Agency | BH | agency | BNA
jordantimes.com | The Jordan Times | JO | newspaper |
petra.gov.jo | Jordan News Agency | JO | agency | Petra
ahram.org.eg, english.ahram.org.eg | Al-Ahram | EG | newspaper | Ahram Online
egyptindependent.com | Egypt Independent | EG | newspaper |
mena.org.eg | Middle East News Agency | EG | agency | MENA
dailystar.com.lb | The Daily Star Lebanon | LB | newspaper |
naharnet.com | Naharnet | LB | newspaper |
nna-leb.gov.lb | National News Agency Lebanon | LB | agency | NNA
haaretz.com | Haaretz | IL | newspaper |
timesofisrael.com | The Times of Israel | IL | newspaper |
jpost.com | The Jerusalem Post | IL | newspaper |
ynetnews.com | Ynetnews | IL | newspaper |
wafa.ps, english.wafa.ps | WAFA | PS | agency |
irna.ir, en.irna.ir | IRNA | IR | agency | Islamic Republic News Agency
tehrantimes.com | Tehran Times | IR | newspaper |
presstv.ir | Press TV | IR | broadcaster |
tasnimnews.com | Tasnim News Agency | IR | agency | Tasnim
mehrnews.com, en.mehrnews.com | Mehr News Agency | IR | agency | Mehr
rudaw.net | Rudaw | IQ | broadcaster |
kurdistan24.net | Kurdistan 24 | IQ | broadcaster |
pukmedia.com | PUKmedia | IQ | newspaper | PUKMEDIA
ina.iq | Iraqi News Agency | IQ | agency | INA
shafaq.com | Shafaq News | IQ | newspaper |
aa.com.tr | Anadolu Agency | TR | agency | Anadolu; AA; Anadolu Ajansı
dailysabah.com | Daily Sabah | TR | newspaper |
hurriyetdailynews.com | Hürriyet Daily News | TR | newspaper | Hurriyet Daily News
trtworld.com | TRT World | TR | broadcaster |
trthaber.com | TRT Haber | TR | broadcaster |
duvarenglish.com | Duvar English | TR | newspaper |
iletisim.gov.tr | Directorate of Communications of Türkiye | TR | government | Directorate of Communications; Presidency of the Republic of Türkiye Directorate of Communications
tccb.gov.tr | Presidency of the Republic of Türkiye | TR | government | Presidency of Türkiye
mfa.gov.tr | Ministry of Foreign Affairs of Türkiye | TR | government | Turkish Foreign Ministry
# East and Southeast Asia
japantimes.co.jp | The Japan Times | JP | newspaper |
asahi.com | The Asahi Shimbun | JP | newspaper | Asahi Shimbun
mainichi.jp | The Mainichi | JP | newspaper |
yomiuri.co.jp, japannews.yomiuri.co.jp | The Yomiuri Shimbun | JP | newspaper | Japan News
asia.nikkei.com, nikkei.com | Nikkei Asia | JP | newspaper | Nikkei
nhk.or.jp, www3.nhk.or.jp | NHK | JP | broadcaster | NHK World
kyodonews.net, english.kyodonews.net | Kyodo News | JP | agency | Kyodo
yna.co.kr, en.yna.co.kr | Yonhap | KR | agency | Yonhap News Agency
koreaherald.com | The Korea Herald | KR | newspaper |
koreatimes.co.kr | The Korea Times | KR | newspaper |
koreajoongangdaily.joins.com | Korea JoongAng Daily | KR | newspaper |
kbs.co.kr | KBS | KR | broadcaster |
kcna.kp | Korean Central News Agency | KP | agency | KCNA
straitstimes.com | The Straits Times | SG | newspaper |
channelnewsasia.com | CNA | SG | broadcaster | Channel NewsAsia
todayonline.com | TODAY | SG | newspaper |
thestar.com.my | The Star Malaysia | MY | newspaper | The Star
nst.com.my | New Straits Times | MY | newspaper |
malaymail.com | Malay Mail | MY | newspaper |
bernama.com | Bernama | MY | agency |
thejakartapost.com | The Jakarta Post | ID | newspaper |
antaranews.com, en.antaranews.com | Antara | ID | agency | Antara News
tempo.co, en.tempo.co | Tempo | ID | newspaper |
inquirer.net | Philippine Daily Inquirer | PH | newspaper | Inquirer
philstar.com | The Philippine Star | PH | newspaper |
rappler.com | Rappler | PH | newspaper |
pna.gov.ph | Philippine News Agency | PH | agency | PNA
bangkokpost.com | Bangkok Post | TH | newspaper |
nationthailand.com | The Nation Thailand | TH | newspaper |
vnexpress.net, e.vnexpress.net | VnExpress | VN | newspaper |
vietnamnews.vn | Viet Nam News | VN | newspaper |
vietnamplus.vn, en.vietnamplus.vn | VietnamPlus | VN | agency | Vietnam News Agency; VNA
khmertimeskh.com | Khmer Times | KH | newspaper |
irrawaddy.com | The Irrawaddy | MM | newspaper |
# Russia and Eastern Europe
tass.com, tass.ru | TASS | RU | agency |
ria.ru | RIA Novosti | RU | agency |
interfax.com, interfax.ru | Interfax | RU | agency |
rt.com | RT | RU | broadcaster | Russia Today
sputnikglobe.com, sputniknews.com | Sputnik | RU | agency |
themoscowtimes.com | The Moscow Times | RU | newspaper |
kommersant.ru | Kommersant | RU | newspaper |
kyivindependent.com | The Kyiv Independent | UA | newspaper |
ukrinform.net, ukrinform.ua | Ukrinform | UA | agency |
kyivpost.com | Kyiv Post | UA | newspaper |
pap.pl | Polish Press Agency | PL | agency | PAP
notesfrompoland.com | Notes from Poland | PL | newspaper |
# Europe
bbc.com, bbc.co.uk | BBC News | GB | broadcaster | BBC; BBC World Service
theguardian.com, guardian.co.uk | The Guardian | GB | newspaper | Guardian
thetimes.co.uk, thetimes.com | The Times | GB | newspaper |
telegraph.co.uk | The Telegraph | GB | newspaper | Daily Telegraph
independent.co.uk | The Independent | GB | newspaper |
ft.com | Financial Times | GB | newspaper | FT
economist.com | The Economist | GB | newspaper |
dailymail.co.uk | Daily Mail | GB | newspaper | MailOnline
mirror.co.uk | Daily Mirror | GB | newspaper |
thesun.co.uk | The Sun | GB | newspaper |
express.co.uk | Daily Express | GB | newspaper |
standard.co.uk | Evening Standard | GB | newspaper |
inews.co.uk | The i Paper | GB | newspaper | i News
news.sky.com | Sky News | GB | broadcaster |
itv.com | ITV News | GB | broadcaster |
channel4.com | Channel 4 News | GB | broadcaster |
reuters.com, uk.reuters.com, in.reuters.com | Reuters | GB | agency | Thomson Reuters
pa.media | PA Media | GB | agency | Press Association
gov.uk | UK Government | GB | government | GOV.UK
irishtimes.com | The Irish Times | IE | newspaper |
independent.ie | Irish Independent | IE | newspaper |
rte.ie | RTÉ | IE | broadcaster | RTE
lemonde.fr | Le Monde | FR | newspaper |
lefigaro.fr | Le Figaro | FR | newspaper |
liberation.fr | Libération | FR | newspaper |
france24.com | France 24 | FR | broadcaster |
rfi.fr | RFI | FR | broadcaster | Radio France Internationale
afp.com | AFP | FR | agency | Agence France-Presse; Agence France Presse
diplomatie.gouv.fr | French Ministry for Europe and Foreign Affairs | FR | government |
elysee.fr | Élysée | FR | government |
dw.com | Deutsche Welle | DE | broadcaster | DW
spiegel.de | Der Spiegel | DE | newspaper | Spiegel
faz.net | Frankfurter Allgemeine Zeitung | DE | newspaper | FAZ
sueddeutsche.de | Süddeutsche Zeitung | DE | newspaper |
zeit.de | Die Zeit | DE | newspaper |
welt.de | Die Welt | DE | newspaper |
handelsblatt.com | Handelsblatt | DE | newspaper |
tagesschau.de | Tagesschau | DE | broadcaster | ARD
zdf.de | ZDF | DE | broadcaster |
dpa.com, dpa-international.com | dpa | DE | agency | Deutsche Presse-Agentur; DPA
auswaertiges-amt.de | German Federal Foreign Office | DE | government |
elpais.com, english.elpais.com | El País | ES | newspaper | El Pais
elmundo.es | El Mundo | ES | newspaper |
efe.com | EFE | ES | agency | Agencia EFE
corriere.it | Corriere della Sera | IT | newspaper |
repubblica.it | La Repubblica | IT | newspaper |
ansa.it | ANSA | IT | agency |
rainews.it | Rai News | IT | broadcaster | RAI
nos.nl | NOS | NL | broadcaster |
nrc.nl | NRC | NL | newspaper |
politico.eu | Politico Europe | BE | newspaper | POLITICO Europe
euronews.com | Euronews | FR | broadcaster |
euractiv.com | Euractiv | BE | newspaper |
brusselstimes.com | The Brussels Times | BE | newspaper |
swissinfo.ch | Swissinfo | CH | broadcaster | SWI swissinfo.ch
nzz.ch | Neue Zürcher Zeitung | CH | newspaper | NZZ
thelocal.se, thelocal.de, thelocal.fr | The Local | SE | newspaper |
svt.se | SVT | SE | broadcaster |
yle.fi | Yle | FI | broadcaster |
nrk.no | NRK | NO | broadcaster |
dr.dk | DR | DK | broadcaster |
ekathimerini.com | Kathimerini | GR | newspaper | eKathimerini
balkaninsight.com | Balkan Insight | RS | newspaper |
agenzianova.com | Agenzia Nova | IT | agency |
adnkronos.com | Adnkronos | IT | agency |
eunews.it | Eunews | IT | newspaper |
ilsole24ore.com | Il Sole 24 Ore | IT | newspaper |
lavanguardia.com | La Vanguardia | ES | newspaper |
belganewsagency.eu | Belga News Agency | BE | agency | Belga
apa.at | Austria Presse Agentur | AT | agency |
lusa.pt | Lusa | PT | agency |
eureporter.co | EU Reporter | BE | newspaper |
theparliamentmagazine.eu | The Parliament Magazine | BE | newspaper |
eurasiareview.com | Eurasia Review | US | newspaper |
# Americas
nytimes.com | The New York Times | US | newspaper | New York Times; NYT
washingtonpost.com | The Washington Post | US | newspaper | Washington Post
wsj.com | The Wall Street Journal | US | newspaper | Wall Street Journal; WSJ
usatoday.com | USA Today | US | newspaper |
latimes.com | Los Angeles Times | US | newspaper | LA Times
bostonglobe.com | The Boston Globe | US | newspaper |
chicagotribune.com | Chicago Tribune | US | newspaper |
nypost.com | New York Post | US | newspaper |
politico.com | Politico | US | newspaper | POLITICO
thehill.com | The Hill | US | newspaper |
axios.com | Axios | US | newspaper |
foreignpolicy.com | Foreign Policy | US | newspaper |
theatlantic.com | The Atlantic | US | newspaper |
newsweek.com | Newsweek | US | newspaper |
time.com | Time | US | newspaper | TIME
csmonitor.com | The Christian Science Monitor | US | newspaper |
thediplomat.com | The Diplomat | US | newspaper |
bloomberg.com | Bloomberg | US | agency | Bloomberg News
apnews.com, ap.org | Associated Press | US | agency | AP; The Associated Press
upi.com | UPI | US | agency | United Press International
cnn.com, edition.cnn.com | CNN | US | broadcaster |
foxnews.com | Fox News | US | broadcaster |
nbcnews.com | NBC News | US | broadcaster |
cbsnews.com | CBS News | US | broadcaster |
abcnews.go.com | ABC News | US | broadcaster |
npr.org | NPR | US | broadcaster |
pbs.org | PBS | US | broadcaster | PBS NewsHour
voanews.com | Voice of America | US | broadcaster | VOA
rferl.org | Radio Free Europe/Radio Liberty | US | broadcaster | RFE/RL
rfa.org | Radio Free Asia | US | broadcaster | RFA
cnbc.com | CNBC | US | broadcaster |
state.gov | U.S. Department of State | US | government | State Department
whitehouse.gov | The White House | US | government | White House
defense.gov | U.S. Department of Defense | US | government | Pentagon
theglobeandmail.com | The Globe and Mail | CA | newspaper |
thestar.com | Toronto Star | CA | newspaper |
cbc.ca | CBC News | CA | broadcaster | CBC
thecanadianpress.com | The Canadian Press | CA | agency |
clarin.com | Clarín | AR | newspaper |
folha.uol.com.br | Folha de S.Paulo | BR | newspaper | Folha
oglobo.globo.com | O Globo | BR | newspaper |
agenciabrasil.ebc.com.br | Agência Brasil | BR | agency |
eluniversal.com.mx | El Universal | MX | newspaper |
businessinsider.com | Business Insider | US | newspaper |
huffpost.com | HuffPost | US | newspaper |
usnews.com | U.S. News & World Report | US | newspaper |
washingtontimes.com | The Washington Times | US | newspaper |
vox.com | Vox | US | newspaper |
semafor.com | Semafor | US | newspaper |
defensenews.com | Defense News | US | newspaper |
nationalinterest.org | The National Interest | US | newspaper |
forbes.com | Forbes | US | newspaper |
usembassy.gov, pk.usembassy.gov, in.usembassy.gov, china.usembassy-china.org.cn | U.S. Embassy | US | government |
treasury.gov, home.treasury.gov | U.S. Department of the Treasury | US | government |
# Africa and Oceania
news24.com | News24 | ZA | newspaper |
dailymaverick.co.za | Daily Maverick | ZA | newspaper |
iol.co.za | IOL | ZA | newspaper |
sabcnews.com | SABC News | ZA | broadcaster |
nation.africa | Nation | KE | newspaper | Daily Nation
standardmedia.co.ke | The Standard Kenya | KE | newspaper |
premiumtimesng.com | Premium Times | NG | newspaper |
punchng.com | The Punch | NG | newspaper | Punch
vanguardngr.com | Vanguard | NG | newspaper |
nannewsngr.com | News Agency of Nigeria | NG | agency | NAN
aps.dz | Algeria Press Service | DZ | agency | APS
map.ma, mapexpress.ma | Maghreb Arab Press | MA | agency | MAP
moroccoworldnews.com | Morocco World News | MA | newspaper |
abc.net.au | ABC News Australia | AU | broadcaster | Australian Broadcasting Corporation
smh.com.au | The Sydney Morning Herald | AU | newspaper |
theaustralian.com.au | The Australian | AU | newspaper |
theage.com.au | The Age | AU | newspaper |
aap.com.au | Australian Associated Press | AU | agency | AAP
dfat.gov.au, foreignminister.gov.au | Australian Department of Foreign Affairs and Trade | AU | government | DFAT; Department of Foreign Affairs and Trade
defence.gov.au, minister.defence.gov.au | Australian Department of Defence | AU | government |
pm.gov.au | Prime Minister of Australia | AU | government |
nzherald.co.nz | The New Zealand Herald | NZ | newspaper | NZ Herald
rnz.co.nz | RNZ | NZ | broadcaster | Radio New Zealand
# International organisations
un.org, news.un.org | United Nations | INT | government | UN News
europa.eu | European Union | INT | government |
eeas.europa.eu | European External Action Service | INT | government | EEAS
europarl.europa.eu | European Parliament | INT | government |
consilium.europa.eu | Council of the European Union | INT | government | European Council; Council of the EU
ec.europa.eu | European Commission | INT | government |
nato.int | NATO | INT | government |
sectsco.org | Shanghai Cooperation Organisation | INT | government | SCO
`;
