import { DELIMITER_SIGNALS } from './delimiter';
import { EXFILTRATION_SIGNALS } from './exfiltration';
import { OVERRIDE_SIGNALS } from './override';
import { ROLEPLAY_SIGNALS } from './roleplay';
import { TOOL_ABUSE_SIGNALS } from './toolAbuse';
import type { Signal } from './types';

export { INJECTION_FAMILIES, type InjectionFamily, type Signal } from './types';

export const ALL_SIGNALS: readonly Signal[] = [
  ...OVERRIDE_SIGNALS,
  ...EXFILTRATION_SIGNALS,
  ...ROLEPLAY_SIGNALS,
  ...DELIMITER_SIGNALS,
  ...TOOL_ABUSE_SIGNALS,
];
