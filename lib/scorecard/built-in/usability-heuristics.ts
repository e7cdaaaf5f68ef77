import { bilingual } from './bilingual';

/**
 * Usability heuristics (issue 18): Jakob Nielsen's ten heuristics for user interface design
 * (https://www.nngroup.com/articles/ten-usability-heuristics/), each with what counts as a pass on the walk.
 * They hold for the whole walk rather than one stage, so they form one group of their own. None is critical:
 * heuristic evaluation rates the severity of each problem found, and no single heuristic blocks a visit.
 */
export const usabilityHeuristics = bilingual('usability-heuristics', { en: 'Usability heuristics', fr: 'Heuristiques d’utilisabilité' }, [
  {
    stageId: 'whole-walk',
    name: { en: 'Whole walk', fr: 'Tout le parcours' },
    criteria: [
      {
        id: 'visibility-of-system-status',
        weight: 3,
        en: [
          'Visibility of system status',
          'Pass: every action gets visible feedback within a second (a button pressed, a spinner, a confirmation), and the tester always knows where they are and what is loading.',
        ],
        fr: [
          'Visibilité de l’état du système',
          'Conforme : chaque action reçoit un retour visible en moins d’une seconde (bouton enfoncé, indicateur de chargement, confirmation), et le testeur sait toujours où il est et ce qui se charge.',
        ],
      },
      {
        id: 'match-with-real-world',
        weight: 2,
        en: [
          'Match between the system and the real world',
          'Pass: words, icons and order follow the user’s world, not the company’s (“Delivery”, not “Fulfilment options”); no internal codes.',
        ],
        fr: [
          'Correspondance entre le système et le monde réel',
          'Conforme : mots, icônes et ordre suivent le monde de l’utilisateur, pas celui de l’entreprise (« Livraison », pas « Options de traitement ») ; aucun code interne.',
        ],
      },
      {
        id: 'user-control-and-freedom',
        weight: 2,
        en: ['User control and freedom', 'Pass: every step can be left or undone: Back works, dialogs close, a cart item or an entry can be removed without starting again.'],
        fr: [
          'Contrôle et liberté de l’utilisateur',
          'Conforme : chaque étape peut être quittée ou annulée : le retour arrière fonctionne, les fenêtres se ferment, un article ou une saisie se retire sans tout recommencer.',
        ],
      },
      {
        id: 'consistency-and-standards',
        weight: 2,
        en: [
          'Consistency and standards',
          'Pass: the same thing has the same name, look and place on every page, and common conventions hold (the logo goes home, links look like links).',
        ],
        fr: [
          'Cohérence et standards',
          'Conforme : une même chose a le même nom, le même aspect et la même place sur chaque page, et les conventions habituelles sont respectées (le logo ramène à l’accueil, les liens ressemblent à des liens).',
        ],
      },
      {
        id: 'error-prevention',
        weight: 3,
        en: [
          'Error prevention',
          'Pass: the interface keeps mistakes from happening: formats shown before typing, impossible choices unavailable, a confirmation before anything costly or irreversible.',
        ],
        fr: [
          'Prévention des erreurs',
          'Conforme : l’interface évite les erreurs : formats indiqués avant la saisie, choix impossibles indisponibles, confirmation avant toute action coûteuse ou irréversible.',
        ],
      },
      {
        id: 'recognition-rather-than-recall',
        weight: 2,
        en: [
          'Recognition rather than recall',
          'Pass: what the tester needs is on screen when needed (choices made so far, the basket, the step they are on); nothing must be remembered from an earlier page.',
        ],
        fr: [
          'Reconnaître plutôt que se souvenir',
          'Conforme : ce dont le testeur a besoin est à l’écran au bon moment (choix déjà faits, panier, étape en cours) ; rien n’est à retenir d’une page précédente.',
        ],
      },
      {
        id: 'flexibility-and-efficiency',
        weight: 1,
        en: ['Flexibility and efficiency of use', 'Pass: frequent tasks have shortcuts (search, filters, saved details, autofill accepted), without getting in a newcomer’s way.'],
        fr: [
          'Flexibilité et efficacité d’utilisation',
          'Conforme : les tâches fréquentes ont des raccourcis (recherche, filtres, informations mémorisées, saisie automatique acceptée), sans gêner un nouveau venu.',
        ],
      },
      {
        id: 'aesthetic-and-minimalist-design',
        weight: 1,
        en: ['Aesthetic and minimalist design', 'Pass: each screen shows what the task needs and little else; nothing competes with the main action for attention.'],
        fr: ['Esthétique et design minimaliste', 'Conforme : chaque écran montre ce que la tâche demande et guère plus ; rien ne dispute l’attention à l’action principale.'],
      },
      {
        id: 'recover-from-errors',
        weight: 3,
        en: [
          'Help users recognise, diagnose and recover from errors',
          'Pass: each error says in plain words what went wrong and how to fix it, next to where it happened, and keeps what was entered.',
        ],
        fr: [
          'Aider à reconnaître, diagnostiquer et corriger les erreurs',
          'Conforme : chaque erreur dit en mots simples ce qui s’est passé et comment y remédier, là où elle s’est produite, et conserve ce qui a été saisi.',
        ],
      },
      {
        id: 'help-and-documentation',
        weight: 1,
        en: ['Help and documentation', 'Pass: help is offered where it is needed (beside a difficult field, in the checkout) and answers the question in concrete steps.'],
        fr: [
          'Aide et documentation',
          'Conforme : l’aide est proposée là où elle sert (près d’un champ difficile, pendant la commande) et répond à la question par des étapes concrètes.',
        ],
      },
    ],
  },
]);
