/**
 * The rules of account, policy, member and customer numbers: the cue words and number shapes a deployment sets in
 * config/pii.json (validated by AccountNumberRulesSchema), and the defaults, which that file ships (test/config.test.ts
 * keeps them equal). The detector is accountNumber.ts.
 */
import { z } from 'zod';

const compiles = (source: string): boolean => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

export const AccountNumberRulesSchema = z.object({
  /** Words or phrases that introduce the number ("policy", "member id"); matched case-insensitively. */
  cues: z.array(z.string().min(2).max(60)).min(1),
  /** Regular expressions (no anchors, no flags) for the number itself; the first that matches wins. */
  shapes: z.array(z.string().min(1).max(200).refine(compiles, 'not a valid regular expression')).min(1),
});
export type AccountNumberRules = z.infer<typeof AccountNumberRulesSchema>;

export const DEFAULT_ACCOUNT_NUMBER_RULES: AccountNumberRules = {
  cues: [
    // English
    'account',
    'accounts',
    'acct',
    'a/c',
    'policy',
    'policies',
    'member',
    'membership',
    'customer number',
    'customer no',
    'customer id',
    'customer #',
    'customer reference',
    'customer ref',
    'client reference',
    'client ref',
    'my reference',
    'client number',
    'client id',
    'subscriber',
    'subscriber id',
    'subscription number',
    'loyalty',
    'frequent flyer',
    'frequent flier',
    'rewards number',
    'billing id',
    'billing number',
    'contract number',
    'contract no',
    'contract ref',
    'contract reference',
    'contract id',
    'plan number',
    'patient number',
    'patient id',
    'medical record number',
    'insurance id',
    'insurance number',
    'insurance no',
    'mrn',
    'student id',
    'student number',
    'employee id',
    'employee number',
    'staff number',
    'medicare',
    'medicaid',
    'nhs number',
    'health card number',
    'health plan',
    'plan id',
    // Spanish
    'número de cuenta',
    'número de cliente',
    'número de póliza',
    'número de socio',
    'número de contrato',
    'póliza',
    'número de afiliado',
    'número de asegurado',
    'número de abonado',
    'número de suscriptor',
    // French
    'numéro de client',
    'numéro de compte',
    'numéro de police',
    'numéro de contrat',
    "numéro d'adhérent",
    'numéro d’adhérent',
    'numéro de membre',
    'numéro client',
    'numéro d’abonné',
    "numéro d'abonné",
    'référence client',
    'numéro adhérent',
    'numéro de fidélité',
    'numéro de sociétaire',
    // German
    'kundennummer',
    'kundennr',
    'kundennr.',
    'kontonummer',
    'mitgliedsnummer',
    'mitgliedsnr',
    'mitgliedsnr.',
    'versicherungsnummer',
    'vertragsnummer',
    'policennummer',
    'versicherungsscheinnummer',
    'versichertennummer',
    'abonnentennummer',
    'vertragsnr',
    'vertragsnr.',
    // Portuguese
    'número da conta',
    'número de conta',
    // With a possessive between the number and its noun ("o número da minha conta é ...").
    'número de mi cuenta',
    'número de su cuenta',
    'número de mi póliza',
    'numéro de mon compte',
    'numéro de votre compte',
    'numéro de mon contrat',
    'número da minha conta',
    'número da sua conta',
    'número do meu contrato',
    'número da minha apólice',
    'nummer meines kontos',
    'nummer meines vertrags',
    'número do cliente',
    'número de sócio',
    'número do contrato',
    'número da apólice',
    'apólice',
    'número de utente',
    'número de assinante',
    'número de associado',
    // Italian
    'numero di conto',
    'numero cliente',
    'codice cliente',
    'numero di polizza',
    'polizza',
    'numero di contratto',
    'codice contratto',
    'numero tessera',
    'numero di abbonato',
    'numero socio',
    'numero di socio',
    'numero di tessera',
    // Dutch
    'klantnummer',
    'klantnr',
    'klantnr.',
    'polisnummer',
    'lidnummer',
    'lidmaatschapsnummer',
    'contractnummer',
    'abonneenummer',
  ],
  // The first shape that matches wins, so the longer reading comes first.
  shapes: [
    // Digit groups read out with spaces: 1234 5678 90, the Spanish bank account's 0049 1500 05 1234567892, and the
    // French pairs-then-triples: 55 210 984.
    '\\d{3,6}(?: \\d{2,6}){0,3} \\d{2,10}(?:-\\d(?!\\d))?',
    // The German pension insurance number: 12 345678 A 123.
    '\\d{2} ?\\d{6} ?[A-Z] ?\\d{3}',
    '\\d{2}(?: \\d{2,4}){2,4}',
    // Digits read out one at a time, maybe after a letter: 7 7 3 2 1 9 0, 7, 7, 4, 0, 2, 9, H 4 4 9 0 2 1 8.
    '(?:[A-Z],? ){0,3}\\d(?:,? \\d){5,19}',
    // A letter prefix (digits may follow its letters) and digit groups: CN 0048 1176, XK4 882 9901, HOM/2291/8841.
    '[A-Z]{1,4}\\d{0,2}[ /-]\\d{2,6}(?:[ /-]\\d{2,6}){1,4}',
    // Letters, digits, letters: AB/123456/C, HX-448812-B.
    '[A-Z]{1,4}[ /-]\\d{4,10}[/-][A-Z]{1,2}(?![A-Za-z])',
    // Letters glued to digits, then one more group: W8827 33109.
    '[A-Z]{1,3}\\d{3,6}[ -]\\d{3,6}',
    // Dotted groups of three and a check digit after a dash: 88.221.993-4, 123.456.789-09.
    '\\d{1,3}(?:\\.\\d{3}){2,3}-[\\dX]{1,2}',
    // Letters, digits and dashes with at least four digits: 88120934, PLC-4471-902, W2938475610, CN00482913, 5520-118-7.
    '(?=(?:[A-Z-]*\\d){4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24}',
  ],
};
