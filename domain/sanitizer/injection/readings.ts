/**
 * The readings of customer talk, run over a text's words after the lexicon has tagged them: each marks or clears
 * classes a word takes in its sentence (whose data, a third party, a grant, an everyday sense...). Each runs only
 * when a class or a word it reads is in the text at all: READING_TRIGGERS says which readings a word can set off.
 */
import { bitsByWord } from './functionWords';
import { classBit } from './lexicon';
import { ACCESS_HOLDER_WORDS, markAccessHolders } from './accessHolders';
import { clearCallerReads } from './callerReads';
import { clearDeveloperTalk } from './developerTalk';
import { IMPERATIVES, markGrants } from './grants';
import { MANDATES, markMandates } from './mandates';
import {
  clearEverydayDegrees,
  clearEverydayTimes,
  clearRecipients,
  clearLanguageChoice,
  clearNewProducts,
  clearOwnQuestions,
  clearProductTerms,
  clearYesNoQuestions,
} from './everydaySenses';
import {
  clearDocumentWording,
  clearOwnRulesKept,
  clearRulesOnAMatter,
  clearThingsInstructions,
  markToldNotTo,
  TELLING_WORDS,
} from './instructionSenses';
import {
  clearAccountAdministrators,
  clearErrandHelpers,
  clearReachedAuthorities,
  clearSpeakerSees,
  clearThirdPersonRoles,
} from './peopleSenses';
import {
  BLOCKING,
  clearCallerTold,
  clearGivenToCaller,
  clearNarratedAnswers,
  clearReportedRefusals,
  clearRetractions,
} from './reportedSpeech';
import { markOwnedData } from './ownedData';
import { clearOwnRecordAnswers } from './ownedAnswers';
import { clearReportedApprovals } from './reportedApprovals';
import { clearRecordsNotEntered } from './recordsNotEntered';
import { markStatedOwnership } from './statedOwnership';
import { clearPastedChats } from './pastedChats';
import { clearPleas } from './pleas';
import { clearSystemReports, SYSTEMS } from './systemReport';
import { markThirdParties, THIRD_PARTY_STARTS, THIRD_PARTY_WORDS } from './thirdParties';
import { CONSENT_WORDS, markOthersConsent } from './othersConsent';
import { markOthersData, OTHERS_DATA_STARTS, OTHERS_DATA_WORDS } from './othersData';
import { BIRTH_WORDS, ID_WORDS, markIdLookups } from './idLookups';
import { markPrecedingText, TEXT_NOUNS } from './precedingText';
import { markRecordedClaims, RECORD_WORDS } from './recordedClaims';
import { AM_WORDS, DECLARE, IDENTITY_CHECKS, markSkippedChecks, markWaivedIdentityChecks } from './skippedChecks';
import { LIKENESS_WORDS, markCounterfeits } from './counterfeits';
import { HOUSE_WORDS, markHouseNumbers } from './houseNumbers';
import { markOthersTalk, TALK_WORDS } from './othersTalk';
import { markPretences, PRETENCE_WORDS } from './pretences';
import { clearCallersSuppositions } from './hypotheticals';
import { clearAssistantsOwnWords } from './assistantsOwnWords';
import { clearQuotedNotices, DOCUMENTS } from './quotedNotices';
import { markAdmittedUntruths, UNTRUTH_WORDS } from './admittedUntruths';
import { markDictatedReplies, REPLY_WORDS } from './dictatedReplies';
import { FAVOUR_WORDS, markUnaskedFavours } from './unaskedFavours';
import { DUES_WORDS, markOthersDues } from './othersDues';
import { FIRST_WORDS, markFirstText } from './firstText';

const RECORD_BITS = classBit('data') | classBit('lookup');
/** The readings that only a word of their own can set off, and those words (looked up once per distinct word). */
const THIRD_PARTIES = 1;
const ACCESS_HOLDERS = 2;
const GRANTS = 4;
const OTHERS_DATA = 8;
const MANDATE_HELD = 16;
const DECLARED = 32;
const SYSTEM_REPORTS = 64;
const RECORDED_CLAIMS = 128;
const TOLD_NOT_TO = 256;
const ID_LOOKUPS = 512;
const PRECEDING_TEXT = 1024;
const OTHERS_CONSENT = 2048;
const COUNTERFEITS = 4096;
const HOUSE_NUMBERS = 8192;
const OTHERS_TALK = 16384;
const PRETENCES = 32768;
const WAIVED_IDENTITY = 65536;
const QUOTED_NOTICES = 131072;
const UNTRUTHS = 262144;
const DICTATED_REPLIES = 524288;
const UNASKED_FAVOURS = 1048576;
const OTHERS_DUES = 2097152;
const FIRST_TEXT = 4194304;
/**
 * Not readings of their own but the words where one starts, for `triggers` alone (a reading runs by the bits above):
 * the words of a third party, a refusal reported, an identity check, others' data.
 */
