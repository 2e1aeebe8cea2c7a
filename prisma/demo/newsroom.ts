/**
 * The demo newsroom's rubriques and people. Fictional people; original text written for Dakarinfo.
 */
import type { TDemoAuthorKey, TDemoRubriqueSlug } from './types';

export const demoRubriques: { slug: TDemoRubriqueSlug; name: string; description: string }[] = [
  { slug: 'politique', name: 'Politique', description: 'Institutions, élections, collectivités : la vie publique et ceux qui la font.' },
  { slug: 'economie', name: 'Économie', description: 'Entreprises, emploi, prix et finances publiques, expliqués sans jargon.' },
  { slug: 'monde', name: 'Monde', description: 'Diplomatie, conflits et coopérations, de l’Afrique de l’Ouest au reste du monde.' },
  { slug: 'culture', name: 'Culture', description: 'Livres, musique, cinéma, arts visuels et scènes vivantes.' },
  { slug: 'sport', name: 'Sport', description: 'Résultats, portraits et coulisses, du terrain de quartier aux grandes compétitions.' },
  { slug: 'sciences', name: 'Sciences', description: 'Santé, climat, espace et technologies : la recherche et ses découvertes.' },
];

export type TDemoPerson = {
  key: TDemoAuthorKey | 'ousmane-faye';
  name: string;
  email: string;
  role: 'JOURNALIST' | 'EDITOR' | 'ADMIN';
  bio: string;
  /** The three accounts whose passwords are printed at the first start: one per role. */
  demoAccount: boolean;
};

export const demoPeople: TDemoPerson[] = [
  {
    key: 'ousmane-faye',
    name: 'Ousmane Faye',
    email: 'admin@dakarinfo.test',
    role: 'ADMIN',
    demoAccount: true,
    bio: 'Responsable technique de la rédaction.',
  },
  {
    key: 'awa-ndiaye',
    name: 'Awa Ndiaye',
    email: 'redaction@dakarinfo.test',
    role: 'EDITOR',
    demoAccount: true,
    bio: 'Rédactrice en chef. Vingt ans de reportage politique, de Dakar à Bruxelles.',
  },
  {
    key: 'julien-marchand',
    name: 'Julien Marchand',
    email: 'journaliste@dakarinfo.test',
    role: 'JOURNALIST',
    demoAccount: true,
    bio: 'Journaliste au service Monde, spécialiste des questions maritimes et de diplomatie.',
  },
  {
    key: 'fatou-sarr',
    name: 'Fatou Sarr',
    email: 'fatou.sarr@dakarinfo.test',
    role: 'JOURNALIST',
    demoAccount: false,
    bio: 'Journaliste culture. Suit les scènes musicales et les arts visuels d’Afrique de l’Ouest.',
  },
  {
    key: 'claire-dubois',
    name: 'Claire Dubois',
    email: 'claire.dubois@dakarinfo.test',
    role: 'EDITOR',
    demoAccount: false,
    bio: 'Cheffe du service Sport et Culture, ancienne correspondante à Lyon.',
  },
  {
    key: 'moussa-diop',
    name: 'Moussa Diop',
    email: 'moussa.diop@dakarinfo.test',
    role: 'JOURNALIST',
    demoAccount: false,
    bio: 'Journaliste économie : entreprises, emploi et finances publiques.',
  },
  {
    key: 'helene-roux',
    name: 'Hélène Roux',
    email: 'helene.roux@dakarinfo.test',
    role: 'JOURNALIST',
    demoAccount: false,
    bio: 'Journaliste sciences et environnement.',
  },
];
