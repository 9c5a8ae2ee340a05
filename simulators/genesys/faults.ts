import type { SimFault, SimRoute } from './types';

interface ActiveFault extends SimFault {
  remaining: number;
}

/** Per-route fault injection: faults apply in the order added, each for `times` requests. */
export class FaultRegistry {
  private readonly faults: ActiveFault[] = [];

  add(fault: SimFault): void {
    const times = fault.times ?? 1;
    if (!(times > 0)) throw new RangeError('fault.times must be positive');
    this.faults.push({ ...fault, remaining: times });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The fault the next request on `route` suffers, consuming one of its uses. */
  take(route: SimRoute): SimFault | undefined {
    const index = this.faults.findIndex((f) => f.route === route);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  pending(route?: SimRoute): number {
    return this.faults.filter((f) => route === undefined || f.route === route).length;
  }
}
