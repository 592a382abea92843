import type { Metadata } from "next";
import Link from "next/link";
import { getAuditLog } from "@/lib/corpus";
import { requireEditor } from "@/app/edit/session";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

/** How many of the newest entries the page shows. */
const ENTRIES = 200;

const ACTIONS: Record<string, string> = {
  "session.open": "signed in",
  "session.close": "signed out",
  "article.add": "added the article",
  "figure.confirm": "confirmed",
  "figure.correct": "corrected",
  "figure.reject": "rejected",
  "figure.add": "added the figure",
};

/** What the subject of an entry links to: an article's page, a figure's review page. */
function subjectLink(action: string, subject: string): string | undefined {
  if (action === "article.add") return `/articles/${subject}`;
  if (action.startsWith("figure.")) return `/edit/figures/${subject}`;
  return undefined;
}

export default async function AuditLogPage() {
  await requireEditor("/edit/audit");
  const entries = await getAuditLog(ENTRIES);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="text-sm text-muted">Who changed what, newest first (the last {ENTRIES} entries).</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="audit-log">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="px-2 py-1">When (UTC)</th>
              <th scope="col" className="px-2 py-1">Editor</th>
              <th scope="col" className="px-2 py-1">What</th>
              <th scope="col" className="px-2 py-1">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => {
              const href = subjectLink(e.action, e.subject);
              return (
                <tr key={i} className="border-b border-line align-top">
                  <td className="whitespace-nowrap px-2 py-1 tabular-nums">{e.at.slice(0, 19).replace("T", " ")}</td>
                  <td className="px-2 py-1">{e.editor}</td>
                  <td className="px-2 py-1">
                    {ACTIONS[e.action] ?? e.action} {href ? <Link href={href}>{e.subject}</Link> : e.action.startsWith("session.") ? null : e.subject}
                  </td>
                  <td className="max-w-md break-words px-2 py-1 font-mono text-xs">{e.detail === null ? "" : JSON.stringify(e.detail)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
