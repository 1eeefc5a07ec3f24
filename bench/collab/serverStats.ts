import { readFileSync } from 'node:fs';

/** CPU and memory of the room server process, read from /proc once a second. */

const CLOCK_TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export interface ServerUsage {
  cpuAveragePercent: number;
  cpuPeakPercent: number;
  rssPeakMb: number;
  rssEndMb: number;
}

export function watchServer(pid: number) {
  let lastTicks = cpuTicks(pid);
  let lastAt = performance.now();
  const startTicks = lastTicks;
  const startAt = lastAt;
  let peakCpu = 0;
  let peakRss = rssMb(pid);
  let lastRss = peakRss;
  const timer = setInterval(() => {
    try {
      const ticks = cpuTicks(pid);
      const now = performance.now();
      const percent =
        ((ticks - lastTicks) / CLOCK_TICKS_PER_SECOND / ((now - lastAt) / 1000)) * 100;
      peakCpu = Math.max(peakCpu, percent);
      lastTicks = ticks;
      lastAt = now;
      lastRss = rssMb(pid);
      peakRss = Math.max(peakRss, lastRss);
    } catch {
      // The process ended: keep the figures so far.
    }
  }, 1000);
  return {
    stop(): ServerUsage {
      clearInterval(timer);
      let ticks = lastTicks;
      try {
        ticks = cpuTicks(pid);
        lastRss = rssMb(pid);
        peakRss = Math.max(peakRss, lastRss);
      } catch {
        // ended
      }
      const seconds = (performance.now() - startAt) / 1000;
      return {
        cpuAveragePercent: ((ticks - startTicks) / CLOCK_TICKS_PER_SECOND / seconds) * 100,
        cpuPeakPercent: peakCpu,
        rssPeakMb: peakRss,
        rssEndMb: lastRss,
      };
    },
  };
}
