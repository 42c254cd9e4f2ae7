/* Le catalogue français : les mêmes clés que en.ts (voir en.ts pour la forme des messages). */
import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
  'language.label': 'Langue',
  'language.hint': 'Vous pouvez la changer à tout moment depuis la barre du haut.',

  'app.opening': 'Ouverture de Corridor…',
  'app.couldNotStart': 'Corridor n’a pas pu démarrer',
  'setup.formLabel': 'Premier démarrage',
  'setup.welcome': 'Bienvenue dans Corridor',
  'setup.lead':
    'Trois questions avant de commencer. Chaque modification que vous faites est enregistrée à votre nom dans le journal d’audit.',
  'setup.yourName': 'Votre nom',
  'setup.yourNameHint':
    'Tel qu’il doit figurer sur les documents, p. ex. « Sgt A. Mensah ». Une autre personne pourra prendre la main plus tard depuis la barre du haut.',
  'setup.belongsTo': 'Cette installation appartient à',
  'setup.orgName': 'Nom de l’organisation',
  'setup.orgNameHint': 'p. ex. Bataillon logistique du secteur Nord',
  'setup.shortName': 'Sigle',
  'setup.shortNameHint': 'p. ex. BLSN, PAM, HH',
  'setup.kind': 'Type',
  'setup.country': 'Pays',
  'setup.optional': 'Facultatif',
  'setup.startWith': 'Commencer avec',
  'setup.empty': 'Une base de données vide',
  'setup.emptyHint': 'Pour le travail réel : ajoutez vos partenaires, sites et catalogue, ou collez-les depuis un tableur.',
  'setup.demo': 'Le scénario de démonstration',
  'setup.demoHint':
    'Une mission fictive avec une base avancée, deux entrepôts d’ONG, une dizaine d’organisations partenaires et une cinquantaine d’articles, pour découvrir ou s’entraîner. Ne pas mélanger avec des données réelles.',
  'setup.needsFixing': 'Certaines réponses sont à corriger (en rouge), puis appuyez de nouveau sur Commencer.',
  'setup.settingUpDemo': 'Installation et chargement de la démonstration…',
  'setup.settingUp': 'Installation…',
  'setup.start': 'Commencer à utiliser Corridor',

  'shell.homeOrgTitle': 'Cette installation appartient à',
  'shell.copiedDatabase': 'Base de données copiée — voir Base de données',
  'shell.mainNav': 'Navigation principale',
  'shell.openingPage': 'Ouverture de {page}…',
  'shell.noSuchPage': 'Il n’y a pas de page « {path} ».',
  'shell.noSuchPageFix': 'Choisissez une page à gauche, ou allez à :',
  'operator.label': 'Opérateur :',
  'operator.switch': 'Changer d’opérateur',
  'operator.who': 'Qui est au clavier ?',
  'operator.submit': 'Changer',
  'common.cancel': 'Annuler',
  'common.ok': 'OK',
  'common.tryAgain': 'Réessayer',
  'common.somethingWrong': 'Un problème est survenu',

  'route.organisations': 'Organisations',
  'route.organisations.purpose':
    'Répertoire des partenaires : unités militaires, ONG, agences de l’ONU et autorités, avec leurs contacts et leurs accords.',
  'route.sites': 'Sites',
  'route.sites.purpose': 'Entrepôts, bases avancées, plateformes de transit et points de distribution.',
  'route.items': 'Articles',
  'route.items.purpose':
    'Le catalogue des articles : codes, unités, conditionnements, chaîne du froid, marchandises dangereuses et codes de correspondance.',
  'route.stock': 'Stock disponible',
  'route.stock.purpose':
    'Ce qui se trouve dans chaque entrepôt, par article, lot, propriétaire et état ; cliquez sur une ligne pour sa fiche de stock.',
  'route.documents': 'Documents',
  'route.documents.purpose':
    'Bons de réception, sorties, transferts, ajustements, pertes : les brouillons se modifient, la validation est définitive.',
  'route.counts': 'Inventaires',
  'route.counts.purpose': 'Inventaires physiques : saisissez ou collez ce qui est en rayon ; l’approbation passe les écarts.',
  'route.alerts': 'Alertes de stock',
  'route.alerts.purpose': 'Lots dont la péremption tombe dans 3 ou 9 mois, articles sous leur seuil d’alerte, et les seuils.',
  'route.audit': 'Journal d’audit',
  'route.audit.purpose': 'Chaque modification : qui, quand, quel enregistrement, avant et après.',
  'route.database': 'Base de données',
  'route.database.purpose': 'Où se trouvent les données, l’identité de cette installation, le contrôle d’intégrité et les tâches récentes.',

  'advice.invalid_input': 'Corrigez les valeurs signalées et réessayez. Rien n’a été enregistré.',
  'advice.conflict': 'Quelqu’un d’autre a modifié cet enregistrement entre-temps. La liste a été rechargée ; refaites votre modification.',
  'advice.not_found': 'L’enregistrement n’existe plus. La liste a été rechargée.',
  'advice.not_ready': 'Répondez d’abord aux questions du premier démarrage (votre nom et votre organisation).',
  'advice.unauthorized': 'Cette fenêtre a perdu sa clé d’accès. Ouvrez l’adresse complète affichée par Corridor au démarrage.',
  'advice.forbidden': 'Ouvrez Corridor par l’adresse qu’il a affichée (http://127.0.0.1:…).',
  'advice.too_large': 'Enregistrez moins de lignes à la fois (20 000 au plus).',
  'advice.internal': 'Si cela se reproduit, lancez le contrôle d’intégrité dans Base de données et notez ce que vous avez fait.',
  'advice.notAnswering':
    'Vérifiez que le terminal qui exécute « npm run start:browser » est toujours ouvert, relancez-le si besoin, puis ouvrez la nouvelle adresse qu’il affiche.',
  'advice.reload': 'Rechargez la page (F5). Si cela se reproduit, redémarrez Corridor.',
  'transport.notAnswering': 'Corridor ne répond pas : la fenêtre start:browser tourne-t-elle encore ?',
  'transport.unexpected': 'Réponse inattendue de Corridor (HTTP {status})',

  'jobs.tray': 'Tâches',
  'jobs.dismiss': 'Fermer {label}',
  'core.restarted': 'Le cœur a redémarré.',
  'core.stopped': 'Le cœur s’est arrêté.',
};
