/**
 * Word lists and sentence templates for the synthetic archives of the benchmark
 * (tests/bench/generate.ts). Everything here is invented: no name belongs to a real person, no
 * place to a real town. The subject matter follows what truth commissions hear (policing,
 * incarceration, lynching, church fires, schools, land, disappearances, hearings, healing), told
 * without graphic detail.
 *
 * Templates use {slot} names filled from SLOTS (or from the testimony's own people and places:
 * {narrator}, {name}, {officer}, {town}, {place}, {street}, {year}, {date}, {circaYear},
 * {decade}). Planted phrases and names that the fixed queries count on are NOT here: they live
 * in generate.ts, so that no template can produce them by chance.
 */

/** [native script, Latin transliteration]. Latin names use their own spelling for both. */
export type NamePair = readonly [string, string];

export const SCRIPTS = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew'] as const;
export type Script = (typeof SCRIPTS)[number];

export const GIVEN: Record<Script, readonly NamePair[]> = {
  latin: [
    'Mary', 'James', 'Willie Mae', 'Clarence', 'Ruth', 'Earl', 'Dorothy', 'Leroy', 'Annie', 'Samuel', 'Hattie', 'Joseph',
    'Lucille', 'Walter', 'Bernice', 'Thomas', 'Odessa', 'Henry', 'Ella', 'Curtis', 'Cora', 'Lucius', 'Mabel', 'Otis',
    'José', 'María', 'Zoë', 'Siobhán', 'Łukasz', 'Ayşe', 'François', 'Søren', 'Thandiwe', 'Nomvula', 'Sipho', 'Inés',
    'Renée', 'Björn', 'Ágnes', 'Tomás', 'Zoltán', 'Małgorzata', 'Çağla', 'Dário', 'Joaquín', 'Noëlle', 'Hélène', 'Jürgen',
    'Bongani', 'Lindiwe', 'Pieter', 'Anneke', 'Thabo', 'Zanele', 'Rosalía', 'Fernão', 'Åsa', 'Eoghan', 'Dagný', 'Włodzimierz',
  ].map((n) => [n, n] as const),
  cyrillic: [
    ['Олена', 'Olena'], ['Іван', 'Ivan'], ['Мирослава', 'Myroslava'], ['Тарас', 'Taras'], ['Наталія', 'Nataliia'], ['Сергій', 'Serhii'],
    ['Анна', 'Anna'], ['Дмитро', 'Dmytro'], ['Ольга', 'Olha'], ['Богдан', 'Bohdan'], ['Людмила', 'Liudmyla'], ['Юрій', 'Yurii'],
  ],
  greek: [
    ['Γιώργος', 'Giorgos'], ['Μαρία', 'Maria'], ['Ελένη', 'Eleni'], ['Νίκος', 'Nikos'], ['Κωνσταντίνος', 'Konstantinos'],
    ['Αικατερίνη', 'Aikaterini'], ['Δημήτρης', 'Dimitris'], ['Σοφία', 'Sofia'], ['Παναγιώτα', 'Panagiota'], ['Στέλιος', 'Stelios'],
  ],
  arabic: [
    ['فاطمة', 'Fatima'], ['محمد', 'Muhammad'], ['عائشة', 'Aisha'], ['يوسف', 'Yusuf'], ['مريم', 'Maryam'], ['خالد', 'Khalid'],
    ['ليلى', 'Layla'], ['عمر', 'Omar'], ['سلمى', 'Salma'], ['إبراهيم', 'Ibrahim'],
  ],
  hebrew: [
    ['מרים', 'Miriam'], ['דוד', 'David'], ['שרה', 'Sarah'], ['יוסף', 'Yosef'], ['רחל', 'Rachel'], ['אברהם', 'Avraham'],
    ['נעמי', 'Naomi'], ['שמואל', 'Shmuel'], ['חנה', 'Hana'], ['אליהו', 'Eliyahu'],
  ],
};

