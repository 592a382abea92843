import { getCountryPartners } from "@/lib/corpus";
import { countryBySlug } from "@/lib/countries";
import { countrySortOf, sortPartners } from "@/lib/series/country-view";
import { SHARE_IMAGE_SIZE, seriesSummary, shareImage } from "@/lib/view/share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "The country's turnover with its largest partner by year, with its source line";

/** The country page's preview: its turnover with its largest partner, by year. */
export default async function CountryImage({ params }: { params: Promise<{ slug: string }> }) {
  const country = countryBySlug((await params).slug);
  const rows = country ? ((await getCountryPartners(country.code)) ?? []) : [];
  const [top] = sortPartners(rows, countrySortOf("turnover", "desc"));
  return shareImage({
    title: country ? `${country.name}'s trade partners` : "A country's trade partners",
    series: top?.turnoverByYear ?? [],
    summary: top ? seriesSummary(`${rows.length} ${rows.length === 1 ? "partner" : "partners"}; turnover with ${top.partner.name}`, top.turnoverByYear) : "No partner in the corpus yet",
    source: "tradecite: trade figures from news articles, each linked to the sentence that states it",
  });
}
