import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extensionPath } from './fixtures';

/**
 * The end-to-end build: Trailnote built with `wxt build --mode e2e` into .output/chrome-mv3-e2e. It differs from
 * the build that ships only where the code asks `import.meta.env.MODE === 'e2e'`: the recorder's step limit is
 * lowered so that a test walks to it in a minute (lib/recording/recording-limits.ts). Nothing a user can reach
 * switches it on: it is another build.
 */
export const e2eExtensionPath = resolve('.output/chrome-mv3-e2e');

const builtAt = (dir: string): number => statSync(join(dir, 'manifest.json'), { throwIfNoEntry: false })?.mtimeMs ?? 0;

/**
 * Builds it unless it is as new as `npm run build`'s .output/chrome-mv3, which the other specs load: rebuilt from
 * the same sources whenever that one is. Takes a minute on a busy machine.
 */
export function buildForEndToEnd(): void {
  if (builtAt(e2eExtensionPath) > 0 && builtAt(e2eExtensionPath) >= builtAt(extensionPath)) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
}
