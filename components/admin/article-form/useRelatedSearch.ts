'use client';

/**
 * The « À lire aussi » search: published stories whose title contains the words typed, asked 250 ms
 * after the last keystroke; an answer to an older query is ignored.
 */
import { useEffect, useState } from 'react';
import { searchRelatedAction } from '@/lib/actions/article-actions';
import type { TRelatedCandidate } from '@/lib/data/search-related-candidates';

/** Fewer characters than this: no search, no results shown. */
const MIN_QUERY = 2;
const DELAY_MS = 250;

export function useRelatedSearch(articleId: string | null) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TRelatedCandidate[] | null>(null);
  const [searchFailed, setSearchFailed] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < MIN_QUERY) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      searchRelatedAction(q, articleId)
        .then((found) => {
          if (cancelled) return;
          setSearchFailed(false);
          setResults(found);
        })
        .catch(() => {
          if (!cancelled) setSearchFailed(true);
        });
    }, DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, articleId]);

  function onQueryChange(value: string) {
    setQuery(value);
    if (value.trim().length < MIN_QUERY) {
      setResults(null);
      setSearchFailed(false);
    }
  }

  return { query, results, searchFailed, onQueryChange };
}
