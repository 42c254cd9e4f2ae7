/* Le formulaire de demande imprimé, son bouton sur la page de la demande et le choix d’une ligne de manifeste, en français (mêmes clés que request-form.en.ts). */
import type { RequestFormKey } from './request-form.en';

export const requestFormFr: Record<RequestFormKey, string> = {
  'requestForm.title': 'Demande de ressources partagées',
  'requestForm.sharing': 'Partage',
  'requestForm.noDeliveries': 'Rien de livré ni de prévu sur un convoi pour l’instant.',
  'requestForm.col.when': 'Quand',
  'requestForm.col.change': 'Statut',
  'requestForm.col.action': 'Action',
  'requestForm.col.by': 'Par (organisation)',
  'requestForm.sign.requesting': 'Pour l’organisation demandeuse',
  'requestForm.sign.providing': 'Pour l’organisation qui fournit',
  'requestForm.print': 'Imprimer le formulaire',
  'requestForm.printHint':
    'Un PDF de cette demande dans votre langue : en-tête, lignes, dossier de dernier recours, livraisons et historique.',
  'requestForm.printing': 'Création du PDF…',
  'requestForm.saved': '{file} enregistré dans {where}',
  'requestForm.error': 'Le formulaire de demande n’a pas pu être imprimé',
  'requests.linkManifestLine': 'Ligne du manifeste',
  'requests.anyManifestLine': 'Aucune ligne précise (le véhicule ou le convoi)',
  'requests.manifestLineOption': '{item} — {quantity} {unit} ({plate})',
};
