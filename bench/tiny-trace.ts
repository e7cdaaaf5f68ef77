/**
 * Where a recorded tiny page's time goes (issue 19, item 1): a Chrome trace of loads of tests/shop/site/bench/tiny.html
 * in a recorded tab and an idle one, read per load on the page's renderer main thread. For each load it sums what ran
 * between the navigation's start and DOMContentLoaded, and up to the load event: the tasks, the extension's script
 * (evaluating and running Trailnote's content scripts, in any world) and the rest. The raw trace is kept in
 * test-results/tiny-trace.json (and the floor's in tiny-trace-floor.json) for chrome://tracing or the DevTools Performance
 * panel.
 *
 * The finer measure of what recording adds to the page's critical path: the CPU time of the page's main thread up to
 * DOMContentLoaded and up to load (the tasks' thread time, which the other processes sharing the cores do not
 * lengthen, unlike wall-clock loads), recorded minus idle load by load, less the same difference with neither tab
 * recorded (the floor), traced in phases of their own that alternate with the recorded ones (`rounds`). A third kind
 * of phase is the baseline: an empty content script of another extension (bench/reference-world) in the measured tab,
 * what the browser charges a page for any extension's world, whatever the script does.
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pageInNewWindow, panelFor, startRecordingFrom } from './recording';
import type { BenchEnv } from './section';
import { addedOverFloor, formatMs, loadNote, median, pairedDifferences, type Estimate } from './stats';

const loadsPerSide = Number(process.env.BENCH_TRACE_LOADS ?? 8);
const paceMs = Number(process.env.BENCH_TINY_PACE_MS ?? 400);
/** `BENCH_TRACE_PAGE=page` traces the demo shop's heavier benchmark page instead (bench/recording.ts's). */
const tracedPage = process.env.BENCH_TRACE_PAGE ?? 'tiny';
/** `BENCH_TRACE_PANEL=closed` closes the panel before tracing: it redraws on every step, in the same renderer pool. */
const panelOpen = process.env.BENCH_TRACE_PANEL !== 'closed';
/** The reference extension the bench loads beside Trailnote for this section: its world is the baseline's. */
export const referenceWorldPath = resolve('bench/reference-world');
/**
 * `BENCH_WORLD_AT=load` has the reference extension inject its empty script once each page has loaded instead of at
 * commit: whether a world costs the next page even when nothing runs in it while that page loads.
 */
const worldAt = process.env.BENCH_WORLD_AT === 'load' ? 'load' : 'commit';

/** `BENCH_TRACE_MORE=blink,v8` adds trace categories, to look inside the tasks (it slows every task a little). */
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'loading',
  'blink.user_timing',
  'toplevel',
  'extensions',
  process.env.BENCH_TRACE_MORE,
]
  .filter(Boolean)
  .join(',');

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The event's thread (CPU) time, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string; url?: string; documentLoaderURL?: string; isMainFrame?: boolean; navigationId?: string }; frame?: string; [key: string]: unknown };
}

/** What one load spent on its renderer's main thread, in ms from the navigation's start. */
interface LoadCost {
  /** Its pair's number (`trace=N`): the recorded and the idle load of a pair ran one right after the other. */
  pair: number;
  /** The thread's CPU time in its tasks up to DOMContentLoaded, and up to load. */
  cpuMsBeforeDcl: number;
  cpuMsBeforeLoad: number;
  dcl: number;
  load: number;
  /** Top-level tasks that started before DOMContentLoaded ended, and their total time. */
  tasksBeforeDcl: number;
  taskMsBeforeDcl: number;
  /** Trailnote's own script (any script event whose url is the extension's) before DCL, and before load. */
  extensionMsBeforeDcl: number;
  extensionMsBeforeLoad: number;
  /** Trailnote's script in the second after the load event. */
  extensionMsAfterLoad: number;
  /** Main-thread tasks between DOMContentLoaded and the load event. */
  taskMsDclToLoad: number;
}

