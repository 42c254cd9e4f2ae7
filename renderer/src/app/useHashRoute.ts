import { useEffect, useState } from 'react';

const current = (fallback: string) => window.location.hash.replace(/^#\/?/, '').split('?')[0] || fallback;

/** The page in the URL hash (#/sites), so a reload stays on the same page. */
export function useHashRoute(fallback: string): [string, (path: string) => void] {
  const [path, setPath] = useState(() => current(fallback));
  useEffect(() => {
    const onChange = () => setPath(current(fallback));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return [path, (p: string) => (window.location.hash = `#/${p}`)];
}
