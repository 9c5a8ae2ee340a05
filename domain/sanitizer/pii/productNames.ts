/**
 * A person's name used as a product's: "the Dr. Martens boots", "the Paul Mitchell shampoo", "a pair of Dr. Scholl's
 * insoles", "my new Kelly Slater surfboard", "the Harper Collins book", "the Hudson Bay store". Between an article and
 * the noun of a product, a plan or a shop a name names it; "the Okafor account", "the Dr. Okafor appointment" stay
 * people's.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|a pair of|pairs? of|my new|our new|some|these|those|new)\s+$/iu;
const PRODUCT_NOUN_AFTER =
  /^\s+(?:boots?|shoes?|sandals?|trainers?|sneakers?|insoles?|bags?|handbags?|wallets?|purses?|belts?|watch(?:es)?|sunglasses|glasses|dress(?:es)?|shirts?|t-shirts?|polos?|jackets?|coats?|jeans|jumpers?|hoodies?|perfumes?|fragrances?|aftershave|cologne|shampoo|conditioner|cream|moisturi[sz]er|lipstick|make-?up|soap|cakes?|pizzas?|sodas?|drinks?|cans?|bottles?|surfboards?|skateboards?|guitars?|rackets?|clubs?|machines?|products?|range|collection|line|edition|set|gift set|kit|books?|novels?|albums?|packages?|bundles?|plans?|tariffs?|deals?|offers?|box(?:es)?|brand|stores?|shops?|branch(?:es)?|outlets?|dealerships?|showrooms?|restaurants?|hotels?|salons?|dvds?|cds?|films?|movies?|games?|toys?|dolls?|candles?)(?![\p{L}])/iu;
const SPACE = 32;

/** Whether the name at `start`..`end` stands between an article and a product's noun. */
export function isProductName(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(end) === SPACE &&
    PRODUCT_NOUN_AFTER.test(text.slice(end, end + 20)) &&
    ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}

/**
 * A name said again as a product's, a plan's or a car's: after an indefinite article ("ich fahre einen Mercedes", "an
 * Austin", "un Mercedes"; not "a", Portuguese's article before a woman's name: "a Gabriela") or after the noun of a
 * plan, pack or model, the Romance order ("o plano Gabriela", "el pack Victoria", "le forfait Florence"). Read only
 * for a name said again: the person is already named elsewhere in the turn.
 */
const PRODUCT_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:an|ein|eine|einen|einem|einer|un|une|una|um|uma|plan|plano|pack|paquete|paquet|pacote|forfait|offre|oferta|tarifa|tarif|modelo|modèle|modell|modello|formule|abono|abonnement|assinatura)\s+$/iu;

/** Whether the name said again at `start`..`end` names a product (isProductName) or follows a product's word. */
export const isProductNameSaidAgain = (text: string, start: number, end: number): boolean =>
  isProductName(text, start, end) || PRODUCT_WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start));

/**
 * Brands named after people, each as written: "Jack Daniels", "Dr Martens", "Mr Kipling", "Harley-Davidson". No
 * caller's name, in any of the three shapes a finder reads: two words (a bare name's pair), a title and a surname (a
 * titled name after a cue), two surnames joined by a hyphen (one word, that would be a double-barrelled surname).
 */
const PERSON_NAMED_BRANDS = [
  ...`Jack Daniels|Jack Daniel's|Johnnie Walker|Jim Beam|Jose Cuervo|Captain Morgan|Ted Baker|Calvin Klein|Ralph Lauren|Tommy Hilfiger|Michael Kors|Marc Jacobs|Kate Spade|Tory Burch|Hugo Boss|Paul Smith|Karen Millen|Ben Sherman|Fred Perry|Jimmy Choo|Vera Wang|John Lewis|Jack Wills|Joe Browns|Tom Ford|Sam Adams|Betty Crocker|Sara Lee|Martha Stewart|Tim Hortons|Jack Wolfskin|Oscar Mayer|Ben Jerry|Ben & Jerry|Stella McCartney|Victoria Beckham|Alexander McQueen|Ronald McDonald|Wendy Williams|Harvey Nichols|William Hill|Joe Wicks|Jamie Oliver|Gordon Ramsay|Bobbi Brown|Estee Lauder|Kiehls|Charlotte Tilbury`.split(
    '|',
  ),
  // A possessive's apostrophe is optional and either way round in a titled brand: "Dr Brown's" is also "Dr Browns";
  // "Dr Brown" alone is a doctor.
  ...`Dr Martens|Dr Marten's|Dr Pepper|Dr Oetker|Dr Scholl|Dr Scholl's|Dr Bronner's|Dr Brown's|Dr Jart|Dr Dre`.split(
    '|',
  ),
  ...`Mr Kipling|Mr Muscle|Mr Clean|Mr Sheen|Mr Coffee|Mr Freeze|Mr Whippy|Mr Bean|Mr Men`.split('|'),
  ...`Mrs Dash|Mrs Fields|Mrs Butterworth|Mrs Butterworth's|Mrs Baird's`.split('|'),
  ...`Hewlett-Packard|Harley-Davidson|Rolls-Royce|Mercedes-Benz|Marks-Spencer|Procter-Gamble|Johnson-Johnson|Bang-Olufsen|Black-Decker|Dolce-Gabbana|Baskin-Robbins|Smith-Wesson`.split(
    '|',
  ),
];
const TITLED = /^(Dr|Mr|Mrs) (.+)$/;
/**
 * Folded (lower case: the list is ASCII) unhyphenated brands, a bare name's span compared whole (the titled ones
 * never match there: a title is no part of a bare name).
 */
export const PERSON_BRANDS: ReadonlySet<string> = new Set(
  PERSON_NAMED_BRANDS.filter((brand) => !brand.includes('-')).map((brand) => brand.toLowerCase()),
);
/** Folded hyphenated brands: a word that would otherwise be a double-barrelled surname. */
export const DOUBLE_BRANDS: ReadonlySet<string> = new Set(
  PERSON_NAMED_BRANDS.filter((brand) => brand.includes('-')).map((brand) => brand.toLowerCase()),
);
/** A title and a surname that are a brand, at the start of a titled name as said ("Dr. Martens boots", "mr kipling"). */
export const TITLED_BRANDS = (() => {
  const byTitle = new Map<string, string[]>();
  for (const brand of PERSON_NAMED_BRANDS) {
    const m = TITLED.exec(brand);
    if (!m) continue;
    const surname = m[2].toLowerCase().replace("'", "['’]?");
    byTitle.set(m[1].toLowerCase(), [...(byTitle.get(m[1].toLowerCase()) ?? []), surname]);
  }
  const titles = [...byTitle].map(([title, surnames]) => `${title}\\.?\\s+(?:${surnames.join('|')})`);
  return new RegExp(`^(?:${titles.join('|')})(?![\\p{L}])`, 'iu');
})();
