/**
 * `npm run clasp -- <args>`: runs the clasp that `npm run gas:install` put in apps-script/deploy/, or says
 * how to install it (exit 2) when it is not there.
 */
import { spawnSync } from "node:child_process";
import { claspCommand } from "./push";

function main(argv: string[]): number {
  let command: string[];
  try {
    command = claspCommand();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const [node, clasp] = command;
  return spawnSync(node!, [clasp!, ...argv], { stdio: "inherit" }).status ?? 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
