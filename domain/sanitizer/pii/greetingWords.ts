/**
 * The words a greeting or thanks is followed by that are no name (cuedNames.ts reads them after "Hi", "Thanks",
 * "Danke", "Merci", "Olá"): in a module of their own, as word lists change apart from the scans.
 */
/**
 * Words said to someone in place of a name after a greeting or thanks, in the five languages ("Hi Folks,", "Thanks
 * Guys,", "Hola Amor,", "Olá Pessoal,", "Danke Schatz,", "Merci Chef !", "Valeu Demais!"), folded: the lexicon holds
 * most as ordinary words, as it holds some given names ("Rahul"), so they are listed here.
 */
export const TERMS_OF_ADDRESS = new Set(
  `all everyone everybody guys folks gals ladies gentlemen team love darling sweetie sweetheart honey babe baby buddy
  mate pal boss chief sunshine friend friends amor carino guapa guapo mijo mija chicos chicas amigo amiga amigos
  senores todos jefe jefa equipo compa pessoal galera gente querida querido moco moca chefe time equipe demais mesmo
  muito mano mana tous chef cheri cherie amis copain copine patron equipe schatz liebling leute zusammen alle chefin
  kollegen kollege`.split(/\s+/),
);
/**
 * Words a greeting or thanks goes on with, in the five languages, that a title-case turn capitalises ("Thanks Again!",
 * "Danke Ihnen,", "Merci Pour Tout !", "Olá Tudo Bem?"), folded: no name starts with one.
 */
export const AFTER_THANKS = new Set(
  `again for everything anyway ihnen euch dir dich nochmals nochmal vielmals sehr und fur im pela pelo por pour tout
  tous todo todos tudo muito encore beaucoup igualmente infiniment`.split(/\s+/),
);
