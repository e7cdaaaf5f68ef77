import { t } from '../i18n';
import { EMOTION_LABELS } from '../journey/emotions';
import { NOTE_KIND_LABELS } from '../journey/notes';
import { stepSentence } from '../journey/step-sentence';
import { escapeHtml as e } from './html';
import { faceSvg } from './report-curve-html';
import { findingAnchor, type Finding } from './report-findings';

/**
 * The report's Findings: a numbered entry per finding (its anchor is what the map links to), with what
 * was said there in full and the step's screenshot at full size, and a link back to the step on the map.
 */
function findingItem(finding: Finding, picture: string | undefined): string {
  const { step } = finding;
  const feeling = finding.emotion === undefined ? '' : `<span class="feeling">${faceSvg(finding.emotion, 20)}${e(t(EMOTION_LABELS[finding.emotion]))}</span>`;
  const tags = [finding.keyMoment ? `<span class="key-tag">★ ${e(t('keyMoment'))}</span>` : '', feeling].join('');
  const notes = finding.notes.map((note) => `<div class="note kind-${note.kind}"><b>${e(t(NOTE_KIND_LABELS[note.kind]))}</b><p>${e(note.text)}</p></div>`).join('');
  const shot = picture
    ? `<figure class="shot"><img src="${e(picture)}" alt="${e(t('screenshotOfStep', step.seq, stepSentence(step)))}"></figure>`
    : `<p class="none shot">${e(t('noScreenshot'))}</p>`;
  return (
    `<li class="finding${finding.keyMoment ? ' key' : ''}" id="${findingAnchor(finding)}"><div class="said">` +
    `<p class="where"><span class="number">${finding.number}</span>${e(t('stepNumber', step.seq))} · ${e(finding.stage.name)}</p>` +
    `<h3>${e(stepSentence(step))}</h3>${tags ? `<p class="tags">${tags}</p>` : ''}${notes}` +
    `<p class="back"><a href="#step-${step.seq}">${e(t('reportSeeOnMap'))}</a></p></div>${shot}</li>`
  );
}

/** `pictures`: full-size data: URLs by step id. */
export function findingsSection(findings: readonly Finding[], pictures: ReadonlyMap<string, string>): string {
  const heading = `<h2 id="findings-title">${e(t('reportFindings'))} <small>${findings.length}</small></h2>`;
  const list = findings.length
    ? `<p class="lede">${e(t('reportFindingsLede'))}</p><ol class="findings">${findings.map((finding) => findingItem(finding, pictures.get(finding.step.id))).join('')}</ol>`
    : `<p class="none">${e(t('reportNoFindings'))}</p>`;
  return `<section aria-labelledby="findings-title">${heading}${list}</section>`;
}
