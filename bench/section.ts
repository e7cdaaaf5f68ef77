import type { BrowserContext, Worker } from '@playwright/test';
import type { Shop } from '../tests/shop/server';

/** What a benchmark section gets: a fresh Chromium profile with Trailnote loaded, and the demo shop. */
export interface BenchEnv {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  shop: Shop;
  /** Says where the section is, on stderr: a full run takes minutes. */
  progress: (phase: string) => void;
}

/** A section measures one thing and returns the lines docs/benchmarks.md records. */
export type BenchSection = (env: BenchEnv) => Promise<string[]>;
