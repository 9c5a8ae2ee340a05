/**
 * The capitalized words a cue can be followed by that are not names, in a module of its own: the cue verdicts
 * (cuedNameVerdicts.ts) and the signed lines (signOffNames.ts, which the bare names import) both read it, and the
 * verdicts import the bare names.
 */
/** Capitalized words a cue can be followed by that are not names (folded). */
export const NOT_A_NAME = new Set(
  `the a an my our your his her their this that it is not just only customer care support billing sales service team department office
  company bank calling here there about regarding from with and or but so i i'm we you he she they what which who how yes no okay ok
  please thanks thank sorry hello hi good great fine monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december today tomorrow yesterday un una el la los las le les der die das ein
  eine kunde kundin cliente client o os um uma english spanish french german portuguese american canadian british going
  back done ready new sure happy interested confused trying looking still also just on at in section settings review
  investigation warranty contract article clause chapter page item plan option menu tab you're you’re we're we’re they're
  they’re he's he’s she's she’s who's who’s who everyone somebody someone nobody speaking correct right mine myself am
  bye goodbye cheers caller agent advisor adviser bon bonne bonnes buen buena buenas buenos bom boa boas guten gute
  schönen schonen feliz joyeux empresa companhia compañía compania banco suporte soporte atendimento atención atencion
  loja tienda serviço servico servicio departamento equipe equipo setor central atendente atendentes operador operadora
  asesor asesora agente conseiller conseillere berater beraterin servizio clienti assistenza ufficio klantenservice
  afdeling post firma banque banca italiano italiana italiani straniero straniera olandese nederlander nederlandse belg
  belga tedesco tedesca spagnolo spagnola francese inglese portoghese duitser duitse fransman franse engelsman engelse
  spanjaard spaanse italiaan italiaanse marokkaan marokkaanse turk turkse surinamer surinaamse pool poolse belgische
  klant student gepensioneerd`.split(/\s+/),
);
