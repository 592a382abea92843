/**
 * The Russian lexicon: each entry reads a Russian word or phrase (in any of its case forms) as
 * the English the engine's recognizers know, so a Russian sentence is read by the same grammar
 * ("Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд" → "trade turnover
 * between Belarus and Lithuania in 2011 amounted to more than $1 billion"). Entries are tried
 * in order at the start of each word; the first that matches wins, so longer phrases come first.
 * Words the lexicon does not know are left as they are: the recognizers pass over them.
 */
export type GlossEntry = readonly [pattern: string, english: string];

const MONTHS: Array<[string, string]> = [
  ["январ", "January"], ["феврал", "February"], ["март", "March"], ["апрел", "April"], ["ма[йяею]", "May"], ["июн", "June"],
  ["июл", "July"], ["август", "August"], ["сентябр", "September"], ["октябр", "October"], ["ноябр", "November"], ["декабр", "December"],
];
/** Month counts as words ("за семь месяцев", "в первые три месяца"). */
const NUMBER_WORDS: Array<[string, number]> = [
  ["дв[аух]\\p{L}*", 2], ["тр[иё]\\p{L}*", 3], ["четыр\\p{L}*", 4], ["пят\\p{L}*", 5], ["шест\\p{L}*", 6], ["сем\\p{L}*", 7],
  ["восьм\\p{L}*|восем\\p{L}*", 8], ["девят\\p{L}*", 9], ["десят\\p{L}*", 10], ["одиннадцат\\p{L}*", 11],
];
const MONTH = String.raw`(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*`;

