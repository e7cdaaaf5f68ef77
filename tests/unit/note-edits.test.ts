import { describe, expect, it } from 'vitest';
import { appendStep, createJourney, getAnnotations } from '../../lib/db';
import { addNote, editNote, removeAnnotation, restoreAnnotation } from '../../lib/edits/notes';
import { click, journey, useFreshStore } from './support/rows';

useFreshStore();

async function oneStep(): Promise<void> {
  await createJourney(journey('j1'));
  await appendStep(click('s1'));
}

describe('notes', () => {
  it.each([
    ['empty', ''],
    ['blank', ' \n\t '],
    ['longer than 20,000 characters', 'x'.repeat(20_001)],
  ])('refuses a note that is %s, with a message, and stores nothing', async (_case, text) => {
    await oneStep();
    await expect(addNote('j1', 's1', 'friction', text)).rejects.toThrow(/empty note|too long/);
    expect(await getAnnotations('j1')).toEqual([]);
  });

  it('stores long notes and markup exactly as typed (trimmed), as text', async () => {
    await oneStep();
    const markup = '  <script>alert(1)</script><b>bold</b>  ';
    await addNote('j1', 's1', 'note', markup);
    await addNote('j1', 's1', 'pain-point', 'é'.repeat(10_000));
    const stored = await getAnnotations('j1');
    // Both notes may be made in the same millisecond, and then come back in either order.
    expect(stored.map((note) => note.text).sort()).toEqual([markup.trim(), 'é'.repeat(10_000)].sort());
  });

  it('edits text, kind and step but keeps when the note was made; an edit to empty is refused', async () => {
    await oneStep();
    await appendStep(click('s2'));
    const note = await addNote('j1', 's1', 'friction', 'Slow');
    const edited = await editNote(note, { kind: 'pain-point', text: 'Very slow', stepId: 's2' });
    expect(edited).toMatchObject({ id: note.id, at: note.at, kind: 'pain-point', text: 'Very slow', stepId: 's2' });
    await expect(editNote(edited, { text: '' })).rejects.toThrow(/empty note/);
    expect(await getAnnotations('j1')).toEqual([edited]);
  });

  it('deletes a note and puts it back on undo', async () => {
    await oneStep();
    const note = await addNote('j1', 's1', 'delight', 'Clear prices');
    const removed = await removeAnnotation(note.id);
    expect(await getAnnotations('j1')).toEqual([]);
    await restoreAnnotation(removed!);
    expect(await getAnnotations('j1')).toEqual([note]);
  });
});
