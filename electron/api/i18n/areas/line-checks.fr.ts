/* Refus d’une ligne de document de stock et contrôles d’antidatage en français (mêmes clés que line-checks.en.ts). */
import type { LineChecksKey } from './line-checks.en';

export const lineChecksFr: Record<LineChecksKey, string> = {
  'lineCheck.lotMissing': 'Ce lot n’existe pas ; choisissez-en un dans la liste',
  'lineCheck.lotOtherItem': 'Le lot est d’un autre article que celui de la ligne ({item})',
  'lineCheck.lotOtherOwner': '{lot} appartient à {owner}, pas à {given} ; choisissez un lot de ce propriétaire',
  'lineCheck.theOwnerGiven': 'au propriétaire indiqué',
  'lineCheck.chooseLot': 'Choisissez le lot d’où sortir le stock',
  'lineCheck.itemRequired': 'L’article est obligatoire',
  'lineCheck.ownerRequired': 'Le propriétaire est obligatoire : indiquez à quelle organisation appartient le stock',
  'lineCheck.itemMissing': 'Cet article n’existe pas ; choisissez-en un dans le catalogue',
  'lineCheck.itemArchived': 'L’article {item} est archivé ; restaurez-le d’abord',
  'lineCheck.needsLot': '{item} est suivi par lot : indiquez le numéro de lot',
  'lineCheck.needsExpiry': '{item} est suivi par péremption : indiquez la date de péremption',
  'lineCheck.ownerMissing': 'Ce propriétaire n’existe pas ; choisissez une organisation dans la liste',
  'lineCheck.donorMissing': 'Ce donateur n’existe pas ; choisissez une organisation dans la liste',
  'lineCheck.onlyGood':
    'Seul le stock en bon état peut être {kind, select, issue {sorti} other {expédié}} ; changez d’abord l’état du stock',
  'lineCheck.alreadyDamaged': 'Ce stock est déjà endommagé ; passez-le plutôt en perte',
  'lineCheck.toCondition': 'Indiquez vers quel état passe le stock',
  'lineCheck.sameCondition': 'Le stock est déjà dans l’état « {condition} » ; choisissez un autre état',
  'lineCheck.direction': 'Indiquez si l’ajustement augmente ou diminue le stock',
  'lineCheck.whichPack': 'Indiquez le conditionnement du nombre de colis (p. ex. carton)',
  'lineCheck.howManyPacks': 'Indiquez combien de {pack}',
  'lineCheck.noSuchPack': '{item} n’a pas de conditionnement « {pack} » ; ses conditionnements sont {known}',
  'lineCheck.noPacks': '{item} n’a pas de conditionnement ; donnez la quantité en {unit}',
  'lineCheck.packsTooMany':
    'Nombre de colis : {count, number} {pack} de {size, number} font {total, number} {unit}, plus qu’une ligne ne peut contenir ({max, number})',
  'lineCheck.packsDisagree':
    '{count, number} {pack} de {size, number} font {total, number} {unit}, pas {quantity, number} ; donnez l’un ou l’autre',
  'lineCheck.quantityRequired': 'La quantité est obligatoire',
  'lineCheck.beforeArrival': 'Daté du {day}, avant la réception de {lot} à {site}{on} : datez le document au plus tôt de son arrivée',
  'lineCheck.future': 'La date {given} est dans le futur (nous sommes le {today}) ; les documents de stock enregistrent ce qui s’est passé',
  'lineCheck.futureShort': 'La date est dans le futur',
  'lineCheck.backdate':
    'Daté du {day}, {back, plural, one {# jour} other {# jours}} en arrière : un document plus ancien que la limite de rétroactivité de {limit, plural, one {# jour} other {# jours}} doit indiquer le motif de l’antidatage',
  'lineCheck.fefo':
    'PEPS : le lot {earlier} expire en premier ({expiry}, {left, number} disponibles) — prenez-le avant le lot {lot}{lotExpiry, select, none {} other { ({lotExpiry})}}, ou indiquez pourquoi vous dérogez au PEPS',
  'lineCheck.arrivedOn': ' (le {day})',
  'lineCheck.cardNegative':
    'Daté du {day}, ceci rendrait la fiche de stock de {lot} à {site} négative le {worst} : {balance, number} {unit} {condition} en stock ce jour-là, ceci en prend {takes, number} {unit}',
  'system.layoutTooBig': 'La disposition doit être une donnée simple d’au plus {max, number} caractères',
  'lineCheck.overdraw': 'Plus que ce qu’a le lot {lot} : {quantity} {unit} disponibles{after}',
  'lineCheck.overdrawAfter': ' après les autres lignes de ce document',
  'lineCheck.noLotShort': '(sans lot)',
  'lineCheck.onlyHasLine': '{lot} n’a que {available} {unit} ici ; cette ligne en prend {quantity}. La validation sera refusée',
  'lineCheck.onlyHasDoc':
    '{lot} n’a que {available} {unit} ici ; les lignes de ce document en prennent {total}. La validation sera refusée',
  'lineCheck.lotNamed': 'Le lot {lot}',
  'lineCheck.stockNoLot': 'Ce stock (sans lot)',
};
