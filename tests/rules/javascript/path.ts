import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Request, Response } from "express";

const TEMPLATES = path.join(process.cwd(), "templates");

export async function template(req: Request, res: Response): Promise<void> {
  const name = String(req.query.name);
  // ruleid: js-path-traversal
  const body = await readFile(path.join(TEMPLATES, name), "utf8");
  res.type("text/plain").send(body);
}

export async function templateSafe(req: Request, res: Response): Promise<void> {
  const name = path.basename(String(req.query.name));
  // ok: js-path-traversal
  const body = await readFile(path.join(TEMPLATES, name), "utf8");
  res.type("text/plain").send(body);
}
