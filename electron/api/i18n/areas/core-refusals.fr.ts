/* Refus du cœur et issues des tâches hors stock (voir core-refusals.en.ts). */
import type { CoreRefusalsKey } from './core-refusals.en';

export const coreRefusalsFr: Record<CoreRefusalsKey, string> = {
  'manifestCore.lineNeeds': 'La ligne {n} du manifeste n’a pas encore : {missing}',
  'manifestCore.part.lot': 'lot',
  'manifestCore.part.vehicle': 'véhicule de ce convoi',
  'manifestCore.part.stop': 'étape de ce convoi',
  'manifestCore.part.consignee': 'destinataire',
  'manifestCore.part.quantity': 'quantité',

  'jobsCore.noun': 'Tâche',
  'jobsCore.alreadyEnded': 'Cette tâche est déjà terminée ({state}) ; il n’y a rien à annuler',
  'jobsCore.cancelled': 'Annulée ; rien de ce qu’elle écrivait n’a été gardé.',
  'jobsCore.cancelledBy': 'Annulée par {who}.',
  'jobsCore.stoppedOnError': 'La tâche s’est arrêtée sur une erreur : {error}. Rien de ce qu’elle écrivait n’a été gardé.',
  'jobsCore.outOfMemory':
    'La tâche a eu besoin de plus de mémoire qu’une tâche ne peut en utiliser et a été arrêtée ; rien de ce qu’elle écrivait n’a été gardé. Découpez le travail (un fichier plus petit, un export plus étroit) et réessayez.',
  'jobsCore.threadEnded':
    'Le fil d’exécution de la tâche s’est arrêté de façon inattendue (code de sortie {code}) ; rien de ce qu’elle écrivait n’a été gardé.',
  'jobsCore.stoppedByCrash': 'Corridor s’est arrêté pendant cette tâche ; rien de ce qu’elle écrivait n’a été gardé. Relancez-la.',
  'jobsCore.unexpected': 'Erreur inattendue : {error}',

  'backupCore.cannotReopen': 'Ce cœur ne peut pas rouvrir son fichier de base de données ; restaurez depuis l’application en cours.',
  'backupCore.backupNoun': 'Sauvegarde',
  'backupCore.uploadNoun': 'Fichier envoyé',
  'backupCore.settingsNoun': 'Les réglages des sauvegardes',
  'backupCore.jobRunning':
    'Une tâche est en cours ({jobs}) ; attendez qu’elle se termine ou annulez-la, puis restaurez. La base de données en service n’a pas été modifiée.',
  'backupCore.nothingRestored': '{reason} Rien n’a été restauré ; la base de données en service n’a pas été modifiée.',
  'backupCore.unreadable': '{file} ne peut pas être lu ({detail}).',
  'backupCore.notDatabase':
    '{file} n’est pas un fichier de base de données (il ne commence pas comme un fichier SQLite). Choisissez une sauvegarde Corridor (.sqlite).',
  'backupCore.foreign': '{file} est la base SQLite d’un autre programme, pas une sauvegarde Corridor ({detail}).',
  'backupCore.blank': '{file} est un fichier SQLite vide, pas une sauvegarde Corridor.',
  'backupCore.damaged': '{file} est endommagé ou incomplet ({detail}). Utilisez une autre sauvegarde.',
  'backupCore.newer':
    '{file} a été écrit par une version plus récente de Corridor (schéma {schema}, cette application connaît le {known}). Mettez Corridor à jour pour le restaurer.',
  'backupCore.notBackup': '{file} ne peut pas être lu comme une sauvegarde Corridor ({detail}).',
  'backupCore.reopenFailed':
    'Le fichier restauré n’a pas pu être ouvert ({detail}) ; la base de données telle qu’elle était est de nouveau en service.',

  'importCore.binary':
    '{file} n’est pas un tableur : il contient des données binaires (octet {byte}) ; importez un fichier .xlsx ou un fichier texte CSV',

  'sharingCore.partnerNoun': 'Organisation partenaire',
  'sharingCore.noProfile':
    '{organisation} n’a pas de profil d’export : ajoutez-en un sous Partage → Profils d’export (son niveau le plus élevé et que faire des champs sensibles) avant d’exporter pour ce partenaire',
  'sharingCore.lowerNeedsRelease':
    'Abaisser un label de partage (de {from} à {to}) décide de ce qui peut quitter la base : il faut le rôle {role} ou supérieur. Gardez {from} ou un label plus strict, ou demandez à une personne ayant ce rôle',
  'printCore.waybillNoun': 'Lettre de transport',
  'printCore.vehicleNoun': 'Véhicule de ce convoi',
  'printCore.arrivalNoun': 'Arrivée enregistrée à cette étape',
  'printCore.convoyNoun': 'Convoi',
};
