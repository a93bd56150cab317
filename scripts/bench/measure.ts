/**
 * Run a command and measure it: wall time, peak resident memory of the whole process tree
 * (sampled from /proc), and the time and peak memory of each phase, where a phase starts when
 * a given line appears in the output.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * A phase: its name and the output line (substring) that starts it. Markers are matched in
 * order; an optional one may be missing from the output (the next marker can then match), and
 * its phase is left out of the results.
 */
export interface PhaseMarker {
  name: string;
  startsWith: string;
  optional?: boolean;
}

export interface PhaseResult {
  name: string;
  seconds: number;
  peakMemoryMB: number;
}

export interface RunResult {
  seconds: number;
  peakMemoryMB: number;
  phases: PhaseResult[];
  output: string;
  code: number;
}

const PAGE_SIZE = 4096;

/** Resident memory in bytes of `root` and all its descendants. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE_SIZE);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // The process ended while we were reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run `command args` with `env`, sampling memory every `intervalMs`. Output is kept and echoed when `echo`. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; phases?: PhaseMarker[]; echo?: boolean; intervalMs?: number } = {},
): Promise<RunResult> {
  const { cwd, env = process.env, phases = [], echo = false, intervalMs = 100 } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const marks: { name: string; at: number; peak: number }[] = [{ name: phases[0]?.name ?? 'all', at: started, peak: 0 }];
    const pending = phases.slice(1);
    let peak = 0;
    let output = '';
    const sample = () => {
      if (!child.pid) return;
      const bytes = treeRss(child.pid);
      peak = Math.max(peak, bytes);
      const current = marks[marks.length - 1]!;
      current.peak = Math.max(current.peak, bytes);
    };
    const timer = setInterval(sample, intervalMs);
    const onLine = (line: string) => {
      let i = 0;
      while (i < pending.length - 1 && pending[i]!.optional && !line.includes(pending[i]!.startsWith)) i++;
      const next = pending[i];
      if (next && line.includes(next.startsWith)) {
        sample();
        pending.splice(0, i + 1);
        marks.push({ name: next.name, at: performance.now(), peak: 0 });
      }
    };
    // Lines are matched whole: a chunk may end inside a line or inside a UTF-8 character.
    const onStream = (stream: NodeJS.ReadableStream) => {
      const decoder = new StringDecoder('utf8');
      let partial = '';
      stream.on('data', (chunk: Buffer) => {
        const text = decoder.write(chunk);
        output += text;
        if (echo) process.stdout.write(text);
        const lines = (partial + text).split('\n');
        partial = lines.pop()!;
        for (const line of lines) onLine(line);
      });
      stream.on('end', () => {
        const text = decoder.end();
        output += text;
        if (partial + text) onLine(partial + text);
      });
    };
    onStream(child.stdout);
    onStream(child.stderr);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const ended = performance.now();
      const results = marks.map((m, i) => ({
        name: m.name,
        seconds: ((marks[i + 1]?.at ?? ended) - m.at) / 1000,
        peakMemoryMB: Math.round(m.peak / 1048576),
      }));
      resolve({ seconds: (ended - started) / 1000, peakMemoryMB: Math.round(peak / 1048576), phases: results, output, code: code ?? 1 });
    });
  });
}
