import type { TDemoLive, TDemoStory } from '../types';

/**
 * Les directs de la démo : un direct en cours (la première journée du TER jusqu’à l’aéroport) et un
 * direct terminé (une finale de coupe). Textes originaux écrits pour la démo de Dakarinfo ; les
 * personnes, clubs, chiffres et citations sont fictifs. Le texte de l’article présente le direct ;
 * les entrées portent le récit.
 */
export const liveStories: TDemoStory[] = [
  {
    key: 'live-ter-aeroport-premiere-journee',
    rubrique: 'economie',
    author: 'julien-marchand',
    title: 'Le TER roule jusqu’à l’aéroport : la première journée de service',
    chapo:
      'Depuis ce matin, le Train express régional dessert l’aéroport international Blaise-Diagne. Nos journalistes suivent à bord et dans les gares cette première journée : affluence, ponctualité, billets, et ce qu’en disent les voyageurs.',
    body: `La deuxième phase du Train express régional, entre Diamniadio et l’aéroport international Blaise-Diagne, est ouverte aux voyageurs depuis ce matin. Le prolongement ajoute une vingtaine de kilomètres à la ligne et trois gares, dont celle de l’aérogare.

Pendant toute la journée, Julien Marchand voyage à bord des rames, Fatou Sarr est en gare de Diamniadio et Moussa Diop suit les questions de billets et de tarifs. La rédaction en chef résume ici les informations essentielles au fil de l’eau.

Les entrées les plus récentes apparaissent en haut de la page.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 5,
  },
  {
    key: 'live-finale-coupe-senegal',
    rubrique: 'sport',
    author: 'claire-dubois',
    title: 'Coupe du Sénégal : l’Étoile de Mbour remporte la finale face à l’Espoir de Ziguinchor',
    chapo:
      'Au stade Léopold-Sédar-Senghor, l’Étoile de Mbour s’est imposée 2 à 1 au terme d’une finale disputée jusqu’au bout. Revivez le match tel que nous l’avons suivi.',
    body: `La finale de la Coupe du Sénégal opposait l’Étoile de Mbour, deuxième du championnat, à l’Espoir de Ziguinchor, qui disputait la première finale de son histoire.

Claire Dubois et Moussa Diop ont suivi la rencontre depuis la tribune de presse. Ce direct est terminé ; il reste en ligne comme le récit du match.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 27,
  },
];