async function traceLoads(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
  await run();
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', ({ stream }) => resolve(stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** A top-level task of the thread (ThreadControllerImpl::RunTask nests inside each, so it is not counted again). */
const isTask = (event: TraceEvent): boolean => event.ph === 'X' && event.name === 'RunTask';
const scriptUrl = (event: TraceEvent): string => String(event.args?.data?.url ?? (event.args as { fileName?: string } | undefined)?.fileName ?? '');

/**
 * How long before the navigation's start its load is counted from, µs: the browser has the renderer create the new
 * document's page (`AgentSchedulingGroup::CreateWebView`, about 3 ms) a few milliseconds either side of that start, on
 * both sides alike. Counted from the start itself, it fell inside the window in 12 of 30 recorded loads and 5 of 30
 * idle ones of one trace, by chance, and added 0.7 ms to recording that was no work of Trailnote's.
 */
const leadUs = 20_000;

/** The cost of the load whose document address has `marker` in it, or undefined if the trace missed it. */
function costOf(events: TraceEvent[], marker: string, extensionId: string): LoadCost | undefined {
  const start = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.includes(marker));
  const frame = start?.args?.frame;
  if (!start || !frame) return undefined;
  // Navigation Timing's marks are emitted late and out of order: the instant events of the dispatch itself are not.
  const after = (name: string, from: number) => events.find((event) => event.name === name && event.args?.data?.frame === frame && event.ts > from);
  const commit = after('CommitLoad', start.ts);
  const dcl = commit && after('MarkDOMContent', commit.ts);
  const load = dcl && after('MarkLoad', dcl.ts);
  if (!commit || !dcl || !load) return undefined;
  const thread = events.filter(
    (event) => event.pid === start.pid && event.tid === start.tid && event.ph === 'X' && event.ts >= start.ts - leadUs && event.ts < load.ts + 1_000_000,
  );
  const tasks = thread.filter(isTask);
  const extension = thread.filter((event) => !isTask(event) && scriptUrl(event).includes(extensionId));
  // Nested script events of the same script would count twice: keep the outermost ones.
  const outermost = extension.filter((event) => !extension.some((outer) => outer !== event && outer.ts <= event.ts && outer.ts + (outer.dur ?? 0) >= event.ts + (event.dur ?? 0)));
  const msUntil = (list: TraceEvent[], end: number, from = start.ts) =>
    list.filter((event) => event.ts >= from && event.ts < end).reduce((sum, event) => sum + Math.min(event.dur ?? 0, end - event.ts), 0) / 1000;
  // A task still running at the mark counts for the share of its CPU time before it.
  const cpuMsUntil = (end: number) =>
    tasks.filter((event) => event.ts < end).reduce((sum, event) => sum + (event.tdur ?? 0) * Math.min(1, (end - event.ts) / Math.max(event.dur ?? 1, 1)), 0) / 1000;
  return {
    pair: Number(/trace=(\d+)$/.exec(marker)?.[1]),
    cpuMsBeforeDcl: cpuMsUntil(dcl.ts),
    cpuMsBeforeLoad: cpuMsUntil(load.ts),
    dcl: (dcl.ts - start.ts) / 1000,
    load: (load.ts - start.ts) / 1000,
    tasksBeforeDcl: tasks.filter((event) => event.ts < dcl.ts).length,
    taskMsBeforeDcl: msUntil(tasks, dcl.ts),
    extensionMsBeforeDcl: msUntil(outermost, dcl.ts),
    extensionMsBeforeLoad: msUntil(outermost, load.ts),
    extensionMsAfterLoad: msUntil(outermost, load.ts + 1_000_000, load.ts),
    taskMsDclToLoad: msUntil(tasks, load.ts, dcl.ts),
  };
}

function summary(side: string, costs: LoadCost[]): string {
  const med = (key: keyof LoadCost) => median(costs.map((cost) => cost[key]));
  // A median hides the loads where the recorder landed inside the page's parsing: say how many and how much.
  const inLoad = costs.filter((cost) => cost.extensionMsBeforeLoad >= 1).map((cost) => cost.extensionMsBeforeLoad);
  const worst = inLoad.length > 0 ? `, up to ${formatMs(Math.max(...inLoad))}` : '';
  return (
    `  ${side} (${costs.length} loads, medians): DCL ${formatMs(med('dcl'))}, load ${formatMs(med('load'))}; ` +
    `main thread CPU ${formatMs(med('cpuMsBeforeDcl'))} before DCL, ${formatMs(med('cpuMsBeforeLoad'))} before load; ` +
    `${med('tasksBeforeDcl')} main-thread tasks before DCL taking ${formatMs(med('taskMsBeforeDcl'))}; ` +
    `Trailnote's script ${formatMs(med('extensionMsBeforeDcl'))} before DCL, ${formatMs(med('extensionMsBeforeLoad'))} before load ` +
    `(over 1 ms in ${inLoad.length} of ${costs.length} loads${worst}), ${formatMs(med('extensionMsAfterLoad'))} in the second after it; ` +
    `tasks between DCL and load ${formatMs(med('taskMsDclToLoad'))}`
  );
}

