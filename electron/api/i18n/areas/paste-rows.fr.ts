/* Coller des lignes nouvelles, offre de l’assistant d’import, copie des problèmes, en français (mêmes clés : paste-rows.en.ts). */
import type { PasteRowsKey } from './paste-rows.en';

export const pasteRowsFr: Record<PasteRowsKey, string> = {
  'pasteRows.button': 'Coller des lignes…',
  'pasteRows.buttonTitle': 'Ajouter des {nouns} depuis un bloc copié d’un tableur, un par ligne',
  'pasteRows.label': 'Coller des {nouns} comme nouvelles lignes',
  'pasteRows.title': 'Coller de nouveaux {nouns} :',
  'pasteRows.how':
    'copiez les lignes dans votre tableur, cliquez dans la zone et appuyez sur Ctrl+V. Chaque ligne devient un nouvel enregistrement (tout ou rien) ; rien d’existant ne change.',
  'pasteRows.columns': 'Une ligne remplit, dans l’ordre : {columns}.',
  'pasteRows.box': 'Lignes à coller',
  'pasteRows.placeholder': 'Appuyez sur Ctrl+V ici',
  'pasteRows.cancel': 'Annuler (Échap)',
  'pasteRows.headerFound':
    'La première ligne nomme des colonnes ({names}{more, plural, =0 {} other { et # autres}}) : cela ressemble à une feuille venue d’ailleurs.',
  'pasteRows.tooWide': 'Le bloc a {width} colonnes ; la grille en prend {count} à partir d’ici.',
  'pasteRows.nothingWritten': 'Rien n’a été écrit ({lines, plural, one {# ligne} other {# lignes}}, {cells, number} cellules).',
  'pasteRows.wizardWhy':
    'L’assistant d’import le lit d’après les noms de colonnes, vous laisse associer les autres et vérifie chaque ligne avant d’écrire.',
  'pasteRows.noWizard': 'Collez seulement les colonnes que montre cette grille, dans son ordre, sans ligne d’en-tête.',
  'pasteRows.openWizard': 'Ouvrir dans l’assistant d’import',
  'pasteRows.withoutHeader':
    'Laisser de côté la ligne d’en-tête et coller {count, plural, one {l’autre ligne} other {les # autres lignes}}',
  'pasteRows.copyProblems': '{count, plural, one {Copier le problème} other {Copier les # problèmes}}',
  'pasteRows.copied':
    '{count, plural, one {Le problème est} other {Les # problèmes sont}} dans le presse-papiers, séparés par des tabulations : collez-les dans un tableur ou un message.',
  'pasteRows.copyFailed':
    'Les problèmes n’ont pas pu être mis dans le presse-papiers : autorisez l’accès au presse-papiers pour cette page et réessayez.',
  'pasteRows.fromGrid': 'Cellules collées dans la grille {from}. Vérifiez ce qu’elles importent et l’association des colonnes ci-dessous.',
};