/** Countries in their case forms, with their adjectives and capitals. */
const COUNTRIES: GlossEntry[] = [
  [String.raw`Республик[аиеу] Беларусь|Беларус\p{L}*|Белорусси\p{L}*|РБ`, "Belarus"],
  [String.raw`белорусск\p{L}*|белорусо-`, "Belarusian"],
  [String.raw`Российск\p{L}* Федераци\p{L}*|Росси\p{L}*|РФ`, "Russia"],
  [String.raw`российск\p{L}*|русск\p{L}*`, "Russian"],
  [String.raw`Кита\p{L}*|КНР|Поднебесн\p{L}*`, "China"],
  [String.raw`китайск\p{L}*`, "Chinese"],
  [String.raw`Украин\p{L}*`, "Ukraine"],
  [String.raw`украинск\p{L}*`, "Ukrainian"],
  [String.raw`Казахстан\p{L}*|РК`, "Kazakhstan"],
  [String.raw`казахстанск\p{L}*|казахск\p{L}*`, "Kazakh"],
  [String.raw`Узбекистан\p{L}*|РУз`, "Uzbekistan"],
  [String.raw`узбекистанск\p{L}*|узбекск\p{L}*`, "Uzbek"],
  [String.raw`Кыргызстан\p{L}*|Киргизи\p{L}*|Кыргызской Республик\p{L}*|КР`, "Kyrgyzstan"],
  [String.raw`кыргызск\p{L}*|киргизск\p{L}*`, "Kyrgyz"],
  [String.raw`Таджикистан\p{L}*`, "Tajikistan"],
  [String.raw`таджикск\p{L}*`, "Tajik"],
  [String.raw`Туркменистан\p{L}*|Туркмени\p{L}*`, "Turkmenistan"],
  [String.raw`туркменск\p{L}*`, "Turkmen"],
  [String.raw`Грузи[яиейю]\p{L}*`, "Georgia"],
  [String.raw`грузинск\p{L}*`, "Georgian"],
  [String.raw`Азербайджан\p{L}*`, "Azerbaijan"],
  [String.raw`азербайджанск\p{L}*`, "Azerbaijani"],
  [String.raw`Армени\p{L}*`, "Armenia"],
  [String.raw`армянск\p{L}*`, "Armenian"],
  [String.raw`Турци\p{L}*|Туркие|Тюркие`, "Turkey"],
  [String.raw`турецк\p{L}*`, "Turkish"],
  [String.raw`Польш\p{L}*`, "Poland"],
  [String.raw`польск\p{L}*`, "Polish"],
  [String.raw`Литв\p{L}*`, "Lithuania"],
  [String.raw`литовск\p{L}*`, "Lithuanian"],
  [String.raw`Латви\p{L}*`, "Latvia"],
  [String.raw`латвийск\p{L}*|латышск\p{L}*`, "Latvian"],
  [String.raw`Эстони\p{L}*`, "Estonia"],
  [String.raw`эстонск\p{L}*`, "Estonian"],
  [String.raw`Германи\p{L}*|ФРГ`, "Germany"],
  [String.raw`немецк\p{L}*|германск\p{L}*`, "German"],
  [String.raw`Молдов\p{L}*|Молдави\p{L}*`, "Moldova"],
  [String.raw`молдавск\p{L}*|молдовск\p{L}*`, "Moldovan"],
  [String.raw`Монголи\p{L}*`, "Mongolia"],
  [String.raw`Иран\p{L}*`, "Iran"],
  [String.raw`Инди(?:я|и|ей|ю)`, "India"],
  [String.raw`Вьетнам\p{L}*`, "Vietnam"],
  [String.raw`Соединенн\p{L}* Штат\p{L}*|Соединённ\p{L}* Штат\p{L}*|США`, "the United States"],
  [String.raw`Евросоюз\p{L}*|Европейск\p{L}* союз\p{L}*|ЕС`, "the European Union"],
  [String.raw`Серби\p{L}*`, "Serbia"],
  [String.raw`Венесуэл\p{L}*`, "Venezuela"],
  [String.raw`Египт\p{L}*`, "Egypt"],
  [String.raw`Куб(?:а|ы|ой|у|е)`, "Cuba"],
  [String.raw`ОАЭ|Объединенн\p{L}* Арабск\p{L}* Эмират\p{L}*`, "the UAE"],
  [String.raw`Япони\p{L}*`, "Japan"],
  [String.raw`Итали\p{L}*`, "Italy"],
  [String.raw`Франци\p{L}*`, "France"],
  [String.raw`Нидерланд\p{L}*`, "the Netherlands"],
  [String.raw`Швейцари\p{L}*`, "Switzerland"],
  [String.raw`Великобритани\p{L}*`, "the United Kingdom"],
  [String.raw`Южн\p{L}* Коре\p{L}*|Республик\p{L}* Корея`, "South Korea"],
  [String.raw`Пакистан\p{L}*`, "Pakistan"],
  [String.raw`Афганистан\p{L}*`, "Afghanistan"],
  [String.raw`Минск\p{L}*`, "Minsk"],
  [String.raw`Москв\p{L}*`, "Moscow"],
  [String.raw`Пекин\p{L}*`, "Beijing"],
  [String.raw`Киев\p{L}*`, "Kyiv"],
  [String.raw`Астан\p{L}*`, "Astana"],
  [String.raw`Ташкент\p{L}*`, "Tashkent"],
  [String.raw`Бишкек\p{L}*`, "Bishkek"],
  [String.raw`Баку`, "Baku"],
  [String.raw`Тбилиси`, "Tbilisi"],
  [String.raw`Ереван\p{L}*`, "Yerevan"],
];

