import { bilingual } from './bilingual';

/**
 * Customer service contact (issue 18): the mystery shopper's call, chat or email to a support team, from
 * finding how to reach it to the close of the contact. Critical, as in mystery-shopping practice: a wrong
 * answer, and an agent asking for secrets (a full password or card number) to identify the customer.
 */
export const customerService = bilingual('customer-service', { en: 'Customer service contact', fr: 'Contact avec le service client' }, [
  {
    stageId: 'awareness',
    criteria: [
      {
        id: 'help-findable',
        weight: 3,
        en: [
          'Help and contact options are easy to find',
          'Pass: a “Help” or “Contact” link is in the header or footer of every page, and the contact options are two clicks away.',
        ],
        fr: [
          'L’aide et les moyens de contact se trouvent facilement',
          'Conforme : un lien « Aide » ou « Contact » est dans l’en-tête ou le pied de chaque page, et les moyens de contact sont à deux clics.',
        ],
      },
      {
        id: 'channels-and-hours',
        weight: 2,
        en: ['Channels, opening hours and response times are stated', 'Pass: phone, chat, email or form are listed with their hours and how soon each answers.'],
        fr: [
          'Canaux, horaires et délais de réponse sont indiqués',
          'Conforme : téléphone, chat, e-mail ou formulaire sont listés avec leurs horaires et le délai de réponse de chacun.',
        ],
      },
    ],
  },
  {
    stageId: 'consideration',
    criteria: [
      {
        id: 'self-service-answers',
        weight: 2,
        en: [
          'Self-service answers the common questions',
          'Pass: a searchable FAQ or help centre answers the question asked (order, delivery, returns, billing), or points to the right contact.',
        ],
        fr: [
          'L’aide en ligne répond aux questions courantes',
          'Conforme : une FAQ ou un centre d’aide avec recherche répond à la question posée (commande, livraison, retour, facture), ou renvoie au bon contact.',
        ],
      },
      {
        id: 'person-reachable',
        weight: 2,
        en: ['Reaching a person is not hidden behind the FAQ', 'Pass: a way to reach a person stays visible; the help pages do not send the tester round in circles.'],
        fr: [
          'Joindre une personne n’est pas caché derrière la FAQ',
          'Conforme : un moyen de joindre une personne reste visible ; les pages d’aide ne font pas tourner le testeur en rond.',
        ],
      },
    ],
  },
  {
    stageId: 'decision',
    criteria: [
      {
        id: 'wait-acceptable',
        weight: 3,
        en: ['The wait is acceptable', 'Pass: phone answered within 3 minutes, chat within 2 minutes, email or form within one working day (or the time promised).'],
        fr: [
          'L’attente est acceptable',
          'Conforme : téléphone décroché en moins de 3 minutes, chat en moins de 2 minutes, e-mail ou formulaire sous un jour ouvré (ou dans le délai promis).',
        ],
      },
      {
        id: 'wait-announced',
        weight: 1,
        en: ['The wait is announced', 'Pass: the position in the queue or the expected wait is given, or a call back is offered.'],
        fr: ['L’attente est annoncée', 'Conforme : la position dans la file ou l’attente prévue est indiquée, ou un rappel est proposé.'],
      },
    ],
  },
  {
    stageId: 'purchase',
    criteria: [
      {
        id: 'greeting',
        weight: 1,
        en: ['The agent greets the customer and gives their name', 'Pass: a greeting and the agent’s first name (or the team’s) open the conversation.'],
        fr: ['Le conseiller salue le client et se présente', 'Conforme : une salutation et le prénom du conseiller (ou de l’équipe) ouvrent l’échange.'],
      },
      {
        id: 'identity-checks-safe',
        weight: 2,
        critical: true,
        en: [
          'Identity checks ask nothing secret',
          'Pass: only what finds the account or order (email, order number, postcode). Fail: a full password, a card number or a security code is asked.',
        ],
        fr: [
          'La vérification d’identité ne demande rien de secret',
          'Conforme : seulement ce qui retrouve le compte ou la commande (e-mail, numéro de commande, code postal). Non conforme : un mot de passe complet, un numéro de carte ou un code de sécurité est demandé.',
        ],
      },
      {
        id: 'request-understood',
        weight: 2,
        en: ['The agent checks the request was understood', 'Pass: the agent restates the problem or asks a question that shows it was understood before answering.'],
        fr: [
          'Le conseiller vérifie avoir compris la demande',
          'Conforme : le conseiller reformule le problème ou pose une question qui montre qu’il l’a compris avant de répondre.',
        ],
      },
      {
        id: 'answer-correct',
        weight: 3,
        critical: true,
        en: [
          'The answer is correct and complete',
          'Pass: it matches the site’s published terms and solves the problem, or gives a clear next step and a date. Fail: wrong information.',
        ],
        fr: [
          'La réponse est juste et complète',
          'Conforme : elle est conforme aux conditions publiées et résout le problème, ou donne une suite claire et une date. Non conforme : une information fausse.',
        ],
      },
      {
        id: 'no-runaround',
        weight: 2,
        en: ['The customer is not passed around', 'Pass: at most one transfer, and the request never has to be told again from the start.'],
        fr: ['Le client n’est pas renvoyé de service en service', 'Conforme : au plus un transfert, et la demande n’est jamais à raconter de nouveau depuis le début.'],
      },
      {
        id: 'courtesy',
        weight: 2,
        scale: 'rating',
        en: ['Courtesy and empathy of the agent', '1: curt or dismissive; 5: warm, patient and personal throughout.'],
        fr: ['Courtoisie et empathie du conseiller', '1 : sec ou expéditif ; 5 : chaleureux, patient et attentif du début à la fin.'],
      },
      {
        id: 'plain-language',
        weight: 1,
        en: ['The agent speaks plainly', 'Pass: no internal jargon or codes; terms the customer could not know are explained.'],
        fr: ['Le conseiller s’exprime simplement', 'Conforme : ni jargon interne ni codes ; les termes que le client ne peut pas connaître sont expliqués.'],
      },
    ],
  },
  {
    stageId: 'service',
    criteria: [
      {
        id: 'solved-first-contact',
        weight: 3,
        en: ['Resolved at the first contact', 'Pass: the problem is solved, or its solution set in motion, without the customer having to come back.'],
        fr: ['Résolu dès le premier contact', 'Conforme : le problème est résolu, ou sa solution engagée, sans que le client ait à revenir.'],
      },
      {
        id: 'outcome-in-writing',
        weight: 2,
        en: ['The outcome is confirmed in writing', 'Pass: a ticket number, an email or the chat transcript states what was agreed and by when.'],
        fr: ['L’issue est confirmée par écrit', 'Conforme : un numéro de dossier, un e-mail ou la transcription du chat reprend ce qui a été convenu et pour quand.'],
      },
    ],
  },
  {
    stageId: 'loyalty',
    criteria: [
      {
        id: 'anything-else',
        weight: 1,
        en: ['The agent asks whether anything else is needed', 'Pass: before closing, the agent asks if there is anything else and thanks the customer.'],
        fr: ['Le conseiller demande s’il peut aider en autre chose', 'Conforme : avant de conclure, le conseiller demande s’il y a autre chose et remercie le client.'],
      },
      {
        id: 'satisfaction-asked',
        weight: 1,
        en: ['Satisfaction is asked about', 'Pass: a short survey or question on the contact follows, in the conversation or by email.'],
        fr: ['La satisfaction est demandée', 'Conforme : une courte enquête ou une question sur l’échange suit, dans la conversation ou par e-mail.'],
      },
    ],
  },
]);
