/**
 * A person's name used as a product's: "the Dr. Martens boots", "the Paul Mitchell shampoo", "a pair of Dr. Scholl's
 * insoles", "my new Kelly Slater surfboard". Between an article and a product's noun a name names the product; "the
 * Okafor account", "the Dr. Okafor appointment" stay people's.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|a pair of|pairs? of|my new|our new|some|these|those|new)\s+$/iu;
const PRODUCT_NOUN_AFTER =
  /^\s+(?:boots?|shoes?|sandals?|trainers?|sneakers?|insoles?|bags?|handbags?|wallets?|purses?|belts?|watch(?:es)?|sunglasses|glasses|dress(?:es)?|shirts?|t-shirts?|polos?|jackets?|coats?|jeans|jumpers?|hoodies?|perfumes?|fragrances?|aftershave|cologne|shampoo|conditioner|cream|moisturi[sz]er|lipstick|make-?up|soap|cakes?|pizzas?|sodas?|drinks?|cans?|bottles?|surfboards?|skateboards?|guitars?|rackets?|clubs?|machines?|products?|range|collection|line|edition|set|gift set|kit)(?![\p{L}])/iu;
const SPACE = 32;

/** Whether the name at `start`..`end` stands between an article and a product's noun. */
export function isProductName(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(end) === SPACE &&
    PRODUCT_NOUN_AFTER.test(text.slice(end, end + 20)) &&
    ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  );
}
