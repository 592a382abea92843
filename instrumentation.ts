/**
 * Runs once as the server starts: opens the corpus database (seeding it on first start) and
 * reads the pair list, so the first request does not wait for that, and a command run
 * meanwhile finds the server in the database's lock file and sends its articles here.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { listPairSummaries } = await import("@/lib/corpus");
  await listPairSummaries();
}
