import { describe, expect, it, vi } from 'vitest';
import { attempt, failure, unwrap } from '../../lib/contract/result';
import { StoreError } from '../../lib/db';
import { codeOf, messageOf, TrailnoteError } from '../../lib/errors';
import { t } from '../../lib/i18n';
import { ImportError } from '../../lib/import/import-error';
import { panelMessage } from '../../lib/panel/error-words';

/** What a message handler's answer becomes on the other side: Chrome sends JSON. */
const acrossMessage = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('error codes across a message', () => {
  it('keep the code and the message: the panel can tell a full disk from a deleted journey', () => {
    const full = acrossMessage(failure(new StoreError('Your disk is full.', { code: 'quota' })));
    expect(full).toEqual({ ok: false, error: 'Your disk is full.', code: 'quota' });
    const gone = acrossMessage(failure(new StoreError('The journey no longer exists.', { code: 'missing' })));

    const [disk, deleted] = [thrownBy(() => unwrap(full)), thrownBy(() => unwrap(gone))];
    expect(disk).toBeInstanceOf(TrailnoteError);
    expect(disk).toMatchObject({ code: 'quota', message: 'Your disk is full.' });
    expect(deleted).toMatchObject({ code: 'missing', message: 'The journey no longer exists.' });
  });

  it('give an import refusal, a browser quota error and a thrown string their codes', async () => {
    expect(acrossMessage(failure(new ImportError('importNotJson')))).toMatchObject({ code: 'import-invalid' });
    expect(acrossMessage(failure(new ImportError('importDiskFull')))).toMatchObject({ code: 'quota' });
    expect(acrossMessage(failure(new DOMException('full', 'QuotaExceededError')))).toMatchObject({ error: 'full', code: 'quota' });
    const thrown = await attempt(() => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown string is what this test is about
      throw 'plain words';
    });
    expect(thrown).toEqual({ ok: false, error: 'plain words' });
    expect(thrownBy(() => unwrap(thrown))).toMatchObject({ code: 'unknown', message: 'plain words' });
  });

  it('say no-answer when nothing came back, and unknown for an older sender without a code', () => {
    expect(thrownBy(() => unwrap(undefined))).toMatchObject({ code: 'no-answer' });
    expect(thrownBy(() => unwrap({ ok: false, error: 'Old words' }))).toMatchObject({ code: 'unknown', message: 'Old words' });
  });

  it('word no answer in the panel by its code: the contracts carry no translations', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const unanswered = thrownBy(() => unwrap(undefined));
    expect(panelMessage(unanswered, 'panel: test')).toBe(t('errorNoAnswer'));
  });
});

describe('messageOf and codeOf', () => {
  it('read any thrown value', () => {
    expect(messageOf(new Error('Boom'))).toBe('Boom');
    expect(messageOf(new DOMException('', 'AbortError'))).toBe('AbortError');
    expect(messageOf('words')).toBe('words');
    expect(messageOf(undefined)).toBe('undefined');
    expect(codeOf(new TrailnoteError('capture-failed', 'No screenshot'))).toBe('capture-failed');
    expect(codeOf(new TypeError('x is undefined'))).toBe('unknown');
    expect(codeOf(null)).toBe('unknown');
  });

  it('keep the cause', () => {
    const cause = new DOMException('Boom', 'UnknownError');
    expect(new TrailnoteError('failed', 'Trailnote could not save the step', { cause }).cause).toBe(cause);
  });
});