export const FAMILY: Record<Script, readonly NamePair[]> = {
  latin: [
    'Johnson', 'Washington', 'Jackson', 'Harris', 'Robinson', 'Brown', 'Williams', 'Carter', 'Freeman', 'Gaines', 'Whitfield',
    'Pruitt', 'Ramírez', 'Núñez', 'Müller', 'Nkosi', 'Ngcobo', 'Dlamini', 'Wąsowski', 'Yılmaz', 'Lefèvre', 'Ægidius',
    'Ní Bhriain', 'Ó Súilleabháin', 'Van der Merwe', 'Coetzee', 'Zwane', 'Mokoena', 'Sánchez', 'Peña', 'Gonçalves', 'Östberg',
    'Dvořák', 'Kovačević', 'Jovanović', 'Szabó', 'Đorđević', 'Söderström', 'Þórsdóttir', 'Kaźmierczak', 'Ferreira', 'Mahlangu',
  ].map((n) => [n, n] as const),
  cyrillic: [
    ['Коваленко', 'Kovalenko'], ['Шевчук', 'Shevchuk'], ['Бондаренко', 'Bondarenko'], ['Ткаченко', 'Tkachenko'], ['Кравченко', 'Kravchenko'],
    ['Олійник', 'Oliinyk'], ['Мельник', 'Melnyk'], ['Петренко', 'Petrenko'], ['Лисенко', 'Lysenko'], ['Гнатюк', 'Hnatiuk'],
  ],
  greek: [
    ['Οικονόμου', 'Oikonomou'], ['Γεωργίου', 'Georgiou'], ['Νικολάου', 'Nikolaou'], ['Βασιλείου', 'Vasileiou'], ['Αλεξίου', 'Alexiou'],
    ['Καραγιάννης', 'Karagiannis'], ['Μακρή', 'Makri'], ['Σταματόπουλος', 'Stamatopoulos'],
  ],
  arabic: [
    ['حداد', 'Haddad'], ['منصور', 'Mansour'], ['خوري', 'Khoury'], ['النجار', 'al-Najjar'], ['عبد الله', 'Abdallah'], ['الشامي', 'al-Shami'],
    ['سعيد', 'Said'], ['العلي', 'al-Ali'],
  ],
  hebrew: [
    ['כהן', 'Cohen'], ['לוי', 'Levi'], ['מזרחי', 'Mizrahi'], ['פרץ', 'Peretz'], ['ביטון', 'Biton'], ['אברהמי', 'Avrahami'], ['פרידמן', 'Friedman'],
  ],
};

/** The language a narrator of each script most often speaks; the transcripts are English translations. */
export const LANGUAGES: Record<Script, readonly string[]> = {
  latin: ['English', 'English', 'English', 'English', 'English', 'Spanish', 'Afrikaans', 'isiZulu', 'Portuguese', 'Polish', 'Turkish'],
  cyrillic: ['Ukrainian', 'Ukrainian', 'Russian'],
  greek: ['Greek'],
  arabic: ['Arabic'],
  hebrew: ['Hebrew'],
};

/** Syllables for the long tail of surnames that turn up in passing (neighbours, officers, streets). */
export const SYLLABLES = {
  start: ['Ab', 'Bar', 'Cal', 'Dun', 'El', 'Fen', 'Gar', 'Hol', 'Ib', 'Jes', 'Kel', 'Lan', 'Mor', 'Nor', 'Ok', 'Pen', 'Quin', 'Ros', 'Sta', 'Tor', 'Ul', 'Ven', 'Wil', 'Yar', 'Zel', 'Mbe', 'Ngu', 'Oko', 'Tsh', 'Kwa'],
  middle: ['', '', 'a', 'e', 'i', 'o', 'an', 'er', 'in', 'ol', 'ur', 'ath', 'ek', 'ul', 'ob', 'an'],
  end: ['by', 'den', 'ford', 'field', 'ham', 'ley', 'more', 'son', 'ton', 'well', 'wick', 'ani', 'eke', 'ulu', 'ova', 'ez', 'ski', 'sen', 'stra', 'go'],
};

