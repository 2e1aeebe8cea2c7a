import type { TDemoStory } from '../types';

/**
 * Rubriques « Monde » et « Sciences ». Textes originaux ; personnes, organisations,
 * sommets et accords sont fictifs.
 */
export const mondeSciencesStories: TDemoStory[] = [
  // ───────────────────────────── MONDE ─────────────────────────────
  {
    key: 'ms-sommet-peche-nouakchott',
    rubrique: 'monde',
    author: 'moussa-diop',
    title: 'Pêche : à Nouakchott, sept États côtiers promettent un registre commun des pirogues',
    chapo:
      'Réunies pendant trois jours dans la capitale mauritanienne, les délégations de sept pays de la façade atlantique ouest-africaine ont adopté une feuille de route pour mieux suivre les captures et partager leurs données. Les pêcheurs artisanaux attendent de voir les moyens.',
    body: `Il aura fallu une nuit entière de discussions et deux suspensions de séance pour que le communiqué final soit lu devant la presse, jeudi à l’aube. Au terme du sommet régional sur les ressources halieutiques, réuni pendant trois jours à Nouakchott, les délégations de sept États de la façade atlantique ouest-africaine se sont entendues sur une « déclaration de la baie du Lévrier ». Le texte prévoit la création, d’ici deux ans, d’un registre commun des embarcations de pêche artisanale, assorti d’un système de partage des données de débarquement.

La déclaration n’a rien de contraignant. Elle engage toutefois les signataires à immatriculer chaque pirogue selon un format harmonisé, à équiper progressivement les unités de plus de quinze mètres de balises de localisation et à publier, chaque trimestre, des statistiques de captures ventilées par espèce. « Nous pêchons les mêmes bancs de sardinelles, et ces poissons ignorent nos frontières. Il était temps d’apprendre à compter ensemble », a résumé la présidente de séance, Mariem Mint Sidaty, devant une salle visiblement épuisée.

## Des stocks sous pression

Le constat qui a servi de point de départ aux négociations n’a rien de rassurant. Selon le rapport remis aux délégations par le comité scientifique du sommet, un groupe d’une vingtaine de biologistes marins issus des instituts de recherche de la région, les débarquements de sardinelle ronde auraient reculé d’environ un tiers en dix ans sur plusieurs segments du littoral. Les auteurs décrivent une ressource « pleinement exploitée, voire surexploitée par endroits », tout en reconnaissant que les données restent lacunaires, faute de suivi homogène d’un pays à l’autre.

C’est précisément ce manque de chiffres fiables que le registre commun doit combler. Aujourd’hui, une même pirogue peut être immatriculée dans un port, débarquer dans un deuxième et vendre sa cargaison dans un troisième sans que les administrations concernées ne recoupent jamais leurs informations. « On gère à l’aveugle, reconnaît un haut fonctionnaire d’une délégation côtière, qui a requis l’anonymat. On ne sait ni combien d’embarcations travaillent réellement sur la zone, ni combien de tonnes sortent de l’eau. »

L’essor des usines de farine et d’huile de poisson, qui transforment de grandes quantités de petits pélagiques destinés à l’aquaculture et à l’alimentation animale, a pesé lourd dans les débats. Plusieurs délégations souhaitaient inscrire dans le texte un gel des nouvelles autorisations. Elles ont dû se contenter d’un engagement plus modeste : dresser un inventaire public des unités existantes et de leurs volumes d’achat avant la prochaine réunion ministérielle.

## Les pêcheurs entre espoir et méfiance

Sur les plages, l’annonce est accueillie avec prudence. À Kayar, sur la Grande-Côte sénégalaise, Ousmane Guèye, capitaine d’une pirogue de vingt mètres, dit ne pas être opposé au principe d’un registre. « Si cela permet de repérer ceux qui pêchent n’importe comment, tant mieux. Mais un numéro de plus peint sur la coque ne remplira pas les caisses, surtout quand le carburant coûte de plus en plus cher », tranche-t-il.

Les femmes transformatrices, qui fument, sèchent et salent une grande partie des prises, redoutent quant à elles d’être les grandes oubliées du dispositif. Ndèye Coumba Sène, porte-parole d’un réseau régional de transformatrices invité comme observateur, a plaidé pour que le futur registre recense aussi les sites de transformation. « Quand le poisson manque, ce sont nos fours qui s’éteignent en premier. Nous voulons être comptées, nous aussi », a-t-elle lancé lors de la séance ouverte à la société civile.

> « Un registre, ce n’est pas une fin en soi. C’est un outil pour décider, ensemble, de ce que la mer peut encore donner. »

La formule, prononcée par l’un des experts du comité scientifique en clôture des travaux, résume l’ambition affichée. Reste à la traduire dans les faits.

## Un financement encore flou

Le coût du dispositif — immatriculation, balises, formation des agents, plateforme informatique partagée — n’a pas été chiffré officiellement. Les estimations évoquées dans les couloirs oscillent entre trente et cinquante millions d’euros sur cinq ans, une somme que les États côtiers ne pourront pas réunir seuls. Un groupe de travail technique doit présenter, d’ici six mois, un plan de financement associant budgets nationaux, bailleurs multilatéraux et, éventuellement, une contribution des flottes étrangères titulaires de licences dans la région.

Ce dernier point a suscité de vives discussions. Certains délégués estiment que les navires industriels, qui bénéficient d’accords d’accès aux eaux ouest-africaines, devraient financer une part substantielle du suivi. D’autres craignent qu’une telle exigence ne complique la renégociation de ces accords, dont les contreparties financières pèsent dans les budgets publics.

La prochaine réunion ministérielle est prévue à Dakar dans dix-huit mois. D’ici là, chaque pays devra désigner un point focal chargé de préparer l’harmonisation des fichiers nationaux. Les organisations de pêcheurs, elles, ont déjà prévenu qu’elles jugeraient la déclaration de Nouakchott « à ce qui se passera sur les quais, pas dans les salles de conférence ».`,
    status: 'PUBLISHED',
    publishedHoursAgo: 5,
    placement: 'TOP',
    related: ['ms-frontiere-maritime-dakar', 'ms-mangroves-saloum'],
  },
  {
    key: 'ms-elections-valdorie',
    rubrique: 'monde',
    author: 'julien-marchand',
    title: 'Valdorie : la coalition sortante sauve sa majorité fédérale mais perd quatre provinces',
    chapo:
      'Les électeurs de la fédération de Valdorie ont infligé dimanche un sérieux revers à la coalition au pouvoir, qui conserve de justesse la majorité à la chambre fédérale mais cède plusieurs parlements provinciaux. La participation, en nette hausse, a surpris les observateurs.',
    body: `Il était un peu plus de minuit lorsque la commission électorale fédérale de Valdorie a publié les derniers résultats provisoires. Avec 163 sièges sur 320 à la chambre fédérale, la coalition formée par l’Alliance des provinces et le Parti social-libéral conserve la majorité absolue, mais d’extrême justesse : quatre sièges seulement au-dessus du seuil, contre vingt-deux lors de la législature précédente.

Le Premier ministre fédéral, Anton Merelli, a salué « une victoire de la stabilité » devant ses partisans réunis dans la capitale, Korvena. Son ton tranchait pourtant avec l’euphorie de la précédente soirée électorale. Car le scrutin fédéral se doublait, dans cinq des neuf provinces du pays, d’élections régionales, et c’est là que la coalition a subi ses revers les plus marquants.

## Le réveil des vallées

Dans quatre provinces sur cinq, la majorité sortante perd le contrôle du parlement local. Le grand vainqueur de la soirée est le Mouvement des vallées, une formation régionaliste née il y a six ans à peine dans les provinces montagneuses du Nord. Porté par une campagne centrée sur le coût de l’énergie, la fermeture de services publics en zone rurale et la défense des langues régionales, il arrive en tête en Haute-Sarine et en Lenn-Orientale, et devient la deuxième force de la chambre fédérale avec 71 sièges.

« Les gens des vallées ne demandent pas l’indépendance, ils demandent qu’on se souvienne d’eux », a déclaré sa tête de liste, Sofia Dragan, une ancienne institutrice de 44 ans qui a fait campagne de village en village. Son parti réclame une révision de la clé de répartition des recettes fiscales entre la fédération et les provinces, un dossier explosif que la coalition avait soigneusement évité pendant toute la législature.

## Une participation inattendue

L’autre surprise du scrutin est la participation. Elle atteint 68 %, soit près de neuf points de plus qu’il y a quatre ans, selon la commission électorale. Les politologues valdoriens y voient l’effet combiné d’une campagne très disputée et d’une réforme du vote par correspondance, désormais ouvert sans justificatif à tous les électeurs.

« Le système électoral mixte de la Valdorie, qui combine circonscriptions uninominales et listes provinciales, récompense d’ordinaire les grands partis implantés partout. Cette fois, la concentration géographique du vote régionaliste a joué à plein », analyse Tomas Arlberg, professeur de science politique à l’université de Korvena. Selon lui, le Mouvement des vallées a remporté trente circonscriptions directes, un résultat sans précédent pour une formation de cette taille.

## Des négociations délicates

La coalition sortante devra désormais composer avec un Sénat des provinces où elle ne dispose plus de majorité, ce qui l’obligera à négocier texte par texte les lois touchant aux compétences régionales. Plusieurs responsables de l’Alliance des provinces évoquaient déjà, à demi-mot, l’hypothèse d’un élargissement de la coalition.

Sofia Dragan a écarté pour l’instant toute participation au gouvernement fédéral. « Nous gouvernerons là où les électeurs nous l’ont demandé : dans nos provinces. À Korvena, nous jugerons sur pièces », a-t-elle prévenu. Les résultats définitifs doivent être proclamés dans dix jours, après l’examen d’une vingtaine de recours déposés dans des circonscriptions où l’écart est inférieur à cent voix.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 42,
  },
  {
    key: 'ms-corridor-cereales-ukraine',
    rubrique: 'monde',
    author: 'helene-roux',
    title: 'Sécheresse au Sahel : un corridor céréalier pour acheminer le blé de l’Ukraine jusqu’à l’intérieur des terres',
    chapo:
      'Face à une saison des pluies déficitaire, un groupement de meuniers et de transporteurs ouest-africains met en place un corridor logistique entre la mer Noire, le port de Dakar et les villes du Sahel. Le blé de l’Ukraine doit y côtoyer des cargaisons d’autres origines.',
    body: `Les champs de mil de la région de Kayes n’ont reçu, cette année, qu’une fraction des pluies attendues. Dans plusieurs zones du Sahel occidental, l’Observatoire sahélien des récoltes, un réseau indépendant d’agronomes et de statisticiens, évoque un déficit pluviométrique de l’ordre de 30 % par rapport à la moyenne des vingt dernières années, et des semis qu’il a fallu recommencer deux, voire trois fois.

C’est dans ce contexte que le Groupement céréalier de l’Atlantique, qui réunit une quinzaine de minoteries, de sociétés de transport routier et de transitaires de la région, a annoncé la mise en place d’un « corridor céréalier » destiné à sécuriser l’approvisionnement en blé et en maïs des marchés de l’intérieur pour les douze prochains mois.

## Des achats groupés et des stocks tampons

Le principe est simple sur le papier. Plutôt que de passer chacune leurs commandes, les minoteries membres mutualisent leurs achats afin d’affréter des navires complets, négocient des créneaux garantis au port de Dakar et réservent à l’avance des convois de camions et de wagons vers l’intérieur. Une partie des volumes sera stockée dans des entrepôts tampons à Tambacounda et à Kayes, afin d’amortir les à-coups logistiques.

Les premières cargaisons doivent provenir des ports de la mer Noire, notamment du blé de l’Ukraine, mais aussi d’Argentine et d’Europe de l’Ouest. « Nous ne voulons dépendre d’aucune origine en particulier. La diversification, c’est notre assurance », explique Ibrahima Seck Diallo, directeur général du groupement. Selon lui, l’achat groupé permettrait de réduire de 8 à 12 % le coût de revient de la tonne rendue à Bamako, essentiellement grâce à la baisse des frais de fret et des pénalités d’attente au port.

## Le pain ou le mil ?

Le projet ne fait toutefois pas l’unanimité. Plusieurs organisations paysannes rappellent que le blé n’est pratiquement pas cultivé dans la région et que son importation massive concurrence les céréales locales. « En période de sécheresse, on comprend qu’il faille importer. Mais si l’on construit des corridors pour le blé sans rien investir dans le stockage du mil et du sorgho, on prépare la prochaine crise », avertit Fanta Keïta, responsable d’une coopérative de producteurs près de Nioro du Sahel.

Les économistes interrogés soulignent, eux, que le corridor ne règle pas la question du pouvoir d’achat. La baguette et le pain de mie occupent une place croissante dans l’alimentation urbaine, et toute hausse du prix de la farine se répercute rapidement sur les ménages modestes. Le groupement s’est engagé à publier chaque mois ses prix de sortie d’usine, une transparence saluée par les associations de consommateurs.

## Un test pour la logistique régionale

Au-delà de l’urgence, les promoteurs du corridor y voient un banc d’essai pour une intégration logistique plus poussée entre les pays de la région. Les délais de dédouanement aux frontières, les contrôles routiers à répétition et l’état de certaines portions de route restent les principaux goulets d’étranglement. « Un camion qui met neuf jours au lieu de quatre pour rallier Bamako, c’est du grain qui coûte plus cher à l’arrivée », résume un transitaire dakarois.

Le premier navire est attendu dans les prochains jours. Le groupement espère faire transiter quelque 400 000 tonnes de céréales par le corridor d’ici la prochaine récolte.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 18,
    related: ['ms-rail-ziguinchor-bissau', 'ms-traite-faleme'],
    updates: [
      {
        kind: 'MISE_A_JOUR',
        note: 'Le premier vraquier affrété par le Groupement céréalier de l’Atlantique, chargé de 32 000 tonnes de blé, a accosté au port de Dakar. Son déchargement doit durer quatre jours.',
        hoursAgo: 6,
      },
    ],
  },
  {
    key: 'ms-traite-faleme',
    rubrique: 'monde',
    author: 'awa-ndiaye',
    title: 'Falémé : un protocole pour partager l’eau d’une rivière sous pression',
    chapo:
      'Réunis à Kédougou, des experts des trois pays traversés par la Falémé ont paraphé un protocole fixant un débit minimal à respecter en saison sèche et un suivi commun de la qualité de l’eau. Le texte doit encore franchir l’étape des ratifications.',
    body: `La Falémé n’a jamais été un grand fleuve, mais elle a longtemps été une rivière fiable. Affluent du Sénégal, elle marque sur une partie de son cours la frontière entre le Sénégal et le Mali avant de rejoindre le fleuve non loin de Bakel. Depuis une quinzaine d’années, ses riverains la voient changer : étiages plus sévères, eaux troubles, berges éventrées par les chantiers d’orpaillage.

C’est pour tenter d’enrayer cette dégradation que des délégations techniques des trois pays traversés par la rivière ont paraphé, mardi à Kédougou, un « protocole de gestion concertée des eaux de la Falémé ». Le document, fruit de deux ans de négociations entre hydrologues, juristes et représentants des administrations de l’eau, pose pour la première fois des règles communes sur les quantités prélevées et sur la qualité de l’eau.

## Un débit plancher en saison sèche

Le cœur du texte est l’instauration d’un débit minimal, fixé à deux mètres cubes par seconde à la station de mesure de Gourbassi, en dessous duquel les prélèvements pour l’irrigation et l’industrie devront être réduits selon un barème défini à l’avance. L’objectif est d’éviter que la rivière ne se réduise, comme certaines années, à un chapelet de mares entre mars et juin.

« Ce chiffre n’a pas été choisi au hasard. Il correspond au seuil en dessous duquel la vie aquatique et l’abreuvement du bétail sont menacés sur les tronçons les plus fragiles », explique Mariama Diakité, hydrologue et coordinatrice du groupe d’experts. Pour le faire respecter, les trois pays s’engagent à remettre en service et à moderniser une dizaine de stations hydrométriques, dont les données seront partagées en temps réel sur une plateforme commune.

## L’orpaillage dans le viseur

Le protocole consacre un chapitre entier à la qualité de l’eau. L’orpaillage, artisanal comme semi-industriel, est mis en cause dans l’augmentation de la turbidité et dans la présence de mercure relevée dans certains prélèvements. Le texte prévoit des campagnes d’analyses conjointes deux fois par an et une interdiction du lavage de minerai dans le lit mineur de la rivière, dont l’application reste à la charge de chaque État.

Sur les berges, l’accueil est mitigé. « Des règles, on en a déjà. Ce qui manque, c’est quelqu’un pour les faire appliquer, et un autre travail pour les jeunes qui vivent de l’or », observe Samba Cissokho, maraîcher dans un village proche de la frontière, dont les puits se sont asséchés deux années de suite.

## Une commission et un arbitre

Pour trancher les différends, le protocole crée une commission mixte permanente, composée de trois représentants par pays, qui se réunira au moins une fois par an. En cas de désaccord persistant, les parties pourront recourir à une procédure de conciliation confiée à un panel d’experts indépendants.

Les juristes qui ont suivi les négociations saluent un texte « pragmatique », qui reprend les grands principes du droit international de l’eau — utilisation équitable et raisonnable, obligation de ne pas causer de dommage significatif, échange régulier d’informations — sans créer de nouvelle institution lourde. Le protocole doit désormais être soumis aux gouvernements, puis aux parlements des trois pays. Ses promoteurs espèrent une entrée en vigueur avant la prochaine saison sèche.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 96,
    related: ['ms-corridor-cereales-ukraine'],
    updates: [
      {
        kind: 'PRECISION',
        note: 'Le débit minimal de deux mètres cubes par seconde est mesuré à la station de Gourbassi ; il ne s’applique pas uniformément à tout le cours de la rivière, comme pouvait le laisser entendre une première version de cet article.',
        hoursAgo: 80,
      },
    ],
  },
  {
    key: 'ms-frontiere-maritime-dakar',
    rubrique: 'monde',
    author: 'julien-marchand',
    title: 'Frontière maritime : le Bandoumé et les îles Sorèles renouent le dialogue à Dakar',
    chapo:
      'Après quatre ans de blocage, les négociateurs des deux États se retrouvent dans la capitale sénégalaise pour tenter de tracer la ligne qui sépare leurs eaux. En jeu : des zones de pêche très convoitées et un possible gisement de gaz.',
    body: `Rien ne filtre, ou presque, des salons d’un hôtel du Plateau où les deux délégations se retrouvent depuis lundi. Pour la première fois depuis quatre ans, les négociateurs de la République du Bandoumé et de l’Union des îles Sorèles sont de nouveau assis à la même table pour discuter du tracé de leur frontière maritime, un différend qui empoisonne leurs relations depuis plus de deux décennies.

Le choix de Dakar tient à sa neutralité. Les rencontres sont organisées par la Fondation atlantique pour le dialogue, une organisation privée spécialisée dans la médiation, qui avait proposé ses bons offices l’an dernier après une série d’incidents entre garde-côtes bandoumais et pêcheurs sorélais. Les discussions sont facilitées par une ancienne juge internationale, Aminata Ndour-Lefèvre, dont le rôle se limite à organiser les échanges et à suggérer des pistes, sans aucun pouvoir de décision.

## Deux lectures de la géographie

Le nœud du problème tient en quelques hectares de roche. Au large de la côte bandoumaise, l’îlot de Kassa, inhabité et dépourvu d’eau douce, appartient aux Sorèles depuis l’époque coloniale. Pour Port-Sorel, l’îlot doit être pris en compte dans le calcul de la ligne d’équidistance, ce qui repousserait la frontière loin vers le sud. Pour le Bandoumé, un rocher de cette taille ne saurait générer une zone économique exclusive et priver le pays d’une partie de son plateau continental.

« La convention des Nations unies sur le droit de la mer distingue les îles des rochers qui ne se prêtent pas à l’habitation humaine ou à une vie économique propre. Toute la question est de savoir dans quelle catégorie ranger Kassa », résume un juriste spécialiste du droit de la mer, qui conseille l’une des délégations.

La jurisprudence internationale a eu tendance, ces dernières décennies, à réduire l’effet des petites formations insulaires dans les délimitations. Elle retient généralement une approche en trois étapes : tracer une ligne d’équidistance provisoire, l’ajuster en fonction des circonstances pertinentes, puis vérifier l’absence de disproportion manifeste entre les espaces attribués. Les deux parties connaissent cette méthode par cœur ; elles divergent sur ce qui constitue une « circonstance pertinente ».

## La pêche et le gaz

Derrière le droit, les intérêts sont très concrets. La zone disputée, d’environ 9 000 kilomètres carrés, abrite des fonds riches en crevettes et en poissons démersaux, fréquentés à la fois par les pirogues bandoumaises et par les chalutiers sous licence sorélaise. Des campagnes sismiques menées il y a une dizaine d’années ont en outre laissé entrevoir la présence d’un gisement de gaz, dont l’ampleur n’a jamais été confirmée faute de forage.

« Tant que la frontière n’est pas fixée, aucune compagnie sérieuse n’investira. Les deux pays y perdent », observe Lamine Faye, chercheur en relations internationales à Dakar. Il rappelle qu’une autre option existe : une zone de développement conjoint, dans laquelle les ressources seraient exploitées en commun et les revenus partagés, sans trancher définitivement la question de la souveraineté.

## Un calendrier serré

Selon une source proche des discussions, les délégations se sont fixé un objectif modeste pour cette première session : s’accorder sur une carte commune des lignes de base et sur un mécanisme de prévention des incidents en mer, avec une ligne téléphonique directe entre les deux garde-côtes. La question du tracé proprement dit serait renvoyée à des sessions ultérieures.

> « Nous ne signerons rien cette semaine. Mais si nous repartons avec une carte que les deux parties reconnaissent, ce sera déjà un pas immense. »

Ainsi s’exprimait mardi soir un membre de la délégation sorélaise, sous couvert d’anonymat. À défaut d’accord négocié, les deux pays pourraient porter leur différend devant une juridiction internationale, une option que Port-Sorel appelle de ses vœux et que le Bandoumé, jusqu’ici, refuse.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 150,
    related: ['ms-sommet-peche-nouakchott'],
  },
  {
    key: 'ms-conseil-migrations-porto',
    rubrique: 'monde',
    author: 'helene-roux',
    title: 'Migrations : à Porto, un conseil européen divisé sur les « partenariats de retour »',
    chapo:
      'Réunis pendant deux jours, les représentants des quatorze pays membres du Conseil euro-atlantique des migrations se sont séparés sans accord sur un mécanisme commun de retours. Chercheurs et associations ouest-africains suivent le dossier de près.',
    body: `Le communiqué final tient en une page et demie, et il ne dit presque rien. Après deux jours de réunion à Porto, le Conseil euro-atlantique des migrations, une instance de coopération créée il y a cinq ans par quatorze pays européens, s’est séparé jeudi sans parvenir à adopter le « mécanisme commun de partenariats de retour » que sa présidence appelait de ses vœux.

Le projet, porté par la présidente tournante du Conseil, Inês Carvalho Amaral, visait à coordonner les accords que chaque État négocie séparément avec les pays d’origine et de transit : aide au développement et facilitation de visas pour certaines catégories de travailleurs, en échange d’une coopération accrue sur l’identification et le retour des personnes en situation irrégulière.

## Deux camps irréconciliables ?

Au fil des séances, deux blocs se sont dessinés. Les pays du Sud, en première ligne des arrivées par la mer, réclament une répartition plus solidaire des demandeurs d’asile avant tout nouvel engagement sur les retours. Plusieurs pays du Nord, à l’inverse, conditionnent toute solidarité à un durcissement préalable des procédures d’éloignement.

« Nous avons passé deux jours à discuter de l’ordre dans lequel il faudrait faire les choses, sans jamais parler du fond », regrettait à la sortie un diplomate ayant participé aux négociations. La présidence a annoncé la création d’un groupe de travail chargé de proposer un texte de compromis d’ici la prochaine réunion, prévue dans six mois.

## Les voies légales en débat

Un volet du projet a pourtant recueilli un large soutien : l’élargissement des programmes de migration de travail temporaire, notamment dans l’agriculture saisonnière, l’hôtellerie et les soins aux personnes âgées. Plusieurs délégations ont plaidé pour des programmes pilotes avec des pays d’Afrique de l’Ouest, associant une formation professionnelle dans le pays d’origine et des contrats de travail de six à neuf mois.

À Dakar, ces annonces sont accueillies avec scepticisme. « On parle de voies légales à chaque sommet, et l’on finit par délivrer quelques centaines de visas pour des centaines de milliers de candidats potentiels », observe Seynabou Diatta, sociologue spécialiste des migrations. Selon elle, les dispositifs de retour « aidé » souffrent d’un défaut de conception : « Une personne qui rentre après avoir tout investi dans le départ a besoin d’un vrai projet, pas seulement d’un billet d’avion et d’une enveloppe. »

## La parole des rapatriés

Dans les quartiers de pêcheurs de la banlieue dakaroise, des associations de jeunes revenus d’Europe ou refoulés en chemin tentent depuis plusieurs années de peser dans le débat. Moustapha Ndiaye, qui préside l’une d’elles, a fait le voyage jusqu’à Porto pour participer à une rencontre parallèle organisée par des organisations non gouvernementales. « Les décisions se prennent sur nous, mais rarement avec nous. On aimerait au moins être consultés sur les programmes de réinsertion qu’on nous destine », dit-il.

Il plaide notamment pour que les fonds de réinsertion financent des projets collectifs plutôt que des aides individuelles, souvent trop modestes pour lancer une activité durable : une chambre froide pour les pêcheurs, un atelier de réparation de moteurs, une unité de transformation du poisson. « Seul, on repart de zéro. À plusieurs, on peut construire quelque chose qui tienne », insiste-t-il.

La présidence du Conseil assure qu’un forum réunissant les pays partenaires et la société civile sera organisé avant la fin de son mandat. Aucune date n’a encore été fixée.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 220,
    related: ['ms-sommet-peche-nouakchott'],
  },
  {
    key: 'ms-rail-ziguinchor-bissau',
    rubrique: 'monde',
    author: 'moussa-diop',
    title: 'Rail : entre Ziguinchor et Bissau, la future ligne transfrontalière passe au crible des études',
    chapo:
      'La société de projet chargée de relier la Casamance à la capitale bissau-guinéenne par le train a lancé l’étude de tracé d’une ligne d’environ 140 kilomètres. Commerçants, agriculteurs et riverains oscillent entre enthousiasme et inquiétude.',
    body: `Pendant des semaines, les géomètres ont arpenté les rizières et les palmeraies, piquets rouges et blancs à la main. Leur mission : préparer l’étude de tracé d’une ligne ferroviaire appelée, si le projet va à son terme, à relier Ziguinchor à Bissau. Environ 140 kilomètres de voie, un grand pont et une douzaine de gares et de haltes figurent dans l’avant-projet présenté mercredi par la Société ferroviaire des Rivières du Sud, la structure créée pour porter le chantier.

« Aujourd’hui, un camion chargé d’anacarde met parfois deux jours pour faire ce trajet, entre l’état de la route et les contrôles. Le train pourrait le faire en trois heures », affirme son directeur technique, Abdoulaye Sagna.

## L’anacarde comme moteur

Le projet repose d’abord sur un pari économique. La noix de cajou, ou anacarde, est la première culture d’exportation de la Guinée-Bissau et une ressource importante pour la Casamance. Les promoteurs de la ligne tablent sur le transport de noix brutes vers les unités de transformation et les ports, mais aussi sur celui du riz, du bois d’œuvre et des produits de la pêche. À terme, un service voyageurs de quatre allers-retours quotidiens est envisagé.

Le coût de l’ensemble est estimé, à ce stade, à environ 620 millions d’euros. Le plan de financement, encore à l’état d’esquisse, associerait des prêts de banques de développement, une participation des deux États et la concession de l’exploitation à un opérateur privé. Les économistes consultés jugent la rentabilité du fret plausible, à condition que la ligne soit un jour raccordée à un réseau plus vaste.

## Les riverains veulent être entendus

Dans les villages situés sur le tracé provisoire, l’accueil est partagé. Près du poste frontière de Mpack, les commerçants rêvent déjà d’une gare. Plus au sud, des familles craignent de perdre des rizières patiemment aménagées sur plusieurs générations. « On ne refuse pas le train. Mais on veut savoir où il passe, combien on sera indemnisés, et quand », résume Augustin Mendy, chef de village.

Le directeur de l’école élémentaire d’un hameau voisin, Jean-Baptiste Manga, s’inquiète pour la sécurité des élèves, dont beaucoup marchent plus de deux kilomètres chaque matin. « Si la voie coupe le chemin de l’école, il faudra des passages protégés, pas une simple barrière », insiste-t-il. La société de projet promet des consultations publiques dans chaque commune traversée avant le choix définitif du tracé.

## Un calendrier prudent

Personne, parmi les promoteurs, ne se risque à annoncer une date d’inauguration. L’étude de tracé doit être remise dans un an ; suivront l’étude d’impact environnemental et social, particulièrement sensible dans une région de mangroves et de zones humides, puis la recherche des financements. « Les projets ferroviaires ont souvent souffert d’annonces trop rapides. Nous préférons avancer lentement, mais sûrement », assure Abdoulaye Sagna.

Dans les marchés de Ziguinchor, on veut croire que cette fois sera la bonne. « Mon grand-père parlait déjà d’un train vers le sud », sourit une vendeuse de tissus. « Si mes enfants le prennent un jour, je serai contente. »`,
    status: 'PUBLISHED',
    publishedHoursAgo: 380,
    related: ['ms-corridor-cereales-ukraine'],
  },

  // ──────────────────────────── SCIENCES ────────────────────────────
  {
    key: 'ms-vaccin-paludisme-kedougou',
    rubrique: 'sciences',
    author: 'awa-ndiaye',
    title: 'Paludisme : un candidat vaccin entre en phase 2 auprès de 1 200 enfants au Sénégal oriental',
    chapo:
      'Mis au point par un consortium de laboratoires africains et européens, le candidat vaccin MZ-14 cible le parasite au stade sanguin, là où les vaccins actuels agissent plus tôt. L’essai, mené autour de Kédougou et de Tambacounda, doit durer deux saisons de transmission.',
    body: `Dans la petite salle d’attente du centre de santé, une dizaine de mères patientent, leur enfant sur les genoux. Au mur, une affiche en pulaar et en malinké explique, dessins à l’appui, ce qu’est un essai clinique. Depuis lundi, c’est ici, dans la région de Kédougou, que sont administrées les premières doses de MZ-14, un candidat vaccin contre le paludisme développé par le consortium de recherche Palu-Sahel.

L’essai de phase 2 doit inclure au total 1 200 enfants âgés de 18 mois à 5 ans, recrutés dans six sites des régions de Kédougou et de Tambacounda, parmi les zones du pays où la transmission du paludisme reste la plus intense. « Nous voulons savoir deux choses : si le vaccin est bien toléré à grande échelle, et s’il réduit le nombre d’accès palustres chez les enfants vaccinés », résume Mame Diarra Faye, médecin épidémiologiste et coordinatrice de l’essai.

## Une autre cible dans le cycle du parasite

Le paludisme est causé par des parasites du genre Plasmodium, transmis par la piqûre de moustiques anophèles. Après l’inoculation, le parasite transite par le foie, puis envahit les globules rouges, où il se multiplie : c’est cette phase sanguine qui provoque la fièvre et, dans les cas graves, des complications potentiellement mortelles.

Les vaccins antipaludiques déjà recommandés pour les jeunes enfants visent principalement le stade dit préérythrocytaire, c’est-à-dire le parasite avant qu’il n’atteigne le sang. MZ-14 adopte une autre stratégie : il cible une protéine qu’utilise le parasite pour pénétrer dans les globules rouges. L’idée est de bloquer cette invasion, ou au moins de la freiner suffisamment pour que le système immunitaire reprenne le dessus.

« Les deux approches ne sont pas concurrentes. À terme, on peut imaginer de les combiner pour frapper le parasite à deux moments de son cycle », explique Kofi Asante-Brunner, immunologiste et l’un des concepteurs de la molécule. Les essais de phase 1, menés auprès d’adultes puis d’enfants sur de petits effectifs, n’ont pas mis en évidence d’effet indésirable grave, selon les résultats publiés par le consortium dans une revue à comité de lecture.

## Un protocole en double aveugle

L’essai suit un schéma classique. Les enfants sont répartis par tirage au sort en deux groupes : le premier reçoit trois doses de MZ-14 à un mois d’intervalle, le second un vaccin de comparaison sans lien avec le paludisme, afin que les familles du groupe témoin bénéficient elles aussi d’une protection. Ni les parents ni les soignants ne savent à quel groupe appartient chaque enfant.

Pendant deux saisons de transmission, des agents de santé communautaires rendront visite aux familles chaque semaine. Tout épisode de fièvre donnera lieu à un test de diagnostic rapide et, le cas échéant, à un traitement gratuit. « Participer à l’essai, c’est aussi bénéficier d’un suivi médical rapproché. Nous veillons à ce que ce ne soit pas le seul argument qui pèse dans la décision des familles », souligne Mame Diarra Faye.

Le recueil du consentement a fait l’objet d’un soin particulier. Les documents d’information ont été traduits en pulaar, en malinké et en wolof, puis relus avec des relais communautaires chargés de vérifier qu’ils étaient bien compris. Le protocole a été approuvé par le comité national d’éthique et par l’autorité de régulation des médicaments, précise le consortium.

## Beaucoup de prudence

Les chercheurs se gardent de tout triomphalisme. Nombre de candidats vaccins prometteurs en laboratoire ont déçu au stade des essais sur le terrain, et la phase 2 ne constitue qu’une étape. Si les résultats sont positifs, un essai de phase 3, portant sur plusieurs milliers d’enfants dans plusieurs pays, serait nécessaire avant toute demande d’autorisation.

> « Un vaccin, même efficace, ne remplacera pas les moustiquaires, la chimioprévention saisonnière ou l’accès rapide au traitement. Ce sera un outil de plus, pas une baguette magique. »

Ces mots de la coordinatrice font écho aux préoccupations des programmes de lutte contre le paludisme, confrontés à l’apparition de moustiques résistants aux insecticides et, dans d’autres régions du continent, à des signes de moindre sensibilité du parasite à certains traitements.

Dans la salle d’attente, ces débats paraissent lointains. Aïssatou Danfakha, 27 ans, a inscrit son fils de trois ans après une réunion d’information au village. « L’an dernier, il a été hospitalisé deux fois pendant l’hivernage. Si ce vaccin peut éviter ça à d’autres enfants, je veux que nous y participions », dit-elle. Les premiers résultats intermédiaires sont attendus dans dix-huit mois.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 30,
    related: ['ms-ia-langues-locales'],
  },
  {
    key: 'ms-mangroves-saloum',
    rubrique: 'sciences',
    author: 'fatou-sarr',
    title: 'Sine-Saloum : les mangroves replantées retrouvent l’essentiel de leur stock de carbone en quinze ans',
    chapo:
      'Pendant trois ans, une équipe de chercheurs sénégalais a comparé des parcelles de palétuviers replantées et des mangroves intactes du delta du Saloum. Les résultats sont encourageants, mais rappellent que toutes les plantations ne se valent pas.',
    body: `Les pieds dans la vase jusqu’aux genoux, Khady Senghor enfonce un long tube d’aluminium dans le sol noirâtre, puis le retire lentement. La carotte de sédiment qu’elle en extrait, longue d’un mètre, sera découpée en tranches, séchée et analysée en laboratoire. « Tout le carbone est là, sous nos pieds. Les arbres, on les voit ; le sol, on l’oublie », sourit la doctorante.

Pendant trois ans, son équipe du Laboratoire d’écologie des zones humides de Kaolack a prélevé plus de 400 carottes de ce type dans 48 parcelles du delta du Sine-Saloum. Objectif : mesurer si les mangroves replantées depuis le début des années 2000 stockent autant de carbone que les mangroves restées intactes. Les résultats, publiés dans une revue spécialisée en écologie côtière, apportent une réponse nuancée.

## Près de 80 % du stock au bout de quinze ans

Les parcelles replantées depuis au moins quinze ans contiennent en moyenne 78 % du carbone stocké par les mangroves naturelles voisines, biomasse et sédiments confondus. Les plantations plus récentes, âgées de cinq à dix ans, n’en atteignent que 35 à 50 %. « La récupération est plus rapide que ce que nous craignions, notamment dans les sédiments, qui piègent la matière organique apportée par les marées », explique le responsable de l’étude, le professeur Ibrahima Ndour.

Ces chiffres intéressent au premier chef les porteurs de projets de compensation carbone, qui se sont multipliés sur le littoral ouest-africain. Mais les chercheurs mettent en garde contre toute extrapolation hâtive : l’étude porte sur un seul delta, et la variabilité d’une parcelle à l’autre est considérable.

## Le mauvais endroit, la mauvaise espèce

C’est sans doute l’enseignement le plus important du travail. Près d’un tiers des parcelles étudiées présentaient un taux de survie des jeunes plants inférieur à 20 %. En cause, le plus souvent : des plantations installées sur des vasières trop basses, noyées à chaque marée, ou au contraire sur des tannes, ces étendues trop salées où la mangrove n’a jamais poussé. Le choix quasi exclusif du palétuvier rouge, du genre Rhizophora, plus facile à planter, a également pu desservir certains projets, là où le palétuvier blanc, du genre Avicennia, aurait été mieux adapté.

« Replanter n’est pas un geste symbolique. Il faut d’abord comprendre pourquoi la mangrove a disparu à cet endroit : digue, excès de sel, coupe de bois ? Si la cause est toujours là, les plants mourront », insiste le professeur Ndour.

## Des villages partenaires

L’étude a été menée en lien étroit avec plusieurs groupements de femmes qui exploitent les huîtres de palétuvier et participent aux campagnes de reboisement. Près de Sokone, Mariama Thiam, présidente de l’un de ces groupements, a vu la différence : « Là où les arbres ont repris, les huîtres et les poissons sont revenus. Là où on a planté trop vite, il ne reste que de la boue. »

L’équipe prévoit d’élargir ses mesures à la Casamance et au delta du fleuve Sénégal, et de publier un guide pratique à l’intention des collectivités et des associations. La prochaine campagne de prélèvements débutera au début de l’été, avant que les grandes pluies de l’hivernage ne rendent les vasières inaccessibles.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 75,
    related: ['ms-niveau-mer-saint-louis', 'ms-sommet-peche-nouakchott'],
  },
  {
    key: 'ms-satellite-baobab',
    rubrique: 'sciences',
    author: 'julien-marchand',
    title: 'Espace : à Thiès, des élèves ingénieurs construisent Baobab-2, un nanosatellite pour surveiller les cultures',
    chapo:
      'Dans une salle blanche aménagée au sein de leur école, une vingtaine d’étudiants assemblent un satellite à peine plus gros qu’une boîte à chaussures. Équipé d’une caméra multispectrale, Baobab-2 doit observer les champs, les mangroves et les zones inondables du pays.',
    body: `Blouse blanche, charlotte sur la tête et gants bleus, Ndèye Astou Camara visse avec une lenteur appliquée un panneau solaire sur une structure d’aluminium à peine plus grande qu’une boîte à chaussures. Autour d’elle, dans la salle blanche aménagée l’an dernier au sous-sol de l’École supérieure d’ingénierie spatiale de Thiès, trois camarades vérifient des connexions, un œil sur l’écran d’un oscilloscope. « Ici, une poussière peut coûter une mission », prévient l’étudiante de 23 ans.

Ce parallélépipède de quatre kilos, baptisé Baobab-2, est un nanosatellite au format dit CubeSat 3U. Conçu et assemblé par une vingtaine d’élèves ingénieurs encadrés par cinq enseignants-chercheurs, il doit être placé en orbite basse, à environ 520 kilomètres d’altitude, dans le cadre d’un lancement partagé avec d’autres petits satellites. Si le calendrier est tenu, le départ est prévu dans un peu plus d’un an.

## Un œil sur les champs et les côtes

La charge utile principale de Baobab-2 est une caméra multispectrale capable d’observer la surface terrestre dans plusieurs bandes, du visible au proche infrarouge. Avec une résolution d’une vingtaine de mètres, elle ne rivalisera pas avec les grands satellites d’observation, mais elle pourra suivre l’état de la végétation, l’avancée des cultures pendant l’hivernage, l’étendue des mangroves ou les surfaces inondées après de fortes pluies.

« L’intérêt, c’est de maîtriser toute la chaîne : concevoir l’instrument, piloter le satellite, recevoir les images et les transformer en informations utiles pour les agronomes », explique le responsable du projet, Serigne Mbacké Gaye, enseignant-chercheur en électronique. Une station sol, composée d’une antenne orientable installée sur le toit de l’école, permettra de communiquer avec le satellite plusieurs fois par jour, lors de ses passages au-dessus du Sénégal.

## Apprendre en construisant

Le premier satellite de l’établissement, Baobab-1, un modèle plus modeste au format 1U, avait servi de démonstrateur technologique. Il avait transmis des données de télémétrie pendant sept mois avant de se taire, victime selon l’équipe d’une défaillance de sa batterie. « On a beaucoup appris de cet échec partiel. Sur Baobab-2, nous avons doublé les circuits d’alimentation et revu toute la gestion thermique », raconte Moussa Bâ, étudiant en dernière année, chargé du sous-système énergie.

Le projet a coûté jusqu’ici environ 450 000 euros, financés par des fonds publics de recherche, une fondation privée et un partenariat avec une université européenne qui prend en charge une partie des essais en vibration et sous vide thermique. Les images collectées seront mises gratuitement à la disposition des chercheurs et des services agricoles.

## Une filière à construire

Au-delà de l’objet lui-même, les enseignants voient dans Baobab-2 un outil de formation. Chaque promotion hérite du travail de la précédente, et plusieurs anciens étudiants travaillent désormais dans des entreprises de télécommunications ou de géomatique. « Nous ne formons pas seulement des ingénieurs spatiaux. Nous formons des gens capables de mener un projet complexe de bout en bout, avec des contraintes de masse, d’énergie et de délais », souligne Serigne Mbacké Gaye.

> « Le jour où nous recevrons la première image de la Casamance prise par notre propre satellite, je crois que toute l’école montera sur le toit. »

Ndèye Astou Camara, elle, a déjà choisi le sujet de son futur mémoire : un algorithme de détection automatique des feux de brousse à partir des images de Baobab-2.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 10,
    placement: 'TOP',
    related: ['ms-mangroves-saloum', 'ms-niveau-mer-saint-louis'],
  },
  {
    key: 'ms-niveau-mer-saint-louis',
    rubrique: 'sciences',
    author: 'moussa-diop',
    title: 'Saint-Louis : trois ans de mesures confirment une hausse du niveau de la mer supérieure à la moyenne mondiale',
    chapo:
      'En combinant marégraphes, stations GPS et données satellitaires, une équipe de l’Observatoire côtier de Saint-Louis a mesuré une élévation relative de la mer d’environ cinq millimètres par an. L’affaissement du sol explique une partie de l’écart.',
    body: `Sur le quai de Guet Ndar, un tube de PVC fixé à un pilier de béton ne retient guère l’attention des pêcheurs qui déchargent leurs caisses. Il abrite pourtant l’un des instruments les plus précieux de la ville : un marégraphe à radar, qui mesure chaque minute la hauteur de l’eau au millimètre près. Avec deux autres appareils installés sur la Langue de Barbarie et dans l’estuaire du fleuve Sénégal, il constitue le cœur du réseau de mesure déployé il y a trois ans par l’Observatoire côtier de Saint-Louis, une structure de recherche associant universitaires, services techniques et collectivités.

Les premiers résultats de ce réseau viennent d’être présentés lors d’un séminaire scientifique. Ils confirment ce que beaucoup d’habitants constatent à l’œil nu : la mer monte, et plus vite ici qu’en moyenne sur la planète. Selon l’équipe, le niveau relatif de la mer s’élève à Saint-Louis d’environ 5 millimètres par an, contre 3 à 4 millimètres par an pour la hausse moyenne mondiale mesurée par les satellites au cours des dernières décennies.

## Le sol s’enfonce aussi

Comment expliquer cet écart ? Une partie de la réponse se trouve sous les pieds des Saint-Louisiens. Un marégraphe mesure la hauteur de l’eau par rapport au quai sur lequel il est fixé ; si le sol s’enfonce, la mer semble monter davantage. C’est pourquoi l’Observatoire a couplé chaque appareil à une station GPS de haute précision, capable de détecter des mouvements verticaux de l’ordre du millimètre.

Verdict : certaines zones de la ville, bâties sur des sédiments récents et en partie sur des remblais, s’affaissent d’un à deux millimètres par an. « Ce n’est pas spectaculaire, mais cela s’ajoute à la hausse du niveau de la mer. Pour un quartier construit à moins d’un mètre au-dessus des plus hautes eaux, chaque millimètre compte », explique le géophysicien Cheikh Amadou Lô, qui coordonne le réseau.

Pour valider leurs mesures, les chercheurs les ont comparées aux données d’altimétrie satellitaire, qui mesurent la hauteur de la surface de la mer au large. Les deux séries concordent une fois l’affaissement du sol pris en compte, ce qui renforce la confiance dans les résultats. L’équipe reconnaît toutefois que trois ans de données constituent une série courte : la variabilité naturelle, liée notamment aux vents et aux courants, peut masquer ou amplifier la tendance sur des périodes aussi brèves. Les chercheurs ont donc également exploité d’anciens relevés, plus fragmentaires, réalisés dans l’estuaire au cours des décennies passées.

## Les tempêtes, menace la plus immédiate

Pour les habitants, la hausse moyenne n’est pas ce qu’il y a de plus visible. Ce sont les épisodes de forte houle et de marées exceptionnelles qui font les dégâts. Le réseau a enregistré, en trois ans, onze épisodes au cours desquels le niveau de l’eau a dépassé de plus de 60 centimètres la prédiction de marée, sous l’effet conjugué de la houle, du vent et de la pression atmosphérique.

« Avec quelques centimètres de plus au niveau moyen, une tempête qui n’aurait causé aucun dommage il y a trente ans peut aujourd’hui franchir le cordon dunaire et inonder des maisons », souligne Aminata Sy, océanographe de l’équipe. Sur la Langue de Barbarie, mince bande de sable entre l’océan et le fleuve, plusieurs familles de pêcheurs ont déjà dû être relogées après des submersions.

La fragilité du site est connue. Le canal de délestage creusé en 2003 à travers la Langue de Barbarie pour protéger la ville des crues du fleuve s’est rapidement élargi jusqu’à devenir une vaste brèche, qui a profondément modifié la dynamique de l’estuaire. Les chercheurs intègrent désormais cette évolution dans leurs modèles de submersion.

## Des données pour décider

L’intérêt du réseau est aussi d’éclairer les décisions d’aménagement. Les données sont transmises en temps réel à la mairie et aux services de protection civile, qui peuvent déclencher des alertes lorsque la combinaison d’une forte houle et d’une marée de vives-eaux est annoncée. Un tableau de bord public, consultable sur téléphone, affiche la hauteur d’eau mesurée et la prévision pour les quarante-huit heures suivantes.

> « Nos mesures ne disent pas seulement que la mer monte. Elles disent où, de combien et à quelle vitesse. C’est ce dont les urbanistes ont besoin. »

Cheikh Amadou Lô plaide pour une extension du réseau à d’autres villes du littoral, de Rufisque à Ziguinchor, et pour la pérennisation de son financement, assuré jusqu’ici par des programmes de recherche de trois ans. « Le niveau de la mer est un phénomène lent. Pour le suivre, il faut des séries de plusieurs décennies. Un marégraphe qu’on débranche faute de crédits, ce sont des années d’informations perdues », rappelle-t-il.

Au quai de Guet Ndar, Babacar Diagne, pêcheur depuis quarante ans, n’a pas besoin de graphiques. « Quand j’étais jeune, il y avait une plage devant la maison de mon père. Aujourd’hui, la mer tape contre le mur », dit-il en montrant du menton une façade rongée par le sel.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 120,
    related: ['ms-mangroves-saloum', 'ms-fossile-sirenien-thies'],
  },
  {
    key: 'ms-ia-langues-locales',
    rubrique: 'sciences',
    author: 'awa-ndiaye',
    title: 'Intelligence artificielle : Kàddu, un modèle vocal qui parle wolof, pulaar et sérère',
    chapo:
      'Un collectif de chercheurs et d’ingénieurs dakarois publie en accès libre un modèle de reconnaissance et de synthèse vocale entraîné sur des milliers d’heures d’enregistrements. Son ambition : rendre les services numériques accessibles à celles et ceux qui ne lisent pas le français.',
    body: `« Nanga def ? » La question, prononcée d’une voix claire par une application sur téléphone, arrache un sourire à l’assistance. Lundi, dans un amphithéâtre dakarois, le collectif Làmmiñ — « la langue », en wolof — a présenté Kàddu, un modèle d’intelligence artificielle capable de transcrire, de traduire et de synthétiser la parole en wolof, en pulaar et en sérère.

Le modèle, publié en accès libre, est le fruit de quatre années de travail. « Les grands modèles disponibles aujourd’hui fonctionnent remarquablement bien en anglais ou en français. Dès qu’on passe au wolof, les résultats deviennent médiocres, et pour le sérère, ils sont quasiment inexistants », explique Oumar Thiaw, ingénieur et cofondateur du collectif.

## Des milliers d’heures de radio

Le principal obstacle était le manque de données. Les langues nationales du Sénégal sont massivement parlées, mais relativement peu écrites, et les textes numérisés sont rares. L’équipe s’est donc tournée vers la parole : archives de radios communautaires, enregistrements de contes et de débats, lectures réalisées par des centaines de bénévoles. Au total, environ 3 000 heures d’audio ont été rassemblées, dont un tiers transcrit à la main par des locuteurs rémunérés.

« Chaque radio partenaire a signé un accord. Les voix ont été enregistrées avec le consentement des personnes, qui peuvent demander à tout moment le retrait de leurs enregistrements », précise Ramatoulaye Ba, linguiste et responsable des données. Le collectif a également dû trancher des questions d’orthographe : les transcriptions suivent les alphabets officiels, même si beaucoup d’utilisateurs écrivent leur langue à la manière du français sur les réseaux sociaux.

## Le défi du mélange des langues

À Dakar, on passe volontiers du wolof au français au sein d’une même phrase. Ce phénomène, que les linguistes appellent alternance codique, a longtemps dérouté les systèmes de reconnaissance vocale. Kàddu a été entraîné spécifiquement sur des conversations mixtes, et l’équipe revendique un taux d’erreur sur les mots d’environ 18 % en wolof, contre plus de 40 % pour les outils généralistes testés sur le même jeu d’évaluation. Les performances restent plus modestes en sérère, pour lequel les données sont moins abondantes.

Des chercheurs extérieurs au projet saluent la démarche tout en appelant à la prudence. « Un jeu d’évaluation construit par l’équipe elle-même tend à flatter les résultats. Il faudra des tests indépendants, sur des enregistrements de terrain, avec du bruit et des accents régionaux », note une spécialiste du traitement automatique des langues.

## Des usages très concrets

Les premières applications sont déjà en test. Une coopérative agricole de la vallée du fleuve utilise Kàddu pour diffuser par téléphone des conseils sur les semis et la météo, et pour recueillir les questions des producteurs sous forme de messages vocaux. Une association de santé communautaire l’expérimente pour rappeler aux familles les rendez-vous de vaccination de leurs enfants.

Le collectif souhaite maintenant intégrer d’autres langues, comme le diola et le mandingue, et cherche des financements pour pérenniser son équipe de huit personnes. « Ce que nous construisons, ce n’est pas seulement un outil technique. C’est la possibilité, pour quelqu’un qui n’est pas allé à l’école en français, d’utiliser un service numérique dans sa langue », résume Oumar Thiaw.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 260,
    related: ['ms-satellite-baobab'],
  },
  {
    key: 'ms-fossile-sirenien-thies',
    rubrique: 'sciences',
    author: 'helene-roux',
    title: 'Paléontologie : un ancêtre des lamantins vieux de 45 millions d’années découvert près de Thiès',
    chapo:
      'Dans une carrière de calcaire de la région de Thiès, des paléontologues ont mis au jour le squelette partiel d’un sirénien primitif, encore doté de pattes arrière. Une découverte qui éclaire l’histoire de la mer peu profonde qui recouvrait l’ouest du Sénégal il y a des dizaines de millions d’années.',
    body: `C’est un conducteur d’engin qui, le premier, a remarqué les os. En dégageant un front de taille dans une carrière de calcaire de la région de Thiès, Mamadou Ndao a vu apparaître dans la roche claire une série de formes sombres et régulières. « On croyait que c’étaient des morceaux de bois fossile. On en trouve parfois. Mais là, ça ressemblait à une colonne vertébrale », raconte-t-il.

Averti par le chef de carrière, un géologue de l’université a fait suspendre les travaux sur cette partie du site. Deux ans plus tard, l’équipe de paléontologues qui a mené les fouilles publie la description d’une espèce nouvelle : Kayorsiren thiesensis, un sirénien primitif, lointain parent des lamantins et des dugongs actuels, qui vivait il y a environ 45 millions d’années.

## Un mammifère marin qui marchait encore

Le squelette, incomplet, comprend une partie du crâne, une trentaine de vertèbres, de nombreuses côtes et, surtout, un bassin et un fémur bien conservés. « C’est ce qui nous a le plus frappés. Cet animal possédait encore des membres postérieurs fonctionnels. Il passait l’essentiel de sa vie dans l’eau, mais il était probablement capable de se déplacer maladroitement sur le rivage », explique la paléontologue Rokhaya Diouf, première autrice de l’étude.

Les siréniens sont, avec les cétacés, l’un des rares groupes de mammifères à être retournés à la vie aquatique. Leurs premiers représentants connus, quadrupèdes, ont été découverts principalement dans d’autres régions du monde, notamment sur le pourtour de l’ancienne mer Téthys et dans les Caraïbes. Les fossiles de cet âge restent rares en Afrique de l’Ouest : Kayorsiren vient donc combler un vide géographique dans l’histoire du groupe.

Les côtes, très épaisses et denses, constituent un autre indice. Comme chez les lamantins actuels, ce lest osseux aidait sans doute l’animal à rester immergé pour brouter les herbiers marins.

## Une mer chaude sur l’ouest du Sénégal

À l’Éocène, une grande partie de l’ouest du Sénégal actuel était recouverte par une mer chaude et peu profonde. Les calcaires exploités aujourd’hui dans les carrières de la région se sont formés dans ces eaux, par l’accumulation de coquilles et de squelettes d’organismes marins. Les sédiments qui entouraient le fossile contiennent d’ailleurs des dents de requin, des restes de tortues et des coquilles de mollusques, qui permettent de reconstituer un environnement de baie abritée.

« On a tendance à penser que les paysages sont immuables. Ce fossile rappelle que le niveau de la mer et le dessin des côtes ont considérablement changé au cours du temps », souligne Rokhaya Diouf.

## Protéger les sites

La découverte relance la question de la protection du patrimoine paléontologique dans les zones d’extraction. Les chercheurs saluent la réaction rapide de l’exploitant, qui a accepté d’interrompre les travaux sur le secteur concerné pendant plusieurs semaines. Ils plaident pour que les ouvriers des carrières soient formés à reconnaître les fossiles et pour la mise en place d’une procédure de signalement.

Le squelette, après préparation, sera conservé dans les collections de l’université, et un moulage doit être présenté au public dans un musée de Dakar. Mamadou Ndao, lui, a été invité à la présentation officielle. « Je n’aurais jamais imaginé qu’un animal de la mer avait vécu ici, si loin de la plage », s’amuse-t-il.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 640,
  },
  {
    key: 'ms-dessalement-solaire',
    rubrique: 'sciences',
    author: 'claire-dubois',
    title: 'Îles du Saloum : une unité de dessalement solaire à l’essai pour en finir avec l’eau saumâtre',
    chapo:
      'Sur une île du delta du Saloum, une unité pilote alimentée par des panneaux photovoltaïques produit depuis six mois de l’eau potable à partir d’eau de mer. Les chercheurs évaluent son coût, sa fiabilité et la gestion de la saumure rejetée.',
    body: `Sur cette île du delta du Saloum, l’eau douce a toujours été une affaire de pirogue. Les puits, trop proches de la mer, donnent une eau saumâtre, impropre à la consommation. Pendant des décennies, les habitants ont dépendu de bidons et de citernes acheminés depuis le continent, à un prix qui pouvait atteindre dix fois celui de l’eau du robinet en ville, surtout en fin de saison sèche.

Depuis six mois, une petite construction de parpaings blancs, coiffée de panneaux solaires, change la donne. Elle abrite une unité pilote de dessalement par osmose inverse, capable de produire environ 8 000 litres d’eau potable par jour à partir d’eau de mer pompée dans le bolong voisin. L’installation est suivie par une équipe d’ingénieurs et de chercheurs en énergie, en lien avec un comité de gestion villageois.

## Le soleil pour seule source d’énergie

Le dessalement par osmose inverse consiste à forcer l’eau salée à travers des membranes très fines qui retiennent le sel. Le procédé est efficace, mais gourmand en électricité, ce qui le rend coûteux dans les zones non raccordées au réseau. Ici, l’unité fonctionne uniquement grâce à 36 panneaux photovoltaïques, sans grande batterie : la production suit le rythme du soleil, et l’eau est stockée dans deux réservoirs surélevés pour les heures sans ensoleillement.

« Stocker de l’eau coûte beaucoup moins cher que stocker de l’électricité. C’est tout le principe du système », explique l’ingénieur Pape Malick Sarr, qui suit le projet depuis sa conception. Selon les premières données, le coût de production s’établit autour de 3 francs CFA le litre, amortissement compris. Le comité villageois revend l’eau 5 francs le litre, contre 25 francs environ pour l’eau apportée par pirogue.

## La question de la saumure

Reste un point sensible : pour chaque litre d’eau douce produit, l’unité rejette environ un litre et demi de saumure, une eau nettement plus salée que la mer. Dans un milieu aussi fragile que le delta, riche en mangroves et en zones de frayère, ce rejet inquiète certains habitants. Les chercheurs ont choisi de le diluer dans un chenal à fort courant et mesurent chaque semaine la salinité en plusieurs points. Pour l’instant, aucun effet mesurable n’a été détecté au-delà de quelques dizaines de mètres, mais l’équipe reconnaît qu’il faudra plusieurs années de suivi pour conclure.

## Une gestion villageoise

Le comité de gestion, composé de six membres dont quatre femmes, fixe le prix de vente et organise la distribution. Les recettes financent le remplacement des filtres et une réserve pour les membranes, qui devront être changées tous les cinq ans environ. « Avant, on passait nos journées à attendre la pirogue de l’eau. Aujourd’hui, les filles arrivent à l’heure à l’école », se réjouit Adama Ciss, trésorière du comité.

Si l’expérience est concluante, d’autres îles du delta pourraient être équipées. Mais à plus grande échelle, préviennent les chercheurs, la question du financement des équipements et de leur maintenance sera décisive.`,
    status: 'DRAFT',
    publishedHoursAgo: 0,
    related: ['ms-mangroves-saloum'],
  },
];
