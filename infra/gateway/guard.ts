/**
 * The injection guard's call: one request to the guard model behind the same gateway, bounded by a timeout that
 * aborts the HTTP request. A timeout, a refusal or a transport failure is a verdict of its own (the local verdict
 * stays in force), never a failure of the routing; only the caller's own abort (activity cancellation) propagates.
 * Nothing of the request or the answer is logged or returned: the verdict, the latency and a failure type.
 */
import { isRoutingError } from '../../contracts/failures';
import type { ChatMessage } from '../../contracts/inference';
import type { GuardReport } from '../../contracts/results';
import type { Attribution } from '../../domain/gateway/attribution';
import { guardPayload, guardReport, parseGuardAnswer, type ScoreBand } from '../../domain/guard/injectionGuard';
import type { GatewayClient } from './client';

export interface InjectionGuardSettings {
  /** INJECTION_GUARD_MODEL: the model id the gateway serves the guard under. */
  model: string;
  /** INJECTION_GUARD_BAND: local scores in it are asked about. */
  band: ScoreBand;
  /** INJECTION_GUARD_TIMEOUT_MS: past it the request is aborted and the local verdict stands. */
  timeoutMs: number;
}

export interface GuardConsultation {
  report: GuardReport;
  /** Why the guard gave no answer (`error`): the failure's type, never its message (it may quote the gateway). */
  failureType?: string;
}

export interface InjectionGuard {
  readonly settings: InjectionGuardSettings;
  /**
   * Asks about these (already redacted and fitted) turns. `idempotencyKey` is the guard's own, never the dispatch's:
   * the guard's request is not the routing's inference.
   */
  ask(
    turns: readonly ChatMessage[],
    request: { idempotencyKey: string; signal?: AbortSignal; attribution?: Attribution },
  ): Promise<GuardConsultation>;
}

export function createInjectionGuard(client: GatewayClient, settings: InjectionGuardSettings): InjectionGuard {
  return {
    settings,
    async ask(turns, { idempotencyKey, signal, attribution }) {
      const started = performance.now();
      const elapsed = () => performance.now() - started;
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
      try {
        const { answer } = await client.streamInference({
          payload: guardPayload(settings.model, turns),
          idempotencyKey,
          signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
          attribution,
        });
        return { report: guardReport(settings.model, parseGuardAnswer(answer), elapsed()) };
      } catch (err) {
        if (signal?.aborted) throw err;
        if (timeout.signal.aborted) return { report: guardReport(settings.model, 'timeout', elapsed()) };
        return {
          report: guardReport(settings.model, 'error', elapsed()),
          failureType: isRoutingError(err) ? err.type : 'Unknown',
        };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