/** A place hierarchy: one country, regions, counties, towns with their buildings and sites. */
export const REGIONS = ['Northern Lowveld', 'Ærø Coast', 'Upper Marrow', 'São Bento Province', 'Kővidék', 'Riverlands'];
export const TOWN_PARTS = {
  first: ['Calder', 'Halver', 'Stone', 'Pruitt', 'Green', 'Mill', 'Ash', 'Cutler', 'Sawyer', 'Bright', 'Hollow', 'Lóndri', 'Čierna', 'Zăvoi', 'Øster', 'Mühl', 'Saint-Étienne', 'Ilha', 'Kövesd', 'Łąki', 'Ngoma', 'Umzi', 'Kwa', 'Vrede'],
  last: ['ton', 'ford', 'ville', 'bridge', ' Springs', ' Falls', ' Crossing', 'wood', 'bach', 'by', ' Hill', 'dorp', 'na', 'ka', '-des-Prés', ' Nova', 'hof'],
};
export const BUILDINGS = [
  ['Mount Zion A.M.E. Church', 'building'], ['Bethel Baptist Church', 'building'], ['St Columba’s Mission', 'building'],
  ['County Jail', 'building'], ['Police Station, Third Precinct', 'building'], ['Courthouse', 'building'], ['Prison Farm', 'site'],
  ['Residential School', 'building'], ['Cotton Gin', 'building'], ['Rail Yard', 'site'], ['Old Oak on the River Road', 'site'],
  ['Community Hall', 'building'], ['Memorial Garden', 'site'], ['Township Clinic', 'building'], ['Sawmill', 'building'],
] as const;
export const STREETS = ['Pruitt Street', 'Foundry Street', 'Mill Lane', 'River Road', 'Church Street', 'Station Road', 'Rue des Écoles', 'Calle Mayor', 'Hauptstraße', 'Ulica Długa', 'Market Square', 'Sawyer Road'];

/** Thesaurus themes (labels as a person reads them). Each has sentences and a few title phrases. */
export interface Theme {
  key: string;
  label: string;
  titles: readonly string[];
  sentences: readonly string[];
  narratorRoles: readonly string[];
  warnings: readonly ('violence' | 'sexual_violence' | 'death' | 'images_of_deceased')[];
}

