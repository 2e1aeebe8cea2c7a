/**
 * The story editor's props and the shapes its pieces share: plain serialisable objects (dates as
 * ISO strings), as the pages pass them to the client.
 */
import type { TSaveState } from '@/lib/actions/article-actions';
import type { ArticleStatus, Placement } from '@/lib/generated/prisma/enums';
import type { TFormImage } from '../ImageField';
import type { TFields } from './form-fields';

/** `title` and `status` null: a story the person may not see (linked by an editor), shown as unavailable. */
export type TArticleFormRelated = { id: string; title: string | null; status: ArticleStatus | null; inline: boolean };

export type TArticleFormArticle = {
  id: string;
  title: string;
  chapo: string;
  body: string;
  slug: string;
  rubriqueId: string;
  placement: Placement;
  status: ArticleStatus;
  version: number;
  publishedAt: string | null;
  scheduledAt: string | null;
  related: TArticleFormRelated[];
  image: TFormImage | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
};

export type TArticleFormProps = {
  mode: 'create' | 'edit';
  article?: TArticleFormArticle;
  rubriques: { id: string; name: string; slug?: string }[];
  /** Editors and admins: placement, publish, schedule, unpublish. */
  canPublish: boolean;
  /** The story's public address, when it is online. */
  publicUrl?: string;
  /** Unsaved changes the autosave kept (lib/data/working-copies.ts), and the text of the version they were made on. */
  workingCopy?: {
    savedAt: string;
    baseVersion: number;
    fields: TFields;
    linked: { id: string; title: string | null; status: ArticleStatus | null }[];
    image: TFormImage | null;
    base: Pick<TFields, 'title' | 'chapo' | 'body' | 'imageId' | 'imageAlt' | 'imageCaption' | 'imageCredit'>;
  } | null;
  /** Editors: the story online as « Manchette principale », which this one would send to « À la une ». */
  currentLead?: { id: string; title: string } | null;
  /** What the page was opened after (« Brouillon créé. »), shown until the next save says something else. */
  initialNotice?: string;
};

/** The version someone else saved meanwhile, as the server sends it back with a conflict. */
export type TConflict = NonNullable<TSaveState['current']>;

export type TNotice = { kind: 'success' | 'info'; text: string };
