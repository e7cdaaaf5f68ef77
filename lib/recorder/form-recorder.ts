import { accessibleName } from './accessible-name';
import type { RecordedSubmit } from './events';
import type { Remove } from './listen';
import type { RecorderContext } from './recorder-context';
import { onAcrossShadowRoots } from './shadow-listen';
import { describeElement } from './selectors';
import { stamp } from './stamp';

const submitButtons = 'button[type=submit],button:not([type]),input[type=submit],input[type=image]';

/** Submitted forms. The step's text is the form's own name, else the text of the button that sent it. */
export function recordSubmits(ctx: RecorderContext): Remove {
  const { win, emit } = ctx;
  return onAcrossShadowRoots(
    win,
    'submit',
    (event) => {
      const form = event.composedPath()[0] as Element | undefined;
      if (!form || form.localName !== 'form') return;
      const target = describeElement(form, win);
      if (!target.text) {
        const button = (event as SubmitEvent).submitter ?? form.querySelector(submitButtons);
        if (button) target.text = accessibleName(button);
      }
      const step: RecordedSubmit = { ...stamp(win), kind: 'submit', target };
      emit({ type: 'step', step });
    },
    ctx.listen,
  );
}
