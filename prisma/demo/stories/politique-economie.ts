import type { TDemoStory } from '../types';

/**
 * Politique et économie : textes originaux écrits pour la démo de Dakarinfo.
 * Les personnes, partis, entreprises et citations sont fictifs.
 */
export const politiqueEconomieStories: TDemoStory[] = [
  // ——————————————————————————— POLITIQUE ———————————————————————————
  {
    key: 'pe-budget-municipal-vote',
    rubrique: 'politique',
    author: 'awa-ndiaye',
    title: 'Thiès : le conseil municipal adopte un budget de 14,8 milliards de francs CFA au terme d’une nuit de débats',
    chapo:
      'Après près de neuf heures de discussions, les élus thiessois ont voté le budget primitif de la commune par 38 voix contre 21. La majorité met en avant l’assainissement et les marchés ; l’opposition dénonce une hausse des taxes qui pèsera sur les petits commerçants.',
    body: `Il était un peu plus de 3 heures du matin lorsque la présidente de séance a annoncé le résultat du vote. Par 38 voix pour, 21 contre et 4 abstentions, le conseil municipal de Thiès a adopté son budget primitif, arrêté à 14,8 milliards de francs CFA, soit une progression de 9 % par rapport à l’exercice précédent. Une séance marathon, ouverte en fin d’après-midi dans une salle des délibérations comble, où plusieurs dizaines d’habitants avaient pris place dans les tribunes.

La maire, Aminata Sène, a salué « un budget de responsabilité » au sortir de la salle, visiblement fatiguée mais satisfaite. « Nous avons fait des choix. Tout le monde ne sera pas content, mais chaque franc dépensé devra se voir dans les quartiers », a-t-elle déclaré devant quelques journalistes.

## L’assainissement en tête des priorités

Le document adopté consacre près de 3,1 milliards de francs CFA à l’assainissement et au drainage des eaux pluviales, soit plus d’un cinquième des dépenses totales. La municipalité prévoit notamment le curage de onze kilomètres de canaux avant la prochaine saison des pluies et la construction de deux bassins de rétention dans les quartiers les plus exposés aux inondations. Lors du dernier hivernage, plusieurs centaines de familles avaient dû quitter temporairement leur logement.

Deuxième poste en hausse : la rénovation des marchés. Le marché central doit bénéficier d’un nouveau système d’évacuation des déchets et d’une toiture refaite sur sa partie nord, tandis que deux marchés de quartier seront équipés de points d’eau et de toilettes publiques. L’éclairage public, enfin, reçoit une enveloppe de 640 millions de francs CFA pour remplacer progressivement les anciennes ampoules par des lampadaires solaires.

« Les habitants nous ont dit la même chose dans toutes les réunions de quartier : l’eau qui stagne, les rues sombres, les marchés insalubres », explique Ousmane Diagne, adjoint chargé des finances, qui a défendu le projet ligne par ligne pendant la séance. Selon lui, les dépenses de fonctionnement ont été contenues à un niveau inférieur à celui de l’an dernier, hors revalorisation des salaires des agents municipaux.

## Une hausse des taxes contestée

C’est précisément sur les recettes que le débat s’est tendu. Pour financer ses ambitions, la majorité a voté une augmentation des droits de place sur les marchés, qui passeront en moyenne de 100 à 150 francs CFA par jour pour les étals les plus modestes. Une mesure que l’opposition juge injuste.

« On demande un effort à ceux qui ont le moins », a lancé Cheikh Tidiane Badji, chef de file du groupe Thiès Autrement, sous les applaudissements d’une partie du public. L’élu a plaidé, sans succès, pour un amendement qui aurait exonéré les vendeuses de légumes et de poisson pendant la durée des travaux de rénovation. Il a également reproché à la majorité d’avoir transmis les documents budgétaires aux conseillers « moins d’une semaine avant la séance », un délai qu’il estime insuffisant pour un examen sérieux.

La maire a répondu que les nouveaux tarifs resteraient « parmi les plus bas de la région » et qu’ils n’entreraient en vigueur qu’une fois les travaux achevés. Un compromis a toutefois été trouvé en fin de nuit : les commerçants installés dans les marchés en chantier bénéficieront d’une réduction de moitié de leurs droits pendant six mois.

> « Un budget n’est pas seulement une addition de chiffres, c’est une promesse faite aux habitants. Nous jugerons celui-ci sur pièces », a prévenu Ndèye Fatou Kane, conseillère non inscrite, qui s’est abstenue.

## Un budget participatif à l’essai

Nouveauté de cet exercice, la commune expérimente un budget participatif doté de 250 millions de francs CFA. Cinq quartiers, choisis parmi les plus peuplés, pourront proposer et soumettre au vote des habitants de petits projets d’intérêt collectif : réfection d’une ruelle, équipement d’un terrain de sport, installation de bancs ou de points d’eau. Les premières assemblées de quartier doivent se tenir dans les prochaines semaines.

L’initiative a été accueillie avec prudence par les associations. « L’idée est bonne, à condition que les votes soient ouverts à tous et que les projets retenus soient réellement réalisés », observe Mamadou Lamine Faye, responsable d’une association de jeunes du quartier de Randoulène. Plusieurs élus de l’opposition ont d’ailleurs voté ce volet du budget, signe que la démarche dépasse en partie les clivages.

Reste désormais à exécuter ce budget. Lors du précédent exercice, selon les chiffres présentés en séance, moins de 70 % des dépenses d’investissement prévues avaient effectivement été engagées, en raison notamment de retards dans les procédures de passation des marchés. La majorité promet de faire mieux grâce à un nouveau calendrier de publication des appels d’offres, désormais fixé dès le mois suivant le vote. L’opposition, elle, a déjà annoncé qu’elle demanderait un point d’étape public à mi-parcours.

Le budget doit maintenant être transmis au représentant de l’État pour le contrôle de légalité avant son entrée en vigueur. Les premiers chantiers, ceux du curage des canaux, devraient démarrer avant la fin du trimestre, afin d’être achevés bien avant les premières pluies.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 5,
    placement: 'LEAD',
    related: ['pe-plan-eau-maire', 'pe-inflation-panier'],
  },
  {
    key: 'pe-loi-emploi-jeunes',
    rubrique: 'politique',
    author: 'moussa-diop',
    title: 'Emploi des jeunes : à l’Assemblée nationale, un projet de loi qui divise jusque dans la majorité',
    chapo:
      'Crédit d’impôt pour les entreprises, quotas d’apprentis dans les marchés publics, contrat d’insertion de deux ans : le texte examiné par les députés veut répondre au sous-emploi des moins de 30 ans. Mais son financement et son efficacité font débat.',
    body: `Dans l’hémicycle, les bancs étaient inhabituellement garnis. L’examen du projet de loi d’orientation pour l’emploi des jeunes s’est ouvert à l’Assemblée nationale dans une atmosphère électrique, les députés de tous bords ayant conscience de toucher à l’un des sujets les plus sensibles du moment. Le texte, présenté comme une réponse d’ensemble au sous-emploi des moins de 30 ans, compte quarante-deux articles et a déjà fait l’objet de plus de trois cents amendements.

## Trois leviers principaux

Le projet repose sur trois piliers. Le premier est un crédit d’impôt accordé aux entreprises qui embauchent un jeune de moins de 30 ans en contrat à durée indéterminée, équivalant à 30 % du salaire brut pendant les deux premières années. Le deuxième crée un « contrat d’insertion professionnelle » de vingt-quatre mois, qui associe un emploi à temps partiel dans une entreprise ou une collectivité et une formation certifiante. Le troisième impose aux entreprises attributaires de grands marchés publics de réserver une part de leurs heures de travail à des apprentis ou à des jeunes en insertion.

« Nous ne prétendons pas tout régler avec une loi. Mais nous voulons que chaque jeune qui sort de l’école ou de la formation ait une porte d’entrée vers un premier emploi », a défendu la rapporteure du texte, Ndèye Coumba Thiam, en ouverture des débats. La députée a rappelé que, selon les estimations reprises dans l’exposé des motifs, plus d’un jeune actif sur trois occupe un emploi informel ou précaire.

## Des critiques sur le coût

Le financement du dispositif a concentré les premières critiques. Le crédit d’impôt, à lui seul, représenterait un manque à gagner de plusieurs dizaines de milliards de francs CFA par an pour l’État s’il rencontrait le succès espéré. Plusieurs députés de l’opposition ont réclamé une étude d’impact plus détaillée. « On nous demande de signer un chèque sans en connaître le montant », a ironisé Abdoulaye Sarr, du groupe Alternative démocratique, qui redoute un « effet d’aubaine » pour les grandes entreprises, susceptibles selon lui de profiter de l’avantage fiscal pour des recrutements qu’elles auraient réalisés de toute façon.

Les réserves ne viennent pas seulement de l’opposition. Au sein même de la majorité, une vingtaine de députés ont cosigné un amendement visant à réserver le crédit d’impôt aux petites et moyennes entreprises. « Ce sont elles qui embauchent dans nos régions, pas les filiales des grands groupes installées à Dakar », argumente l’un d’eux, élu de la région de Tambacounda, qui a requis l’anonymat.

## Les quotas dans les marchés publics en débat

La disposition la plus discutée reste toutefois celle des quotas. Le texte initial prévoit qu’au moins 10 % des heures travaillées sur les chantiers publics de plus de 5 milliards de francs CFA soient confiées à des apprentis ou à des jeunes en parcours d’insertion. Les organisations patronales redoutent une contrainte difficile à respecter dans des métiers très techniques. L’Union des entrepreneurs du bâtiment, qui revendique plusieurs centaines d’adhérents, demande que le seuil soit modulé selon la nature des travaux.

Les syndicats de salariés, à l’inverse, jugent ce seuil trop timide et souhaitent qu’il soit porté à 15 %. Ils insistent aussi sur l’encadrement : sans tuteurs formés et sans contrôles, préviennent-ils, les apprentis risquent de servir de main-d’œuvre bon marché.

> « Un apprenti sans maître d’apprentissage, ce n’est pas un apprenti, c’est un ouvrier mal payé », résume Marième Diouf, secrétaire générale d’une confédération syndicale, venue suivre les débats depuis les tribunes.

## Sur le terrain, des attentes fortes

Hors de l’hémicycle, le texte suscite autant d’espoir que de scepticisme. À Pikine, dans un centre de formation professionnelle, plusieurs élèves en dernière année de menuiserie métallique disent avoir suivi les débats sur leur téléphone. « Si le contrat d’insertion permet d’être payé pendant qu’on apprend, beaucoup vont s’inscrire », estime Babacar, 21 ans. Son camarade, plus réservé, rappelle que de précédents programmes avaient été annoncés « avec beaucoup de bruit » avant de s’essouffler faute de crédits.

Les économistes interrogés soulignent que l’efficacité de ce type de mesure dépend largement de sa mise en œuvre. « Les incitations fiscales fonctionnent quand elles sont simples, stables et ciblées. Si les entreprises doivent remplir dix formulaires pour en bénéficier, seules les plus grandes le feront », observe Seynabou Gaye, enseignante-chercheuse en économie du travail. Elle plaide pour un guichet unique et pour une évaluation indépendante du dispositif au bout de trois ans.

Le vote solennel sur l’ensemble du texte est attendu à la fin de la semaine prochaine. D’ici là, la commission des affaires sociales doit se réunir de nouveau pour examiner les amendements déposés en séance, dont celui, très attendu, sur le ciblage des PME. Le gouvernement a laissé entendre qu’il pourrait accepter un compromis sur ce point, tout en restant ferme sur le principe des quotas.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 14,
    placement: 'TOP',
    related: ['pe-fonds-start-up', 'pe-cooperative-textile'],
  },
  {
    key: 'pe-reforme-transport-regional',
    rubrique: 'politique',
    author: 'julien-marchand',
    title: 'Transports régionaux : autour de Lyon, la réforme du billet unique divise usagers et élus',
    chapo:
      'La Région veut fusionner les abonnements TER et ceux des réseaux urbains en un titre unique dès la rentrée prochaine. Les associations d’usagers saluent la simplification, mais les élus des zones rurales craignent une hausse des tarifs pour les trajets courts.',
    body: `Un seul abonnement pour prendre le train entre Villefranche-sur-Saône et Lyon, puis le métro jusqu’à son bureau, et pourquoi pas le car régional le week-end : c’est la promesse de la réforme tarifaire présentée en séance plénière par l’exécutif régional. Baptisé provisoirement « Pass Mobilités », le nouveau titre doit remplacer à terme une quinzaine d’abonnements différents, souvent incompatibles entre eux.

« Aujourd’hui, un salarié qui habite à trente kilomètres de Lyon jongle avec deux ou trois cartes et paie parfois deux fois pour le même trajet. Ce n’est plus tenable », a défendu Bertrand Lacombe, vice-président chargé des transports. Selon lui, près de 40 000 abonnés quotidiens pourraient être concernés dès la première année.

## Une tarification par zones

Le cœur de la réforme tient à l’abandon de la tarification kilométrique au profit d’un système de zones concentriques autour des principales agglomérations. Pour la majorité des trajets domicile-travail de plus de vingt kilomètres, le coût mensuel baisserait de 8 à 15 %, selon les simulations présentées aux élus. Mais pour certains trajets courts, notamment entre deux communes rurales situées dans des zones différentes, la facture pourrait au contraire augmenter de quelques euros par mois.

C’est ce point qui a cristallisé l’opposition. « On fait payer aux habitants des petites lignes la simplification offerte aux Lyonnais », a dénoncé Catherine Morel-Vidal, conseillère régionale d’opposition et maire d’une commune de la vallée de l’Azergues. Elle réclame un « bouclier tarifaire » garantissant qu’aucun abonné ne paiera plus cher qu’aujourd’hui.

## Les usagers partagés

Les associations d’usagers, consultées en amont, accueillent favorablement l’idée d’un titre unique, qu’elles réclament depuis des années. Elles restent toutefois vigilantes sur la qualité du service. « Un abonnement simplifié, c’est bien. Des trains à l’heure, c’est mieux », résume Gérard Fontanel, président d’un collectif d’usagers des lignes de l’ouest lyonnais, qui rappelle que les suppressions de trains ont été nombreuses l’hiver dernier.

Le coût de la réforme pour la collectivité est estimé à 12,5 millions d’euros par an, principalement en raison de la baisse des recettes sur les trajets longs et de la refonte des systèmes de billettique. L’exécutif assure que cette somme sera financée sans hausse de la fiscalité régionale, grâce à des économies sur les marchés de transport par car.

> « La simplicité a un prix, mais l’illisibilité aussi : elle décourage des milliers de personnes de laisser leur voiture au garage », a plaidé Bertrand Lacombe en conclusion.

## Une concertation avant le vote

Le texte sera soumis au vote lors de la prochaine session plénière. D’ici là, une concertation avec les intercommunalités doit permettre d’ajuster le découpage des zones, en particulier dans les territoires ruraux. L’exécutif n’exclut pas d’introduire un tarif spécifique pour les trajets de moins de quinze kilomètres, une piste que l’opposition juge « encourageante mais tardive ».`,
    status: 'PUBLISHED',
    publishedHoursAgo: 48,
    related: ['pe-budget-municipal-vote', 'pe-rapport-senat-hopitaux-ruraux'],
  },
  {
    key: 'pe-commission-logement',
    rubrique: 'politique',
    author: 'moussa-diop',
    title: 'Logement à Dakar : une mission parlementaire décrit des loyers « hors de contrôle »',
    chapo:
      'Au terme de quatre mois d’auditions, les députés de la mission d’information sur le logement publient un rapport sévère sur la hausse des loyers dans l’agglomération dakaroise. Ils proposent trente mesures, dont un observatoire des loyers et un plafonnement des cautions.',
    body: `Quatre mois d’auditions, plus de soixante personnes entendues, des visites dans neuf communes de l’agglomération : la mission d’information parlementaire sur le logement a rendu ses conclusions devant la commission compétente de l’Assemblée nationale. Le constat, dressé dans un rapport de près de deux cents pages, est sans détour : pour une large partie des ménages dakarois, se loger est devenu le premier poste de dépenses, loin devant le transport.

## Des cautions qui atteignent six mois de loyer

Les rapporteurs décrivent un marché locatif sous très forte tension, nourri par la croissance démographique et par l’insuffisance de l’offre neuve accessible. Dans plusieurs quartiers centraux, le loyer d’un appartement de deux pièces aurait progressé de plus de 40 % en cinq ans, selon les relevés compilés par la mission auprès d’agences et d’associations de locataires.

Plus encore que les loyers eux-mêmes, ce sont les conditions d’entrée dans un logement qui inquiètent les députés. Cautions de trois à six mois, avances sur loyer, commissions d’intermédiaires non déclarées : « Pour une famille modeste, réunir la somme nécessaire pour signer un bail relève parfois de l’impossible », souligne la rapporteure, Astou Diallo Camara.

## Trente propositions

Le rapport formule trente recommandations. La principale est la création d’un observatoire public des loyers, chargé de publier chaque année des références de prix par quartier, condition jugée indispensable à tout encadrement efficace. Les députés proposent aussi de plafonner la caution à deux mois de loyer, de rendre obligatoire un contrat écrit et enregistré, et de mieux encadrer l’activité des intermédiaires, dont beaucoup exercent sans agrément.

Sur le volet de l’offre, la mission recommande de mobiliser le foncier public disponible pour des programmes de logements à loyer modéré et de simplifier les procédures d’obtention des permis de construire, dont la durée moyenne est jugée dissuasive par les promoteurs entendus.

> « Nous ne voulons pas opposer propriétaires et locataires. Beaucoup de bailleurs sont eux-mêmes des familles qui comptent sur un loyer pour vivre. Mais le marché a besoin de règles claires et respectées », a insisté le président de la mission, Pape Alioune Ba.

## Les bailleurs réservés

Du côté des propriétaires, l’accueil est mitigé. Une association de bailleurs privés, entendue par la mission, met en garde contre un encadrement trop strict qui, selon elle, découragerait l’investissement locatif. Elle plaide plutôt pour des avantages fiscaux en faveur de la construction et pour une procédure plus rapide en cas d’impayés.

Les associations de locataires saluent, elles, un « rapport courageux », tout en regrettant l’absence de mesures immédiates pour les familles menacées d’expulsion. Le rapport doit désormais être débattu en séance publique. Plusieurs de ses recommandations pourraient être reprises dans une proposition de loi transpartisane, a fait savoir le président de la mission, qui espère un examen avant la fin de la session.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 120,
    related: ['pe-inflation-panier', 'pe-budget-municipal-vote'],
  },
  {
    key: 'pe-plan-eau-maire',
    rubrique: 'politique',
    author: 'awa-ndiaye',
    title: 'Sécheresse : à Saint-Aurèle-sur-Têt, la maire présente un plan d’urgence pour l’eau',
    chapo:
      'Nappes au plus bas, restrictions répétées, fuites sur un réseau vieillissant : cette commune des Pyrénées-Orientales prépare un plan de 4,2 millions d’euros sur six ans pour sécuriser son eau potable et réduire sa consommation d’un quart.',
    body: `Sur la place de la mairie, la fontaine est à sec depuis le printemps. Un symbole que la maire de Saint-Aurèle-sur-Têt, Isabelle Castany, a choisi de mettre en avant en présentant, lors d’une réunion publique, le plan communal de gestion de l’eau qu’elle soumettra au conseil municipal à la fin du mois. « Nous ne pouvons plus faire comme si la pluie allait revenir comme avant. Il faut s’organiser pour vivre avec moins d’eau », a-t-elle déclaré devant près de trois cents habitants.

## Réparer d’abord les fuites

La première priorité est technique. Selon le diagnostic réalisé l’an dernier, près d’un tiers de l’eau prélevée se perd dans les canalisations avant d’arriver au robinet. Le plan prévoit de remplacer douze kilomètres de conduites, dont les plus anciennes datent des années 1960, et d’installer des compteurs de sectorisation pour repérer plus rapidement les fuites. Coût de ce volet : 2,6 millions d’euros, financés en partie par l’agence de l’eau et le département.

La commune entend aussi réutiliser les eaux usées traitées de sa station d’épuration pour l’arrosage des espaces verts et du stade municipal, une pratique encore peu répandue en France. Les premiers essais doivent débuter l’an prochain, sous le contrôle des services sanitaires.

## Une tarification progressive

Le volet le plus débattu concerne la facture. Le plan instaure une tarification progressive : les premiers mètres cubes, jugés indispensables, seront facturés moins cher qu’aujourd’hui, tandis que les consommations élevées — piscines privées, arrosage intensif — coûteront nettement plus. « Ce n’est pas une punition, c’est une question d’équité », justifie la maire.

Dans la salle, l’argument n’a pas convaincu tout le monde. Plusieurs maraîchers installés en périphérie de la commune redoutent d’être pénalisés. « Nos cultures ont besoin d’eau, ce n’est pas du luxe », a protesté l’un d’eux. La municipalité promet un tarif spécifique pour les exploitations agricoles raccordées au réseau, dont les modalités restent à préciser avec la chambre d’agriculture.

> « Chaque goutte économisée aujourd’hui, c’est une coupure en moins l’été prochain », a martelé Isabelle Castany.

## L’opposition réclame une consultation

L’opposition municipale, sans contester l’urgence, juge la méthode précipitée. Son chef de file, Jean-Louis Pujol, demande l’organisation d’une consultation locale sur la tarification progressive avant tout vote. Il critique aussi l’absence d’étude sur les ressources alternatives, comme un forage plus profond ou une interconnexion avec le réseau d’une commune voisine.

Le plan fixe un objectif ambitieux : réduire de 25 % la consommation d’eau potable par habitant d’ici six ans. Une cible atteignable, selon l’hydrologue consultée par la commune, à condition que les travaux sur le réseau soient menés dans les délais et que les habitants adoptent des gestes d’économie au quotidien. Le conseil municipal se prononcera dans trois semaines.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 77,
    related: ['pe-budget-municipal-vote', 'pe-investissement-solaire'],
  },
  {
    key: 'pe-rapport-senat-hopitaux-ruraux',
    rubrique: 'politique',
    author: 'julien-marchand',
    title: 'Hôpitaux ruraux : un rapport du Sénat propose un fonds d’urgence de 21 millions d’euros',
    chapo:
      'Fermetures de maternités, urgences régulées la nuit, postes de médecins vacants : une mission d’information sénatoriale dresse un état des lieux alarmant des hôpitaux de proximité et formule trente-huit recommandations pour maintenir une offre de soins dans les territoires ruraux.',
    body: `« Personne ne devrait avoir à choisir entre prendre la route de nuit pendant une heure et renoncer à se soigner. » C’est par cette phrase que s’ouvre le rapport de la mission d’information sénatoriale sur l’avenir des hôpitaux en zone rurale, adopté à l’unanimité de ses membres et rendu public cette semaine.

Les deux rapporteurs, Marie-Hélène Verdier et Patrice Oudin, élus de départements ruraux et issus de groupes politiques différents, ont mené pendant six mois une cinquantaine d’auditions et se sont rendus dans onze établissements, de la Creuse aux Vosges en passant par le Gers.

## Un constat sévère

Le rapport décrit des établissements fragilisés par la pénurie de personnel médical. Dans plusieurs des hôpitaux visités, plus de la moitié des postes de médecins seraient occupés par des praticiens intérimaires, dont la rémunération pèse lourdement sur les budgets. Les services d’urgences ferment ponctuellement la nuit ou fonctionnent en accès régulé, obligeant les patients à appeler le 15 avant de se déplacer.

« Les équipes font des miracles, mais elles sont à bout », résume Patrice Oudin. Sa collègue insiste sur l’effet d’entraînement : lorsqu’une maternité ou un bloc opératoire ferme, les jeunes médecins hésitent davantage à s’installer dans le territoire, ce qui accélère le déclin de l’offre de soins.

## Trente-huit recommandations

La mesure phare est la création d’un fonds d’urgence de 21 millions d’euros destiné aux hôpitaux de proximité les plus en difficulté, afin de financer des primes d’attractivité, des logements pour les internes et des équipements de télémédecine. Les sénateurs proposent également de rendre obligatoire, pour les internes de certaines spécialités, un stage d’au moins six mois dans un établissement situé en zone sous-dotée.

Le rapport recommande aussi de mieux reconnaître le rôle des infirmiers en pratique avancée, qui pourraient assurer davantage de consultations de premier recours, et de développer des équipes mobiles partagées entre plusieurs établissements d’un même territoire.

> « Nous ne demandons pas de rouvrir tous les services fermés. Nous demandons que l’État garantisse un socle de soins accessible à tous, partout », a déclaré Marie-Hélène Verdier lors de la présentation du rapport.

## Des réactions contrastées

Les représentants des directeurs d’hôpitaux saluent un diagnostic « lucide », tout en jugeant le fonds proposé insuffisant au regard des besoins. Les organisations d’internes, elles, s’opposent fermement à toute obligation de stage, qu’elles jugent contre-productive : « La contrainte n’a jamais rendu un territoire attractif », fait valoir l’une d’elles dans un communiqué.

Le gouvernement n’a pas encore réagi officiellement. Les rapporteurs espèrent voir plusieurs de leurs propositions reprises par amendement lors de l’examen du prochain projet de loi de financement de la Sécurité sociale. Ils prévoient de retourner dans les établissements visités d’ici un an pour mesurer les évolutions.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 210,
    related: ['pe-commission-logement', 'pe-reforme-transport-regional'],
    updates: [
      {
        kind: 'CORRECTION',
        note: 'Une version précédente de cet article indiquait un fonds d’urgence de 12 millions d’euros au lieu de 21 millions d’euros.',
        hoursAgo: 180,
      },
    ],
  },
  {
    key: 'pe-parite-conseils-municipaux',
    rubrique: 'politique',
    author: 'helene-roux',
    title: 'Parité dans les conseils municipaux : l’égalité progresse, les exécutifs résistent',
    chapo:
      'Les listes paritaires ont fait entrer des milliers de femmes dans les conseils municipaux. Mais les postes de maire et d’adjoint aux finances restent très majoritairement occupés par des hommes, montre notre enquête menée auprès d’une trentaine de communes.',
    body: `Depuis l’entrée en vigueur de la loi sur la parité, les listes de candidats aux élections locales doivent alterner femmes et hommes. Le résultat est visible : dans la plupart des conseils municipaux, les femmes représentent désormais près de la moitié des élus. Mais que se passe-t-il une fois les conseils installés ? Pour le savoir, Dakarinfo a examiné la composition des bureaux municipaux d’une trentaine de communes, urbaines et rurales, réparties dans sept régions.

## Des bureaux encore très masculins

Le constat est net. Sur les 32 communes étudiées, seules quatre sont dirigées par une femme. Parmi les adjoints, la proportion de femmes dépasse rarement un tiers, et elles sont le plus souvent chargées des affaires sociales, de la santé ou de la petite enfance. Les délégations jugées stratégiques — finances, urbanisme, gestion foncière — restent presque toujours confiées à des hommes : dans notre échantillon, une seule commune a une femme comme adjointe aux finances.

« La loi a ouvert la porte des conseils, mais pas celle du bureau du maire », résume Coumba Ndoye, conseillère municipale dans une commune de la région de Fatick, élue pour la première fois lors du dernier scrutin. Elle raconte avoir dû insister pendant des mois pour obtenir la présidence d’une commission.

## Des freins multiples

Les élues interrogées évoquent des obstacles variés : réunions tenues tard le soir, poids des responsabilités familiales, moindre accès aux réseaux qui financent les campagnes, mais aussi des résistances plus diffuses. « Certains collègues estiment encore qu’une femme ne peut pas négocier avec les promoteurs ou les chefs de quartier », témoigne une adjointe d’une commune de la banlieue dakaroise, qui préfère garder l’anonymat.

Les formations destinées aux nouvelles élues, proposées par plusieurs associations, sont jugées utiles mais trop ponctuelles. Beaucoup réclament un accompagnement dans la durée, notamment sur les questions budgétaires, souvent décisives pour peser dans les arbitrages.

> « On ne devient pas adjointe aux finances par hasard. Il faut qu’on nous donne la possibilité d’apprendre, puis de faire nos preuves », explique Coumba Ndoye.

## Des pistes pour aller plus loin

Plusieurs associations militent pour une extension de la règle de parité aux bureaux municipaux, à l’image de ce qui existe déjà pour les listes. D’autres proposent de conditionner une partie des dotations de l’État aux communes à des engagements en matière d’égalité, comme une répartition équilibrée des délégations.

Les maires interrogés se montrent partagés. Certains jugent qu’une obligation supplémentaire compliquerait la constitution des majorités ; d’autres y voient au contraire un moyen de dépasser les blocages locaux. Tous reconnaissent en revanche que la prochaine génération d’élues, mieux formée et plus nombreuse, sera plus difficile à tenir à l’écart des postes de décision.`,
    status: 'DRAFT',
    publishedHoursAgo: 0,
    related: ['pe-budget-municipal-vote'],
  },

  // ——————————————————————————— ÉCONOMIE ———————————————————————————
  {
    key: 'pe-port-dakar-extension',
    rubrique: 'economie',
    author: 'moussa-diop',
    title: 'Port de Dakar : un nouveau terminal de 312 milliards de francs CFA pour désengorger les quais',
    chapo:
      'Le Port autonome de Dakar a présenté un projet d’extension comprenant un quai de 650 mètres, des zones de stockage et une voie ferrée dédiée. Objectif : absorber la hausse du trafic vers le Mali et réduire l’attente des navires, jugée pénalisante par les armateurs.',
    body: `Le projet était évoqué depuis plusieurs années ; il a désormais un calendrier et un budget. La direction du Port autonome de Dakar a présenté, lors d’une conférence de presse organisée dans ses locaux, les grandes lignes d’un programme d’extension estimé à 312 milliards de francs CFA. Il prévoit la construction d’un nouveau quai de 650 mètres, capable d’accueillir simultanément deux navires de grande taille, ainsi que l’aménagement de 18 hectares de terre-pleins pour le stockage des conteneurs et des marchandises diverses.

« Nos quais sont arrivés à saturation. Certains jours, des navires attendent plus de quarante-huit heures en rade avant de pouvoir décharger. Chaque heure d’attente se paie, et c’est finalement le consommateur qui paie », a expliqué Khady Mbengue, directrice des grands projets, en présentant les plans.

## Un trafic en forte hausse

Selon les chiffres communiqués par la direction, le volume de marchandises traitées par le port a progressé de près de 30 % en cinq ans, porté par les importations de produits alimentaires, de matériaux de construction et d’hydrocarbures, mais aussi par le transit vers les pays de l’hinterland, au premier rang desquels le Mali. Ce corridor, essentiel pour l’économie régionale, place le port en concurrence directe avec d’autres places portuaires de la sous-région, qui ont elles aussi engagé d’importants investissements.

Le nouveau terminal doit permettre d’augmenter d’environ un tiers la capacité d’accueil. Il sera relié au réseau ferroviaire par une voie dédiée, afin de transférer une partie des marchandises du camion vers le train. « Aujourd’hui, des milliers de camions traversent chaque jour l’agglomération pour sortir du port. Ce n’est bon ni pour la circulation ni pour la qualité de l’air », souligne Khady Mbengue.

## Un financement mixte

Le montage financier associe des fonds propres du port, des prêts de bailleurs de fonds internationaux et, pour l’exploitation du futur terminal, un partenaire privé qui sera désigné par appel d’offres international. Ce dernier point suscite déjà des interrogations. Plusieurs économistes rappellent que les concessions portuaires engagent l’État sur des durées très longues, souvent trente ans ou davantage, et plaident pour une transparence totale sur les contrats.

« La question n’est pas de savoir s’il faut un partenaire privé, mais à quelles conditions : durée, partage des recettes, obligations d’investissement, clauses sociales », observe Alassane Thiaw, consultant spécialisé dans la logistique portuaire. La direction du port assure que les documents de l’appel d’offres seront publiés et que les offres seront évaluées par une commission indépendante.

Les travaux doivent durer trente-six mois à compter de la signature des marchés de travaux, attendue au cours du premier semestre de l’année prochaine.

## Les dockers et les pêcheurs attentifs

Du côté des dockers, l’annonce est accueillie avec un optimisme prudent. Le projet devrait créer, selon la direction, environ 1 200 emplois pendant la phase de chantier et plusieurs centaines d’emplois permanents une fois le terminal en service. Mais les syndicats s’inquiètent de la mécanisation croissante des opérations. « Un terminal moderne, c’est aussi moins de bras. Nous voulons des garanties écrites sur les effectifs et sur la formation aux nouveaux équipements », prévient Ibrahima Guèye, secrétaire général d’un syndicat de dockers.

Les pêcheurs artisanaux de la baie de Hann, voisine de la zone concernée, ont également fait entendre leur voix. Dans une déclaration transmise après la conférence de presse, un collectif de pêcheurs dit craindre que les travaux de dragage ne perturbent les zones de pêche et n’aggravent la pollution de la baie. « On nous parle de milliards, mais personne ne nous a demandé comment nous allons travailler pendant trois ans », déplore son porte-parole, Mor Ndiaye. La direction du port affirme qu’une étude d’impact environnemental et social est en cours et qu’elle fera l’objet d’une consultation publique.

> « Un port qui grandit, c’est une ville qui doit s’adapter. Nous voulons que ce projet profite aussi aux quartiers qui vivent à côté », a déclaré Khady Mbengue en fin de conférence.

## Une course contre la montre

Pour les transitaires et les importateurs, l’enjeu est avant tout celui des délais. « Un conteneur qui reste dix jours au port au lieu de quatre, c’est de l’argent immobilisé et des prix plus élevés en boutique », rappelle Ramatoulaye Sow, responsable d’une entreprise de transit. Elle espère que l’extension s’accompagnera d’une accélération des procédures douanières, déjà en partie dématérialisées.

Le calendrier reste serré. Avant le premier coup de pioche, le port devra boucler son financement, mener à bien l’appel d’offres et obtenir les autorisations environnementales. Les projets d’infrastructures de cette ampleur connaissent souvent des retards, reconnaît-on à la direction, où l’on assure toutefois que les études techniques sont « très avancées ».`,
    status: 'PUBLISHED',
    publishedHoursAgo: 9,
    placement: 'TOP',
    related: ['pe-prix-arachide', 'pe-investissement-solaire', 'pe-inflation-panier'],
    updates: [
      {
        kind: 'MISE_A_JOUR',
        note: 'Ajout de la réaction du collectif des pêcheurs de la baie de Hann.',
        hoursAgo: 7,
      },
      {
        kind: 'PRECISION',
        note: 'Le délai de trente-six mois court à compter de la signature des marchés de travaux, et non de la date de l’annonce.',
        hoursAgo: 4,
      },
    ],
  },
  {
    key: 'pe-prix-arachide',
    rubrique: 'economie',
    author: 'awa-ndiaye',
    title: 'Campagne arachidière : dans le bassin de Kaffrine, les producteurs jugent le prix plancher insuffisant',
    chapo:
      'Le prix au producteur a été fixé à 300 francs CFA le kilo pour la nouvelle campagne de commercialisation. Dans la région de Kaffrine, les cultivateurs dénoncent des coûts de production en hausse et redoutent les retards de paiement.',
    body: `À l’entrée de Kaffrine, les premiers camions chargés de sacs de graines font la queue devant les points de collecte. La campagne de commercialisation de l’arachide a officiellement démarré, avec un prix plancher au producteur fixé à 300 francs CFA le kilo à l’issue des concertations entre l’État, les organisations de producteurs, les huiliers et les exportateurs. Un niveau inchangé par rapport à la saison dernière, que de nombreux cultivateurs jugent déconnecté de leurs coûts.

## Des coûts qui ont grimpé

« L’engrais, les semences, la main-d’œuvre pour la récolte, le transport jusqu’au point de collecte : tout a augmenté. Le prix, lui, ne bouge pas », déplore Modou Faye, qui cultive une dizaine d’hectares à quelques kilomètres de la ville. Selon ses calculs, sa marge par hectare a reculé de près d’un quart en deux ans. Plusieurs organisations paysannes réclamaient un prix d’au moins 350 francs CFA le kilo.

Les pouvoirs publics mettent en avant les subventions accordées sur les intrants et rappellent que le prix plancher n’est qu’un minimum : rien n’empêche les acheteurs de proposer davantage. Dans les faits, c’est souvent le cas en début de campagne, lorsque la concurrence entre acheteurs est la plus vive.

## La concurrence des exportateurs

Car l’arachide ne va pas seulement aux huileries locales. Une part importante de la récolte est achetée par des intermédiaires pour l’exportation de graines décortiquées, en particulier vers l’Asie. Ces acheteurs paient comptant et se déplacent directement dans les villages, ce qui séduit des producteurs souvent pressés de disposer de liquidités.

Pour les huiliers, cette concurrence est une menace. « Nos usines tournent en dessous de leurs capacités parce qu’elles ne reçoivent pas assez de graines », regrette le responsable d’une unité de trituration de la région, qui évoque des périodes de chômage technique pour une partie du personnel. Les industriels réclament un encadrement plus strict des exportations de graines brutes, une demande que contestent les organisations de producteurs, attachées à la liberté de vendre au plus offrant.

> « Le producteur veut être payé vite et bien. Celui qui offre les deux emporte la récolte, qu’il soit huilier ou exportateur », résume Aïssatou Cissé, économiste spécialisée dans les filières agricoles.

## Le souvenir des bons impayés

Au-delà du prix, les producteurs restent marqués par les retards de paiement de campagnes précédentes, lorsque certains opérateurs avaient remis des bons d’achat honorés plusieurs semaines plus tard. « Un bon, ça ne nourrit pas une famille », lâche Modou Faye. Les autorités assurent que des lignes de crédit ont été mobilisées en amont pour garantir le paiement comptant.

La campagne doit durer plusieurs mois. Les premières semaines diront si le prix fixé tient face à la demande des exportateurs, ou si le marché imposera de lui-même un niveau plus élevé, comme l’espèrent de nombreux cultivateurs du bassin arachidier.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 30,
    related: ['pe-port-dakar-extension', 'pe-inflation-panier'],
  },
  {
    key: 'pe-fonds-start-up',
    rubrique: 'economie',
    author: 'fatou-sarr',
    title: 'Teranga Amorçage : un fonds de 10 milliards de francs CFA pour les start-up en démarrage',
    chapo:
      'Le nouveau fonds réunit trois banques, un assureur et des investisseurs de la diaspora. Il promet des tickets de 25 à 150 millions de francs CFA aux jeunes entreprises en phase de démarrage, un segment où le financement manque cruellement.',
    body: `Trouver les premières dizaines de millions de francs CFA reste un parcours du combattant pour la plupart des jeunes entreprises innovantes du pays. C’est à ce « chaînon manquant » que veut s’attaquer Teranga Amorçage, un fonds d’investissement de 10 milliards de francs CFA présenté à Dakar devant un parterre d’entrepreneurs, de banquiers et de représentants des pouvoirs publics.

Le fonds réunit trois banques commerciales, une compagnie d’assurance et un groupe d’investisseurs issus de la diaspora, installés pour la plupart en France, au Canada et aux États-Unis. Il sera géré par une société de gestion indépendante dirigée par Rokhaya Diouf, ancienne analyste financière passée par plusieurs fonds d’investissement en Afrique de l’Ouest.

## Des tickets de 25 à 150 millions

Teranga Amorçage prévoit d’investir dans une quarantaine d’entreprises sur cinq ans, avec des montants compris entre 25 et 150 millions de francs CFA par dossier. Les secteurs ciblés sont larges : services financiers numériques, agriculture et transformation agroalimentaire, santé, logistique et éducation. Le fonds prendra des participations minoritaires et pourra réinvestir lors des tours de table suivants.

« Beaucoup de start-up meurent non pas parce que leur idée est mauvaise, mais parce qu’elles n’arrivent pas à financer leurs dix-huit premiers mois », explique Rokhaya Diouf. Les fondateurs devront présenter un produit déjà testé auprès de clients, même à petite échelle.

## Un accompagnement promis

Au-delà de l’argent, le fonds promet un accompagnement : mise en relation avec des entreprises clientes, aide à la structuration juridique et financière, accès à un réseau de mentors. Une condition jugée essentielle par les entrepreneurs présents. « Le premier investisseur, c’est celui qui vous apprend à tenir vos comptes et à parler à une banque », témoigne Cheikh Mbaye, fondateur d’une plateforme de livraison pour les commerçants de quartier, qui a levé ses premiers fonds auprès de proches.

Certains observateurs restent toutefois prudents. Le montant reste modeste au regard des besoins, et les fonds d’amorçage doivent composer avec un taux d’échec élevé. « Sur quarante entreprises, il faut s’attendre à ce que la moitié ne survive pas. Tout dépendra de la capacité du fonds à accompagner les autres jusqu’à une taille critique », estime un investisseur familier de l’écosystème.

> « Nous ne cherchons pas des licornes. Nous cherchons des entreprises solides qui créent des emplois ici », a insisté Rokhaya Diouf.

## Une place pour les entrepreneuses

Le fonds s’est fixé un objectif : qu’au moins un tiers des entreprises financées soient fondées ou codirigées par des femmes. Une ambition saluée par les associations d’entrepreneuses, qui rappellent que les fondatrices ne reçoivent qu’une faible part des financements en capital-risque sur le continent.

Les premiers appels à candidatures seront ouverts le mois prochain. Les dossiers seront examinés par un comité d’investissement de sept membres, dont deux personnalités indépendantes, et les premières décisions sont attendues avant la fin du semestre.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 340,
    related: ['pe-loi-emploi-jeunes', 'pe-cooperative-textile'],
  },
  {
    key: 'pe-inflation-panier',
    rubrique: 'economie',
    author: 'julien-marchand',
    title: 'Inflation : à Dakar, notre panier témoin a augmenté de 7 % en six mois',
    chapo:
      'Riz, huile, oignons, sucre, savon : depuis six mois, Dakarinfo suit les prix de vingt produits de consommation courante sur trois marchés de la capitale. Si certains prix se stabilisent, la facture reste lourde pour les ménages modestes.',
    body: `Depuis six mois, une équipe de Dakarinfo se rend chaque premier lundi du mois sur trois marchés de la capitale — Tilène, Castors et HLM — pour relever le prix de vingt produits de consommation courante : riz brisé, huile, sucre, oignons, pommes de terre, lait en poudre, pain, savon ou encore charbon de bois. Objectif : mesurer concrètement l’évolution du coût de la vie pour une famille de six personnes, au-delà des indices officiels.

## Une hausse de 7 %

Résultat : le coût total de notre panier témoin est passé de 98 400 à 105 300 francs CFA en six mois, soit une hausse d’environ 7 %. Une progression inégale selon les produits. Les plus fortes hausses concernent l’oignon, dont le prix a presque doublé pendant la période de soudure avant de redescendre partiellement, et le charbon de bois, en hausse de 18 %. À l’inverse, le prix du riz brisé importé est resté quasiment stable, tout comme celui du sucre.

« Les produits frais varient beaucoup selon les saisons et les arrivages. Les produits importés, eux, suivent les cours mondiaux et le coût du transport maritime », explique Fodé Sylla, économiste, qui a accepté d’analyser nos relevés. Selon lui, la hausse constatée pèse particulièrement sur les ménages modestes, pour qui l’alimentation représente plus de la moitié du budget.

## Des stratégies d’adaptation

Sur les marchés, les commerçants observent un changement des habitudes. « Les clients achètent en plus petites quantités. Avant, on vendait le riz par sac de vingt-cinq kilos ; maintenant, beaucoup prennent un ou deux kilos à la fois », raconte Adama, vendeuse de céréales au marché de Castors depuis quinze ans. Ce fractionnement des achats a un coût : au kilo, les petites quantités reviennent généralement plus cher.

Les familles adaptent aussi leurs menus. Plusieurs mères de famille rencontrées disent avoir réduit la part de poisson ou de viande dans le plat du midi, ou remplacé certains produits importés par des céréales locales, comme le mil, lorsqu’elles en trouvent à bon prix.

> « Je fais les comptes tous les soirs. Avec la même somme qu’il y a un an, je remplis mon panier aux trois quarts », confie Mariama, mère de quatre enfants, rencontrée au marché HLM.

## Les prix plafonds peu respectés

Plusieurs denrées de base font l’objet de prix plafonds. Mais sur le terrain, leur application reste inégale : sur nos trois marchés, nous avons relevé à plusieurs reprises des prix supérieurs aux niveaux fixés, en particulier pour l’huile vendue au détail.

Une association de consommateurs, l’Union pour la défense des consommateurs du Cap-Vert, réclame davantage de contrôles et une meilleure information des acheteurs. « Un prix plafond que personne ne connaît et que personne ne contrôle n’est qu’un chiffre sur un papier », estime sa présidente, Khadidiatou Ly, qui souhaite que les prix de référence soient affichés à l’entrée de chaque marché.

Pour les prochains mois, les perspectives restent incertaines. La prochaine décision de la banque centrale sur son taux directeur pourrait influer sur le coût du crédit et, à terme, sur les prix. Dakarinfo poursuivra ses relevés mensuels et publiera régulièrement l’évolution de son panier témoin.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 26,
    related: ['pe-taux-banque-centrale-explique', 'pe-prix-arachide'],
    updates: [
      {
        kind: 'MISE_A_JOUR',
        note: 'Ajout de la réaction de l’Union pour la défense des consommateurs du Cap-Vert.',
        hoursAgo: 20,
      },
    ],
  },
  {
    key: 'pe-cooperative-textile',
    rubrique: 'economie',
    author: 'claire-dubois',
    title: 'À Kaolack, une coopérative de couturières décroche un marché de 40 000 uniformes scolaires',
    chapo:
      'Créée il y a six ans par douze femmes, la coopérative Saloum Couture compte aujourd’hui quatre-vingt-dix membres. Un contrat avec le conseil départemental lui ouvre de nouvelles perspectives, mais l’oblige à changer d’échelle en quelques mois.',
    body: `À la sortie de Kaolack, dans l’atelier de la coopérative Saloum Couture, le bruit des machines à coudre ne s’arrête presque plus. Depuis la signature d’un contrat avec le conseil départemental pour la fabrication de 40 000 uniformes scolaires, les quatre-vingt-dix membres de la coopérative se relaient en deux équipes, de 7 heures à 21 heures.

« Nous n’avons jamais eu une commande pareille. C’est une fierté, mais aussi une grosse responsabilité : les enfants doivent avoir leurs uniformes à la rentrée », explique la présidente, Sokhna Diagne, ancienne couturière de quartier devenue gestionnaire presque malgré elle.

## De douze à quatre-vingt-dix membres

L’histoire a commencé modestement. Il y a six ans, douze femmes décident de mettre en commun leurs machines et leur clientèle pour répondre à des commandes plus importantes : tenues de cérémonie, uniformes pour des écoles privées, blouses pour un centre de santé. Le statut coopératif leur permet d’acheter le tissu en gros et de partager les frais de location de l’atelier.

Au fil des années, la coopérative a accueilli de nouvelles membres, dont une vingtaine de jeunes femmes formées directement dans l’atelier. Chaque membre reçoit une rémunération à la pièce, complétée en fin d’année par une part des excédents, répartie selon le temps de travail.

## Un changement d’échelle délicat

Le marché des uniformes, d’un montant de 180 millions de francs CFA, change la donne. Pour y répondre, la coopérative a dû obtenir un crédit auprès d’une institution de microfinance afin d’acheter quinze machines supplémentaires et de constituer un stock de tissu. Un risque important pour une structure dont le chiffre d’affaires annuel dépassait à peine 60 millions de francs CFA.

« Le plus difficile, c’est la trésorerie. Nous devons acheter le tissu et payer les couturières avant d’être payées par le client », souligne la trésorière, Ndèye Awa Fall. Le contrat prévoit une avance de 30 %, le solde étant versé à la livraison.

> « Si nous réussissons, d’autres collectivités nous feront confiance. Si nous échouons, on dira que les femmes ne savent pas gérer de gros contrats. Nous n’avons pas le droit à l’erreur », affirme Sokhna Diagne.

## Le tissu, talon d’Achille

Reste une difficulté de taille : le tissu est presque entièrement importé. La coopérative aurait souhaité utiliser du coton produit et tissé localement, mais l’offre reste insuffisante et les prix trop élevés pour un marché public aussi serré. « Nous cousons ici, mais la valeur ajoutée du tissu part ailleurs », regrette un conseiller technique qui accompagne la structure.

Les responsables de la coopérative espèrent toutefois que ce premier grand contrat leur permettra de nouer des partenariats avec des tisserands de la région, pour proposer à terme une gamme de vêtements entièrement fabriqués localement. En attendant, les machines tournent, et la première livraison de 8 000 uniformes est prévue dans trois semaines.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 455,
    related: ['pe-fonds-start-up', 'pe-loi-emploi-jeunes'],
  },
  {
    key: 'pe-investissement-solaire',
    rubrique: 'economie',
    author: 'helene-roux',
    title: 'Énergie solaire : une centrale de 48 mégawatts avec stockage en projet près de Louga',
    chapo:
      'La société Sahel Énergies Nouvelles prévoit d’investir 52 milliards de francs CFA dans une centrale photovoltaïque couplée à des batteries. Le projet doit fournir de l’électricité après le coucher du soleil, mais suscite des questions sur l’usage des terres.',
    body: `Sur un plateau sablonneux, à une vingtaine de kilomètres de Louga, des piquets colorés délimitent déjà l’emprise du futur chantier. C’est là que la société Sahel Énergies Nouvelles (SEN) compte installer une centrale photovoltaïque de 48 mégawatts, associée à un système de stockage par batteries capable de restituer l’électricité pendant plusieurs heures après le coucher du soleil. L’investissement annoncé atteint 52 milliards de francs CFA.

## Le stockage, clé du projet

Les centrales solaires ne sont plus une nouveauté dans le pays. Leur limite est connue : elles produisent en journée, alors que la demande d’électricité atteint son pic en soirée, lorsque les ménages rentrent chez eux et allument éclairage, télévision et ventilateurs. Pour répondre à cette pointe, le réseau doit recourir à des centrales thermiques, plus coûteuses et plus polluantes.

« Avec le stockage, nous ne vendons plus seulement de l’électricité quand il fait soleil, nous vendons de l’électricité quand on en a besoin », résume Thierno Sall, directeur général de SEN. Selon les études de la société, les batteries permettraient de fournir jusqu’à quatre heures d’électricité en soirée à pleine puissance.

## Un financement en cours de bouclage

Le montage financier repose sur des fonds propres apportés par SEN et ses partenaires, ainsi que sur des prêts de banques de développement. Un contrat d’achat d’électricité sur vingt-cinq ans doit être signé avec la société nationale d’électricité, ce qui garantirait des revenus stables au projet. Le prix du kilowattheure n’a pas été rendu public, la société invoquant des négociations toujours en cours.

Cette absence de transparence sur les tarifs agace certains spécialistes du secteur. « Le solaire est devenu très compétitif, mais le stockage reste cher. Il est légitime que les consommateurs sachent ce que coûtera cette électricité sur vingt-cinq ans », souligne Bineta Wade, ingénieure et consultante en politiques énergétiques.

## Des terres disputées

Sur place, le projet suscite des sentiments mêlés. La centrale occupera environ 90 hectares, dont une partie servait aux cultures pluviales et au passage des troupeaux. Les éleveurs de la zone craignent de voir leurs pistes de transhumance coupées. « On nous dit que c’est pour l’avenir, mais nos bêtes, c’est aujourd’hui qu’elles doivent passer », s’inquiète Demba Sow, éleveur dans un village voisin.

La société assure avoir mené des consultations avec les communautés et prévoit des compensations financières, l’aménagement de couloirs de passage pour le bétail et la réalisation d’un forage pour le village. Elle promet aussi de recruter localement une partie des quelque 400 travailleurs attendus sur le chantier.

> « Un projet d’énergie qui se fait contre ses voisins ne durera pas. Nous voulons qu’ils en soient les premiers bénéficiaires », assure Thierno Sall.

La mise en service est annoncée dans deux ans, sous réserve de l’obtention des dernières autorisations environnementales. Si le calendrier est tenu, la centrale figurerait parmi les premières installations de cette taille dans le pays à combiner production solaire et stockage à grande échelle.`,
    status: 'PUBLISHED',
    publishedHoursAgo: 590,
    related: ['pe-port-dakar-extension', 'pe-plan-eau-maire'],
  },
  {
    key: 'pe-taux-banque-centrale-explique',
    rubrique: 'economie',
    author: 'fatou-sarr',
    title: 'Taux directeur : comment la banque centrale tente de contenir les prix, expliqué simplement',
    chapo:
      'Chaque décision de la BCEAO sur ses taux est scrutée par les banques, les entreprises et les gouvernements de l’Union. Mais que recouvre exactement ce taux directeur, et comment une décision prise à Dakar peut-elle peser sur le prix d’un sac de riz ?',
    body: `Le taux directeur fait partie de ces notions souvent citées et rarement expliquées. Il s’agit pourtant d’un outil central pour l’économie des huit pays de l’Union économique et monétaire ouest-africaine (UEMOA), qui partagent une même monnaie, le franc CFA, et une même banque centrale, la BCEAO, dont le siège est à Dakar.

## À quoi sert un taux directeur ?

Les banques commerciales ont régulièrement besoin de liquidités pour faire face aux retraits de leurs clients ou pour accorder des crédits. Elles peuvent en emprunter auprès de la banque centrale, moyennant un intérêt. Le taux directeur correspond, en quelque sorte, au prix de cet argent. Lorsque la banque centrale le relève, emprunter coûte plus cher aux banques, qui répercutent généralement cette hausse sur les taux qu’elles proposent aux entreprises et aux ménages.

Prenons un exemple simplifié, avec des chiffres fictifs. Supposons qu’une banque emprunte à la banque centrale à 3 % et prête à une petite entreprise à 8 %. Si le taux directeur passe à 3,5 %, la banque cherchera à préserver sa marge : le crédit proposé à l’entreprise pourrait alors passer à 8,5 %, voire davantage.

## Le lien avec les prix

Pourquoi renchérir le crédit ? Parce qu’un crédit plus cher freine la demande : les entreprises reportent certains investissements, les ménages empruntent moins pour consommer. Cette demande moins dynamique est censée limiter la hausse des prix. À l’inverse, lorsque l’inflation est faible et que l’activité ralentit, la banque centrale peut abaisser son taux pour encourager le crédit.

Le mécanisme a toutefois ses limites dans les économies de la zone. Une grande partie de l’inflation y provient de facteurs extérieurs — cours mondiaux des céréales, prix du pétrole, coût du fret — sur lesquels les taux d’intérêt n’ont qu’une prise limitée. Par ailleurs, une part importante de la population n’a pas accès au crédit bancaire, ce qui atténue la transmission de la politique monétaire.

> « Le taux directeur est un thermostat, pas un interrupteur : ses effets sont progressifs et mettent souvent plusieurs mois à se faire sentir », résume l’économiste Fodé Sylla.

## Qui décide, et quand ?

Les décisions sont prises par le comité de politique monétaire de la banque centrale, qui se réunit plusieurs fois par an. Il examine l’évolution des prix, de l’activité économique, du crédit et des réserves de change. Ce dernier point est essentiel dans une zone dont la monnaie est arrimée à l’euro par une parité fixe : la banque centrale doit veiller à disposer de réserves suffisantes pour garantir cette parité.

Pour les ménages, les effets d’une décision ne sont donc ni immédiats ni mécaniques. Mais à moyen terme, ils se retrouvent dans le coût des crédits immobiliers, des prêts aux commerçants et, indirectement, dans les prix affichés sur les étals.`,
    status: 'DRAFT',
    publishedHoursAgo: 0,
    related: ['pe-inflation-panier'],
  },
];
