// The child processes of `npm run bench`. Each starts as the leader of its own process
// group, so stopping it stops everything it started (`npx` -> `sh` -> `next-server`);
// a server is then also checked by the port it listens on and its owner killed by PID,
// so nothing is left listening after the run, whether it ends, fails or is interrupted.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface Child {
  name: string;
  process: ChildProcess;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** The tail of its stdout and stderr, for error messages. */
  log: string[];
  /** What asks it to stop: Lighthouse (chrome-launcher) stops its Chrome on SIGINT only. */
  stopSignal: NodeJS.Signals;
  port?: number;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** The port the process will listen on, freed again by `stop`. */
  port?: number;
  stopSignal?: NodeJS.Signals;
}

const LOG_CHUNKS = 200;
const running = new Set<Child>();
let closed = false;

export function start(name: string, command: string, args: string[], options: StartOptions = {}): Child {
  if (closed) throw new Error(`not starting ${name}: the bench is stopping`);
  const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > LOG_CHUNKS) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.on("error", (error) => {
      log.push(`${error.message}\n`);
      resolve(-1);
    });
    child.on("exit", (code) => resolve(code));
  });
  const tracked: Child = { name, process: child, exited, log, stopSignal: options.stopSignal ?? "SIGTERM", port: options.port };
  running.add(tracked);
  return tracked;
}

/** Throws, with its output, when a server the bench relies on has stopped. */
export function assertRunning(child: Child): void {
  const { exitCode, signalCode } = child.process;
  if (exitCode !== null || signalCode !== null) {
    throw new Error(`${child.name} has stopped (${signalCode ?? `exit ${exitCode}`}):\n${logTail(child)}`);
  }
}

export function logTail(child: Child, lines = 40): string {
  return child.log.join("").trimEnd().split("\n").slice(-lines).join("\n");
}

/** Runs a command to the end; a non-zero exit throws with the tail of its output. */
export async function run(name: string, command: string, args: string[], options: StartOptions = {}): Promise<string> {
  const child = start(name, command, args, options);
  const code = await child.exited;
  running.delete(child);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${logTail(child)}`);
  return child.log.join("");
}

function killGroup(child: Child, signal: NodeJS.Signals): void {
  if (child.process.pid === undefined) return;
  try {
    process.kill(-child.process.pid, signal);
  } catch {
    // ESRCH: the whole group is gone already.
  }
}

/** Asks the group to stop, waits a little, kills what is left, then whatever still owns its port. */
export async function stop(child: Child): Promise<void> {
  killGroup(child, child.stopSignal);
  await Promise.race([child.exited, sleep(5000)]);
  // The leader may be gone while a grandchild (next-server, Chrome) lingers.
  await sleep(200);
  killGroup(child, "SIGKILL");
  if (child.port !== undefined) await freePort(child.port);
  running.delete(child);
}

/** Stops every process still running, newest first. `start` refuses new ones from now on. */
export async function stopAll(): Promise<void> {
  closed = true;
  for (const child of [...running].reverse()) await stop(child);
}

/** For a second Ctrl-C: no waiting. */
export function killAllNow(): void {
  for (const child of running) killGroup(child, "SIGKILL");
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    const done = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(1000, () => done(true));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The socket inodes listening on a TCP port, from /proc/net (Linux). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let table: string;
    try {
      table = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of table.trim().split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      const localPort = Number.parseInt(fields[1]?.split(":")[1] ?? "", 16);
      if (fields[3] === "0A" && localPort === port) inodes.add(fields[9]);
    }
  }
  return inodes;
}

function fileDescriptorLinks(pid: string): string[] {
  try {
    return readdirSync(`/proc/${pid}/fd`).map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return "";
      }
    });
  } catch {
    return [];
  }
}

/** The PIDs of the processes listening on a TCP port: /proc on Linux, lsof elsewhere. */
export function portOwners(port: number): number[] {
  if (process.platform !== "linux") {
    const lsof = spawnSync("lsof", ["-nP", "-t", `-iTCP:${port}`, "-sTCP:LISTEN"], { encoding: "utf8" });
    return (lsof.stdout ?? "").split("\n").filter(Boolean).map(Number);
  }
  const sockets = new Set([...listeningInodes(port)].map((inode) => `socket:[${inode}]`));
  if (sockets.size === 0) return [];
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => fileDescriptorLinks(pid).some((link) => sockets.has(link)))
    .map(Number);
}

/** Kills whatever still listens on the port (TERM, then KILL), by PID. */
export async function freePort(port: number): Promise<void> {
  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    const owners = portOwners(port);
    if (owners.length === 0) return;
    for (const pid of owners) {
      try {
        process.kill(pid, signal);
      } catch {
        // gone already
      }
    }
    for (let i = 0; i < 25 && portOwners(port).length > 0; i++) await sleep(200);
  }
}

/** Polls a URL until it answers, failing early if the process serving it exits. */
export async function waitForHttp(url: string, child: Child, timeoutMs = 90_000): Promise<void> {
  let exitCode: number | null | undefined;
  void child.exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${child.name} exited (${exitCode}) before answering ${url}:\n${logTail(child)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${logTail(child)}`);
}
