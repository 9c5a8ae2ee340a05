/**
 * Common short forms of first names, English and the other languages callers speak: a participant named
 * "William" is called "Bill" or "Will" in the call, "Katherine" is "Kate", "Muhammad" is written "Mohammed".
 * Each line is one family; a name finds the other names of its family (folded: lower case, no diacritics).
 */
const FAMILIES = `william will bill billy liam willy
robert rob bob bobby robbie bert
richard rick ricky rich dick richie
elizabeth liz lizzie beth betty eliza lisa libby elisabeth elisa
katherine kate kathy katie kat cathy catherine kathryn kay
margaret maggie meg peggy marge greta marguerite margarita margarida margarete margarethe margot
alexander alexandra alex sasha alejandro alessandro alexandre lexi
muhammad mohammed mohamed mohammad muhammed mohamad
michael mike mikey mick mickey micky
james jim jimmy jamie
jennifer jen jenny
christopher chris kit topher
christine christina chris tina kristina kristen
matthew matt matty
daniel dan danny
daniela dani
joseph joe joey jose pepe giuseppe beppe
thomas tom tommy
samuel samantha sam sammy
benjamin ben benny
jonathan jon john johnny jack
edward ed eddie ted ned
anthony tony antonio toni
nicholas nick nicky nico nicolas
patricia pat patty trish tricia
patrick pat paddy
victoria vicky tori
rebecca becky becca bex
susan sue suzy susie
deborah debbie deb debra
stephanie steph
steven stephen steve stevie esteban
andrew andy drew andreas andres
timothy tim timmy
gregory greg
jessica jess jessie
abigail abby abbie
nathaniel nathan nate
zachary zach zack
joshua josh
kenneth ken kenny
ronald ron ronnie
donald don donnie
lawrence larry laurence
frederick fred freddie freddy
theodore theo teddy ted
charles charlie chuck chas
henry harry hank
eleanor ellie nora elle
isabella isabel bella izzy isabelle
gabriel gabe gabi
gabriella gabrielle gabby
olivia liv livvy
natalie nat natalia
francisco paco pancho fran
francesca francesco fran frankie
jacqueline jackie jacky
johannes hans johann
guillermo memo
vincent vince vinnie
raymond ray
leonard leo len lenny
louis lou louie luis
dorothy dot dottie
penelope penny
jeffrey jeff geoffrey
douglas doug
philip phil phillip
gerald gerry jerry
harold harry hal
walter walt wally
albert al bert bertie
frances fran frankie
sandra sandy
pamela pam
barbara barb babs
cynthia cindy
melissa mel missy
amanda mandy
jacob jake
benedict ben
dominic dom
oliver ollie
maximilian max maxim maximilian
`;

const BY_NAME = new Map<string, Set<string>>();
for (const line of FAMILIES.trim().split('\n')) {
  const names = line.trim().split(/\s+/);
  for (const name of names) {
    const family = BY_NAME.get(name) ?? new Set<string>();
    for (const other of names) if (other !== name) family.add(other);
    BY_NAME.set(name, family);
  }
}

/** The other names of a folded first name's families (three letters or more: "Al", "Ed" are too common as words). */
export const nicknamesOf = (folded: string): string[] =>
  [...(BY_NAME.get(folded) ?? [])].filter((name) => name.length >= 3);