/**
 * Traces `loads` loads in each tab, interleaved (which goes first alternates), at the tester's pace. The measured tab's
 * addresses say `?recorded&` (or `?world&at=commit&` or `?world&at=load&`, which the reference extension answers), the
 * other's `?idle&`.
 */
function traceInterleaved(measured: Page, idle: Page, url: string, loads: number, marker: Marker): Promise<TraceEvent[]> {
  return traceLoads(measured, async () => {
    for (let i = 0; i < loads; i++) {
      const sides = [[marker, measured] as const, ['idle', idle] as const];
      for (const [side, page] of i % 2 ? sides : sides.reverse()) {
        await page.goto(`${url}?${side}${side === 'world' ? `&at=${worldAt}` : ''}&trace=${i}`, { waitUntil: 'load' });
        await page.waitForTimeout(paceMs);
      }
    }
  });
}

/**
 * How many rounds of phases the loads are split into: in each, the floor's (neither tab recorded), the empty world's
 * and the recorded one's, each in two fresh windows, the order reversed from round to round. Traced one after the
 * other in the same two tabs, the floor first, a build that put nothing in the page read +1.1 ms: the browser and the
 * machine drift over a run, on one side of the comparison only. A tab once recorded keeps Trailnote's world, so it
 * cannot give the floor after the recording.
 */
const rounds = Number(process.env.BENCH_TRACE_PHASES ?? 2);

/** What the measured tab of a phase has: nothing (the floor), another extension's empty world, or Trailnote recording. */
type PhaseKind = 'floor' | 'world' | 'recorded';
type Marker = 'recorded' | 'world';
const markerOf = (kind: PhaseKind): Marker => (kind === 'world' ? 'world' : 'recorded');

/** One phase's loads in two fresh windows, the first recorded (and stopped after) when the phase is a recording's. */
async function tracePhase({ context, background }: BenchEnv, url: string, kind: PhaseKind, loads: number): Promise<TraceEvent[]> {
  const measured = await pageInNewWindow(context, background, url);
  const idle = await pageInNewWindow(context, background, url + '?idle');
  const panel = kind === 'recorded' ? await startRecordingFrom(context, background, measured) : undefined;
  if (panel && !panelOpen) await panel.close();
  const events = await traceInterleaved(measured, idle, url, loads, markerOf(kind));
  if (panel) {
    const controls = panel.isClosed() ? await panelFor(context, background, measured) : panel;
    await controls.getByRole('button', { name: 'Stop recording' }).click();
    await controls.getByRole('button', { name: 'New journey' }).waitFor();
    await controls.close();
  }
  await Promise.all([measured.close(), idle.close()]);
  return events;
}

export async function benchTinyTrace(env: BenchEnv): Promise<string[]> {
  const { extensionId, shop, progress } = env;
  const url = `${shop.origin}/bench/${tracedPage}.html`;
  const loads = Math.ceil(loadsPerSide / rounds);
  const phases: Record<PhaseKind, TracedSides[]> = { floor: [], world: [], recorded: [] };
  const kinds: PhaseKind[] = ['floor', 'world', 'recorded'];
  const what: Record<PhaseKind, string> = {
    floor: 'neither tab recorded (the floor)',
    world: `one tab with another extension's empty content script, injected ${worldAt === 'load' ? 'once each page has loaded' : 'at commit'} (the baseline)`,
    recorded: `one tab recorded, the panel ${panelOpen ? 'open' : 'closed'}`,
  };
  await mkdir('test-results', { recursive: true });
  for (let round = 0; round < rounds; round++) {
    for (const kind of round % 2 ? [...kinds].reverse() : kinds) {
      const done = Object.values(phases).reduce((sum, traced) => sum + traced.length, 0);
      progress(`phase ${done + 1} of ${kinds.length * rounds}: tracing ${loads} ${tracedPage} page loads a side, ${what[kind]}`);
      const events = await tracePhase(env, url, kind, loads);
      phases[kind].push(sidesOf(events, extensionId, markerOf(kind)));
      // The last phase of each kind, for the DevTools Performance panel.
      await writeFile(`test-results/${traceFiles[kind]}`, JSON.stringify({ traceEvents: events }));
    }
  }
  return [
    `trace of ${loads * rounds} loads a side of bench/${tracedPage}.html in ${rounds} round${rounds === 1 ? '' : 's'} of phases (the floor's, the empty world's and the recorded one's, each in fresh tabs), ` +
      `the panel ${panelOpen ? 'open' : 'closed'}, interleaved, ${paceMs} ms after each (raw traces: test-results/${Object.values(traceFiles).join(', ')}) (${loadNote()}):`,
    ...figures(phases.recorded, phases.floor, phases.world),
  ];
}