export const THEMES: readonly Theme[] = [
  {
    key: 'policing',
    label: 'Policing',
    titles: ['the arrests on {street}', 'the night the deputies came', 'the raid in {town}', 'police violence in {town}'],
    narratorRoles: ['survivor', 'family_member', 'witness', 'officer'],
    warnings: ['violence'],
    sentences: [
      'The deputies came to the house at {clock} and took my {relative} away without a word.',
      'They held him at the station for {number} days and nobody would tell us what the charge was.',
      'The police said he was resisting arrest, but everybody on {street} saw him with his hands up.',
      'Officer {officer} was the one who did the talking; the others just stood by the patrol car.',
      'We were stopped on the road to {town} every week, sometimes twice, and searched in front of the children.',
      'The sheriff told my mother that if she kept asking questions she would lose her job at the {workplace}.',
      'I filed a complaint with the police department in {year} and never heard anything back.',
      'There was a curfew for us and not for them, and the patrols made sure we knew it.',
      'When the police came, the whole street went quiet and people pulled their curtains shut.',
      'He came home from the precinct with his shirt torn and he would not say what had happened.',
      'The officers wrote in the report that nobody had been hurt, and that was a lie.',
      'My {relative} was beaten in the back of the patrol wagon on the way to the station.',
    ],
  },
  {
    key: 'incarceration',
    label: 'Incarceration',
    titles: ['years in the prison farm', 'a sentence served at {place}', 'life after the county jail', 'the convict lease'],
    narratorRoles: ['survivor', 'family_member', 'witness'],
    warnings: ['violence'],
    sentences: [
      'He was sent to the prison farm for {number} years for something he did not do.',
      'In the prison camp we worked the fields from sunup to sundown and the guards rode horses.',
      'Visiting day was once a month and we had to take the bus {number} miles each way.',
      'The judge gave him the maximum sentence and the lawyer never came to see him once.',
      'When he came out of prison he could not find work anywhere in {town}.',
      'They leased the prisoners out to the sawmill and the turpentine camps, and some never came back.',
      'My {relative} wrote letters from the jail every Sunday and my mother kept every one of them.',
      'The cell held twelve men and there was one bucket and one blanket.',
      'Nobody in the family talked about his incarceration; we said he had gone north for work.',
      'The parole board met in {year} and turned him down without a hearing.',
    ],
  },
  {
    key: 'lynching',
    label: 'Lynching and racial terror',
    titles: ['the killing at the {place}', 'what happened on the river road', 'the lynching of {name}', 'the crowd in {town}'],
    narratorRoles: ['family_member', 'witness', 'community_member'],
    warnings: ['death', 'violence'],
    sentences: [
      'They found him by the old oak on the river road, and the crowd had already gone home.',
      'The newspaper called it a disturbance and the coroner never held an inquest.',
      'A crowd gathered in front of the courthouse and nobody in uniform stopped it.',
      'For years afterwards my grandmother would not walk past that tree.',
      'Everybody knew who had done it, and they sat in the front pews on Sunday.',
      'The lynching was never written down anywhere except in our family Bible.',
      'My {relative} was taken from the county jail in the night and the keys were left in the door.',
      'We buried him ourselves because the undertaker in {town} would not take the body.',
      'The men who did it were never named in any court; they are named here for the first time.',
      'After the killing, half of the families on {street} packed up and went north within the year.',
    ],
  },
  {
    key: 'church_fires',
    label: 'Church burnings',
    titles: ['the fire at {church}', 'the night the church burned', 'rebuilding {church}', 'the burning of the mission'],
    narratorRoles: ['witness', 'community_member', 'survivor', 'expert'],
    warnings: [],
    sentences: [
      'The church burned on the night of {date}, and by the time the fire trucks came the roof had fallen in.',
      'We had held a voter registration meeting in the fellowship hall the week before the fire.',
      'The fire marshal said it was faulty wiring, but there was no wiring in that part of the building.',
      'The deacons stood in the road and watched {church} burn, and some of them wept.',
      'We held services in a tent for two years while we raised money to rebuild.',
      'Someone had poured kerosene along the back wall; you could smell it for days afterwards.',
      'Three churches burned in the county that summer, and nobody was ever arrested for any of them.',
      'The insurance company cancelled the policy the month before the fire.',
      'The children saved the hymn books from the fire and we still use some of them.',
      'The congregation of {church} met in the schoolhouse until the new building was dedicated.',
    ],
  },
  {
    key: 'schools',
    label: 'Residential schools and segregated schooling',
    titles: ['the years at the residential school', 'school in {town}', 'taken to the mission school', 'the schoolhouse on {street}'],
    narratorRoles: ['survivor', 'family_member', 'community_member'],
    warnings: [],
    sentences: [
      'At the residential school they cut our hair and forbade us to speak our language.',
      'I was seven when the truck came to take us to the school, and I did not see my mother again until I was twelve.',
      'The schoolhouse for our children had no heating and the books were the ones thrown out by the other school.',
      'We were punished for speaking {language} in the dormitory, even at night.',
      'Some children ran away from the school in winter and not all of them made it home.',
      'The teachers at the mission told us our families had forgotten us.',
      'When I came home from the school I could not talk to my grandmother anymore.',
      'The bus drove past our school every morning and the children on it threw things at us.',
    ],
  },
  {
    key: 'land',
    label: 'Land and displacement',
    titles: ['the removal from {town}', 'losing the farm', 'the forced move of {year}', 'the land by the river'],
    narratorRoles: ['survivor', 'family_member', 'community_member', 'expert'],
    warnings: [],
    sentences: [
      'They took our land for the dam project and paid us nothing for it.',
      'We were moved to {town} in the back of a truck with whatever we could carry.',
      'The title deeds were lost at the land office, or so they told us.',
      'My grandfather had farmed that ground since before the war, and in one afternoon it was gone.',
      'The bulldozers came on a Monday, and by Friday there was nothing left of the village.',
      'We still go back every year to the graves, which are on private land now.',
      'The tax sale was announced in a newspaper nobody in our community could buy.',
      'When the highway came through, they drew the line straight through our neighbourhood.',
    ],
  },
  {
    key: 'disappearances',
    label: 'Disappearances',
    titles: ['the search for {name}', 'missing since {year}', 'what became of my brother', 'the disappeared of {town}'],
    narratorRoles: ['family_member', 'witness'],
    warnings: ['death'],
    sentences: [
      'My brother went missing in {year} and we never found him.',
      'The last time anyone saw him he was getting into a car outside the station.',
      'We went to every police station and every hospital between here and {town}.',
      'For years my mother set a place for him at the table on his birthday.',
      'A man came to the house once and said he knew where the body was, and then he never came back.',
      'The file on his disappearance was closed after six weeks.',
      'We want to know where he is buried so that we can bring him home.',
    ],
  },
  {
    key: 'labour',
    label: 'Labour and economic exclusion',
    titles: ['work at the {workplace}', 'the strike of {year}', 'the wage book', 'fired for organising'],
    narratorRoles: ['survivor', 'witness', 'community_member'],
    warnings: [],
    sentences: [
      'I worked at the {workplace} for {number} years and never once got the same pay as the men beside me.',
      'When we tried to organise a union, the foreman wrote down every name.',
      'The strike lasted eleven days and ended when they brought in men from outside the county.',
      'The bank would not give us a loan, not for a house and not for the farm.',
      'They paid us in scrip that was only good at the company store.',
      'After the march my {relative} lost his job and nobody in {town} would hire him.',
    ],
  },
  {
    key: 'voting',
    label: 'Voting rights',
    titles: ['registering to vote in {town}', 'the voter drive of {year}', 'the literacy test', 'the march to the courthouse'],
    narratorRoles: ['survivor', 'witness', 'community_member'],
    warnings: [],
    sentences: [
      'The registrar asked my father to recite the state constitution from memory, and then failed him anyway.',
      'We marched to the courthouse to register and the doors were locked at noon.',
      'The names of everybody who tried to register were printed in the newspaper the next day.',
      'My {relative} was the first in our family to vote, in {year}, and she wore her Sunday hat.',
      'They told us the office was closed for the rest of the week, every week.',
    ],
  },
  {
    key: 'hearings',
    label: 'The commission’s hearings',
    titles: ['speaking at the hearing', 'why I came to the commission', 'statement to the commission', 'the hearing in {town}'],
    narratorRoles: ['survivor', 'family_member', 'witness', 'expert', 'officer'],
    warnings: [],
    sentences: [
      'When I came to the hearing in {town} I did not know if anyone would believe me.',
      'The commissioners listened, and one of them asked me about my {relative}.',
      'I have never told this to anyone outside my family, and I am telling it now so that it is written down.',
      'I want the record to show that my {relative} was a good man and not what the newspapers said.',
      'It was the first time anyone official had ever said they were sorry to me.',
      'I asked the commission to find the police file, and I am still waiting for it.',
      'After the hearing, a woman from the other side of town came and held my hand.',
    ],
  },
  {
    key: 'healing',
    label: 'Community healing and memorialisation',
    titles: ['the memorial at {place}', 'planting the garden', 'what reconciliation means', 'healing in {town}'],
    narratorRoles: ['community_member', 'family_member', 'expert', 'survivor'],
    warnings: [],
    sentences: [
      'We planted a garden where the old building used to be, and the children tend it every spring.',
      'The memorial service brought together families from both sides of the river.',
      'Reconciliation means telling the truth first, and then living next to each other afterwards.',
      'The plaque at {place} was unveiled in {year}, and some of the old people cried.',
      'We started meeting in the community hall once a month, just to talk and to listen.',
      'Healing is not forgetting; it is remembering together.',
      'The mayor apologised in public, and some people accepted it and some did not.',
      'Our choir sang at the dedication, the same hymns my mother sang.',
    ],
  },
];

