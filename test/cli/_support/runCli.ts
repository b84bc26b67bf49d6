import { main } from "../../../cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tilannekuva ARGV` in process and captures what it prints. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
