import type { AnswerScale, Criterion, CriterionWeight, ScorecardTemplate } from '../types';

/**
 * The E-commerce purchase template (issue 18): a mystery shopper's checklist from finding the shop to
 * after-sale, grouped by the default stages (lib/db/default-stages.ts). English and French share every id,
 * so a walk scored in one language compares with a walk scored in the other.
 */

interface Words {
  text: string;
  guidance: string;
}

interface Shape {
  id: string;
  weight: CriterionWeight;
  critical?: boolean;
  scale?: AnswerScale;
}

const criterion = (shape: Shape, words: Words): Criterion => ({
  id: shape.id,
  text: words.text,
  guidance: words.guidance,
  scale: shape.scale ?? 'verdict',
  weight: shape.weight,
  critical: shape.critical ?? false,
});

/** Ids, weights and critical flags: the part of the template both languages share. */
const SHAPES = {
  awareness: [
    { id: 'home-says-what-is-sold', weight: 2 },
    { id: 'search-finds-product', weight: 3, critical: true },
    { id: 'navigation-clear', weight: 2 },
  ],
  consideration: [
    { id: 'product-photos', weight: 2 },
    { id: 'product-details', weight: 2 },
    { id: 'stock-shown', weight: 1 },
    { id: 'reviews-shown', weight: 1 },
    { id: 'product-page-impression', weight: 1, scale: 'rating' },
  ],
  decision: [
    { id: 'delivery-cost-before-cart', weight: 3 },
    { id: 'delivery-time-shown', weight: 2 },
    { id: 'returns-policy-visible', weight: 2 },
    { id: 'cart-editable', weight: 1 },
  ],
  purchase: [
    { id: 'guest-checkout', weight: 3 },
    { id: 'short-checkout-form', weight: 2 },
    { id: 'no-surprise-cost', weight: 3, critical: true },
    { id: 'payment-page-fast', weight: 2 },
    { id: 'form-errors-helpful', weight: 2 },
    { id: 'order-confirmed', weight: 3, critical: true },
  ],
  service: [
    { id: 'confirmation-email', weight: 2 },
    { id: 'contact-easy-to-find', weight: 2 },
  ],
  loyalty: [{ id: 'account-optional-after-order', weight: 1 }],
} satisfies Record<string, Shape[]>;

type StageKey = keyof typeof SHAPES;

type TemplateWords = {
  title: string;
  stageNames: Record<StageKey, string>;
  criteria: Record<string, Words>;
};

function build(language: string, words: TemplateWords): ScorecardTemplate {
  return {
    id: 'ecommerce-purchase',
    title: words.title,
    language,
    groups: (Object.keys(SHAPES) as StageKey[]).map((stageId) => ({
      stageId,
      stageName: words.stageNames[stageId],
      criteria: SHAPES[stageId].map((shape: Shape) => criterion(shape, words.criteria[shape.id])),
    })),
  };
}

