import { describe, expect, it } from "vitest";
import { findCountryMentions } from "@/lib/extract/countries";
import { resolveParties } from "@/lib/extract/roles";
import type { Context } from "@/lib/extract/types";

const ctxOf = (over: Partial<Context>): Context => ({ metricAge: 0, named: new Map(), ...over });

describe("resolveParties", () => {
  // Real copy (batch-23 17), after a sentence of one country's world totals put that country and the world in view.
  it.each<[string, string, "exports" | "imports", Partial<Context>, [string, string]]>([
    ["the world in view is never the reporter", "while exports to China dropped 5.59% to $1.216 billion", "exports", { reporter: "CHN", partner: "WLD", articleFocus: "PAK" }, ["PAK", "CHN"]],
    ["the country in view reports, the one named is its partner", "Imports from India fell 12.73% to $97.734 million", "imports", { reporter: "PAK", partner: "WLD", articleFocus: "PAK" }, ["PAK", "IND"]],
  ])("%s", (_, text, metric, ctx, [reporter, partner]) => {
    expect(resolveParties(metric, text, findCountryMentions(text), ctxOf(ctx), false, false)).toEqual({ reporter, partner });
  });
});
