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
  'field.fourEyes.countApproval': 'Approbation des inventaires',
  'field.fourEyes.reversals': 'Annulations',
  'field.fourEyes.adjustments': 'Ajustements',
  'field.fourEyes.adjustmentQuantity': 'Seuil d’ajustement',
  'field.fourEyes.exportsAboveGreen': 'Exports au-dessus de GREEN',
};
