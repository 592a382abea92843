import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>There is no such page in tradecite: the country pair, article or figure is not in the corpus.</p>
      <p>
        <Link href="/">Back to the overview of country pairs</Link>
      </p>
    </div>
  );
}
