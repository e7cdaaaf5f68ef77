import { bilingual } from './bilingual';

/**
 * SaaS sign-up and trial (issue 18): from the first visit to the end of a free trial. Critical where a trial
 * goes wrong for good: a sign-up that never reaches the product, and a subscription that cannot be ended the
 * way it was started (consumer law in the EU and the US requires cancelling to be as easy as subscribing).
 */
export const saasTrial = bilingual('saas-trial', { en: 'SaaS sign-up and trial', fr: 'Inscription et essai d’un logiciel SaaS' }, [
  {
    stageId: 'awareness',
    criteria: [
      {
        id: 'value-proposition-clear',
        weight: 3,
        en: [
          'The home page says what the product does and for whom',
          'Pass: within five seconds, a first-time visitor can say which problem the product solves and for which kind of team.',
        ],
        fr: [
          'La page d’accueil dit ce que fait le produit et pour qui',
          'Conforme : en cinq secondes, un nouveau visiteur peut dire quel problème le produit résout et pour quel type d’équipe.',
        ],
      },
      {
        id: 'trial-offer-visible',
        weight: 2,
        en: ['The free trial or free plan is offered on the first screen', 'Pass: a “Start free trial” or “Try for free” button is visible on the home page without scrolling.'],
        fr: [
          'L’essai gratuit ou l’offre gratuite est proposé dès le premier écran',
          'Conforme : un bouton « Essai gratuit » ou « Essayer gratuitement » est visible sur la page d’accueil sans faire défiler.',
        ],
      },
    ],
  },
  {
    stageId: 'consideration',
    criteria: [
      {
        id: 'pricing-published',
        weight: 3,
        en: ['Prices are published', 'Pass: a pricing page gives the price of each plan, per user or per month, taxes stated. “Contact us” for the largest plan only is a pass.'],
        fr: [
          'Les prix sont publiés',
          'Conforme : une page de tarifs donne le prix de chaque offre, par utilisateur ou par mois, taxes précisées. « Nous contacter » pour la plus grande offre seulement est accepté.',
        ],
      },
      {
        id: 'plans-comparable',
        weight: 2,
        en: ['Plans are easy to compare', 'Pass: one table or list shows what each plan includes and its limits (users, usage, storage, features).'],
        fr: [
          'Les offres se comparent facilement',
          'Conforme : un tableau ou une liste montre ce que comprend chaque offre et ses limites (utilisateurs, usage, stockage, fonctions).',
        ],
      },
      {
        id: 'trial-terms-stated',
        weight: 3,
        en: [
          'Trial terms are stated before signing up',
          'Pass: the trial’s length, what it includes and what happens when it ends (downgrade, charge or stop) are said before the form.',
        ],
        fr: [
          'Les conditions de l’essai sont annoncées avant l’inscription',
          'Conforme : la durée de l’essai, ce qu’il comprend et ce qui se passe à la fin (offre gratuite, prélèvement ou arrêt) sont dits avant le formulaire.',
        ],
      },
      {
        id: 'proof-shown',
        weight: 1,
        en: ['Customers, reviews or case studies are shown', 'Pass: named customers, ratings on a review site or case studies with figures appear before sign-up.'],
        fr: [
          'Clients, avis ou études de cas sont montrés',
          'Conforme : des clients nommés, des notes sur un site d’avis ou des études de cas chiffrées apparaissent avant l’inscription.',
        ],
      },
      {
        id: 'data-protection-addressed',
        weight: 1,
        en: ['Security and data protection are addressed', 'Pass: a security, privacy or GDPR page is linked from the site and says where data is hosted.'],
        fr: [
          'La sécurité et la protection des données sont traitées',
          'Conforme : une page sécurité, confidentialité ou RGPD est accessible depuis le site et dit où les données sont hébergées.',
        ],
      },
    ],
  },
  {
    stageId: 'decision',
    criteria: [
      {
        id: 'no-card-for-trial',
        weight: 2,
        en: [
          'The trial starts without a payment card, or says why one is needed',
          'Pass: no card is asked; or the page says nothing is charged before the trial ends and how to cancel before then.',
        ],
        fr: [
          'L’essai démarre sans carte bancaire, ou dit pourquoi elle est demandée',
          'Conforme : aucune carte n’est demandée ; ou la page dit que rien n’est prélevé avant la fin de l’essai et comment annuler d’ici là.',
        ],
      },
    ],
  },
  {
    stageId: 'purchase',
    criteria: [
      {
        id: 'short-sign-up-form',
        weight: 2,
        en: [
          'The sign-up form asks only what is needed to start',
          'Pass: five fields or fewer before the product opens (name, email, password…); company size and phone can wait.',
        ],
        fr: [
          'Le formulaire d’inscription ne demande que le nécessaire pour commencer',
          'Conforme : cinq champs au plus avant d’entrer dans le produit (nom, e-mail, mot de passe…) ; taille de l’entreprise et téléphone peuvent attendre.',
        ],
      },
      {
        id: 'single-sign-on',
        weight: 1,
        en: ['Signing up with an existing account is offered', 'Pass: Google, Microsoft or another single sign-on lets the tester skip creating a password.'],
        fr: ['L’inscription avec un compte existant est proposée', 'Conforme : Google, Microsoft ou une autre connexion unique évite de créer un mot de passe.'],
      },
      {
        id: 'password-rules-upfront',
        weight: 1,
        en: ['Password rules are shown before an error', 'Pass: the rules (length, characters) are visible beside the field, not only in the error after sending.'],
        fr: [
          'Les règles du mot de passe sont affichées avant l’erreur',
          'Conforme : les règles (longueur, caractères) sont visibles à côté du champ, pas seulement dans l’erreur après l’envoi.',
        ],
      },
      {
        id: 'sign-up-completes',
        weight: 3,
        critical: true,
        en: [
          'Sign-up completes and opens the product',
          'Pass: the tester reaches the product, directly or through a verification email that works. Fail: an error, a dead end, or no email after ten minutes.',
        ],
        fr: [
          'L’inscription aboutit et ouvre le produit',
          'Conforme : le testeur arrive dans le produit, directement ou par un e-mail de vérification qui fonctionne. Non conforme : une erreur, une impasse ou aucun e-mail au bout de dix minutes.',
        ],
      },
      {
        id: 'verification-email-quick',
        weight: 2,
        en: [
          'The confirmation email arrives quickly',
          'Pass: within five minutes, from a recognisable sender, with a link that works once. Not applicable when no email is needed.',
        ],
        fr: [
          'L’e-mail de confirmation arrive vite',
          'Conforme : en moins de cinq minutes, d’un expéditeur reconnaissable, avec un lien qui fonctionne. Sans objet si aucun e-mail n’est nécessaire.',
        ],
      },
    ],
  },
  {
    stageId: 'service',
    criteria: [
      {
        id: 'first-result-guided',
        weight: 3,
        en: ['The first session leads to a first useful result', 'Pass: a checklist, tour, template or sample data brings the tester to a first real result in under ten minutes.'],
        fr: [
          'La première session mène à un premier résultat utile',
          'Conforme : une liste d’étapes, une visite guidée, un modèle ou des données d’exemple amènent le testeur à un premier vrai résultat en moins de dix minutes.',
        ],
      },
      {
        id: 'empty-states-helpful',
        weight: 2,
        en: ['Empty screens say what to do next', 'Pass: a screen with no data yet explains what it is for and offers the action that fills it.'],
        fr: ['Les écrans vides disent quoi faire ensuite', 'Conforme : un écran encore sans données explique à quoi il sert et propose l’action qui le remplit.'],
      },
      {
        id: 'help-inside-product',
        weight: 2,
        en: ['Help is reachable from inside the product', 'Pass: a help centre, chat or contact is one click away from any screen of the product.'],
        fr: ['L’aide est accessible depuis le produit', 'Conforme : un centre d’aide, un chat ou un contact est à un clic de chaque écran du produit.'],
      },
      {
        id: 'first-session-impression',
        weight: 1,
        scale: 'rating',
        en: ['Overall impression of the first session', '1: lost and unsure what the product is for; 5: confident, with something done and a reason to come back.'],
        fr: [
          'Impression générale de la première session',
          '1 : perdu, sans savoir à quoi sert le produit ; 5 : en confiance, avec quelque chose d’accompli et une raison de revenir.',
        ],
      },
    ],
  },
  {
    stageId: 'loyalty',
    criteria: [
      {
        id: 'trial-end-announced',
        weight: 2,
        en: ['The end of the trial is announced in advance', 'Pass: the days left are shown in the product, or a reminder email comes before the trial ends.'],
        fr: ['La fin de l’essai est annoncée à l’avance', 'Conforme : les jours restants sont affichés dans le produit, ou un e-mail de rappel arrive avant la fin de l’essai.'],
      },
      {
        id: 'upgrade-easy',
        weight: 2,
        en: ['Moving to a paid plan takes few steps', 'Pass: an “Upgrade” entry in the product leads to payment in three screens or fewer, the price repeated before paying.'],
        fr: [
          'Passer à une offre payante se fait en peu d’étapes',
          'Conforme : une entrée « Passer à l’offre payante » dans le produit mène au paiement en trois écrans au plus, le prix rappelé avant de payer.',
        ],
      },
      {
        id: 'cancel-as-easy',
        weight: 3,
        critical: true,
        en: [
          'Cancelling is as easy as signing up',
          'Pass: the trial or account can be ended from the settings, without calling anyone and without pages that try to talk the tester out of it more than once.',
        ],
        fr: [
          'Résilier est aussi simple que s’inscrire',
          'Conforme : l’essai ou le compte se termine depuis les réglages, sans appeler personne et sans plus d’une page qui tente de retenir le testeur.',
        ],
      },
    ],
  },
]);