/** Money: multipliers and currencies (the number's decimal comma is read by the gloss itself). */
/** Amounts counted in words, read only right before a scale word ("семисот миллионов", "одного миллиарда"). */
const AMOUNT_WORDS: Array<[string, string]> = [
  ["полтора|полутора", "1.5"], ["один|одн(?:ого|а|ой|у|им)", "1"], ["дв(?:а|е|ух|умя)", "2"], ["тр(?:и|[её]х|емя)", "3"], ["четыр(?:е|[её]х|ьмя)", "4"],
  ["пят(?:ь|и|ью)", "5"], ["шест(?:ь|и|ью)", "6"], ["сем(?:ь|и|ью)", "7"], ["восем(?:ь|ью)|восьми", "8"], ["девят(?:ь|и|ью)", "9"], ["десят(?:ь|и|ью)", "10"],
  ["двадцат(?:ь|и)", "20"], ["тридцат(?:ь|и)", "30"], ["сорок(?:а)?", "40"], ["пятьдесят|пятидесяти", "50"],
  ["сто|ста", "100"], ["двести|двухсот", "200"], ["триста|тр[её]хсот", "300"], ["четыреста|четыр[её]хсот", "400"], ["пятьсот|пятисот", "500"],
  ["шестьсот|шестисот", "600"], ["семьсот|семисот", "700"], ["восемьсот|восьмисот", "800"], ["девятьсот|девятисот", "900"],
];
// Not the last word of a longer count ("двести пятьдесят миллионов"), which a digit would misread.
const AFTER_NO_COUNT = String.raw`(?<!(?:сто|ста|сти|сот|ьсот|дцать|дцати|десят|десяти|сорок|сорока)\s)`;
const SCALE_AHEAD = String.raw`(?=\s+(?:трлн|триллион|млрд|миллиард|млн|миллион))`;

const MONEY: GlossEntry[] = [
  ...AMOUNT_WORDS.map(([word, digits]): GlossEntry => [`${AFTER_NO_COUNT}(?:${word})${SCALE_AHEAD}`, digits]),
  [String.raw`\$\s?(?:млрд\.?|миллиард\p{L}*)`, "billion dollars"],
  [String.raw`\$\s?(?:млн\.?|миллион\p{L}*)`, "million dollars"],
  [String.raw`трлн\.?|триллион\p{L}*`, "trillion"],
  [String.raw`млрд\.?|миллиард\p{L}*`, "billion"],
  [String.raw`млн\.?|миллион\p{L}*`, "million"],
  [String.raw`тыс\.?|тысяч\p{L}*`, "thousand"],
  [String.raw`американск\p{L}* доллар\p{L}*|доллар\p{L}* США|долл\. США|долл\.? США|долларов|доллара|доллар|долл\.?`, "dollars"],
  [String.raw`белорусск\p{L}* рубл\p{L}*`, "Belarusian rubles"],
  [String.raw`российск\p{L}* рубл\p{L}*|рубл\p{L}*|руб\.`, "rubles"],
  [String.raw`евро`, "euros"],
  [String.raw`юан\p{L}*`, "yuan"],
  [String.raw`тенге`, "tenge"],
  [String.raw`лари`, "lari"],
  [String.raw`манат\p{L}*`, "manats"],
  [String.raw`драм(?:ов|а)?`, "drams"],
  [String.raw`сомони`, "somoni"],
  [String.raw`сом(?:ов|а)?`, "soms"],
  [String.raw`сум(?:ов|а)?`, "soums"],
  [String.raw`гривн\p{L}*|гривен`, "hryvnias"],
  [String.raw`злот\p{L}*`, "zlotys"],
  [String.raw`ле[йи]|леев`, "lei"],
];

