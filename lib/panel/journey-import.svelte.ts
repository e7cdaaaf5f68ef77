import { logError } from '../diagnostics';
import { codeOf, messageOf } from '../errors';
import { t } from '../i18n';
import { importSharedJourney } from '../edits/journeys';
import type { ImportedJourney } from '../import/import-journey';

/** How one picked file fared. */
export interface ImportOutcome {
  fileName: string;
  /** Set when it was imported: the new journey, to open. */
  journeyId?: string;
  title?: string;
  message: string;
}

function done({ rows, source }: ImportedJourney): string {
  const { journey, steps, screenshots } = rows;
  switch (source) {
    case 'zip':
      return t('importDoneZip', journey.title, steps.length, screenshots.length);
    case 'json':
      return t('importDoneJson', journey.title, steps.length);
    case 'recorder':
      return t('importDoneRecorder', journey.title, steps.length);
  }
}

/**
 * The library's imports: files are read one after another, and each says how it went. Files picked or
 * dropped while others are read wait their turn; a batch picked when nothing is being read starts a new
 * list of outcomes.
 */
class JourneyImports {
  /** The file being read, while one is. */
  current = $state<string | undefined>();
  waiting = $state(0);
  outcomes = $state.raw<ImportOutcome[]>([]);

  private queue: File[] = [];

  async add(files: readonly File[]): Promise<void> {
    if (!files.length) return;
    const idle = this.current === undefined;
    this.queue.push(...files);
    this.waiting = this.queue.length;
    if (!idle) return; // the running loop takes them
    this.outcomes = [];
    for (let file = this.queue.shift(); file; file = this.queue.shift()) {
      this.current = file.name;
      this.waiting = this.queue.length;
      this.outcomes = [...this.outcomes, await outcomeOf(file)];
    }
    this.current = undefined;
    this.waiting = 0;
  }

  dismiss(): void {
    this.outcomes = [];
  }
}

async function outcomeOf(file: File): Promise<ImportOutcome> {
  try {
    const imported = await importSharedJourney(file);
    return { fileName: file.name, journeyId: imported.rows.journey.id, title: imported.rows.journey.title, message: done(imported) };
  } catch (error) {
    // A file the checks refuse is the file's problem, and its message says so; anything else is Trailnote's.
    if (codeOf(error) !== 'import-invalid') logError(error, 'library: importing a file');
    return { fileName: file.name, message: t('importFailed', file.name, messageOf(error)) };
  }
}

export const journeyImports = new JourneyImports();
