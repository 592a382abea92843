/**
 * Words that make an amount trade, one named group per metric ("both" flows named together are
 * turnover). At any position the groups are tried in order, so "trade balance" is a balance and
 * "trade turnover" one turnover cue.
 */
export const METRIC_CUE = new RegExp(
  [
    // Both flows named together are their sum: "China's imports and exports rose to …".
    // "Total exports and IMPORTSfrom the two nations": a page that ran two words together.
    String.raw`(?<both>\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|export-import|import-export)(?:\b|(?=from\b)))`,
    String.raw`(?<balance>\b(?:difference\s+(?:between|in)\s+exports\s+and\s+imports|excess\s+of\s+(?:exports|imports)\s+over\s+(?:exports|imports)|(?:surplus(?:es)?|deficits?|(?:trade\s+)?balance)(?:\s+(?:in|of)\s+(?:its\s+|the\s+)?(?:foreign\s+|mutual\s+|bilateral\s+)?trade(?:\s+turnover)?)?|trade\s+gap|in\s+\S+?\s+favou?r)\b)`,
    // "Vietnam's import turnover from Korea", "export turnover": one flow, named as Vietnamese statistics do.
    String.raw`(?<exports>\b(?:exports?\s+turnover|destinations?|exports?|exported|exporting|exporters?|sold|sales\s+(?:of\s+\S+\s+goods\s+)?to|sells?|supplied|supplies|supply|shipments?|shipped|deliveries|delivered|outbound)\b)`,
    String.raw`(?<imports>\b(?:imports?\s+turnover|imports?|imported|importing|importers?|suppliers?|buyers?|customers?|bought|buys?|purchased|purchases?|inbound|entered|brought\s+(?:in|into))\b)`,
    String.raw`(?<turnover>\b(?:trade|traded|trading|turnover|commerce|commercial\s+exchanges?|transactions(?=\s+between\b)|bilateral\s+transactions|(?:trading|trade|largest|biggest|main|top|key)\s+partners?|partners?)\b)`,
  ].join("|"),
  "gi",
);

/** Money that is not trade: when one of these is nearer the amount than any trade word, skip it. */
export const NON_TRADE = /\b(?:invest\w*|FDI|loans?|lend\w*|credits?|credit\s+lines?|grants?|granted|aid|assistance|contracts?|deals?|agreements?|signed|projects?|portfolio|GDP|gross\s+domestic|budgets?|(?<!\b(?:exports?|export\s+\w+|trade)\b[^.;,]{0,25})revenues?|profits?|funds?|funding|financing|capital|debts?|bonds?|reserves|remittances|touris\w*|transit|cargo|freight|(?<!\b(?:at|in)\s+(?:current|constant|comparable|actual|fixed)\s+)prices?|costs?|cost|valuation|stake|acquisition|salar\w*|wages?|pensions?|spending|spent|damage|compensation|fines?|subsid\w*|tariffs?|duties|payments?|paid|pay|reconstruction|market\s+capitali[sz]ation|worth\s+of\s+(?:investment|projects)|military|weapons|arms|smuggl\w*|seiz\w*|confiscat\w*|plants?|factory|factories|assets|shares|property|properties|company|guarantees?|bank|programmes?|programs?)\b/gi;

/** "Gold exports made up $2.9 billion": one commodity's trade, not the pair's. */
export const COMMODITY = String.raw`(?:(?:intermediate|consumer|capital|investment)\s+goods|(?:mineral|petroleum|oil)\s+products|gold|silver|platinum|minerals?|diamonds|jewell?e?ry|oil|crude|petroleum|diesel|gasoline|kerosene|gas|LNG|LPG|coal|uranium|electricity|energy|grain|wheat|corn|maize|barley|rice|flour|sugar|tea|coffee|cocoa|fruits?|vegetables?|honey|nuts|hazelnuts|cashews?|sesame|soybeans?|sunflower|oilseeds?|canola|cotton|rubber|timber|lumber|wood|paper|steel|iron|ore|copper|alumini?um|metals?|cement|glass|chemicals|plastics|fertili[sz]ers?|potash|urea|pharmaceuticals|medicines|machinery|equipment|electronics|cars?|vehicles?|automobiles|trucks|tractors|aircraft|drones?|arms|weapons|textiles?|garments|apparels?|accessories|clothing|footwear|furniture|tobacco|wine|beer|spirits|drinks|beverages|food|agri(?:cultural|-food)?|dairy|milk|cheese|butter|meat|pork|beef|poultry|fish|seafood|services|tourism|semiconductors?|chips|phones|smartphones|components|parts|computers|alloys|ferro-alloys|items)`;

