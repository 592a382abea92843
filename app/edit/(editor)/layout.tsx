import Link from "next/link";
import { signOut } from "@/app/edit/actions";
import { currentEditor } from "@/app/edit/session";

/** The editors' pages: who is signed in, where to go, and signing out. Each page checks the session itself. */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const editor = await currentEditor();
  return (
    <div className="space-y-6">
      <nav aria-label="Editing" className="flex flex-wrap items-center gap-4 border-b border-line pb-3 text-sm">
        <Link href="/edit">Review queue</Link>
        <Link href="/edit/articles/new">Add an article</Link>
        <Link href="/edit/audit">Audit log</Link>
        {editor ? (
          <form action={signOut} className="ml-auto flex items-center gap-2">
            <span className="text-muted">Signed in as {editor}</span>
            <button type="submit" className="rounded border border-line px-2 py-0.5">
              Sign out
            </button>
          </form>
        ) : null}
      </nav>
      {children}
    </div>
  );
}
