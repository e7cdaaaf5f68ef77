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

/** The library's imports: files are read one after another, and each says how it went. */
class JourneyImports {
  /** The file being read, while one is. */
  current = $state<string | undefined>();
  outcomes = $state.raw<ImportOutcome[]>([]);

  async run(files: readonly File[]): Promise<void> {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      this.current = file.name;
      try {
        const imported = await importSharedJourney(file);
        outcomes.push({ fileName: file.name, journeyId: imported.rows.journey.id, title: imported.rows.journey.title, message: done(imported) });
      } catch (error) {
        outcomes.push({ fileName: file.name, message: t('importFailed', file.name, error instanceof Error ? error.message : String(error)) });
      }
      this.outcomes = [...outcomes];
    }
    this.current = undefined;
  }

  dismiss(): void {
    this.outcomes = [];
  }
}

export const journeyImports = new JourneyImports();