/**
 * Trade without oil is a subset of a country's trade, except where it is the headline the
 * country's own statistics publish: Iran's customs and the UAE's non-oil foreign trade.
 */
export const NON_OIL_TRADE = /\bnon-oil\s+(?:foreign\s+)?(?:trade|turnover|exports?|imports?|products|goods|commodities)\b/i;
export const NON_OIL_HEADLINE = new Set(["IRN", "ARE"]);

export const COMMODITY_TRADE = new RegExp(String.raw`\b${COMMODITY}\s+(?:exports?|imports?|sales|supplies|deliveries|shipments|purchases)\b|\bre-exports?\b|\b(?:exports?|imports?|sales|supplies|deliveries|shipments)\s+of\s+${COMMODITY}\b`, "i");

/** "The automotive sector was the largest exporting industry, with sales abroad of …": one sector's trade. */
// Lower case only: "the External Sector Performance review" names a report, not a sector.
export const SECTOR = /\b(?:sector|industry|industries)\b/;

/** "imports of drone components", "the import volume of industrial products": a lower-case noun after "of" is a product; "exports of Azerbaijani products" is not. */
export const PRODUCT_TRADE = /\b(?:[Ee]xports?|[Ii]mports?|[Ss]ales|[Ss]uppl(?:y|ies)|[Dd]eliver(?:y|ies)|[Ss]hipments?|[Pp]roducts)(?:\s+(?:volumes?|values?))?\s+of\s+["“]?(?!(?:goods|products|merchandise|commodities|the|its|all|their)\b)[a-z]/;

/** "C$2.9 billion of Canadian canola oil": one product's trade, not the pair's. */
export const OF_PRODUCT = /^\s*\)?\s*(?:\([^)]*\)\s*)?(?:worth\s+)?of\s+(?:[A-Z][\w-]*\s+)*(?!(?:goods|products|merchandise|commodities|exports|imports|trade|bilateral|mutual|total|the|its|their|all|that|this|these|those|which|positive|negative|balance|surplus|deficit|turnover|foreign|external)\b)[a-z]/;

/** "Astrakhan region", "Minsk Oblast": a region's trade is not its country's. */
export const REGION = /\b[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Gg]overnorate|[Pp]refecture)\b/;

/** "between Russia and …": where a sentence may name a pair without a trade word. */
export const BETWEEN_NAMES = /\bbetween\s+(?:the\s+)?\p{Lu}/gu;

/** "the largest trading partners of …", "the main markets for …": the country after it owns the list. */
export const PARTNERS_OF = /\b(?:partners?|markets?|suppliers?|destinations?|buyers?)\s+(?:of|for)\s+(?:the\s+)?$/i;

/** "… in the opposite direction", "… the other way": the flow before it, reversed. */
export const OPPOSITE_WAY = /^\s*(?:of\s+goods\s+)?(?:in\s+the\s+(?:opposite|other|reverse)\s+direction|the\s+other\s+way(?:\s+round)?)\b/i;

