import { exec, execFile } from "node:child_process";
import * as cp from "child_process";
import type { Request, Response } from "express";

export function ping(req: Request, res: Response): void {
  const host = req.query.host as string;
  // ruleid: js-child-process-exec
  exec(`ping -c 1 ${host}`, (err: Error | null, stdout: string) => {
    res.type("text/plain").send(stdout);
  });
}

export function pingSafe(req: Request, res: Response): void {
  // ok: js-child-process-exec
  execFile("ping", ["-c", "1", String(req.query.host)], (err, stdout) => res.type("text/plain").send(stdout));
}

export function thumbnail(file: string): void {
  // ruleid: js-spawn-shell-true
  cp.spawn(`convert ${file} -thumbnail 64x64 thumb.png`, { shell: true });
}

export function build(): void {
  // ok: js-spawn-shell-true
  cp.spawnSync("npm", ["run", "build"], { shell: process.platform === "win32", stdio: "inherit" });
}