export const demoLives: TDemoLive[] = [
  {
    story: 'live-ter-aeroport-premiere-journee',
    startedMinutesAgo: 300,
    entries: [
      {
        author: 'awa-ndiaye',
        minutesAgo: 298,
        body: 'Bonjour et bienvenue dans ce direct consacré à la première journée de service du TER jusqu’à l’aéroport Blaise-Diagne. Nous vous raconterons ici, tout au long de la journée, les premiers trajets, l’affluence et les réactions des voyageurs.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 290,
        body: 'En gare de Diamniadio, une petite foule attend déjà sur le quai. Beaucoup sont venus par curiosité, téléphone à la main, pour être du premier voyage vers l’aéroport.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 281,
        body: 'Le premier train vient de quitter Diamniadio à l’heure prévue. À bord, des agents de la société d’exploitation, quelques élus et une majorité de voyageurs ordinaires, dont plusieurs familles avec leurs bagages.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 266,
        body: 'Arrivée en gare de l’aéroport après un trajet d’un peu moins de vingt minutes depuis Diamniadio. Les portes s’ouvrent directement sur une passerelle couverte qui mène au hall des départs.',
      },
      {
        author: 'awa-ndiaye',
        minutesAgo: 262,
        keyPoint: true,
        body: '**Ce qu’il faut savoir.** Un train toutes les vingt minutes entre Diamniadio et l’aéroport, de 5 heures à 23 heures. Dakar–aéroport en un peu moins d’une heure, sans changement pour les trains directs.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 255,
        pinned: true,
        editedMinutesAgo: 140,
        body: '**Tarifs.** Le billet entre Dakar et l’aéroport coûte 2 500 francs CFA en seconde classe et 5 000 francs CFA en première. Entre Diamniadio et l’aéroport, il faut compter 1 000 francs CFA. Les abonnements mensuels des voyageurs réguliers restent valables sur le nouveau tronçon, sans supplément.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 246,
        body: '« Avant, je partais trois heures avant mon vol à cause des bouchons. Aujourd’hui, je suis arrivée avec deux heures d’avance et je ne sais pas quoi faire de mon temps », s’amuse Mariama, qui s’envole pour Abidjan.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 233,
        body: 'Premier contretemps de la matinée : un train a été retenu une dizaine de minutes en gare de Diamniadio, le temps de vérifier un signal. Le trafic a repris normalement.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 221,
        body: 'Aux distributeurs automatiques de la gare de l’aéroport, les files s’allongent : deux des six machines n’acceptent pas encore le paiement par téléphone. Des agents orientent les voyageurs vers les guichets.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 209,
        body: 'Les chauffeurs de taxi qui stationnent devant l’aérogare regardent passer les voyageurs du train avec inquiétude. « Si les gens prennent tous le train, nous allons attendre toute la journée », confie l’un d’eux, qui fait la navette vers Dakar depuis dix ans.',
      },
      {
        author: 'awa-ndiaye',
        minutesAgo: 197,
        body: 'Le ministère des Transports indique que les syndicats de taxis seront reçus la semaine prochaine pour discuter d’un tarif forfaitaire entre la gare de l’aéroport et les villes voisines de Mbour et de Thiès.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 184,
        body: 'À bord, les annonces sont faites en français et en wolof. Les écrans indiquent les correspondances avec les bus vers Thiès et la Petite-Côte, mais certains affichent encore les horaires de la phase d’essais.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 172,
        body: 'Selon la société d’exploitation, plus de 4 000 billets ont été vendus pour le nouveau tronçon depuis l’ouverture des gares ce matin. Un chiffre qui inclut les abonnés qui ont validé leur carte.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 160,
        body: 'Dans le hall de Diamniadio, les commerçants installés aux abords de la gare se réjouissent. « Le matin, il n’y avait personne ici. Aujourd’hui, j’ai déjà vendu tout mon café Touba », sourit une vendeuse.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 148,
        body: 'Nous avons refait le trajet dans l’autre sens, de l’aéroport vers Dakar : 52 minutes de quai à quai, dont un arrêt un peu plus long que prévu en gare de Rufisque.',
      },
      {
        author: 'awa-ndiaye',
        minutesAgo: 137,
        keyPoint: true,
        body: '**Ponctualité.** À la mi-journée, la société d’exploitation annonce que 94 % des trains sont arrivés avec moins de cinq minutes de retard. Un seul incident notable, un contrôle de signal à Diamniadio, sans conséquence pour les voyageurs.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 126,
        body: 'Le coût du prolongement est estimé à plusieurs centaines de milliards de francs CFA, financés en grande partie par des prêts. Le gouvernement compte sur la fréquentation des voyageurs aériens pour améliorer l’équilibre financier de la ligne.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 115,
        body: 'Rencontre sur le quai avec un groupe d’étudiants de l’université de Thiès venus tester la ligne. Leur verdict : rapide et propre, mais trop cher pour un usage quotidien sans abonnement.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 103,
        body: 'Les voitures de première classe sont presque vides à cette heure de l’après-midi, tandis que la seconde classe affiche complet. Les contrôleurs laissent monter quelques voyageurs debout.',
      },
      {
        author: 'awa-ndiaye',
        minutesAgo: 92,
        body: 'Plusieurs lecteurs nous demandent si les bagages sont limités. Le règlement prévoit deux valises et un bagage à main par voyageur ; des espaces dédiés ont été aménagés à chaque extrémité des voitures.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 80,
        body: 'Les compagnies aériennes présentes à l’aéroport étudient la possibilité d’un enregistrement des bagages en gare de Dakar, comme cela se fait dans d’autres pays. Aucune date n’est avancée pour l’instant.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 67,
        body: 'Affluence en hausse à Diamniadio avec la sortie des bureaux de la ville nouvelle. Les agents de sécurité canalisent la foule vers les quais, sans bousculade.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 54,
        body: 'Le ministre des Transports a fait le trajet en fin d’après-midi, sans cérémonie. Il a promis que la fréquence passerait à un train toutes les quinze minutes aux heures de pointe « dès que la fréquentation le justifiera ».',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 41,
        body: 'Les deux distributeurs de billets en panne ce matin fonctionnent de nouveau. Les files d’attente aux guichets de l’aéroport se sont nettement résorbées.',
      },
      {
        author: 'fatou-sarr',
        minutesAgo: 28,
        body: 'Dernier vol de la soirée annoncé à l’heure : les voyageurs arrivés par le train patientent dans le hall des départs. Plusieurs disent qu’ils reprendront le train au retour.',
      },
      {
        author: 'julien-marchand',
        minutesAgo: 16,
        body: 'Premier bilan à bord : une journée sans incident majeur, des trains bien remplis en seconde classe et des voyageurs globalement satisfaits, malgré quelques ratés à la billetterie.',
      },
      {
        author: 'awa-ndiaye',
        minutesAgo: 5,
        body: 'Ce direct se poursuit jusqu’au dernier train de la soirée. Vous pouvez nous écrire pour raconter votre premier trajet vers l’aéroport.',
      },
    ],
  },
  {
    story: 'live-finale-coupe-senegal',
    startedMinutesAgo: 1_620,
    endedMinutesAgo: 1_480,
    entries: [
      {
        author: 'claire-dubois',
        minutesAgo: 1_612,
        body: 'Bonsoir et bienvenue au stade Léopold-Sédar-Senghor pour cette finale de la Coupe du Sénégal entre l’Étoile de Mbour et l’Espoir de Ziguinchor. Les tribunes se remplissent, les supporters de Ziguinchor sont venus en nombre.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 1_596,
        keyPoint: true,
        body: 'Coup d’envoi. L’Étoile de Mbour aligne son équipe type ; l’Espoir de Ziguinchor se passe de son capitaine, blessé à l’entraînement.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 1_583,
        body: 'Selon nos informations, le président de la Fédération remettra lui-même le trophée à l’issue de la rencontre.',
        withdrawn: { by: 'claire-dubois', minutesAgo: 1_570 },
      },
      {
        author: 'claire-dubois',
        minutesAgo: 1_571,
        body: '**But pour Ziguinchor !** Sur un corner mal repoussé, le défenseur central de l’Espoir reprend de volée. 0-1 à la 23e minute.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 1_548,
        body: 'Mi-temps. L’Espoir de Ziguinchor mène 1-0 et a dominé les débats. L’Étoile de Mbour n’a cadré qu’une seule frappe.',
      },
      {
        author: 'claire-dubois',
        minutesAgo: 1_522,
        body: '**Égalisation de Mbour !** Entré en jeu à la pause, l’attaquant de l’Étoile conclut une longue action collective d’un tir croisé. 1-1 à la 58e minute.',
      },
      {
        author: 'claire-dubois',
        minutesAgo: 1_497,
        pinned: true,
        body: '**L’Étoile de Mbour passe devant !** Penalty transformé à la 84e minute après une faute dans la surface. 2-1.',
      },
      {
        author: 'moussa-diop',
        minutesAgo: 1_484,
        keyPoint: true,
        body: 'Coup de sifflet final : l’Étoile de Mbour remporte la Coupe du Sénégal 2 à 1. Les joueurs de Ziguinchor, déçus, sont longuement applaudis par leurs supporters. Ce direct est terminé, merci de l’avoir suivi.',
      },
    ],
  },
];