const traceFiles: Record<PhaseKind, string> = { floor: 'tiny-trace-floor.json', world: 'tiny-trace-world.json', recorded: 'tiny-trace.json' };

/** The loads of a trace of this section, read once, each side in pair order. */
interface TracedSides {
  /** The measured tab's loads (recorded, or with the empty world), and the idle tab's. */
  measured: LoadCost[];
  idle: LoadCost[];
}

function sidesOf(events: TraceEvent[], extensionId: string, marker: Marker = 'recorded'): TracedSides {
  const loads = events.filter((event) => event.name === 'navigationStart' && /trace=\d+$/.test(event.args?.data?.documentLoaderURL ?? ''));
  const side = (name: string) =>
    loads
      .filter((event) => event.args?.data?.documentLoaderURL?.includes(`?${name}&`))
      .map((event) => costOf(events, event.args?.data?.documentLoaderURL ?? '', extensionId))
      .filter((cost): cost is LoadCost => cost !== undefined)
      .sort((one, other) => one.pair - other.pair);
  return { measured: side(marker), idle: side('idle') };
}

/** Measured minus idle, pair by pair, for the pairs both sides of the trace kept. */
function pairedCpu({ measured, idle }: TracedSides, key: 'cpuMsBeforeDcl' | 'cpuMsBeforeLoad'): number[] {
  const idleOf = new Map(idle.map((cost) => [cost.pair, cost[key]]));
  const paired = measured.filter((cost) => idleOf.has(cost.pair));
  return pairedDifferences(
    paired.map((cost) => cost[key]),
    paired.map((cost) => idleOf.get(cost.pair) ?? 0),
  );
}

const estimate = ({ value, low, high }: Estimate): string => `${value >= 0 ? '+' : ''}${value.toFixed(2)} ms (95%: ${low.toFixed(2)} to ${high.toFixed(2)})`;

/**
 * The figures of the traced phases, and with the floor's phases, the page thread's CPU time recording adds over it; with
 * the empty world's too, what that world adds over the floor, and what recording adds over the world (Trailnote's part).
 */
function figures(traced: TracedSides[], floor?: TracedSides[], world?: TracedSides[]): string[] {
  const loads = (phases: TracedSides[], side: keyof TracedSides) => phases.flatMap((sides) => sides[side]);
  const lines = [summary('recorded', loads(traced, 'measured')), summary('idle', loads(traced, 'idle'))];
  if (!floor) return lines;
  const paired = (phases: TracedSides[], key: 'cpuMsBeforeDcl' | 'cpuMsBeforeLoad') => phases.flatMap((sides) => pairedCpu(sides, key));
  const added = (what: string, measured: TracedSides[], over: TracedSides[]): string => {
    const at = (key: 'cpuMsBeforeDcl' | 'cpuMsBeforeLoad') => estimate(addedOverFloor(paired(measured, key), paired(over, key)));
    return `  the page's main thread, CPU time added by ${what} (${paired(measured, 'cpuMsBeforeLoad').length} pairs): before DOMContentLoaded ${at('cpuMsBeforeDcl')}, before load ${at('cpuMsBeforeLoad')}`;
  };
  return [
    ...lines,
    ...(world?.length ? [added("another extension's empty content script over the floor (what any extension's world costs)", world, floor)] : []),
    added('recording over the floor', traced, floor),
    ...(world?.length ? [added("recording over the empty content script (Trailnote's own part)", traced, world)] : []),
  ];
}

/** The figures of a kept trace (`readTrace(JSON.parse(…).traceEvents, id)`), over a kept floor's trace if given. */
export function readTrace(events: TraceEvent[], extensionId: string, floor?: TraceEvent[]): string[] {
  return figures([sidesOf(events, extensionId)], floor && [sidesOf(floor, extensionId)]);
}
