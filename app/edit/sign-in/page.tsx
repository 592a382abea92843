import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { configuredEditors, currentEditor } from "@/app/edit/session";
import { EditorsError } from "@/lib/edit/editors";
import { safeNextPath } from "@/lib/edit/paths";
import { SignInForm } from "@/components/edit/sign-in-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  if (await currentEditor()) redirect(next);
  const editors = configuredEditors();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sign in to edit</h1>
      <p className="text-sm text-muted">Editors add articles and review the figures read from them. Reading needs no account.</p>
      {editors instanceof EditorsError ? (
        <p role="alert">Signing in is not set up on this server: {editors.message}.</p>
      ) : editors.size === 0 ? (
        <p role="alert">No editors are set up on this server: see TRADECITE_EDITORS in the README.</p>
      ) : (
        <SignInForm next={next} />
      )}
    </div>
  );
}
