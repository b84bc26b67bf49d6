/**
 * The `tilannekuva` command line: reads and writes .xlsx files with ExcelJS and runs the core's actions.
 * Each command lives in cli/commands/<name>.ts and exports a `Command`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "./Command";
import { briefCommand } from "./commands/brief";
import { calendarCommand } from "./commands/calendar";
import { checklistsCommand } from "./commands/checklists";
import { consolidateCommand } from "./commands/consolidate";
import { demoCommand } from "./commands/demo";
import { monthCommand } from "./commands/month";
import { regionCommand } from "./commands/region";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { roadmapCommand } from "./commands/roadmap";

export const COMMANDS: readonly Command[] = [
  demoCommand,
  templateCommand,
  regionCommand,
  monthCommand,
  checklistsCommand,
  validateCommand,
  consolidateCommand,
  calendarCommand,
  briefCommand,
  roadmapCommand,
];

const USAGE = `tilannekuva — seuranta ja tilannekuva (Tilannekuva command line)

Usage: tilannekuva <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n")}

Run \`tilannekuva <command> --help\` for a command's options; \`tilannekuva --version\` for the version.
`;

/**
 * The version of the package this command line comes from: its package.json is the nearest one above
 * this file, one folder up from the sources (cli/main.ts) and two from the compiled file (cli/dist).
 */
export function version(): string {
  for (const up of [[".."], ["..", ".."]]) {
    const path = join(__dirname, ...up, "package.json");
    if (!existsSync(path)) continue;
    const manifest: unknown = JSON.parse(readFileSync(path, "utf8"));
    return (manifest as { version?: string }).version ?? "unknown";
  }
  return "unknown";
}

/** Runs the command line with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(`tilannekuva ${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`tilannekuva: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof Error && error.name === "UsageError") {
      process.stderr.write(`tilannekuva ${command.name}: ${error.message}\n\n${command.usage}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tilannekuva ${command.name}: ${message}\n`);
    return 1;
  }
}
