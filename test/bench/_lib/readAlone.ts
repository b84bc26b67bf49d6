/**
 * The reading half of a consolidation alone, as a whole process: the national workbook's context, then
 * every region file read one at a time into the readings consolidate keeps (core/actions/consolidate.ts),
 * and nothing written. Its peak RSS beside the whole command's tells what the readings hold from what
 * building and writing the national workbook does. Bundled by the bench like scanFloor.ts.
 * Usage: node readAlone.cjs MONTH NATIONAL.xlsx FILE...
 */
import { basename } from "node:path";
import { loadNationalContext } from "../../../core/actions/consolidate";
import { openRegionInput } from "../../../core/actions/openRegionInput";
import { countedReadings } from "../../../core/consolidation/countedReadings";
import { readRegion } from "../../../core/consolidation/readRegion";
import { openStreamingWorkbook } from "../../../cli/xlsx/stream/openStreamingWorkbook";

async function main(): Promise<void> {
  const [month, national, ...files] = process.argv.slice(2);
  const context = await loadNationalContext(await openStreamingWorkbook(national!));
  const counted = countedReadings(context.programme);
  for (const file of files) {
    // As the command line's regionSource, without the modules of its other commands.
    const source = await openRegionInput({ label: basename(file), open: () => openStreamingWorkbook(file) });
    counted.add(
      await readRegion(source, { month: month!, programme: context.programme, lang: context.lang }),
    );
  }
  const reporting = counted.readings.filter((r) => r.reporting).length;
  process.stdout.write(`${reporting} of ${counted.readings.length} reporting\n`);
}

void main();
