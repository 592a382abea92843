"use client";

import { Suspense, useSyncExternalStore, type ReactNode } from "react";

const never = () => () => {};

/**
 * Renders `children` only in the browser, once the page has hydrated (the server and the
 * hydrating render show `fallback`): for parts loaded with React.lazy after the page, such as
 * the chart, that need not be in its first load.
 */
export function InBrowser({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const hydrated = useSyncExternalStore(never, () => true, () => false);
  return hydrated ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