/** An amount in brackets right after a capitalised name: "Laredo ($210.57 billion)", "Otay Mesa, California ($44.39 billion)". */
export const NAME_BEFORE_BRACKET = /\b[A-Z][\w'’.-]*\s*\(\s*(?:about|around|nearly|almost|over|some|roughly)?\s*$/;

/** A continent or region as a trade partner: "China-Africa trade", "exports to Europe", "with Central Asia". */
const CONTINENT = String.raw`(?:Africa|Latin\s+America|(?:the\s+)?Middle\s+East|Central\s+Asia|South(?:east|-East)?\s+Asia|Asia(?:-Pacific)?|Europe(?!an\s+Union)|(?:the\s+)?Americas|(?:the\s+)?Caucasus|(?:the\s+)?Balkans)`;
const REGION_PARTNER = String.raw`\b(?:with|to|from|and|between)\s+(?:all\s+of\s+)?(?:the\s+)?(?:countries\s+of\s+)?${CONTINENT}\b(?![-‐]\w)|\b[A-Z][a-z]+[-–]${CONTINENT}\b`;
/** Groups of countries that have no code here: their trade is no pair's. */
export const BLOC = new RegExp(String.raw`\b(?:Central\s+Asian\s+(?:countries|states|republics|nations)|EAEU|EAEC|Eurasian\s+Economic\s+Union|CIS|Commonwealth\s+of\s+Independent\s+States|ASEAN|SCO|BRICS|GCC|Gulf\s+Cooperation\s+Council|Mercosur|RCEP|APEC|OPEC\+?|African\s+Union|Arab\s+League|African\s+countries|(?:the\s+)?Gulf\s+(?:states|countries)|Arab\s+(?:states|countries)|Nordic\s+countries|(?:developing|developed|third|non-EU|friendly|unfriendly|neighbou?ring|these|those)\s+countries|extra-(?:EU(?:[\s-]?\d+)?|Community)|(?:countries|states)\s+outside\s+(?:the\s+)?(?:EU|European\s+Union|bloc)|CEFTA|EAC|East\s+African\s+Community|OTS|Organi[sz]ation\s+of\s+Turkic\s+States|SADC|ECOWAS|COMESA|AfCFTA)\b|${REGION_PARTNER}`);

/** "1 million bottles of wine … worth $15.8 million": a quantity of one product. */
export const QUANTITY_OF = /\d[\d.,]*\s*(?:(?:thousand|million|billion|mln|bln|mn|bn)\s+)?(?:tonnes|tons|bottles|barrels|units|head|litres|liters|cubic\s+met(?:re|er)s|kWh|MWh|bcm|vehicles|cars|trucks)\s+of\b/i;

/** "a program to support exporters worth 150 million lei": support, not trade. */
export const SUPPORT_FOR_TRADE = /\b(?:program(?:me)?s?|schemes?|support|subsid\w*|grants?|funds?)\b[^,;]{0,40}\b(?:exporters|importers)\b/i;

/**
 * "Gold accounted for $5.4 billion of the country's exports", "iron and steel of US$342.8 million",
 * "gasoline ($24.48 billion)", "intermediate goods, 63.7% ($2.97 billion)": a commodity as the
 * subject, or named right before its value ("goods and services ($12bn)" are all the trade).
 */
export const COMMODITY_SUBJECT = new RegExp(String.raw`^\s*(?:the\s+)?${COMMODITY}\b|\b${COMMODITY}(?:\s+and\s+(?:its\s+|their\s+)?[a-z-]+)?\s+(?:worth|valued\s+at|totall?ing|of)\s*$|(?<!\bgoods\s+and\s+)\b${COMMODITY}\s*,?\s*(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s*)?(?:\(|[–—:]|-\s)\s*(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|some\s+)?$`, "i");

/** "wheat, fuel and other goods": a list that ends in all the goods is the whole of the trade, no product's. */
const ALL_GOODS = String.raw`(?:other|various|all)\s+(?:goods|products|commodities)`;

/** "exports to Ukraine of petroleum products … amounted to": a commodity between the trade word and its amount, not an aside ("mainly oil", "driven by re-exports of gold and diamonds,"). */
export const COMMODITY_BETWEEN = new RegExp(String.raw`^(?![^$]*\b(?:mainly|mostly|chiefly|including|includ(?:es|ed)|such\s+as|led\s+by|driven\s+by|thanks\s+to|due\s+to|on\s+the\s+back\s+of|especially|particularly|primarily|${ALL_GOODS})\b)[^$]*?(?<!\b(?:goods|merchandise)\s+and\s+|\bnon-)\b${COMMODITY}\b`, "i");

/** "$2.2 billion in dairy products", "$10 million on services": a commodity right after the amount. */
export const COMMODITY_AFTER = new RegExp(String.raw`^\s*\)?\s*(?:in|on)\s+(?:[a-z][a-z-]*\s+){0,2}?${COMMODITY}\b`, "i");

/** "Kyrgyzstan exported honey for $776,000", "importing electronics and machines worth", "Belarusian lumber was sold to China for": a commodity as what is traded ("wheat, fuel and other goods" are all of it). */
export const TRADED_COMMODITY = new RegExp(String.raw`\b(?:exported|imported|exporting|importing|shipped|sold|bought|purchased|supplied)\s+(?![^$]*\b${ALL_GOODS}\b)(?:[a-z][a-z-]*,?\s+){0,4}?(?<!\bnon-)${COMMODITY}\b(?:\s+[a-z][a-z-]*){0,4}?\s+(?:worth|valued\s+at|for|totall?ing|amounting\s+to|of)\s+(?:about\s+|almost\s+|nearly\s+|over\s+|some\s+|around\s+)?$|\b${COMMODITY}\s+(?:was|were)\s+(?:sold|exported|imported|shipped|supplied|bought)\b[^.$]{0,40}?\bfor\s+(?:almost\s+|about\s+|nearly\s+|over\s+)?$`, "i");

/** What stands between a listed partner and its amount: "Turkey ($1.9bn)", "China – $5.7bn", "the UK with $17.1bn", "Latvia third (€1.4bn)", "South Korea 4.1% ($0.8bn)", "EU member states ($665.8 million)". */
export const LIST_GAP = /^\s*(?:member\s+(?:states|countries)\s*)?(?:(?:came|ranked|ranks|ranking|placed|was|is|stood)?\s*(?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s*(?:place|position)?\s*)?(?:[\d.,]+\s?(?:%|percent|per\s+cent)\s*)?(?:\(|[–—-]|:|with|at)\s*(?:for\s+)?(?:about\s+|around\s+|some\s+|over\s+|under\s+|nearly\s+|almost\s+|roughly\s+|approximately\s+|(?:just\s+|slightly\s+)?(?:more|less)\s+than\s+|close\s+to\s+|up\s+to\s+|just\s+over\s+)?$/i;

/** A sentence that ranks partners: "X came second", "X ranked fourth", "X remained the largest …", "followed by". */
export const RANKING = /\b(?:(?:in\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:place|position|spot)\b|(?:came|ranked|ranks|ranking|remained|remains|was|is|were|are|became|stood)\s+(?:the\s+|as\s+(?:the\s+)?)?(?:[\w’'-]+\s+){0,2}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|main|top|leading|principal)\b|followed\s+by|\b(?:largest|biggest|main|top|leading|principal)\s+(?:[\w’'-]+\s+){0,4}?(?:were|was|are|is|included)\b)/i;

export const PER_UNIT = /^\s*(?:per\s+|(?:a|an)\s+(?!(?:month|day)\s+(?:earlier|before|ago|later)\b))(?:barrel|tonne|ton|metric\s+ton|cubic|thousand\s+cubic|kilogram|kg|head|unit|square|month|day|hour|share|person|capita)\b/i;

export const CHANGE_BEFORE = /\d\s*(?:%|percent|per\s+cent),?\s+or\s+$|\(\s*\+\s*$|\b(?:increase|decrease|rise|growth|drop|decline|fall|jump|gain)\s+in\s+(?:\S+\s+){0,3}?of\s+(?:some\s+|about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$|\b(?:by|increas\w*|decreas\w*|grew|rose|fell)\b[^.;()]*,\s*or\s+(?:more\s+than\s+|about\s+|almost\s+|nearly\s+|some\s+|over\s+)?$|\b(?:increased|decreased|rose|fell|grew|dropped|declined|up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*\(\s*$|\b(?:by|(?<!\b(?:made|make|makes|making|add|adds|added)\s)up|down|increase\s+of|decrease\s+of|rise\s+of|growth\s+of|drop\s+of|decline\s+of|fall\s+of|jump\s+of|gain\s+of|increased|decreased|rose|fell|grew|dropped|declined|added|lost|widened|narrowed|slid|slipped|jumped|surged|climbed|soared|plunged|plummeted|shrank|contracted|expanded|gained)\s+(?:by\s+|on\s+)?(?:some\s+|about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$/i;

/**
 * "$34.2 million, or 15.4 percent, more than in 2023", "exceeded $28.2 million compared to the
 * same period last year, having made up $295.7 million", "a $2.3bn or 13.4% year-on-year rise": a change, not a level.
 */
export const CHANGE_AFTER = /^\s*(?:,?\s*or\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*)?,?\s*(?:more|less|higher|lower)\s+than\s+(?:in|on|during|over|for|the\s+same|a\s+year|last|that|its|previous)\b|^\s*(?:more|less|higher|lower)\s+than\b|^\s*,?\s*or\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:more|less|higher|lower)\b|^\s*compared\s+(?:to|with)\b[^,;]*,\s*(?:having\s+)?(?:made\s+up|reached|amounted|stood|totall?ed|reaching|amounting|standing)\b|^\s*(?:or\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:(?:year-on-year|y-o-y|annual|yearly)\s+)?(?:rise|increase|growth|jump|gain|drop|decline|fall|decrease|surge)\b/i;

export const TARGET = /\b(?:tasks?|take\s+.{0,60}\bto|aims?|aimed|aiming|target(?:s|ed)?|goals?|plans?|planned|planning|intends?|intended|wants?|wanted|seeks?|sought|hopes?|hoped|striv\w+|ambition|objective|agreed\s+to|agree\s+to|pledged?\s+to|committed\s+to|vowed\s+to|set\s+the\s+task|tasked|to\s+(?:raise|increase|bring|boost|lift|double|triple|expand)|to\s+be\s+(?:raised|increased|brought|boosted|lifted|doubled|tripled|expanded)|(?:lifting|raising|boosting|bringing|doubling|tripling|increasing)\s+(?:\w+\s+){0,6}to|(?<!\b(?:able|managed|unable)\s+)to\s+achieve)\b/i;

export const FORECAST = /\b(?:can\s+(?:reach|bring|hit|grow|rise|increase|double|exceed)|signs\s+of\s+reaching|(?:is|are|was)\s+set\s+to\s+(?:total|reach|exceed|hit|grow|rise|top)|in\s+the\s+near\s+future|[Ee]xpects?|[Ee]xpected|[Ee]xpecting|[Ff]orecasts?|[Ff]orecasted|[Pp]rojected|[Pp]rojections?|[Pp]redicts?|[Pp]redicted|estimated\s+to|could|may|might|will|would|shall|[Ll]ikely|[Pp]otential|[Oo]utlook)\b/u;

/** A verb in the past that reports a level as done: "amounted to", "reached", "was". */
export const REPORTED = /\b(?:amounted|totall?ed|reached|stood|was|were|made\s+up|came\s+to|rose|grew|increased|decreased|fell|dropped|declined|exceeded|surpassed|hit|recorded|registered|accounted\s+for|exported|imported)\b/i;

/** A participle or verb that states a level of the sentence's subject: "having stood at", "reaching", "amounting to". */
export const LEVEL_BEFORE = /^[\s,]*(?:and\s+)?(?:having\s+)?(?:stood|standing|amount(?:ed|ing)\s+to|reach(?:ed|ing)|total(?:l)?(?:ed|ing)|made\s+up|making\s+up|made|making|exceed(?:ed|ing)|surpass(?:ed|ing))\s+(?:at\s+|to\s+)?(?:over\s+|about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|approximately\s+)?$/i;

export const APPROX_BEFORE = /\b(?:about|around|roughly|some|approximately|approx\.?|circa|ca\.|close\s+to|an?\s+estimated|estimated\s+at|or\s+so|of\s+about)\s*$/i;

/** "almost USD 300 million": near the stated amount, and short of it. */
export const ALMOST_BEFORE = /\b(?:almost|nearly|not\s+quite)\s*$/i;
export const MORE_BEFORE = /\b(?:over|more\s+than|above|exceed(?:ed|ing|s)?|in\s+excess\s+of|upwards\s+of|at\s+least|top(?:ped|s)?|surpass(?:ed|ing)?|beyond|north\s+of)\s*$/i;

export const LESS_BEFORE = /\b(?:under|less\s+than|below|(?<!\b(?:adds?|added|summed|tots?|totted)\s)up\s+to|not\s+more\s+than|no\s+more\s+than|at\s+most|just\s+shy\s+of)\s*$/i;

export const ANAPHOR = /\b(?:it|its|this|that|the\s+(?:figure|indicator|volume|total|amount|value)|a\s+(?:smaller|larger|higher|lower|similar|bigger)\s+(?:figure|amount)|the\s+(?:two|both)\s+(?:countries|nations|states|sides|neighbou?rs)|both\s+(?:countries|sides|nations)|bilateral|mutual)\b/i;

/** "Of the total turnover, export amounted to …": a breakdown of the figure before, not the world total. */
export const OF_THE_TOTAL = /\b(?:out\s+)?of\s+(?:the|this|that|which)\s+total\b/i;
export const TOTAL_TRADE = /\b(?:total|overall|foreign|external|global|whole)\s+(?:(?:foreign|external|merchandise|goods|commodity)\s+)*(?:trade|turnover|exports|imports|sales)|\bin\s+total\b|^\s*(?:overall|altogether|in\s+all|globally|worldwide)\b|\b(?:exports?|imports?|trade)\s+(?:of|in)\s+goods\s+and\s+services\b|\bwith\s+(?:the\s+(?:rest\s+of\s+the\s+)?world|all\s+countries)\b/i;
/** "the overall trade", "total turnover": a whole that is a pair's when one is in view, unless a word makes it the world's. */
export const OVERALL_TRADE = /\b(?:total|overall)\s+(?:trade|turnover)\b/i;
/** The words that make a total a country's trade with the world ("total foreign trade"). */
export const WORLD_TRADE_WORD = /\b(?:foreign|external|global)\b/i;

export const HOME_PRONOUN = /\b(?:its|the\s+country['’]s|the\s+republic['’]s|the\s+nation['’]s)\b/i;

export const PARTNER_PRONOUN = /\b(?:its|their)\s+(?:neighbou?rs?|partners?)\b/i;

export const SHARE = /(?<![\d.])(\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+of\s+(?:the\s+|its\s+|\S+['’]s?\s+)?(?:total\s+|overall\s+)?(?:foreign\s+|external\s+)?trade(?:\s+turnover)?/gi;

/** Subordinate or relative clauses whose countries are not parties to the figure. */
export const ASIDE = /^(?:When|While|Whereas|Although|Though|As|Since|Because|If|Before|After|Following|During|Despite|Amid|Unlike)\b[^,;]*,|,\s*(?:which|who|whose|where|before|when|since|despite|amid)\b[^,;]*,/g;

/** "imports, mostly gas delivered by pipeline, totaled …", "India's imports, driven by record purchases of medical supplies, reached …": a description whose trade words name nothing. */
export const DESCRIPTION = /,\s*(?:mostly|mainly|largely|primarily|chiefly|including|(?:driven|led|fuell?ed|boosted|buoyed|helped|propelled|spurred|dragged|weighed)\s+(?:down\s+)?by)\b[^,;]*,/g;

export const CLAUSE_BREAK = /;|:\s|,\s+(?:while|whereas|but|and(?!\s+(?:amounted|reached|totall?ed|stood|came\s+to|made\s+up)\b)|although|though)\b|\s(?:while|whereas)\s|\s(?:and|but)\s+(?=(?:imported|exported|bought|sold|supplied|purchased)\b)/gi;

/** Where fiscal years do not start in April, by the country that reports them. */
// Not the US: its trade statistics are by calendar year; its fiscal year is the budget's.
export const FISCAL_START: Record<string, number> = { IND: 4, JPN: 4, GBR: 4, PAK: 7, EGY: 7, AUS: 7, NZL: 7, BGD: 7, NPL: 7, UGA: 7, KEN: 7, TZA: 7, RWA: 7 };
/** Where "fiscal 2017" / "FY17" names the year a fiscal year starts in, not the year it ends in. */
export const FISCAL_NAMED_BY_START = new Set(["JPN", "GBR"]);

/** "Hence, the trade turnover … amounted to USD 191 million": a sentence that draws what the one before it stated. */
export const CONSEQUENCE = /^\s*(?:hence|thus|therefore|accordingly|consequently|as\s+a\s+result|so)\b/i;
export const PAIR_PHRASE = /\b(?:(?:two|both)\s+(?:countries|nations|sides|states|neighbou?rs)|between\s+(?:the|our)\s+(?:countries|nations|states)|bilateral|mutual|two-way)\b/i;

export const RANK_WORD = /\b(?:largest|biggest|main|top|leading|principal)\b/i;

/** A point of comparison somewhere in a sentence: the figures in it may belong to either period. */
export const COMPARISON = /\b(?:compared\s+(?:to|with)|against|versus|vs\.?|than|a\s+year\s+(?:earlier|ago|before)|same\s+period|year-on-year|y-o-y)\b/i;

/** "The export of goods, excluding oil, …", "exports of goods of Lithuanian origin": a part of the trade, not the pair's total. */
// "(excluding non-declared trade)" notes what statistics cover, and leaves the trade whole.
export const SUBSET = /\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|not\s+counting|without\s+(?:oil|energy|gold)|of\s+[a-z]+\s+origin|[a-z]+[\s-]origin\s+goods|domestic\s+goods)\b(?!\s+(?:non-declared|undeclared|unrecorded|unregistered|informal|shuttle)\b)/i;

/** A participle joined to a country's name makes it an attribute of what follows: "Chinese-pledged infrastructure projects", "US-led". */
export const ATTRIBUTIVE_COMPOUND = /^-(?:pledged|funded|financed|backed|led|made|built|owned|sponsored|brokered|based|run|controlled|operated|supported|designed|produced|manufactured)\b/i;

/** Words after a country's name that make it a currency's: "US dollars", "Russian rubles". */
export const CURRENCY_NAME = /^\s+(?:dollars?|currency|r[o]?ubles?|yuan|renminbi|liras?|rupees?|tenge|manats?|soums?|soms?|dinars?|won|yen|euros?|pounds?|francs?|lei|zlotys?|hryvnias?)\b/i;

/** "services surplus", "services exported": trade in services alone is no merchandise figure. */
export const SERVICES_ONLY = /(?<!\bgoods\s+and\s+)\bservices?\s+(?:surplus|deficit|balance|exports?|imports?|trade)\b|\b(?:trade|turnover|exports?|imports?)\s+(?:in|of)\s+services\b|(?<!\bgoods\s+and\s+)\bin\s+services\b|(?<!\bgoods\s+and\s+)\bservices\s+(?:were\s+)?(?:exported|imported)\b/i;
/** "26 significant economies saw a trade surplus of …": a count of countries is no pair (but "traded with 141 countries" is the world). */
export const COUNTED_COUNTRIES = /(?<!\bwith\s+(?:a\s+total\s+of\s+)?)\b(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:(?:major|significant|large|leading|other|neighbou?ring|partner)\s+)?(?:countries|nations|economies|states)\b/i;
/** "machineries worth $2.2 billion", "ferro-alloys – USD 68 million": a product named right before its value. */
/** "the top item of Ukrainian exports", "Georgia's number one export product", "10 items with export turnover of": a product class ranked or counted. */
export const RANKED_PRODUCT = /\b(?:top|main|largest|biggest|leading|principal|number\s+one|no\.\s*1)\s+(?:(?:export|import)(?:ed)?\s+)?(?:items?|products?|commodit(?:y|ies)|product\s+groups?)\b|\b\d+\s+(?:items|products|commodities)\b/i;
/** "sea food with US$320.84 million", "cotton worth $237.28 million": a product right before its amount (read so only in a list of products). */
/** "exported plastic and rubber products worth SR876.9 million": a verb's object that names more than goods. */
export const EXPORTED_PRODUCT = /\b(?:exported|imported|shipped|sold|bought|purchased|supplied)\s+(?!(?:(?:various|different|all|other|their|its)\s+)?(?:goods|products|merchandise|commodities|more|less|goods\s+and\s+services)\s+(?:worth|valued)\b)(?:[a-z][a-z-]*,?\s+){1,6}(?:worth|valued\s+at)\s*$/;
export const PRODUCT_BEFORE = /\b(?!(?:goods|products|merchandise|commodities|exports|imports|trade|turnover|the|its|their|and|of|with|total|place|position|spot|rank|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|respectively)\b)([a-z][a-z-]+)\s+(?:and\s+(?:their\s+)?[a-z][a-z-]+\s+)?(?:worth|valued\s+at|with|[–—-]|\()\s*$/;
export const PRODUCT_LIST = /\b(?:items?|categories|commodit(?:y|ies)|product\s+groups?|composed\s+of|consisted\s+of|followed\s+by|such\s+as|including|included|includes?|topped|like)\b/i;

/** The country a national currency belongs to, for an article that names no country but counts in its money. */
export const CURRENCY_COUNTRY: Record<string, string> = {
  RUB: "RUS", BYN: "BLR", KZT: "KAZ", UAH: "UKR", GEL: "GEO", AMD: "ARM", AZN: "AZE", UZS: "UZB", KGS: "KGZ", TJS: "TJK", TMT: "TKM",
  MDL: "MDA", PLN: "POL", HUF: "HUN", CZK: "CZE", RON: "ROU", BGN: "BGR", RSD: "SRB", SEK: "SWE", NOK: "NOR", TRY: "TUR", INR: "IND",
  PKR: "PAK", BDT: "BGD", CNY: "CHN", JPY: "JPN", KRW: "KOR", VND: "VNM", IRR: "IRN", EGP: "EGY", ZAR: "ZAF", BRL: "BRA", MNT: "MNG",
  SAR: "SAU", KES: "KEN", NGN: "NGA", UGX: "UGA", TZS: "TZA", AED: "ARE", GBP: "GBR", CHF: "CHE", LVL: "LVA", LTL: "LTU",
};

/** Words that sign a balance: the last one before the amount (or attached after it) decides. "Passive"/"active" balances are CIS usage. */
export const BALANCE_SIGN = /\b(?:(?<deficit>deficits?|negative|passive|trade\s+gap|minus|shortfalls?|excess\s+of\s+imports)|(?<surplus>surplus(?:es)?|positive|active|excess\s+of\s+exports))\b/gi;

/** A ranking of the world's traders: "the largest exporter in the world", "the world's biggest importers". */
export const WORLD_RANKING = /\b(exporters?|importers?|traders?|trading\s+nations?)\s+(?:in\s+the\s+world|worldwide|globally|on\s+the\s+planet)\b|\bworld['’]s\s+(?:\w+\s+){0,3}?(exporters?|importers?|traders?|trading\s+nations?)\b/i;

/** "Among the CIS countries, Russia accounted for …": the group a partner ranks within, not a partner (global, to take it out of a text; `search` finds it without a position kept between calls). */
export const RANKING_SCOPE = /\bamong\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|states|members|nations|partners)\b/gi;

/** What follows a period that dates a statement rather than a figure: "In 2019, Beskosty said that". */
export const SAYING_AFTER = /^\s*,?\s*(?:(?:the\s+)?[\p{L}'’.-]+\s+){0,4}(?<!\b(?:was|were|is|are|be|been|being)\s)(?:said|stated|noted|told|announced|reported|recalled|stressed|declared)\b/u;

/** A change just before "from": what follows it is the level changed from. */
export const CHANGED_FROM = /(?:\b(?:down|up|rose|fell|grew|increased|decreased|dropped|declined|climbed|slipped|jumped|surged|plunged|higher|lower)|%|\bper\s?cent)\s*$/i;

/** A row of a list set out line by line: "- Russia - 2.9 billion;". */
export const LIST_ROW = /^\s*[-•*–—]\s/;

/** "China’s major trading partners", "Georgia's biggest trade partner": after a possessive, whose partners a text turns to. */
/** "… China’s H1 trade with other Central Asian states:": whose trade the rows after it are. */
export const TRADE_WITH_AFTER = /^\s*(?:[\w-]+\s+){0,3}?(?:trade|turnover|commerce)\s+with\b/i;
/** "- Kazakhstan: turnover rose …": a row that a label opens. */
export const LABELLED_ROW = /^\s*[-•*–—]?\s*[A-Z][\w’'. -]{1,40}:\s/;
export const PARTNERS_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:trading\s+|trade\s+)?partners?\b/i;

/** "These exports were valued at …": the flow of the product just named. */
export const THESE_FLOWS = /\b(?:these|those|such)\s+(?:exports|imports|shipments|supplies|deliveries|purchases|sales)\b/i;