/** Periods: years, months, quarters, halves, and the year an article is written in or before. */
const PERIODS: GlossEntry[] = [
  [String.raw`(?:в|во|за|на) аналогичн\p{L}* период\p{L}* прошл\p{L}* год\p{L}*`, "in the same period last year"],
  [String.raw`аналогичн\p{L}* период\p{L}* прошл\p{L}* год\p{L}*`, "the same period last year"],
  [String.raw`аналогичн\p{L}* период\p{L}*(?= \d{4})`, "the same period of"],
  [String.raw`аналогичн\p{L}* период\p{L}*`, "the same period"],
  [String.raw`(?:текущ\p{L}*|этого|этом|нынешн\p{L}*|сего) год\p{L}*`, "this year"],
  [String.raw`(?:прошл\p{L}*|минувш\p{L}*|предыдущ\p{L}*) год\p{L}*`, "last year"],
  [String.raw`по итогам`, "in"],
  [String.raw`(?:перв\p{L}*|1-?м|I) полугоди\p{L}*`, "the first half"],
  [String.raw`(?:втор\p{L}*|II) полугоди\p{L}*`, "the second half"],
  [String.raw`полугоди\p{L}*`, "half"],
  [String.raw`(?:перв\p{L}*|I) квартал\p{L}*`, "the first quarter"],
  [String.raw`(?:втор\p{L}*|II) квартал\p{L}*`, "the second quarter"],
  [String.raw`(?:трет\p{L}*|III) квартал\p{L}*`, "the third quarter"],
  [String.raw`(?:четверт\p{L}*|IV) квартал\p{L}*`, "the fourth quarter"],
  [String.raw`квартал\p{L}*`, "quarter"],
  [String.raw`отч[её]тн\p{L}* период\p{L}*`, "the reporting period"],
  ...NUMBER_WORDS.map(([word, n]): GlossEntry => [String.raw`перв\p{L}* ${word} месяц\p{L}*`, `the first ${n} months`]),
  ...NUMBER_WORDS.map(([word, n]): GlossEntry => [String.raw`${word} месяц\p{L}*`, `${n} months`]),
  [String.raw`месяц\p{L}*`, "months"],
  [String.raw`гг\.|г\.|г|год(?:а|у|ом)?|года`, ""],
  ...MONTHS.map(([stem, name]): GlossEntry => [String.raw`${stem}\p{L}*`, name]),
];

/** Trade words: what is measured, and how it moved. */
const METRICS: GlossEntry[] = [
  [String.raw`внешнеторгов\p{L}* оборот\p{L}*`, "foreign trade turnover"],
  [String.raw`внешн\p{L}* торговл\p{L}*`, "foreign trade"],
  [String.raw`внешнеторгов\p{L}*`, "foreign trade"],
  [String.raw`двусторонн\p{L}* товарооборот\p{L}*`, "bilateral trade turnover"],
  [String.raw`взаимн\p{L}* товарооборот\p{L}*`, "mutual trade turnover"],
  [String.raw`товарооборот\p{L}*`, "trade turnover"],
  [String.raw`объ[её]м\p{L}* (?:взаимн\p{L}* |двусторонн\p{L}* )?торговл\p{L}*`, "trade"],
  [String.raw`взаимн\p{L}* торговл\p{L}*`, "mutual trade"],
  [String.raw`торгов\p{L}* оборот\p{L}*`, "trade turnover"],
  [String.raw`торговл\p{L}*|торгов\p{L}*`, "trade"],
  [String.raw`(?:оборот\p{L}*|торговл\p{L}*|экспорт\p{L}*|импорт\p{L}*) услуг\p{L}*`, "trade in services"],
  [String.raw`услуг\p{L}*`, "services"],
  [String.raw`экспортн\p{L}* поставк\p{L}*|экспорт\p{L}*`, "exports"],
  [String.raw`импортн\p{L}* поставк\p{L}*|импорт\p{L}*`, "imports"],
  [String.raw`поставк\p{L}*|поставил\p{L}*|поставлен\p{L}*`, "supplies"],
  [String.raw`положительн\p{L}* сальдо`, "trade surplus"],
  [String.raw`отрицательн\p{L}* сальдо`, "trade deficit"],
  [String.raw`сальдо`, "balance"],
  [String.raw`положительн\p{L}*`, "positive"],
  [String.raw`отрицательн\p{L}*`, "negative"],
  [String.raw`профицит\p{L}*`, "surplus"],
  [String.raw`дефицит\p{L}*`, "deficit"],
  [String.raw`составил\p{L}*|составля\p{L}*|составило|составила|равня\p{L}*|сложил\p{L}*|насчитыва\p{L}*`, "amounted to"],
  [String.raw`составит|составят`, "will amount to"],
  [String.raw`достиг\p{L}*`, "reached"],
  [String.raw`превысил\p{L}*|превыша\p{L}*|превзош\p{L}*`, "exceeded"],
  [String.raw`приблизил\p{L}* к`, "approached"],
  [String.raw`увеличил\p{L}*|вырос\p{L}*|возрос\p{L}*|прибавил\p{L}*`, "increased"],
  [String.raw`сократил\p{L}*|снизил\p{L}*|уменьшил\p{L}*|упал\p{L}*|рухнул\p{L}*|сниже\p{L}*`, "decreased"],
];

