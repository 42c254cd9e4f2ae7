/* Rapports standard et exports des grilles, en français (mêmes clés que reports.en.ts). */
import type { ReportsKey } from './reports.en';

export const reportsFr: Record<ReportsKey, string> = {
  'reportTitle.expiryAlerts': 'Stock proche de la péremption',
  'reportTitle.lowStock': 'Stock bas',
  'reportTitle.counts': 'Inventaires',
  'reportTitle.countSheet': 'Feuille d’inventaire',
  'reportTitle.incoming': 'Transferts entrants',
  'reportTitle.thresholds': 'Seuils de stock bas',
  'reportTitle.vehicles': 'Véhicules',
  'reportCol.expectedArrival': 'Arrivée prévue',
  'reportCol.weightKg': 'Poids (kg)',
  'reportCol.daysToExpiry': 'Jours avant péremption',
  'reportCol.line': 'Ligne',
  'reportCol.activity': 'Activité',
  'report.activity.stock': 'Détient du stock',
  'report.activity.operates': 'Gère le site',
  'report.sector.logistics': 'Logistique',
  'reports.title': 'Rapports standard',
  'reports.lead':
    'Chaque rapport est écrit par le cœur en XLSX ou CSV, avec le niveau de partage, une ligne HXL au choix et, pour un partenaire, son profil d’export. Choisissez les paramètres, puis Exporter….',
  'reports.col.report': 'Rapport',
  'reports.col.holds': 'Contenu',
  'reports.col.parameters': 'Paramètres',
  'reports.holds.onHand':
    'Stock disponible par site, article, lot, péremption, propriétaire et état, avec minimums et alertes de stock bas.',
  'reports.holds.stockCard': 'Tous les mouvements d’un article sur un site, avec le solde courant, sur une période.',
  'reports.holds.documents':
    'Réceptions, sorties, transferts, ajustements et inventaires : numéro, statut, date, parties, lignes et totaux.',
  'reports.holds.threeW':
    'Qui fait quoi où : chaque organisation, son activité et son secteur, les sites et zones administratives où elle travaille.',
  'reports.holds.expiry': 'Stock en bon état périmant sous 3 ou 9 mois (périmé compris), le plus proche d’abord.',
  'reports.holds.lowStock': 'Articles dont le stock en bon état sur un site est sous le minimum fixé.',
  'reports.holds.items': 'Le catalogue : codes, noms, catégories, unités, conditionnements, marchandises dangereuses et chaîne du froid.',
  'reports.holds.sites': 'Entrepôts et autres sites : codes, noms, gestionnaires, zones administratives et coordonnées.',
  'reports.holds.organisations': 'Organisations partenaires : noms, types et pays.',
  'reports.holds.audit': 'Chaque modification : quand, par qui, quel enregistrement, avant et après (jusqu’à 5 000 entrées).',
  'reports.noParameters': 'Aucun : tout.',
  'reports.kind': 'Type',
  'reports.anyKind': 'Tous types',
  'reports.anyOwner': 'Tous propriétaires',
  'reports.condition': 'État',
  'reports.anyCondition': 'Tout état',
  'reports.within': 'Péremption',
  'reports.from': 'Du',
  'reports.to': 'Au',
  'reports.chooseSiteAndItem': 'Choisissez d’abord un site et un article.',
};
