import { bilingual } from './bilingual';

/**
 * Lead or contact form (issue 18): finding the form, filling it in, sending it, and what follows. Critical
 * where the lead is lost: a form that does not send, and a sending nobody confirms.
 */
export const leadForm = bilingual('lead-form', { en: 'Lead or contact form', fr: 'Formulaire de contact ou de demande' }, [
  {
    stageId: 'awareness',
    criteria: [
      {
        id: 'form-findable',
        weight: 3,
        en: [
          'The contact or quote form is found from the home page',
          'Pass: a “Contact”, “Request a quote” or “Book a demo” link is in the header or the first screen, and the form is one or two clicks away.',
        ],
        fr: [
          'Le formulaire de contact ou de devis se trouve depuis l’accueil',
          'Conforme : un lien « Contact », « Demander un devis » ou « Réserver une démo » est dans l’en-tête ou le premier écran, et le formulaire est à un ou deux clics.',
        ],
      },
    ],
  },
  {
    stageId: 'consideration',
    criteria: [
      {
        id: 'next-steps-stated',
        weight: 2,
        en: ['The page says what happens after sending', 'Pass: who will answer, how (call, email) and when (“within one working day”) is written near the form.'],
        fr: ['La page dit ce qui se passe après l’envoi', 'Conforme : qui répondra, comment (appel, e-mail) et quand (« sous un jour ouvré ») est écrit près du formulaire.'],
      },
      {
        id: 'other-channels',
        weight: 1,
        en: ['Other ways to get in touch are given', 'Pass: a phone number, an email address, a chat or a postal address appears beside the form.'],
        fr: ['D’autres moyens de contact sont indiqués', 'Conforme : un numéro de téléphone, une adresse e-mail, un chat ou une adresse postale figure à côté du formulaire.'],
      },
    ],
  },
  {
    stageId: 'decision',
    criteria: [
      {
        id: 'few-fields',
        weight: 3,
        en: ['The form asks only what is needed', 'Pass: seven fields or fewer, each with an evident use for the answer; nothing asked twice.'],
        fr: ['Le formulaire ne demande que le nécessaire', 'Conforme : sept champs au plus, chacun d’une utilité évidente pour la réponse ; rien n’est demandé deux fois.'],
      },
      {
        id: 'labels-visible',
        weight: 2,
        en: ['Every field has a visible label', 'Pass: each field’s label stays visible while typing; a placeholder that disappears is not a label.'],
        fr: ['Chaque champ a une étiquette visible', 'Conforme : l’étiquette de chaque champ reste visible pendant la saisie ; un texte indicatif qui disparaît n’en est pas une.'],
      },
      {
        id: 'required-marked',
        weight: 1,
        en: ['Required and optional fields are told apart', 'Pass: required fields (or optional ones) are marked, and the marking is explained once.'],
        fr: ['Les champs obligatoires et facultatifs se distinguent', 'Conforme : les champs obligatoires (ou facultatifs) sont signalés, et le signe est expliqué une fois.'],
      },
      {
        id: 'consent-clear',
        weight: 2,
        en: ['Data use and consent are stated', 'Pass: a short note or link says how the data is used; marketing consent is a separate box, not ticked in advance.'],
        fr: [
          'L’usage des données et le consentement sont clairs',
          'Conforme : une courte mention ou un lien dit comment les données sont utilisées ; le consentement marketing est une case à part, non cochée d’avance.',
        ],
      },
      {
        id: 'spam-check-light',
        weight: 1,
        en: ['Spam protection does not get in the way', 'Pass: no puzzle to solve, or one solved at the first try.'],
        fr: ['La protection contre le spam ne gêne pas', 'Conforme : aucune énigme à résoudre, ou une seule, réussie du premier coup.'],
      },
    ],
  },
  {
    stageId: 'purchase',
    criteria: [
      {
        id: 'errors-beside-fields',
        weight: 2,
        en: ['Mistakes are explained beside the field', 'Pass: a wrong entry is flagged next to its field, in words that say how to fix it, and what was typed is kept.'],
        fr: [
          'Les erreurs sont expliquées à côté du champ',
          'Conforme : une saisie erronée est signalée près de son champ, avec des mots qui disent comment la corriger, et ce qui a été saisi est conservé.',
        ],
      },
      {
        id: 'form-sends',
        weight: 3,
        critical: true,
        en: ['The form is sent', 'Pass: a correctly filled form is sent at the first attempt. Fail: an error, a page that hangs, or an entry lost.'],
        fr: ['Le formulaire est envoyé', 'Conforme : un formulaire bien rempli part du premier coup. Non conforme : une erreur, une page qui reste bloquée ou une saisie perdue.'],
      },
      {
        id: 'sending-confirmed',
        weight: 3,
        critical: true,
        en: ['Sending is confirmed on screen', 'Pass: a message or a page confirms the request was received and repeats what happens next.'],
        fr: ['L’envoi est confirmé à l’écran', 'Conforme : un message ou une page confirme la réception de la demande et rappelle la suite.'],
      },
    ],
  },
  {
    stageId: 'service',
    criteria: [
      {
        id: 'acknowledgement-email',
        weight: 2,
        en: ['An acknowledgement email arrives', 'Pass: within fifteen minutes, naming the request and how to add to it.'],
        fr: ['Un accusé de réception arrive par e-mail', 'Conforme : dans les quinze minutes, en rappelant la demande et comment la compléter.'],
      },
      {
        id: 'answer-in-time',
        weight: 3,
        en: ['A person answers within the time promised', 'Pass: a personal answer within the time the site stated, or within one working day when none was stated.'],
        fr: ['Une personne répond dans le délai annoncé', 'Conforme : une réponse personnelle dans le délai indiqué par le site, ou sous un jour ouvré si aucun ne l’était.'],
      },
      {
        id: 'answer-quality',
        weight: 2,
        scale: 'rating',
        en: ['The answer addresses the request', '1: a generic reply that ignores the request; 5: a personal, complete answer with a clear next step.'],
        fr: ['La réponse traite la demande', '1 : une réponse type qui ignore la demande ; 5 : une réponse personnelle et complète, avec une suite claire.'],
      },
    ],
  },
  {
    stageId: 'loyalty',
    criteria: [
      {
        id: 'follow-up-respects-consent',
        weight: 1,
        en: ['Follow-up respects the consent given', 'Pass: no newsletter or marketing email unless it was agreed to; every one has a one-click unsubscribe.'],
        fr: ['Les relances respectent le consentement donné', 'Conforme : ni lettre d’information ni e-mail marketing sans accord ; chacun permet de se désabonner en un clic.'],
      },
    ],
  },
]);