const THIRD_PARTY_START = 1 << 23;
const REFUSAL = 1 << 24;
const IDENTITY_CHECK = 1 << 25;
const OTHERS_DATA_START = 1 << 26;
export const READING_TRIGGERS = bitsByWord([
  [THIRD_PARTIES, THIRD_PARTY_WORDS],
  [ACCESS_HOLDERS, ACCESS_HOLDER_WORDS],
  [GRANTS, IMPERATIVES],
  [OTHERS_DATA, OTHERS_DATA_WORDS],
  [MANDATE_HELD, MANDATES],
  [DECLARED, DECLARE],
  [SYSTEM_REPORTS, SYSTEMS],
  [ID_LOOKUPS, ID_WORDS],
  [ID_LOOKUPS, BIRTH_WORDS],
  [RECORDED_CLAIMS, RECORD_WORDS],
  [TOLD_NOT_TO, TELLING_WORDS],
  [PRECEDING_TEXT, TEXT_NOUNS],
  [OTHERS_CONSENT, CONSENT_WORDS],
  [COUNTERFEITS, LIKENESS_WORDS],
  [HOUSE_NUMBERS, HOUSE_WORDS],
  [OTHERS_TALK, TALK_WORDS],
  [PRETENCES, PRETENCE_WORDS],
  [WAIVED_IDENTITY, AM_WORDS],
  [QUOTED_NOTICES, DOCUMENTS],
  [UNTRUTHS, UNTRUTH_WORDS],
  [DICTATED_REPLIES, REPLY_WORDS],
  [UNASKED_FAVOURS, FAVOUR_WORDS],
  [OTHERS_DUES, DUES_WORDS],
  [FIRST_TEXT, FIRST_WORDS],
  [THIRD_PARTY_START, THIRD_PARTY_STARTS],
  [REFUSAL, BLOCKING],
  [IDENTITY_CHECK, IDENTITY_CHECKS],
  [OTHERS_DATA_START, OTHERS_DATA_STARTS],
]);
const OTHER_BIT = classBit('other');
const YOU_BIT = classBit('you');
const MINE_BIT = classBit('mine');
const PLEA_BITS = classBit('exec') | classBit('respond') | classBit('ai');
const BULK_BIT = classBit('bulk');
const VERBATIM_BIT = classBit('verbatim');
const ONLY_BIT = classBit('only');
const NOLIMITS_BIT = classBit('nolimits');
const ROLE_BIT = classBit('role');
const AUTHORITY_BIT = classBit('authority');
const APPROVE_OR_AUTHORITY = classBit('approve') | classBit('authority');
const OBEY_BIT = classBit('obey');
const INSTRUCTIONS_BIT = classBit('instructions');
const OVERRIDE_BIT = classBit('override');
const REVEAL_BIT = classBit('reveal');
const ORIGIN_BIT = classBit('origin');
const FORGED_BIT = classBit('forged');
const READER_BIT = classBit('reader');
/** A skipped or declared check needs one of these in the text: without, verify, or an approve word ('verified'). */
const CHECK_BITS = classBit('without') | classBit('verify') | classBit('approve');

const DATA_BIT = classBit('data');
const WITHOUT_BIT = classBit('without');
const MODE_BIT = classBit('mode');

/** What a quoted document's wording may hold that the caller's quote takes away (quotedNotices.ts). */
const QUOTABLE_ORDERS = classBit('override') | classBit('obey');

/**
 * Runs, in place, the readings a text calls for: `union` is every class its words hold, `readings` every reading its
 * words can set off (READING_TRIGGERS), `triggers` those of each word: a reading that starts only at its own words
 * reads them there (an array read a word, where a word list's lookup cost about 1% of the screen per reading);
 * `sentenceStarts` where its sentences begin (a quote ends with its sentence).
 */
