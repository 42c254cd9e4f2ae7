/* Double contrôle (quatre yeux) en français (mêmes clés : four-eyes.en.ts). */
import type { FourEyesKey } from './four-eyes.en';

export const fourEyesFr: Record<FourEyesKey, string> = {
  'fourEyes.noun': 'Les réglages du double contrôle',
  'fourEyes.guard.countApproval': 'Second opérateur pour l’approbation des inventaires',
  'fourEyes.guard.reversals': 'Second opérateur pour les annulations',
  'fourEyes.guard.adjustments': 'Second opérateur pour les gros ajustements',
  'fourEyes.guard.exportsAboveGreen': 'Second opérateur pour les exports au-dessus de TLP:GREEN',
  'fourEyes.secondShape': 'Le second opérateur doit être un approbateur choisi dans la liste, avec son code PIN',
  'fourEyes.noSuchApprover': 'Ce second opérateur n’existe pas ou est désactivé ; choisissez un approbateur dans la liste',
  'fourEyes.samePerson':
    '{operator} est l’opérateur au clavier et ne peut pas être aussi le second opérateur ; un autre approbateur doit saisir son code PIN',
  'fourEyes.samePersonIssue': 'Choisissez un autre approbateur',
  'fourEyes.counterChecks':
    '{operator} a compté cette feuille et ne peut pas aussi en contrôler l’approbation ; un autre approbateur doit saisir son code PIN',
  'fourEyes.notApprover': '{operator} est {role} ; le second opérateur doit être {needed} ou administrateur',
  'fourEyes.notApproverIssue': 'Pas approbateur',
  'fourEyes.required':
    'Le réglage « {setting} » est activé : un approbateur doit contrôler cette action avec son code PIN (page Base de données, Double contrôle)',
  'fourEyes.requiredIssue': 'Un second opérateur est nécessaire',
  'fourEyes.settingsTitle': 'Double contrôle',
  'fourEyes.settingsHint':
    'Demander un second opérateur, un approbateur qui saisit son code PIN sur cet ordinateur, avant les opérations cochées ici. Les deux noms figurent sur le document, dans le journal d’audit et sur les formulaires imprimés.',
  'fourEyes.thresholdLabel': 'Gros ajustement : une ligne de plus de (unités de base)',
  'fourEyes.thresholdHint':
    'Les articles n’ont pas de valeur dans le catalogue : un gros ajustement se juge donc à la quantité, toute ligne qui déplace plus que ce nombre d’unités de base (sacs, litres, pièces) de son article.',
  'fourEyes.save': 'Enregistrer le double contrôle',
  'fourEyes.saved': 'Réglages du double contrôle enregistrés.',
  'fourEyes.dialogTitle': 'Second opérateur',
  'fourEyes.dialogHint':
    'Un approbateur autre que vous contrôle cette action avec son code PIN, ici sur cet ordinateur. Échap pour annuler.',
  'fourEyes.approver': 'Approbateur',
  'fourEyes.chooseApprover': 'Choisissez un approbateur',
  'fourEyes.pin': 'Son code PIN',
  'fourEyes.confirm': 'Contrôler et confirmer',
  'fourEyes.noApprover':
    'Aucun autre approbateur ne peut contrôler cette action maintenant (aucun n’est actif et déverrouillé). Un administrateur peut en ajouter un sur la page Opérateurs.',
  'fourEyes.approveCount': 'Approuver l’inventaire {number}',
  'fourEyes.checkedBy': 'Contrôlé par {who}.',
  'fourEyes.colCheckedBy': 'Contrôlé par',
  'fourEyes.approvedBy': 'Approuvé par {who}.',
  'fourEyes.approvedByChecked': 'Approuvé par {who}, contrôlé par {second}.',
  'fourEyes.operatorChecked': '{who}, contrôlé par {second}',
  'field.fourEyes.countApproval': 'Approbation des inventaires',
  'field.fourEyes.reversals': 'Annulations',
  'field.fourEyes.adjustments': 'Ajustements',
  'field.fourEyes.adjustmentQuantity': 'Seuil d’ajustement',
  'field.fourEyes.exportsAboveGreen': 'Exports au-dessus de GREEN',
};