const EN: TemplateWords = {
  title: 'E-commerce purchase',
  stageNames: { awareness: 'Awareness', consideration: 'Consideration', decision: 'Decision', purchase: 'Purchase', service: 'Service', loyalty: 'Loyalty' },
  criteria: {
    'home-says-what-is-sold': {
      text: 'The home page says what the shop sells',
      guidance: 'Pass: within five seconds on the home page, a first-time visitor can say what the shop sells and to whom.',
    },
    'search-finds-product': {
      text: 'Search or menus lead to the product sought',
      guidance: 'Pass: the product is reached in three clicks or fewer, or the first page of search results shows it.',
    },
    'navigation-clear': {
      text: 'Categories are named in the customer’s words',
      guidance: 'Pass: menu and category labels need no guessing; no jargon or internal names.',
    },
    'product-photos': {
      text: 'Product photos are large and show the product from several angles',
      guidance: 'Pass: at least two photos, zoomable or large enough to see the details that matter.',
    },
    'product-details': {
      text: 'The product page answers the main questions (size, material, compatibility)',
      guidance: 'Pass: nothing a buyer needs to decide had to be looked for elsewhere.',
    },
    'stock-shown': {
      text: 'Availability is shown before adding to the cart',
      guidance: 'Pass: in stock, out of stock or the delivery lead time is visible on the product page.',
    },
    'reviews-shown': {
      text: 'Customer reviews or ratings are shown',
      guidance: 'Pass: reviews are visible on the product page, with their number or an average.',
    },
    'product-page-impression': {
      text: 'Overall impression of the product pages',
      guidance: '1: confusing or untrustworthy; 5: as clear and reassuring as the best shops you know.',
    },
    'delivery-cost-before-cart': {
      text: 'Delivery cost shown before the cart',
      guidance: 'Pass: the delivery price (or “free from …”) is on the product page or in the header, before adding to the cart.',
    },
    'delivery-time-shown': {
      text: 'Delivery time is stated',
      guidance: 'Pass: an expected delivery date or a lead time in days is given before payment.',
    },
    'returns-policy-visible': {
      text: 'The returns policy is easy to find',
      guidance: 'Pass: a link to returns and refunds is visible on the product page or in the cart.',
    },
    'cart-editable': {
      text: 'The cart can be changed without starting again',
      guidance: 'Pass: quantities can be changed and items removed in the cart itself.',
    },
    'guest-checkout': {
      text: 'Guest checkout offered',
      guidance: 'Pass: an order can be placed without creating an account.',
    },
    'short-checkout-form': {
      text: 'The checkout form asks only what the order needs',
      guidance: 'Pass: no field beyond name, address, contact and payment is required.',
    },
    'no-surprise-cost': {
      text: 'No surprise cost appears at payment',
      guidance: 'Pass: the total at payment is the total announced in the cart. Fail: a fee appears only at the last step.',
    },
    'payment-page-fast': {
      text: 'Payment page under 3 s',
      guidance: 'Pass: the payment page is usable within three seconds (the recording’s load time is a hint).',
    },
    'form-errors-helpful': {
      text: 'Form errors say what to fix, next to the field',
      guidance: 'Pass: a wrong entry is flagged beside its field in plain words, and nothing typed is lost.',
    },
    'order-confirmed': {
      text: 'The order is confirmed on screen with a number',
      guidance: 'Pass: a confirmation page gives an order number and a summary of what was bought.',
    },
    'confirmation-email': {
      text: 'A confirmation email arrives promptly',
      guidance: 'Pass: an email with the order summary arrives within a few minutes.',
    },
    'contact-easy-to-find': {
      text: 'Customer service contact is easy to find',
      guidance: 'Pass: a phone number, chat or contact form is reachable in one click from any page.',
    },
    'account-optional-after-order': {
      text: 'An account is offered after the order, not forced before it',
      guidance: 'Pass: the shop offers to save the details for next time once the order is placed.',
    },
  },
};

