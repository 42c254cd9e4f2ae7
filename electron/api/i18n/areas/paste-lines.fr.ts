/* Coller un bloc de lignes de document de stock ou de stock trouvé sur une fiche d’inventaire, en français (mêmes clés : paste-lines.en.ts). */
import type { PasteLinesKey } from './paste-lines.en';

export const pasteLinesFr: Record<PasteLinesKey, string> = {
  'linePaste.button': 'Coller des lignes…',
  'linePaste.buttonTitle': 'Ajouter des lignes depuis un bloc copié d’un tableur, une ligne par rangée',
  'linePaste.nouns': 'lignes',
  'linePaste.how':
    'copiez les lignes dans votre tableur (une première ligne nommant les colonnes est facultative), cliquez dans la zone et appuyez sur Ctrl+V. Chaque ligne est ajoutée au brouillon, tout ou rien ; les lignes déjà présentes ne changent pas.',
  'linePaste.foundButton': 'Coller du stock trouvé…',
  'linePaste.foundButtonTitle': 'Ajouter du stock trouvé en rayon depuis un bloc copié d’un tableur',
  'linePaste.foundNouns': 'lignes de stock trouvé',
  'linePaste.foundHow':
    'copiez le stock trouvé en rayon dans votre tableur (une première ligne nommant les colonnes est facultative), cliquez dans la zone et appuyez sur Ctrl+V. Chaque ligne est ajoutée à la fiche comme stock trouvé, tout ou rien.',
  'linePaste.adding': 'Ajout de {count, plural, one {# ligne collée} other {# lignes collées}}…',
  'linePaste.added':
    '{count, plural, one {# ligne collée} other {# lignes collées}}. Ctrl+Z ou Annuler le collage {count, plural, one {la retire} other {les retire}}.',
  'linePaste.addedNoUndo':
    '{count, plural, one {# ligne collée} other {# lignes collées}}. Les lignes ont été modifiées pendant l’enregistrement du collage : il ne peut plus être annulé d’un bloc.',
  'linePaste.undo': 'Annuler le collage',
  'linePaste.undone': '{count, plural, one {La ligne collée a été retirée} other {Les # lignes collées ont été retirées}}.',
  'linePaste.notUndone': 'Le collage n’a pas été annulé : {message}',
  'linePaste.foundAdded': '{count, plural, one {# ligne de stock trouvé ajoutée} other {# lignes de stock trouvé ajoutées}} à la fiche.',
  'linePaste.unknownHeader':
    'La première ligne nomme des colonnes que les lignes n’ont pas ({names}). Nommez-les comme la grille ({columns}), ou retirez la ligne d’en-tête et collez les colonnes dans cet ordre.',
  'linePaste.tooWide': 'Le bloc a {width} colonnes ; une ligne en prend {count} : {columns}.',
  'linePaste.newLine': 'nouvelle ligne {n}',
  'audit.verb.paste': 'Lignes collées',
  'pasteCore.noItem': 'Aucun article n’a le code « {code} » ; donnez un code du catalogue',
  'pasteCore.noOrg': 'Aucune organisation ne s’appelle « {name} » ; donnez son sigle (comme PAM) ou son nom complet',
  'pasteCore.noCondition': '« {text} » n’est pas un état ; écrivez l’un de : {choices}',
  'pasteCore.noDirection': '« {text} » n’est pas un sens ; écrivez l’un de : {choices}',
  'pasteCore.notYesNo': '« {text} » n’est ni oui ni non',
  'pasteCore.empty': 'Cette cellule est vide',
  'pasteCore.heldLot': 'lot {lot}, pér. {expiry}, {owner}',
  'pasteCore.andMore': '{list} et {count, number} autres',
  'pasteCore.noStockHere': '{site} ne détient aucun stock {condition} de {item}',
  'pasteCore.noLotHere': 'Aucun lot {condition} de {item} à {site} ne correspond à cette ligne ; les lots présents sont : {lots}',
  'pasteCore.severalLots':
    'Plusieurs lots {condition} de {item} à {site} correspondent ({lots}) ; donnez le numéro de lot, la péremption ou le propriétaire',
  'pasteCore.refused': 'Rien n’a été collé ({count, plural, one {un problème} other {# problèmes}}). Ligne {line} : {first}',
  'pasteCore.countedWhole': '« {text} » n’est pas un compte : donnez un nombre entier, 0 ou plus',
  'pasteCore.countedNeeded': 'Donnez la quantité comptée',
  'pasteCore.pastedTwice': 'Ce lot dans cet état figure déjà à la ligne collée {line}',
};
