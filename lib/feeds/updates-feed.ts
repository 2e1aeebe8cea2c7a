/**
 * The feed of « Mises à jour et corrections » (/mises-a-jour/rss.xml): each public entry an item,
 * titled « Correction — <story> », linking to its « Voir ce qui a changé ». Pure.
 */
import { UPDATE_KIND_LABEL, updateDiffHref } from '../content/update-kinds';
import type { TPublicUpdateItem } from '../data/find-public-updates';
import { applyFrenchTypography } from '../french/typography';
import { joinUrl } from '../site-url';
import type { TRssChannel } from './rss';

export function updatesFeedChannel(input: { siteUrl: string; siteName: string; items: TPublicUpdateItem[]; now: Date }): TRssChannel {
  return {
    title: `${input.siteName} — Mises à jour et corrections`,
    link: joinUrl(input.siteUrl, '/mises-a-jour'),
    description: 'Chaque mise à jour, correction et précision publiée sur nos articles, avec ce qui a changé.',
    selfUrl: joinUrl(input.siteUrl, '/mises-a-jour/rss.xml'),
    language: 'fr-FR',
    lastBuildDate: input.items[0]?.createdAt ?? input.now,
    items: input.items.map((item) => ({
      title: applyFrenchTypography(`${UPDATE_KIND_LABEL[item.kind]} — ${item.story.title}`),
      link: joinUrl(input.siteUrl, updateDiffHref(item.id)),
      description: applyFrenchTypography(item.note),
      creator: 'La rédaction',
      category: item.story.rubrique.name,
      publishedAt: item.createdAt,
      updatedAt: item.createdAt,
    })),
  };
}
