/** CPU time and peak resident memory of a process, read from /proc (Linux), for per-routing cost figures. */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcessSample {
  cpuMs: number;
  peakRssMb: number;
}

export function sampleProcess(pid: number): ProcessSample {
  // Fields after the parenthesised command name: utime and stime are the 12th and 13th of them.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwmKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: (cpuTicks * 1000) / TICKS_PER_SECOND, peakRssMb: hwmKb / 1024 };
}

/**
 * CPU ms of each thread of a process grouped by thread name (/proc/<pid>/task): the worker's main thread ("main"),
 * its workflow thread and V8's helpers (each "node#<tid>"), LanceDB's and the core SDK's runtime threads, libuv's pool.
 */
export function sampleThreads(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Node names its worker threads (the workflow thread among them) and V8's helpers after itself: one entry each.
    const name = tid === String(pid) ? 'main' : comm === 'node' ? `node#${tid}` : comm;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  return byName;
}

/** Per-routing CPU ms by thread name between two samples, largest first (threads that ended are not counted). */
export function threadCpuPerRouting(before: Map<string, number>, after: Map<string, number>, routings: number) {
  return [...after]
    .map(([name, ms]) => ({ name, ms: (ms - (before.get(name) ?? 0)) / routings }))
    .filter((t) => t.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