export function runReadings(
  words: readonly string[],
  classBits: Int32Array,
  union: number,
  readings: number,
  triggers: Int32Array,
  sentenceStarts: readonly number[] = [],
): void {
  if ((readings & PRETENCES) !== 0) union |= markPretences(words, classBits, triggers, PRETENCES);
  if ((readings & HOUSE_NUMBERS) !== 0) markHouseNumbers(words, classBits, triggers, HOUSE_NUMBERS);
  if ((readings & THIRD_PARTIES) !== 0) markThirdParties(words, classBits, triggers, THIRD_PARTY_START);
  if ((readings & OTHERS_TALK) !== 0 && (union & YOU_BIT) !== 0) markOthersTalk(words, classBits);
  if ((readings & OTHERS_CONSENT) !== 0) markOthersConsent(words, classBits);
  const marked =
    markOwnedData(words, classBits) | ((readings & ID_LOOKUPS) !== 0 ? markIdLookups(words, classBits) : 0);
  const held =
    (marked & (DATA_BIT | OTHER_BIT)) !== 0
      ? marked | markOthersData(words, classBits, (readings & OTHERS_DATA) !== 0, triggers, OTHERS_DATA_START)
      : marked;
  if ((held & DATA_BIT) !== 0 && (readings & MANDATE_HELD) !== 0) markMandates(words, classBits);
  if ((held & DATA_BIT) !== 0 && (held & OTHER_BIT) !== 0) {
    clearNewProducts(words, classBits);
    markStatedOwnership(words, classBits);
  }
  if ((union & (WITHOUT_BIT | DATA_BIT | MODE_BIT)) !== 0) clearRecordsNotEntered(words, classBits);
  if ((union & (RECORD_BITS | OTHER_BIT)) !== 0 && (readings & ACCESS_HOLDERS) !== 0)
    markAccessHolders(words, classBits);
  if ((readings & SYSTEM_REPORTS) !== 0) clearSystemReports(words, classBits, triggers, SYSTEM_REPORTS);
  if ((union & PLEA_BITS) !== 0) clearPleas(words, classBits);
  if ((union & READER_BIT) !== 0) clearCallerReads(words, classBits);
  clearDeveloperTalk(words, classBits);
  if ((union & INSTRUCTIONS_BIT) !== 0) {
    clearDocumentWording(words, classBits);
    clearThingsInstructions(words, classBits);
    clearRulesOnAMatter(words, classBits);
  }
  if ((readings & WAIVED_IDENTITY) !== 0 && markWaivedIdentityChecks(words, classBits, triggers, IDENTITY_CHECK))
    union |= CHECK_BITS;
  if ((union & CHECK_BITS) !== 0) markSkippedChecks(words, classBits, (readings & DECLARED) !== 0);
  if ((readings & GRANTS) !== 0) markGrants(words, classBits);
  if ((readings & RECORDED_CLAIMS) !== 0) markRecordedClaims(words, classBits, triggers, RECORDED_CLAIMS);
  if ((readings & UNTRUTHS) !== 0) markAdmittedUntruths(words, classBits);
  if ((readings & DICTATED_REPLIES) !== 0) markDictatedReplies(words, classBits);
  if ((readings & UNASKED_FAVOURS) !== 0) markUnaskedFavours(words, classBits);
  if ((readings & OTHERS_DUES) !== 0) markOthersDues(words, classBits);
  if ((readings & FIRST_TEXT) !== 0) markFirstText(words, classBits);
  if ((readings & COUNTERFEITS) !== 0) markCounterfeits(words, classBits);
  if ((readings & PRECEDING_TEXT) !== 0 && (union & MINE_BIT) !== 0) markPrecedingText(words, classBits);
  if ((union & BULK_BIT) !== 0) {
    clearEverydayTimes(words, classBits);
    clearRecipients(words, classBits);
    clearNarratedAnswers(words, classBits);
  }
  if ((union & VERBATIM_BIT) !== 0) clearEverydayDegrees(words, classBits);
  if ((union & ONLY_BIT) !== 0) {
    clearLanguageChoice(words, classBits);
    clearYesNoQuestions(words, classBits);
    clearOwnQuestions(words, classBits);
    clearOwnRecordAnswers(words, classBits, sentenceStarts);
  }
  if ((union & ROLE_BIT) !== 0) {
    clearThirdPersonRoles(words, classBits);
    clearCallersSuppositions(words, classBits);
  }
  if ((union & AUTHORITY_BIT) !== 0) {
    clearReachedAuthorities(words, classBits);
    clearAccountAdministrators(words, classBits);
    clearReportedApprovals(words, classBits);
  }
  if ((union & APPROVE_OR_AUTHORITY) !== 0) clearReportedRefusals(words, classBits, triggers, REFUSAL);
  if ((union & OBEY_BIT) !== 0) clearOwnRulesKept(words, classBits);
  if ((union & OVERRIDE_BIT) !== 0) clearRetractions(words, classBits);
  if ((union & REVEAL_BIT) !== 0) clearSpeakerSees(words, classBits);
  if ((union & (REVEAL_BIT | ORIGIN_BIT)) !== 0) clearGivenToCaller(words, classBits);
  if ((union & ORIGIN_BIT) !== 0) clearAssistantsOwnWords(words, classBits);
  if ((union & (INSTRUCTIONS_BIT | ORIGIN_BIT)) !== 0) clearCallerTold(words, classBits);
  if ((union & FORGED_BIT) !== 0) clearPastedChats(words, classBits);
  if ((readings & TOLD_NOT_TO) !== 0) markToldNotTo(words, classBits);
  if ((readings & QUOTED_NOTICES) !== 0 && (union & QUOTABLE_ORDERS) !== 0)
    clearQuotedNotices(words, classBits, sentenceStarts);
  if ((union & OTHER_BIT) !== 0) clearErrandHelpers(words, classBits);
  if ((union & NOLIMITS_BIT) !== 0) clearProductTerms(words, classBits);
}