/** Sentences any testimony may use: the ordinary fabric of a life story. */
export const GENERAL_SENTENCES: readonly string[] = [
  'I was born in {town} in {year}, the {ordinal} of {number} children.',
  'My {relative} worked at the {workplace} for most of her life.',
  'We lived on {street}, near the {landmark}, in a house with a porch that looked over the road.',
  'I remember it was a {weather} {timeofday} in {month}.',
  'Nobody talked about it for a long time, not in the family and not in church.',
  '{name} was there too, and can tell you the same thing.',
  'It was {circaYear} when things began to change in {town}.',
  'My mother used to say that you keep going because the children are watching.',
  'We did not have much, but we had each other and we had the church.',
  'I still have the photograph, the one taken in front of the {landmark}.',
  'That was the year my {relative} came back from the army.',
  'Later we moved to {town}, where my aunt had a room for us.',
  'I do not remember the exact date, but it was in the {decade}.',
  'The {landmark} is still there, but everything around it has changed.',
  'People were afraid, and when you are afraid you keep your head down.',
  'There were good people on the other side too, and I want to say that.',
  '{name} from across the road brought food every day for a month.',
  'I went back to {town} in {year} and nobody there remembered any of it.',
  'My {relative} kept a diary, and I have brought some pages of it with me.',
  'We sang in the kitchen while we worked, the old songs.',
  'The winter of {year} was hard, and the river froze over at {place}.',
  'I have thought about that day every day since.',
  'What I want is for my grandchildren to know what happened here.',
  'I am sorry, give me a moment.',
  'That is all I can say about that part.',
  'Then the war ended and things were supposed to be better.',
  'We listened to the radio every night to hear the news from {town}.',
  'My father never raised his voice, not once, not even then.',
  'The {workplace} closed in {year} and that was the end of the neighbourhood as we knew it.',
  'In those days you did not call the police, because the police were the problem.',
];

