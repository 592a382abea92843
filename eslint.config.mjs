import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // `const { left, ...kept } = value` is how an object loses a field.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  globalIgnores([".next/**", ".next-e2e/**", ".next-bench/**", "node_modules/**", "next-env.d.ts", ".bench/**"]),
]);