/** Qualifiers, intent and the small words that join a figure's parts. */
const FUNCTION_WORDS: GlossEntry[] = [
  [String.raw`по сравнению с|в сравнении с|по отношению к`, "compared with"],
  [String.raw`против`, "against"],
  [String.raw`около|порядка|примерно|приблизительно|свыше чем`, "about"],
  [String.raw`почти|практически|без малого`, "almost"],
  [String.raw`более чем|более|свыше|больше|св\.`, "more than"],
  [String.raw`менее|меньше|не более`, "less than"],
  [String.raw`на сумму|в размере|в объеме|в объёме`, "of"],
  [String.raw`планиру\p{L}*|план\p{L}*`, "plans"],
  [String.raw`цель|цели|целью|задача|задачу|задачей`, "goal"],
  [String.raw`довести|нарастить|увеличить`, "to increase"],
  [String.raw`может|могут|смож\p{L}*`, "could"],
  [String.raw`ожида\p{L}*|прогноз\p{L}*|рассчитыва\p{L}*`, "expected"],
  [String.raw`будет|будут`, "will"],
  [String.raw`намерен\p{L}*`, "intend"],
  [String.raw`между (?:дв\p{L}* |обе\p{L}* |обоими )?(?:стран\p{L}*|государств\p{L}*)`, "between the two countries"],
  [String.raw`(?:дв\p{L}*|обе\p{L}*|обоих|обоими) (?:стран\p{L}*|государств\p{L}*)`, "both countries"],
  [String.raw`(?:этот|данный|этого|данного) показател\p{L}*`, "the figure"],
  [String.raw`показател\p{L}*`, "figure"],
  [String.raw`между`, "between"],
  [String.raw`соответственно`, "respectively"],
  [String.raw`а также`, "as well as"],
  [String.raw`а`, "while"],
  [String.raw`и`, "and"],
  [`с(?= ${MONTH})`, "from"],
  [`по(?= ${MONTH})`, "to"],
  [String.raw`с|со`, "with"],
  [String.raw`(?:в|во|за)(?= (?:\d|перв|втор|трет|четверт|I|текущ|этом|прошл|аналогичн|${MONTH}))`, "in"],
  [String.raw`в|во`, "to"],
  [String.raw`за`, "in"],
  [String.raw`из`, "from"],
  [String.raw`на(?= \d)`, "by"],
  [String.raw`до`, "to"],
  [String.raw`от`, "from"],
  [String.raw`страна\p{L}*|государств\p{L}*`, "countries"],
  [String.raw`он|она|оно`, "it"],
  // "партнеров РУз": a partner's country follows in the genitive, as "of" puts it in English.
  [String.raw`торгов\p{L}* партн[её]р\p{L}*(?= \p{Lu})`, "trading partners of"],
  [String.raw`торгов\p{L}* партн[её]р\p{L}*`, "trading partners"],
  [String.raw`партн[её]р\p{L}*(?= \p{Lu})`, "partners of"],
  [String.raw`партн[её]р\p{L}*`, "partners"],
  [String.raw`крупнейш\p{L}*`, "largest"],
  [String.raw`основн\p{L}*|главн\p{L}*|ведущ\p{L}*`, "main"],
  [String.raw`стали|являются|являлись|были|являлся|является`, "were"],
  // "5-ти миллиардов", "2-х": a numeral's case ending after its digits.
  [String.raw`-(?:ти|х|ми|и)(?= )`, ""],
];

/** The Russian lexicon, in the order its entries are tried. */
export const LEXICON_RU: readonly GlossEntry[] = [...MONEY, ...PERIODS, ...METRICS, ...COUNTRIES, ...FUNCTION_WORDS];