const FR: TemplateWords = {
  title: 'Achat en ligne',
  stageNames: { awareness: 'Découverte', consideration: 'Considération', decision: 'Décision', purchase: 'Achat', service: 'Service', loyalty: 'Fidélité' },
  criteria: {
    'home-says-what-is-sold': {
      text: 'La page d’accueil dit ce que vend la boutique',
      guidance: 'Conforme : en cinq secondes sur l’accueil, un nouveau visiteur peut dire ce que vend la boutique et à qui.',
    },
    'search-finds-product': {
      text: 'La recherche ou les menus mènent au produit cherché',
      guidance: 'Conforme : le produit est atteint en trois clics au plus, ou la première page de résultats le montre.',
    },
    'navigation-clear': {
      text: 'Les catégories sont nommées avec les mots du client',
      guidance: 'Conforme : les libellés des menus et catégories se comprennent sans deviner ; ni jargon ni noms internes.',
    },
    'product-photos': {
      text: 'Les photos du produit sont grandes et le montrent sous plusieurs angles',
      guidance: 'Conforme : au moins deux photos, agrandissables ou assez grandes pour voir les détails qui comptent.',
    },
    'product-details': {
      text: 'La fiche produit répond aux questions principales (taille, matière, compatibilité)',
      guidance: 'Conforme : rien de ce qu’il faut pour décider n’a dû être cherché ailleurs.',
    },
    'stock-shown': {
      text: 'La disponibilité est affichée avant l’ajout au panier',
      guidance: 'Conforme : en stock, épuisé ou le délai d’expédition est visible sur la fiche produit.',
    },
    'reviews-shown': {
      text: 'Des avis ou notes de clients sont affichés',
      guidance: 'Conforme : les avis sont visibles sur la fiche produit, avec leur nombre ou une moyenne.',
    },
    'product-page-impression': {
      text: 'Impression d’ensemble des fiches produit',
      guidance: '1 : confuses ou peu fiables ; 5 : aussi claires et rassurantes que les meilleures boutiques que vous connaissez.',
    },
    'delivery-cost-before-cart': {
      text: 'Frais de livraison affichés avant le panier',
      guidance: 'Conforme : le prix de livraison (ou « offerte dès … ») est sur la fiche produit ou en en-tête, avant l’ajout au panier.',
    },
    'delivery-time-shown': {
      text: 'Le délai de livraison est annoncé',
      guidance: 'Conforme : une date de livraison prévue ou un délai en jours est donné avant le paiement.',
    },
    'returns-policy-visible': {
      text: 'Les conditions de retour sont faciles à trouver',
      guidance: 'Conforme : un lien vers les retours et remboursements est visible sur la fiche produit ou dans le panier.',
    },
    'cart-editable': {
      text: 'Le panier se modifie sans tout recommencer',
      guidance: 'Conforme : les quantités se changent et les articles se retirent dans le panier même.',
    },
    'guest-checkout': {
      text: 'Commande sans compte proposée',
      guidance: 'Conforme : on peut commander sans créer de compte.',
    },
    'short-checkout-form': {
      text: 'Le formulaire de commande ne demande que le nécessaire',
      guidance: 'Conforme : aucun champ obligatoire au-delà du nom, de l’adresse, du contact et du paiement.',
    },
    'no-surprise-cost': {
      text: 'Aucun coût surprise au paiement',
      guidance: 'Conforme : le total au paiement est celui annoncé dans le panier. Non conforme : des frais n’apparaissent qu’à la dernière étape.',
    },
    'payment-page-fast': {
      text: 'Page de paiement en moins de 3 s',
      guidance: 'Conforme : la page de paiement est utilisable en moins de trois secondes (le temps de chargement enregistré sert d’indice).',
    },
    'form-errors-helpful': {
      text: 'Les erreurs de saisie disent quoi corriger, à côté du champ',
      guidance: 'Conforme : une saisie erronée est signalée près de son champ, en mots simples, sans rien perdre de ce qui était tapé.',
    },
    'order-confirmed': {
      text: 'La commande est confirmée à l’écran avec un numéro',
      guidance: 'Conforme : une page de confirmation donne un numéro de commande et le récapitulatif des achats.',
    },
    'confirmation-email': {
      text: 'Un e-mail de confirmation arrive rapidement',
      guidance: 'Conforme : un e-mail récapitulant la commande arrive en quelques minutes.',
    },
    'contact-easy-to-find': {
      text: 'Le service client est facile à joindre',
      guidance: 'Conforme : un téléphone, un chat ou un formulaire de contact est à un clic de chaque page.',
    },
    'account-optional-after-order': {
      text: 'Le compte est proposé après la commande, pas imposé avant',
      guidance: 'Conforme : la boutique propose d’enregistrer les informations pour la prochaine fois une fois la commande passée.',
    },
  },
};

export const ecommercePurchase = { en: build('en', EN), fr: build('fr', FR) } as const;
