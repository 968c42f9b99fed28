import type { Translation } from '../../i18n/messages';
import type { en } from './messages.en';

// Les messages de la grille pouvoir/intérêt et du graphique des évaluations d’une personne.

export const fr: Translation<typeof en> = {
  'grid.eyebrow': 'Parties prenantes',
  'grid.title': 'Pouvoir et intérêt',
  'grid.lead':
    'Qui peut faire réussir ou échouer la mission, et avec quelle attention suivre chacun. Faites glisser une personne vers une autre case pour enregistrer une nouvelle évaluation, datée d’aujourd’hui.',
  'grid.loading': 'Ouverture de la grille…',
  'grid.view': 'Afficher en',
  'grid.view.grid': 'Grille',
  'grid.view.table': 'Tableau',

  'grid.none.title': 'Personne dans le registre pour l’instant',
  'grid.none.body':
    'Ajoutez les personnes qui comptent pour la mission sur la page Personnes (une à une ou depuis un tableur), puis placez-les ici sur la grille.',
  'grid.none.action': 'Aller aux Personnes',
  'grid.firstSteps':
    'Personne n’est encore sur la grille. Faites glisser une personne de « Pas encore évalué » vers une case, ou placez-vous sur elle, choisissez une case avec les flèches et appuyez sur Entrée.',
  'grid.pastEmpty': 'Personne n’avait encore été évalué le {date}.',
  'grid.filteredEmpty': 'Personne dans les groupes choisis.',

  'grid.label': 'Grille pouvoir/intérêt au {date}',
  'grid.people': 'Personnes sur la grille ({count})',
  'grid.summary': '{assessed} sur la grille, {unassessed} pas encore évalués',
  'grid.axis.power': 'Pouvoir',
  'grid.axis.interest': 'Intérêt',
  'grid.dot': '{name} : pouvoir {power}, intérêt {interest} — {quadrant}, {engagement}',
  'grid.keys':
    'Tab et Maj+Tab passent d’une personne à la suivante, Début et Fin à la première et à la dernière. Les flèches choisissent une autre case, Entrée enregistre l’évaluation, Échap annule, O ou un double clic ouvre la fiche.',
  'grid.keys.past': 'Tab et Maj+Tab passent d’une personne à la suivante. O ou un double clic ouvre la fiche. Revenez à aujourd’hui pour déplacer des personnes.',
  'grid.ghost': '{name} : pouvoir {power}, intérêt {interest} — {quadrant}',
  'grid.ghost.confirm': 'Entrée pour enregistrer, Échap pour annuler.',
  'grid.ghost.none': 'Choisissez d’abord une autre case avec les flèches.',
  'grid.cancelled': 'Déplacement annulé : {name} reste à sa place.',
  'grid.saving': 'Enregistrement de l’évaluation de {name}…',
  'grid.saved': '{name} évalué aujourd’hui : pouvoir {power}, intérêt {interest} — {quadrant}.',
  'grid.refused': 'L’évaluation de {name} n’a pas été enregistrée : la personne revient à sa place.',
  'grid.past': 'La grille telle qu’elle était le {date} : on ne déplace personne tant qu’un jour passé est affiché.',
  'grid.pastNow': 'Revenir à aujourd’hui',

  'grid.date.legend': 'Jour affiché',
  'grid.date.range': 'Jour affiché, du début de la mission à aujourd’hui',
  'grid.date.input': 'Jour précis',
  'grid.date.hint': 'Année-mois-jour, par exemple {example}',
  'grid.date.today': 'Aujourd’hui',
  'grid.arrows': 'Flèches vers leur place d’aujourd’hui',

  'grid.groups': 'Groupes',
  'grid.groups.all': 'Tous les groupes',

  'grid.legend': 'Engagement actuel',
  'grid.legend.arrow': 'A bougé depuis',
  'grid.legend.today': 'Sa place aujourd’hui',
  'grid.arrow': '{name} : du pouvoir {fromPower}, intérêt {fromInterest} au pouvoir {power}, intérêt {interest} aujourd’hui',
  'grid.newSince': '{name} : évalué depuis, aujourd’hui pouvoir {power}, intérêt {interest}',

  'grid.unassessed.how':
    'Faites glisser une personne sur la grille, ou placez-vous sur elle, choisissez une case avec les flèches et appuyez sur Entrée. Elle part comme « non informée » : réglez son engagement sur sa fiche.',
  'grid.unassessed.past': 'Les personnes sans évaluation le {date}.',
  'grid.unassessed.none': 'Toutes les personnes affichées sont sur la grille.',
  'grid.unassessed.item': '{name}, pas encore évalué',

  'grid.gaps.title': 'Plus grands écarts d’engagement',
  'grid.gaps.lead': 'Les acteurs clés les plus loin de l’engagement dont vous avez besoin.',
  'grid.gaps.none': 'Aucun acteur clé n’est loin de l’engagement attendu.',
  'grid.gaps.item': '{name} : {engagement} aujourd’hui, {target} attendu',
  'grid.gaps.step': '1 cran',
  'grid.gaps.steps': '{count} crans',
  'grid.open': 'Ouvrir la fiche de {name}',

  'grid.table.label': 'Parties prenantes au {date}',
  'grid.table.name': 'Nom',
  'grid.table.group': 'Groupe',
  'grid.table.quadrant': 'Quadrant',
  'grid.table.assessedOn': 'Évalué le',
  'grid.table.today': 'Aujourd’hui',
  'grid.table.same': 'Inchangé',
  'grid.table.moved': 'Pouvoir {power}, intérêt {interest}',
  'grid.table.empty': 'Personne à afficher.',

  'grid.chart.label': 'Évaluations dans le temps : pouvoir, intérêt et engagement',
  'grid.chart.point': '{date} : pouvoir {power}, intérêt {interest}, {engagement}',
  'grid.chart.numbers': 'Les chiffres',
  'grid.chart.date': 'Date',
};
