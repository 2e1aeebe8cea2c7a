import type { TDemoStory } from '../types';

/**
 * Rubriques Culture et Sport : textes originaux écrits pour la démo de Dakarinfo.
 * Les personnes, œuvres, clubs et citations sont fictifs.
 */
export const cultureSportStories: TDemoStory[] = [
  // ─────────────────────────────── CULTURE ───────────────────────────────
  {
    key: 'cs-biennale-dakar-ouverture',
    rubrique: 'culture',
    author: 'fatou-sarr',
    title: 'Biennale de Dakar : une ouverture placée sous le signe des mémoires océaniques',
    chapo:
      'Plus de deux cents artistes venus d’une quarantaine de pays investissent l’ancien palais de justice et une vingtaine de lieux de la capitale. Le commissaire général, Ibrahima Kandji, promet une édition tournée vers l’Atlantique et ses récits oubliés.',
    body: `Il était un peu plus de 18 heures, jeudi, lorsque les portes de l’ancien palais de justice se sont ouvertes sur une foule compacte. Sous les hautes arcades du cap Manuel, collectionneurs, étudiants des beaux-arts, diplomates et simples curieux se pressaient devant la première œuvre du parcours : une pirogue de douze mètres suspendue à trois mètres du sol, dont la coque est entièrement recouverte de filets de pêche teints à l’indigo. Son autrice, la plasticienne saint-louisienne Khady Mbengue, a passé huit mois à la construire avec des charpentiers de Guet-Ndar.

« Je voulais que les gens lèvent la tête, qu’ils regardent la mer d’en dessous, comme les noyés et les poissons », explique-t-elle, un peu étourdie par l’affluence. Le ton est donné. Pour cette nouvelle édition, la Biennale de l’art africain contemporain a choisi pour thème « Marées hautes, mémoires basses », une invitation à relire l’histoire du continent depuis l’océan : routes commerciales, traite, migrations contemporaines, mais aussi pêche artisanale, menacée par la raréfaction de la ressource.

## Un parcours éclaté dans toute la ville

Le commissaire général, Ibrahima Kandji, ancien directeur d’un centre d’art à Abidjan, a voulu éviter l’effet « vitrine » reproché à certaines éditions précédentes. L’exposition internationale, qui rassemble soixante-deux artistes, reste concentrée au palais de justice, mais elle se prolonge dans une vingtaine de lieux partenaires : le village des arts, plusieurs galeries du Plateau, deux marchés couverts, une ancienne conserverie de Hann et même la plage de Soumbédioune, où des installations sonores seront diffusées à l’aube, au retour des pêcheurs.

« Une biennale qui reste enfermée dans un bâtiment climatisé parle surtout à ceux qui y entrent déjà. Nous voulions que les habitants tombent sur les œuvres sans l’avoir prévu », résume-t-il. Le programme « Off », lui, compte près de trois cents événements déclarés, de Rufisque à Ngor, soit un record selon l’organisation.

Parmi les propositions les plus remarquées de la soirée figure la série de grands portraits brodés de la Cap-Verdienne Lúcia Semedo, qui représente des femmes de marins restées à terre, les mains posées sur des cartes marines. L’installation vidéo du Nigérian Chidi Okafor, projetée sur trois murs d’eau, a elle aussi retenu longtemps les visiteurs : on y voit défiler, au ralenti, des images d’archives de ports coloniaux, progressivement effacées par le ressac.

## Des jeunes artistes mis en avant

Autre nouveauté, un tiers des artistes sélectionnés ont moins de trente-cinq ans, et une section entière est consacrée aux écoles d’art du continent. Les étudiants de l’École nationale des arts de Dakar y présentent un travail collectif sur les plages de Yoff, réalisé à partir de déchets plastiques ramassés pendant un an. Le résultat, une fresque de vingt mètres de long aux couleurs étonnamment vives, a suscité de longues discussions devant les cimaises.

« On nous demande souvent de parler d’écologie comme d’un sujet lointain. Pour nous, c’est la plage où l’on allait se baigner enfants », souligne Aïssatou Diallo, vingt-trois ans, l’une des coordinatrices du projet. À côté, des écoles de Bamako, de Lomé et de Casablanca exposent des travaux sur le même thème, qui dessinent une cartographie inattendue des littoraux africains.

Le ministère de la Culture a annoncé un budget en hausse d’environ 15 %, une somme qui permet notamment de prendre en charge les frais de transport d’une centaine d’artistes et de financer un programme de médiation scolaire. Plus de quatre cents classes sont déjà inscrites pour des visites guidées, gratuites, pendant toute la durée de la manifestation.

## Le marché de l’art en embuscade

Reste la question, récurrente, de la place du marché. Plusieurs galeries européennes et américaines ont fait le déplacement, et les prix de certaines œuvres de jeunes peintres sénégalais ont sensiblement augmenté depuis la précédente édition. Certains artistes s’en réjouissent, d’autres redoutent de voir leurs pièces partir pour l’étranger avant même d’avoir été vues au pays.

> « Il faut que les collectionneurs d’ici achètent aussi. Sinon, dans vingt ans, nos enfants iront voir notre art à Londres ou à New York. » — Mamadou Thiam, galeriste au Plateau

Pour y répondre, l’organisation a lancé un fonds d’acquisition alimenté par plusieurs entreprises locales, chargé d’acheter chaque année des œuvres destinées aux collections publiques. Son comité, composé de conservateurs et d’artistes, rendra ses premiers choix à la clôture. « C’est un début modeste, mais c’est la première fois qu’un tel mécanisme existe ici », reconnaît Ibrahima Kandji.

La biennale se poursuit jusqu’à la fin du mois prochain. L’entrée de l’exposition internationale est fixée à 2 000 francs CFA, gratuite pour les moins de dix-huit ans et les étudiants, et les lieux du « Off » sont ouverts librement. Une navette relie le palais de justice aux principaux sites toutes les demi-heures, de 10 heures à 20 heures.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 20,
    placement: 'TOP',
    related: ['cs-musee-restitution-objets', 'cs-festival-bd-saint-louis'],
  },
  {
    key: 'cs-prix-roman-fleuve',
    rubrique: 'culture',
    author: 'claire-dubois',
    title: 'Le prix Fleuve-Sénégal couronne Mariama Kébé pour « Les Filles de la marée basse »',
    chapo:
      'Pour son deuxième roman, l’écrivaine de Ziguinchor remporte le prix littéraire Fleuve-Sénégal. Le jury a salué un livre choral, porté par quatre générations de femmes de Casamance, qui ne s’est imposé qu’au troisième tour de scrutin.',
    body: `Il aura fallu trois tours de scrutin et près de deux heures de délibérations, samedi, dans un salon de l’hôtel de la Poste à Saint-Louis, pour départager les cinq finalistes. Le prix littéraire Fleuve-Sénégal, qui récompense chaque année un roman francophone écrit par un auteur du continent ou de sa diaspora, a finalement été attribué à Mariama Kébé pour « Les Filles de la marée basse », paru au printemps aux éditions du Baobab rouge, à Dakar.

La lauréate, trente-neuf ans, professeure de lettres dans un lycée de Ziguinchor, n’en était qu’à son deuxième livre. Son premier roman, un récit plus bref consacré à l’exil d’un pêcheur vers les Canaries, était passé relativement inaperçu. Cette fois, la critique avait repéré le texte dès sa sortie, et les libraires dakarois évoquent des ventes inhabituelles pour un roman publié localement : plus de quatre mille exemplaires écoulés en six mois.

## Une saga de femmes en Casamance

« Les Filles de la marée basse » suit quatre générations de femmes d’une même famille, entre les bolongs de Casamance et les faubourgs de Dakar, de la fin des années 1940 à aujourd’hui. Chaque partie est confiée à une narratrice différente : l’arrière-grand-mère, récolteuse d’huîtres dans la mangrove ; sa fille, couturière à Ziguinchor au temps de l’indépendance ; sa petite-fille, infirmière rattrapée par les années de conflit ; enfin la plus jeune, étudiante en informatique, qui tente de reconstituer l’histoire familiale à partir de cassettes audio retrouvées dans une malle.

« Ce livre est d’abord une affaire de voix, explique la romancière. Je voulais que l’on entende les façons de parler de chacune, le diola, le wolof, le français de l’école, tout ce qui se mélange dans une maison. » Le jury, présidé par l’essayiste Ousmane Baldé, a salué « une construction d’une grande maîtrise » et « une langue qui ne sacrifie jamais l’émotion à la virtuosité ».

## Une délibération serrée

Le choix n’allait pourtant pas de soi. Au premier tour, le roman de Mariama Kébé était à égalité avec celui du Camerounais Serge Mbarga, « La Nuit des transbordeurs », un thriller portuaire très remarqué à Douala. Ce n’est qu’au troisième tour, par six voix contre trois, que la romancière casamançaise l’a emporté.

> « Nous avions deux très grands livres, très différents. Nous avons finalement choisi celui qui nous semblait ouvrir le plus de portes. » — Ousmane Baldé, président du jury

Doté de trois millions de francs CFA, le prix s’accompagne d’une résidence d’écriture de deux mois à Saint-Louis et d’une aide à la traduction. Les éditions du Baobab rouge ont d’ores et déjà annoncé une réimpression, tandis que deux maisons, l’une en France et l’autre au Québec, seraient en discussion pour une coédition.

Interrogée sur ses projets, Mariama Kébé reste prudente. « Je vais d’abord retourner en classe lundi. Mes élèves de première ont un commentaire à rendre, et ils comptent sur moi », sourit-elle. Elle confie toutefois travailler à un troisième roman, qui se déroulerait cette fois entièrement à Dakar, dans le monde des couturiers du marché HLM.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 75,
    related: ['cs-festival-bd-saint-louis', 'cs-biennale-dakar-ouverture'],
    updates: [
      {
        kind: 'CORRECTION',
        note: 'Une version précédente de cet article indiquait que le roman était paru aux éditions Sahel-Plume. Il a été publié par les éditions du Baobab rouge, à Dakar.',
        hoursAgo: 60,
      },
    ],
  },
  {
    key: 'cs-cinema-empire-reouverture',
    rubrique: 'culture',
    author: 'helene-roux',
    title: 'L’Empire rallume son projecteur : le cinéma de la Médina rouvre après six ans de fermeture',
    chapo:
      'Fermé depuis six ans, l’ancien cinéma de quartier de la Médina a rouvert ses portes samedi soir, entièrement restauré. Deux salles, une programmation mêlant films de patrimoine et premières œuvres, et un pari : faire revenir le public dans les salles obscures.',
    body: `La file d’attente s’étirait jusqu’au carrefour, samedi soir, devant la façade blanche et ocre de l’Empire. Sur le trottoir, des anciens du quartier racontaient à leurs petits-enfants les séances du dimanche après-midi, les westerns et les films indiens, les bancs de bois et les bousculades pour une place au premier rang. Fermé depuis six ans, menacé un temps de démolition, le cinéma de la Médina a rouvert ses portes au terme d’un chantier de restauration de près de deux ans.

Construit au début des années 1950, le bâtiment avait connu son âge d’or dans les années 1970, avant de décliner avec l’arrivée de la vidéo puis de la télévision par satellite. Il avait fini par servir d’entrepôt à un grossiste en tissus. C’est une association de riverains, soutenue par la ville de Dakar et par une fondation privée, qui a racheté les murs et engagé les travaux.

## Une façade d’origine, des équipements neufs

L’architecte chargée du projet, Ndèye Fatou Guèye, a voulu conserver l’essentiel : la façade Art déco, les grandes lettres peintes du fronton et le hall carrelé de mosaïques, patiemment nettoyé carreau par carreau. À l’intérieur, en revanche, tout a changé. L’ancienne salle unique de huit cents places a été divisée en deux salles de cent quatre-vingts et quatre-vingt-dix fauteuils, équipées de projecteurs numériques et d’une climatisation alimentée en partie par des panneaux solaires installés sur le toit.

« Nous ne voulions pas faire un musée. Un cinéma doit vivre, accueillir du monde tous les jours, sinon il meurt une deuxième fois », insiste-t-elle.

Le budget total atteint un peu plus de 900 millions de francs CFA. Une partie a été financée par une souscription populaire : plus de trois mille donateurs ont contribué, souvent pour quelques milliers de francs, en échange d’un nom gravé sur une plaque du hall.

## Patrimoine le lundi, cinéma d’aujourd’hui le week-end

La programmation, confiée au critique Cheikh Tidiane Faye, se veut volontairement éclectique. Les grands classiques du cinéma sénégalais et africain seront projetés chaque lundi, en versions restaurées lorsque c’est possible, suivis d’un débat. Le reste de la semaine fera la part belle aux sorties récentes, aux films d’animation pour les familles et aux premiers longs métrages de jeunes réalisateurs du continent.

Pour la soirée d’inauguration, le choix s’est porté sur un court métrage tourné l’an dernier dans les rues de la Médina par des lycéens du quartier, suivi d’un film de patrimoine restauré. À la sortie, certains spectateurs avaient les larmes aux yeux.

> « J’ai vu mon premier film ici en 1974. Je ne pensais pas revenir un jour m’asseoir dans cette salle. » — Aliou Ndour, soixante-huit ans, habitant de la Médina

Le prix du billet a été fixé à 1 500 francs CFA, et à 1 000 francs pour les élèves et les étudiants. Reste à savoir si l’Empire parviendra à fidéliser son public dans la durée, à l’heure où les plateformes de vidéo à la demande gagnent du terrain jusque dans les quartiers populaires. Ses promoteurs misent sur les séances scolaires, déjà réservées pour tout le trimestre, et sur un ciné-club mensuel animé par des étudiants.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 146,
    related: ['cs-festival-ete-goree', 'cs-biennale-dakar-ouverture'],
  },
  {
    key: 'cs-festival-ete-goree',
    rubrique: 'culture',
    author: 'awa-ndiaye',
    title: 'Gorée Sessions : un été entre mbalax et jazz sur l’île',
    chapo:
      'Pour sa cinquième édition, le festival Gorée Sessions réunira pendant trois week-ends de juillet une quarantaine de formations, des figures du mbalax aux jeunes jazzmen de la sous-région. Les organisateurs promettent une jauge limitée pour préserver l’île.',
    body: `Le mbalax et le jazz ont-ils vraiment tant de choses à se dire ? Les organisateurs de Gorée Sessions en sont convaincus depuis cinq ans. Le festival, qui se tient chaque été sur l’île, face à Dakar, a dévoilé mardi la programmation de sa prochaine édition : quarante et une formations réparties sur trois week-ends de juillet, entre la place du Gouvernement, les jardins du fort d’Estrées et une scène flottante amarrée près de l’embarcadère.

Tête d’affiche de cette édition, le chanteur Pape Moussa Seck, figure du mbalax depuis deux décennies, se produira pour la première fois accompagné d’un big band de dix-huit musiciens dirigé par le saxophoniste franco-sénégalais Théo Diagne. Les deux hommes ont passé trois semaines en résidence sur l’île au printemps pour réarranger une douzaine de titres.

« Le sabar et la batterie jazz parlent le même langage : celui de la relance, de la conversation. Il suffit de leur laisser de la place », résume Théo Diagne.

## Une scène pour la relève

Le festival poursuit aussi son travail de repérage. Chaque samedi après-midi, la scène de l’embarcadère sera réservée à des groupes de moins de trente ans, sélectionnés parmi plus de deux cents candidatures venues du Sénégal, de Gambie, de Guinée-Bissau et du Mali. Parmi eux, le quartet féminin Ndaje, formé au conservatoire de Dakar, ou encore le trio de kora et contrebasse Sahel Blue Notes, déjà remarqué sur les réseaux sociaux.

Des ateliers de percussion, ouverts aux enfants de l’île et des quartiers de la banlieue, seront animés chaque matin par des batteurs de sabar. L’an dernier, près de trois cents jeunes y avaient participé, et plusieurs d’entre eux avaient terminé le festival sur scène, aux côtés des musiciens professionnels.

## Une jauge limitée pour protéger l’île

Victime de son succès, le festival avait essuyé des critiques lors de la précédente édition : chaloupes saturées, files d’attente interminables à l’embarcadère de Dakar, déchets abandonnés sur la plage. Cette année, la fréquentation sera limitée à quatre mille spectateurs par soir, avec une billetterie en ligne et des rotations supplémentaires de chaloupes, organisées en lien avec la société qui assure la liaison.

« Gorée n’est pas un stade. C’est un lieu de mémoire, habité, fragile. Nous devons en tenir compte », souligne la directrice du festival, Rokhaya Ba. Les gobelets réutilisables deviendront obligatoires, et une brigade de bénévoles sera chargée du nettoyage chaque nuit, après le dernier concert.

> « Nous voulons que les habitants de l’île restent les premiers invités du festival, pas ceux qui en subissent les nuisances. » — Rokhaya Ba, directrice de Gorée Sessions

Le pass trois jours est proposé à 15 000 francs CFA, la soirée à 6 000 francs. Les habitants de l’île bénéficieront, comme chaque année, d’un accès gratuit à l’ensemble des concerts, et une partie des recettes sera reversée à l’école élémentaire de Gorée.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 260,
    related: ['cs-cinema-empire-reouverture'],
  },
  {
    key: 'cs-musee-restitution-objets',
    rubrique: 'culture',
    author: 'helene-roux',
    title: 'Vingt-trois objets restitués par une fondation belge rejoignent le Musée des civilisations noires',
    chapo:
      'Masques, sièges sculptés, parures et manuscrits : vingt-trois pièces conservées pendant plus d’un siècle par une fondation privée d’Anvers ont été officiellement remises au Sénégal. Une restitution négociée pendant quatre ans, qui relance le débat sur les collections encore détenues en Europe.',
    body: `Les caisses ont été ouvertes une à une, lundi matin, sous le regard d’une cinquantaine d’invités réunis dans la grande rotonde du Musée des civilisations noires, à Dakar. À l’intérieur, emballés dans du papier de soie et des mousses taillées sur mesure, vingt-trois objets qui n’avaient plus vu le Sénégal depuis plus d’un siècle : des masques, deux sièges de chef sculptés, des parures de perles, des instruments de musique et un ensemble de manuscrits en arabe et en wolofal, le wolof transcrit en caractères arabes.

Ces pièces appartenaient jusqu’ici à la fondation Verhoeven, une institution privée installée à Anvers, en Belgique, héritière de la collection constituée au début du XXe siècle par un négociant en arachide. Après quatre années de discussions, le conseil d’administration de la fondation a voté à l’unanimité leur cession définitive à l’État sénégalais, sans contrepartie financière.

## Quatre ans d’enquête sur la provenance

Le processus a commencé par un travail de fourmi. Une équipe mixte, composée de chercheurs de l’université Cheikh-Anta-Diop et de conservateurs belges, a épluché les registres de la fondation, la correspondance du négociant et les archives coloniales conservées à Dakar et à Bruxelles. Objectif : établir, pour chaque objet, les conditions exactes de son acquisition.

Les résultats sont contrastés. Pour une dizaine de pièces, les documents attestent d’achats à des intermédiaires, à des prix souvent dérisoires. Pour d’autres, notamment les deux sièges sculptés, les archives mentionnent une « saisie » opérée lors d’une tournée de l’administration coloniale. Pour le reste, la provenance demeure incertaine, faute de documents.

« Nous avons choisi de ne pas trier. À partir du moment où l’on ne peut pas prouver qu’un objet a été acquis de manière équitable, il n’y a pas de raison qu’il reste chez nous », explique Annelies De Smet, directrice de la fondation, venue en personne accompagner les caisses.

La chercheuse sénégalaise Bineta Cissé, qui a coordonné l’enquête côté dakarois, insiste sur l’importance de ce travail documentaire. « Rendre un objet sans son histoire, c’est le rendre à moitié. Nous savons désormais d’où viennent la plupart de ces pièces, parfois de quel village, parfois de quelle famille. C’est ce récit que nous voulons transmettre au public. »

## Des familles associées au retour

Car l’un des enjeux de cette restitution est précisément de ne pas se limiter à un transfert d’un musée à un autre. Pour plusieurs objets, les chercheurs ont pu identifier les communautés d’origine. Des représentants de deux familles du Saloum et d’une famille religieuse de Diourbel étaient présents lundi. Ils seront consultés sur la manière d’exposer les pièces, voire sur la possibilité de les prêter pour certaines cérémonies.

> « Pour nous, ce ne sont pas des œuvres d’art. Ce sont des objets qui ont une fonction, une parole. Ils ont dormi longtemps loin d’ici. » — Serigne Modou Ndiaye, descendant d’un ancien chef de canton du Saloum

Cette approche soulève des questions pratiques. Certains objets, fragilisés par un siècle de conservation dans des conditions parfois médiocres, nécessiteront une restauration avant toute manipulation. Les manuscrits, notamment, présentent des traces d’humidité et d’insectes. Une convention a été signée avec un laboratoire spécialisé pour former deux restaurateurs sénégalais sur place, plutôt que de renvoyer les pièces en Europe pour les soigner.

## Une exposition prévue à l’automne

Le musée prévoit de présenter l’ensemble des vingt-trois pièces au public à partir de l’automne, dans une exposition intitulée « Retours », qui racontera à la fois l’histoire des objets, celle de leur départ et celle de leur retour. Les manuscrits feront l’objet d’une numérisation intégrale, et leurs reproductions seront consultables en ligne par les chercheurs comme par le grand public.

Pour le ministère de la Culture, cette restitution, si modeste soit-elle en nombre, a valeur d’exemple. Plusieurs milliers d’objets originaires du Sénégal seraient encore conservés dans des collections publiques et privées en Europe, selon les estimations des chercheurs. Les procédures engagées avec des musées publics se heurtent souvent au principe d’inaliénabilité des collections, qui impose, dans plusieurs pays, l’adoption d’une loi spécifique pour chaque restitution.

« Une fondation privée n’a pas les mêmes contraintes juridiques, reconnaît Bineta Cissé. Mais elle montre que lorsqu’il y a une volonté, tout peut aller très vite. Quatre ans, à l’échelle de ces dossiers, c’est presque rien. »

La cérémonie s’est achevée sur un moment inattendu : un griot venu de Kaolack a entonné un chant en l’honneur des ancêtres, pendant que les conservateurs, gantés de blanc, replaçaient délicatement les objets dans leurs caisses, en attendant leur installation dans les réserves climatisées du musée.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 330,
    related: ['cs-biennale-dakar-ouverture'],
  },
  {
    key: 'cs-festival-bd-saint-louis',
    rubrique: 'culture',
    author: 'claire-dubois',
    title: 'Les Bulles du Fleuve fêtent dix ans de bande dessinée à Saint-Louis',
    chapo:
      'Le festival saint-louisien de la bande dessinée a attiré près de quinze mille visiteurs en trois jours pour sa dixième édition. Le grand prix est revenu à une jeune autrice ivoirienne, tandis que les éditeurs du continent se réjouissent d’un lectorat en pleine croissance.',
    body: `Dimanche après-midi, sur les quais de Saint-Louis, des enfants repartaient encore les bras chargés d’albums dédicacés, pendant que les derniers auteurs rangeaient leurs feutres sous les tentes blanches. Pour sa dixième édition, le festival Les Bulles du Fleuve a attiré près de quinze mille visiteurs en trois jours, selon les organisateurs, soit un tiers de plus qu’il y a deux ans.

Créé par une poignée de passionnés autour d’une librairie de l’île, le festival est devenu en une décennie l’un des principaux rendez-vous de la bande dessinée en Afrique de l’Ouest. Cette année, quatre-vingts auteurs et illustrateurs venus d’une quinzaine de pays avaient fait le déplacement, de Kinshasa à Montréal en passant par Alger et Antananarivo.

## Une autrice ivoirienne distinguée

Le grand prix du festival a été décerné à l’Ivoirienne Ange-Marie Kouassi, vingt-huit ans, pour « Maquis », un album en noir et blanc qui suit une serveuse d’un bar populaire d’Abidjan pendant une nuit de coupure d’électricité. Le jury a salué « un sens du cadrage exceptionnel » et « une tendresse sans naïveté pour ses personnages ».

« J’ai dessiné ce livre la nuit, après mon travail dans une agence de publicité. Je ne pensais pas qu’il sortirait un jour du tiroir », a confié la lauréate, visiblement émue, en recevant son trophée, une sculpture en bois représentant une bulle posée sur une pirogue.

Le prix du public est revenu au Sénégalais Babacar Diouf pour le premier tome de « Ndar Détectives », une série policière humoristique dont l’action se déroule dans les ruelles de Saint-Louis. Le dessinateur, qui enseigne les arts plastiques dans un collège du quartier de Sor, a passé l’essentiel du week-end à dédicacer, devant une file d’attente qui ne désemplissait pas.

## Un marché encore fragile

Au-delà de la fête, les professionnels ont profité de ces trois jours pour dresser un état des lieux du secteur. Les éditeurs africains de bande dessinée se réjouissent d’un lectorat en croissance, porté notamment par les jeunes et par les écoles, mais ils pointent des difficultés persistantes : coût du papier, absence d’imprimeurs spécialisés, réseau de librairies limité en dehors des capitales.

« Un album imprimé en Europe et réimporté coûte trop cher pour la plupart des familles. Il faut arriver à tout faire ici, de la planche au livre », plaide Khadidiatou Ly, fondatrice d’une petite maison d’édition dakaroise. Plusieurs éditeurs ont annoncé la création d’une association commune pour mutualiser leurs commandes d’impression et négocier de meilleurs tarifs.

Le numérique ouvre aussi de nouvelles perspectives. De nombreux jeunes auteurs publient d’abord leurs planches sur les réseaux sociaux, où certains rassemblent des dizaines de milliers d’abonnés, avant de chercher un éditeur. Une table ronde consacrée au webtoon, ce format de lecture verticale pensé pour le téléphone, a fait salle comble.

> « Les lecteurs sont là. Ce qui manque, ce sont des ponts entre les écrans et les librairies. » — Ange-Marie Kouassi, grand prix du festival

La prochaine édition est d’ores et déjà annoncée pour l’an prochain, avec un pays invité d’honneur : le Cameroun.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 410,
    related: ['cs-prix-roman-fleuve'],
  },
  {
    key: 'cs-expo-photo-kayar',
    rubrique: 'culture',
    author: 'fatou-sarr',
    title: 'Avec « Marée sèche », Seynabou Faye photographie la mer qui s’épuise à Kayar',
    chapo:
      'Pendant trois ans, la photographe dakaroise Seynabou Faye a suivi les pêcheurs et les transformatrices de poisson de Kayar. Son exposition, présentée à partir de vendredi dans une galerie du Plateau, dresse le portrait sensible d’une communauté confrontée à la raréfaction de la ressource.',
    body: `Les premières images accueillent le visiteur dès l’entrée : des pirogues multicolores tirées sur le sable au lever du jour, des mains abîmées par le sel et les cordages, des visages fatigués mais rieurs. Pendant trois ans, la photographe Seynabou Faye, trente-quatre ans, a fait des allers-retours réguliers entre Dakar et Kayar, grand port de pêche artisanale situé à une soixantaine de kilomètres au nord-est de la capitale. Il en résulte « Marée sèche », une exposition de quarante-huit tirages présentée à partir de vendredi à la galerie Atlantique, au Plateau.

## Une immersion de longue durée

La photographe n’est pas arrivée en reporter pressée. Les premiers mois, elle a laissé son appareil dans son sac. « Je restais sur la plage, j’aidais à décharger, je buvais le thé avec les femmes qui transforment le poisson. Il fallait qu’on m’oublie un peu », raconte-t-elle. Ce n’est qu’ensuite qu’elle a commencé à photographier, d’abord en noir et blanc, puis en couleur.

Le résultat se lit comme un récit. La première salle est consacrée aux sorties en mer, aux gestes des équipages, aux départs dans la nuit. La deuxième suit les transformatrices, qui fument, sèchent et salent le poisson sur de grandes claies, dans des fumées épaisses. La dernière, plus sombre, évoque ce que les pêcheurs appellent la « mer vide » : des pirogues restées à quai faute de prises suffisantes, des filets raccommodés indéfiniment, des jeunes qui regardent l’horizon en songeant au départ.

> « Je ne voulais pas faire des images de misère. Ces gens sont fiers, inventifs, drôles. Mais ils vivent une inquiétude réelle, et elle devait apparaître aussi. » — Seynabou Faye

## Des témoignages en regard des images

Plusieurs portraits sont accompagnés de courts témoignages recueillis par la photographe en wolof, puis traduits en français. L’un d’eux, celui d’un vieux capitaine de pirogue, résume à lui seul le propos : « Avant, on partait une nuit et on revenait chargés. Aujourd’hui, on part trois nuits et on revient avec de quoi payer l’essence. »

Au-delà de Dakar, la photographe tenait à ce que les habitants de Kayar puissent voir le travail auquel ils ont participé. Une version en grand format, imprimée sur bâches, sera installée en plein air sur la place du marché le mois prochain, avant de circuler dans d’autres localités de la côte, de Fass Boye à Joal.

L’exposition est visible jusqu’à la fin du mois prochain, du mardi au samedi, de 10 heures à 19 heures. L’entrée est libre, et des visites commentées par la photographe sont prévues chaque samedi à 16 heures.`,
    status: 'DRAFT',
    publishedHoursAgo: 0,
    related: ['cs-biennale-dakar-ouverture'],
  },

  // ──────────────────────────────── SPORT ────────────────────────────────
  {
    key: 'cs-marathon-dakar-resultats',
    rubrique: 'sport',
    author: 'claire-dubois',
    title: 'Marathon de Dakar : victoire kényane chez les hommes, record national pour Ndèye Awa Sène',
    chapo:
      'Plus de huit mille coureurs ont pris le départ dimanche à l’aube sur la corniche Ouest. Le Kényan Elias Kiptanui s’est imposé en 2 h 09 min 52 s, tandis que la Sénégalaise Ndèye Awa Sène, troisième chez les femmes, a battu le record national de la distance.',
    body: `Le jour n’était pas encore levé, dimanche, quand le départ a été donné sur la corniche Ouest, à hauteur de la place du Souvenir africain. Ils étaient plus de huit mille, toutes distances confondues, à s’élancer dans la relative fraîcheur de l’aube : un peu moins de deux mille sur le marathon, les autres sur le semi-marathon et sur la course populaire de dix kilomètres. Un record de participation pour l’épreuve, selon les organisateurs, qui revendiquent une hausse de près de 30 % par rapport à l’an dernier.

## Kiptanui au bout de l’effort

Chez les hommes, la course s’est longtemps résumée à un face-à-face entre les coureurs kényans et éthiopiens, groupés en tête dès les premiers kilomètres derrière deux lièvres. Le rythme, prudent en raison du vent de face sur la corniche, ne laissait guère présager un chrono rapide. C’est au 35e kilomètre, dans la longue remontée vers Ouakam, que le Kényan Elias Kiptanui a placé l’accélération décisive. Seul l’Éthiopien Dawit Tesfaye a tenté de suivre, avant de céder quelques centaines de mètres plus loin.

Le coureur de vingt-six ans a finalement franchi la ligne en 2 h 09 min 52 s, avec trente-quatre secondes d’avance sur son dauphin. Son compatriote Joseph Kimeli complète le podium. « Le parcours est beau, mais il ne pardonne pas. Avec le vent, il fallait être patient et attendre le bon moment pour partir », a expliqué le vainqueur, qui ne disputait là que son troisième marathon.

Premier Sénégalais, Alioune Ndao prend une honorable onzième place en 2 h 18 min 30 s, à un peu plus d’une minute de son record personnel.

## Ndèye Awa Sène entre dans l’histoire

Chez les femmes, l’Éthiopienne Hiwot Gebreyes s’est imposée en 2 h 27 min 05 s, devant la Kényane Faith Chebet. Mais c’est la troisième de la course qui a reçu la plus grande ovation. En 2 h 31 min 18 s, la Sénégalaise Ndèye Awa Sène a pulvérisé le record national de la distance, qui tenait depuis plus de quinze ans, en l’améliorant de plus de deux minutes.

Institutrice dans une école primaire de Thiès, la coureuse de vingt-neuf ans s’entraîne le plus souvent à l’aube, avant d’aller faire classe. Elle a mené une course d’une remarquable régularité, passant au semi-marathon en 1 h 15 min 40 s avant d’accélérer légèrement dans la seconde moitié, là où beaucoup de ses adversaires ont flanché.

> « Dans les derniers kilomètres, j’entendais les gens crier mon nom. Je n’avais plus de jambes, mais je ne pouvais pas ralentir devant eux. » — Ndèye Awa Sène

Son entraîneur, Abdoulaye Gningue, qui la suit depuis ses débuts sur piste, n’a pas caché son émotion. « Il y a quatre ans, on nous disait qu’elle était trop âgée pour le marathon, qu’elle avait commencé trop tard. Aujourd’hui, elle montre qu’avec du travail et de la patience, on peut aller très loin. Le prochain objectif, ce sont les minima pour les grands championnats internationaux. Nous n’en sommes plus très loin. »

## Semi-marathon et course populaire

Sur le semi-marathon, les Sénégalais ont fait mieux que figurer. Moussa Tine l’a emporté chez les hommes en 1 h 04 min 12 s, au terme d’un sprint serré avec un coureur marocain, tandis que Coumba Dieng a dominé la course féminine. La course de dix kilomètres, ouverte à tous, a réuni près de cinq mille participants, parmi lesquels de nombreux clubs d’entreprise, des associations de quartier et plusieurs dizaines de coureurs en fauteuil.

Sur le plan logistique, l’édition s’est déroulée sans incident majeur. Les organisateurs avaient renforcé les points de ravitaillement, désormais installés tous les deux kilomètres et demi, et ajouté des rampes de brumisation sur la seconde moitié du parcours. Une quarantaine de coureurs ont néanmoins été pris en charge par les secouristes, le plus souvent pour des malaises liés à la chaleur ; trois d’entre eux ont été transférés à l’hôpital par précaution.

La fermeture de la corniche et de plusieurs grands axes jusqu’en fin de matinée a provoqué quelques embouteillages dans les quartiers de Fann et de la Médina, mais la circulation a été rétablie vers 12 h 30, conformément au calendrier annoncé.

Le classement définitif, publié dimanche soir par les organisateurs après vérification des puces électroniques, confirme l’ensemble des résultats annoncés à l’arrivée. La date de la prochaine édition devrait être dévoilée dans les prochaines semaines.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 6,
    placement: 'TOP',
    related: ['cs-athletisme-jeunes-thies', 'cs-regate-petite-cote'],
    updates: [
      {
        kind: 'MISE_A_JOUR',
        note: 'Ajout du classement définitif publié par les organisateurs et de la réaction d’Abdoulaye Gningue, l’entraîneur de Ndèye Awa Sène.',
        hoursAgo: 2,
      },
    ],
  },
  {
    key: 'cs-gala-lutte-arene',
    rubrique: 'sport',
    author: 'moussa-diop',
    title: 'Lutte : « Roc de Yarakh » fait tomber « Tempête » au terme d’un combat haletant',
    chapo:
      'Devant une arène nationale comble, Khadim Seck, dit « Roc de Yarakh », a terrassé Ousseynou Faye, dit « Tempête », dimanche soir à Pikine. Un combat royal très attendu, qui relance la course au titre de roi des arènes.',
    body: `La nuit était tombée depuis longtemps sur Pikine quand l’arbitre a levé le bras de Khadim Seck. Dans les tribunes de l’arène nationale, pleines à craquer depuis le milieu de l’après-midi, ses supporteurs ont envahi les escaliers en chantant, pendant que le lutteur de Yarakh, le torse couvert de sable, exécutait un dernier bàkk au centre du cercle. Au terme d’un combat de moins de cinq minutes, mais d’une rare intensité, « Roc de Yarakh » venait de faire tomber Ousseynou Faye, dit « Tempête », l’un des favoris de la saison.

## Une journée de ferveur

Le combat était annoncé depuis plus de six mois, et l’affiche a tenu toutes ses promesses en matière d’ambiance. Dès 14 heures, les cortèges des deux écuries avaient convergé vers l’arène, escortés de batteurs de tam-tam et de cars de supporteurs venus de toute la banlieue. Plus de vingt mille spectateurs, selon les organisateurs, ont assisté à la soirée, qui comprenait également une dizaine de combats de moindre envergure.

Comme le veut la tradition, l’attente a été longue. Les deux lutteurs ont multiplié les rituels, bains mystiques, amulettes et incantations, sous l’œil attentif de leurs marabouts. Les danses et les bàkk, ces tirades de bravoure déclamées par les lutteurs eux-mêmes, ont tenu le public en haleine jusqu’à l’entrée des champions dans le cercle, peu avant 19 heures.

## Un combat renversé

Le début du combat a pourtant semblé tourner à l’avantage de « Tempête ». Plus lourd de près de dix kilos, le lutteur de Mbour a d’emblée pris l’initiative, enchaînant les frappes au visage et repoussant son adversaire jusqu’aux sacs de sable qui délimitent l’aire de combat. Touché à l’arcade, Khadim Seck a dû recevoir des soins pendant une courte interruption.

C’est au retour de cette pause que tout a basculé. Profitant d’un appui mal assuré de son adversaire, le lutteur de Yarakh s’est glissé sous sa garde, a saisi sa jambe droite et l’a renversé d’un mouvement sec, arrachant un cri à tout le stade. Le dos de « Tempête » a touché le sable : la victoire était acquise.

> « Il m’a fait mal, je ne vais pas le cacher. Mais j’ai travaillé cette prise pendant des mois. Je savais qu’elle viendrait. » — Khadim Seck, dit « Roc de Yarakh »

Beau joueur, Ousseynou Faye a salué son vainqueur avant de quitter l’arène sous escorte. « La lutte, c’est comme ça. On tombe, on se relève. Je reviendrai plus fort », a-t-il glissé à quelques journalistes.

## La course au titre relancée

Cette victoire, la sixième consécutive pour Khadim Seck, le place désormais parmi les prétendants sérieux au titre officieux de roi des arènes, détenu depuis deux ans par un lutteur de Guédiawaye. Son promoteur a laissé entendre qu’un combat contre le tenant pourrait être organisé la saison prochaine, à condition de réunir les financements nécessaires. Les cachets des deux lutteurs pour ce combat, non communiqués officiellement, se chiffreraient en dizaines de millions de francs CFA.

Sur le plan de la sécurité, la soirée s’est déroulée sans incident majeur, malgré quelques bousculades à la sortie. Plus de huit cents policiers et gendarmes avaient été mobilisés autour de l’arène, et la circulation est restée perturbée sur la route nationale jusqu’à minuit.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 34,
    related: ['cs-basket-finale-ligue'],
  },
  {
    key: 'cs-basket-finale-ligue',
    rubrique: 'sport',
    author: 'fatou-sarr',
    title: 'Basket : l’Étoile de Grand-Yoff renverse Rail Basket Thiès et décroche son premier titre',
    chapo:
      'Au terme d’une finale indécise jusqu’aux dernières secondes, l’Étoile de Grand-Yoff a battu Rail Basket Thiès (78-75), samedi soir à Dakar Arena. Porté par son meneur Lamine Badji, le club dakarois remporte le premier championnat national de son histoire.',
    body: `Il restait quatre secondes à jouer, samedi soir à Dakar Arena, quand le tir à trois points de Rail Basket Thiès a heurté l’arceau avant de retomber dans les mains de Lamine Badji. Le meneur de l’Étoile de Grand-Yoff a serré le ballon contre lui, la sirène a retenti, et tout le banc dakarois s’est précipité sur le parquet. Au terme d’une finale d’une intensité folle, l’Étoile s’est imposée 78 à 75 et remporte le premier titre national de son histoire.

Pour ce club de quartier, fondé il y a un peu plus de vingt ans sur un terrain en béton de Grand-Yoff, l’exploit est immense. Jamais l’Étoile n’avait dépassé le stade des demi-finales. Face à elle, Rail Basket Thiès, double tenant du titre, faisait figure de favori, fort d’un effectif plus expérimenté et d’une saison régulière presque parfaite.

## Un match à rebondissements

Les Thiessois avaient pourtant parfaitement débuté la rencontre, menant de douze points à la fin du premier quart-temps grâce à l’adresse de leur ailier Mouhamed Sarr, auteur de quatre paniers à trois points dans les dix premières minutes. Mais l’Étoile a resserré sa défense au retour des vestiaires, imposant un pressing tout terrain qui a multiplié les pertes de balle adverses.

Le troisième quart-temps, remporté 24 à 13 par les Dakarois, a renversé la tendance. La fin de match a ensuite donné lieu à un chassé-croisé permanent, les deux équipes ne se séparant jamais de plus de quatre points. À quarante secondes de la fin, deux lancers francs réussis par Lamine Badji ont donné à son équipe un avantage qu’elle ne lâchera plus.

Meilleur marqueur de la rencontre avec 23 points, auxquels s’ajoutent 9 passes décisives, le meneur de vingt-quatre ans a été désigné meilleur joueur de la finale. « On nous disait trop jeunes, trop petits, trop inexpérimentés. Ce soir, on a montré qu’on avait du cœur », a-t-il lancé au micro, avant d’être porté en triomphe par ses coéquipiers.

## Un entraîneur récompensé

Sur le banc, l’entraîneur Babacar Ndiaye savourait en silence. Ancien joueur du club, il en a repris les rênes il y a cinq ans, alors que l’équipe évoluait en deuxième division. Il a bâti son groupe autour de joueurs formés au club, complétés par deux renforts arrivés l’été dernier.

> « Quand j’ai pris l’équipe, on s’entraînait parfois à la lumière des phares de voiture. Ce titre, il appartient à tout le quartier. » — Babacar Ndiaye, entraîneur de l’Étoile de Grand-Yoff

Cette victoire ouvre à l’Étoile les portes des qualifications pour la Basketball Africa League, la compétition continentale organisée avec la NBA. Un défi d’une tout autre ampleur, qui nécessitera des moyens dont le club ne dispose pas encore. Ses dirigeants comptent sur la mairie et sur de nouveaux partenaires pour boucler un budget à la hauteur.

Côté thiessois, la déception était palpable. « On a perdu le match dans le troisième quart-temps. On a arrêté de courir, et contre une équipe comme celle-là, ça ne pardonne pas », reconnaissait l’entraîneur de Rail Basket, Amadou Diagne. La revanche pourrait avoir lieu dès la Coupe du Sénégal, dont les huitièmes de finale sont prévus le mois prochain.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 52,
    related: ['cs-football-nouvel-entraineur', 'cs-gala-lutte-arene'],
  },
  {
    key: 'cs-football-nouvel-entraineur',
    rubrique: 'sport',
    author: 'julien-marchand',
    title: 'Football : Hann Espoir FC confie son banc à Alassane Mbow pour sauver sa saison',
    chapo:
      'Avant-dernier de Ligue 1 à la mi-saison, Hann Espoir FC a présenté mardi son nouvel entraîneur, Alassane Mbow, ancien défenseur passé par le championnat portugais. Il hérite d’un vestiaire fragilisé et d’une mission claire : assurer le maintien.',
    body: `Costume sombre, chemise blanche et voix posée : Alassane Mbow n’a pas cherché à masquer l’ampleur de la tâche, mardi, lors de sa présentation officielle au siège de Hann Espoir FC. « Je ne viens pas ici pour faire des promesses. Je viens pour travailler, et nous jugerons sur le terrain », a déclaré le nouvel entraîneur du club dakarois, avant de poser pour les photographes avec l’écharpe vert et blanc.

À quarante-six ans, l’ancien défenseur central, passé par plusieurs clubs de deuxième division portugaise au cours des années 2000, hérite d’une situation délicate. Avant-dernier de Ligue 1 à la mi-saison avec seulement deux victoires en quinze journées, Hann Espoir FC reste sur une série de six matchs sans succès. Son prédécesseur, Ibrahima Lô, a été démis de ses fonctions la semaine dernière, au lendemain d’une lourde défaite à domicile.

## Un profil de formateur

Le choix des dirigeants peut surprendre. Alassane Mbow n’a encore jamais dirigé d’équipe première au plus haut niveau national. Revenu au Sénégal il y a sept ans, il s’est surtout fait connaître comme directeur technique d’un centre de formation de la banlieue, d’où sont sortis plusieurs joueurs aujourd’hui professionnels en Europe et au Maghreb.

« Nous voulions quelqu’un qui connaisse les jeunes, parce que notre avenir passe par eux, explique le président du club, Mamadou Lamine Guèye. Nous n’avons pas les moyens de recruter des joueurs confirmés à chaque mercato. Il faut faire grandir ceux que nous avons. »

Le nouvel entraîneur a signé un contrat de dix-huit mois, assorti d’une clause de prolongation automatique en cas de maintien. Il sera secondé par un adjoint et un préparateur physique qu’il a choisis lui-même, tous deux issus de son ancien centre.

## Priorité à la défense

Sur le plan du jeu, Alassane Mbow a déjà identifié le principal chantier : avec trente buts encaissés, Hann Espoir possède la pire défense du championnat. « On ne peut pas espérer se maintenir en prenant deux buts par match. Avant de penser à attaquer, il faut apprendre à défendre ensemble, à onze », a-t-il insisté.

Le technicien devrait aussi profiter de la fenêtre de transferts, ouverte jusqu’à la fin du mois, pour enregistrer deux ou trois renforts, principalement au milieu de terrain. Plusieurs joueurs du centre de formation du club pourraient par ailleurs être intégrés au groupe professionnel dès les prochaines semaines.

> « Le vestiaire a besoin de confiance plus que de discours. Mon premier travail, ce sera d’écouter. » — Alassane Mbow

Le calendrier ne lui laissera guère de répit. Son premier match sur le banc aura lieu dès samedi, en déplacement chez l’un des leaders du championnat. Les supporteurs, eux, restent partagés entre inquiétude et espoir. « On a déjà changé trois fois d’entraîneur en deux ans, soupire Omar, abonné depuis quinze ans. Cette fois, il faudrait lui laisser le temps. »`,
    status: 'PUBLISHED',
    publishedHoursAgo: 110,
    related: ['cs-basket-finale-ligue'],
  },
  {
    key: 'cs-athletisme-jeunes-thies',
    rubrique: 'sport',
    author: 'helene-roux',
    title: 'Athlétisme : à Thiès, les championnats jeunes révèlent une génération prometteuse',
    chapo:
      'Près de six cents athlètes de moins de dix-huit ans ont participé ce week-end aux championnats nationaux jeunes au stade Lat-Dior. Plusieurs records de catégorie sont tombés, notamment au saut en longueur et sur 400 mètres haies.',
    body: `Le thermomètre affichait 38 °C à l’ombre, samedi après-midi, au stade Lat-Dior de Thiès. Pas de quoi décourager les quelque six cents athlètes de moins de dix-huit ans venus des quatorze régions du pays pour disputer les championnats nationaux jeunes. Pendant deux jours, les tribunes, garnies de parents, d’entraîneurs et d’élèves des établissements voisins, ont vibré au rythme des finales, avec à la clé plusieurs records de catégorie et quelques révélations.

## Aminata Coly s’envole

La plus remarquée s’appelle Aminata Coly. À seize ans, la sauteuse de Kolda a franchi 6,21 m au saut en longueur lors de son dernier essai, améliorant de sept centimètres le record national des moins de dix-huit ans. Licenciée dans un petit club qui s’entraîne sur une piste en latérite, elle n’avait jamais sauté sur un sautoir aux normes internationales avant la saison dernière.

« Je n’ai pas regardé le tableau tout de suite. C’est ma coach qui a crié, et j’ai compris », raconte-t-elle, encore essoufflée, sa médaille autour du cou. Son entraîneuse, Marième Diédhiou, ancienne sprinteuse, la suit depuis l’âge de douze ans. « Elle a une vitesse naturelle rare. Maintenant, il faut la protéger et ne pas brûler les étapes. »

Autre record, chez les garçons cette fois : sur 400 mètres haies, le Dakarois Ismaïla Gomis a couru en 52 s 87, une performance qui le place parmi les meilleurs de sa génération à l’échelle du continent. Le sprint a, lui, été dominé par les athlètes de la région de Ziguinchor, qui remportent les deux titres du 100 mètres.

## Des infrastructures encore insuffisantes

Au-delà des performances, ces championnats ont une nouvelle fois mis en lumière les difficultés de l’athlétisme sénégalais. Plusieurs délégations ont voyagé toute la nuit en car pour rejoindre Thiès, faute de moyens pour un hébergement la veille. Nombre de jeunes athlètes s’entraînent sans pointes ni équipement adapté, sur des pistes en terre battue.

> « Nous avons des talents dans toutes les régions. Ce qui nous manque, ce sont des pistes, des entraîneurs formés et un suivi médical. » — Moustapha Kane, directeur technique national chargé des jeunes

La fédération a annoncé la création de trois pôles régionaux d’entraînement, à Thiès, Ziguinchor et Saint-Louis, où les meilleurs espoirs pourront bénéficier d’un encadrement renforcé tout en poursuivant leur scolarité. Un partenariat avec un équipementier doit permettre de distribuer plusieurs centaines de paires de pointes dans les clubs avant la fin de l’année.

## Cap sur les compétitions internationales

Les lauréats de ce week-end ne resteront pas longtemps au repos. Une sélection d’une vingtaine d’athlètes sera constituée dans les prochaines semaines pour représenter le Sénégal aux championnats d’Afrique de la catégorie. Aminata Coly et Ismaïla Gomis y figurent d’ores et déjà parmi les noms les plus attendus.

Dans les tribunes, les anciens observaient la relève avec un mélange de fierté et d’inquiétude. « On a vu tellement de jeunes prometteurs arrêter à vingt ans faute de soutien, soupire un ancien international devenu dirigeant de club. Il ne faut pas que cette génération-là passe à côté. »`,
    status: 'PUBLISHED',
    publishedHoursAgo: 205,
    related: ['cs-marathon-dakar-resultats'],
  },
  {
    key: 'cs-regate-petite-cote',
    rubrique: 'sport',
    author: 'claire-dubois',
    title: 'Voile : la régate de la Petite-Côte sacre un équipage mbourois',
    chapo:
      'Trente-deux voiliers et pirogues à voile ont disputé ce week-end la régate de la Petite-Côte, entre Dakar et Joal. Le catamaran « Soxna », mené par le skipper Cheikh Diatta, s’est imposé au terme de deux jours de course dans un vent capricieux.',
    body: `Le départ a été donné samedi à 9 heures, dans la baie de Hann, par un vent de nord-ouest d’une dizaine de nœuds. Trente-deux embarcations, catamarans de sport, voiliers habitables et pirogues à voile traditionnelles réparties en trois catégories, se sont élancées pour la régate de la Petite-Côte, une course en deux étapes qui relie chaque année Dakar à Joal, avec une escale à Mbour.

Chez les catamarans, la catégorie reine, la victoire est revenue à l’équipage de « Soxna », mené par le skipper mbourois Cheikh Diatta et son équipière Fanta Sagna. Les deux marins ont bouclé les deux étapes en un peu plus de sept heures cumulées, devançant de onze minutes le bateau d’un club de Dakar.

## Une seconde étape piégeuse

La première journée, entre Dakar et Mbour, a été menée à un rythme soutenu grâce à un vent régulier. Tout s’est compliqué le lendemain. Entre Mbour et Joal, le vent est tombé brutalement en milieu de matinée, laissant plusieurs bateaux encalminés pendant près d’une heure au large de Nianing. Les équipages ont dû jouer des moindres risées, et l’ordre du classement a été bouleversé à plusieurs reprises.

« On a fait le choix de se rapprocher de la côte, où l’on sentait un peu de brise thermique. C’était risqué, mais ça a payé », explique Cheikh Diatta, pêcheur de métier et moniteur de voile le week-end. Son bateau, construit à partir d’une coque d’occasion rachetée à un club français, a été entièrement remis en état par l’équipage pendant l’hivernage.

## Les pirogues à voile à l’honneur

La régate se distingue par la place qu’elle accorde aux pirogues à voile, une tradition qui a presque disparu avec la généralisation des moteurs hors-bord. Six embarcations de ce type étaient engagées cette année, menées par des équipages de pêcheurs de Joal et de Fadiouth. La plus rapide a rallié l’arrivée en un peu moins de neuf heures, sous les acclamations d’une foule massée sur la plage.

> « Nos grands-pères allaient pêcher à la voile. Nous, on ne sait presque plus le faire. Cette course, c’est une manière de ne pas oublier. » — Abdou Faye, barreur de la pirogue « Mame Diarra »

Les organisateurs, une association de clubs nautiques de la Petite-Côte, souhaitent faire de l’événement un outil de promotion de la voile auprès des jeunes. Des baptêmes gratuits ont été proposés aux enfants à chaque escale, et une école de voile doit ouvrir ses portes à Joal l’an prochain, avec une flotte d’une dizaine de dériveurs.

La sécurité, enfin, a fait l’objet d’une attention particulière. Deux vedettes de la Marine nationale et plusieurs bateaux semi-rigides accompagnaient la flotte. Aucun incident n’a été signalé, à l’exception d’un démâtage sans gravité dans la catégorie des habitables.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 530,
    related: ['cs-marathon-dakar-resultats'],
  },
  {
    key: 'cs-handball-feminin-coupe',
    rubrique: 'sport',
    author: 'fatou-sarr',
    title: 'Handball féminin : le HC Guédiawaye s’offre une finale de Coupe historique',
    chapo:
      'Pour la première fois de son histoire, le HC Guédiawaye disputera la finale de la Coupe du Sénégal de handball féminin. Les banlieusardes ont dominé le tenant du titre en demi-finale, portées par une défense de fer et leur gardienne Maïmouna Sow.',
    body: `Les dernières secondes se sont jouées dans un vacarme assourdissant, dimanche, au stadium Marius-Ndiaye. Quand la sirène a retenti sur le score de 24 à 21, les joueuses du HC Guédiawaye se sont jetées les unes sur les autres au milieu du terrain, pendant que leurs supportrices, venues en nombre de la banlieue, entonnaient des chants à la gloire de leur gardienne. Pour la première fois de son histoire, le club disputera la finale de la Coupe du Sénégal de handball féminin.

Face à elles, l’ASC Corniche, tenante du titre et largement favorite, n’a jamais trouvé la solution. Menées dès les premières minutes, les Dakaroises sont revenues à égalité juste avant la pause, avant de buter en seconde période sur une défense agressive et parfaitement organisée.

## Maïmouna Sow, un mur dans les cages

Le grand nom de la rencontre s’appelle Maïmouna Sow. À vingt et un ans, la gardienne de Guédiawaye a repoussé dix-neuf tirs, dont trois jets de sept mètres, parmi lesquels celui qui aurait permis à l’ASC Corniche de revenir à un but à deux minutes de la fin. Étudiante en deuxième année de droit, elle jongle depuis deux saisons entre les amphithéâtres et les entraînements du soir.

> « Je ne pensais à rien, je regardais juste le bras de la tireuse. Quand j’ai arrêté le dernier penalty, j’ai su que c’était fini. » — Maïmouna Sow

En attaque, l’arrière gauche Astou Mané a porté son équipe avec huit buts, souvent inscrits de loin, au-dessus d’une défense adverse pourtant réputée pour sa taille.

## Une équipe construite patiemment

Cette qualification récompense un travail de longue haleine. Fondé il y a douze ans par un groupe d’enseignants d’éducation physique, le HC Guédiawaye s’entraîne toujours sur un terrain en plein air, dont le revêtement se dégrade à chaque hivernage. La plupart de ses joueuses sont lycéennes ou étudiantes, et aucune n’est rémunérée.

« Nous avons fait le choix de garder nos filles, de les former nous-mêmes, plutôt que d’aller chercher des joueuses ailleurs. Aujourd’hui, ce choix paie », se félicite l’entraîneuse Ndèye Khady Diouf, ancienne internationale, arrivée sur le banc il y a quatre ans.

## Une finale face à Saint-Louis

En finale, le HC Guédiawaye affrontera Ndar Handball, vainqueur sans trembler de l’autre demi-finale, dans trois semaines. Les Saint-Louisiennes, déjà titrées en championnat la saison dernière, partiront une nouvelle fois favorites. Le vainqueur de la Coupe obtiendra sa place pour la prochaine compétition africaine des clubs, un objectif que le club de la banlieue n’osait pas imaginer en début de saison.

Pour financer le déplacement de ses supportrices et l’hébergement de l’équipe, le club a lancé une collecte auprès des commerçants du quartier. En quarante-huit heures, plusieurs centaines de milliers de francs CFA ont déjà été rassemblés.`,
    status: 'DRAFT',
    publishedHoursAgo: 0,
    related: ['cs-basket-finale-ligue'],
  },
];
