/**
 * Below this much room left, the store writes nothing. Chromium writing into a disk with no byte left can tear
 * its IndexedDB log, and the next time it opens the store it finds it corrupt and erases it, every walk with it
 * (electron/electron#41877; seen here once in about fifteen full-disk walks, before this guard). Refused early, a
 * write never reaches the wall. A step's picture takes a few hundred kilobytes; a computer with room to spare has
 * gigabytes.
 */
export const fullBelowBytes = 5 * 1024 * 1024;

/**
 * The room the store has left, as the browser gives it: quota minus usage, which for Trailnote (unlimitedStorage)
 * is the disk's free space, up to date at once (measured on Chromium 156 with a profile on a file system filled
 * and freed). Undefined where the browser does not say.
 */
async function roomLeft(): Promise<number | undefined> {
  try {
    const { quota, usage = 0 } = await navigator.storage.estimate();
    return quota === undefined ? undefined : quota - usage;
  } catch {
    return undefined;
  }
}

/** Whether the disk is full, or so nearly that a write could reach its last byte. */
export async function diskNearlyFull(): Promise<boolean> {
  const left = await roomLeft();
  return left !== undefined && left < fullBelowBytes;
}
