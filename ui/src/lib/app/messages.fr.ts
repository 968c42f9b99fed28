// Les messages du cadre de l’application (barre latérale, barre du haut, accueil), et les
// quelques-uns que toutes les fonctions partagent, en français.

import type { Translation } from '../i18n/messages';
import type { en } from './messages.en';

export const fr: Translation<typeof en> = {
  'app.name': 'Mandat',
  'app.loading': 'Ouverture de votre bureau…',
  'app.skip': 'Aller au contenu',
  'app.sidebar': 'Barre latérale',
  'app.home': 'Mandat, accueil',

  'nav.label': 'Navigation de la mission',
  'nav.mission': 'Mission',
  'nav.dashboard': 'Tableau de bord',
  'nav.charter': 'Charte',
  'nav.mandate': 'Mandat',
  'nav.review': 'Revue',
  'nav.versions': 'Versions',
  'nav.brief': 'Message aux équipes',
  'nav.announcements': 'Annonces',
  'nav.people': 'Personnes',
  'nav.grid': 'Pouvoir et intérêt',
  'nav.orgchart': 'Organigramme',
  'nav.interactions': 'Échanges',
  'nav.wellbeing': 'Bien-être de l’équipe',
  'privacy.on': 'Écran protégé : noms et notes sont masqués. Ctrl+H les réaffiche.',
  'privacy.show': 'Afficher',
  'nav.signing': 'Signer et exporter',
  'nav.verify': 'Vérifier un PDF',
  'nav.backups': 'Sauvegardes',
  'nav.security': 'Sécurité',
  'nav.missions': 'Toutes les missions',

  'switcher.label': 'Vos missions',
  'switcher.empty': 'Aucune mission pour l’instant.',

  'newMission.button': 'Nouvelle mission',
  'newMission.shortcut': 'Ctrl+N',

  'lang.label': 'Langue de l’interface',
  'lang.fr': 'Français',
  'lang.en': 'Anglais',

  'save.label': 'État de l’enregistrement',
  'save.idle': 'Enregistrement automatique',
  'save.saving': 'Enregistrement…',
  'save.saved': 'Enregistré à {time}',
  'save.error': 'Erreur — non enregistré',

  'welcome.eyebrow': 'Bienvenue',
  'welcome.title': 'Votre bureau pour la mission qui commence',
  'welcome.lead':
    'Mandat est le bureau du DSI de transition : un espace par mission pour ce que l’on vous a confié, qui vous l’a demandé et ce qui est en jeu. Il fonctionne hors ligne et garde tout sur cet ordinateur.',
  'welcome.next':
    'Commencez par la mission elle-même : le client, le commanditaire qui vous a fait venir, les dates et le contexte trouvé à votre arrivée.',
  'welcome.create': 'Créer votre première mission',
  'welcome.point1': 'Consignez le mandat tel qu’il vous a été confié',
  'welcome.point2': 'Gardez les dates et le commanditaire en vue',
  'welcome.point3': 'Rien ne quitte cet ordinateur',
  'welcome.verify.lead': 'On vous a remis une charte signée ?',
  'welcome.verify': 'Vérifier un PDF',
  'welcome.import.lead': 'Vous reprenez une mission venue d’un autre ordinateur ?',

  'person.withTitle': '{name}, {title}',

  'lock.button': 'Verrouiller',
  'lock.title': 'Verrouiller Mandat maintenant (Ctrl+L)',
};
