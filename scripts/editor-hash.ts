import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { runMain } from "./corpus-command";
import { EDITOR_NAME } from "@/lib/edit/editors";
import { hashPassword } from "@/lib/edit/passwords";

const USAGE = `usage: npm run --silent editor-hash -- NAME
  Asks for NAME's password (twice, unseen, at a terminal; else the first line of standard input)
  and prints the TRADECITE_EDITORS entry that signs NAME in with it: NAME:scrypt$…
  Several editors: join their entries with commas.`;

const MIN_PASSWORD = 12;

/** One line from standard input; at a terminal, asked for with `prompt` and not echoed. */
function readSecret(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const terminal = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal });
    if (terminal) {
      process.stderr.write(prompt);
      // Written characters are not shown: readline writes them through _writeToOutput.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    }
    let answered = false;
    rl.once("line", (line) => {
      answered = true;
      if (terminal) process.stderr.write("\n");
      rl.close();
      resolve(line);
    });
    rl.once("close", () => answered || reject(new Error("no password was given")));
  });
}

async function main(argv: string[]): Promise<number> {
  let values: { help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true }));
  } catch (e) {
    process.stderr.write(`editor-hash: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [name, ...rest] = positionals;
  if (!name || rest.length > 0) {
    process.stderr.write(`editor-hash: give one editor name\n${USAGE}\n`);
    return 2;
  }
  if (!EDITOR_NAME.test(name)) {
    process.stderr.write("editor-hash: a name is lower-case letters, digits, '.', '_' or '-', up to 40, starting with a letter or digit\n");
    return 2;
  }
  const password = await readSecret(`Password for ${name}: `);
  if (password.length < MIN_PASSWORD) {
    process.stderr.write(`editor-hash: a password has at least ${MIN_PASSWORD} characters\n`);
    return 2;
  }
  if (process.stdin.isTTY && (await readSecret("Again: ")) !== password) {
    process.stderr.write("editor-hash: the two passwords differ\n");
    return 2;
  }
  process.stdout.write(`${name}:${await hashPassword(password)}\n`);
  return 0;
}

runMain("editor-hash", () => main(process.argv.slice(2)));
