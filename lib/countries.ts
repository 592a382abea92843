import type { CountryCode } from "@/lib/schema";

/**
 * A country (or `WLD`, the world, or `EU`) and every way trade news names it.
 * Aliases are whole phrases as written in news; no alias is shared by two countries and none is
 * ambiguous on its own (so no "Congo", "Korean", "Congolese", "European", "Indo"); "Korea" alone
 * is South Korea, as trade news writes it.
 */
export type Country = {
  /** ISO 3166-1 alpha-3, plus `WLD` (a country's total trade), `EU`, and `XKX` (Kosovo, user-assigned). */
  code: CountryCode;
  /** Short English display name, as news commonly writes it ("Turkey", "United States"). */
  name: string;
  /** Lowercase kebab-case URL slug ("united-states"; "world" for WLD, "eu" for EU). */
  slug: string;
  /** Every name of the country itself, `name` included ("Russia", "Russian Federation"). */
  names: string[];
  /** Demonyms, adjectives and combining forms ("Russian", "Russo" as in Russo-Georgian). */
  adjectives: string[];
  /** Capitals and metonyms for the government ("Moscow", "Kremlin"). */
  capitals: string[];
};

export const COUNTRIES: readonly Country[] = [
  // The world and the European Union
  { code: "WLD", name: "World", slug: "world", names: ["World", "the world"], adjectives: [], capitals: [] },
  { code: "EU", name: "European Union", slug: "eu", names: ["European Union", "the European Union", "EU", "the EU", "E.U.", "EU27", "EU-27", "EU28", "EU-28"], adjectives: [], capitals: ["Brussels"] },

  // Former Soviet republics
  { code: "ARM", name: "Armenia", slug: "armenia", names: ["Armenia", "Republic of Armenia"], adjectives: ["Armenian"], capitals: ["Yerevan"] },
  { code: "AZE", name: "Azerbaijan", slug: "azerbaijan", names: ["Azerbaijan", "Republic of Azerbaijan"], adjectives: ["Azerbaijani", "Azeri"], capitals: ["Baku"] },
  { code: "BLR", name: "Belarus", slug: "belarus", names: ["Belarus", "Republic of Belarus", "Belorussia", "Byelorussia"], adjectives: ["Belarusian", "Belarussian", "Belorussian", "Byelorussian"], capitals: ["Minsk"] },
  { code: "EST", name: "Estonia", slug: "estonia", names: ["Estonia"], adjectives: ["Estonian"], capitals: ["Tallinn"] },
  { code: "GEO", name: "Georgia", slug: "georgia", names: ["Georgia"], adjectives: ["Georgian"], capitals: ["Tbilisi"] },
  { code: "KAZ", name: "Kazakhstan", slug: "kazakhstan", names: ["Kazakhstan", "Republic of Kazakhstan"], adjectives: ["Kazakh", "Kazakhstani"], capitals: ["Astana", "Nur-Sultan"] },
  { code: "KGZ", name: "Kyrgyzstan", slug: "kyrgyzstan", names: ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizia"], adjectives: ["Kyrgyz", "Kyrgyzstani", "Kirghiz"], capitals: ["Bishkek"] },
  { code: "LVA", name: "Latvia", slug: "latvia", names: ["Latvia"], adjectives: ["Latvian"], capitals: ["Riga"] },
  { code: "LTU", name: "Lithuania", slug: "lithuania", names: ["Lithuania"], adjectives: ["Lithuanian"], capitals: ["Vilnius"] },
  { code: "MDA", name: "Moldova", slug: "moldova", names: ["Moldova", "Republic of Moldova"], adjectives: ["Moldovan"], capitals: ["Chisinau", "Chișinău", "Chişinău", "Kishinev"] },
  { code: "RUS", name: "Russia", slug: "russia", names: ["Russia", "Russian Federation", "the Russian Federation"], adjectives: ["Russian", "Russo"], capitals: ["Moscow", "Kremlin", "the Kremlin"] },
  { code: "TJK", name: "Tajikistan", slug: "tajikistan", names: ["Tajikistan", "Republic of Tajikistan"], adjectives: ["Tajik", "Tajikistani"], capitals: ["Dushanbe"] },
  { code: "TKM", name: "Turkmenistan", slug: "turkmenistan", names: ["Turkmenistan"], adjectives: ["Turkmen", "Turkmenistani"], capitals: ["Ashgabat", "Ashkhabad"] },
  { code: "UKR", name: "Ukraine", slug: "ukraine", names: ["Ukraine"], adjectives: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] },
  { code: "UZB", name: "Uzbekistan", slug: "uzbekistan", names: ["Uzbekistan", "Republic of Uzbekistan", "Uzbek Republic"], adjectives: ["Uzbek", "Uzbekistani"], capitals: ["Tashkent"] },

  // The rest of Europe
  { code: "ALB", name: "Albania", slug: "albania", names: ["Albania"], adjectives: ["Albanian"], capitals: ["Tirana"] },
  { code: "AND", name: "Andorra", slug: "andorra", names: ["Andorra"], adjectives: ["Andorran"], capitals: ["Andorra la Vella"] },
  { code: "AUT", name: "Austria", slug: "austria", names: ["Austria"], adjectives: ["Austrian"], capitals: ["Vienna"] },
  { code: "BEL", name: "Belgium", slug: "belgium", names: ["Belgium"], adjectives: ["Belgian"], capitals: [] },
  { code: "BIH", name: "Bosnia and Herzegovina", slug: "bosnia-and-herzegovina", names: ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "BiH"], adjectives: ["Bosnian"], capitals: ["Sarajevo"] },
  { code: "BGR", name: "Bulgaria", slug: "bulgaria", names: ["Bulgaria"], adjectives: ["Bulgarian"], capitals: ["Sofia"] },
  { code: "HRV", name: "Croatia", slug: "croatia", names: ["Croatia"], adjectives: ["Croatian"], capitals: ["Zagreb"] },
  { code: "CYP", name: "Cyprus", slug: "cyprus", names: ["Cyprus"], adjectives: ["Cypriot"], capitals: ["Nicosia"] },
  { code: "CZE", name: "Czech Republic", slug: "czech-republic", names: ["Czech Republic", "Czechia"], adjectives: ["Czech"], capitals: ["Prague"] },
  { code: "DNK", name: "Denmark", slug: "denmark", names: ["Denmark"], adjectives: ["Danish"], capitals: ["Copenhagen"] },
  { code: "FIN", name: "Finland", slug: "finland", names: ["Finland"], adjectives: ["Finnish"], capitals: ["Helsinki"] },
  { code: "FRA", name: "France", slug: "france", names: ["France"], adjectives: ["French", "Franco"], capitals: ["Paris", "Élysée", "Elysee"] },
  { code: "DEU", name: "Germany", slug: "germany", names: ["Germany", "Federal Republic of Germany"], adjectives: ["German"], capitals: ["Berlin"] },
  { code: "GRC", name: "Greece", slug: "greece", names: ["Greece", "Hellenic Republic"], adjectives: ["Greek", "Hellenic"], capitals: ["Athens"] },
  { code: "HUN", name: "Hungary", slug: "hungary", names: ["Hungary"], adjectives: ["Hungarian"], capitals: ["Budapest"] },
  { code: "ISL", name: "Iceland", slug: "iceland", names: ["Iceland"], adjectives: ["Icelandic"], capitals: ["Reykjavik", "Reykjavík"] },
  { code: "IRL", name: "Ireland", slug: "ireland", names: ["Ireland", "Republic of Ireland"], adjectives: ["Irish"], capitals: ["Dublin"] },
  { code: "ITA", name: "Italy", slug: "italy", names: ["Italy"], adjectives: ["Italian"], capitals: ["Rome"] },
  { code: "XKX", name: "Kosovo", slug: "kosovo", names: ["Kosovo"], adjectives: ["Kosovar", "Kosovan"], capitals: ["Pristina", "Prishtina"] },
  { code: "LIE", name: "Liechtenstein", slug: "liechtenstein", names: ["Liechtenstein"], adjectives: [], capitals: ["Vaduz"] },
  { code: "LUX", name: "Luxembourg", slug: "luxembourg", names: ["Luxembourg"], adjectives: ["Luxembourgish", "Luxembourger"], capitals: [] },
  { code: "MLT", name: "Malta", slug: "malta", names: ["Malta"], adjectives: ["Maltese"], capitals: ["Valletta"] },
  { code: "MCO", name: "Monaco", slug: "monaco", names: ["Monaco"], adjectives: ["Monegasque"], capitals: [] },
  { code: "MNE", name: "Montenegro", slug: "montenegro", names: ["Montenegro"], adjectives: ["Montenegrin"], capitals: ["Podgorica"] },
  { code: "NLD", name: "Netherlands", slug: "netherlands", names: ["Netherlands", "the Netherlands", "Holland"], adjectives: ["Dutch"], capitals: ["Amsterdam", "The Hague"] },
  { code: "MKD", name: "North Macedonia", slug: "north-macedonia", names: ["North Macedonia", "Macedonia", "Republic of North Macedonia"], adjectives: ["North Macedonian", "Macedonian"], capitals: ["Skopje"] },
  { code: "NOR", name: "Norway", slug: "norway", names: ["Norway"], adjectives: ["Norwegian"], capitals: ["Oslo"] },
  { code: "POL", name: "Poland", slug: "poland", names: ["Poland"], adjectives: ["Polish"], capitals: ["Warsaw"] },
  { code: "PRT", name: "Portugal", slug: "portugal", names: ["Portugal"], adjectives: ["Portuguese"], capitals: ["Lisbon"] },
  { code: "ROU", name: "Romania", slug: "romania", names: ["Romania"], adjectives: ["Romanian"], capitals: ["Bucharest"] },
  { code: "SMR", name: "San Marino", slug: "san-marino", names: ["San Marino"], adjectives: ["Sammarinese"], capitals: [] },
  { code: "SRB", name: "Serbia", slug: "serbia", names: ["Serbia"], adjectives: ["Serbian"], capitals: ["Belgrade"] },
  { code: "SVK", name: "Slovakia", slug: "slovakia", names: ["Slovakia", "Slovak Republic"], adjectives: ["Slovak", "Slovakian"], capitals: ["Bratislava"] },
  { code: "SVN", name: "Slovenia", slug: "slovenia", names: ["Slovenia"], adjectives: ["Slovenian", "Slovene"], capitals: ["Ljubljana"] },
  { code: "ESP", name: "Spain", slug: "spain", names: ["Spain"], adjectives: ["Spanish"], capitals: ["Madrid"] },
  { code: "SWE", name: "Sweden", slug: "sweden", names: ["Sweden"], adjectives: ["Swedish"], capitals: ["Stockholm"] },
  { code: "CHE", name: "Switzerland", slug: "switzerland", names: ["Switzerland"], adjectives: ["Swiss"], capitals: ["Bern", "Berne"] },
  { code: "GBR", name: "United Kingdom", slug: "united-kingdom", names: ["United Kingdom", "the United Kingdom", "UK", "U.K.", "Britain", "Great Britain"], adjectives: ["British"], capitals: ["London", "Downing Street"] },
  { code: "VAT", name: "Vatican City", slug: "vatican-city", names: ["Vatican City", "Vatican", "Holy See"], adjectives: [], capitals: [] },

  // Asia
  { code: "AFG", name: "Afghanistan", slug: "afghanistan", names: ["Afghanistan"], adjectives: ["Afghan"], capitals: ["Kabul"] },
  { code: "BGD", name: "Bangladesh", slug: "bangladesh", names: ["Bangladesh"], adjectives: ["Bangladeshi"], capitals: ["Dhaka"] },
  { code: "CHN", name: "China", slug: "china", names: ["China", "PRC", "People's Republic of China", "mainland China"], adjectives: ["Chinese", "Sino"], capitals: ["Beijing"] },
  { code: "HKG", name: "Hong Kong", slug: "hong-kong", names: ["Hong Kong"], adjectives: [], capitals: [] },
  { code: "IND", name: "India", slug: "india", names: ["India", "Republic of India"], adjectives: ["Indian"], capitals: ["New Delhi"] },
  { code: "IDN", name: "Indonesia", slug: "indonesia", names: ["Indonesia"], adjectives: ["Indonesian"], capitals: ["Jakarta"] },
  { code: "JPN", name: "Japan", slug: "japan", names: ["Japan"], adjectives: ["Japanese"], capitals: ["Tokyo"] },
  { code: "MYS", name: "Malaysia", slug: "malaysia", names: ["Malaysia"], adjectives: ["Malaysian"], capitals: ["Kuala Lumpur"] },
  { code: "MNG", name: "Mongolia", slug: "mongolia", names: ["Mongolia"], adjectives: ["Mongolian"], capitals: ["Ulaanbaatar", "Ulan Bator"] },
  { code: "MMR", name: "Myanmar", slug: "myanmar", names: ["Myanmar", "Burma"], adjectives: ["Burmese"], capitals: ["Naypyidaw", "Naypyitaw"] },
  { code: "PRK", name: "North Korea", slug: "north-korea", names: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], adjectives: ["North Korean"], capitals: ["Pyongyang"] },
  { code: "PAK", name: "Pakistan", slug: "pakistan", names: ["Pakistan"], adjectives: ["Pakistani"], capitals: ["Islamabad"] },
  { code: "PHL", name: "Philippines", slug: "philippines", names: ["Philippines", "the Philippines"], adjectives: ["Philippine", "Filipino"], capitals: ["Manila"] },
  { code: "SGP", name: "Singapore", slug: "singapore", names: ["Singapore"], adjectives: ["Singaporean"], capitals: [] },
  { code: "KOR", name: "South Korea", slug: "south-korea", names: ["South Korea", "Republic of Korea", "Korea"], adjectives: ["South Korean"], capitals: ["Seoul"] },
  { code: "LKA", name: "Sri Lanka", slug: "sri-lanka", names: ["Sri Lanka"], adjectives: ["Sri Lankan"], capitals: ["Colombo"] },
  { code: "TWN", name: "Taiwan", slug: "taiwan", names: ["Taiwan", "Chinese Taipei"], adjectives: ["Taiwanese"], capitals: ["Taipei"] },
  { code: "THA", name: "Thailand", slug: "thailand", names: ["Thailand"], adjectives: ["Thai"], capitals: ["Bangkok"] },
  { code: "TUR", name: "Turkey", slug: "turkey", names: ["Turkey", "Türkiye", "Turkiye"], adjectives: ["Turkish", "Turko"], capitals: ["Ankara"] },
  { code: "VNM", name: "Vietnam", slug: "vietnam", names: ["Vietnam", "Việt Nam", "Viet Nam"], adjectives: ["Vietnamese"], capitals: ["Hanoi"] },

  { code: "NPL", name: "Nepal", slug: "nepal", names: ["Nepal"], adjectives: ["Nepalese", "Nepali"], capitals: ["Kathmandu"] },
  { code: "KHM", name: "Cambodia", slug: "cambodia", names: ["Cambodia"], adjectives: ["Cambodian"], capitals: ["Phnom Penh"] },
  { code: "LAO", name: "Laos", slug: "laos", names: ["Laos", "Lao PDR"], adjectives: ["Laotian"], capitals: ["Vientiane"] },
  { code: "BRN", name: "Brunei", slug: "brunei", names: ["Brunei", "Brunei Darussalam"], adjectives: ["Bruneian"], capitals: [] },
  { code: "BTN", name: "Bhutan", slug: "bhutan", names: ["Bhutan"], adjectives: ["Bhutanese"], capitals: ["Thimphu"] },
  { code: "MDV", name: "Maldives", slug: "maldives", names: ["Maldives", "the Maldives"], adjectives: ["Maldivian"], capitals: [] },
  { code: "TLS", name: "Timor-Leste", slug: "timor-leste", names: ["Timor-Leste", "East Timor"], adjectives: ["Timorese"], capitals: ["Dili"] },
  { code: "MAC", name: "Macao", slug: "macao", names: ["Macao", "Macau"], adjectives: ["Macanese"], capitals: [] },
  // Middle East
  { code: "BHR", name: "Bahrain", slug: "bahrain", names: ["Bahrain"], adjectives: ["Bahraini"], capitals: ["Manama"] },
  { code: "IRN", name: "Iran", slug: "iran", names: ["Iran", "Islamic Republic of Iran"], adjectives: ["Iranian"], capitals: ["Tehran", "Teheran"] },
  { code: "IRQ", name: "Iraq", slug: "iraq", names: ["Iraq"], adjectives: ["Iraqi"], capitals: ["Baghdad"] },
  { code: "ISR", name: "Israel", slug: "israel", names: ["Israel"], adjectives: ["Israeli"], capitals: [] },
  { code: "JOR", name: "Jordan", slug: "jordan", names: ["Jordan"], adjectives: ["Jordanian"], capitals: ["Amman"] },
  { code: "KWT", name: "Kuwait", slug: "kuwait", names: ["Kuwait"], adjectives: ["Kuwaiti"], capitals: ["Kuwait City"] },
  { code: "LBN", name: "Lebanon", slug: "lebanon", names: ["Lebanon"], adjectives: ["Lebanese"], capitals: ["Beirut"] },
  { code: "OMN", name: "Oman", slug: "oman", names: ["Oman"], adjectives: ["Omani"], capitals: ["Muscat"] },
  { code: "QAT", name: "Qatar", slug: "qatar", names: ["Qatar"], adjectives: ["Qatari"], capitals: ["Doha"] },
  { code: "SAU", name: "Saudi Arabia", slug: "saudi-arabia", names: ["Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"], adjectives: ["Saudi", "Saudi Arabian"], capitals: ["Riyadh"] },
  { code: "SYR", name: "Syria", slug: "syria", names: ["Syria"], adjectives: ["Syrian"], capitals: ["Damascus"] },
  { code: "ARE", name: "United Arab Emirates", slug: "united-arab-emirates", names: ["United Arab Emirates", "UAE", "the UAE", "U.A.E."], adjectives: ["Emirati"], capitals: ["Abu Dhabi"] },
  { code: "YEM", name: "Yemen", slug: "yemen", names: ["Yemen"], adjectives: ["Yemeni"], capitals: ["Sanaa", "Sana'a"] },

  { code: "PSE", name: "Palestine", slug: "palestine", names: ["Palestine", "State of Palestine"], adjectives: ["Palestinian"], capitals: ["Ramallah"] },
  // Africa
  { code: "DZA", name: "Algeria", slug: "algeria", names: ["Algeria"], adjectives: ["Algerian"], capitals: ["Algiers"] },
  { code: "COD", name: "DR Congo", slug: "dr-congo", names: ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa"], adjectives: [], capitals: ["Kinshasa"] },
  { code: "EGY", name: "Egypt", slug: "egypt", names: ["Egypt"], adjectives: ["Egyptian"], capitals: ["Cairo"] },
  { code: "ETH", name: "Ethiopia", slug: "ethiopia", names: ["Ethiopia"], adjectives: ["Ethiopian"], capitals: ["Addis Ababa"] },
  { code: "KEN", name: "Kenya", slug: "kenya", names: ["Kenya"], adjectives: ["Kenyan"], capitals: ["Nairobi"] },
  { code: "LBY", name: "Libya", slug: "libya", names: ["Libya"], adjectives: ["Libyan"], capitals: [] },
  { code: "MAR", name: "Morocco", slug: "morocco", names: ["Morocco"], adjectives: ["Moroccan"], capitals: ["Rabat"] },
  { code: "NGA", name: "Nigeria", slug: "nigeria", names: ["Nigeria"], adjectives: ["Nigerian"], capitals: ["Abuja"] },
  { code: "COG", name: "Republic of the Congo", slug: "republic-of-the-congo", names: ["Republic of the Congo", "Congo-Brazzaville"], adjectives: [], capitals: ["Brazzaville"] },
  { code: "ZAF", name: "South Africa", slug: "south-africa", names: ["South Africa"], adjectives: ["South African"], capitals: ["Pretoria"] },
  { code: "TUN", name: "Tunisia", slug: "tunisia", names: ["Tunisia"], adjectives: ["Tunisian"], capitals: ["Tunis"] },

  { code: "AGO", name: "Angola", slug: "angola", names: ["Angola"], adjectives: ["Angolan"], capitals: ["Luanda"] },
  { code: "BEN", name: "Benin", slug: "benin", names: ["Benin"], adjectives: ["Beninese"], capitals: ["Porto-Novo"] },
  { code: "BWA", name: "Botswana", slug: "botswana", names: ["Botswana"], adjectives: ["Botswanan"], capitals: ["Gaborone"] },
  { code: "BFA", name: "Burkina Faso", slug: "burkina-faso", names: ["Burkina Faso"], adjectives: ["Burkinabe"], capitals: ["Ouagadougou"] },
  { code: "CMR", name: "Cameroon", slug: "cameroon", names: ["Cameroon"], adjectives: ["Cameroonian"], capitals: ["Yaoundé", "Yaounde"] },
  { code: "CIV", name: "Côte d'Ivoire", slug: "cote-d-ivoire", names: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"], adjectives: ["Ivorian"], capitals: ["Yamoussoukro"] },
  { code: "GAB", name: "Gabon", slug: "gabon", names: ["Gabon"], adjectives: ["Gabonese"], capitals: ["Libreville"] },
  { code: "GHA", name: "Ghana", slug: "ghana", names: ["Ghana"], adjectives: ["Ghanaian"], capitals: ["Accra"] },
  { code: "MDG", name: "Madagascar", slug: "madagascar", names: ["Madagascar"], adjectives: ["Malagasy"], capitals: ["Antananarivo"] },
  { code: "MLI", name: "Mali", slug: "mali", names: ["Mali"], adjectives: ["Malian"], capitals: ["Bamako"] },
  { code: "MOZ", name: "Mozambique", slug: "mozambique", names: ["Mozambique"], adjectives: ["Mozambican"], capitals: ["Maputo"] },
  { code: "NAM", name: "Namibia", slug: "namibia", names: ["Namibia"], adjectives: ["Namibian"], capitals: ["Windhoek"] },
  { code: "NER", name: "Niger", slug: "niger", names: ["Niger"], adjectives: ["Nigerien"], capitals: ["Niamey"] },
  { code: "RWA", name: "Rwanda", slug: "rwanda", names: ["Rwanda"], adjectives: ["Rwandan"], capitals: ["Kigali"] },
  { code: "BDI", name: "Burundi", slug: "burundi", names: ["Burundi"], adjectives: ["Burundian"], capitals: ["Gitega"] },
  { code: "SSD", name: "South Sudan", slug: "south-sudan", names: ["South Sudan"], adjectives: ["South Sudanese"], capitals: ["Juba"] },
  { code: "MWI", name: "Malawi", slug: "malawi", names: ["Malawi"], adjectives: ["Malawian"], capitals: ["Lilongwe"] },
  { code: "TCD", name: "Chad", slug: "chad", names: ["Chad"], adjectives: ["Chadian"], capitals: ["N'Djamena"] },
  { code: "MRT", name: "Mauritania", slug: "mauritania", names: ["Mauritania"], adjectives: ["Mauritanian"], capitals: ["Nouakchott"] },
  { code: "MUS", name: "Mauritius", slug: "mauritius", names: ["Mauritius"], adjectives: ["Mauritian"], capitals: ["Port Louis"] },
  { code: "DJI", name: "Djibouti", slug: "djibouti", names: ["Djibouti"], adjectives: ["Djiboutian"], capitals: [] },
  { code: "ERI", name: "Eritrea", slug: "eritrea", names: ["Eritrea"], adjectives: ["Eritrean"], capitals: ["Asmara"] },
  { code: "SLE", name: "Sierra Leone", slug: "sierra-leone", names: ["Sierra Leone"], adjectives: ["Sierra Leonean"], capitals: ["Freetown"] },
  { code: "LBR", name: "Liberia", slug: "liberia", names: ["Liberia"], adjectives: ["Liberian"], capitals: ["Monrovia"] },
  { code: "TGO", name: "Togo", slug: "togo", names: ["Togo"], adjectives: ["Togolese"], capitals: ["Lomé", "Lome"] },
  { code: "SEN", name: "Senegal", slug: "senegal", names: ["Senegal"], adjectives: ["Senegalese"], capitals: ["Dakar"] },
  { code: "SOM", name: "Somalia", slug: "somalia", names: ["Somalia"], adjectives: ["Somali"], capitals: ["Mogadishu"] },
  { code: "SDN", name: "Sudan", slug: "sudan", names: ["Sudan"], adjectives: ["Sudanese"], capitals: ["Khartoum"] },
  { code: "TZA", name: "Tanzania", slug: "tanzania", names: ["Tanzania"], adjectives: ["Tanzanian"], capitals: ["Dodoma"] },
  { code: "UGA", name: "Uganda", slug: "uganda", names: ["Uganda"], adjectives: ["Ugandan"], capitals: ["Kampala"] },
  { code: "ZMB", name: "Zambia", slug: "zambia", names: ["Zambia"], adjectives: ["Zambian"], capitals: ["Lusaka"] },
  { code: "ZWE", name: "Zimbabwe", slug: "zimbabwe", names: ["Zimbabwe"], adjectives: ["Zimbabwean"], capitals: ["Harare"] },
  { code: "LSO", name: "Lesotho", slug: "lesotho", names: ["Lesotho"], adjectives: [], capitals: ["Maseru"] },
  { code: "SWZ", name: "Eswatini", slug: "eswatini", names: ["Eswatini", "Swaziland"], adjectives: ["Swazi"], capitals: ["Mbabane"] },
  { code: "GIN", name: "Guinea", slug: "guinea", names: ["Guinea", "Republic of Guinea"], adjectives: ["Guinean"], capitals: ["Conakry"] },
  { code: "GNB", name: "Guinea-Bissau", slug: "guinea-bissau", names: ["Guinea-Bissau"], adjectives: ["Bissau-Guinean"], capitals: [] },
  { code: "GNQ", name: "Equatorial Guinea", slug: "equatorial-guinea", names: ["Equatorial Guinea"], adjectives: ["Equatoguinean"], capitals: ["Malabo"] },
  { code: "GMB", name: "Gambia", slug: "gambia", names: ["Gambia", "The Gambia"], adjectives: ["Gambian"], capitals: ["Banjul"] },
  { code: "CPV", name: "Cabo Verde", slug: "cabo-verde", names: ["Cabo Verde", "Cape Verde"], adjectives: ["Cape Verdean"], capitals: [] },
  { code: "CAF", name: "Central African Republic", slug: "central-african-republic", names: ["Central African Republic"], adjectives: [], capitals: ["Bangui"] },
  { code: "COM", name: "Comoros", slug: "comoros", names: ["Comoros", "the Comoros"], adjectives: ["Comorian"], capitals: ["Moroni"] },
  { code: "SYC", name: "Seychelles", slug: "seychelles", names: ["Seychelles", "the Seychelles"], adjectives: ["Seychellois"], capitals: [] },
  { code: "STP", name: "São Tomé and Príncipe", slug: "sao-tome-and-principe", names: ["São Tomé and Príncipe", "Sao Tome and Principe"], adjectives: [], capitals: [] },
  // The Americas
  { code: "ARG", name: "Argentina", slug: "argentina", names: ["Argentina"], adjectives: ["Argentine", "Argentinian"], capitals: ["Buenos Aires"] },
  { code: "BRA", name: "Brazil", slug: "brazil", names: ["Brazil"], adjectives: ["Brazilian"], capitals: ["Brasília", "Brasilia"] },
  { code: "CAN", name: "Canada", slug: "canada", names: ["Canada"], adjectives: ["Canadian"], capitals: ["Ottawa"] },
  { code: "CHL", name: "Chile", slug: "chile", names: ["Chile"], adjectives: ["Chilean"], capitals: [] },
  { code: "COL", name: "Colombia", slug: "colombia", names: ["Colombia"], adjectives: ["Colombian"], capitals: ["Bogotá", "Bogota"] },
  { code: "CUB", name: "Cuba", slug: "cuba", names: ["Cuba"], adjectives: ["Cuban"], capitals: ["Havana"] },
  { code: "MEX", name: "Mexico", slug: "mexico", names: ["Mexico"], adjectives: ["Mexican"], capitals: ["Mexico City"] },
  { code: "PER", name: "Peru", slug: "peru", names: ["Peru"], adjectives: ["Peruvian"], capitals: ["Lima"] },
  { code: "USA", name: "United States", slug: "united-states", names: ["United States", "the United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"], adjectives: ["American"], capitals: ["Washington", "White House", "the White House"] },
  { code: "VEN", name: "Venezuela", slug: "venezuela", names: ["Venezuela"], adjectives: ["Venezuelan"], capitals: ["Caracas"] },

  { code: "BOL", name: "Bolivia", slug: "bolivia", names: ["Bolivia"], adjectives: ["Bolivian"], capitals: ["La Paz", "Sucre"] },
  { code: "CRI", name: "Costa Rica", slug: "costa-rica", names: ["Costa Rica"], adjectives: ["Costa Rican"], capitals: ["San José", "San Jose"] },
  { code: "ECU", name: "Ecuador", slug: "ecuador", names: ["Ecuador"], adjectives: ["Ecuadorian", "Ecuadorean"], capitals: ["Quito"] },
  { code: "GTM", name: "Guatemala", slug: "guatemala", names: ["Guatemala"], adjectives: ["Guatemalan"], capitals: [] },
  { code: "HND", name: "Honduras", slug: "honduras", names: ["Honduras"], adjectives: ["Honduran"], capitals: ["Tegucigalpa"] },
  { code: "JAM", name: "Jamaica", slug: "jamaica", names: ["Jamaica"], adjectives: ["Jamaican"], capitals: ["Kingston"] },
  { code: "NIC", name: "Nicaragua", slug: "nicaragua", names: ["Nicaragua"], adjectives: ["Nicaraguan"], capitals: ["Managua"] },
  { code: "PAN", name: "Panama", slug: "panama", names: ["Panama"], adjectives: ["Panamanian"], capitals: [] },
  { code: "PRY", name: "Paraguay", slug: "paraguay", names: ["Paraguay"], adjectives: ["Paraguayan"], capitals: ["Asunción", "Asuncion"] },
  { code: "URY", name: "Uruguay", slug: "uruguay", names: ["Uruguay"], adjectives: ["Uruguayan"], capitals: ["Montevideo"] },
  { code: "DOM", name: "Dominican Republic", slug: "dominican-republic", names: ["Dominican Republic", "the Dominican Republic"], adjectives: ["Dominican"], capitals: ["Santo Domingo"] },
  { code: "HTI", name: "Haiti", slug: "haiti", names: ["Haiti"], adjectives: ["Haitian"], capitals: ["Port-au-Prince"] },
  { code: "SLV", name: "El Salvador", slug: "el-salvador", names: ["El Salvador"], adjectives: ["Salvadoran"], capitals: ["San Salvador"] },
  { code: "TTO", name: "Trinidad and Tobago", slug: "trinidad-and-tobago", names: ["Trinidad and Tobago"], adjectives: [], capitals: ["Port of Spain"] },
  { code: "BHS", name: "Bahamas", slug: "bahamas", names: ["Bahamas", "the Bahamas"], adjectives: ["Bahamian"], capitals: [] },
  { code: "BRB", name: "Barbados", slug: "barbados", names: ["Barbados"], adjectives: ["Barbadian"], capitals: ["Bridgetown"] },
  { code: "BLZ", name: "Belize", slug: "belize", names: ["Belize"], adjectives: ["Belizean"], capitals: ["Belmopan"] },
  { code: "GUY", name: "Guyana", slug: "guyana", names: ["Guyana"], adjectives: ["Guyanese"], capitals: [] },
  { code: "SUR", name: "Suriname", slug: "suriname", names: ["Suriname"], adjectives: ["Surinamese"], capitals: ["Paramaribo"] },
  { code: "PRI", name: "Puerto Rico", slug: "puerto-rico", names: ["Puerto Rico"], adjectives: ["Puerto Rican"], capitals: [] },
  // Oceania
  { code: "AUS", name: "Australia", slug: "australia", names: ["Australia"], adjectives: ["Australian"], capitals: ["Canberra"] },
  { code: "NZL", name: "New Zealand", slug: "new-zealand", names: ["New Zealand"], adjectives: [], capitals: ["Wellington"] },
  { code: "PNG", name: "Papua New Guinea", slug: "papua-new-guinea", names: ["Papua New Guinea"], adjectives: ["Papua New Guinean"], capitals: ["Port Moresby"] },
  { code: "FJI", name: "Fiji", slug: "fiji", names: ["Fiji"], adjectives: ["Fijian"], capitals: ["Suva"] },
  { code: "SLB", name: "Solomon Islands", slug: "solomon-islands", names: ["Solomon Islands", "the Solomon Islands"], adjectives: [], capitals: ["Honiara"] },
  { code: "VUT", name: "Vanuatu", slug: "vanuatu", names: ["Vanuatu"], adjectives: [], capitals: ["Port Vila"] },
  { code: "WSM", name: "Samoa", slug: "samoa", names: ["Samoa"], adjectives: ["Samoan"], capitals: ["Apia"] },
  { code: "TON", name: "Tonga", slug: "tonga", names: ["Tonga"], adjectives: ["Tongan"], capitals: [] },
];

const byCode = new Map(COUNTRIES.map((country) => [country.code, country]));
const bySlug = new Map(COUNTRIES.map((country) => [country.slug, country]));

/** The country with exactly this code ("BLR", "WLD", "EU"; case-sensitive), else undefined. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code);
}

/** The URL slug of a country code, or the lowercased code for one the country table lacks. */
export function slugOfCode(code: string): string {
  return countryByCode(code)?.slug ?? code.toLowerCase();
}

/** The country with exactly this URL slug ("belarus", "world", "eu"; case-sensitive), else undefined. */
export function countryBySlug(slug: string): Country | undefined {
  return bySlug.get(slug);
}

/**
 * Names in the countries' own languages and in Russian (the region's common language of news),
 * for finding a country by name; the extractor's names are in `names`.
 */
const LOCAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  BLR: ["Беларусь", "Белоруссия", "Рэспубліка Беларусь", "Республика Беларусь"],
  RUS: ["Россия", "Российская Федерация", "РФ"],
  UKR: ["Україна", "Украина"],
  POL: ["Polska", "Польша"],
  LTU: ["Lietuva", "Литва"],
  LVA: ["Latvija", "Латвия"],
  EST: ["Eesti", "Эстония"],
  DEU: ["Deutschland", "Германия"],
  CHN: ["中国", "Китай"],
  KAZ: ["Қазақстан", "Казахстан"],
  UZB: ["Oʻzbekiston", "Ozbekiston", "Узбекистан"],
  KGZ: ["Кыргызстан", "Киргизия"],
  TJK: ["Тоҷикистон", "Таджикистан"],
  TKM: ["Türkmenistan", "Туркменистан"],
  GEO: ["საქართველო", "Грузия"],
  AZE: ["Azərbaycan", "Азербайджан"],
  ARM: ["Հայաստան", "Армения"],
  MDA: ["Молдова", "Молдавия"],
  TUR: ["Турция"],
  IRN: ["ایران", "Иран"],
  IND: ["भारत", "Индия"],
  USA: ["США", "Соединённые Штаты"],
  VNM: ["Việt Nam", "Вьетнам"],
  SRB: ["Србија", "Сербия"],
  EU: ["Европейский союз", "Евросоюз", "ЕС"],
};

/** Lower case, accents and the Turkish dotless i folded away: "Türkiye" and "turkiye" match. */
function searchForm(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").toLocaleLowerCase("en").trim();
}

/** Whether a country is one the search text names: any of its names, in English or its own language, contains the text. */
export function countryMatches(code: string, query: string): boolean {
  const wanted = searchForm(query);
  if (!wanted) return true;
  const country = countryByCode(code);
  const names = [code, ...(country ? [country.name, ...country.names] : []), ...(LOCAL_NAMES[code] ?? [])];
  return names.some((name) => searchForm(name).includes(wanted));
}
