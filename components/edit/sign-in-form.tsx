"use client";

import { useActionState } from "react";
import { signIn, type SignInState } from "@/app/edit/actions";

/** Name and password; a wrong pair says so (and each further wrong one answers more slowly). */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="max-w-sm space-y-3" aria-describedby={state.error ? "sign-in-error" : undefined}>
      <input type="hidden" name="next" value={next} />
      <label className="block">
        <span className="block text-sm font-semibold">Name</span>
        <input name="name" autoComplete="username" required maxLength={40} defaultValue={state.name} className="w-full rounded border border-line bg-page px-2 py-1" />
      </label>
      <label className="block">
        <span className="block text-sm font-semibold">Password</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} className="w-full rounded border border-line bg-page px-2 py-1" />
      </label>
      {state.error ? (
        <p id="sign-in-error" role="alert" className="text-sm font-semibold">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-3 py-1 text-page">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
