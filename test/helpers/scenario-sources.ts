import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  loadScenarioSources,
  parseScenarioFile,
  type ScenarioFile,
  type WeightedScenario,
} from "../../src/index.ts";

/** The files of a scenario on disk, read into memory: the parsed scenario file, the data bytes, the model text. */
export interface ScenarioOnDisk {
  readonly path: string;
  readonly file: ScenarioFile;
  readonly dataName: string;
  readonly dataBytes: Uint8Array;
  readonly modelName: string;
  readonly modelText: string;
  /** The offices table and the power lists, when the scenario names them. */
  readonly offices?: { readonly name: string; readonly bytes: Uint8Array };
  readonly powers?: { readonly name: string; readonly text: string };
}

/** Reads a scenario file and the data and model it names (relative to the scenario file). */
export function readScenarioOnDisk(path: string): ScenarioOnDisk {
  const file = parseScenarioFile(readFileSync(path, "utf8"), path);
  const dir = dirname(path);
  return {
    path,
    file,
    dataName: join(dir, file.data),
    dataBytes: new Uint8Array(readFileSync(join(dir, file.data))),
    modelName: join(dir, file.model),
    modelText: readFileSync(join(dir, file.model), "utf8"),
    ...(file.offices !== undefined
      ? {
          offices: {
            name: join(dir, file.offices),
            bytes: new Uint8Array(readFileSync(join(dir, file.offices))),
          },
        }
      : {}),
    ...(file.powers !== undefined
      ? { powers: { name: join(dir, file.powers), text: readFileSync(join(dir, file.powers), "utf8") } }
      : {}),
  };
}

/** Resolves a scenario from its files in memory, each part replaceable (for metamorphic tests). */
export function resolveInMemory(
  disk: ScenarioOnDisk,
  change: { file?: ScenarioFile; dataBytes?: Uint8Array; modelText?: string } = {},
): Promise<WeightedScenario> {
  return loadScenarioSources({
    scenario: { name: disk.path, file: change.file ?? disk.file },
    data: { name: disk.dataName, bytes: change.dataBytes ?? disk.dataBytes },
    model: { name: disk.modelName, text: change.modelText ?? disk.modelText },
    ...(disk.offices !== undefined ? { offices: disk.offices } : {}),
    ...(disk.powers !== undefined ? { powers: disk.powers } : {}),
  });
}

/** The demo county's baseline scenario, resolved. */
export function demoBaseline(): Promise<WeightedScenario> {
  return resolveInMemory(readScenarioOnDisk("scenarios/demo-county/baseline.yaml"));
}
