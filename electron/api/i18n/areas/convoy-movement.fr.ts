/* Export de la notification de mouvement (itinéraire, arrêts, horaires, véhicules et plaques d’un convoi pour la déconfliction), en français (mêmes clés que convoy-movement.en.ts). */
import type { ConvoyMovementKey } from './convoy-movement.en';

export const convoyMovementFr: Record<ConvoyMovementKey, string> = {
  'movement.title': 'Notification de mouvement',
  'movement.scope': 'convoi {number}',
  'movement.export': 'Exporter la notification…',
  'movement.exportHint':
    'XLSX ou CSV de l’itinéraire, des arrêts, des horaires, des véhicules et des plaques, une ligne par véhicule, pour la cellule de contrôle des mouvements. Pour un partenaire, son profil de partage s’applique. Marquez-la soumise une fois envoyée.',
  'movement.noVehicle':
    'Le convoi {number} n’a encore aucun véhicule : une notification de mouvement liste les véhicules et leurs plaques, ajoutez-les d’abord',
  'movement.col.convoy': 'Convoi',
  'movement.col.movementNumber': 'N° de mouvement / d’autorisation',
  'movement.col.emergency': 'Urgence',
  'movement.col.status': 'État du convoi',
  'movement.col.notification': 'Notification',
  'movement.col.origin': 'Départ de',
  'movement.col.plannedDeparture': 'Départ prévu (UTC)',
  'movement.col.actualDeparture': 'Départ réel (UTC)',
  'movement.col.stops': 'Arrêts (arrivée prévue, UTC)',
  'movement.col.plannedArrival': 'Arrivée prévue (UTC)',
  'movement.col.route': 'Itinéraire',
  'movement.col.routeCoarse': 'Itinéraire (zones administratives seulement)',
  'movement.col.escortNeeded': 'Escorte requise',
  'movement.col.escortUnit': 'Unité d’escorte',
  'movement.col.escortComposition': 'Composition de l’escorte',
  'movement.col.vehicle': 'Véhicule',
  'movement.col.plate': 'Plaque',
  'movement.col.kind': 'Type de véhicule',
  'movement.col.owner': 'Propriétaire du véhicule',
  'movement.col.driver': 'Chauffeur',
  'movement.col.cargoKg': 'Poids du chargement (kg)',
  'movement.col.dangerousGoods': 'Marchandises dangereuses (classes ADR)',
  'movement.col.refrigerated': 'Réfrigéré',
};
