/* Textes que le cœur écrit dans un historique (arrivée à une étape, livraison d’une demande), en français. */
import type { TimelineKey } from './timeline.en';

export const timelineFr: Record<TimelineKey, string> = {
  'timeline.stopReceived': '{stop} : {lines, plural, one {# ligne reçue} other {# lignes reçues}}',
  'timeline.short': ', {count, number} manquant(s)',
  'timeline.damaged': ', {count, number} endommagé(s)',
  'timeline.delivered': 'Ligne {line} livrée : {quantity, number} {unit} ({link})',
  'timeline.committed': 'Engagé ligne {line} : {quantity, number} {unit}{from, select, none {} other { à partir du {from}}}',
  'timeline.committedMore': ' ; ligne {line} : {quantity, number} {unit}{from, select, none {} other { à partir du {from}}}',
  'timeline.countNote': 'Ligne d’inventaire {line} : attendu {expected, number}, compté {counted, number} ({reason})',
  'timeline.convoyIssueNotes': 'Convoi {number} vers {stop}',
  'setup.homeOrgNote': 'L’organisation de cette installation',
  'setup.demoFailed': 'La configuration est enregistrée, mais le scénario de démonstration n’a pas pu être chargé : {reason}',
};