export const QUESTIONS: readonly string[] = [
  'Can you tell us where you grew up?',
  'What do you remember about that night?',
  'Who else was there?',
  'How did your family manage afterwards?',
  'Did anyone from the authorities ever speak to you about it?',
  'What happened next?',
  'Take your time. Would you like some water?',
  'Is there anything you would like the commission to do?',
  'How old were you then?',
  'Do you remember the names of the officers?',
  'What would you want people to understand about {town}?',
  'You mentioned your {relative}. Can you tell us more about them?',
];

export const SLOTS: Record<string, readonly string[]> = {
  relative: ['brother', 'sister', 'father', 'mother', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'son', 'daughter', 'husband', 'wife'],
  workplace: ['cotton gin', 'sawmill', 'tannery', 'rail yard', 'hospital laundry', 'canning factory', 'mine', 'mission kitchen', 'shirt factory', 'dairy'],
  landmark: ['water tower', 'courthouse', 'old oak', 'feed store', 'train depot', 'church', 'bridge', 'schoolhouse', 'general store', 'cemetery'],
  weather: ['cold', 'hot', 'rainy', 'grey', 'bright', 'windy', 'still', 'foggy'],
  timeofday: ['morning', 'evening', 'night', 'afternoon', 'Sunday morning', 'Saturday night'],
  month: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ordinal: ['first', 'second', 'third', 'fourth', 'fifth', 'youngest', 'eldest'],
  number: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve', 'twenty'],
  clock: ['two in the morning', 'midnight', 'dawn', 'suppertime', 'half past ten', 'four o’clock'],
  language: ['our language', 'isiXhosa', 'Cree', 'Welsh', 'Spanish', 'Yiddish', 'Gullah'],
  church: ['Mount Zion', 'Bethel Baptist', 'St Columba’s', 'Greater New Hope', 'Shiloh Chapel'],
};
