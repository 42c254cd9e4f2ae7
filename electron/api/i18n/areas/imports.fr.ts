/* Les messages de l’import en français (mêmes clés que imports.en.ts). */
import type { ImportsKey } from './imports.en';

export const importsFr: Record<ImportsKey, string> = {
  'importCore.keptRowsDamaged':
    'Les lignes lues dans {file} par son aperçu n’ont pas pu être relues ({detail}) ; rien n’a été écrit et elles ont été supprimées : refaites l’aperçu du fichier',
  'importCore.gone': 'Le fichier à importer n’est plus là : choisissez-le (ou collez-le) à nouveau',
  'importCore.reading': 'Lecture de {file}',
  'importCore.checkingWritingRows': 'Vérification et écriture des lignes ({count} lues ; rien n’est gardé si une ligne est mauvaise)',
  'importCore.checkingRows': 'Vérification des lignes ({count} lues)',
  'importCore.writing': 'Enregistrement',
  'importCore.noneWrittenMissing': 'Rien n’a été enregistré : aucune colonne n’est associée à {fields}',
  'importCore.noneWrittenBad':
    'Rien n’a été enregistré : {count, plural, one {# ligne est mauvaise} other {# lignes sont mauvaises}} (première : ligne {row}, {column} : {reason}) ; corrigez-les ou leur association et réessayez',
  'importCore.empty': '{file} est vide (0 octet) : il n’y a rien à importer',
  'importCore.tooBig': '{file} fait {size} ; Corridor importe des fichiers jusqu’à {max} : découpez-le en fichiers plus petits',
  'importCore.tooLargeForMemory':
    '{file} est trop volumineux pour être importé en une fois : après {rows} lignes, l’import approchait de la mémoire qu’il peut utiliser. Rien n’a été écrit : découpez le fichier en fichiers plus petits et importez-les l’un après l’autre',
  'importCore.xls':
    '{file} est un ancien fichier Excel 97–2003 (.xls) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou CSV',
  'importCore.pdf': '{file} est un PDF, pas un tableur ; importez un fichier .xlsx ou CSV',
  'importCore.tooManyRows': '{file} a {rows, number} lignes ; Corridor en importe au plus {max, number} à la fois',
  'importCore.sheetTooManyRows': '{file} : la feuille a plus de {max, number} lignes ; Corridor en importe au plus autant à la fois',
  'importCore.notWorkbook':
    '{file} n’a pas pu être lu comme un classeur Excel ({detail}) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau',
  'importCore.noSuchSheet':
    '{file} a {count, plural, one {# feuille} other {# feuilles}} ({sheets}) ; il n’y a pas de feuille {sheet, number}',
  'importCore.noRows': '{file} n’a aucune ligne remplie : il n’y a rien à importer',
  'importCore.noHeader':
    'Aucune ligne d’en-tête dans les {rows, number} premières lignes de {file} : l’en-tête doit nommer au moins deux colonnes en toutes lettres (ex. Code, Nom), au-dessus des données',
  'importCore.noKnownColumn':
    'Aucune colonne de {file} n’est connue de Corridor pour {target} : l’en-tête de la ligne {row, number} indique « {named} » ; colonnes attendues, par exemple {expected} (ou leurs hashtags HXL)',
  'importCore.notInFile': '{field} (absent du fichier)',
  'importCore.notOurs': '« {value} » n’est pas une de nos valeurs ({choices}) : associez-la sous Valeurs',
  'importCore.cellReason': '{field} {reason}',
  'importCore.fieldReason': '{field} : {reason}',
  'importCore.contactReason': 'Contact : {reason}',
  'importCore.codeTwice': '{field} {code} figure aussi à la ligne {row, number} : chaque code une seule fois par fichier',
  'importCore.notNumber': 'n’est pas un nombre',
  'importCore.notDateNorExcel': 'n’est pas une date (ni un numéro de date Excel)',
  'importCore.notRealDate': 'n’est pas une date réelle',
  'importCore.dateEitherWay': 'peut se lire jour/mois ou mois/jour : choisissez l’ordre des dates',
  'importCore.notRealDateMdy': 'n’est pas une date réelle lue comme mois/jour/année',
  'importCore.notRealDateDmy': 'n’est pas une date réelle lue comme jour/mois/année',
  'importCore.notDate': 'n’est pas une date : écrivez 2026-03-31, 31/03/2026 ou 03/31/2026',
  'importCore.zipNoToc':
    '{file} est un fichier zip endommagé (sa table des matières manque) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau',
  'importCore.zipTooLarge':
    '{file} est un zip trop grand ou trop endommagé pour être un classeur lisible par Corridor (ZIP64 ou table des matières fausse)',
  'importCore.zipDamaged': '{file} est un fichier zip endommagé ; enregistrez-le à nouveau depuis Excel ou LibreOffice',
  'importCore.zipPartHuge':
    '{file} : la partie {part} dépasse 4 Go une fois décompressée ; ce n’est pas un tableur que Corridor peut importer',
  'importCore.zipBomb':
    '{file} ressemble à une bombe zip : {part} passe de {packed, number} octets à {unpacked, number} octets une fois décompressé ; rien n’a été lu',
  'importCore.zipPartPastDeclared':
    '{file} est endommagé ou une bombe zip : {part} dépasse une fois décompressé les {declared, number} octets qu’annonce son entrée zip ; rien n’a été lu',
  'importCore.pastLastColumn':
    '{file} est endommagé : la cellule {ref} de la ligne {row} se trouve au-delà de la colonne XFD, la dernière d’un tableur ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau',
  'importCore.zipUnpacksTooMuch':
    '{file} fait {mb, number} Mo décompressé, plus que les {max, number} Mo que lit Corridor ; découpez-le en fichiers plus petits',
  'importCore.zipNotXlsx':
    '{file} est un fichier zip mais pas un classeur Excel (.xlsx) : il n’a pas de xl/workbook.xml ; enregistrez-le en .xlsx ou CSV',
  'importCore.required': '{field} est obligatoire',
  'importCore.noSite': 'Aucun site n’a le code {code} ; importez ou ajoutez d’abord le site',
  'importCore.noItem': 'Aucun article n’a le code {code} ; importez d’abord le catalogue',
  'importCore.noOrg': 'Aucune organisation n’a le sigle {code}',
  'importCore.quantityRange': 'La quantité doit être un nombre entier d’unités de base de 1 à {max, number}',
  'importCore.lotExpiry': '{item} est suivi par lot et péremption : donnez les deux',
  'importCore.postedAlready':
    'Le stock d’ouverture de {file} a déjà été validé ({number}, référence {reference}) ; l’importer à nouveau le compterait deux fois',
};
