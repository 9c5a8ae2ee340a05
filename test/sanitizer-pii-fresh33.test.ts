/**
 * Issue 12, the fresh33 pass: a lower-case name no list holds after an article, as the subject of a verb of saying
 * ("a josenilda falou", "der jorrit hat gesagt"), against roles, firms and things in the same slot, told by the word's
 * ending ("a balconista falou", "die sachbearbeiterin hat gesagt", "la messagerie m'a dit"). Each rule has its positive
 * and a near miss that stays; positives are not the set's lines (fresh33-pii.jsonl).
 */
import { detectPii } from '../domain/sanitizer/pii';

const found = (text: string): string[] => detectPii(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('fresh33: a name of no list after an article, as a subject', () => {
  it.each([
    ['cliente: aí a josenilda falou que ia resolver', 'PERSON:josenilda'],
    ['cliente: y luego la ainara me dijo que no', 'PERSON:ainara'],
    ["client: et puis le gwenolé m'a rappelé lundi", 'PERSON:gwenolé'],
    ['kunde: und dann der jorrit hat gesagt dass es geht', 'PERSON:jorrit'],
    ['cliente: el iñigo me comentó lo del recibo', 'PERSON:iñigo'],
  ])('%j', (text, value) => expect(found(text)).toEqual([value]));

  it.each([
    'cliente: aí a balconista falou que ia resolver',
    'cliente: y luego la dependienta me dijo que no',
    "client: et puis le plombier m'a rappelé lundi",
    "client: et puis la messagerie m'a dit de rappeler",
    'kunde: und dann die sachbearbeiterin hat gesagt dass es geht',
    'kunde: und dann die ansage hat gesagt bitte warten',
    'cliente: a seguradora falou que não cobre',
    'cliente: el fontanero me comentó lo del recibo',
    'cliente: a supervisora disse que ia ver',
    'cliente: o atendimento falou que estava resolvido',
  ])('stays: %j', (text) => expect(found(text)).toEqual([]));

  it('a firm that sent something stays', () =>
    expect(found('cliente: y luego la zentrix me mandó otra factura')).toEqual([]));
});
