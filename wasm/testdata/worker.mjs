// Worker thread of newslens.test.mjs: loads the module off the main
// thread and posts back what entities() found.
import { parentPort, workerData } from "node:worker_threads";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const { load } = await import(pathToFileURL(join(workerData.dir, "newslens.mjs")).href);
const nl = await load();
const text = "José Martí met 🇺🇸 officials in Zürich with Angela Merkel.";
const { mentions } = await nl.entities(text);
parentPort.postMessage({ text, mentions });
