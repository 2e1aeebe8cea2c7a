import type { TDemoStory } from '../types';

/**
 * Compléments (politique, culture, monde, sport) : textes originaux écrits pour la démo de Dakarinfo.
 * Les personnes, organisations, programmes et citations sont fictifs.
 */
export const complementStories: TDemoStory[] = [
  // ——————————————————————————— POLITIQUE ———————————————————————————
  {
    key: 'cx-decentralisation-conseils-regionaux',
    rubrique: 'politique',
    author: 'awa-ndiaye',
    title: 'Décentralisation : le projet de conseils régionaux relance le débat sur le partage des pouvoirs',
    chapo:
      'Un avant-projet de loi propose de créer des assemblées régionales élues, chargées de la formation, des transports et du développement économique. Maires, présidents de conseils départementaux et associations s’interrogent sur les moyens promis et sur le risque d’empiler un échelon de plus.',
    body: `Le texte n’est encore qu’un avant-projet, mais il circule déjà dans la plupart des mairies du pays. Rédigé par une commission technique placée auprès du ministère chargé des Collectivités territoriales, le document d’une soixantaine de pages propose d’installer dans chacune des quatorze régions un conseil régional composé d’élus et doté d’un budget propre. Une réforme qui rouvre une question ancienne : à quel niveau faut-il prendre les décisions qui touchent au quotidien des habitants ?

Selon le document, ces assemblées compteraient de 41 à 61 membres selon la population de la région. Elles hériteraient de compétences aujourd’hui dispersées entre l’État, les départements et les communes : la formation professionnelle, les transports interurbains, l’aménagement des zones d’activités et la planification économique. Les communes conserveraient les services de proximité, de l’état civil à l’entretien des marchés.

## Des compétences, mais quels moyens ?

C’est sur le financement que les critiques se concentrent. L’avant-projet prévoit de transférer aux régions une part de certaines recettes fiscales, sans en préciser le montant. « On nous a déjà confié des compétences sans l’argent qui va avec. Les écoles, par exemple : la commune répare les toits, mais avec quoi ? », résume Mariama Diallo Ba, maire d’une commune rurale de la région de Kolda, qui a participé à l’une des premières réunions de présentation.

Le Forum des territoires, une association qui regroupe des élus locaux de toutes tendances, réclame une loi de programmation financière votée en même temps que la réforme. Son président, Abdoulaye Thiam, redoute que les nouveaux conseils ne deviennent « des coquilles sans ressources », contraintes de se tourner vers les bailleurs pour financer le moindre projet.

D’autres voix s’inquiètent d’un empilement administratif. Pour Khady Ndour, enseignante-chercheuse en droit public à l’université Gaston-Berger de Saint-Louis, l’enjeu n’est pas tant le nombre d’échelons que la clarté de leurs rôles. « Une région peut être utile pour penser une route, une filière agricole ou un lycée technique à la bonne échelle. Mais si chaque niveau peut intervenir partout, plus personne n’est responsable de rien », observe-t-elle.

> « Décentraliser, ce n’est pas seulement déplacer des bureaux. C’est accepter que des décisions soient prises ailleurs qu’à Dakar, et en assumer les conséquences », estime Khady Ndour.

## La question du calendrier électoral

Le mode de désignation des futurs conseillers fait lui aussi débat. La commission propose un scrutin de liste à la proportionnelle, avec une prime majoritaire pour la liste arrivée en tête et une stricte alternance entre femmes et hommes. Elle suggère d’organiser ces élections régionales le même jour que les élections municipales et départementales, afin de limiter les coûts et de favoriser la participation.

Plusieurs partis d’opposition jugent cette option risquée : regrouper trois scrutins sur un même bulletin de vote rendrait, selon eux, l’enjeu régional illisible pour les électeurs. Certains plaident pour un scrutin séparé, quitte à allonger le calendrier.

La commission doit maintenant organiser des auditions publiques dans chaque chef-lieu de région d’ici à la fin du trimestre. Le texte, éventuellement amendé, serait ensuite soumis au Conseil des ministres avant d’être transmis à l’Assemblée nationale. D’ici là, les élus locaux entendent peser : plusieurs associations de maires ont déjà annoncé qu’elles remettraient une contribution écrite commune.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 134,
    related: ['pe-budget-municipal-vote', 'pe-reforme-transport-regional'],
    updates: [
      {
        kind: 'PRECISION',
        note: 'Cet article a été complété pour préciser que le nombre de sièges par conseil régional reste indicatif et pourra être modifié à l’issue des auditions publiques.',
        hoursAgo: 110,
      },
    ],
  },
  {
    key: 'cx-consultation-eclairage-public',
    rubrique: 'politique',
    author: 'julien-marchand',
    title: 'Éclairage public : à Villefranche-sur-Arvèze, les habitants appelés à trancher sur l’extinction nocturne',
    chapo:
      'Jusqu’à la fin du mois, les habitants de cette ville moyenne de 38 000 âmes peuvent dire s’ils veulent éteindre les lampadaires entre 1 heure et 5 heures du matin. Derrière les économies d’énergie, la consultation réveille des inquiétudes sur la sécurité et le partage de la rue.',
    body: `Trois cases, un seul choix. Sur le bulletin distribué dans les boîtes aux lettres de Villefranche-sur-Arvèze, la question tient en une ligne : « Souhaitez-vous modifier l’éclairage public de votre commune au cœur de la nuit ? » Les habitants peuvent opter pour une extinction complète entre 1 heure et 5 heures, pour un abaissement de l’intensité lumineuse de 70 % sur la même plage horaire, ou pour le maintien de la situation actuelle. Le vote est ouvert en ligne, à l’accueil de la mairie et dans des urnes installées les jours de marché.

La municipalité ne cache pas ses motivations. L’éclairage des 3 400 points lumineux de la commune coûte environ 620 000 euros d’électricité par an, une facture qui a presque doublé en trois ans. « Nous avons déjà remplacé 40 % des lampes par des LED. L’étape suivante, c’est de se demander si nous avons besoin d’éclairer des rues vides à 3 heures du matin », explique Sophie Lemarchand, adjointe chargée de la transition écologique. Selon ses services, l’extinction complète permettrait d’économiser près de 180 000 euros par an.

## La sécurité au cœur des réunions publiques

Les trois réunions publiques organisées ces dernières semaines ont fait salle comble. À la salle des fêtes du quartier de la Gare, plus de deux cents personnes se sont succédé au micro. Beaucoup ont évoqué leur sentiment d’insécurité. « Je rentre de l’hôpital à 2 heures du matin, à pied. Dans le noir, je ne le ferai plus », a lancé une infirmière, applaudie par une partie de l’assistance.

La mairie assure que les bilans transmis par des communes voisines, qui éteignent déjà leurs lampadaires la nuit, ne montrent pas de hausse des cambriolages. Un argument que conteste Bernard Fayolle, chef de file de l’opposition municipale : « On compare des villages de 2 000 habitants avec une ville qui a une gare, des bars et des ouvriers en horaires décalés. Ce n’est pas sérieux. » Son groupe demande que les axes principaux, les abords de la gare et les passages piétons restent éclairés quelle que soit l’issue du vote.

> « Une rue éclairée n’est pas forcément une rue sûre, mais une rue sombre fait peur. Il faut entendre les deux », résume Hélène Castagné, présidente du comité de quartier du Vieux-Pont.

## Les défenseurs de la nuit noire

D’autres habitants voient dans la consultation une occasion de réduire la pollution lumineuse. L’association naturaliste locale a présenté des relevés montrant la raréfaction des chauves-souris le long de l’Arvèze et rappelle que l’éclairage nocturne perturbe de nombreux insectes. Quelques astronomes amateurs ont même proposé d’organiser des observations du ciel si l’extinction était retenue.

Le maire, Didier Rouvière, s’est engagé à suivre le résultat à condition que la participation dépasse 20 % des inscrits sur les listes communales. En cas de victoire de l’une des deux options de changement, une expérimentation de six mois serait lancée avant toute décision définitive, avec un bilan présenté en conseil municipal. Les résultats de la consultation seront dévoilés lors d’une séance publique, au début du mois prochain.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 68,
    related: ['pe-plan-eau-maire', 'pe-budget-municipal-vote'],
  },

  // ——————————————————————————— CULTURE ———————————————————————————
  {
    key: 'cx-atelier-kora-ziguinchor',
    rubrique: 'culture',
    author: 'fatou-sarr',
    title: 'À Ziguinchor, un facteur de koras transmet son savoir-faire à une nouvelle génération',
    chapo:
      'Dans son atelier du quartier de Boucotte, Djiby Kanouté forme chaque année une dizaine de jeunes à la fabrication de la harpe-luth mandingue. Calebasse, peau, manche de bois et vingt et une cordes : un apprentissage patient, entre tradition familiale et nouveaux débouchés.',
    body: `Il faut d’abord écouter la calebasse. Djiby Kanouté la soulève, la tapote du bout des doigts, la retourne, puis la repose sur l’établi avec un hochement de tête. « Celle-là sonnera bien. Elle est large, régulière, sans fissure. Une mauvaise calebasse, personne ne la rattrapera », dit-il aux quatre apprentis penchés autour de lui. Dans la petite cour de son atelier du quartier de Boucotte, à Ziguinchor, une quinzaine de koras à différents stades de fabrication attendent sous un auvent de tôle.

Djiby Kanouté, 58 ans, a appris le métier auprès de son oncle, lui-même formé par son père. Pendant longtemps, il a travaillé seul, fabriquant une trentaine d’instruments par an pour des musiciens de la région. Depuis quatre ans, il accueille des apprentis dans le cadre d’un partenariat avec un centre de formation professionnelle de la ville, qui prend en charge une petite indemnité mensuelle et l’achat d’une partie des outils.

## Trois semaines pour un instrument

Fabriquer une kora demande environ trois semaines. La calebasse est sciée, vidée, poncée, puis recouverte d’une peau de vache tendue et mise à sécher au soleil. Le manche, taillé dans un bois dur, traverse la caisse de part en part. Viennent ensuite le chevalet, les clous décoratifs qui tiennent la peau et, enfin, les vingt et une cordes. Autrefois taillées dans des lanières de cuir, elles sont aujourd’hui en nylon, souvent du fil de pêche de différents calibres.

Le choix du mode d’accordage divise encore l’atelier. Djiby Kanouté reste attaché aux anneaux de cuir que l’on fait glisser le long du manche, mais de plus en plus de clients réclament des mécaniques semblables à celles des guitares, plus précises et plus stables en tournée. « Je fais les deux. Un musicien doit pouvoir jouer le soir même sans passer une heure à accorder », reconnaît-il.

Aïssatou Mané, 19 ans, est la première jeune femme à avoir rejoint l’atelier. Elle s’occupe aujourd’hui de la tension des peaux, un travail réputé délicat. « Au début, certains clients étaient surpris de me voir. Maintenant, ils demandent qui a monté la peau », sourit-elle. À ses côtés, Ibrahima Sagna, 22 ans, ancien apprenti mécanicien, espère ouvrir un jour son propre atelier à Bignona.

> « La kora, ce n’est pas seulement un objet. C’est une mémoire. Celui qui la fabrique doit savoir d’où elle vient et pour qui elle chante », rappelle Djiby Kanouté.

## Un bois de plus en plus rare

Les débouchés ne manquent pas. Outre les musiciens locaux, l’atelier vend désormais une partie de sa production à des écoles de musique et à des clients de la diaspora, en France, en Espagne ou en Belgique. Une kora se négocie entre 150 000 et 400 000 francs CFA selon les finitions.

La principale inquiétude concerne la matière première. Le bois de vène, traditionnellement utilisé pour les manches, est devenu rare et son exploitation est désormais strictement encadrée. L’atelier teste d’autres essences locales, en lien avec le service forestier, et replante chaque saison des pieds de vène sur un terrain prêté par une association. « Si nous voulons que nos petits-enfants fabriquent encore des koras, il faut penser aux arbres maintenant », insiste le maître des lieux.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 187,
    related: ['cs-festival-ete-goree', 'cs-musee-restitution-objets'],
  },

  // ——————————————————————————— MONDE ———————————————————————————
  {
    key: 'cx-programme-echange-etudiants',
    rubrique: 'monde',
    author: 'helene-roux',
    title: 'Passerelles Atlantique : un programme d’échanges étudiants relie dix universités d’Afrique de l’Ouest et d’Europe',
    chapo:
      'Lancé à la rentrée, ce programme permet à 240 étudiants de passer un semestre dans une université partenaire, avec une bourse et un accompagnement pour le visa. Particularité revendiquée : autant d’Européens partent vers le Sud que d’Africains vers le Nord.',
    body: `Mame Diarra Guèye n’avait jamais pris l’avion. Cette étudiante dakaroise de 23 ans, inscrite en master d’agronomie, suit depuis septembre des cours à Toulouse, dans le cadre de Passerelles Atlantique. Au même moment, Thomas Verhaegen, étudiant liégeois en urbanisme, découvrait Cotonou et ses embouteillages de zémidjans. Tous deux font partie de la première promotion d’un programme d’échanges qui se veut, selon ses promoteurs, « réellement réciproque ».

Le dispositif associe dix établissements d’enseignement supérieur : cinq en Afrique de l’Ouest, à Dakar, Abidjan, Cotonou, Lomé et Niamey, et cinq en Europe, à Lisbonne, Toulouse, Liège, Valence et Bologne. Il est financé par la Fondation Horizons partagés, une fondation privée créée par d’anciens universitaires, ainsi que par les contributions des universités membres. Chaque étudiant reçoit une bourse mensuelle adaptée au coût de la vie de la ville d’accueil, un logement réservé à l’avance et un tuteur sur place.

## La réciprocité comme principe

C’est la règle qui distingue le programme de nombreux dispositifs existants : sur les 240 places de cette année, 120 sont réservées à des étudiants européens partant en Afrique de l’Ouest. « Pendant des décennies, la mobilité a été pensée dans un seul sens. Nous voulons que des étudiants européens apprennent quelque chose à Lomé ou à Niamey, et pas seulement l’inverse », explique Ana Ribeiro Tavares, coordinatrice du programme depuis Lisbonne.

Les cours suivis à l’étranger sont reconnus grâce à une grille commune de crédits, négociée pendant près de deux ans entre les universités partenaires. Les établissements ouest-africains ayant adopté de longue date le système licence-master-doctorat, l’harmonisation a été moins compliquée que prévu, assure la coordinatrice. Les filières retenues pour cette première année, l’agronomie, la santé publique, l’urbanisme et les sciences de l’ingénieur, ont été choisies pour leurs besoins partagés sur les deux continents.

> « J’étais venu pour étudier la ville. J’apprends surtout à ne pas plaquer des solutions toutes faites sur une réalité que je connaissais mal », confie Thomas Verhaegen.

## Le casse-tête des visas

Tout n’a pas fonctionné comme prévu. Une vingtaine d’étudiants ouest-africains ont obtenu leur visa avec plusieurs semaines de retard et ont dû rattraper les premiers cours à distance. Trois d’entre eux n’ont pas pu partir du tout. Le programme a depuis signé des conventions avec les services consulaires concernés pour que les dossiers soient déposés dès le printemps.

Le logement reste l’autre difficulté. À Lisbonne comme à Dakar, la hausse des loyers a compliqué la recherche de chambres à un prix compatible avec les bourses. Les universités d’accueil ont finalement mobilisé une partie de leurs résidences, et plusieurs familles se sont portées volontaires pour héberger des étudiants.

Les organisateurs espèrent doubler le nombre de places d’ici trois ans et ouvrir le programme à deux nouvelles villes, l’une au Sahel, l’autre en Europe centrale. Une évaluation indépendante, portant sur les résultats universitaires et le devenir professionnel des anciens boursiers, doit être publiée à la fin de la première année. Mame Diarra Guèye, elle, a déjà un projet : revenir à Dakar avec un mémoire sur l’irrigation au goutte-à-goutte dans les Niayes.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 296,
    related: ['ms-conseil-migrations-porto', 'ms-satellite-baobab'],
  },

  // ——————————————————————————— SPORT ———————————————————————————
  {
    key: 'cx-beach-volley-saly',
    rubrique: 'sport',
    author: 'moussa-diop',
    title: 'Beach-volley : Sokhna Diouf et Maïmouna Ba remportent l’Open de Saly devant leur public',
    chapo:
      'Trente-deux équipes venues de sept pays ont disputé pendant trois jours l’Open de Saly, sur la plage de la station balnéaire. La paire mbouroise s’est imposée en trois sets chez les femmes, tandis que deux Cap-Verdiens ont dominé le tableau masculin.',
    body: `Le dernier ballon est tombé dans un coin du terrain, à quelques centimètres de la ligne, et la tribune a explosé. Au terme d’une finale de près d’une heure, Sokhna Diouf et Maïmouna Ba ont remporté dimanche l’Open de Saly de beach-volley en battant une paire ivoirienne en trois sets (21-18, 17-21, 15-12). Une victoire à domicile pour les deux joueuses du club de la Petite-Côte, à Mbour, qui s’entraînent à quelques kilomètres de là.

« On a souvent perdu ce genre de match. Cette fois, on a tenu dans le troisième set, même quand le vent a tourné », a réagi Maïmouna Ba, encore essoufflée, au pied du podium. Sa partenaire, plus réservée, a dédié le titre aux jeunes du club venus en nombre les encourager.

## Le vent, un adversaire de plus

Pendant trois jours, les organisateurs ont composé avec les conditions de la Petite-Côte. Pour éviter les heures les plus chaudes, les matchs se disputaient de 8 heures à midi puis de 16 heures à la tombée de la nuit. Mais c’est surtout le vent, soufflant par rafales depuis la mer l’après-midi, qui a compliqué la tâche des joueurs. Les services flottants partaient dans tous les sens, et plusieurs favoris ont été surpris dès les poules.

« Sur le sable, il faut savoir jouer avec les éléments. Les équipes qui connaissent le site ont un avantage, c’est vrai, mais c’est aussi ce qui fait le charme du beach-volley », estime Papa Ibrahima Seck, directeur du tournoi. Trente-deux paires, seize masculines et seize féminines, venues du Sénégal, du Cap-Vert, de Côte d’Ivoire, du Maroc, de Gambie, de France et d’Espagne, étaient engagées.

Chez les hommes, le public n’a pas eu droit au doublé espéré. Les Cap-Verdiens Nelson Tavares et Edson Lopes, têtes de série numéro un, ont dominé la finale face à la paire sénégalaise Cheikh Faye et Alioune Ndour (21-19, 21-16). Les deux joueurs locaux, surprenants tout au long de la compétition, avaient pourtant éliminé les tenants du titre en demi-finale.

> « Nous avons perdu contre plus forts que nous. Mais il y a deux ans, nous n’aurions même pas passé les poules », a reconnu Alioune Ndour.

## Une station qui mise sur le sport

Pour Saly, l’enjeu dépasse le terrain. Plusieurs hôtels de la station ont affiché complet pendant le week-end, et la commune voit dans le tournoi un moyen de prolonger la saison touristique. Une tribune de 1 500 places avait été montée sur la plage, gratuite et pleine pour les finales. Des initiations ont également été proposées aux enfants des écoles voisines chaque matin.

Les organisateurs espèrent désormais inscrire l’Open dans un circuit continental et porter le nombre d’équipes à quarante-huit dès l’an prochain. Ils réclament aussi un terrain permanent, avec un éclairage adapté, pour que les clubs de la région puissent s’entraîner toute l’année. La mairie a promis d’étudier le projet avec la fédération. Sokhna Diouf et Maïmouna Ba, elles, ont déjà rendez-vous le mois prochain pour un tournoi à Dakar.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 452,
    related: ['cs-regate-petite-cote', 'cs-athletisme-jeunes-thies'],
  },
];
