import type { AlignArticle } from '../types.js';

/**
 * Body sentences hand-picked from /seeds/*.txt (headlines, bylines, captions and site furniture left out), one
 * array per article, text verbatim. Articles 000–002 report President Zardari's February 2025 state visit and
 * the joint statement; 003–004 report the January 2026 Dar–Wang Yi strategic dialogue.
 */
export const SEED_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  'seed-000': [
    'Pakistan and China signed memorandums of understanding (MoUs) on Wednesday to enhance cooperation in multiple fields, including science and technology, media, clean energy, and socio-economic development.',
    'The development comes as Pakistan President Asif Ali Zardari met his Chinese counterpart Xi Jinping during his visit to China.',
    'Zardari, along with other govt officials, arrived in Beijing on Tuesday for a five-day visit aimed at strengthening bilateral relations between the two countries.',
    'During the meeting on Wednesday, the two leaders discussed the positive trajectory of the bilateral relationship, regional and international issues of common interest, and opportunities to even further expand the scope of bilateral partnership, especially through continued high-level exchanges, according to a statement from Pakistan President’s Secretariat.',
    '“The meeting was followed by an MoU signing ceremony where the two leaders witnessed the signing of MoUs to enhance cooperation in the fields of science & technology, media, clean energy and socio-economic development, among others,” the statement read.',
    'Underlining the enduring friendship between the two countries, they also reaffirmed support for each other on the issues of core interests, it added.',
    'President Zardari reaffirmed Pakistan’s steadfast commitment to its All Weather Strategic Cooperative Partnership with China and underlined the “unique, time-tested and special relationship between the two countries”.',
    'He termed the China Pakistan Economic Corridor (CPEC) as a shining model of the Belt and Road Initiative’s (BRI) “visionary concept of win-win cooperation”.',
    'According to the statement, voth sides also discussed about second phase of the CPEC and its role in promoting regional connectivity, shared benefits, and common prosperity, including through partnerships with other countries.',
    'They underlined the significance of “people-to-people linkages and cultural exchanges” for strengthening ties between the two countries.',
    'President Zardari extended the invitation to President Xi to visit Pakistan, emphasising that the people and government of Pakistan hold him in “high esteem as a visionary leader and as a special friend of Pakistan”.',
    'Meanwhile, Pakistan Interior Minister Mohsin Naqvi, who his along with President Zardari on his China visit, met with his Chinese counterpart Qi Yanjun.',
    'During the meeting, both sides agreed to further improve intelligence sharing, according to a statement from the Ministry of Interior.',
    '“Both sides also discussed cooperation to further secure the border between the two countries.',
    '“Moreover, the use of modern technology for police and paramilitary forces was also discussed,” it added.',
    'The statement said a detailed discussion was held on acquiring modern equipment and technology for the police from China.',
    'Mohsin Naqvi said Pakistan would purchase modern technology and equipment for the police from China.',
    '“During the meeting, cooperation with the National Police Academy was also discussed.',
    'It was decided to increase cooperation between the Beijing Police and Islamabad Police.',
    'Both sides also expressed Satisfaction over the Joint Working Group meeting held in January,” the Interior Ministry said.',
  ],
  'seed-001': [
    'Pakistan has strongly condemned terrorist attacks on Chinese nationals and pledged to ensure the safety of Chinese personnel and projects.',
    'The statement comes amid rising security concerns for Chinese nationals in Pakistan, following a series of deadly attacks on China-Pakistan Economic Corridor-linked personnel.',
    'Since the Taliban’s return to power in Afghanistan in 2021, Pakistan has seen a surge in militant violence, including the March 2024 attack that killed five Chinese engineers and a November assault near Karachi airport.',
    'Chinese officials have repeatedly urged Islamabad to ensure the security of its workers and projects, warning that instability could jeopardize investments.',
    'The commitment was reaffirmed during a high-level meeting between President Asif Ali Zardari and Chinese Premier Li Qiang at Beijing’s Great Hall of the People, according to a joint statement released on Thursday by Pakistan’s Foreign Office.',
    'President Zardari, who is on a state visit to China from February 4 to 8 at the invitation of President Xi Jinping, met with key Chinese leaders to strengthen the all-weather strategic cooperative partnership.',
    'His visit includes participation in the opening ceremony of the 9th Asian Winter Games.',
    'The Foreign Office said that both sides reaffirmed their commitment to deepening strategic trust, high-level security cooperation, and economic collaboration.',
    'China reiterated Pakistan’s special place in its foreign policy, while Pakistan emphasized its resolve to strengthen bilateral ties.',
    'Pakistan strongly condemned terrorist attacks targeting Chinese nationals and reaffirmed its responsibility to protect Chinese personnel, projects, and institutions.',
    'China acknowledged Pakistan’s sacrifices in counterterrorism and pledged continued support to enhance Pakistan’s capacity to combat extremism.',
    'The two sides agreed to upgrade CPEC under Pakistan’s "5Es" framework.',
    'Key projects include the phased upgradation of the ML-1 railway, realignment of the Karakoram Highway (Raikot-Thakot), and further development of Gwadar Port and New Gwadar International Airport as regional trade hubs.',
    'China reaffirmed its support for Pakistan’s industrialization efforts, encouraging investments in Special Economic Zones and third-party participation in CPEC.',
    'Both sides welcomed deeper cooperation in renewable energy, mining, and offshore oil exploration.',
    'China and Pakistan agreed to enhance trade liberalization under phase-II of the China-Pakistan Free Trade Agreement, with China welcoming Pakistani enterprises to expand exports.',
    'China reiterated its financial support for Pakistan’s fiscal stability and encouraged collaboration in banking and investment sectors.',
    'China pledged increased investment in Pakistan’s IT sector, including artificial intelligence, big data, and communications.',
    'Both countries agreed to expand cooperation in education, healthcare, climate response, and disaster relief.',
    'China will support vocational training programs for Pakistani youth, facilitate technical and space research collaborations, and increase scholarships for Pakistani students.',
    'Both sides underscored that China-Pakistan military ties are essential for regional peace.',
    'They committed to continued high-level military exchanges, joint training, and defense cooperation.',
    'On South Asia, China reiterated its position that the Kashmir dispute should be resolved per the UN Charter and relevant UN Security Council resolutions.',
    'Both countries also called for a peaceful resolution of conflicts in the Middle East and Afghanistan, urging the Afghan Interim government to eliminate terrorism threats.',
    'During the visit, Pakistan and China signed multiple memorandums of understanding covering CPEC expansion, trade, science and technology, public welfare, and media cooperation.',
    'President Zardari invited President Xi to visit Pakistan, and both sides agreed to coordinate a visit through diplomatic channels.',
  ],
  'seed-002': [
    'China and Pakistan have agreed to further bolster their "all-weather friendship," with a particular focus on the timely completion of the multibillion-dollar China-Pakistan Economic Corridor (CPEC) project.',
    'In a joint statement issued on Thursday following talks between Chinese President Xi Jinping and his visiting Pakistani counterpart Asif Ali Zardari in Beijing, the two sides agreed to "further" deepen high-level mutual trust, security cooperation, and international coordination, as well as contribute "greater" strength to the two countries\' common prosperity as well as regional peace and development.',
    'Pakistan reaffirmed its "firm" commitment to the one-China principle, insisting that Taiwan is an "inalienable part" of Chinese territory.',
    'Islamabad will also firmly support Beijing on issues related to Xinjiang, Xizang, Hong Kong, and the South China Sea.',
    'Beijing reiterated its "firm" support for Pakistan\'s defense of its national sovereignty, independence, and territorial integrity, as well as its efforts to ensure national security, stability, development, and prosperity.',
    'Pakistan condemned recent terrorist attacks on its soil targeting Chinese personnel, and the two countries reaffirmed their commitment to combating terrorism in all its forms and manifestations with a "zero-tolerance attitude, and agreed to further strengthen bilateral and multilateral cooperation on counter-terrorism."',
    'The two allies agreed to promote the implementation of the eight major steps on Belt and Road Initiative (BRI) cooperation in Pakistan, as well as to jointly build "a growth corridor, a livelihood-enhancing corridor, an innovation corridor, a green corridor, and an open corridor" to create an upgraded version of CPEC.',
    "Recalling the 13th CPEC Joint Cooperation Committee (JCC) meeting, the two sides agreed to use the committee's functions to strengthen idea alignment and action coordination for CPEC development.",
    'They agreed to hold the 14th JCC meeting as early as possible on a mutually agreed date.',
    'The two countries also welcomed the ceasefire agreement in the Gaza Strip, hoping that it would be effectively implemented, resulting in full and permanent peace in the coastal enclave.',
    "The two sides reaffirmed their commitment to the Palestinian people's right to self-determination, including the establishment of an independent Palestinian state.",
    'They also pledged to continue to work with the international community to promote peace and stability in the Middle East.',
    'The Pakistani side briefed the Chinese side on the latest developments in Jammu and Kashmir.',
    'The Chinese side reiterated that the Jammu and Kashmir dispute is a "leftover from history" that must be resolved properly and peacefully in accordance with the United Nations Charter, relevant Security Council resolutions, and bilateral agreements.',
    'They also agreed to maintain "close" communication and coordination on the issue of Afghanistan.',
    'They called on the interim Afghan government to undertake "visible and verifiable actions to dismantle and eliminate all terrorist groups based in Afghanistan, which continue to pose a serious threat to regional and global security, and to prevent the use of Afghan territory against other countries."',
  ],
  'seed-003': [
    'China and Pakistan on Monday pledged to further deepen bilateral relations and expand cooperation, reaffirming what both sides described as their historically “ironclad” friendship.',
    'Pakistan remains one of China’s closest partners, consistently offering diplomatic support to Beijing on a range of sensitive international issues, including Taiwan, Xinjiang, Tibet, Hong Kong and the South China Sea.',
    'In return, China has invested billions of dollars in Pakistan through the China–Pakistan Economic Corridor (CPEC), a flagship project under Beijing’s Belt and Road Initiative.',
    'However, repeated Islamist militant attacks targeting Chinese nationals working on CPEC and other projects in Pakistan have emerged as a significant source of tension in recent years.',
    'Security concerns surrounding Chinese personnel and investments have increasingly shaped bilateral discussions.',
    'In a joint statement issued on Monday, the two countries said they would work towards developing an upgraded version of CPEC, with a renewed focus on cooperation in industry, agriculture and mining.',
    'They also agreed to enhance collaboration in the financial and banking sectors.',
    'China praised Pakistan’s “comprehensive measures” to ensure the safety and security of Chinese personnel and projects.',
    'Both sides also called for more “visible and verifiable actions” to dismantle and eliminate terrorist organisations operating in Afghanistan, which shares borders with both countries.',
    'Pakistan is among a select group of countries designated by China as an “all-weather strategic partner”, a relationship that spans several decades.',
    'Historically, Islamabad has played a key role in facilitating China’s engagement with the outside world.',
    'Former Chinese Premier Zhou Enlai once credited Pakistan with helping to normalise relations between Beijing and Washington in the 1970s by serving as a diplomatic intermediary.',
    'On Sunday, Chinese Foreign Minister Wang Yi met his Pakistani counterpart, Ishaq Dar, in Beijing, where both sides reaffirmed their “ironclad friendship and strategic mutual trust”.',
    '“China and Pakistan will further promote their ironclad ties, deepen mutually beneficial cooperation, and continue to strengthen their strategic coordination to break new ground,” the joint statement said.',
  ],
  'seed-004': [
    'Beijing : Pakistan and China have reiterated their unwavering support for each other’s core national interests, further solidifying the strength and resilience of their strategic partnership.',
    'This reaffirmation came in a joint statement issued after the Seventh Round of the China-Pakistan Foreign Ministers’ Strategic Dialogue, held in Beijing.',
    'The meeting was co-chaired by Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan and Chinese Foreign Minister Wang Yi.',
    'The communiqué highlighted that China expressed its strong backing for Pakistan in safeguarding its sovereignty, territorial integrity, and independence.',
    'Beijing also praised Pakistan’s continuous commitment to countering terrorism and its growing role in both regional and global affairs.',
    'For its part, Pakistan reaffirmed its unwavering commitment to the One-China principle, emphasizing that Taiwan is an inseparable part of China.',
    'Islamabad also expressed its full support for China on sensitive issues related to Xinjiang, Xizang, Hong Kong, and the South China Sea.',
    'The two sides emphasized their determination to deepen their “ironclad” friendship by expanding mutually beneficial cooperation and strengthening strategic coordination.',
    'They aim to achieve new milestones under their All-weather Strategic Cooperative Partnership.',
    'A highlight of the talks was the announcement of a series of commemorative events to mark the 75th anniversary of the establishment of diplomatic relations between Pakistan and China.',
    'The two countries agreed that these celebrations would further strengthen bilateral ties and open new avenues for cooperation.',
    'The dialogue reaffirmed the enduring nature of the Pakistan-China relationship, which both sides regard as vital for regional peace, stability, and development.',
    'China commended Pakistan’s extensive efforts in combating terrorism and safeguarding Chinese citizens and assets in the country, acknowledging Pakistan’s sacrifices in the global fight against terrorism.',
    'Both countries reiterated their firm stance of zero tolerance toward terrorism and committed to intensifying cooperation in counterterrorism and security matters.',
    'They also pledged to work together to ensure the smooth and safe continuation of the China-Pakistan Belt and Road Initiative (BRI).',
    'The two sides agreed to further align their development strategies and prioritize cooperation in key sectors such as industry, agriculture, and mining.',
    'They emphasized the importance of accelerating the development of Gwadar Port, ensuring uninterrupted connectivity along the Karakoram Highway, and enhancing Pakistan’s long-term development capacity.',
    'Both nations also vowed to deepen collaboration in trade, investment, information technology, science and innovation, cybersecurity, and technical education.',
    'They welcomed third-party participation in CPEC projects, provided it aligns with the agreements between Pakistan and China.',
    'Additionally, the two countries agreed to enhance cooperation in the financial and banking sectors, supporting each other at regional and international multilateral financial platforms.',
    'They also expressed satisfaction with the expansion of their space cooperation and welcomed Pakistan’s expected participation in the China Space Station.',
    'Pakistan and China stressed the importance of a South Asian regional order rooted in the principles of the UN Charter, international law, and universally recognized norms.',
    'Both sides opposed unilateral actions and stressed the need for peace and stability in South Asia, advocating for the resolution of outstanding disputes through dialogue.',
    'China reiterated its position on the Jammu and Kashmir issue, describing it as a legacy dispute that should be resolved peacefully in line with the UN Charter, relevant Security Council resolutions, and bilateral agreements.',
    'The two sides also agreed to closely coordinate on Afghanistan, encouraging the Afghan authorities to establish an inclusive political system, pursue moderate policies, and maintain constructive relations with neighboring states.',
    'They emphasized the need for Afghanistan to play a positive role in regional stability and integration, and to take concrete steps to eliminate terrorist groups operating from Afghan soil.',
  ],
};

/** Outlet names as the seed files show them. */
const OUTLETS: Readonly<Record<string, string>> = {
  'seed-000': 'Business Recorder',
  'seed-001': 'World desk (unnamed)',
  'seed-002': 'Anadolu Agency',
  'seed-003': 'PUKmedia (Reuters)',
  'seed-004': 'Unnamed Pakistani outlet',
};

/** The id of sentence `index` of a seed article, e.g. "seed-002:2". */
export function sid(articleId: string, index: number): string {
  return `${articleId}:${index}`;
}

/** Builds alignment input from the seed sentences of the given articles. */
export function seedArticles(ids: readonly string[]): AlignArticle[] {
  return ids.map((id) => ({
    id,
    outletName: OUTLETS[id] ?? null,
    kind: 'NEWS' as const,
    segments: SEED_SENTENCES[id]!.map((text, index) => ({ id: sid(id, index), articleId: id, index, text })),
  }));
}

/** The three articles on the February 2025 state visit. */
export const VISIT_2025 = ['seed-000', 'seed-001', 'seed-002'] as const;
/** The two articles on the January 2026 strategic dialogue. */
export const DIALOGUE_2026 = ['seed-003', 'seed-004'] as const;
