import { runInNewContext } from "node:vm";
import type { Request, Response } from "express";

export function evaluate(req: Request, res: Response): void {
  const code = String(req.body.code);
  // ruleid: js-vm-run-code
  res.json({ value: runInNewContext(code, {}) });
}

export function constant(): unknown {
  // ok: js-vm-run-code
  return runInNewContext("1 + 1", {});
}

export function calc(expr: string): number {
  // ruleid: js-eval-call
  return eval(expr as string) as number;
}
