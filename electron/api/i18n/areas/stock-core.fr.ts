import type { StockCoreKey } from './stock-core.en';

export const stockCoreFr: Record<StockCoreKey, string> = {
  'stockCore.siteMissing': 'Le site n’existe pas ; choisissez-en un dans la liste',
  'stockCore.siteArchived': 'Le site {site} est archivé ; restaurez-le d’abord',
  'stockCore.otherSiteArchived': 'Le site {site} est archivé ; restaurez-le d’abord ou choisissez-en un autre',
  'stockCore.otherSiteMissing': 'L’autre site n’existe pas ; choisissez-en un dans la liste',
  'stockCore.sameSite': 'L’autre site doit être différent du site de ce document',
  'stockCore.orgMissing': '{field} : cette organisation n’existe pas ; choisissez-en une dans la liste',
  'stockCore.ownerRequired': 'Le propriétaire est obligatoire : indiquez à quelle organisation appartient le stock',
  'stockCore.itemMissing': 'L’article n’existe pas ; choisissez-en un dans le catalogue',
  'stockCore.needsLot': '{item} est suivi par lot : donnez le numéro de lot',
  'stockCore.needsExpiryDate': '{item} est suivi par péremption : donnez la date de péremption',
  'stockCore.notOnTransfer': 'Cette ligne ne figure pas sur le transfert {number}',
  'stockCore.transferLineTwice': 'Cette ligne de transfert est donnée deux fois',
  'stockCore.sayWhatArrived': 'Indiquez ce qui est arrivé de la ligne de transfert {line} ({lot}) ; donnez 0 si rien n’est arrivé',
  'stockCore.lineTwice': 'Cette ligne figure deux fois dans ce que vous enregistrez (aussi ligne {line})',
  'stockCore.lineGone': 'Cette ligne n’est plus sur le document ; rechargez-le',
  'stockCore.lineStale': 'La ligne {line} a été modifiée par quelqu’un d’autre depuis son chargement ; rechargez et modifiez de nouveau',
  'stockCore.countLineStale':
    'La ligne d’inventaire {line} a été modifiée par quelqu’un d’autre depuis son chargement ; rechargez et modifiez de nouveau',
  'stockCore.notOnSheet': 'Cette ligne n’est pas sur la feuille d’inventaire ; rechargez-la',
  'stockCore.lineGivenTwice': 'Cette ligne est donnée deux fois',
  'stockCore.otherCategory': 'Cette feuille ne compte que {sheet} ; {lot} relève de {category}',
  'stockCore.otherCategoryShort': 'Autre catégorie',
  'stockCore.alreadyOnSheet': '{lot} ({condition}) est déjà la ligne {line} de cette feuille ; saisissez le comptage à cet endroit',
  'stockCore.notCounted':
    '{count, plural, one {# ligne n’est} other {# lignes ne sont}} pas encore comptée(s) (première : ligne {first}) ; saisissez la quantité comptée (0 si rien n’a été trouvé)',
  'stockCore.notCountedShort': 'Pas encore compté',
  'stockCore.pairTwice': 'Cet article et ce site figurent deux fois (aussi ligne {row})',
  'stockCore.stockMoved':
    'Le stock a bougé depuis la création de cette feuille ({count, plural, one {# ligne} other {# lignes}} ; première : ligne {line}, {lot} attendu {expected, number}, maintenant {now, number}) ; commencez un nouvel inventaire',
  'stockCore.nowShort': 'Maintenant {now, number}',
  'stockCore.thresholdSetElsewhere':
    'Un seuil pour {item} à {site} a été fixé par quelqu’un d’autre depuis le chargement de la liste ; rechargez et modifiez à nouveau',
  'stockCore.thresholdSetElsewhereShort': 'Fixé par quelqu’un d’autre : rechargez et modifiez à nouveau',
  'stockCore.lineNamed': 'La ligne {line}',
  'stockCore.thresholdOf': 'Le seuil pour {item}',
};
