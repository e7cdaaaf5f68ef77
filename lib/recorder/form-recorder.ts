import { accessibleName } from '../dom/accessible-name';
import type { SubmittedField } from '../privacy/address-rules';
import type { RecordedSubmit } from '../contract/recorder-events';
import type { Remove } from './listen';
import { classifyField } from '../privacy/field-rules';
import { wasPasswordField } from '../privacy/password-memory';
import type { RecorderContext } from './recorder-context';
import { onAcrossShadowRoots } from './shadow-listen';
import { describeElement } from './selectors';
import { stamp } from './stamp';

const submitButtons = 'button[type=submit],button:not([type]),input[type=submit],input[type=image]';

const sentFields = new Set(['input', 'select', 'textarea']);

/** Buttons send their own (page-written) value: they are not fields the tester filled. */
const buttonTypes = new Set(['submit', 'button', 'reset', 'image']);

function isFilledField(el: Element): boolean {
  return sentFields.has(el.localName) && !(el.localName === 'input' && buttonTypes.has((el.getAttribute('type') ?? '').toLowerCase()));
}

/** The fields a form sends, by name and class, so the address it leads to keeps only what they may keep. */
function submittedFields(form: HTMLFormElement): SubmittedField[] {
  return Array.from(form.elements).flatMap((el) => {
    const name = el.getAttribute('name');
    return name && isFilledField(el) ? [{ name, fieldClass: classifyField(el, { wasPassword: wasPasswordField(el) }) }] : [];
  });
}

/**
 * Submitted forms. The step's text is the form's own name, else the text of the button that sent it. A
 * submit caused by a click says so (`clickId`): the background learns the fields it sent and keeps the
 * click as the one step, so pressing "Add to cart" is one moment with one screenshot.
 */
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
        const button = event.submitter ?? form.querySelector(submitButtons);
        if (button) target.text = accessibleName(button);
      }
      const clickId = ctx.clickInTask;
      const step: RecordedSubmit = { ...stamp(win), kind: 'submit', target, fields: submittedFields(form as HTMLFormElement), ...(clickId && { clickId }) };
      emit({ type: 'step', step });
    },
    ctx.listen,
  );
}
